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


# --- a step on the day of the step before -------------------------------------------------------------------


def test_a_step_done_within_the_day_of_the_step_above_is_dated_by_it():
    text = "(4) 開札日時　令和10年6月8日（木）午後2時\n" "(5) 落札者の決定　同日中に決定し、入札者全員に電話で連絡する。\n"
    assert found(text) == [("other", "2028-06-08", "14:00", "datetime"), ("result", "2028-06-08", None, "date")]
    text = "■開封\n　令和10年6月8日（木）14時から 本庁舎3階\n　結果は同日中にメールでお知らせします。\n"
    assert [kind for kind, *_ in found(text)] == ["other", "result"]
