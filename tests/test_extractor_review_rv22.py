"""Review rv22 of round jh: a 「（当初は、…）」 bracket that turns to the new date before it closes, and a year-less
question day read in the year nearest the answer page's own day; each test a few lines written for its device."""

from tests.extractor_found import found


def test_a_told_old_plan_bracket_ends_where_it_turns_to_the_new_date():
    text = (
        "指定管理者の公募に係る日程の変更について\n"
        "　応募書類の提出期限を変更します（当初は、令和８年７月１０日（金）午後５時としていましたが、"
        "令和８年７月２４日（金）午後５時に変更します。）。\n"
    )
    assert found(text) == [("submission", "2026-07-24", "17:00", "datetime")]


def test_a_told_old_plan_bracket_left_open_ends_with_its_sentence():
    text = (
        "指定管理者の公募に係る日程の変更について\n"
        "　プレゼンテーション審査を延期します（当初は、７月２３日（木）の予定。"
        "プレゼンテーション審査は令和８年８月６日（木）に行います。\n"
    )
    assert found(text) == [("hearing", "2026-08-06", None, "date")]

