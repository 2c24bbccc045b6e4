"""Change notices: a change table whose new cell names the half of a moment it changes (「日付」 or 「時刻」), the other
half in the old column; and a note 「（注）訂正前の日程は、…」 under a restated schedule, no old value of its last row."""

import datetime as dt

from tests.extractor_found import steps

HEAD = "入札説明書等の一部変更について\n\n令和9年4月2日付けで公告した庁舎空調設備保守業務について、次のとおり変更します。\n\n"


def test_box_table_hour_only_takes_the_old_day_and_day_only_the_old_hour():
    text = HEAD + (
        "┌──┬────────────┬──────────┬──────────┐\n"
        "│番号│項目                  │変更箇所            │変更前（参考）      │\n"
        "├──┼────────────┼──────────┼──────────┤\n"
        "│ 1 │現地説明会の日時      │時刻                │R9.4.20（火）       │\n"
        "│   │                      │15時30分            │9時30分             │\n"
        "├──┼────────────┼──────────┼──────────┤\n"
        "│ 2 │入札書の提出期限      │日付                │R9.5.7（金）        │\n"
        "│   │                      │R9.5.14（金）       │16時00分            │\n"
        "└──┴────────────┴──────────┴──────────┘\n"
    )
    assert steps(text) == [
        ("other", dt.date(2027, 4, 20), dt.time(15, 30), "datetime"),
        ("submission", dt.date(2027, 5, 14), dt.time(16, 0), "datetime"),
    ]


def test_tab_table_day_only_and_hour_only_keyed_with_a_colon():
    text = HEAD + (
        "項目\t変更後\t変更前\n"
        "参加申請書の提出期限\t日付：令和9年4月28日(水)\t令和9年4月21日(水)午後5時\n"
        "開札日時\t時刻：午後2時\t令和9年5月17日(月)午前10時\n"
    )
    assert steps(text) == [
        ("application", dt.date(2027, 4, 28), dt.time(17, 0), "datetime"),
        ("other", dt.date(2027, 5, 17), dt.time(14, 0), "datetime"),
    ]


def test_a_new_cell_with_both_halves_is_read_as_written():
    text = HEAD + (
        "項目\t変更後\t変更前\n"
        "入札書の提出期限\t日付：令和9年5月14日(金)\t令和9年5月7日(金)午後4時\n"
        "開札日時\t日付 令和9年5月18日(火) 時刻 午後1時30分\t令和9年5月17日(月)午前10時\n"
    )
    assert steps(text)[-1] == ("other", dt.date(2027, 5, 18), dt.time(13, 30), "datetime")


SCHEDULE = (
    "入札公告の訂正について\n\n令和9年5月20日付けで公告した庁舎清掃業務委託について、下記のとおり訂正します。\n\n"
    "訂正後の日程\n"
    "１　参加申請書の提出期限　令和9年6月20日（金）午後5時　【訂正】\n"
    "２　質問の受付期限　　　　令和9年6月25日（水）正午\n"
    "３　入札書の提出期限　　　令和9年7月9日（水）午後5時　【訂正】\n"
    "４　開札日時　　　　　　　令和9年7月10日（木）午前10時\n"
    "５　契約締結　　　　　　　令和9年7月20日（火）\n\n"
    "（注）{word}の日程は、参加申請書の提出期限が令和9年6月13日（金）午後5時、入札書の提出期限が令和9年7月2日（水）"
    "午後5時となっていた。\n"
)


def test_a_note_on_the_old_schedule_does_not_mark_the_last_row_changed():
    changed = [
        ("application", dt.date(2027, 6, 20), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 7, 9), dt.time(17, 0), "datetime"),
    ]
    for word in ("訂正前", "従前", "変更前"):
        assert steps(SCHEDULE.format(word=word)) == changed, word
