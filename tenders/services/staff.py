"""Staff accounts and their profiles (name, language, time zone, what mail they get)."""

from django.contrib.auth import get_user_model
from django.db import transaction

from tenders.changes import touched
from tenders.models import Membership, Profile

User = get_user_model()


def _teams_of(user) -> list[int]:
    return list(Membership.objects.filter(user=user).values_list("team_id", flat=True))


def staff_get_or_create(*, email: str, display_name: str = "", language: str = "ja") -> tuple[User, bool]:
    """The staff account for an email address (the username is the address)."""
    email = User.objects.normalize_email(email.strip())
    user = User.objects.filter(email__iexact=email).first()
    if user is not None:
        profile_ensure(user=user)
        return user, False
    return staff_create(username=email, email=email, display_name=display_name, language=language), True


@transaction.atomic
def staff_create(
    *,
    username: str,
    email: str,
    password: str | None = None,
    display_name: str = "",
    language: str = "ja",
    is_staff: bool = False,
) -> User:
    """A new staff account with its profile; without a password it has none usable until a reset."""
    user = User.objects.create_user(username=username, email=email, password=password, is_staff=is_staff)
    user.profile, _ = Profile.objects.update_or_create(user=user, defaults={"display_name": display_name, "language": language})
    return user


def profile_ensure(*, user) -> Profile:
    """Every staff account has a profile (language, time zone, notification preferences)."""
    return Profile.objects.get_or_create(user=user)[0]


@transaction.atomic
def profile_update(*, profile: Profile, fields=None) -> Profile:
    """Save a person's preferences (a form's instance); their name shows on every team they are in."""
    profile.full_clean()
    profile.save(update_fields=fields)
    touched(teams=_teams_of(profile.user_id), whole_teams=True)
    return profile


def profile_set_language(*, user, language: str) -> bool:
    """The header's language switch: kept on the person's profile."""
    if language not in Profile.Language.values:
        return False
    with transaction.atomic():
        changed = bool(Profile.objects.filter(user=user).exclude(language=language).update(language=language))
        if changed:
            touched(teams=_teams_of(user), whole_teams=True)
    return changed


def staff_stop_digest(*, user) -> bool:
    """Turn a person's morning digest off (the digest's one-click unsubscribe); False when it already was."""
    with transaction.atomic():
        stopped = bool(Profile.objects.filter(user=user, digest_enabled=True).update(digest_enabled=False))
        if stopped:
            touched(teams=_teams_of(user), whole_teams=True)
    return stopped


@transaction.atomic
def staff_save(*, user) -> User:
    """Save an account as the admin edited it (name, active, permissions)."""
    created = user._state.adding
    user.save()
    if created:
        profile_ensure(user=user)
    touched(teams=_teams_of(user), whole_teams=True)
    return user


@transaction.atomic
def staff_delete(*, user) -> None:
    teams = _teams_of(user)
    user.delete()
    touched(teams=teams, whole_teams=True)
