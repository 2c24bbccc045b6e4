"""A table spaced into columns that a form feed (a page break) cuts, read in one line (a PDF's text layer without its
line breaks, each page a line of its own): the part of the table before the break is a table when the next page goes on
with it (its head printed again atop the page, or a date under one of its later columns), and its rows are read as
lines; a row's first line after a blank line is read as such, not as a cell of the line before, when only so the cell
after it stands under a column."""

import datetime as dt

from tests.extractor_found import one_line, steps

INTRO = (
    "令和9年度 若葉町 庁舎清掃業務委託 一般競争入札公告\n\n"
    "若葉町が発注する庁舎清掃業務委託について、一般競争入札を行うので、次のとおり公告する。"
    "入札に参加を希望する者は、この公告及び入札説明書をよく読み、必要な書類を期限までに提出すること。\n\n"
    "1 業務の概要\n  (1) 業務名  庁舎清掃業務委託\n  (2) 履行期間  契約締結の日から令和10年3月31日まで\n\n"
    "2 日程\n  入札の手続は、次の表のとおりとする。\n\n"
)
TAIL = (
    "\n3 入札参加資格\n  (1) 地方自治法施行令第167条の4の規定に該当しない者であること。\n"
    "  (2) 若葉町から指名停止の措置を受けている期間中でないこと。\n"
    "  (3) 会社更生法に基づく更生手続開始の申立て又は民事再生法に基づく再生手続開始の申立てがなされていない者であること。\n"
    "4 入札保証金\n  免除する。\n5 契約保証金\n  契約金額の100分の10以上の額を納付すること。ただし、若葉町契約規則に該当する場合は免除する。\n"
    "6 その他\n  (1) 契約の手続において使用する言語及び通貨は、日本語及び日本国通貨に限る。\n  (2) 詳細は、入札説明書による。\n"
)


def test_a_table_at_a_page_end_goes_on_with_a_date_under_its_column_after_the_form_feed():
    text = INTRO + (
        "    手続                          日時・期間                          方法・場所\n"
        "   ─────────────────────────────────────────────\n"
        "    入札説明書の交付              令和9年6月1日（火）から             町ホームページ\n"
        "                                  令和9年6月15日（火）まで\n"
        "    参加申請書の提出              令和9年6月2日（水）から             総務課へ持参\n"
        "                                  令和9年6月9日（水）午後5時まで      （郵送不可）\n"
        "    仕様書に対する質問            令和9年6月10日（木）正午まで        電子メール\n"
        "    参加資格の確認結果の通知      令和9年6月14日（月）                電子メールにより\n"
        "                                                                      通知\n"
        "    入札書の提出                  令和9年6月21日（月）から            総務課へ持参\n"
        "\n"
        "\n"
        "                                          - 2 -\n"
        "\x0c"
        "                                 若葉町 庁舎清掃業務委託 入札公告\n"
        "\n"
        "                                  令和9年6月25日（金）午後5時まで     （郵送不可）\n"
        "\n"
        "    開札                          令和9年6月28日（月）午前10時        役場3階会議室\n"
        "\n"
        "3 入札参加資格\n"
        "  (1) 地方自治法施行令第167条の4の規定に該当しない者であること。\n"
    )
    found = steps(one_line(text))
    assert ("application", dt.date(2027, 6, 9), dt.time(17, 0), "datetime") in found


def test_a_table_at_a_page_end_goes_on_after_its_head_printed_again_atop_the_next_page():
    text = INTRO + (
        "    手続                          日時・期間                          方法・場所\n"
        "    入札説明書の交付              令和9年6月1日（火）から             町ホームページ\n"
        "                                  令和9年6月15日（火）まで\n"
        "    参加申請書の提出              令和9年6月2日（水）から             総務課へ持参\n"
        "                                  令和9年6月9日（水）午後5時まで      （郵送不可）\n"
        "    仕様書に対する質問            令和9年6月10日（木）正午まで        電子メール\n"
        "    参加資格の確認結果の通知      令和9年6月14日（月）                電子メールにより\n"
        "                                                                      通知\n"
        "\n"
        "\n"
        "                                          - 2 -\n"
        "\x0c"
        "                                 若葉町 庁舎清掃業務委託 入札公告\n"
        "\n"
        "    手続                          日時・期間                          方法・場所\n"
        "    入札書の提出                  令和9年6月21日（月）から            総務課へ持参\n"
        "                                  令和9年6月25日（金）午後5時まで     （郵送不可）\n"
        "    開札                          令和9年6月28日（月）午前10時        役場3階会議室\n"
        "\n"
        "3 入札参加資格\n"
        "  (1) 地方自治法施行令第167条の4の規定に該当しない者であること。\n"
    )
    found = steps(one_line(text))
    assert ("application", dt.date(2027, 6, 9), dt.time(17, 0), "datetime") in found


def test_rows_after_blank_lines_read_to_the_page_end_then_the_time_after_the_head_printed_again():
    text = (
        INTRO
        + (
            "            項目                   日時・期間                           場所・方法\n"
            "\n"
            "            入札説明書等の交付     令和9年6月1日（火）から              町ホームページ\n"
            "                                   令和9年6月15日（火）まで\n"
            "\n"
            "            参加資格確認申請書     令和9年6月2日（水）から              総務課へ持参\n"
            "            の提出                 令和9年6月9日（水）午後5時まで       （郵送不可）\n"
            "\n"
            "            仕様書等に対する質     令和9年6月10日（木）正午まで         電子メール\n"
            "            問\n"
            "\n"
            "            質問に対する回答       令和9年6月14日（月）までに掲載       町ホームページ\n"
            "\n"
            "            入札書の提出           令和9年6月21日（月）                 郵便入札（一般書留又は簡易書\n"
            "\n"
            "\n"
            "                                          - 2 -\n"
            "\x0c"
            "                                                                      若葉町公告第31号\n"
            "\n"
            "            項目                   日時・期間                           場所・方法\n"
            "\n"
            "                                   午後5時まで（必着）                  留に限る。）\n"
            "\n"
            "            開札                   令和9年6月28日（月）午前10時         役場3階会議室\n"
        )
        + TAIL
    )
    found = steps(one_line(text))
    assert ("submission", dt.date(2027, 6, 21), dt.time(17, 0), "datetime") in found
    assert ("submission", dt.date(2027, 6, 21), None, "date") not in found
