"""English documents (round gb): each test a few lines written for its class."""

from tests.extractor_found import found, one_line

# --- a call's title over the day its paper is dated --------------------------------------------------------


def test_a_call_title_over_its_version_date_is_no_step_in_one_line():
    text = (
        "HARBOUR TOWN TOURISM BUREAU\n"
        "\n"
        "CALL FOR EXPRESSIONS OF INTEREST (EOI)\n"
        "Ref. HTB/EOI/2027/07\n"
        "Visitor Shuttle Services\n"
        "\n"
        "Document version 2.0 | 2027-08-02 | Status: open\n"
        "\n"
        "1. Timeline\n"
        "EOI submission deadline: 17:00 on 30 August 2027\n"
    )
    assert found(one_line(text)) == [("application", "2027-08-30", "17:00", "datetime")]


def test_a_request_for_proposals_over_its_month_is_no_step():
    text = (
        "Minato City\n"
        "Request for Proposal\n"
        "FY2028 Inbound Promotion Services in Asia\n"
        "Version 1.0 - May 2028\n"
        "\n"
        "4. Timeline\n"
        "Proposals due: 12:00 on 20 June 2028\n"
    )
    assert found(one_line(text)) == [("submission", "2028-06-20", "12:00", "datetime")]

    # a step's own key beside the call's name in the head stays a step
    text = "Request for Proposals: City Guide Service\nRe-announcement date: 13 January 2027\n"
    assert found(one_line(text))[0][1] == "2027-01-13"
