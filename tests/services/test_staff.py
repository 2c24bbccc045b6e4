"""The staff services: accounts and profiles; a name change renews the keys of every team the person is in."""

from tenders.models import Profile, TeamValidity
from tenders.services import profile_set_language, profile_update, staff_create, staff_get_or_create, staff_stop_digest, team_join


def key(team):
    return TeamValidity.objects.get(team=team).key


def test_get_or_create_by_address_with_a_profile(db):
    user, created = staff_get_or_create(email=" New@Example.jp ", display_name="新人")
    assert created and user.profile.display_name == "新人" and not user.has_usable_password()
    assert staff_get_or_create(email="New@Example.jp") == (user, False)


def test_create_with_a_password(db):
    user = staff_create(username="demo", email="demo@example.jp", password="demo", display_name="デモ")
    assert user.check_password("demo") and Profile.objects.get(user=user).display_name == "デモ"


def test_profile_language_and_digest_renew_the_keys_of_the_persons_teams(team, other_team, teammate):
    team_join(team=other_team, user=teammate)
    keys = key(team), key(other_team)
    teammate.profile.display_name = "鈴木 次郎"
    profile_update(profile=teammate.profile)
    assert (key(team), key(other_team)) != keys and all(a != b for a, b in zip(keys, (key(team), key(other_team)), strict=True))
    keys = key(team)
    assert profile_set_language(user=teammate, language="en")
    assert not profile_set_language(user=teammate, language="en") and not profile_set_language(user=teammate, language="xx")
    assert staff_stop_digest(user=teammate) and not staff_stop_digest(user=teammate)
    teammate.profile.refresh_from_db()
    assert teammate.profile.language == "en" and not teammate.profile.digest_enabled and key(team) != keys
