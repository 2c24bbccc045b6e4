"""A step's hours on a line of their own under its date, read in one line (round hd): each test a few lines written
for its class, the line breaks taken out as a PDF's text layer or a copied page loses them."""

from tests.extractor_found import found, one_line

_PREAMBLE = (
    "公告\n"
    "次のとおり一般競争入札を行うので、地方自治法施行令第167条の6の規定により公告する。\n"
    "1 入札に付する事項\n"
    "(1) 件名 市民センター空調設備保守点検業務委託\n"
    "(2) 履行場所 市民センター本館及び別館\n"
    "(3) 履行期間 契約締結の日から令和10年3月31日まで\n"
    "2 入札に参加する者に必要な資格\n"
    "(1) 地方自治法施行令第167条の4の規定に該当しない者であること。\n"
    "(2) 市の競争入札参加資格者名簿に登載されている者であること。\n"
    "(3) 会社更生法に基づく更生手続開始の申立てがなされている者でないこと。\n"
    "(4) 民事再生法に基づく再生手続開始の申立てがなされている者でないこと。\n"
    "(5) 市から指名停止の措置を受けている期間中の者でないこと。\n"
)


def test_a_time_line_under_the_day_line_keeps_its_hours_in_one_line():
    text = _PREAMBLE + (
        "3 日程\n"
        "(1) 参加申請書の提出\n"
        "　　期日　令和9年8月6日(金)\n"
        "　　時間　午後3時まで(必着)\n"
        "　　方法　持参に限る。\n"
        "(2) 開札\n"
        "　　期日　令和9年8月20日(金)\n"
        "　　時間　午前11時\n"
        "　　場所　市役所本庁舎2階 入札室\n"
    )
    assert len(one_line(text).splitlines()[0]) > 400
    assert found(one_line(text)) == [
        ("application", "2027-08-06", "15:00", "datetime"),
        ("other", "2027-08-20", "11:00", "datetime"),
    ]


def test_a_window_with_its_office_hours_below_keeps_the_closing_hour_in_one_line():
    text = _PREAMBLE + (
        "3 申請書類の提出\n"
        "1.\t受付期間\t令和9年9月1日（水）から令和9年9月15日（水）まで\n"
        "\u3000\t受付時間は、土曜日及び日曜日を除く午前9時から午後4時までとします。\n"
        "2.\t提出方法\t持参に限ります。\n"
    )
    assert len(one_line(text).splitlines()[0]) > 400
    assert ("submission", "2027-09-15", "16:00", "datetime") in found(one_line(text))
