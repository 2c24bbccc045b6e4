"""Round ms: devices of writing converted calls use (slides, two-column leaflets, a gazette's OCR). Each test a few
lines written for its device (none copied from the development set)."""

from tests.extractor_found import found

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
