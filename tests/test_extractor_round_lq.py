"""Devices of whole 入札説明書 and 募集要項 (round lq): each test a few invented lines written for its class."""

from tests.extractor_found import found

# --- a heading that lists an item's keys names no step: the section above it does --------------------------


def test_keys_listed_under_a_section_take_the_sections_step():
    text = (
        "８　質問の受付及び回答\n"
        "（１）質問の方法　質問票（様式第２号）を電子メールで送付すること。\n"
        "（２）受付期限及び回答日\n"
        "　　　第１回　受付期限　令和８年５月１４日（木）正午まで\n"
        "　　　　　　　回答日　　令和８年５月２１日（木）\n"
        "　　　第２回　受付期限　令和８年６月４日（木）正午まで\n"
        "　　　　　　　回答日　　令和８年６月１１日（木）\n"
        "（３）回答方法　市ホームページに掲載する。\n"
    )
    assert found(text) == [
        ("question", "2026-05-14", "12:00", "datetime"),
        ("answer", "2026-05-21", None, "date"),
        ("question", "2026-06-04", "12:00", "datetime"),
        ("answer", "2026-06-11", None, "date"),
    ]


def test_a_round_given_in_a_flow_and_in_the_body_is_one_step():
    text = (
        "２　スケジュール\n"
        "　質問の受付（第１回）　　５月１４日（木）まで\n"
        "　質問の受付（第２回）　　６月４日（木）まで\n"
        "　企画提案書の提出　　　　６月２５日（木）午後５時まで\n"
        "\n"
        "８　質問の受付及び回答\n"
        "（１）受付期限及び回答日\n"
        "　　　第１回　受付期限　令和８年５月１４日（木）正午まで\n"
        "　　　第２回　受付期限　令和８年６月４日（木）正午まで\n"
    )
    assert found(text) == [
        ("question", "2026-05-14", "12:00", "datetime"),
        ("question", "2026-06-04", "12:00", "datetime"),
        ("submission", "2026-06-25", "17:00", "datetime"),
    ]


# --- a table's time column: a remark in it is no step ------------------------------------------------------


def test_a_remark_in_the_time_column_names_no_step():
    text = (
        "| 年月日 | 時刻 | 内容 |\n"
        "|---|---|---|\n"
        "| 2027/5/10 | 17:00 | 参加申込書提出締切 |\n"
        "| 2027/5/24の週 | 別途通知 | プレゼンテーション審査 |\n"
        "| 2027/6月上旬 | ― | 審査結果通知 |\n"
    )
    assert found(text) == [
        ("application", "2027-05-10", "17:00", "datetime"),
        ("hearing", "2027-05-24", None, "date"),
        ("result", "2027-06-01", None, "early_month"),
    ]


def test_a_time_column_with_a_deadline_mark_still_gives_the_hour():
    text = (
        "  日付              曜日  時刻       内容\n"
        "  令和9年7月2日      金    ～17:00   参加申込書の提出締切\n"
        "  令和9年7月9日      金    ～12:00   質問書の提出締切\n"
    )
    assert found(text) == [
        ("application", "2027-07-02", "17:00", "datetime"),
        ("question", "2027-07-09", "12:00", "datetime"),
    ]


# --- a round of the selection in a flow's box, what it holds glossed below --------------------------------------


def test_a_flow_box_whose_name_goes_on_in_brackets_below():
    text = (
        "令和９年度\n"
        "　┏━━━━━━━━━━━━━━━━━━┓\n"
        "　┃　書類審査　　　　　　　　　　　┃　８月中旬\n"
        "　┗━━━━━━━━━━━━━━━━━━┛\n"
        "　　　　　　　　　▼\n"
        "　┏━━━━━━━━━━━━━━━━━━┓\n"
        "　┃　第２次審査　　　　　　　　　　┃　８月２６日（木）・２７日（金）\n"
        "　┃　（プレゼンテーション）　　　　┃\n"
        "　┗━━━━━━━━━━━━━━━━━━┛\n"
        "　　　　　　　　　▼\n"
        "　┏━━━━━━━━━━━━━━━━━━┓\n"
        "　┃　選定結果の通知　　　　　　　　┃　９月上旬\n"
        "　┗━━━━━━━━━━━━━━━━━━┛\n"
    )
    assert found(text) == [
        ("other", "2027-08-01", None, "mid_month"),
        ("hearing", "2027-08-26", None, "date"),
        ("result", "2027-09-01", None, "early_month"),
    ]
