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
    text = "1 質問の受付　R 8. 7. 3(金)まで\n2 審査結果の通知　2026. 7.24(金)\n"
    assert found(text) == [("question", "2026-07-03", None, "date"), ("result", "2026-07-24", None, "date")]


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


# --- a time given once for several items ---------------------------------------------------------------------


def test_a_note_gives_its_time_to_the_items_it_names_by_number():
    text = (
        "4　日程\n"
        "　①　募集要項の配布　　　　令和9年1月8日(金)\n"
        "　②　質問書の提出期限　　　令和9年1月15日(金)\n"
        "　③　質問への回答　　　　　令和9年1月20日(水)\n"
        "　④　参加申込書の提出期限　令和9年1月22日(金)\n"
        "　⑤　提案書類の提出期限　　令和9年2月5日(金)\n"
        "　⑥　辞退届の提出期限　　　令和9年2月8日(月)\n"
        "　※②、④及び⑤の提出期限は、いずれも午後5時必着とします。\n"
    )
    assert found(text) == [
        ("published", "2027-01-08", None, "date"),
        ("question", "2027-01-15", "17:00", "datetime"),
        ("answer", "2027-01-20", None, "date"),
        ("application", "2027-01-22", "17:00", "datetime"),
        ("submission", "2027-02-05", "17:00", "datetime"),
        ("other", "2027-02-08", None, "date"),  # ⑥ is not named
    ]


def test_items_named_in_brackets_with_their_dates_on_the_line_below():
    text = (
        "令和10年度 農地調査補助業務 見積合わせ\n"
        "3　日程等\n"
        "(1) 質問の受付\n"
        "　　6月8日(木)まで。質問書を電子メールで提出してください。\n"
        "(2) 質問への回答\n"
        "　　6月13日(火)に町ホームページに掲載します。\n"
        "(3) 見積書の提出\n"
        "　　6月20日(火)まで。\n"
        "(4) 見積書の開封\n"
        "　　6月20日(火)午後2時\n"
        "　　※上記（１）及び（３）の期限の時刻は、いずれも正午とします。\n"
    )
    assert found(text) == [
        ("question", "2028-06-08", "12:00", "datetime"),
        ("answer", "2028-06-13", None, "date"),
        ("submission", "2028-06-20", "12:00", "datetime"),
        ("other", "2028-06-20", "14:00", "datetime"),
    ]


def test_a_range_of_items_names_those_between_too():
    text = (
        "(1) 公告日　令和8年6月1日(月)\n"
        "(2) 質問の受付期限　令和8年6月10日(水)\n"
        "(3) 参加申込書の提出期限　令和8年6月17日(水)\n"
        "(4) 企画提案書の提出期限　令和8年6月24日(水)\n"
        "※（２）から（４）までの期限の時刻は、いずれも正午とします。\n"
    )
    assert found(text) == [
        ("published", "2026-06-01", None, "date"),
        ("question", "2026-06-10", "12:00", "datetime"),
        ("application", "2026-06-17", "12:00", "datetime"),
        ("submission", "2026-06-24", "12:00", "datetime"),
    ]


def test_without_numbers_the_time_goes_to_the_deadlines_of_the_list_only():
    text = (
        "5 スケジュール\n"
        "・質問の受付期限　令和8年6月10日(水)\n"
        "・質問への回答　令和8年6月15日(月)\n"
        "・企画提案書の提出期限　令和8年6月24日(水)\n"
        "・プレゼンテーション審査　令和8年7月2日(木)\n"
        "上記の提出期限はいずれも17時までとします。\n"
    )
    assert found(text) == [
        ("question", "2026-06-10", "17:00", "datetime"),
        ("answer", "2026-06-15", None, "date"),
        ("submission", "2026-06-24", "17:00", "datetime"),
        ("hearing", "2026-07-02", None, "date"),
    ]


def test_hours_of_several_days_are_no_shared_deadline_time():
    text = (
        "1 日程\n"
        "(1) 企画提案書の提出期限　令和8年6月24日(水)\n"
        "(2) 現地確認は、6月8日(月)、6月9日(火)の2日間、いずれも10時から16時までの間で行います。\n"
    )
    assert ("submission", "2026-06-24", None, "date") in found(text)


# --- a time in a column's name -------------------------------------------------------------------------------


def test_a_columns_time_goes_to_its_deadlines_not_to_answers_or_events():
    text = (
        "令和8年度 観光プロモーション業務 企画提案\n"
        "手続\t期限（17時まで）\t提出方法\n"
        "参加申込書（様式1）\t2026年6月5日（金）\t電子メール\n"
        "質問書（様式2）\t2026年6月10日（水）\t電子メール\n"
        "質問への回答\t2026年6月15日（月）\t協会ウェブサイト\n"
        "企画提案書（様式3～5）\t2026年6月19日（金）\t持参又は郵送（必着）\n"
    )
    assert found(text) == [
        ("application", "2026-06-05", "17:00", "datetime"),
        ("question", "2026-06-10", "17:00", "datetime"),
        ("answer", "2026-06-15", None, "date"),
        ("submission", "2026-06-19", "17:00", "datetime"),
    ]


def test_a_ruled_tables_column_with_its_time_names_no_step_of_its_own():
    text = (
        "2　提出書類及び提出期限\n"
        "│手続　　　　　　　　　　　　　　　　│提出期限（午後5時15分まで）│提出方法　│\n"
        "│仕様書等に関する質問書の提出　　　　│令和9年2月15日(月)　　　　 │電子メール│\n"
        "│一般競争入札参加資格確認申請書の提出│令和9年2月19日(金)　　　　 │持参　　　│\n"
        "│入札書の提出　　　　　　　　　　　　│令和9年3月3日(水)　　　　　│郵便　　　│\n"
    )
    assert found(text) == [
        ("question", "2027-02-15", "17:15", "datetime"),
        ("application", "2027-02-19", "17:15", "datetime"),
        ("submission", "2027-03-03", "17:15", "datetime"),
    ]


# --- a time in the step's own bracket --------------------------------------------------------------------------


def test_an_events_bracket_opening_with_a_time_gives_its_start():
    text = (
        "2027年5月17日（月）　現地説明会 参加申込締切（12:00）\n"
        "2027年5月19日（水）　現地説明会（10:00～、ターミナルビル3階 当社会議室）\n"
        "2027年5月28日（金）　質問締切（17:00）／エントリーシート提出締切（17:00）\n"
        "2027年7月7日（水）　 二次審査（プレゼンテーション、13時30分から）\n"
    )
    assert found(text) == [
        ("other", "2027-05-17", "12:00", "datetime"),
        ("other", "2027-05-19", "10:00", "datetime"),
        ("question", "2027-05-28", "17:00", "datetime"),
        ("application", "2027-05-28", "17:00", "datetime"),
        ("hearing", "2027-07-07", "13:30", "datetime"),
    ]


def test_a_registrations_hours_in_its_bracket_are_no_events_start():
    text = "2027年5月17日（月）　現地説明会の参加申込締切（9:00～17:00に電話で受付）\n"
    assert [time for *_, time, _ in found(text)] != ["09:00"]
    text = "2027年5月19日（水）　入札説明会（受付 9:30～、会場 本庁舎3階）\n"
    assert found(text) == [("other", "2027-05-19", None, "date")]
