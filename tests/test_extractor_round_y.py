"""Ordinary calls in less common layouts (round y): each test a few lines written for its class."""

from tests.extractor_found import found, kinds

# --- days counted from the notice, the day itself given in brackets --------------------------------------------


def test_a_counted_day_in_square_brackets_on_the_line_below():
    text = (
        "４　参加申請\n"
        "（１）申請期限　告示日から６日目の午後４時まで\n"
        "　　　　　　　［令和９年３月１０日（水）午後４時］\n"
        "（２）審査結果　告示日から９日目までに通知する。\n"
        "　　　　　　　［令和９年３月１５日（月）］\n"
        "５　開札\n"
        "（１）日時　告示日から１４日目の午後２時\n"
        "　　　　　　［令和９年３月２２日（月）午後２時］\n"
    )
    assert found(text) == [
        ("application", "2027-03-10", "16:00", "datetime"),
        ("result", "2027-03-15", None, "date"),
        ("other", "2027-03-22", "14:00", "datetime"),
    ]


def test_a_counted_day_in_other_brackets_on_its_line():
    text = "（３）質問の期限　公示日から４日目の正午まで【2027年6月4日（金）】\n"
    assert found(text) == [("question", "2027-06-04", "12:00", "datetime")]
    text = "（４）回答　公示日から７日目までにホームページに掲載する。［2027年6月9日（水）］\n"
    assert kinds(text) == ["answer"]
