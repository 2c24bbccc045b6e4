"""Round ms: devices of writing converted calls use (slides, two-column leaflets, a gazette's OCR). Each test a few
lines written for its device (none copied from the development set)."""

from tests.extractor_found import found, one_line

SLIDES = (
    "<!-- Slide number: 1 -->\n# 白浜町 観光案内アプリ開発業務 公募型プロポーザル\n事業者向け説明資料\n\n"
    "<!-- Slide number: 2 -->\n# 業務の概要\n履行期間：契約締結日から令和10年3月31日まで\n白浜町 商工観光課 | 2027.06\n2\n\n"
    "<!-- Slide number: 3 -->\n# スケジュール\nR9.6.7(月)\n募集開始\nR9.6.25(金) 17:00\n企画提案書 提出期限\n"
    "R9年7月\n契約締結(予定)\n白浜町 商工観光課 | 2027.06\n3\n\n"
    "<!-- Slide number: 4 -->\n# 問合せ\n商工観光課 kanko@example.jp\n白浜町 商工観光課 | 2027.06\n4\n"
)
LEAFLET = (
    "Harbour City Tourism App Development - Request for Proposals\n\n"
    "Scope\nThe work runs until 31 March 2028.\nHarbour City Tourism Office - June 2027\n2\n\n"
    "Timeline\n7 June 2027\nRFP issued\n25 June 2027, 17:00\nProposals due\nJuly 2027\nContract award\n"
    "Harbour City Tourism Office - June 2027\n3\n\n"
    "Contact\ntourism@example.jp\nHarbour City Tourism Office - June 2027\n4\n"
)
NUMBER_ABOVE = (
    "令和9年度 子育て支援アプリ構築業務 公募型プロポーザル 説明資料\n\n"
    "2\n令和9年6月 花崎市 こども未来課\n業務の概要\n履行期間:契約締結日から令和10年3月31日まで\n\n"
    "3\n令和9年6月 花崎市 こども未来課\nスケジュール\n6月7日(月)\n公募開始\n6月25日(金)17時\n企画提案書の提出期限\n"
    "令和9年8月\n契約締結(予定)\n\n"
    "4\n令和9年6月 花崎市 こども未来課\n問合せ先\nkodomo@example.jp\n"
)


def test_a_footer_by_each_pages_number_is_no_date_and_ends_a_date_first_run():
    # the footer's 「2027.06」 is the deck's month, no contract; the run's last pair stands right above the footer
    assert found(SLIDES) == [
        ("published", "2027-06-07", None, "date"),
        ("submission", "2027-06-25", "17:00", "datetime"),
        ("contract", "2027-07-01", None, "month"),
    ]
    assert found(LEAFLET) == [
        ("published", "2027-06-07", None, "date"),
        ("submission", "2027-06-25", "17:00", "datetime"),
        ("contract", "2027-07-01", None, "month"),
    ]
    assert found(NUMBER_ABOVE) == [
        ("published", "2027-06-07", None, "date"),
        ("submission", "2027-06-25", "17:00", "datetime"),
        ("contract", "2027-08-01", None, "month"),
    ]


GAZETTE_HEAD = (
    "翠峰県報\n第二千十五号\n令和九年六月一日発行\n発行 翠峰県総務部\n目 次\n告 示\n"
    "○保安林の指定について(森林保全課)……………一\n"
    "○観光動画制作業務委託に係る公募型プロポーザルの実施について(観光振興課)……………一\n"
)
FOREST_NOTICE = (
    "翠峰県告示第八十一号\n森林法の規定により、保安林を次のとおり指定した\nので告示する。\n令和九年六月一日\n翠峰県知事 青木 一郎\n"
    "名称 北原第三保安林\n所在場所 北原村大字北原字西山三百番\n面積 十二・五ヘクタール\n指定年月日 令和九年五月十四日(県議会議決)\n|\n"
)
CALL_NOTICE = (
    "翠峰県告示第八十二号\n観光動画制作業務委託に係る公募型プロポーザルの実施について\n観光動画制作業務委託の受託者を公募型プロポーザ\n"
    "ル方式により選定するため、次の\nとおり公告する。\n令和九年六月一日\n翠峰県知事 青木 一郎\n"
    "一 募集要項の配布\n(一) 配布期間 令和九年六月一日(火)から同\n年六月十八日(金)まで\n"
    "二 企画提案書の提出期限\n令和九年六月二十五日(金)午後五時\n"
)
CITY_GAZETTE = (
    "白砂市公報\n第88号\n2027年10月4日発行\n目 次\n"
    "○市道の供用開始について(道路課)……………1\n"
    "○図書館システム更新業務に係る公募型プロポーザルの実施について(図書館)……………2\n"
    "白砂市告示第140号\n道路法の規定により、市道の供用を次のとおり開始\nする。\n令和9年10月4日\n白砂市長 川口 二郎\n"
    "路線名 白砂南二号線\n区間 大字白砂字南浜一番から同字南浜九十番まで\n延長 四百十メートル\n"
    "供用開始年月日 令和9年9月27日(市議会議決)\n｜\n"
    "白砂市公示第12号\n図書館システム更新業務に係る公募型プロポーザルの実施について\n図書館システム更新業務の受託者を公募型プロポーザ\n"
    "ル方式により選定するため、次の\nとおり公示する。\n令和9年10月4日\n白砂市長 川口 二郎\n"
    "1 実施要領の配布\n(1) 配布期間 令和9年10月4日(月)から同\n月15日(金)まで\n"
    "2 企画提案書の提出期限\n令和9年11月5日(金)正午\n"
)


def test_a_gazette_on_one_line_gives_no_date_of_the_notice_before_to_the_calls_opening_sentence():
    # 「指定年月日 令和9年5月14日(県議会議決) | 翠峰県告示第八十二号 …次のとおり公告する。」: the words after the
    # next notice's number are that notice's, not the earlier notice's date's
    text = GAZETTE_HEAD + FOREST_NOTICE + CALL_NOTICE
    expected = [("published", "2027-06-01", None, "date"), ("submission", "2027-06-25", "17:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected
    expected = [("published", "2027-10-04", None, "date"), ("submission", "2027-11-05", "12:00", "datetime")]
    assert found(CITY_GAZETTE) == expected
    assert found(one_line(CITY_GAZETTE)) == expected
