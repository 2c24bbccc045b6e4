"""Rare layouts (round pm): each test a few invented lines written in the form taught."""

from tests.extractor_found import found, one_line

# --- a newsletter's short key over a wrapped sentence that holds the event --------------------------------------


def test_a_short_key_over_a_wrapped_sentence_holding_a_hearing_is_the_hearing():
    text = (
        "令和8年度　公民館の指定管理者募集\n"
        "◇応募の受付　令和8年6月10日（木）まで\n"
        "◇選定　7月中旬に公民館指定管理者選定委\n"
        "員会による面接審査を実施しま\n"
        "す。結果は8月上旬にお知らせします。\n"
    )
    expected = [
        ("submission", "2026-06-10", None, "date"),
        ("hearing", "2026-07-01", None, "mid_month"),
        ("result", "2026-08-01", None, "early_month"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected
