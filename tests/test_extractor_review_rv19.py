"""Review rv19 of rounds iq, iu, ir, it and iq2: a row's place before its date is no letter's dateline, a column
of dates named after words may be the last row's label, a news list's headlines are no cells of dates, papers named by
their act in a long paragraph (a long line's words looked for once, not once a date), and closed calls or rounds alone
on a page. Each test a text written for its form."""

from tests.extractor_found import found, one_line

# --- a letter's dateline (round it): not a row's place before its date ----------------------------------------


def test_a_rows_place_before_its_date_is_no_dateline():
    # 「Pre-proposal conference      Online, 5 June 2029」: the words before the place key the row's step
    text = (
        "REQUEST FOR PROPOSALS\n"
        "Website renewal\n"
        "\n"
        "Schedule\n"
        "Pre-proposal conference      Online, 5 June 2029, 10:00\n"
        "Proposals due                12:00, 19 June 2029\n"
    )
    expected = [("other", "2029-06-05", "10:00", "datetime"), ("submission", "2029-06-19", "12:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_a_keyed_rows_place_before_its_date_is_no_dateline():
    text = (
        "INVITATION TO BID\n"
        "Dredging of the inner basin\n"
        "\n"
        "Site visit:  North Pier, 12 May 2029 at 10:00\n"
        "Bid opening:  Main Office, 26 May 2029 at 14:00\n"
        "Bids due: 26 May 2029 at 12:00\n"
    )
    assert ("other", "2029-05-12", "10:00", "datetime") in found(text)
    assert ("other", "2029-05-26", "14:00", "datetime") in found(text)


def test_a_letters_dateline_after_its_contact_line_still_gives_no_step():
    text = (
        "CALL FOR EXPRESSIONS OF INTEREST\n"
        "Harbour water quality survey\n"
        "\n"
        "1. EOIs must be received by 16:00 (JST) on Monday, 14th May 2029.\n"
        "\n"
        "CONTACT\n"
        "Tel.: 000-0000-0000 (Monday to Friday, 09:30-17:30 JST)\n"
        "\n"
        "Kobe, 2nd April 2029\n"
        "Director, Kobe Office\n"
    )
    assert found(one_line(text)) == [("application", "2029-05-14", "16:00", "datetime")]
