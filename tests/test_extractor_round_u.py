"""Steps the extractor missed entirely (round u): each test a few lines written for its class."""

from tests.extractor_found import found

# --- keys whose letters are spread out -----------------------------------------------------------------------


def test_a_key_spread_out_over_a_key_below_is_one_word_not_two_cells():
    text = (
        "９　開札の日時及び場所\n"
        "（１）日　　時　　令和１０年３月４日（土）午後２時\n"
        "（２）場　　所　　町役場２階　大会議室\n"
    )
    assert found(text) == [("other", "2028-03-04", "14:00", "datetime")]
