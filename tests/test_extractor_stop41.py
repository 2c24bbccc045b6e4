"""Stop 41, the lead's own mends."""

from tenders.extractor.extract import TEAM_ACT


def test_an_english_post_of_the_teams_drafts_reviews_and_rehearsals_is_the_teams_work():
    """The word boundaries of the English team acts were written as backspace characters, so none of them matched."""
    for post in ("first full draft Fri 6/26", "internal review Mon 6/29", "print & bind Thu 7/2", "dry run Wed 7/1"):
        assert TEAM_ACT.search(post), post
    assert not TEAM_ACT.search("Withdrawal of the proposal by 7/10")  # 'draw' inside a word is no draft
    assert not TEAM_ACT.search("redrafts are not accepted after 7/3")
