"""Notices read as one line (every line break a space): the structure the line breaks carried, read from what
remains of it."""

import datetime as dt

from tests.extractor_found import steps

# a change notice's table spaced into columns (the step, then each version's date), its head's second line under the
# versions' columns only (when each was given), a time wrapped under its date
SPACED_HEAD_ON_TWO_LINES = (
    "                                                            令和9年3月19日\n"
    "  入札参加者 各位\n"
    "\n"
    "          市民会館舞台照明改修工事 入札日程の延長について\n"
    "\n"
    "  標記工事について、下記のとおり入札日程を延長します。\n"
    "\n"
    "                                    記\n"
    "\n"
    "1 延長後の日程\n"
    "\n"
    "  項目                  当初                    前回延長                今回延長\n"
    "                        (令和9年3月1日公告)   (令和9年3月10日付け)\n"
    "  ---------------------------------------------------------------------\n"
    "  入札書の提出期限      令和9年3月24日(水)      令和9年3月31日(水)      令和9年4月7日(水)\n"
    "                        午後4時                 午後4時                 午後4時\n"
    "  開札                  令和9年3月26日(金)      令和9年4月2日(金)       令和9年4月9日(金)\n"
    "                        午前10時                午前10時                午前10時\n"
    "  ---------------------------------------------------------------------\n"
    "  ※ 今回延長の日程は右端の欄のとおりです。\n"
    "\n"
    "2 その他\n"
    "  上記以外の日程に変更はありません。\n"
)


def test_a_spaced_tables_head_whose_second_line_stands_under_its_later_columns_keeps_the_columns_on_one_line():
    expected = [
        ("submission", dt.date(2027, 4, 7), dt.time(16, 0), "datetime"),
        ("other", dt.date(2027, 4, 9), dt.time(10, 0), "datetime"),
    ]  # (the rightmost column, this change's: the earlier versions' dates are none of its steps)
    assert steps(SPACED_HEAD_ON_TWO_LINES) == expected
    assert steps(SPACED_HEAD_ON_TWO_LINES.replace("\n", " ")) == expected
