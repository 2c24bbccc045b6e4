"""The lead's re-read of stop 52's merged rounds: each test fails before its mend."""

from tenders.extractor.extract import HAD_BEEN_AFTER, HAD_BEEN_REACH
from tenders.extractor.normalize import letter_keys_spelled


def test_the_cheap_look_for_a_had_been_reaches_as_far_as_its_pattern():
    # (the longest 「…までに…するとなっていた」 the pattern reads: its 「て」 must stand inside the look before it)
    tail = "  までに" + "あ" * 20 + "する」  と  なっていた"
    assert HAD_BEEN_AFTER.match(tail)
    assert "て" in tail[:HAD_BEEN_REACH]


def test_each_legend_of_one_letter_keys_spells_its_keys_from_its_line_on():
    lines = [
        "【記号の見方】時=日時 場=場所 申=申し込み",  # (the lines as normalized: 「＝」 and full-width spaces folded)
        "申 6月13日(金)までに",
        "■ 二つ目の記事",
        "【記号の見方】問=問い合わせ 持=持ち物 対=対象",
        "申 6月20日(金)までに",
        "問 市役所",
    ]
    assert letter_keys_spelled(lines)[1:3] == ["申し込み 6月13日(金)までに", "■ 二つ目の記事"]
    # (a second legend's keys are spelled below it, the first legend's kept)
    assert letter_keys_spelled(lines)[4:] == ["申し込み 6月20日(金)までに", "問い合わせ 市役所"]
