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


def test_a_year_less_question_day_after_a_december_answer_page_is_in_the_next_year():
    text = (
        "温泉保養施設指定管理者の公募期間の延長及び質問への回答について\n"
        "更新日：２０２６年１２月２５日\n"
        "\n"
        "１　公募期間の延長について\n"
        "　応募書類の提出期限を、令和９年１月１５日（金）午後５時から、令和９年１月２９日（金）午後５時まで延長いたします。\n"
        "２　質問への回答について\n"
        "　１２月１０日（木）から１２月１８日（金）までに受け付けた質問について、次のとおり回答します。\n"
        "３　追加の質問について\n"
        "　追加の質問を１月８日（金）まで受け付けます。\n"
    )
    assert found(text) == [
        ("question", "2027-01-08", None, "date"),
        ("submission", "2027-01-29", "17:00", "datetime"),
    ]


def test_a_year_less_question_window_before_a_january_answer_page_is_in_the_year_before():
    text = (
        "温泉保養施設指定管理者の公募期間の延長及び質問への回答について\n"
        "更新日：２０２７年１月８日\n"
        "\n"
        "１　公募期間の延長について\n"
        "　応募書類の提出期限を、令和９年１月１５日（金）午後５時から、令和９年１月２９日（金）午後５時まで延長いたします。\n"
        "２　質問への回答について\n"
        "　１２月２１日（月）から１２月２８日（月）までに受け付けた質問について、次のとおり回答します。\n"
    )
    assert found(text) == [("submission", "2027-01-29", "17:00", "datetime")]
