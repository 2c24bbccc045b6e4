"""Change notices (round pl): the history a resuming notice tells before the call's name, a change mail's key of the
old call's day, a 新旧対照表 whose row reads alike in both columns, and a 質問回答書 whose answers move dates."""

from tests.extractor_found import found

# --- the past told before the call's name ----------------------------------------------------------------------


def test_a_suspension_named_twice_before_the_call_is_history_not_a_publication():
    text = (
        "令和10年3月2日(木)に公告し、令和10年3月16日(木)から手続を一時中止(休止)していた「港湾清掃業務委託」について、"
        "手続を再開します。\n"
        "再開後の日程(変更前 ⇒ 変更後)\n"
        "(1)質問書の提出期限\n"
        "令和10年3月22日(水)17:00 ⇒ 令和10年4月12日(水)17:00\n"
        "(2)提案書の提出期限\n"
        "令和10年4月5日(水)12:00 ⇒ 令和10年4月26日(水)12:00\n"
    )
    expected = [
        ("question", "2028-04-12", "17:00", "datetime"),
        ("submission", "2028-04-26", "12:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(text.replace("\n", " ")) == expected
