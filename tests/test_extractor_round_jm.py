"""The one-line shape (round jm): a notice read with every line break turned into a space reads as it does written,
where the structure its line breaks carried survives in what is left (a row's cells in turn, a YAML export's indents).
Each test a short text written for its class."""

from tests.extractor_found import found, one_line

# --- a row's day and hour, then the form its paper goes on ---------------------------------------------------


def test_a_rows_deadline_followed_by_its_form_number_is_the_steps_deadline():
    # (a Word table copied one cell a line and run onto one line: the form's cell comes right after the hour)
    text = (
        "表２ スケジュール\n"
        "1 実施要領の公表 令和９年４月５日（月） ホームページに掲載\n"
        "2 質問受付期限 令和９年４月12日（月）17時 様式第２号を電子メールで提出\n"
        "3 参加申込期限 令和９年４月19日（月）午後５時 様式第３号。持参又は郵送\n"
    )
    assert found(text) == [
        ("published", "2027-04-05", None, "date"),
        ("question", "2027-04-12", "17:00", "datetime"),
        ("application", "2027-04-19", "17:00", "datetime"),
    ]


def test_a_date_of_a_law_or_an_update_of_a_form_stays_out():
    text = (
        "1 企画提案書の提出期限 令和９年６月４日（金）正午\n"
        "2 個人情報の保護に関する条例（令和3年3月26日条例第12号）を遵守すること。\n"
        "\n"
        "更新履歴\n"
        "2027/05/18　様式第3号（見積書）をExcel形式に差し替えました。\n"
    )
    assert found(text) == [("submission", "2027-06-04", "12:00", "datetime")]


# --- a YAML export run onto one line ------------------------------------------------------------------------

YAML = (
    "# 調達案件エクスポート\n"
    "case:\n"
    "  id: R9-KK-0042\n"
    "  title: 星見町観光パンフレット作成業務委託\n"
    "  method: 公募型プロポーザル\n"
    "  schedule:\n"
    "    - step: 実施要領の配布\n"
    "      start: 2027-05-10\n"
    "      end: 2027-05-28\n"
    "      note: 町ホームページからダウンロード\n"
    "    - step: 質問の受付期限\n"
    "      date: 2027-05-17\n"
    '      time: "17:00"\n'
    "      note: 電子メールに限る\n"
    "    - step: 企画提案書の受付\n"
    "      start: 2027-05-24\n"
    "      end: 2027-05-28\n"
    '      hours: "09:00-17:00"\n'
    "    - step: 書類審査\n"
    "      period: 2027年6月上旬\n"
    "  contact:\n"
    "    section: 企画課\n"
    "    tel: 000-0000-0000\n"
)


def test_a_yaml_export_run_onto_one_line_reads_as_written():
    assert len(one_line(YAML)) > 400
    assert found(one_line(YAML)) == found(YAML)
    assert ("submission", "2027-05-28", "17:00", "datetime") in found(one_line(YAML))
    assert ("other", "2027-06-01", None, "early_month") in found(one_line(YAML))


def test_keys_in_prose_run_onto_one_line_are_no_yaml():
    text = (
        "お知らせ 本業務の企画提案を募集します。詳細は次のとおりです。 Note: 英語版もあります。 "
        "提出先: 企画課 " * 6 + "企画提案書の提出期限 令和９年６月４日（金）正午 "
    )
    assert found(text) == [("submission", "2027-06-04", "12:00", "datetime")]


# --- a page of two columns (pdftotext -layout) run onto one line ---------------------------------------------

# the right column set by characters, not by display width (half-width letters in the left column move it a display
# column or two from line to line), the left column's items numbered 「(1)」, their dates set in under them, the last
# ones beside an empty right column
_PAGE = [
    ("１ 目的", "５ 質問の受付及び回答"),
    (" 本要領は、星見町観光振興計画策定支援業務", " (1) 質問は、質問書(様式第4号)に記載し、"),
    ("委託の受託者を選定するため必要な事項を定める。", "   電子メールで提出すること。"),
    ("２ 業務の概要", " (2) 受付期限は、4(2)に示す日時とする。"),
    (" (1) 業務名 星見町観光振興計画策定支援業務", " (3) 回答は、4(3)に示す日に町ホームペー"),
    (" (2) 提案上限額 ９，９００，０００円（税込）", "   ジに掲載する。"),
    (" (3) 業務期間 契約締結日から令和１０年３月１７日", "６ 参加申込"),
    ("   まで", " (1) 提出書類 参加申込書(様式第1号)"),
    ("３ 参加資格", " (2) 提出方法 持参又は郵送(期限内必着)"),
    (" (1) 地方自治法施行令第１６７条の４の規定に", " (3) 受付時間 午前9時から午後5時まで"),
    ("   該当しない者", "７ 企画提案書"),
    (" (2) 入札参加資格者名簿に登録されている者", " (1) 提出部数 正本1部、副本6部"),
    ("４ スケジュール", " (2) 記載事項 業務実施方針、実施体制"),
    (" (1) 公告日", " (3) 提出方法 持参に限る。"),
    ("   令和９年９月２４日（金）", "８ 審査"),
    (" (2) 質問受付期限", " (1) 審査は、選定委員会が行う。"),
    ("   令和９年１０月１日（金）午後５時", " (2) 審査結果は、参加者全員に書面で"),
    (" (3) 質問に対する回答", "   通知する。"),
    ("   令和９年１０月６日（水）", ""),
    (" (4) 参加申込書の提出期限", "９ 問合せ先"),
    ("   令和９年１０月８日（金）午後５時", " 星見町 企画課 電話 000-0000-0000"),
    (" (5) 企画提案書の提出期限", ""),
    ("   令和９年１０月２６日（火）正午", ""),
]


def _padded(left: str) -> str:
    """``left`` padded to the right column: 50 display columns, one more after an item's number (「 (1) 」)."""
    width = sum(2 if ord(char) > 0x7F else 1 for char in left)
    return left + " " * (50 - width + left.startswith(" ("))


TWO_COLUMNS = "      星見町観光振興計画策定支援業務委託 公募型プロポーザル実施要領\n" + "".join(
    (_padded(left) + right).rstrip() + "\n" for left, right in _PAGE
)


def test_a_two_column_page_aligned_by_characters_run_onto_one_line_reads_as_written():
    written, run_on = found(TWO_COLUMNS), found(one_line(TWO_COLUMNS))
    for step in [
        ("published", "2027-09-24", None, "date"),
        ("question", "2027-10-01", "17:00", "datetime"),
        ("submission", "2027-10-26", "12:00", "datetime"),
    ]:
        assert step in written
        assert step in run_on


def test_the_right_columns_words_are_no_step_of_the_left_columns_dates():
    # (「通知する。」 beside 「(4) 参加申込書の提出期限」, the date on the line below: the step's, not the sentence's)
    steps = found(one_line(TWO_COLUMNS))
    assert ("application", "2027-10-08", "17:00", "datetime") in steps
    assert all(date != "2028-03-17" for _, date, *_ in steps)  # (the work's period, in the left column)
