"""Dates that are no step of the call (round ff): how long a quote or a bid's security binds, and the date that
opens an attached file's name; each test a few lines written for its case, as written and run onto one line."""

from tests.extractor_found import found, one_line

# --- a quote's or a bid security's validity ---------------------------------------------------------------------

_RFQ = (
    "REQUEST FOR QUOTATION No. RFQ-2027-014\n"
    "Supply of interpretation equipment for the Asagiri Forum\n"
    "\n"
    "1. Deadline for quotations: 12:00 noon (Japan time), Friday, 5th March 2027.\n"
    "2. The Office expects to notify all companies of the outcome on or about 19 March 2027.\n"
    "\n"
    "Annex 2: Quotation form\n"
    "Company name: ______________\n"
)
_RFQ_FOUND = [
    ("submission", "2027-03-05", "12:00", "datetime"),
    ("result", "2027-03-19", None, "date"),
]


def test_the_day_a_quotation_is_valid_until_is_no_step():
    # (run onto one line, the form's line is read with the lines before it: not checked here)
    text = _RFQ + "This quotation is valid until: ______________ (at least 31 May 2027)\n"
    assert found(text) == _RFQ_FOUND


def test_the_day_a_bid_security_is_valid_until_is_no_step():
    text = (
        "INVITATION TO BID No. ITB-2027-08\n"
        "1. Bids must be delivered to the Procurement Office no later than 2:00 p.m. on 14 June 2027.\n"
        "2. Each bid shall be accompanied by a bid security in the form of a bank guarantee valid until 12.10.2027.\n"
    )
    assert found(text) == [("submission", "2027-06-14", "14:00", "datetime")]
    assert found(one_line(text)) == [("submission", "2027-06-14", "14:00", "datetime")]


# --- a file's name that opens with its date -----------------------------------------------------------------------

_PAGE = (
    "月ヶ瀬町観光ポータル構築業務 企画提案競技\n"
    "\n"
    "■日程\n"
    "・事業者説明会　令和9年5月12日（水）午後2時\n"
    "・企画提案書の提出期限　令和9年6月4日（金）午後5時\n"
    "\n"
    "■添付ファイル\n"
)
_PAGE_FOUND = [
    ("other", "2027-05-12", "14:00", "datetime"),
    ("submission", "2027-06-04", "17:00", "datetime"),
]


def test_the_date_that_opens_an_attached_files_name_is_no_step():
    text = _PAGE + "20270518_説明会資料.pdf（2.1MB）\n20270520_質問回答.pdf (184 KB)\n"
    assert found(text) == _PAGE_FOUND
    assert found(one_line(text)) == _PAGE_FOUND
