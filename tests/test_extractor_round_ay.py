"""Text that came through other tools (round ay): a fax read by OCR, a table a screen reader speaks, a record
exported as JSON or YAML, a calendar exported as ICS; each test a few lines written for its class."""

from tests.extractor_found import found

# --- a fax read by OCR: a month or a day read as letters only, a ruled table's row wrapped ------------------------


def test_a_month_or_day_read_as_letters_only_is_read_as_its_digits():
    text = (
        "公 告\n"
        "(1) 交付期間  令和9年5月l日（土）から5月14日（金）まで\n"
        "(2) 参加申請書の提出期限  令和9年ll月5日（金）午後5時まで\n"
        "(3) 履行期間  令和10年4月1日から令和l3年3月3l日まで\n"
    )
    assert found(text) == [
        ("published", "2027-05-01", None, "date"),
        ("application", "2027-11-05", "17:00", "datetime"),
    ]


def test_a_ruled_correction_row_whose_label_and_times_wrap_is_one_row():
    text = (
        "訂正公告\n"
        "令和9年10月1日付けで公告した庁舎清掃業務委託の一般競争入札について、次のとおり訂正する。\n"
        "   ┌────────────┬────────────────┬────────────────┐\n"
        "   │ 訂正箇所   │ 訂正前         │ 訂正後         │\n"
        "   ├────────────┼────────────────┼────────────────┤\n"
        "   │ 入札参加   │ 令和9年10月8日 │ 令和9年10月12日│\n"
        "   │ 資格確認申 │ 午後5時まで    │ 正午まで       │\n"
        "   │ 請書の提出 │                │                │\n"
        "   └────────────┴────────────────┴────────────────┘\n"
        "※この公告は県公報（令和9年10月5日号外）にも登載している。\n"
    )
    # the corrected deadline with its wrapped time; the old one and the gazette's issue (「…日号外」) are no steps
    assert found(text) == [("application", "2027-10-12", "12:00", "datetime")]


# --- a page laid out for a phone: a step's words cut over short lines ----------------------------------------------

PHONE_PAGE = (
    "≡ メニュー\n\n"
    "ホーム\n＞入札・契約\n\n"
    "柚木町観光\nパンフレット\n作成業務\nプロポーザル\nの実施\n\n"
    "更新日：\n２０２９年\n５月７日\n\n"
    "■業務期間\n契約締結日～\n令和１２年\n２月２８日\n\n"
    "■日程\n\n"
    "●公告\n令和１１年\n５月７日（月）\n\n"
    "●質問書\nの提出期限\n５月１４日（月）\n正午まで\n\n"
    "●参加申込書\nの提出期限\n５月２１日（月）\n午後５時\n\n"
    "●企画提案書\nの提出\n期限\n６月４日（月）\n午後５時\n\n"
    "●プレゼン\nテーション\n６月中旬\n\n"
    "●審査結果\nの通知\n６月下旬\n\n"
    "■問合せ\n柚木町\n商工観光課\n☎\n000-0000-0000\n"
)


def test_a_phone_pages_short_lines_are_read_as_the_label_and_the_date_they_cut():
    assert found(PHONE_PAGE) == [
        ("published", "2029-05-07", None, "date"),
        ("question", "2029-05-14", "12:00", "datetime"),
        ("application", "2029-05-21", "17:00", "datetime"),
        ("submission", "2029-06-04", "17:00", "datetime"),
        ("hearing", "2029-06-01", None, "mid_month"),
        ("result", "2029-06-01", None, "late_month"),
    ]


# --- a table as a screen reader speaks it: each cell on a line after its column's heading --------------------------


def test_a_spoken_table_is_read_row_by_row():
    text = (
        "見出しレベル2\n日程\n"
        "表：日程（3行、2列）\n"
        "列見出し：手続、期日\n"
        "行1\n手続：参加申込書の提出期限\n期日：2027年4月9日（金曜日）正午まで\n"
        "行2\n手続：質問への回答\n期日：2027年4月14日（水曜日）までに本ページに掲載予定\n"
        "行3\n手続：企画提案書の提出期限\n期日：2027年4月23日（金曜日）午後5時まで\n"
        "表の終わり\n"
        "・リンク：質問への回答（2027年4月14日掲載予定）\n"
    )
    # the answer's own row: 「本ページに掲載」 in its date's cell puts up the answer, it opens no call
    assert found(text) == [
        ("application", "2027-04-09", "12:00", "datetime"),
        ("answer", "2027-04-14", None, "date"),
        ("submission", "2027-04-23", "17:00", "datetime"),
    ]


# --- a record exported as JSON or YAML: each step's object or list item read as a schedule row --------------------


def test_a_json_exports_step_objects_are_read_as_rows_and_its_stamps_are_no_steps():
    text = (
        "{\n"
        '  "exported_at": "2029-02-03T10:11:12+09:00",\n'
        '  "case": {\n'
        '    "title": "給食センター配送業務委託",\n'
        '    "koukoku_bi": "2029-02-01",\n'
        '    "rikou_kikan": {\n'
        '      "from": "契約締結日の翌日",\n'
        '      "to": "2030-03-31"\n'
        "    },\n"
        '    "schedule": [\n'
        "      {\n"
        '        "item": "質問の受付期限",\n'
        '        "from": null,\n'
        '        "to": "2029-02-08T17:00:00+09:00"\n'
        "      },\n"
        "      {\n"
        '        "item": "入札書の提出",\n'
        '        "from": "2029-02-19T09:00:00+09:00",\n'
        '        "to": "2029-02-20T12:00:00+09:00"\n'
        "      },\n"
        "      {\n"
        '        "item": "開札",\n'
        '        "from": "2029-02-21T10:00:00+09:00",\n'
        '        "to": null\n'
        "      }\n"
        "    ],\n"
        '    "keiyaku_yotei": "2029年3月上旬",\n'
        '    "created_at": "2029-01-30T15:00:00+09:00",\n'
        '    "updated_at": "2029-02-01T08:30:00+09:00"\n'
        "  }\n"
        "}\n"
    )
    assert found(text) == [
        ("published", "2029-02-01", None, "date"),
        ("question", "2029-02-08", "17:00", "datetime"),
        ("submission", "2029-02-20", "12:00", "datetime"),
        ("other", "2029-02-21", "10:00", "datetime"),
        ("contract", "2029-03-01", None, "early_month"),
    ]


def test_a_yaml_exports_step_items_are_read_as_rows():
    text = (
        "# generated: 2029-05-02 09:00:00 +09:00\n"
        "---\n"
        "title: 市民体育館の指定管理者の募集\n"
        "designation_period:\n"
        "  start: 2030-04-01\n"
        "  end: 2035-03-31\n"
        "schedule:\n"
        "  - step: 現地説明会\n"
        "    date: 2029-05-20\n"
        '    time: "14:00"\n'
        "  - step: 申請書類の受付\n"
        "    start: 2029-06-11\n"
        "    end: 2029-06-15\n"
        '    hours: "09:00-17:00"\n'
        "    note: 持参に限る\n"
        "  - step: 指定管理者候補者の決定・通知\n"
        "    period: 2029年7月下旬\n"
        "history:\n"
        "  - at: 2029-05-01T09:00:00+09:00\n"
        "    action: 公開\n"
    )
    assert found(text) == [
        ("other", "2029-05-20", "14:00", "datetime"),
        ("submission", "2029-06-15", "17:00", "datetime"),
        ("result", "2029-07-01", None, "late_month"),
    ]


# --- a calendar exported as ICS: each event a row of its summary and its start -------------------------------------


def test_an_ics_exports_events_are_read_as_rows_and_its_stamps_are_no_steps():
    text = (
        "BEGIN:VCALENDAR\r\n"
        "VERSION:2.0\r\n"
        "X-WR-CALNAME:防災マップ作成業務 プロポーザル日程\r\n"
        "BEGIN:VEVENT\r\n"
        "DTSTAMP:20290901T010203Z\r\n"
        "CREATED:20290828T061544Z\r\n"
        "DTSTART;VALUE=DATE:20290903\r\n"
        "DTEND;VALUE=DATE:20290904\r\n"
        "SUMMARY:公募開始（実施要領の公表）\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\n"
        "LAST-MODIFIED:20290905T083012Z\r\n"
        "DTSTART;TZID=Asia/Tokyo:20290914T170000\r\n"
        "DTEND;TZID=Asia/Tokyo:20290914T170000\r\n"
        "SUMMARY:参加申込書の提出期限\r\n"
        "DESCRIPTION:参加申込書（様式第1号）を持参又は郵送で提出してください。\\n郵送の場合は期\r\n"
        " 限内必着。\r\n"
        "BEGIN:VALARM\r\n"
        "TRIGGER:-P1D\r\n"
        "DESCRIPTION:参加申込書の提出期限\r\n"
        "END:VALARM\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\n"
        "DTSTART:20290928T040000Z\r\n"
        "DTEND:20290928T080000Z\r\n"
        "SUMMARY:プレゼンテーション審査\r\n"
        "END:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    # (an event in UTC 「…T040000Z」 starts at 13:00 in Japan; the all-day event's DTEND is the day after)
    assert found(text) == [
        ("published", "2029-09-03", None, "date"),
        ("application", "2029-09-14", "17:00", "datetime"),
        ("hearing", "2029-09-28", "13:00", "datetime"),
    ]
