"""A notice run onto one line (round hl): each test a few lines written for its class, read as written and run
together."""

from tests.extractor_found import found, one_line

# --- a window's daily hours in the sentence after it -------------------------------------------------------


def test_a_windows_daily_hours_in_the_next_sentence_close_it_on_one_line():
    text = (
        "4 応募の手続\n"
        "応募を希望する方は、申込書(様式第2号)を、9月7日(月)から9月11日(金)まで\n"
        "の間に担当課へ持参してください。受付時間は午前9時から午後4時まで(正午から午後1時までを除く。)です。\n"
        "郵送による場合も、9月11日(金)の午後4時必着とします。\n"
        "5 企画提案書の提出\n"
        "10月2日(金)午後5時までに提出してください。\n"
        "6 問合せ先\n"
        "令和8年度 観光課 電話 000-0000-0000 受付時間 午前8時30分から午後5時15分まで\n"
    )
    assert found(text)[0] == ("application", "2026-09-11", "16:00", "datetime")
    assert found(one_line(text)) == found(text)


def test_hours_cut_between_hour_and_minutes_by_a_cells_wrap_close_the_window_on_one_line():
    text = (
        "  日程\n"
        "  申請      申請書類の受付          令和8年7月21日(火)~7月31日(金)     持参に限る。受付時間は\n"
        "                                                                       午前8時30分から午後5時\n"
        "                                                                       15分まで(土日を除く。)\n"
        "            審査結果の通知          令和8年8月下旬\n"
    )
    assert ("submission", "2026-07-31", "17:15", "datetime") in found(one_line(text))
