"""Sign-in cannot be hammered: wrong passwords lock the account and the address for a while
(django-axes' real backend, through the real login form), and reset mails are limited per address."""

import pytest
import time_machine
from django.core import mail
from django.core.cache import caches
from django.urls import reverse

from tenders.services import staff_get_or_create
from tests.conftest import tokyo

LOGIN = reverse("tenders:login")
RESET = reverse("tenders:password_reset")
PASSWORD = "Kigen-2026-shimekiri"


@pytest.fixture(autouse=True)
def fresh_throttle():
    caches["throttle"].clear()
    yield
    caches["throttle"].clear()


@pytest.fixture
def member(db):
    user, _ = staff_get_or_create(email="lead@example.jp", display_name="山田 一郎")
    user.set_password(PASSWORD)
    user.save()
    return user


def sign_in(client, username, password, address="192.0.2.10"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def signed_in(client):
    return "_auth_user_id" in client.session


@time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False)
def test_wrong_passwords_lock_the_account_then_the_right_one_is_refused_for_a_while(client, member, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = sign_in(client, "lead@example.jp", "wrong")
        assert response.status_code == 200 and not signed_in(client)
    response = sign_in(client, "lead@example.jp", "wrong")
    assert response.status_code == 429
    # the right password, typed differently and from another address, is refused too: the account is locked
    response = sign_in(client, "Lead@Example.jp ", PASSWORD, address="198.51.100.7")
    assert response.status_code == 429 and not signed_in(client)
    page = response.content.decode()
    assert "ログインを一時停止しています" in page
    assert "パスワードを5回間違えたため" in page and "15分間" in page
    with time_machine.travel(tokyo(2026, 4, 14, 9, 16), tick=False):
        response = sign_in(client, "lead@example.jp", PASSWORD)
        assert response.status_code == 302 and signed_in(client)


@time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False)
def test_wrong_passwords_from_one_address_lock_that_address(client, member, settings):
    for i in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, f"guess{i}@example.jp", "wrong", address="203.0.113.5")
    assert sign_in(client, "lead@example.jp", PASSWORD, address="203.0.113.5").status_code == 429
    assert not signed_in(client)
    response = sign_in(client, "lead@example.jp", PASSWORD, address="192.0.2.10")
    assert response.status_code == 302 and signed_in(client)


@time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False)
def test_a_right_password_before_the_limit_clears_the_count(client, member, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "lead@example.jp", "wrong")
    assert sign_in(client, "lead@example.jp", PASSWORD).status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "lead@example.jp", "wrong")
    assert sign_in(client, "lead@example.jp", PASSWORD).status_code == 302


def test_the_lockout_page_speaks_english_too(client, member, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "lead@example.jp", "wrong")
    page = sign_in(client, "lead@example.jp", PASSWORD).content.decode()
    assert "The password was wrong 5 times" in page and "15 minutes" in page


@time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False)
def test_reset_mails_are_limited_per_address_and_the_page_says_the_same_either_way(client, member, settings):
    pages = set()
    for _ in range(20):
        response = client.post(RESET, {"email": "lead@example.jp"}, follow=True)
        pages.add(response.content.decode())
    assert len(mail.outbox) == settings.PASSWORD_RESET_MAILS_PER_HOUR == 3
    assert all(message.to == ["lead@example.jp"] for message in mail.outbox)
    unknown = client.post(RESET, {"email": "nobody@example.jp"}, follow=True).content.decode()
    assert pages == {unknown}
    assert "1つのアドレスに送るメールは1時間に3通までです" in unknown
    with time_machine.travel(tokyo(2026, 4, 14, 10, 1), tick=False):
        client.post(RESET, {"email": "LEAD@example.jp"})
    assert len(mail.outbox) == 4


@time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False)
def test_one_address_at_its_limit_leaves_the_others_alone(client, member):
    other, _ = staff_get_or_create(email="mate@example.jp")
    for _ in range(5):
        client.post(RESET, {"email": "lead@example.jp"})
    client.post(RESET, {"email": "mate@example.jp"})
    assert [m.to for m in mail.outbox].count(["mate@example.jp"]) == 1


def test_a_sign_in_signalled_without_a_request_records_nothing_and_breaks_nothing(member):
    from django.contrib.auth.signals import user_logged_in, user_logged_out

    user_logged_in.send(sender=member.__class__, request=None, user=member)
    user_logged_out.send(sender=member.__class__, request=None, user=member)
