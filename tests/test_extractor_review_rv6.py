"""Review rv6 (rounds gq, gw, gx): an English change verb after an old date gives the new date to the old date's step
only when the words before the verb name no step of their own."""

import datetime as dt

from tests.extractor_found import steps


def test_a_step_named_after_an_unchanged_old_date_keeps_its_own_date():
    text = (
        "CORRIGENDUM No. 1\n\n"
        "The closing date for bids, originally 6 March 2028 at 16:00, remains unchanged. "
        "The pre-bid meeting is now on 1 March 2028 at 10:00.\n"
    )
    found = steps(text)
    assert ("other", dt.date(2028, 3, 1), dt.time(10, 0), "datetime") in found
    assert all(kind != "submission" for kind, *_ in found)  # (the meeting's day is no deadline for bids)


def test_the_next_line_naming_its_own_step_keeps_its_date():
    text = (
        "ADDENDUM No. 2\n\n"
        "The following changes are made to the Request for Proposals.\n\n"
        "1. Submission deadline for proposals, originally 12 May 2027 at 17:00\n"
        "2. The site visit will now take place on 9 May 2027 at 10:00 at the City Hall.\n"
        "3. Questions must be submitted by 5 May 2027.\n"
    )
    found = steps(text)
    assert ("other", dt.date(2027, 5, 9), dt.time(10, 0), "datetime") in found
    assert ("submission", dt.date(2027, 5, 9), dt.time(10, 0), "datetime") not in found


def test_the_change_verb_alone_before_the_new_date_still_gives_it_to_the_old_dates_step():
    text = (
        "CORRIGENDUM\n\n"
        "1. The closing date for bids, originally 6 March 2028 at 16:00, is hereby\n"
        "   extended to Monday, 13 March 2028 at 16:00.\n"
        "2. The opening of bids, originally 7 March 2028 at 10:00, has now been moved to 14 March 2028 at 10:00.\n"
    )
    assert steps(text)[0] == ("submission", dt.date(2028, 3, 13), dt.time(16, 0), "datetime")
