"""Round mm: change notices in the forms a bid team meets them in (an English amendment's Before/After rows, a call's
own page updated in place under its name's edit tag, a 質問回答書 whose question quotes a date, a date in a clause that
modifies the step after it, a year-less day written in full above). Each test a few lines written for its device (none
copied from the development set)."""

from tests.extractor_found import found, one_line


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


def test_an_amendments_before_and_after_rows_keep_the_after_value():
    text = (
        "ADDENDUM No. 2\n"
        "Supply of Digital Archive Platform\n"
        "The schedule is amended as follows.\n"
        "(1) Deadline for clarification requests\n"
        "    Before: 4:00 p.m., Monday, March 8, 2027\n"
        "    After:  4:00 p.m., Monday, March 15, 2027\n"
        "(2) Replies to clarification requests\n"
        "    Before: by Friday, March 12, 2027\n"
        "    After:  by Friday, March 19, 2027\n"
        "(3) Proposal due date\n"
        "    Before: noon, Friday, March 26, 2027\n"
        "    After:  noon, Friday, April 9, 2027\n"
    )
    assert found(text) == [
        ("question", "2027-03-15", "16:00", "datetime"),
        ("answer", "2027-03-19", None, "date"),
        ("submission", "2027-04-09", "12:00", "datetime"),
    ]


def test_was_and_now_or_old_and_new_keys_on_one_row_keep_the_new_value():
    text = (
        "Addendum 3 - Schedule changes\n"
        "Issued 2 November 2026\n"
        "- Site visit  Was: 10:00, 9 November 2026  Now: 10:00, 16 November 2026\n"
        "- Closing date  Old: 16:00 on 27 November 2026  New: 16:00 on 11 December 2026\n"
    )
    assert both(text) == [("other", "2026-11-16", "10:00", "datetime"), ("submission", "2026-12-11", "16:00", "datetime")]


def test_a_calls_page_titled_by_its_name_and_an_edit_tag_keeps_its_whole_schedule():
    text = (
        "ホーム > 入札・契約 > プロポーザル情報\n"
        "白浜町観光ガイドブック作成業務委託 公募型プロポーザル【スケジュール変更】\n"
        "更新日：2026年6月2日\n"
        "お知らせ\n"
        "【2026年6月2日】提案書の提出期限を延長しました。\n"
        "【2026年5月18日】公募を開始しました。\n"
        "\n"
        "提出期限の延長について\n"
        "変更内容（変更前→変更後）\n"
        "・企画提案書の提出期限\n"
        "　令和8年6月12日（金曜日）正午 → 令和8年6月19日（金曜日）正午\n"
        "・審査結果の通知\n"
        "　令和8年6月下旬 → 令和8年7月上旬\n"
        "\n"
        "スケジュール\n"
        "「変更」欄に●のある行が変更した日程です。\n"
        "項目\t日程\t変更\n"
        "公募開始\t令和8年5月18日（月曜日）\t\n"
        "質問の受付期限\t令和8年5月27日（水曜日）午後5時\t\n"
        "企画提案書の提出期限\t令和8年6月19日（金曜日）正午\t●\n"
        "審査結果の通知\t令和8年7月上旬\t●\n"
        "契約締結\t令和8年7月下旬（予定）\t\n"
    )
    assert both(text) == [
        ("published", "2026-05-18", None, "date"),
        ("question", "2026-05-27", "17:00", "datetime"),
        ("submission", "2026-06-19", "12:00", "datetime"),
        ("result", "2026-07-01", None, "early_month"),
        ("contract", "2026-07-01", None, "late_month"),
    ]


ANSWER_SHEET_HEAD = "令和9年度 図書館システム更新業務 企画提案募集\n質問回答書\n"


def test_a_date_a_question_asks_about_in_a_pasted_answer_sheet_is_no_step():
    text = (
        ANSWER_SHEET_HEAD + "No.\t質問内容\t回答\n"
        '1\t"提案書の提出期限を延長できますか。"\t"提出期限を次のとおり延長します。\n'
        "（変更前）令和9年8月6日（金）正午\n"
        '（変更後）令和9年8月20日（金）正午"\n'
        '2\t"参加申込書の提出期限（令和9年7月23日（金））も延長されますか。"\t"参加申込書の提出期限は変更しません。"\n'
    )
    assert both(text) == [("submission", "2027-08-20", "12:00", "datetime")]


def test_a_date_a_question_asks_about_on_q_and_a_lines_is_no_step():
    text = (
        "令和9年度 図書館システム更新業務 企画提案募集に関する質問への回答\n"
        "Q1 参加申込書の提出期限（7月23日）も延長されますか。\n"
        "A1 延長しません。\n"
        "Q2 提案書の提出期限を延長できますか。\n"
        "A2 提案書の提出期限を令和9年8月20日（金）正午に延長します。\n"
    )
    assert both(text) == [("submission", "2027-08-20", "12:00", "datetime")]


SCHEDULE = (
    "令和8年度 観光案内業務委託 公募型プロポーザル\n"
    "1 日程\n"
    "(1) 質問の回答 令和8年6月3日(水)\n"
    "(2) 説明会 令和8年6月10日(水)午後2時\n"
    "(3) 提案書の提出期限 令和8年7月10日(金)正午\n"
    "(4) 契約締結 令和8年8月上旬\n"
)
STEPS = [
    ("answer", "2026-06-03", None, "date"),
    ("other", "2026-06-10", "14:00", "datetime"),
    ("submission", "2026-07-10", "12:00", "datetime"),
    ("contract", "2026-08-01", None, "early_month"),
]


def test_a_date_in_a_clause_modifying_the_step_after_it_is_that_steps():
    text = SCHEDULE + "2 その他\n追加質問は、6月3日に公表する回答の内容に関するものに限ります。\n"
    assert both(text) == STEPS


def test_a_yearless_day_written_in_full_above_takes_that_year():
    text = SCHEDULE + "2 業務の概要\nアプリの公開時期：令和9年1月（予定）\n3 質問\n追加質問の受付期限は6月3日とします。\n"
    assert both(text) == [STEPS[0], ("question", "2026-06-03", None, "date"), *STEPS[1:]]
