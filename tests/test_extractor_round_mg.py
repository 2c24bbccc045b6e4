"""Round mg: devices of English tender writing, each with an invented text (none copied from the sets)."""

from tests.extractor_found import found, one_line

# a correction that gives the new date and then, after a dash, the old one it denies: the old date stands nowhere
CORRECTED_IN_A_MAIL = """Subject: RE: harbour lighting tender - dates
From: Tomo Sakai <t.sakai@example.jp>
Sent: Monday, October 4, 2027 9:12 AM

Hi Lena,

Sorry, one fix to my last mail: the deadline for the registration form is Tuesday 12 October, 12:00 JST – not Friday 8 October. I copied the wrong row.

Updated list:
- Registration form: Tue 12 Oct, 12:00 JST, by email
- Proposal: Mon 25 Oct, 17:00 JST

> Key dates as I understand them:
>
> | Step | Date (JST) |
> | Registration form | Fri 8 Oct 12:00 |
> | Proposal | Mon 25 Oct 17:00 |
>
> Best,
> Tomo
"""


def test_extractor_english_correction_denies_the_old_date():
    expected = [("application", "2027-10-12", "12:00", "datetime"), ("submission", "2027-10-25", "17:00", "datetime")]
    assert found(CORRECTED_IN_A_MAIL) == expected
    assert found(one_line(CORRECTED_IN_A_MAIL)) == expected


# the papers named with the language they are written in: 「The tender document in English may be downloaded … from」
DOWNLOAD_IN_ENGLISH = """CITY WATERWORKS BUREAU
INVITATION TO TENDER

1. The tender document in English may be downloaded free of charge from the Bureau's portal from Tuesday, 4 May 2027 until the closing date.

2. Tenders must be received no later than 12:00 hours on Friday, 11 June 2027.
"""


def test_extractor_document_in_english_downloaded():
    expected = [("published", "2027-05-04", None, "date"), ("submission", "2027-06-11", "12:00", "datetime")]
    assert found(DOWNLOAD_IN_ENGLISH) == expected
    assert found(one_line(DOWNLOAD_IN_ENGLISH)) == expected
