"""The lead's stop-35 tests: mends of rounds' rules found on the held-out notices."""

from tenders.extractor import extract

# A call's schedule, and in its forms a question sheet with a worked row and the next row's number over blank cells
CALL_WITH_FORM = (
    "企画競争実施の公示\n\n2027年4月26日\n\n国立研究開発法人沿岸気象研究所\n\n"
    "【4】スケジュール\n"
    "　・企画競争説明書の交付　　　　　2027年4月26日（月）～5月14日（金）\n"
    "　・質問の受付期限　　　　　　　　2027年5月12日（水）12時00分\n"
    "　・参加申込書の提出期限　　　　　2027年5月14日（金）17時00分\n"
    "　・企画書の提出期限　　　　　　　2027年5月28日（金）15時00分\n"
    "　・契約締結　　　　　　　　　　　2027年7月1日（木）（予定）\n\n"
    "（様式4）\n質問書\n\n提出日　2027年　　月　　日\n\n"
    "| No. | 該当資料・頁 | 質問 |\n|---|---|---|\n"
    "| 1 | （記入例）仕様書 p.5 | （記入例）公開時期（2028年3月）は前倒しの提案が可能か。 |\n"
    "| 2 | | |\n"
)


def test_next_rows_number_in_a_blank_form_is_no_rest_of_a_step_name():
    """Round hq reads a narrow cell's name wrapped onto a row of its own (「|第一次審査(書類審査)|9月下旬|」 over
    「|結果の通知| |」); a form's next row number over blank cells is no such rest: the worked row's date stays no step
    (joined, 「1」「2」 read as 「質問（2）」, a question in 2028 came out, and on a longer call the schedule was lost)."""
    days = [m["date"] for m in extract(CALL_WITH_FORM).as_json()["milestones"]]
    assert days == ["2027-04-26", "2027-05-12", "2027-05-14", "2027-05-28", "2027-07-01"]
