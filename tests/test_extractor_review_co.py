"""Review of rounds cj-cn: notices nobody tuned on where a rule those rounds added fires beyond its class (a real
step dropped or read as another, a date that is no step kept). Each test is ordinary wording a rule could swallow."""

import datetime as dt

from tests.extractor_found import steps


def test_a_call_titled_as_a_repeat_call_and_then_withdrawn_has_no_schedule():
    # 「（再度公告）」 names the call being withdrawn, no new call made in the notice
    text = (
        "【中止】市民会館清掃業務委託（再度公告）の入札中止について\n\n"
        "標記の一般競争入札は、都合により中止します。\n"
        "(1) 入札参加申請書の提出期限 令和7年6月10日(火)午後5時\n"
        "(2) 開札日時 令和7年6月20日(金)午前10時\n"
    )
    assert steps(text) == []


def test_a_bid_deadline_in_a_sentence_about_the_e_procurement_system_is_kept():
    text = (
        "Invitation to Tender: Network Equipment Replacement\n\n"
        "1. Submission of bids\n"
        "The electronic procurement system will be used for the submission of bids, which must be received by "
        "5:00 p.m. on June 5, 2026.\n"
    )
    assert ("submission", dt.date(2026, 6, 5), dt.time(17, 0), "datetime") in steps(text)


def test_a_portal_used_to_receive_proposals_keeps_their_deadline():
    text = (
        "Request for Proposals\n"
        "The City will use the online portal for all submissions. The portal will be used to receive proposals "
        "until 5:00 p.m. on June 5, 2026.\n"
    )
    assert ("submission", dt.date(2026, 6, 5), dt.time(17, 0), "datetime") in steps(text)


def test_the_systems_first_day_of_use_stays_out():
    text = "The new system will be used from April 1, 2027.\nProposals are due by 5:00 p.m. on June 5, 2026.\n"
    assert steps(text) == [("submission", dt.date(2026, 6, 5), dt.time(17, 0), "datetime")]


def test_an_amended_deadline_that_will_apply_to_all_bidders_is_kept():
    text = "Notice of Amendment No. 1\n" "Submission deadline (5:00 p.m., Friday, June 12, 2026) will apply to all bidders.\n"
    assert ("submission", dt.date(2026, 6, 12), dt.time(17, 0), "datetime") in steps(text)


def test_a_briefing_under_its_heading_with_the_town_it_is_held_in_is_kept():
    assert ("other", dt.date(2025, 7, 10), dt.time(14, 0), "datetime") in steps("■現地説明会\n令和7年7月10日(木)午後2時 青葉町\n")
    assert ("other", dt.date(2025, 7, 10), None, "date") in steps("■現地説明会\n令和7年7月10日(木) 青葉町\n")


def test_a_long_english_sentence_whose_subject_is_the_proposals_keeps_their_step():
    # (the words by the date name the notice a bidder encloses, not the step)
    text = (
        "Proposals must be delivered in person to the Procurement Division, 3rd floor, City Hall, together with the "
        "notice of the result of the qualification review, by 5:00 p.m. on June 5, 2026.\n"
    )
    assert steps(text) == [("submission", dt.date(2026, 6, 5), dt.time(17, 0), "datetime")]


def test_results_made_public_in_a_change_notice_are_not_an_earlier_call_cited():
    text = (
        "日程変更のお知らせ\n\n"
        "令和7年6月2日に公告した「市民課窓口業務委託」について、次のとおり変更します。\n"
        "1 変更内容\n"
        " 入札書の提出期限 令和7年6月20日(金)午後5時 を 令和7年6月27日(金)午後5時 に変更します。\n"
        "2 入札結果の公表\n"
        " 入札結果は令和7年7月1日(火)に公表し、契約は7月中旬に締結する予定です。\n"
    )
    found = steps(text)
    assert ("submission", dt.date(2025, 6, 27), dt.time(17, 0), "datetime") in found
    assert ("result", dt.date(2025, 7, 1), None, "date") in found


def test_a_deadline_the_bidder_is_asked_to_keep_is_no_date_it_had_been():
    # 「…としていただきますよう」: a request, not 「…としていたが」
    text = "提出期限は、令和7年6月20日(金)午後5時としていただきますようお願いします。\n"
    assert ("submission", dt.date(2025, 6, 20), dt.time(17, 0), "datetime") in steps(text)


def test_a_copy_of_an_invoice_to_the_council_office_is_no_bill_before_the_council():
    text = (
        "Proposals are due by 5:00 p.m. on June 5, 2026.\n"
        "Submit a copy of the bill to the council office with your invoice by June 30, 2026.\n"
    )
    assert steps(text) == [("submission", dt.date(2026, 6, 5), dt.time(17, 0), "datetime")]
