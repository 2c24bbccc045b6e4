"""Notices whose line breaks were all lost (a PDF's text layer, a portal page copied): the breaks put back where a
blank line stood between two unindented lines, and where a line's indent mixes half- and full-width spaces."""

import datetime as dt

from tenders.extractor.relining import blank_line_cuts, line_breaks
from tests.extractor_found import steps

# a notice as written: a heading and its title apart by blank lines with no indent, a wrapped line indented with
# full-width spaces and a half-width one, a schedule by month whose rows are indented the same way
_NOTICE = "\n".join(
    [
        "青葉台町教育委員会告示第8号",
        "",
        "青葉台町教育委員会",
        "",
        "学校給食配送業務委託 指名競争入札の実施について",
        "",
        "　青葉台町立学校の給食配送業務について、次のとおり指名競争入札を行います。",
        "",
        "1　業務の概要",
        "（1）業務の名称　　青葉台町学校給食配送業務委託",
        "（2）履行期間　　　令和10年4月1日から令和11年3月31日まで",
        "（3）業務の内容　　給食センターから町立小中学校8校への配送、食器・食缶の回収、",
        "　　　　　　　　　 配送車両の日常点検及び清掃、配送記録の作成及び提出、",
        "　　　　　　　　　 アレルギー対応食の個別配送",
        "（4）配送車両　　　受注者が用意する保冷車（2トン以上）3台以上",
        "",
        "2　入札に参加する者に必要な資格",
        "（1）地方自治法施行令第167条の4の規定に該当しない者であること。",
        "（2）青葉台町の競争入札参加資格者名簿（役務の提供）に登録されていること。",
        "（3）過去5年以内に、学校給食の配送業務を1年以上履行した実績を有すること。",
        "",
        "3　入札の日程",
        "　【令和10年1月】",
        "　　 12日（水）　質問書の提出期限（午後4時）",
        "　　 19日（水）　質問への回答",
        "　【令和10年2月】",
        "　　  2日（水）　入札書の提出期限（正午）",
        "　　  3日（木）　開札（午前10時30分）",
        "",
        "4　その他",
        "　　入札保証金は免除します。契約保証金は契約金額の100分の10以上とします。",
        "",
        "5　問合せ先",
        "　　青葉台町教育委員会 学校教育課 給食係　電話 000-000-0000",
    ]
)


def test_a_one_line_notice_with_blank_lines_and_mixed_indents_is_read_as_written():
    one_line = _NOTICE.replace("\n", " ")
    expected = [
        ("question", dt.date(2028, 1, 12), dt.time(16, 0), "datetime"),
        ("answer", dt.date(2028, 1, 19), None, "date"),
        ("submission", dt.date(2028, 2, 2), dt.time(12, 0), "datetime"),
        ("other", dt.date(2028, 2, 3), dt.time(10, 30), "datetime"),
    ]
    assert steps(_NOTICE) == expected
    assert steps(one_line) == expected


def test_the_rows_of_a_month_block_are_lines_of_their_own():
    line = _NOTICE.replace("\n", " ")
    starts = [0, *line_breaks(line)]
    lines = [line[a:b].strip() for a, b in zip(starts, [*starts[1:], len(line)])]
    assert "12日（水）　質問書の提出期限（午後4時）" in lines
    assert "3日（木）　開札（午前10時30分）" in lines
    assert lines[0] == "青葉台町教育委員会告示第8号"


def test_a_blank_line_is_told_only_beside_japanese_text():
    # English sentences two spaces apart, a column's wider gap: no line break stood there
    assert blank_line_cuts("The deadline is 5 May.  Late bids are void.") == []
    assert blank_line_cuts("受付期間    令和10年1月12日") == []
    assert blank_line_cuts("告示第8号  学校給食") == [len("告示第8号  ")]


def test_words_one_space_apart_in_a_line_keep_a_notice_unrelined():
    # an address and a section's names written with spaces in a line, no indents: too few breaks told to trust them
    text = " ".join(
        [
            "白浜町 総務部 契約管財課 契約係 からのお知らせ 町有施設 外壁改修工事 に係る 見積合わせ について",
            "見積書の提出期限 令和10年6月5日 午後3時 開封日時 令和10年6月8日 午前10時 場所 町役場 第2会議室",
        ]
        * 4
    )
    assert len(text) > 400
    assert steps(text)  # read as one line still: its dates are found
