"""Stop 41, the lead's own mends."""

from tenders.extractor.extract import TEAM_ACT


def test_an_english_post_of_the_teams_drafts_reviews_and_rehearsals_is_the_teams_work():
    """The word boundaries of the English team acts were written as backspace characters, so none of them matched."""
    for post in ("first full draft Fri 6/26", "internal review Mon 6/29", "print & bind Thu 7/2", "dry run Wed 7/1"):
        assert TEAM_ACT.search(post), post
    assert not TEAM_ACT.search("Withdrawal of the proposal by 7/10")  # 'draw' inside a word is no draft
    assert not TEAM_ACT.search("redrafts are not accepted after 7/3")


def test_an_issuers_step_that_names_its_office_after_an_at_sign_stays_a_step():
    """A team's task ends in 「@野口」; an issuer's row may end in the office that takes the papers 「@契約課」."""
    from tenders.extractor import extract

    text = (
        "1 日程\n"
        "- 参加申込書の提出期限　令和9年6月4日（金）午後5時 @契約課\n"
        "- 企画提案書の提出期限　令和9年6月25日（金）正午 @契約課\n"
        "2 社内タスク\n"
        "- 提案書 骨子 6/10(木) @川村\n"
    )
    got = {(m["kind"], m["date"], m["time"]) for m in extract(text).as_json()["milestones"]}
    assert ("application", "2027-06-04", "17:00") in got
    assert ("submission", "2027-06-25", "12:00") in got
    assert not any(m[1] == "2027-06-10" for m in got)
