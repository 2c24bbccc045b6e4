"""Change notices that read well as written, read again as one line (every line break a space): a reply's quoted
lines each a line again under their marks."""

import datetime as dt

from tests.extractor_found import one_line, steps

REPLY = (
    "件名: RE: 【変更】入札書の提出期限の変更について(若草市立図書館 蔵書管理システム賃貸借)\n"
    "差出人: 森 一郎 <mori@example.jp>\n"
    "\n"
    "チーム各位\n"
    "\n"
    "若草市の図書館システム、入札書の締切と開札が1週間ずつ延びました。市からの連絡を下に付けます。\n"
    "社内の決裁は来週中に回します。\n"
    "\n"
    "森\n"
    "\n"
    "> From: 若草市 総務部契約課 <keiyaku@example.jp>\n"
    "> Subject: 【変更】入札書の提出期限の変更について\n"
    ">\n"
    "> 入札説明書の交付を受けた事業者 各位\n"
    ">\n"
    "> 令和7年9月1日付けで公告した下記の案件について、日程を次のとおり変更します。\n"
    ">\n"
    "> 1 件名 若草市立図書館 蔵書管理システム賃貸借\n"
    "> 2 変更の内容\n"
    ">  | 項目 | 変更前 | 変更後 |\n"
    ">  |---|---|---|\n"
    ">  | 入札書の提出期限 | 令和7年10月3日(金)17時00分 | 令和7年10月10日(金)17時00分 |\n"
    ">  | 開札の日時 | 令和7年10月7日(火)10時00分 | 令和7年10月14日(火)10時00分 |\n"
    ">\n"
    "> 3 その他\n"
    ">  上記以外の日程に変更はありません。\n"
)


def test_a_replys_quoted_lines_run_together_are_lines_again():
    new = [
        ("submission", dt.date(2025, 10, 10), dt.time(17, 0), "datetime"),
        ("other", dt.date(2025, 10, 14), dt.time(10, 0), "datetime"),
    ]
    assert steps(REPLY) == new
    assert len(one_line(REPLY)) > 400
    assert steps(one_line(REPLY)) == new


CALL = (
    "Willowmere Prefecture\n"
    "CALL FOR PROPOSALS\n"
    "Promotion of Local Crafts in Northern Europe (FY2027)\n"
    "\n"
    "1. Purpose\n"
    "The Prefecture seeks a partner to promote the crafts of its towns to buyers and visitors in Northern Europe.\n"
    "2. Eligibility\n"
    "Applicants must be registered companies with experience of similar projects since 2020.\n"
    "3. Schedule\n"
    "  Expression of interest (Form\n"
    "1) ........ Friday 4 June 2027, 5:00 p.m. JST\n"
    "  Deadline for proposals ........ Friday 25 June 2027, 12:00 noon JST\n"
    "4. Documents\n"
    "Applicants must send Form\n"
    "2 (Company Profile) with the proposal. Forms are available on the Prefecture's website.\n"
    "5. Contact\n"
    "International Affairs Division, Willowmere Prefecture, intl@example.jp\n"
)


def test_a_number_after_an_english_reference_word_begins_no_line():
    expected = [
        ("application", dt.date(2027, 6, 4), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 6, 25), dt.time(12, 0), "datetime"),
    ]
    assert len(one_line(CALL)) > 400
    assert steps(one_line(CALL)) == expected
