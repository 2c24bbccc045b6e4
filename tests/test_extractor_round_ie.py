"""Schedules whose steps and dates are tied by position, not by lines (round ie): a flow of steps with each step's
day and time written under it, outside its boxes; a box-drawn table whose date cell wraps over three lines."""

from tests.extractor_found import found

# --- a flow of steps dated under it ---------------------------------------------------------------------------


def test_boxes_side_by_side_take_the_dates_written_under_them():
    text = (
        "４　手続の流れ\n"
        "┌──────────┐　┌──────────┐　┌──────────┐\n"
        "│　　募集開始　　　　│→│　申込書の受付　　　│→│　　選考結果　　　　│\n"
        "│（要項の公開）　　　│　│（郵送に限る）　　　│　│（文書で通知）　　　│\n"
        "└──────────┘　└──────────┘　└──────────┘\n"
        "　令和10年1月7日(金)　　　1月11日(火)～　　　　　2月2日(水)\n"
        "　　　　　　　　　　　　　1月19日(水)正午\n"
    )
    assert found(text) == [
        ("published", "2028-01-07", None, "date"),
        ("application", "2028-01-19", "12:00", "datetime"),
        ("result", "2028-02-02", None, "date"),
    ]


def test_steps_parted_by_arrows_take_the_days_and_times_under_them():
    text = (
        "■日程\n"
        "\n"
        "　質問受付　　→　　提案書提出　　→　　面　接　　→　　選定結果\n"
        "R9.10.1(金)～　　　10/22(金)　　　　11/5(金)　　　　11月中旬\n"
        "10/8(金)15:00　　　16:00まで　　　　10:00～　　　　（予定）\n"
        "\n"
    )
    assert found(text) == [
        ("question", "2027-10-08", "15:00", "datetime"),
        ("submission", "2027-10-22", "16:00", "datetime"),
        ("hearing", "2027-11-05", "10:00", "datetime"),
        ("result", "2027-11-01", None, "mid_month"),
    ]


def test_words_over_a_day_under_a_box_name_what_of_its_step_falls_on_it():
    text = (
        "手続の流れ（いずれも令和10年）\n"
        "┌──────┐　┌──────┐　┌──────┐\n"
        "│　公　告　　│→│ 書類審査　 │→│ 提案書提出 │\n"
        "└──────┘　└──────┘　└──────┘\n"
        "　6/2(金)　　　　審査結果　　　　6/27(火)\n"
        "　　　　　　　　6/13(火)　　　　正午まで\n"
    )
    assert found(text) == [
        ("published", "2028-06-02", None, "date"),
        ("result", "2028-06-13", None, "date"),
        ("submission", "2028-06-27", "12:00", "datetime"),
    ]
