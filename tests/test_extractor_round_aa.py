"""Calls of big-city bureaus and national field offices (round aa): each test a few lines written for its class."""

from tests.extractor_found import found, kinds

# --- papers of two steps named together --------------------------------------------------------------------


def test_an_application_and_a_proposal_handed_in_together_are_two_steps_of_one_deadline():
    text = "⑶ 参加資格確認申請書及び企画提案書の提出期限 令和10年3月2日（木）午後3時\n"
    assert found(text) == [
        ("application", "2028-03-02", "15:00", "datetime"),
        ("submission", "2028-03-02", "15:00", "datetime"),
    ]
    text = "6 参加申請書・技術提案書の提出\n(1) 提出期限 令和10年3月2日（木）正午\n"
    assert kinds(text) == ["application", "submission"]
    # (the comments that go with the questions are still no step of their own)
    text = "(2) 質問・意見の提出期限 令和10年2月20日（火）正午\n"
    assert kinds(text) == ["question"]
