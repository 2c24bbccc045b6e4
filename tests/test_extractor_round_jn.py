"""English notices (round jn): the grammar of their dates and steps, not any one file's wording. A window of days broken
over two lines, a 「Due:」 key under the heading of its step below a wrapped sentence, the English of 参加表明 and of an
expression of interest in the plural, and a sentence that ends on an acronym. Each test a short notice written for it."""

from tests.extractor_found import found

HEAD = (
    "Lindenvale City - Call for Partners: Youth Music Exchange 2028\n"
    "Page updated: 3 April 2028\n"
    "\n"
    "Lindenvale City is looking for an organisation to run the 2028 youth music exchange with our partner\n"
    "city. The program period runs from the date of the agreement to Friday 30 March 2029.\n"
    "\n"
)


def test_window_broken_over_two_lines_records_its_first_day():
    text = HEAD + (
        "Interviews\n"
        "Shortlisted organisations will present their plan to the selection panel. Interviews will be held between Tuesday 13 and\n"
        "Thursday 15 June 2028, at the Civic Hall or online.\n"
    )
    assert ("hearing", "2028-06-13", None, "date") in found(text)
    assert not [m for m in found(text) if m[1] == "2028-06-15"]


def test_window_whose_start_opens_the_next_line_records_its_first_day():
    text = HEAD + (
        "6. INTERVIEWS\n"
        "6.1 Interviews with the shortlisted organisations will take place at the City Hall (Annex, Room 2) between\n"
        "2028/06/20 (Tue.) and 2028/06/22 (Thu.). Each organisation will be given 45 minutes.\n"
    )
    assert ("hearing", "2028-06-20", None, "date") in found(text)
    assert not [m for m in found(text) if m[1] == "2028-06-22"]
