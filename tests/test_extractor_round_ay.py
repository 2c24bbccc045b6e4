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
