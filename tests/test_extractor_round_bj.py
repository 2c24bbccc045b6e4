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


# --- a bilingual heading: the English of 説明会 under the Japanese ----------------------------------------------


def test_a_briefing_under_a_bilingual_heading_keeps_its_time():
    text = (
        "3　仕様説明会\n"
        "3  Explanatory meeting\n"
        "\n"
        "(1) 日時　2027年6月8日(火)10時30分\n"
        "(2) 場所　本部棟1階 大会議室\n"
        "\n"
        "    Date and time: 10:30 a.m., 8 June, 2027\n"
        "    Place: Main Conference Room, 1F\n"
        "\n"
        "4　入札書の提出期限　2027年7月2日(金)17時00分\n"
        "4  Time-limit for tender: 5:00 p.m., 2 July, 2027\n"
    )
    assert found(text) == [
        ("other", "2027-06-08", "10:30", "datetime"),
        ("submission", "2027-07-02", "17:00", "datetime"),
    ]


# --- the timing of a later, separate notice is no step of this one ---------------------------------------------


def test_the_expected_date_of_a_later_notice_is_no_step():
    text = (
        "仕様書案に対する意見の招請\n"
        "公示日　2027年5月6日\n"
        "(1) 意見の提出期限　2027年5月28日(金)17時00分\n"
        "(2) 本件の入札公告は、仕様書を確定した後に行う。\n"
        "    入札公告予定時期　2027年8月中旬\n"
        "    The notice of the tender is expected to be published in mid August, 2027.\n"
    )
    assert [step[1] for step in found(text)] == ["2027-05-06", "2027-05-28"]
