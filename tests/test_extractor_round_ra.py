"""News articles about a call: days written alone, read in the month of the article's own date."""

import datetime as dt

from tenders.extractor.labels import kind_of
from tenders.extractor.normalize import article_days_dated
from tests.extractor_found import steps

ARTICLE = (
    "北浜建設新聞\n"
    "発行日：2027年9月8日（水）\n"
    "\n"
    "　椎葉町は7日、「椎葉町観光振興計画策定業務」の委託先を公募型プロポーザルで選ぶと公告した。"
    "参加申込書を17日午後5時まで企画課で受け付ける。10月4日に提案書の提出者を選定して通知し、提案書は同22日正午まで受け付ける。\n"
    "　質問は13日正午までに電子メールで受け付け、15日までにホームページで回答する。\n"
)


def test_days_alone_in_an_article_take_its_month():
    assert steps(ARTICLE) == [
        ("published", dt.date(2027, 9, 7), None, "date"),
        ("question", dt.date(2027, 9, 13), dt.time(12, 0), "datetime"),
        ("answer", dt.date(2027, 9, 15), None, "date"),
        ("application", dt.date(2027, 9, 17), dt.time(17, 0), "datetime"),
        ("result", dt.date(2027, 10, 4), None, "date"),
        ("submission", dt.date(2027, 10, 22), dt.time(12, 0), "datetime"),
    ]


def test_a_day_alone_outside_a_dated_article_is_left():
    lines = ["参加申込書を17日午後5時まで受け付ける。"]
    assert article_days_dated(lines) == lines


def test_the_day_news_was_announced_is_no_step():
    lines = ["日刊みなと新聞", "2027年11月5日(金)号", "町は4日、提出期限を11月26日午後5時に延長すると発表した。"]
    assert article_days_dated(lines)[2] == lines[2]


def test_a_day_qualifying_a_word_or_quoted_is_left():
    lines = ["日刊みなと新聞", "発行日:2026年6月9日(火)", "12日の締め切りまでに1者が参加した。開札日を「15日」とした。"]
    assert article_days_dated(lines)[2] == lines[2]


def test_a_range_end_keeps_the_month_of_its_start():
    lines = ["日刊みなと新聞", "発行日:2026年6月9日(火)", "期限を8月1日正午から12日正午に延長した。"]
    assert article_days_dated(lines)[2] == lines[2]


def test_a_weekday_moves_a_day_to_the_next_month():
    lines = ["日刊みなと新聞", "発行日:2027年4月28日(水)", "提案書は6日(木)正午まで受け付ける。"]
    assert article_days_dated(lines)[2] == "提案書は5月6日(木)正午まで受け付ける。"


def test_a_call_announced_in_a_news_sentence_is_its_publication():
    assert kind_of("委託先を公募型プロポーザルで選定すると公告した") == "published"
    assert kind_of("基本設計業務の委託先を選ぶ公募型プロポーザルを公告した") == "published"


def test_a_call_documents_bare_date_line_is_no_articles_head():
    """A call that mentions a newspaper far from its 公告 date: 「7日」 in a count stays as written."""
    lines = [
        "2027年9月30日",
        "公募型プロポーザルの実施について",
        "1 業務名 広報紙記事作成業務",
        "2 内容 市報の記事作成及び新聞広告の版下作成",
        "3 期間 契約の日から7日以内に着手",
        "4 結果 通知の翌日から起算して7日（土日を除く。）以内に異議を申し立てることができる。",
    ]
    assert article_days_dated(lines) == lines
