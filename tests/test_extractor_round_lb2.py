"""Devices read on one line (round lb2): a grid with bars in its rule and none at its ends whose rows are not padded
to a width (a Markdown table written without its outer bars), run together on one line. Each test a few invented
lines, read as written and on one line."""

from tests.extractor_found import found, one_line

# --- an unpadded barred grid: a date in the last cell of a row does not take the next row's label -------------------

TOURISM = (
    "Call for Proposals: Smart Tourism Guide Service (Minato-Kita City)\n"
    "Schedule\n"
    "Item | Date and time | Notes\n"
    "---|---|---\n"
    "Release of the guidelines | Mon., June 7, 2027 | Available on this page until Wed., July 7, 2027\n"
    "Registration for the site visit | Fri., June 11, 2027, 5 p.m. | By e-mail; two people per company\n"
    "Site visit | Tue., June 15, 2027, 10 a.m. | Meet at the main entrance\n"
    "Deadline for questions | Fri., June 18, 2027, noon | By e-mail only\n"
    "Deadline for proposals | Wed., July 7, 2027, 5 p.m. | Hand delivery on weekdays only\n"
    "Notice of result | Late July 2027 | Sent in writing\n"
    "Contact: Tourism Division, Minato-Kita City (tourism@example.jp)\n"
)


def test_an_unpadded_barred_grid_reads_row_by_row_on_one_line():
    written = found(TOURISM)
    assert written == [
        ("published", "2027-06-07", None, "date"),
        ("other", "2027-06-11", "17:00", "datetime"),
        ("other", "2027-06-15", "10:00", "datetime"),
        ("question", "2027-06-18", "12:00", "datetime"),
        ("submission", "2027-07-07", "17:00", "datetime"),
        ("result", "2027-07-01", None, "late_month"),
    ]
    assert found(one_line(TOURISM)) == written


KANKO = (
    "スマート観光案内業務委託に係る公募型プロポーザルの実施について\n"
    "本業務は、市内を訪れる観光客に対し、多言語による観光案内を提供するサービスを構築し、運用するものです。"
    "参加を希望する者は、実施要領に定める参加資格を満たし、期限までに必要な書類を提出してください。\n"
    "1 概要\n"
    "日程\n"
    "項目 | 日時 | 備考\n"
    "---|---|---\n"
    "実施要領の公表 | 令和9年6月7日（月） | 本ページに令和9年7月7日（水）まで掲載\n"
    "現地説明会の参加申込 | 令和9年6月11日（金）午後5時 | 電子メールにより、1社2名まで\n"
    "現地説明会 | 令和9年6月15日（火）午前10時 | 本庁舎正面玄関に集合\n"
    "質問の締切 | 令和9年6月18日（金）正午 | 電子メールに限る\n"
    "企画提案書の提出期限 | 令和9年7月7日（水）午後5時 | 持参（平日に限る）\n"
    "審査結果の通知 | 令和9年7月下旬 | 書面により通知\n"
    "問合せ先：観光課（kanko@example.jp）\n"
)


def test_an_unpadded_barred_grid_of_japanese_cells_reads_row_by_row_on_one_line():
    written = found(KANKO)
    assert ("other", "2027-06-11", "17:00", "datetime") in written
    assert ("submission", "2027-07-07", "17:00", "datetime") in written
    assert found(one_line(KANKO)) == written


# --- where its rows cannot be told apart, it is read as before (a run of words) -----------------------------------

LOWER = (
    "Notice of a small supply contract\n"
    + (
        "Tenderers must hold a valid grade for the supply of goods in the region and must not fall under the articles "
        "of the budget order that bar a tenderer; documents in English are accepted.\n"
    )
    * 2
    + "step | date | note\n"
    "---|---|---\n"
    "questions due | 2028-04-12 17:00 | by e-mail only\n"
    "answers | by 2028-04-19 | on this page\n"
    "tenders due | 2028-05-15 12:00 | in person\n"
)


def test_an_unpadded_grid_without_capitals_is_not_cut_on_one_line():
    on_one_line = {(d, t) for _, d, t, _ in found(one_line(LOWER))}
    assert ("2028-04-12", "17:00") in on_one_line
    assert ("2028-05-15", "12:00") in on_one_line


def test_a_markdown_table_with_outer_bars_is_read_as_before():
    text = (
        TOURISM.replace(" | ", " | ")
        .replace("Item | Date and time | Notes", "| Item | Date and time | Notes |")
        .replace("---|---|---", "|---|---|---|")
    )
    for row in TOURISM.split("\n")[4:10]:
        text = text.replace(row + "\n", "| " + row + " |\n")
    assert found(one_line(text)) == found(text)
