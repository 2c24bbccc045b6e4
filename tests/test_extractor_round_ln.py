"""Change notices in the forms their writers choose (round ln): a 県報's 改め文 in kanji numerals whose clause wraps
between its old words and its new ones, and a clause that moves only the end of the papers' window the call opened.
Each test a few invented lines."""

from tests.extractor_found import found

HEAD = (
    "公　告\n"
    "柚木県公告第五十二号\n"
    "　令和九年五月十日付け柚木県公告第四十号（一般競争入札の実施について）の一部を次のように改める。\n"
    "　　令和九年五月二十一日\n"
    "　　　　　　　　柚木県知事　青　木　　一　郎\n"
)


def test_a_clause_wrapped_after_its_old_words_moves_its_step():
    text = HEAD + (
        "一　２の（３）入札参加資格確認申請書の提出期限中「令和九年五月二十六日（水）」を\n"
        "「令和九年六月二日（水）」に改める。\n"
        "二　２の（６）入札書の提出期限中「令和九年六月九日（水）」を「令和九年六月十六日（水）」に改める。\n"
    )
    assert found(text) == [
        ("application", "2027-06-02", None, "date"),
        ("submission", "2027-06-16", None, "date"),
    ]


def test_a_clause_moving_the_end_of_the_papers_window_is_no_publication():
    text = HEAD + (
        "一　２の（２）入札説明書の交付期間中「令和九年六月九日（水）」を「令和九年六月十六日（水）」に改める。\n"
        "二　２の（４）入札参加資格の確認結果の通知中「令和九年六月一日（火）」を「令和九年六月八日（火）」に改める。\n"
        "三　２の（６）入札書の提出期限中「令和九年六月九日（水）」を「令和九年六月十六日（水）」に改める。\n"
    )
    assert found(text) == [
        ("result", "2027-06-08", None, "date"),
        ("submission", "2027-06-16", None, "date"),
    ]


def test_a_clause_moving_a_lone_day_of_no_window_still_moves_its_step():
    # (an item whose words name no period: the step itself, moved)
    text = HEAD + "一　２の（７）開札の日時中「令和九年六月十日（木）午前十時」を「令和九年六月十七日（木）午前十時」に改める。\n"
    assert found(text) == [("other", "2027-06-17", "10:00", "datetime")]
