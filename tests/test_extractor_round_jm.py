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
