"""Change notices in other forms: a call's own page updated in place under a box of its change, and a sentence that
tells the schedule as it was before the change (「当初の日程は、…であった。」)."""

import datetime as dt

from tests.extractor_found import steps

CALL_PAGE = (
    "ホーム > 事業者向け > 入札・契約 > 図書館情報システム更新業務委託に係る公募型プロポーザルの実施について\n\n"
    "図書館情報システム更新業務委託に係る公募型プロポーザルの実施について\n"
    "更新日　2027年5月20日\n\n"
    "{box}\n"
    "参加申込書の提出期限を次のとおり延長しました。\n"
    "旧：2027年5月28日（金）17時\n"
    "新：2027年6月4日（金）17時\n"
    "その他の日程に変更はありません。\n\n"
    "市立図書館の情報システムを更新するため、受託者を公募型プロポーザル方式により選定します。\n\n"
    "参加資格\n・市の入札参加資格者名簿に登録されている者\n\n"
    "日程\n"
    "・公告日：2027年5月10日（月）\n"
    "・質問提出期限：2027年5月19日（水）17時\n"
    "・参加申込書提出期限：2027年6月4日（金）17時{mark}\n"
    "・企画提案書提出期限：2027年6月25日（金）17時\n"
    "・審査結果通知：2027年7月中旬（予定）\n"
)

WHOLE_SCHEDULE = [
    ("published", dt.date(2027, 5, 10), None, "date"),
    ("question", dt.date(2027, 5, 19), dt.time(17, 0), "datetime"),
    ("application", dt.date(2027, 6, 4), dt.time(17, 0), "datetime"),
    ("submission", dt.date(2027, 6, 25), dt.time(17, 0), "datetime"),
    ("result", dt.date(2027, 7, 1), None, "mid_month"),
]


def test_a_calls_page_updated_in_place_keeps_its_whole_schedule():
    for box, mark in [
        ("【お知らせ】提出期限の延長について（2027年5月20日）", "【延長】"),
        ("【重要】スケジュールの変更について", "【変更】"),
        ("■日程の一部変更について（5月20日更新）", "★"),
    ]:
        found = steps(CALL_PAGE.format(box=box, mark=mark))
        assert found == WHOLE_SCHEDULE, box


def test_a_change_notice_titled_as_one_keeps_only_the_changed_rows():
    text = CALL_PAGE.format(box="【重要】スケジュールの変更について", mark="【変更】").replace(
        "図書館情報システム更新業務委託に係る公募型プロポーザルの実施について\n更新日",
        "図書館情報システム更新業務委託に係る公募型プロポーザルの日程変更について\n更新日",
    )
    assert ("published", dt.date(2027, 5, 10), None, "date") not in steps(text)


NOTICE = (
    "水見町告示第１２号\n\n"
    "水見町観光案内業務委託に係る公募型プロポーザルの日程の訂正について\n\n"
    "令和9年4月9日付けで公告した標記プロポーザルについて、次のとおり日程を訂正する。\n\n"
    "令和9年4月23日\n\n水見町長\n\n"
    "訂正後の日程は次のとおり。★印の行が訂正した箇所であり、それ以外は当初のとおり。\n"
    "　　公告日　　　　　　　　　　令和9年4月9日（金）\n"
    "　　質問の提出期限　　　　　　令和9年4月20日（火）午後5時\n"
    "★　企画提案書の提出期限　　　令和9年5月21日（金）正午\n"
    "★　審査会　　　　　　　　　　令和9年6月2日（水）\n"
    "　　契約締結　　　　　　　　　令和9年6月中旬（予定）\n"
    "{note}\n"
)

CHANGED_ONLY = [
    ("submission", dt.date(2027, 5, 21), dt.time(12, 0), "datetime"),
    ("hearing", dt.date(2027, 6, 2), None, "date"),
]


def test_the_old_schedule_told_in_a_sentence_is_superseded():
    for note in [
        "なお、当初の予定では、企画提案書の提出期限は令和9年5月14日（金）正午、審査会は5月26日（水）でした。",
        "※　当初の日程は、企画提案書の提出期限 令和9年5月14日（金）正午、審査会 5月26日（水）であった。",
        "（注）従前の日程は、企画提案書の提出期限が令和9年5月14日（金）正午、審査会が5月26日（水）となっていた。",
    ]:
        assert steps(NOTICE.format(note=note)) == CHANGED_ONLY, note


def test_a_sentence_that_tells_the_old_day_and_the_new_one_keeps_the_new():
    note = "当初の日程は令和9年5月14日（金）正午であったが、令和9年5月21日（金）正午に変更した。"
    assert steps(NOTICE.format(note=note)) == CHANGED_ONLY
