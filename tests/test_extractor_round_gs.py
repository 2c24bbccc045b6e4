"""A table spaced into columns that goes on over a page break, read in one line (a PDF's text layer without its line
breaks): the page's number, its running header and the head printed again atop the next page are lines of their own,
and the table's rows are read on past them."""

import datetime as dt

from tests.extractor_found import one_line, steps

INTRO = (
    "令和9年度 青葉台町 公用車運行管理業務委託 一般競争入札公告\n\n"
    "青葉台町が発注する公用車運行管理業務委託について、一般競争入札を行うので、次のとおり公告する。"
    "入札に参加を希望する者は、この公告及び入札説明書をよく読み、必要な書類を期限までに提出すること。\n\n"
    "1 業務の概要\n  (1) 業務名  公用車運行管理業務委託\n  (2) 履行期間  契約締結の日から令和10年3月31日まで\n\n"
    "2 日程\n"
)


def test_a_time_put_on_the_next_page_under_its_date_after_the_head_printed_again():
    text = INTRO + (
        "   項目                          日時                                 場所\n"
        "   入札説明書の交付              令和9年6月1日（火）から              町ホームページ\n"
        "                                 令和9年6月15日（火）まで\n"
        "   質問書の提出期限              令和9年6月8日（火）正午              電子メール\n"
        "   質問に対する回答              令和9年6月11日（金）                 町ホームページ\n"
        "   入札書の提出                  令和9年6月21日（月）から             総務課\n"
        "\n"
        "青葉台町 公用車運行管理業務委託 入札公告\n"
        "                                                                                          - 2 -\n"
        "青葉台町 公用車運行管理業務委託 入札公告\n"
        "\n"
        "   項目                          日時                                 場所\n"
        "                                 令和9年6月25日（金）午後5時まで      （持参に限る。）\n"
        "   開札                          令和9年6月28日（月）午前10時         役場3階会議室\n"
    )
    found = steps(one_line(text))
    assert ("submission", dt.date(2027, 6, 25), dt.time(17, 0), "datetime") in found
    assert ("submission", dt.date(2027, 6, 21), None, "date") not in found


def test_a_time_put_on_the_next_page_under_its_date_after_the_page_number_and_a_rule():
    text = INTRO + (
        "     項目                          日程                          備考\n"
        "     仕様書等の公表                令和9年7月1日(木)             町ホームページに\n"
        "                                                                 掲載\n"
        "     質問書の提出期限              令和9年7月6日(火)             電子メールに限る\n"
        "                                   正午まで\n"
        "     質問に対する回答              令和9年7月9日(金)まで         町ホームページ\n"
        "     参加申込書の提出期限          令和9年7月14日(水)            持参又は郵送\n"
        "\n"
        "                                          - 3 -\n"
        "─────────────────────────────────────────────────\n"
        "  青葉台町 公用車運行管理業務委託 実施要領\n"
        "\n"
        "                                   午後5時(必着)\n"
        "     企画提案書の提出期限          令和9年7月28日(水)            持参又は郵送\n"
        "                                   午後5時(必着)\n"
    )
    found = steps(one_line(text))
    assert ("application", dt.date(2027, 7, 14), dt.time(17, 0), "datetime") in found
    assert ("submission", dt.date(2027, 7, 28), dt.time(17, 0), "datetime") in found
