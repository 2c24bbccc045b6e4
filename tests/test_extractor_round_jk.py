"""English notices read in plain words (round jk): each test a few lines written for its class."""

from tests.extractor_found import found

# --- the call made public, named by the call's own word ---------------------------------------------------


def test_an_english_key_naming_the_call_made_public_is_its_publication():
    text = "Key dates\nCall for expressions of interest issued: 3 March 2028\nExpressions of interest due: 24 March 2028, 17:00\n"
    assert found(text) == [
        ("published", "2028-03-03", None, "date"),
        ("application", "2028-03-24", "17:00", "datetime"),
    ]
    text = "Timeline\nApplications open: Tuesday 4 April 2028\nApplications close: Friday 28 April 2028, 5:00 pm\n"
    assert found(text)[0] == ("published", "2028-04-04", None, "date")
    text = "Application guidelines released: Monday, 10 January 2028\nProposals due: Friday, 4 February 2028, noon\n"
    assert found(text)[0] == ("published", "2028-01-10", None, "date")
    text = "EOI publication date: 02.10.2028\nDeadline for expressions of interest: 30.10.2028 (12:00 local time)\n"
    assert found(text)[0] == ("published", "2028-10-02", None, "date")


def test_the_results_of_an_eoi_made_public_stay_a_result():
    text = "Deadline for EOIs: 12 May 2028\nPublication of EOI results: 2 June 2028\n"
    assert found(text)[-1][0] == "result"
