"""Round ci: what a review of stop 21's rounds found them reading too widely — ordinary notices whose words one of those
rounds took for another thing (a change heading for an edit stamp, an event's hours for lots, 「present」 for a
presentation, a re-bid's notice for the re-bid, a preferred bidder's negotiation for the selection, a plain review by
presentation for no step) — and a cache that kept one notice's order of 「02/08/2027」 for the next."""

from tenders.extractor.dates import SLASH_DAY_FIRST
from tenders.extractor.extract import dates_in
from tests.extractor_found import found


def test_a_heading_that_moves_a_deadline_keeps_its_date():
    text = (
        "企画提案の募集について\n"
        "【提出期限を7月10日(金)に変更】\n"
        "令和8年度 観光案内業務委託\n"
        "1 質問の受付期限 令和8年6月19日(金)午後5時\n"
    )
    assert ("submission", "2026-07-10", None, "date") in found(text)


def test_an_edit_stamp_of_a_date_alone_is_still_no_step():
    text = "【6月22日更新】\n1 質問の受付期限 令和8年6月19日(金)午後5時\n2 提出期限 令和8年7月10日(金)午後5時\n"
    assert not any(day == "2026-06-22" for _, day, _, _ in found(text))


def test_an_events_opening_and_start_below_a_see_below_are_one_event():
    text = (
        "入札公告\n"
        "1 入札書の提出期限 令和8年6月5日(金)午後5時\n"
        "2 現地説明会 令和8年6月10日(水) 下記のとおり\n"
        "時間\n"
        "受付 13時00分\n"
        "開始 13時30分\n"
        "場所 市役所本庁舎\n"
    )
    assert [m for m in found(text) if m[1] == "2026-06-10"] == [("other", "2026-06-10", None, "date")]


def test_present_their_documents_is_no_presentation():
    text = (
        "Request for Proposals\n"
        "Eligibility: applicants must present their qualification documents by Tuesday, June 15, 2027.\n"
        "Presentations: Monday, July 5, 2027.\n"
    )
    got = found(text)
    assert ("hearing", "2027-07-05", None, "date") in got
    assert not any(kind == "hearing" and day == "2027-06-15" for kind, day, _, _ in got)


def test_a_rebids_notice_is_its_publication():
    text = "再入札公告日 令和8年6月1日(月)\n再入札の日時 令和8年6月15日(月)午前10時\n"
    got = found(text)
    assert ("published", "2026-06-01", None, "date") in got
    assert ("other", "2026-06-15", "10:00", "datetime") in got


def test_negotiating_with_the_preferred_bidder_is_no_selection():
    text = (
        "Schedule\n"
        "Selection of the preferred bidder: late September 2027\n"
        "Contract negotiations with the preferred bidder: October 2027\n"
    )
    got = found(text)
    assert ("result", "2027-09-01", None, "late_month") in got
    assert not any(kind == "result" and precision == "month" for kind, _, _, precision in got)


def test_a_review_by_presentation_and_hearing_is_a_hearing():
    text = (
        "令和8年度 地域おこし推進業務委託 企画提案の募集\n"
        "企画提案書の提出期限は、令和8年7月24日(金)午後5時とします。\n"
        "提出された企画提案書については、８月上旬にプレゼンテーション及びヒアリングによる審査を行う予定です。\n"
    )
    assert ("hearing", "2026-08-01", None, "early_month") in found(text)


def test_the_order_of_a_slashed_date_is_part_of_what_is_kept():
    token = SLASH_DAY_FIRST.set(True)
    try:
        day_first = dates_in("Mon 02/08/2027")
    finally:
        SLASH_DAY_FIRST.reset(token)
    token = SLASH_DAY_FIRST.set(False)
    try:
        month_first = dates_in("Mon 02/08/2027")
    finally:
        SLASH_DAY_FIRST.reset(token)
    assert (day_first[0].month, day_first[0].day) == (8, 2)
    assert (month_first[0].month, month_first[0].day) == (2, 8)
