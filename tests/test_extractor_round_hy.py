"""Round hy: an English change notice's step told as it stands (「… remains late August 2026」) is no milestone."""

from tenders.extractor import extract

CORRIGENDUM = """Corrigendum No. 2

Request for Proposals No. WX-77: Ferry ticket kiosks

1. The deadline for the submission of proposals is hereby extended from 5:00 p.m. on Friday, 9 October 2026 to 5:00 p.m. on Friday, 16 October 2026.
2. The planned contract signing date remains late November 2026.
"""

WRAPPED = """Amendment No. 1

Invitation to Tender: Harbour radar maintenance

1. The deadline for tenders is hereby extended from 12:00 on 3 March 2027 to 12:00 on 10 March 2027.
2. The deadline for the qualification documents remains
5:00 p.m., Monday, 22 February 2027, as before.
"""


def dates(text: str) -> list[tuple[str, str]]:
    return [(m["kind"], m["date"]) for m in extract(text).as_json()["milestones"]]


def test_a_step_said_to_remain_on_its_day_is_restated():
    assert dates(CORRIGENDUM) == [("submission", "2026-10-16")]


def test_remains_at_the_end_of_the_line_above_the_date():
    assert dates(WRAPPED) == [("submission", "2027-03-10")]
