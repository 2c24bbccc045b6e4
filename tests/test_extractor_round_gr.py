"""Change notices whose new dates sit in forms other than a plain 訂正前／訂正後 table (round gr)."""

import datetime as dt

from tests.extractor_found import steps


def test_step_columns_marked_as_the_new_version_give_each_lot_its_new_dates():
    text = (
        "舗装補修工事の開札日の延期について\n"
        "| 区分 | 件名 | 入札締切(当初) | 開札(当初) | 入札締切（延期後） | 開札（延期後） |\n"
        "|---|---|---|---|---|---|\n"
        "| A地区 | 舗装補修工事A | 2028/5/10(水) 12:00 | 2028/5/12(金) 9:30 | 2028/5/17(水) 12:00 | 2028/5/19(金) 9:30 |\n"
        "| B地区 | 舗装補修工事B | 2028/5/10(水) 12:00 | 2028/5/12(金) 11:00 | 2028/5/17(水) 12:00 | 2028/5/19(金) 11:00 |\n"
    )
    assert sorted(steps(text)) == [
        ("other", dt.date(2028, 5, 19), dt.time(9, 30), "datetime"),
        ("other", dt.date(2028, 5, 19), dt.time(11, 0), "datetime"),
        ("submission", dt.date(2028, 5, 17), dt.time(12, 0), "datetime"),
        ("submission", dt.date(2028, 5, 17), dt.time(12, 0), "datetime"),
    ]


def test_step_columns_named_after_the_change_before_the_step():
    text = (
        "入札日程の変更について\n"
        "| 工区 | 当初の入札書提出期限 | 変更後の入札書提出期限 |\n"
        "|---|---|---|\n"
        "| 第1工区 | 令和10年6月2日(金)17時 | 令和10年6月9日(金)17時 |\n"
        "| 第2工区 | 令和10年6月2日(金)17時 | 令和10年6月16日(金)17時 |\n"
    )
    assert steps(text) == [
        ("submission", dt.date(2028, 6, 9), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2028, 6, 16), dt.time(17, 0), "datetime"),
    ]
