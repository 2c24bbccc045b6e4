"""Feeds (RSS, Atom) that carry a call's schedule more than once as it changed: the call as it stands after its
latest change; the steps a change leaves alone stand; the feed's items about other things give no step."""

import datetime as dt

from tests.extractor_found import one_line, steps


def item(title: str, body: str, stamp: str) -> str:
    return f"<item>\n<title>{title}</title>\n<description>{body}</description>\n<pubDate>{stamp}</pubDate>\n</item>\n"


CALL = item(
    "【公告】鳴海町観光案内サイト改修業務委託に係る公募型プロポーザルの実施について",
    "&lt;p&gt;■日程&lt;/p&gt;\n"
    "&lt;p&gt;公告日　令和9年4月5日（月）&lt;/p&gt;\n"
    "&lt;p&gt;質問の受付期限　令和9年4月16日（金）午後5時&lt;/p&gt;\n"
    "&lt;p&gt;参加申込書の提出期限　令和9年4月23日（金）午後5時&lt;/p&gt;\n"
    "&lt;p&gt;企画提案書の提出期限　令和9年5月14日（金）午後5時&lt;/p&gt;\n"
    "&lt;p&gt;プレゼンテーション　令和9年5月下旬&lt;/p&gt;\n"
    "&lt;p&gt;契約締結　令和9年6月中旬&lt;/p&gt;",
    "Mon, 05 Apr 2027 09:00:00 +0900",
)
OUTAGE = item(
    "【お知らせ】電子申請システムの停止について",
    "令和9年4月24日（土）午前9時から4月25日（日）午後6時までシステムを停止します。",
    "Tue, 20 Apr 2027 10:00:00 +0900",
)
OTHER_RESULT = item(
    "【入札結果】鳴海町役場庁舎清掃業務委託",
    "令和9年4月22日（木）に開札した標記業務の入札結果を掲載しました。",
    "Fri, 23 Apr 2027 15:00:00 +0900",
)
CHANGE = item(
    "【日程変更】鳴海町観光案内サイト改修業務委託に係る公募型プロポーザルの日程変更について",
    "<![CDATA[<p>令和9年4月5日付けで公告した標記プロポーザルの日程を次のとおり変更します。</p>\n"
    "<table>\n<tr><th>項目</th><th>変更前</th><th>変更後</th></tr>\n"
    "<tr><td>参加申込書の提出期限</td><td>令和9年4月23日（金）午後5時</td><td>変更なし</td></tr>\n"
    "<tr><td>企画提案書の提出期限</td><td>令和9年5月14日（金）午後5時</td><td>令和9年5月28日（金）正午</td></tr>\n"
    "<tr><td>プレゼンテーション</td><td>令和9年5月下旬</td><td>未定（決まり次第お知らせします）</td></tr>\n"
    "</table>]]>",
    "Mon, 26 Apr 2027 16:00:00 +0900",
)
FEED = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n<title>鳴海町 入札・契約情報</title>\n'
    + CHANGE
    + OTHER_RESULT
    + OUTAGE
    + CALL
    + "</channel>\n</rss>\n"
)

AS_IT_STANDS = [
    ("published", dt.date(2027, 4, 5), None, "date"),
    ("question", dt.date(2027, 4, 16), dt.time(17, 0), "datetime"),
    ("application", dt.date(2027, 4, 23), dt.time(17, 0), "datetime"),
    ("submission", dt.date(2027, 5, 28), dt.time(12, 0), "datetime"),
    ("contract", dt.date(2027, 6, 1), None, "mid_month"),
]


def test_a_feed_holding_the_call_and_its_change_gives_the_schedule_as_it_stands():
    # the steps the change leaves alone stand as the call's item gives them; the moved deadline its new day; the
    # presentation put off (未定) has no day; the other items (a result of another call, an outage) give no step
    assert steps(FEED) == AS_IT_STANDS


def test_the_items_of_a_feed_about_other_things_give_no_step():
    found = steps(FEED)
    assert all(day not in (dt.date(2027, 4, 22), dt.date(2027, 4, 24), dt.date(2027, 4, 25)) for _, day, _, _ in found)


def test_a_step_put_off_drops_its_old_day_from_the_calls_item():
    assert ("hearing", dt.date(2027, 5, 1), None, "late_month") not in steps(FEED)


def test_a_feed_run_onto_one_line_reads_alike():
    assert steps(one_line(FEED)) == AS_IT_STANDS


def test_a_change_alone_in_a_feed_stays_a_notice_of_the_change():
    # no item of the call itself: the change's own new day alone (the steps it says are unchanged are restated)
    feed = '<?xml version="1.0"?>\n<rss version="2.0">\n<channel>\n' + CHANGE + OUTAGE + "</channel>\n</rss>\n"
    assert steps(feed) == [("submission", dt.date(2027, 5, 28), dt.time(12, 0), "datetime")]


def test_a_question_about_the_answers_is_a_question():
    # 「回答を踏まえた追加の質問」: the words after 「を踏まえた」 name the step, those before what it is about
    text = (
        "公募型プロポーザル 質問回答書を掲載しました。\n回答を踏まえた追加の質問は、令和9年6月4日（金）正午まで受け付けます。\n"
    )
    assert steps(text) == [("question", dt.date(2027, 6, 4), dt.time(12, 0), "datetime")]
