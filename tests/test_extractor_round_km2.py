"""Change notices (round km2): a legend that quotes its symbol (「「◎」印は日程を変更した項目」「『◆』印は期日を変更した
項目」「◎印：変更」) makes it the change mark; a restated schedule over the old one quoted for reference (「（参考）変更前の
日程」): its rows that give a step the old schedule lists another day are the changed ones, marked or not; a row tagged as
new after its name (「※新設」「〈追加〉」) is a step the change creates, whatever mark the legend names."""

import datetime as dt

from tests.extractor_found import steps

HEAD = (
    "青葉台市告示第12号\n\n青葉台市観光案内サイト再構築業務委託に係る公募型プロポーザルの日程の変更について\n\n"
    "令和9年4月12日付けで告示した標記プロポーザルについて、次のとおり日程を変更する。\n\n令和9年5月6日\n\n"
    "青葉台市長　山辺　次郎\n\n1 変更後の日程\n"
)
SUBMIT = ("submission", dt.date(2027, 5, 28), dt.time(12, 0), "datetime")
FIRST = ("result", dt.date(2027, 6, 4), None, "date")
HEAR = ("hearing", dt.date(2027, 6, 11), None, "date")
RESULT = ("result", dt.date(2027, 6, 1), None, "late_month")
ROWS = [
    ("", "告示", "令和9年4月12日(月)"),
    ("", "質問の受付期限", "令和9年4月22日(木)午後5時(受付終了)"),
    ("", "参加申込書の提出期限", "令和9年5月7日(金)午後5時"),
    ("changed", "企画提案書の提出期限", "令和9年5月28日(金)正午"),
    ("new", "一次審査結果の通知", "令和9年6月4日(金)"),
    ("changed", "プレゼンテーション", "令和9年6月11日(金)"),
    ("changed", "審査結果の通知", "令和9年6月下旬"),
]
OLD = (
    "\n(参考)変更前の日程\n"
    "  企画提案書の提出期限              令和9年5月21日(金)正午\n"
    "  プレゼンテーション                令和9年6月3日(木)\n"
    "  審査結果の通知                    令和9年6月中旬\n"
)


def schedule(changed: str, new: str, legend: str, old: str = OLD) -> str:
    lines = [f"  {'項目':<30}日程"]
    for state, label, day in ROWS:
        mark = changed if state == "changed" else new if state == "new" else ""
        lines.append(f"{mark + ' ' if mark else '  '}{label:<30}{day}")
    return HEAD + legend + "\n\n" + "\n".join(lines) + "\n" + old


def test_a_legend_that_quotes_its_symbol_marks_the_changed_and_new_rows():
    legend = "「◎」印は日程を変更した項目、「☆」印は新たに追加した項目です。印のない項目は変更していません。"
    assert steps(schedule("◎", "☆", legend)) == [SUBMIT, FIRST, HEAR, RESULT]
    legend = "『◆』印は期日を変更した項目、『★』印は今回新たに設けた項目です。"
    assert steps(schedule("◆", "★", legend)) == [SUBMIT, FIRST, HEAR, RESULT]


def test_a_legend_of_symbol_and_colon_marks_the_changed_rows_without_the_old_schedule():
    legend = "（◎印：変更、☆印：追加）"
    assert steps(schedule("◎", "☆", legend, old="")) == [SUBMIT, FIRST, HEAR, RESULT]
    legend = "“■”は今回日程を変更した項目です。"
    assert steps(schedule("■", "☆", legend, old="")) == [SUBMIT, FIRST, HEAR, RESULT]


def test_the_old_schedule_quoted_under_it_tells_the_changed_rows_where_no_mark_does():
    # (the schedule restated unmarked but for the new row; the old schedule quoted for reference gives the steps it
    # moved: the rows that give them another day are the changed ones, the rest restated)
    assert steps(schedule("", "☆", "")) == [SUBMIT, FIRST, HEAR, RESULT]
    old = "\n当初の日程\n  企画提案書の提出期限　令和9年5月21日(金)正午\n  プレゼンテーション　令和9年6月3日(木)\n"
    assert steps(schedule("", "", "", old=old)) == [SUBMIT, HEAR]


def test_a_row_the_old_schedule_gives_the_same_day_stays_restated():
    # (the old schedule quoted whole: a step it gives the same day is no change)
    old = OLD + "  参加申込書の提出期限              令和9年5月7日(金)午後5時\n"
    assert steps(schedule("", "☆", "", old=old)) == [SUBMIT, FIRST, HEAR, RESULT]


def test_a_quoted_symbol_of_another_meaning_is_no_change_mark():
    # (「「◎」印は必須の手続です。」: the symbol marks something else; with no change marked and no old schedule quoted,
    # the schedule stands as written, no row of it dropped as unmarked; the call's publication and the step over stay
    # out as before)
    legend = "「◎」印は参加者全員に必須の手続です。"
    apply = ("application", dt.date(2027, 5, 7), dt.time(17, 0), "datetime")
    assert steps(schedule("◎", "", legend, old="")) == [apply, SUBMIT, FIRST, HEAR, RESULT]


BRACKET_HEAD = (
    "朝日ヶ丘町告示第7号\n\n朝日ヶ丘町子育て支援計画策定業務委託公募型プロポーザルの日程変更について\n\n"
    "令和9年8月2日付けで告示した標記プロポーザルについて、下記のとおり日程を変更する。\n\n"
    "　令和9年8月20日\n\n　　　　朝日ヶ丘町長　森川　正\n\n記\n\n1　変更後の全体日程\n"
)
ANSWER = ("answer", dt.date(2027, 8, 27), None, "date")
VIEWING = ("other", dt.date(2027, 9, 3), None, "date")
PROPOSAL = ("submission", dt.date(2027, 9, 22), dt.time(12, 0), "datetime")


def bracket_schedule(legend: str, tag: str, changed: str = "〔変更〕") -> str:
    return BRACKET_HEAD + (
        f"　{legend}\n"
        "　(1)　公告\n　　　令和9年8月2日（月）　（済）\n"
        "　(2)　質問書の提出期限\n　　　令和9年8月11日（水）午後5時　（済）\n"
        f"　(3)　質問に対する回答\n　　　令和9年8月27日（金）　{changed}\n　　　（変更前：令和9年8月20日（金））\n"
        f"　(4)　参考資料の閲覧　{tag}\n　　　令和9年8月30日（月）から9月3日（金）まで\n"
        "　(5)　参加表明書の提出期限\n　　　令和9年9月1日（水）午後5時　（変更なし）\n"
        f"　(6)　企画提案書の提出期限\n　　　令和9年9月22日（水）正午　{changed}\n　　　（変更前：令和9年9月15日（水）正午）\n"
    )


def test_a_row_tagged_new_is_a_step_the_change_creates_whatever_mark_the_legend_names():
    legend = "（〔変更〕を付した項目が今回変更した日程です。（済）は既に終了した手続です。）"
    for tag in ("※新設", "※追加", "〔新規〕", "〈新設〉", "【追加】"):
        assert steps(bracket_schedule(legend, tag)) == [ANSWER, VIEWING, PROPOSAL], tag
    legend = "（＊は今回変更した日程です。）"
    assert steps(bracket_schedule(legend, "※新設", changed="＊")) == [ANSWER, VIEWING, PROPOSAL]


def test_a_row_with_no_tag_of_new_stays_restated():
    legend = "（〔変更〕を付した項目が今回変更した日程です。（済）は既に終了した手続です。）"
    assert steps(bracket_schedule(legend, "")) == [ANSWER, PROPOSAL]
    # (「※新設の閲覧室で行います」: a note that opens with the word, no tag of the row)
    assert steps(bracket_schedule(legend, "※新設の閲覧室で行います")) == [ANSWER, PROPOSAL]
