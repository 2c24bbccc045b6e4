"""Dates ordinary notices carry that are no step of the call (round eh): each test a few lines written for its device,
the call's own steps kept beside the distractor."""

from tests.extractor_found import found

# --- a contact block: where to ask or hand in, no step ----------------------------------------------------


def test_a_date_after_the_contact_block_is_no_question_deadline():
    steps = [
        ("question", "2026-09-10", "17:00", "datetime"),
        ("submission", "2026-09-25", "12:00", "datetime"),
    ]
    # (review el: the hand-in's place after the contact heading, parted by any mark a contact key is parted by)
    for heading in (
        "問合せ先",
        "提出先・問合せ先",
        "問合せ先・提出先",
        "問合せ先、提出先",
        "お問い合わせ先/提出先",
        "問い合わせ先及び提出先",
    ):
        text = (
            "4 質問の受付\n"
            "  令和8年9月10日（木）午後5時まで（電子メールに限る。）\n"
            "5 企画提案書の提出期限\n"
            "  令和8年9月25日（金）正午\n"
            f"6 {heading}\n"
            "  藍浜市 産業観光部 観光振興課 電話 000-0000-0000 電子メール kanko@example.jp\n"
            "令和8年9月1日\n"
            "藍浜市長　山田　一郎\n"
        )
        assert found(text) == steps
        assert found(text.replace("\n", " ")) == steps  # (a page copied as one line: the signature runs on after it)


def test_a_deadline_given_under_where_to_hand_in_stays():
    text = (
        "５ 企画提案書の提出\n"
        "(1) 提出部数　正本1部、副本8部\n"
        "(2) 提出先\n"
        "　　霧ヶ丘市総務部総務課（本庁舎3階）\n"
        "　　令和8年6月30日（火）午後5時必着\n"
    )
    assert found(text) == [("submission", "2026-06-30", "17:00", "datetime")]


def test_questions_named_by_the_plain_word_stay_questions():
    text = "・仕様に関する問合せ　令和9年1月15日（金）正午まで（FAXに限る）\n・見積書の提出期限　令和9年1月22日（金）午後3時\n"
    assert found(text) == [
        ("question", "2027-01-15", "12:00", "datetime"),
        ("submission", "2027-01-22", "15:00", "datetime"),
    ]


# --- a table run into one line: each row's own key ------------------------------------------------------


def test_a_table_run_into_one_line_keeps_each_rows_own_key():
    steps = [
        ("submission", "2027-03-05", "17:00", "datetime"),
        ("other", "2027-03-08", "10:00", "datetime"),
    ]
    rows = "| 項目 | 内容 |\n| 入札書の提出期限 | 令和9年3月5日（金）午後5時 |\n| 開札日時 | 令和9年3月8日（月）午前10時 |\n"
    for last in (
        "| 履行期間 | 令和9年4月1日から令和10年3月31日まで |\n| 担当 | 総務部 契約課 |\n",
        "| 問合せ先 | 総務部 契約課（令和9年3月1日（月）から新庁舎3階） 電話 000-0000-0000 |\n",
    ):
        assert found(rows + last) == steps
        assert found((rows + last).replace("\n", " ")) == steps


# --- a day the office or its officer is away ---------------------------------------------------------------


def test_the_day_the_officer_is_away_is_no_hand_in():
    text = (
        "(4) 見積書の提出期間 令和8年6月15日（月）9時から6月17日（水）17時まで\n"
        "    ※6月16日（火）は担当者が終日不在のため、持参の際は総務課窓口の当番職員へ提出してください。\n"
    )
    assert found(text) == [("submission", "2026-06-17", "17:00", "datetime")]


# --- those who handed a paper in earlier, named as whom a later step is for ---------------------------------


def test_the_paper_naming_whom_a_step_is_for_names_no_step():
    text = (
        "5. 参加表明\n"
        "　参加を希望する者は、参加表明書を令和10年2月4日（金曜）午後5時までに提出してください。\n"
        "　参加表明書を提出した者には、令和10年2月8日（火曜）までに参加資格の有無を電子メールでお知らせします。\n"
    )
    assert found(text) == [
        ("application", "2028-02-04", "17:00", "datetime"),
        ("result", "2028-02-08", None, "date"),
    ]
    text = (
        "4 質問の受付及び回答\n"
        "(1) 第1回　令和7年6月13日（金曜日）午後5時までに、質問書を電子メールで提出すること。\n"
        "(2) 第2回　参加申込書を提出した者に限り、令和7年7月4日（金曜日）午後5時まで受け付ける。\n"
        "5 参加申込\n"
        "  参加申込書の提出期限　令和7年6月16日（月曜日）午後5時\n"
    )
    assert found(text) == [
        ("question", "2025-06-13", "17:00", "datetime"),
        ("application", "2025-06-16", "17:00", "datetime"),
        ("question", "2025-07-04", "17:00", "datetime"),
    ]


def test_the_day_a_paper_was_handed_in_told_back_is_no_step():
    text = (
        "参加資格確認結果通知書\n"
        "　令和９年９月３日（金）に提出のあった参加申込書を審査した結果、参加資格を有すると認めたので通知します。\n"
        "記\n"
        "１　企画提案書の提出期限　令和９年１０月１日（金）正午\n"
        "２　プレゼンテーション審査　令和９年１０月中旬\n"
    )
    assert found(text) == [
        ("submission", "2027-10-01", "12:00", "datetime"),
        ("hearing", "2027-10-01", None, "mid_month"),
    ]


# --- the work's contracts and letters -----------------------------------------------------------------------


def test_a_contract_in_force_ending_or_taking_effect_is_no_signing():
    text = (
        "1 業務の背景\n"
        "  現行サーバは、保守契約の満了に伴い令和10年12月31日（日）をもって運用を停止する。\n"
        "2 日程\n"
        "  企画提案書の提出期限　令和10年9月1日（金）正午\n"
        "  契約締結は令和10年10月中旬を予定している。ただし、契約の効力は令和10年11月1日以降に生じるものとする。\n"
    )
    assert found(text) == [
        ("submission", "2028-09-01", "12:00", "datetime"),
        ("contract", "2028-10-01", None, "mid_month"),
    ]


def test_the_letters_the_work_sends_are_no_result_of_the_call():
    text = (
        "7 日程\n"
        "(1) 審査結果の通知　令和9年3月上旬\n"
        "(2) 契約締結　令和9年3月下旬\n"
        "(3) 受診勧奨通知の第1回発送は、令和9年6月を予定している（業務計画上の目安）。\n"
    )
    assert found(text) == [("result", "2027-03-01", None, "early_month"), ("contract", "2027-03-01", None, "late_month")]


# --- a summary of the schedule without years above the schedule with them ----------------------------------


def test_a_summary_without_years_takes_the_years_its_steps_are_written_with():
    text = (
        "　千鳥野市では、令和9年4月1日から指定管理者制度により管理を行う千鳥野市立体育館の指定管理者を募集します。\n"
        "募集の日程（概要）\n"
        "・現地説明会　　6月16日\n"
        "・申請書類の受付　　7月6日～7月10日\n"
        "・選定結果の通知　　8月下旬\n"
        "・基本協定の締結　　令和9年2月頃\n"
        "詳しい日程\n"
        "現地説明会\n"
        "　令和8年6月16日(火)午前10時から\n"
        "申請書類の受付\n"
        "　令和8年7月6日(月)から令和8年7月10日(金)まで（午後5時まで）\n"
        "選定結果は令和8年8月下旬に申請者全員に文書で通知します。\n"
    )
    assert found(text) == [
        ("other", "2026-06-16", "10:00", "datetime"),
        ("submission", "2026-07-10", "17:00", "datetime"),
        ("result", "2026-08-01", None, "late_month"),
        ("contract", "2027-02-01", None, "month"),
    ]


# --- a step given again by its month only ----------------------------------------------------------------------


def test_a_month_a_list_gives_again_is_the_step_dated_within_it():
    text = (
        "４ 日程\n"
        "　(1) 企画提案書の提出期限　令和７年12月５日（金）正午\n"
        "　(2) 選定結果の通知　令和７年12月中旬\n"
        "　(3) 契約締結　令和７年12月下旬（予定）\n"
        "５ 事業全体の工程（予定）\n"
        "　　　令和７年12月　　　　　　契約、基本設計着手\n"
        "　　　令和８年３月　　　　　　実施設計完了\n"
    )
    assert found(text) == [
        ("submission", "2025-12-05", "12:00", "datetime"),
        ("result", "2025-12-01", None, "mid_month"),
        ("contract", "2025-12-01", None, "late_month"),
    ]


def test_two_procedures_in_one_month_stay_two():
    text = (
        "募集\t募集要項の配布\t令和９年７月１日（木）～８月３１日（火）\n"
        "指定\t指定議案の提出\t令和９年１２月\n"
        "\t指定の告示\t令和９年１２月下旬\n"
    )
    steps = [("other", "2027-12-01", None, "month"), ("other", "2027-12-01", None, "late_month")]
    assert found(text)[1:] == steps
    assert found(text.replace("\n", " "))[1:] == steps


# --- one result of several reviews -------------------------------------------------------------------------


def test_the_result_of_reviews_listed_together_is_one_result():
    text = (
        "(1) 技術提案書の提出期限　令和10年8月30日（水）午後5時\n"
        "(2) 競争参加資格の確認及び技術提案書の審査の結果は、令和10年9月8日（金）までに、提出者に対し書面で通知する。\n"
        "(3) 技術提案書の評価及びヒアリングの結果は、令和10年9月15日（金）に通知する。\n"
    )
    assert found(text) == [
        ("submission", "2028-08-30", "17:00", "datetime"),
        ("result", "2028-09-08", None, "date"),
        ("result", "2028-09-15", None, "date"),
    ]
    text = "(4) 参加申込書の提出及び書類審査の結果通知　令和10年9月20日（水）\n"
    assert found(text) == [("application", "2028-09-20", None, "date"), ("result", "2028-09-20", None, "date")]


def test_a_paper_made_and_handed_in_is_that_papers_step():
    text = (
        "第3 参加表明書の作成及び提出\n"
        "1 提出期限　令和10年1月25日（火）午後4時\n"
        "2 提出方法　持参又は郵送\n"
        "第4 技術提案書の作成及び提出\n"
        "1 提出期限　令和10年2月22日（火）午後4時\n"
    )
    assert found(text) == [
        ("application", "2028-01-25", "16:00", "datetime"),
        ("submission", "2028-02-22", "16:00", "datetime"),
    ]
