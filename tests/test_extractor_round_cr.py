"""Change notices, round cr: a correction of a step's time or weekday alone (its day the old one's), an amending 告示
numbering its items in kanji with a date and its time replaced apart, a history of changes each moving a step from
the day the change before moved it to, an English corrigendum's 「for "…" read "…"」, and one sentence moving two
steps, each from its old date to its new one."""

import datetime as dt

from tests.extractor_found import steps


def test_a_correction_of_the_time_alone_keeps_the_corrected_step():
    text = (
        "参加表明書の提出期限\n"
        "　訂正前　令和8年6月19日（金）午後5時（必着）\n"
        "　訂正後　令和8年6月19日（金）正午（必着）\n"
        "プレゼンテーション審査\n"
        "　訂正前　令和8年7月9日（水）午後\n"
        "　訂正後　令和8年7月9日（木）午後\n"
    )
    found = steps(text)
    assert ("application", dt.date(2026, 6, 19), dt.time(12, 0), "datetime") in found
    assert ("hearing", dt.date(2026, 7, 9), None, "date") in found
    assert ("application", dt.date(2026, 6, 19), dt.time(17, 0), "datetime") not in found


def test_an_amending_kokuji_in_kanji_item_numbers_reads_the_items_named_in_a_note():
    text = (
        "日程を変更しました。\n"
        "告示中、「二の(三)」が企画提案書の提出期限、「二の(五)」が審査結果の通知に関する規定です。\n"
        "霞浦県告示第五十一号\n"
        "　令和九年三月一日霞浦県告示第四十号の一部を次のように改正する。\n"
        "　　令和九年三月十日\n"
        "　二の(三)中「三月二十六日」を「四月二日」に、「午後五時」を「正午」に改める。\n"
        "　二の(五)中「四月上旬」を「四月中旬」に改める。\n"
    )
    found = steps(text)
    assert ("submission", dt.date(2027, 4, 2), dt.time(12, 0), "datetime") in found
    assert ("result", dt.date(2027, 4, 1), None, "mid_month") in found
    assert all(day != dt.date(2027, 3, 26) for _, day, _, _ in found)


def test_a_history_of_changes_keeps_only_the_last_move_of_each_step():
    text = (
        "■変更履歴（新しい順）\n"
        "【第2回変更】\n"
        "・入札書の受付期限　令和8年10月16日(金)17時 → 令和8年10月23日(金)17時\n"
        "・開札日時　令和8年10月20日(火)10時 → 令和8年10月27日(火)10時\n"
        "【第1回変更】\n"
        "・入札書の受付期限　令和8年10月9日(金)17時 → 令和8年10月16日(金)17時\n"
        "・開札日時　令和8年10月13日(火)10時 → 令和8年10月20日(火)10時\n"
    )
    assert sorted(steps(text)) == [
        ("other", dt.date(2026, 10, 27), dt.time(10, 0), "datetime"),
        ("submission", dt.date(2026, 10, 23), dt.time(17, 0), "datetime"),
    ]


def test_an_english_for_read_correction_leaves_the_old_date_out():
    text = (
        "Summary of corrections\n"
        '(1) Time-limit for tender: for "5:00 p.m., 18 January, 2027" read "5:00 p.m., 25 January, 2027".\n'
    )
    assert steps(text) == [("submission", dt.date(2027, 1, 25), dt.time(17, 0), "datetime")]


def test_one_sentence_moving_two_steps_moves_each_from_its_old_date():
    text = (
        "スケジュール\n"
        "企画提案書提出期限　2026年7月31日（金）午後5時\n"
        "プレゼンテーション審査　2026年8月中旬\n"
        "\n"
        "企画提案書の提出期限を7月31日（金）から8月7日（金）午後5時（必着）に延長し、"
        "プレゼンテーション審査の日程を8月中旬から8月24日（月）に変更します。\n"
    )
    assert sorted(steps(text)) == [
        ("hearing", dt.date(2026, 8, 24), None, "date"),
        ("submission", dt.date(2026, 8, 7), dt.time(17, 0), "datetime"),
    ]
