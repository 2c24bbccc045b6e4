"""Notices as other conversion tools hand them over (round ai): a blank line after every line (Word or a web page
to text), every line indented by the same margin. Each test a few lines written for its class."""

from tenders.extractor import extract
from tenders.extractor.normalize import common_margin_removed, double_spaced
from tests.extractor_found import found

WINDOW_ACROSS_LINES = (
    "令和9年度 公園清掃業務委託 企画提案の募集\n"
    "\n"
    "4 参加申込書の提出\n"
    "(1) 提出期間\n"
    "令和9年5月10日（月）から\n"
    "令和9年5月21日（金）午後5時まで\n"
    "5 企画提案書の提出期限\n"
    "令和9年6月4日（金）正午\n"
)


def doubled(text: str) -> str:
    return text.replace("\n", "\n\n")


def indented(text: str) -> str:
    return "\n".join("    " + line if line else line for line in text.split("\n"))


# --- a blank line after every line ----------------------------------------------------------------------------


def test_a_window_across_two_lines_stays_one_with_a_blank_line_between():
    text = WINDOW_ACROSS_LINES
    steps = [("application", "2027-05-21", "17:00", "datetime"), ("submission", "2027-06-04", "12:00", "datetime")]
    assert found(text) == steps
    assert found(doubled(text)) == steps


def test_a_double_spaced_notice_cites_the_lines_of_the_text_as_given():
    text = doubled(WINDOW_ACROSS_LINES)
    extraction = extract(text)
    lines = text.splitlines()
    cited = [(m.kind, item["line"]) for m, item in zip(extraction.proposal.milestones, extraction.evidence)]
    assert cited == [("application", 9), ("submission", 15)]
    assert all(text[item["offset"] :].startswith(lines[item["line"] - 1]) for item in extraction.evidence)


def test_the_writers_own_paragraph_breaks_stay_one_blank_line():
    lines = ["件名", "", "本文の一行目", "", "本文の二行目", "", "", "", "日程", "", "質問", "", "回答", ""]
    kept, origin = double_spaced(lines)
    assert kept == ["件名", "本文の一行目", "本文の二行目", "", "日程", "質問", "回答"]
    assert [lines[index] for index in origin] == kept
    # a text whose lines run on is the writer's: left as it is
    assert double_spaced(["件名", "本文の一行目", "本文の二行目", "", "日程", "質問", "回答", "契約"]) is None


# --- every line indented by the same margin ------------------------------------------------------------------


def test_a_tab_table_rows_hours_on_a_line_of_their_own_with_every_line_indented():
    # the row's second line begins with its empty first cell (a tab): the window's daily hours, not a new row
    text = (
        "令和10年度 防災情報システム保守業務 公募\n"
        "\n"
        "7　日程\n"
        "項目\t日程\n"
        "公示日\t令和10年1月17日（月）\n"
        "仕様書等の閲覧期間\t令和10年1月17日（月）～2月4日（金）\n"
        "\t午前9時～午後5時（土日祝を除く）\n"
        "質問書の提出期限\t令和10年1月26日（水）午後5時\n"
    )
    steps = [
        ("published", "2028-01-17", None, "date"),
        ("question", "2028-01-26", "17:00", "datetime"),
        ("other", "2028-02-04", "17:00", "datetime"),
    ]
    assert sorted(found(text)) == sorted(steps)
    assert sorted(found(indented(text))) == sorted(steps)


def test_only_a_margin_every_text_line_has_is_taken_out():
    assert common_margin_removed(["  件名", "", "   (1) 日程", "\t"]) == ["件名", "", " (1) 日程", ""]
    assert common_margin_removed(["件名", "  (1) 日程"]) is None
    assert common_margin_removed(["\t件名", "  (1) 日程"]) is None
