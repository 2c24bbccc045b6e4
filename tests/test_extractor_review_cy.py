"""Review cy: rules of rounds ct and cw narrowed to their class, each with ordinary wording of another issuer's notice
it fired on (a result read in 「an informed decision」, a bidder's responses taken for the issuer's answers, a contract
presented dropped as a contract in force, a deadline dropped for a contract period named among its papers)."""

import datetime as dt

from tests.extractor_found import steps


def test_an_informed_decision_is_no_result():
    text = (
        "4. Questions\n"
        "To help tenderers make an informed decision, questions may be sent by e-mail until 8 June 2027, 17:00.\n"
    )
    found = steps(text)
    assert ("question", dt.date(2027, 6, 8), dt.time(17, 0), "datetime") in found
    assert not any(kind == "result" for kind, _, _, _ in found)


def test_responses_a_bidder_sends_are_no_answers():
    text = "4. Timetable\nBidders must send their responses to the questionnaire by 10 June 2027, 17:00.\n"
    assert not any(kind == "answer" for kind, _, _, _ in steps(text))
    text = "Submission\nPlease send all responses to procurement@example.jp no later than 12:00 on 14 June 2027.\n"
    assert not any(kind == "answer" for kind, _, _, _ in steps(text))


def test_a_contract_presented_is_no_contract_in_force():
    text = "6. Award\nThe successful tenderer shall present the signed contract to the Bureau by 30 June 2027.\n"
    assert any(day == dt.date(2027, 6, 30) for _, day, _, _ in steps(text))


def test_a_deadline_whose_papers_cover_the_contract_period_is_kept():
    text = (
        "5. Submission\n"
        "Tenderers must submit, in a sealed envelope, the tender form and the price schedule covering the whole "
        "contract period by 12:00 on 30 June 2027.\n"
    )
    assert steps(text) == [("submission", dt.date(2027, 6, 30), dt.time(12, 0), "datetime")]


def test_a_tenders_validity_before_its_hand_in_keeps_the_deadline():
    text = (
        "5. Submission\n"
        "Tenders, which must remain valid for 90 days after the deadline, shall be delivered to the Contracts Office "
        "of the Bureau by 12:00 on 30 June 2027.\n"
    )
    assert steps(text) == [("submission", dt.date(2027, 6, 30), dt.time(12, 0), "datetime")]
    text = "5. Submission\nTenders must remain valid for 90 days and must be submitted by 12:00 on 30 June 2027.\n"
    assert steps(text) == [("submission", dt.date(2027, 6, 30), dt.time(12, 0), "datetime")]


def test_a_call_under_revised_guidelines_keeps_its_publication():
    text = (
        "2. Tender documents\n"
        "Under the revised procurement guidelines, the tender documents will be available from 1 June 2027.\n"
        "- Deadline for tenders: 30 June 2027, 17:00\n"
    )
    assert ("published", dt.date(2027, 6, 1), None, "date") in steps(text)


def test_a_contracts_day_before_the_budgets_vote_as_its_condition_is_kept():
    text = (
        "７　契約の締結\n"
        "契約の締結は、令和９年度予算の成立後の令和９年４月１日とし、予算が市議会において議決されることを条件とします。\n"
    )
    assert steps(text) == [("contract", dt.date(2027, 4, 1), None, "date")]


def test_a_web_pages_published_and_updated_dates_are_no_publication():
    text = (
        "Tender for Harbour Survey Services\n"
        "Published: 2 June 2027\n"
        "Last updated: 5 June 2027\n\n"
        "1. Deadline for questions: 10 June 2027, 17:00\n"
        "2. Deadline for tenders: 30 June 2027, 12:00\n"
    )
    assert steps(text) == [
        ("question", dt.date(2027, 6, 10), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 6, 30), dt.time(12, 0), "datetime"),
    ]


def test_the_publication_of_another_notice_is_no_publication_of_the_call():
    text = (
        "Timetable\n"
        "- Deadline for tenders: 30 June 2027, 12:00\n"
        "- Publication of the notice of contract award: 20 July 2027\n"
    )
    found = steps(text)
    assert any(day == dt.date(2027, 7, 20) for _, day, _, _ in found)
    assert not any(kind == "published" for kind, _, _, _ in found)
