"""Kinds of steps: the vote of a council that turns a provisional contract into the final one (each test a few
lines written for its class)."""

from tests.extractor_found import found


def test_a_provisional_contract_made_final_by_the_councils_vote_dates_the_vote():
    text = (
        "入札公告\n"
        "1 開札 令和9年5月20日（木）午前10時\n"
        "2 落札者とは令和9年5月下旬に仮契約を締結する。\n"
        "3 仮契約は、令和9年6月市議会定例会において議決を得たときに本契約として成立する。\n"
    )
    assert ("other", "2027-06-01", None, "month") in found(text)
    assert ("contract", "2027-06-01", None, "month") not in found(text)
    text = (
        "入札公告\n"
        "1 開札 令和9年5月20日（木）午前10時\n"
        "2 本件は議会の議決を要するため、令和9年6月町議会定例会に議案を提出し、その議決を経た後に本契約とする。\n"
    )
    assert ("other", "2027-06-01", None, "month") in found(text)
