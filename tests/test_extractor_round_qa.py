"""Change notices told the way others pass them on (round qa): a page-watch tool's diff of a call's page, a trade
paper's article on a moved schedule; each test a few lines written for its class."""

from tests.extractor_found import found, one_line

# --- a page's diff: the page as it stands now ----------------------------------------------------------------


def test_a_diffs_removed_lines_are_the_old_page():
    text = (
        "登録中のページで変更を検知しました。\n"
        "凡例：「-」＝前回あって今回なくなった行、「+」＝今回新たに現れた行\n"
        "\n"
        "@@ 12-18行目 → 12-19行目 @@\n"
        "  ４　日程\n"
        "  質問の受付期限\t2028年3月3日(金)17時00分\n"
        "- 参加申込書の提出期限\t2028年3月10日(金)17時00分\n"
        "+ 参加申込書の提出期限\t2028年3月17日(金)17時00分\n"
        "- 企画提案書の提出期限\t2028年3月24日(金)12時00分\n"
        "+ 企画提案書の提出期限\t2028年4月7日(金)12時00分\n"
        "  ※持参の場合は午前9時から午後5時まで\n"
        "\n"
        "問い合わせ先　電話 000-0000-0000\n"
    )
    expected = [
        ("question", "2028-03-03", "17:00", "datetime"),
        ("application", "2028-03-17", "17:00", "datetime"),
        ("submission", "2028-04-07", "12:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


# --- a trade paper's article: the old plan told in prose -----------------------------------------------------


def test_an_articles_old_plan_and_old_date_are_not_steps():
    text = (
        "　市は2028年2月10日、入札の日程を変更すると発表した。開札は当初予定の3月9日から1週間遅れの3月16日（木）となる。\n"
        "　質問の受け付けを2月24日（木）午後5時まで延長し、回答は3月2日（木）に掲載する。"
        "当初は質問を2月17日まで受け付け、2月21日に回答するとしていた。\n"
    )
    got = found(text)
    assert ("answer", "2028-02-21", None, "date") not in got
    assert all(date != "2028-03-09" for _, date, *_ in got)
    assert ("answer", "2028-03-02", None, "date") in got


# --- a council committee's record: the meeting's own day ----------------------------------------------------


def test_a_council_committees_own_meeting_is_no_step():
    text = (
        "星ヶ浦市議会　総務企画委員会記録\n"
        "１　開会日時　　令和９年６月８日（火曜日）　午前１０時００分\n"
        "２　場　　所　　第１委員会室\n"
        "○企画課長　申請書類の提出期限は、令和９年７月１６日金曜日午後５時まで延長いたします。\n"
    )
    assert found(text) == [("submission", "2027-07-16", "17:00", "datetime")]


# --- a tool's log of what it saw or did ---------------------------------------------------------------------


def test_a_tools_log_under_its_history_heading_holds_no_step():
    text = (
        "■ 文字起こし\n"
        "相手：企画提案書の提出期限は、2027年8月20日（金）正午のままです。\n"
        "\n"
        "■ この相手との通話履歴\n"
        "2027/08/02 10:18　発信　3分02秒　参加申込書の到着確認\n"
        "2027/07/26 14:05　発信　5分44秒　実施要領の質問\n"
    )
    assert found(text) == [("submission", "2027-08-20", "12:00", "datetime")]
    text = (
        "判定：変更あり\n"
        "企画提案書の提出期限\t2027年9月10日(金)12時00分\n"
        "■ この監視の検知履歴（直近3件）\n"
        "2027/08/30 07:00　変更あり（本通知）\n"
        "2027/08/29 19:00　変更なし\n"
    )
    assert found(text) == [("submission", "2027-09-10", "12:00", "datetime")]


# --- the steps over, listed for reference; the old plan said aloud ----------------------------------------------


def test_the_steps_listed_as_over_with_a_note_are_no_steps():
    text = (
        "1．変更後のプレゼンテーション審査の日時\n"
        "　　2027年3月10日（水）13:30～14:20\n"
        "2．これまでの手続（いずれも終了しています）\n"
        "　　・質問の受付期限　　　　　2027年2月1日（月）17時\n"
        "　　・企画提案書の提出期限　　2027年2月22日（月）正午\n"
    )
    assert found(text) == [("hearing", "2027-03-10", "13:30", "datetime")]


def test_a_plan_said_aloud_as_it_had_been_is_the_old_one():
    text = (
        "■ AI要約\n"
        "・プロポーザルの日程変更の連絡（2027年7月14日）。\n"
        "・契約締結：8月下旬の予定。\n"
        "■ 文字起こし\n"
        "[00:02:13] 相手：はい。あわせて、契約のほうも、8月中旬の予定だったものが8月の下旬になる見込みです。\n"
    )
    assert [step for step in found(text) if step[0] == "contract"] == [("contract", "2027-08-01", None, "late_month")]
