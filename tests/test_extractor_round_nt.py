"""Calls in rare layouts (round nt): an e-bidding screen's status row, a newsletter's keyed item whose sentence holds
an event, …; each test a few invented lines written for its device."""

from tests.extractor_found import found, one_line

# --- a key-value table opened by the call's status row -------------------------------------------------------


def test_a_status_row_opening_a_key_value_table_names_no_column():
    text = (
        "［ 案件概要 ］\n"
        "案件状態\t入札受付中\n"
        "案件名称\t市民プール監視業務委託\n"
        "公告日\t令和10年04月03日\n"
        "入札書受付締切日時\t令和10年04月20日 16時00分\n"
    )
    assert found(text) == [
        ("published", "2028-04-03", None, "date"),
        ("submission", "2028-04-20", "16:00", "datetime"),
    ]
    text = (
        "ステータス\t参加受付中\n" "公示日\t2027/09/01\n" "参加申請書提出期限\t2027/09/15 17:00\n" "開札日時\t2027/09/29 10:30\n"
    )
    assert found(text) == [
        ("published", "2027-09-01", None, "date"),
        ("application", "2027-09-15", "17:00", "datetime"),
        ("other", "2027-09-29", "10:30", "datetime"),
    ]


# --- a change tag the one-line shape leaves before the heading of a change log -------------------------------


def test_a_change_tag_left_before_a_log_heading_does_not_hide_the_log():
    # (a screen read run onto one line and cut again before each 【…】: the row's tag opens the next line)
    text = (
        "【日程】\n"
        "提案書提出期限\t2028年03月10日 17時00分\n"
        "【変更】 審査結果通知予定日\t2028年03月24日\n"
        "【変更】 ──────────  ［ 変更履歴 ］\n"
        "No.\t変更日時\t変更項目\t変更前\t変更後\n"
        "1\t2028/02/20 09:12\t提案書提出期限\t2028年03月03日 17時00分\t2028年03月10日 17時00分\n"
        "1\t2028/02/20 09:12\t審査結果通知予定日\t2028年03月17日\t2028年03月24日\n"
    )
    assert found(text) == [("submission", "2028-03-10", "17:00", "datetime"), ("result", "2028-03-24", None, "date")]
    text = (
        "日程\n"
        "参加表明書の提出期限\t令和10年6月5日 正午\n"
        "【訂正】 変更履歴\n"
        "No.\t変更日時\t変更項目\t変更前\t変更後\n"
        "2\t2028/05/28 16:40\t参加表明書の提出期限\t令和10年6月2日 正午\t令和10年6月5日 正午\n"
    )
    assert found(text) == [("application", "2028-06-05", "12:00", "datetime")]


# --- a newsletter's short key over a sentence that holds an event ---------------------------------------------


def test_a_short_key_gives_way_to_the_event_its_sentence_holds():
    text = "■提案書の提出期限　2027年7月30日(金)\n" "■選考　8月上旬にヒアリングを実施します。結果は8月下旬に通知します\n"
    want = [
        ("submission", "2027-07-30", None, "date"),
        ("hearing", "2027-08-01", None, "early_month"),
        ("result", "2027-08-01", None, "late_month"),
    ]
    assert found(text) == want
    assert found(one_line(text)) == want
    text = (
        "▼申請書類の提出　令和10年6月9日㈮午後5時まで\n"
        "▼選定　7月中旬に指定管理者選定委員会（プレゼンテーション審査）を開催する予定です。"
        "選定結果は7月下旬に文書でお知らせします\n"
    )
    assert found(text)[1] == ("hearing", "2028-07-01", None, "mid_month")
