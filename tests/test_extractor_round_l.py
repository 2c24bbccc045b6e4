"""Era dates aligned with dots and spaces, one time given for several items, a time in a column's name or in a
step's own bracket (round l): each test a few lines written for its class."""

from tests.extractor_found import found

# --- era dates written with dots and spaces -------------------------------------------------------------------


def test_era_dates_aligned_with_spaces_after_the_dots_are_read():
    text = (
        "令和8年度 水道料金収納業務委託 プロポーザル\n"
        "　　日付　　　　　　　　内容\n"
        "　　R8. 9. 1(火)　　　公募開始\n"
        "　　R8. 9.11(金)　　　質問書提出期限（17:00）\n"
        "　　R8.10.16(金)　　　企画提案書提出期限（17:00）\n"
        "　　R8.11 上旬　　　　優先交渉権者の決定\n"
        "　　R8.11 下旬　　　　契約締結\n"
    )
    assert found(text) == [
        ("published", "2026-09-01", None, "date"),
        ("question", "2026-09-11", "17:00", "datetime"),
        ("submission", "2026-10-16", "17:00", "datetime"),
        ("result", "2026-11-01", None, "early_month"),
        ("contract", "2026-11-01", None, "late_month"),
    ]


def test_an_era_name_written_out_or_full_width_reads_the_same():
    text = "参加申込書の提出期限　令和8. 9.18(金)　午後5時\n企画提案書の提出期限　Ｒ　８．１０．　２（金）正午\n"
    assert found(text) == [
        ("application", "2026-09-18", "17:00", "datetime"),
        ("submission", "2026-10-02", "12:00", "datetime"),
    ]
    text = "1 質問の受付　R 8. 7. 3(金)まで\n2 審査結果の通知　令和8.8月下旬\n"
    assert found(text)[0] == ("question", "2026-07-03", None, "date")


def test_two_steps_on_one_timeline_row_are_parted_by_a_full_width_slash():
    text = "R8. 9.11(金)　　　質問書提出期限（17:00）\nR8. 9.18(金)　　　質問回答（HP掲載）／参加表明書提出期限（17:00）\n"
    assert found(text) == [
        ("question", "2026-09-11", "17:00", "datetime"),
        ("answer", "2026-09-18", None, "date"),
        ("application", "2026-09-18", "17:00", "datetime"),
    ]


def test_an_era_year_and_month_without_its_part_is_no_date():
    text = "（本要領はR5.4改定の事務処理要領による。）\n企画提案書の提出期限　R8.10.16(金)\n"
    assert found(text) == [("submission", "2026-10-16", None, "date")]
