"""Forms met now and then around a call (round dl): a task board's export, a chat or a spoken memo that reports the
day of the call's notice."""

from tests.extractor_found import found

# --- a task board's export ---------------------------------------------------------------------------------


def test_a_board_cards_due_column_is_the_teams_own_day():
    text = (
        '"リスト","カード名","説明","期限","担当"\n'
        '"対応中","技術提案書作成","提出期限:2026年11月20日(金)午後5時(必着)\n正本1部・副本5部","2026-11-16","山本"\n'
        '"完了","質問の準備","質問受付:2026年11月6日(金)正午まで(電子メール)","2026-11-04","佐々木"\n'
        '"完了","公告確認","公告日:2026年10月26日(月)","2026-10-27","佐々木"\n'
    )
    days = [day for _, day, _, _ in found(text)]
    assert "2026-11-16" not in days and "2026-11-04" not in days and "2026-10-27" not in days
    assert ("submission", "2026-11-20", "17:00", "datetime") in found(text)


# --- the day of the call's notice, as a chat reports it ----------------------------------------------------


def test_a_day_the_notice_is_dated_with_is_its_publication():
    text = "北浜町の観光案内看板設置業務、2026年6月3日付けで公告が出てました!\n質問は6月10日(水)17時まで。\n"
    assert found(text)[0] == ("published", "2026-06-03", None, "date")
    text = "公告は令和8年6月3日付けで、\n質問は6月10日(水)17時まで。\n"
    assert found(text)[0] == ("published", "2026-06-03", None, "date")


# --- a contract named beside another step --------------------------------------------------------------------


def test_a_date_after_the_agreement_is_signed_is_no_signing():
    text = (
        " ・選定結果の通知 令和6年10月中旬\n"
        " ・協定の締結 令和7年3月(予定)\n"
        "\n"
        "A5 可能です。ただし、初年度の事業計画は、協定締結後の令和7年3月末までに提出してください。\n"
    )
    assert found(text) == [
        ("result", "2024-10-01", None, "mid_month"),
        ("contract", "2025-03-01", None, "month"),
    ]


def test_a_contract_signed_in_the_clause_after_the_result_shares_its_time():
    text = "提案書は令和8年5月15日(金)までに提出してください。\n7月上旬に選定結果を通知し、受託者と契約を締結する予定です。\n"
    assert found(text)[1:] == [
        ("result", "2026-07-01", None, "early_month"),
        ("contract", "2026-07-01", None, "early_month"),
    ]
    text = "提案書は令和8年5月15日(金)までに提出してください。\n7月上旬に選定結果を通知し、その後契約を締結します。\n"
    assert found(text)[1:] == [("result", "2026-07-01", None, "early_month")]


def test_a_contract_from_a_time_on_is_signed_then():
    text = (
        "令和6年度 設計業務\n" "◎日程\n" "　質問　7/12(金) 17時〆 メール\n" "　提案書　8/9(金) 17:00 持参\n" "　契約　9月中旬〜\n"
    )
    assert found(text)[-1] == ("contract", "2024-09-01", None, "mid_month")
    text = text.replace("契約　9月中旬〜", "契約期間　10月1日〜")
    assert [kind for kind, *_ in found(text)] == ["question", "submission"]


def test_a_day_glossed_in_brackets_reads_the_words_after_the_bracket():
    text = "2023年5月9日(火)\n\n市の案件、昨日(5/8)付けで公募型プロポーザルの公告が出てました!\n• 質問: 5/15(月) 17時まで\n"
    assert found(text)[0] == ("published", "2023-05-08", None, "date")
    text = "2023年5月9日(火)\n\n市の案件、昨日(5/8)に公告が出てました。\n• 質問: 5/15(月) 17時まで\n"
    assert found(text)[0] == ("published", "2023-05-08", None, "date")


# --- a newsletter's other items --------------------------------------------------------------------------------


def test_a_contact_line_under_a_dated_item_is_no_question():
    text = (
        "企画提案書の提出 令和8年6月12日(金)午後5時まで\n"
        "\n"
        "犬の登録と集合注射\n"
        "5月19日(火) 午前9時~11時 役場駐車場\n"
        " 手数料3,550円\n"
        " 問い合わせ 環境衛生課 ☎000-0000-0000\n"
    )
    assert [kind for kind, *_ in found(text)] == ["submission"]
    text = "問い合わせの受付 令和8年6月1日(月)まで(電子メール)\n"
    assert found(text) == [("question", "2026-06-01", None, "date")]


# --- a calendar export ---------------------------------------------------------------------------------------


def test_an_all_day_event_over_several_days_is_a_window_to_its_last_day():
    text = (
        "BEGIN:VCALENDAR\n"
        "VERSION:2.0\n"
        "BEGIN:VEVENT\n"
        "DTSTART;VALUE=DATE:20260601\n"
        "DTEND;VALUE=DATE:20260606\n"
        "SUMMARY:質問受付期間(北浜市)\n"
        "END:VEVENT\n"
        "BEGIN:VEVENT\n"
        "DTSTART;VALUE=DATE:20260626\n"
        "DTEND;VALUE=DATE:20260627\n"
        "SUMMARY:企画提案書 提出期限\n"
        "END:VEVENT\n"
        "END:VCALENDAR\n"
    )
    assert found(text) == [
        ("question", "2026-06-05", None, "date"),
        ("submission", "2026-06-26", None, "date"),
    ]
