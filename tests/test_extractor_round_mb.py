"""Round mb: devices of an English Invitation for Bids and its Bid Data Sheet (texts invented for these tests)."""

from tests.extractor_found import found, one_line

# A Bid Data Sheet in a narrow two-column layout: 「ITB 8.2 | … at the following date, time」 / 「| and venue:」 /
# 「| Date: …」 (an English lead-in its cell wrapped), 「… shall take place at: Hall 2, City Office」 / 「| Date: …」 (the
# place after the lead-in's colon), 「The Employer will forward its response, …」 (the answer), and 「… the Notification of
# Intention to」 / 「Award in August 2027.」 (a name wrapped after its 「to」)
BID_DATA_SHEET = (
    "Section II. Bid Data Sheet\n"
    "------------------------------------------------------------------\n"
    "ITB Clause | Amendments of, and Supplements to, Clauses in the ITB\n"
    "------------------------------------------------------------------\n"
    "A. General\n"
    "ITB 1.1  | The number of the Request for Bids is: KWB/RFB/W-2027/11\n"
    "         | Lots: none.\n"
    "B. Contents of Bidding Document\n"
    "ITB 7.1  | Requests for clarification should reach the Employer\n"
    "         | no later than: 15:00 hours JST, Friday, 4 June 2027.\n"
    "         | The Employer will forward its response, without naming the\n"
    "         | sender, to all Bidders, by: 11 June 2027.\n"
    "ITB 8.2  | An information session for Bidders shall be held at the following date, time\n"
    "         | and venue:\n"
    "         | Date: Thursday, 27 May 2027\n"
    "         | Time: 15:00 hours (JST)\n"
    "         | Venue: Meeting Room 3, Harbour Office\n"
    "C. Preparation of Bids\n"
    "ITB 16.1 | Prices shall be quoted in Japanese Yen.\n"
    "D. Submission and Opening of Bids\n"
    "ITB 23.1 | The deadline for bid submission is:\n"
    "         | Date: 6 July 2027\n"
    "         | Time: 12:00 hours (JST)\n"
    "         | Electronic submission is not permitted.\n"
    "ITB 26.1 | The public opening of bids shall take place at: Hall 2, City Office\n"
    "         | Date: 7 July 2027\n"
    "         | Time: 10:30 hours (JST)\n"
    "F. Award of Contract\n"
    "ITB 42.1 | The Employer expects to send the Notification of Intention to\n"
    "         | Award in August 2027. A standstill period of ten (10) days applies.\n"
    "ITB 45.1 | The contract is expected to be signed in September 2027.\n"
    "------------------------------------------------------------------\n"
)


def test_a_bid_data_sheets_lead_ins_over_their_date_keys_and_its_wrapped_sentences():
    assert found(BID_DATA_SHEET) == [
        ("other", "2027-05-27", "15:00", "datetime"),
        ("question", "2027-06-04", "15:00", "datetime"),
        ("answer", "2027-06-11", None, "date"),
        ("submission", "2027-07-06", "12:00", "datetime"),
        ("other", "2027-07-07", "10:30", "datetime"),
        ("result", "2027-08-01", None, "month"),
        ("contract", "2027-09-01", None, "month"),
    ]


def test_an_english_lead_in_wrapped_over_its_keys_names_the_event():
    text = (
        "Section II. Bid Data Sheet\n"
        "ITB 1.1  | The number of the Request for Bids is: KWB/RFB/W-2027/11\n"
        "         | Lots: none.\n"
        "ITB 8.2  | An information session for Bidders shall be held at the following date, time\n"
        "         | and venue:\n"
        "         | Date: Thursday, 27 May 2027\n"
        "         | Time: 15:00 hours (JST)\n"
        "         | Venue: Meeting Room 3, Harbour Office\n"
        "ITB 16.1 | Prices shall be quoted in Japanese Yen.\n"
    )
    assert ("other", "2027-05-27", "15:00", "datetime") in found(text)


def test_the_purchaser_forwarding_its_response_is_the_answer_in_both_shapes():
    text = (
        "INVITATION FOR BIDS\n\n"
        "1. Requests for clarification must reach the Employer by 15:00 on Friday, 4 June 2027.\n"
        "2. The Employer will forward its response to all registered Bidders by 11 June 2027.\n"
        "3. Bids must be delivered to the office below no later than 10:00 a.m. on Tuesday, 13 July 2027.\n"
    )
    expected = [
        ("question", "2027-06-04", "15:00", "datetime"),
        ("answer", "2027-06-11", None, "date"),
        ("submission", "2027-07-13", "10:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_the_general_procurement_notice_an_invitation_follows_is_no_step_in_both_shapes():
    text = (
        "INVITATION FOR BIDS\n\n"
        "1. This Invitation for Bids follows the General Procurement Notice for this project published on the "
        "Employer's website on 3 May 2026.\n\n"
        "2. Bids must be delivered to the office below no later than 10:00 a.m. on Tuesday, 13 July 2027.\n"
    )
    expected = [("submission", "2027-07-13", "10:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_an_events_hour_told_where_those_attending_assemble_in_the_next_sentence_in_both_shapes():
    text = (
        "ADDENDUM No. 1\n\n"
        "2. Site visit\n"
        "A site visit to the reservoir at Higashi Dam will be held on Wednesday, 9 June 2027. Bidders shall assemble at "
        "the gate of the dam office at 10:30 hours; a bus will be provided. Bidders wishing to attend shall register by "
        "e-mail no later than Friday, 4 June 2027, 17:00 hours.\n"
    )
    expected = [("other", "2027-06-04", "17:00", "datetime"), ("other", "2027-06-09", "10:30", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected
