"""A notice run onto one line whose lines are put back in part: a paragraph (between the blank lines run together) whose
lines its indents and sentences put back whole is kept a paragraph of its own lines; and a fax's receipt stamp over the
line its machine prints atop a page names no step (each test a few lines written for its class)."""

from tenders.extractor.relining import relined
from tests.extractor_found import found, one_line

# a quoted mail's words, spaced and run on: the notice's line breaks not put back whole
MAIL = "お世話になっております 先日の件 ご確認ください 資料は 別途 お送りします 担当 山田 よろしく お願いします 以上  です" * 6


def test_a_paragraph_whose_lines_are_put_back_whole_keeps_them_when_the_rest_runs_on():
    text = (
        MAIL + "\n"
        "\n"
        "手続の日程について\n"
        "　参加を希望する者は、次のとおり書類を提出すること。\n"
        "　質問書は令和8年9月25日（金）午後5時までに電子メールで提出すること。\n"
        "　企画提案書は令和8年10月5日（月）午後5時までに持参すること。\n"
        "　審査の結果は令和8年10月20日（火）に全参加者へ通知する。\n"
        "　提出書類は返却しない。\n"
    )
    lines = relined(one_line(text))[0].split("\n")
    assert "手続の日程について" in lines
    assert "　企画提案書は令和8年10月5日（月）午後5時までに持参すること。" in lines
    assert found(one_line(text)) == [
        ("question", "2026-09-25", "17:00", "datetime"),
        ("submission", "2026-10-05", "17:00", "datetime"),
        ("result", "2026-10-20", None, "date"),
    ]


def test_a_paragraph_of_a_few_short_cells_is_not_put_back_on_its_own():
    text = MAIL + "\n" "\n" "日程\n" "　質問\n" "　9月25日\n" "　提出\n" "　10月5日\n" "　結果\n"
    lines = relined(one_line(text))[0].split("\n")
    assert "　9月25日" not in lines


def test_a_fax_receipt_stamp_over_the_machines_page_line_names_no_step():
    text = (
        "企画提案書の提出期限 令和8年10月5日（月）午後5時\n"
        "7　審査\n"
        "　選定委員会において、提出書類及びプレゼンテーションにより審査する。\n"
        "受信 2026年 9月14日 10時35分\n"
        "\n"
        "ＦＡＸ：000 0000 0000                P.003 SEP-14-2026 MON 10:35\n"
        "8　その他\n"
    )
    assert found(text) == [("submission", "2026-10-05", "17:00", "datetime")]
