"""A bid team's own records around one call (round rb): the issuer's schedule pasted or quoted among the team's own
plan, and a later message that moves the issuer's steps; each test a few lines written for its reading."""

from tests.extractor_found import found


def test_steps_moved_together_by_one_verb_each_take_their_new_day():
    text = (
        "日程（公告時）\n"
        "・企画提案書の提出期限　令和8年8月21日（金）正午\n"
        "・ヒアリング　令和8年9月3日（木）\n"
        "・審査結果の通知　令和8年9月中旬\n"
        "\n"
        "回答：企画提案書の提出期限を、令和8年8月21日（金）正午から令和8年8月28日（金）正午に変更します。"
        "これに伴い、ヒアリングを令和8年9月10日（木）に、審査結果の通知を令和8年9月下旬に変更します。\n"
    )
    assert found(text) == [
        ("submission", "2026-08-28", "12:00", "datetime"),
        ("hearing", "2026-09-10", None, "date"),
        ("result", "2026-09-01", None, "late_month"),
    ]


def test_a_part_of_the_month_moved_within_its_month_replaces_the_old_part():
    text = (
        "・審査結果の通知　令和8年11月上旬\n"
        "・契約締結　令和8年12月上旬\n"
        "なお、審査結果の通知の時期を令和8年11月下旬に変更します。\n"
    )
    assert found(text) == [
        ("result", "2026-11-01", None, "late_month"),
        ("contract", "2026-12-01", None, "early_month"),
    ]
