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
