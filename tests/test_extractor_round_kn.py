"""English notices in other forms: an amendment's 「For: … Read: …」 blocks and its key dates marked (amended; was …) or
(no change) on the wrapped line below; a press release's prose schedule without a year (「by noon on」 / 「Tuesday 14
March」, 「by」 / 「5 p.m. … on Friday 31 March」, 「in the week of」 / 「22 May」, 「sign the contract in July」); the noon
under a date that ends its line on a comma; an envelope's quoted marking, no step's words."""

import datetime as dt

from tests.extractor_found import steps


def test_for_and_read_blocks_give_only_the_new_values_and_restated_rows_stay_out():
    text = (
        "                    ADDENDUM No. 2\n\n"
        "Invitation for Bids No.: WB-2027-014\n"
        "Date of this Addendum: 3 May 2027\n\n"
        "ITEM 1  Bid Data Sheet - ITB 22.1\n\n"
        '  For:   "Bids must be received by the Employer no later than:\n'
        '          Date: 24 May 2027    Time: 11:00 JST"\n\n'
        '  Read:  "Bids must be received by the Employer no later than:\n'
        '          Date: 7 June 2027    Time: 11:00 JST"\n\n'
        "SCHEDULE AFTER THIS ADDENDUM\n\n"
        "  - Publication of the IFB ....................... 19 April 2027 (no change)\n"
        "  - Site visit ..................................... 12 May 2027, 9:30 JST (new)\n"
        "  - Deadline for clarifications ................... 17 May 2027, 17:00 JST\n"
        "                                                     (no change)\n"
        "  - Deadline for bids .............................. 7 June 2027, 11:00 JST\n"
        "                                                     (extended; was 24 May 2027)\n"
    )
    found = steps(text)
    assert ("submission", dt.date(2027, 6, 7), dt.time(11, 0), "datetime") in found
    assert ("other", dt.date(2027, 5, 12), dt.time(9, 30), "datetime") in found
    assert not any(day == dt.date(2027, 5, 24) for _, day, _, _ in found)  # (the old value, 「For:」 and 「was」)
    assert not any(day in (dt.date(2027, 4, 19), dt.date(2027, 5, 17)) for _, day, _, _ in found)  # (no change)


def test_a_press_release_schedule_in_prose_without_a_year():
    text = (
        "PRESS RELEASE\n\n"
        "KITAHAMA, Japan, 10 May 2027 - The city today opened a call for proposals for its harbour festival.\n\n"
        "An online briefing will be held on Friday 21 May at 3 p.m. Those who wish to join must register by noon on\n"
        "Wednesday 19 May.\n\n"
        "Firms intending to apply must first send a notice of intent to apply by\n"
        "4 p.m. Japan time on Monday 31 May. Questions will be accepted by e-mail\n"
        "until Friday 4 June, and the city will publish its answers on Friday 11 June.\n\n"
        "Shortlisted firms will be invited to present their proposals in the week of\n"
        "12 July. The city expects to conclude the contract in August, so that work can start on 1 September.\n"
    )
    found = steps(text)
    assert ("other", dt.date(2027, 5, 19), dt.time(12, 0), "datetime") in found
    assert ("application", dt.date(2027, 5, 31), dt.time(16, 0), "datetime") in found
    assert ("question", dt.date(2027, 6, 4), None, "date") in found
    assert ("hearing", dt.date(2027, 7, 12), None, "date") in found
    assert ("contract", dt.date(2027, 8, 1), None, "month") in found
    assert not any(day == dt.date(2027, 9, 1) for _, day, _, _ in found)  # (the work's start, no contract)


def test_a_month_alone_is_read_only_where_a_contract_is_signed_in_it():
    text = (
        "Request for Proposals, issued 1 March 2027\n"
        "Proposals must reach us by 5:00 p.m. on Friday 2 April 2027.\n"
        "The exhibition itself takes place in July, and a report is due in September.\n"
    )
    found = steps(text)
    assert ("submission", dt.date(2027, 4, 2), dt.time(17, 0), "datetime") in found
    assert not any(precision == "month" for _, _, _, precision in found)


def test_the_noon_under_a_date_that_ends_its_line_on_a_comma():
    text = (
        "INVITATION TO TENDER\n"
        "Date: 2 August 2027\n\n"
        "5. Clarifications\n"
        "   5.1 Questions on the tender documents shall be sent by e-mail to\n"
        "       q@example.jp no later than August 16, 2027 (Mon.),\n"
        "       12:00 noon, Japan Standard Time (JST), using Form Q-1.\n"
    )
    assert ("question", dt.date(2027, 8, 16), dt.time(12, 0), "datetime") in steps(text)


def test_an_envelope_marking_quoted_over_two_lines_names_no_step():
    text = (
        "INVITATION TO BID\n"
        "Date: 1 September 2027\n\n"
        "8. Submission of Bids\n"
        '   8.1 Bids shall be delivered in sealed envelopes marked "Bid No. 55 -\n'
        '       not to be opened before the opening of bids" no later than September 28, 2027 (Tue.),\n'
        "       10:00 a.m. (JST).\n"
        "9. Opening of Bids\n"
        "   9.1 Bids will be opened at 11:00 (JST) on September 28, 2027 (Tue.).\n"
    )
    found = steps(text)
    assert ("submission", dt.date(2027, 9, 28), dt.time(10, 0), "datetime") in found
    assert ("other", dt.date(2027, 9, 28), dt.time(11, 0), "datetime") in found
