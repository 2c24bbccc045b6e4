"""English and bilingual notices (round bj): each test a few lines written for its class."""

from tests.extractor_found import found

# --- a contract in force or a contract's term is no step of the call ---------------------------------------


def test_an_english_contract_in_force_or_its_term_is_no_step():
    text = (
        "Request for Proposals: Office Cleaning Services\n"
        "Background: the existing contract with the present vendor expires on June 30, 2027.\n"
        "\n"
        "Schedule\n"
        "  Proposals due            May 14, 2027 (Fri)  4:00 PM\n"
        "  Contract award           Early June 2027\n"
        "\n"
        "Contract period\n"
        "  From the date of contract to 31 March 2028\n"
    )
    assert found(text) == [
        ("submission", "2027-05-14", "16:00", "datetime"),
        ("contract", "2027-06-01", None, "early_month"),
    ]
