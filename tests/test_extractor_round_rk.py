"""A call's own site's feed whose newest item changes the call's papers (「入札説明書等の一部変更について」, a title naming
the papers, not the call): every item is the call's, the call's own item gives its schedule, the changes' tables
(their head over a table body in markup) move the days they change; an event's keys under the sentence that
announces it, a blank line between, are the event's."""

import datetime as dt

from tests.extractor_found import one_line, steps


def item(title: str, body: str) -> str:
    return f"<item>\n<title>{title}</title>\n<content:encoded><![CDATA[{body}]]></content:encoded>\n</item>\n"


CHANGE = item(
    "【重要】募集要項等の一部変更について",
    "<p>令和10年5月10日に公告した汐見町新庁舎整備事業に係る募集要項等について、次のとおり変更しました。</p>\n"
    "<table>\n<thead><tr><th>項目</th><th>変更前</th><th>変更後</th></tr></thead>\n<tbody>\n"
    "<tr><td>提案書の受付</td><td>令和10年8月3日（金）17時まで</td><td>令和10年8月24日（金）17時まで</td></tr>\n"
    "<tr><td>ヒアリング</td><td>令和10年8月下旬</td><td>令和10年9月中旬</td></tr>\n"
    "</tbody>\n</table>\n",
)
VISIT = item(
    "現地見学会の開催について",
    "<p>参加表明者を対象に、現地見学会を開催します。参加は任意です。</p>\n\n"
    "<dl>\n<dt>日時</dt><dd>令和10年6月20日（水）14時から16時まで</dd>\n"
    "<dt>場所</dt><dd>現庁舎</dd>\n</dl>\n",
)
CALL = item(
    "公募型プロポーザルの公告について",
    "<p>汐見町新庁舎整備事業について、公募型プロポーザルの公告を行いました。</p>\n"
    "<table>\n<tbody>\n"
    "<tr><td>公告</td><td>令和10年5月10日（木）</td></tr>\n"
    "<tr><td>質問の受付</td><td>令和10年5月25日（金）17時まで</td></tr>\n"
    "<tr><td>提案書の受付</td><td>令和10年8月3日（金）17時まで</td></tr>\n"
    "<tr><td>ヒアリング</td><td>令和10年8月下旬</td></tr>\n"
    "</tbody>\n</table>\n",
)
FEED = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n<title>汐見町新庁舎整備事業 お知らせ</title>\n'
    + CHANGE
    + VISIT
    + CALL
    + "</channel>\n</rss>\n"
)

AS_IT_STANDS = [
    ("published", dt.date(2028, 5, 10), None, "date"),
    ("question", dt.date(2028, 5, 25), dt.time(17, 0), "datetime"),
    ("other", dt.date(2028, 6, 20), dt.time(14, 0), "datetime"),
    ("submission", dt.date(2028, 8, 24), dt.time(17, 0), "datetime"),
    ("hearing", dt.date(2028, 9, 1), None, "mid_month"),
]


def test_a_feed_whose_change_names_the_papers_gives_the_call_as_it_stands():
    assert sorted(steps(FEED), key=lambda s: s[1]) == AS_IT_STANDS


def test_the_old_days_of_a_change_table_in_markup_hold_no_more():
    days = [day for _, day, _, _ in steps(FEED)]
    assert dt.date(2028, 8, 3) not in days
    assert all(not (kind == "hearing" and day == dt.date(2028, 8, 1)) for kind, day, _, _ in steps(FEED))


def test_the_event_announced_over_a_blank_line_keeps_its_hour():
    text = (
        "参加表明者を対象に、現地見学会を開催します。参加は任意です。\n\n"
        "日時　令和10年6月20日（水）14時から16時まで\n場所　現庁舎\n"
    )
    assert steps(text) == [("other", dt.date(2028, 6, 20), dt.time(14, 0), "datetime")]


def test_the_feed_run_onto_one_line_keeps_the_new_days():
    found = steps(one_line(FEED))
    assert ("submission", dt.date(2028, 8, 24), dt.time(17, 0), "datetime") in found
    assert all(day != dt.date(2028, 8, 3) for _, day, _, _ in found)
