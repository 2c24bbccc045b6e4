"""Unusual forms seen again in other instances (round bg): a table a screen reader speaks by row and column number,
a month's calendar pasted from a spreadsheet, a system export's English keys, a page wrapped for a phone's narrow
screen, a flow chart's connector beside a box; each test a few lines written for its class."""

from tests.extractor_found import found

# --- a table a screen reader speaks cell by cell, each cell named by its row and column numbers --------------------


def test_a_table_spoken_by_row_and_column_numbers_is_read_row_by_row():
    text = (
        "見出し レベル 2  日程\n"
        "表  4 行  3 列\n"
        "キャプション  日程表\n"
        "行 1  列 1  項目\n"
        "列 2  期日\n"
        "列 3  備考\n"
        "行 2  項目  列 1  参加申込書の提出期限\n"
        "期日  列 2  令和10年5月14日（金）正午\n"
        "備考  列 3  空白\n"
        "行 3  項目  列 1  質問への回答\n"
        "期日  列 2  令和10年5月20日（木）\n"
        "備考  列 3  ホームページに掲載\n"
        "行 4  項目  列 1  企画提案書の提出期限\n"
        "期日  列 2  令和10年6月1日（火）午後5時\n"
        "備考  列 3  持参のみ\n"
        "表終了\n"
        "更新日：2028年4月20日\n"
    )
    assert found(text) == [
        ("application", "2028-05-14", "12:00", "datetime"),
        ("answer", "2028-05-20", None, "date"),
        ("submission", "2028-06-01", "17:00", "datetime"),
    ]


# --- a month's calendar copied from a spreadsheet: the month, the weekdays, a week a row, a day's words in its cell --


def test_a_calendar_grid_pasted_from_a_spreadsheet_dates_each_days_words():
    text = (
        "清掃業務委託 提案スケジュール\n"
        "\t作成：総務課\t更新：2029/07/02 10:15\n"
        "\n"
        "2029年7月\n"
        "日\t月\t火\t水\t木\t金\t土\n"
        '1\t"2\n募集開始"\t3\t4\t5\t6\t7\n'
        '8\t9\t10\t11\t12\t"13\n質問締切\n17:00"\t14\n'
        '15\t"16\n海の日"\t17\t18\t19\t"20\n質問回答"\t21\n'
        '22\t23\t24\t25\t26\t"27\n★提案書締切\n正午必着"\t28\n'
        "29\t30\t31\t\t\t\t\n"
    )
    assert found(text) == [
        ("published", "2029-07-02", None, "date"),
        ("question", "2029-07-13", "17:00", "datetime"),
        ("answer", "2029-07-20", None, "date"),
        ("submission", "2029-07-27", "12:00", "datetime"),
    ]


# --- a system's export with English keys: each key read as the Japanese it names ---------------------------------


def test_an_exports_english_keys_name_its_steps_and_its_stamps_stay_out():
    text = (
        "{\n"
        '  "generated_at": "2028-10-03T09:00:00+09:00",\n'
        '  "title": "庁舎警備業務",\n'
        '  "announcement_date": "2028-10-01",\n'
        '  "schedule": {\n'
        '    "question_deadline": "2028-10-08T17:00:00+09:00",\n'
        '    "answer_date": "2028-10-14",\n'
        '    "bid_deadline": "2028-10-22T12:00:00+09:00",\n'
        '    "briefing_session": null\n'
        "  },\n"
        '  "period_end": "2029-03-31",\n'
        '  "updated_at": "2028-10-02T11:00:00+09:00"\n'
        "}\n"
    )
    assert found(text) == [
        ("published", "2028-10-01", None, "date"),
        ("question", "2028-10-08", "17:00", "datetime"),
        ("answer", "2028-10-14", None, "date"),
        ("submission", "2028-10-22", "12:00", "datetime"),
    ]


# --- a page for a phone's narrow screen, wrapped wherever its line fills (no blank line between its blocks) --------


def test_a_phone_page_wrapped_at_its_narrow_width_joins_its_dates_and_times():
    lines = (
        "≡ メニュー\nホーム\n>事業者の方\n>入札・契約\n"
        "令和11年度町\n民プール監視\n業務委託の企\n画提案を募集\nします\n"
        "更新日：\n2029年2月1日\nページ番号：\n4410\n"
        "町では、令和\n11年度の町民\nプールの監視\n業務を委託す\nる事業者を募\n集します。\n"
        "スケジュール\n募集開始\n令和11年2月\n1日（木）\n"
        "質問受付期限\n令和11年2月\n9日（金）午\n後5時まで\n"
        "企画提案書の\n提出期限\n令和11年2月\n22日（木）正\n午まで（必着\n）\n"
        "プレゼンテー\nション審査\n令和11年3月\n5日（火）午\n前10時から\n"
        "審査結果通知\n令和11年3月\n中旬（予定）\n"
        "参加資格\n・令和9年度以\n降にプールの\n監視業務を受\n託した実績が\nあること\n"
        "関連ファイル\n実施要領（PD\nF：300KB）\n仕様書（PDF\n：200KB）\n"
        "お問い合わせ\n生涯学習課\n"
    )
    assert found(lines) == [
        ("published", "2029-02-01", None, "date"),
        ("question", "2029-02-09", "17:00", "datetime"),
        ("submission", "2029-02-22", "12:00", "datetime"),
        ("hearing", "2029-03-05", "10:00", "datetime"),
        ("result", "2029-03-01", None, "mid_month"),
    ]


# --- a flow chart's box with a connector drawn from its side to the other lane -----------------------------------


def test_a_connector_drawn_from_a_boxs_side_leaves_the_boxs_words_its_step():
    text = (
        "事務の流れ\n"
        "　　　　　市　　　　　　　　　　　　　　　　事業者\n"
        "┏━━━━━━━━━━━━━━━━┓\n"
        "┃ 公告                           ┃\n"
        "┃ R10.9.1(金)                    ┃\n"
        "┗━━━━━━━━━━━━━━━━┛\n"
        "　　　　　│　　　　　　　　　┌──────────────┐\n"
        "　　　　　│　　　　　　　　　│ 質問書の提出               │\n"
        "　　　　　│　　　　　　　　　│ R10.9.8(金) 17:00まで      │\n"
        "　　　　　↓　　　　　　　　　└──────────────┘\n"
        "┏━━━━━━━━━━━━━━━━┓　　　　　│\n"
        "┃ 質問への回答                   ┃←─────────┘\n"
        "┃ R10.9.15(金)                   ┃\n"
        "┗━━━━━━━━━━━━━━━━┛\n"
        "　　　　　↓\n"
        "┏━━━━━━━━━━━━━━━━┓　　　　　　　\n"
        "┃ 現地説明会                     ┃←─────────┐\n"
        "┃ R10.9.20(水) 14:00             ┃\n"
        "┗━━━━━━━━━━━━━━━━┛\n"
    )
    assert found(text) == [
        ("published", "2028-09-01", None, "date"),
        ("question", "2028-09-08", "17:00", "datetime"),
        ("answer", "2028-09-15", None, "date"),
        ("other", "2028-09-20", "14:00", "datetime"),
    ]
