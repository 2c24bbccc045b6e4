"""The portal client against the stand-in: the real XML shape, and every way an answer goes wrong."""

import datetime as dt
import time

import pytest

from tenders.discovery.portal import (
    AnswerTooLarge,
    AttachmentMissing,
    Portal,
    PortalError,
    PortalRefused,
    PortalUnavailable,
    UnsafeAnswer,
    parse,
)
from tests.discovery.stand_in import BOMB_XML, ERROR_XML, Entry, Special, answer_xml

TODAY = dt.date(2026, 12, 1)
PRIVATE = "ローカルまたは社内ネットワーク"


def client(server, **options):
    options = {"user_agent": "Shimekiri/test (+https://shimekiri.test)", "interval": 0, "timeout": 2, "backoff": 0.01, **options}
    return Portal(server.api_url, **options)


def test_results_are_read_in_the_portals_schema(portal_stand_in):
    portal_stand_in.entries = [
        Entry(
            "K1", "桑名市 観光パンフレット作成業務", description="提出期限 令和8年12月20日", attachments=[("仕様書.pdf", "a.pdf")]
        ),
        Entry("K2", "四日市市 観光案内業務"),
        Entry("K3", "津市 道路工事", category="工事"),
    ]
    results = client(portal_stand_in).search({"Query": "観光"}, TODAY - dt.timedelta(days=14), TODAY)
    assert [r.key for r in results] == ["K1", "K2"]
    first = results[0]
    assert first.project_name == "桑名市 観光パンフレット作成業務"
    assert first.organization_name == "三重県桑名市" and first.prefecture_name == "三重県" and first.lg_code == "24"
    assert first.description == "提出期限 令和8年12月20日"
    assert first.cft_issue_date.startswith("2026-11-25")
    assert [(a.name, a.uri) for a in first.attachments] == [("仕様書.pdf", portal_stand_in.base + "/files/a.pdf")]
    assert portal_stand_in.requests[0]["Query"] == "観光"
    assert portal_stand_in.requests[0]["CFT_Issue_Date"] == "2026-11-17/2026-12-01"
    assert portal_stand_in.user_agents[0] == "Shimekiri/test (+https://shimekiri.test)"


def test_a_search_that_hits_the_count_cap_is_split_into_date_windows(portal_stand_in):
    portal_stand_in.entries = [Entry(f"K{n}", f"観光業務 {n}", issued=TODAY - dt.timedelta(days=n)) for n in range(10)]
    portal = client(portal_stand_in, count=4)
    results = portal.search({"Query": "観光"}, TODAY - dt.timedelta(days=9), TODAY)
    assert sorted(r.key for r in results) == sorted(f"K{n}" for n in range(10))
    assert len(portal_stand_in.requests) > 1
    assert all(int(q["Count"]) == 4 for q in portal_stand_in.requests)


def test_an_error_answer_is_a_typed_error_with_the_portals_message(portal_stand_in):
    portal_stand_in.queue = [Special(body=ERROR_XML)]
    with pytest.raises(PortalRefused, match="Query parameter is required"):
        client(portal_stand_in).search({"Query": "x"})
    assert len(portal_stand_in.requests) == 1  # not retried


def test_http_500_is_retried_with_backoff_then_succeeds(portal_stand_in):
    portal_stand_in.entries = [Entry("K1", "観光業務")]
    portal_stand_in.queue = [Special(status=500), Special(status=503)]
    slept = []
    portal = client(portal_stand_in, sleep=lambda s: (slept.append(s), time.sleep(s)))
    assert [r.key for r in portal.search({"Query": "観光"})] == ["K1"]
    assert portal.requests == 3 and slept == [0.01, 0.02]


def test_a_portal_that_stays_down_is_a_clear_error(portal_stand_in):
    portal_stand_in.queue = [Special(status=500)] * 4
    with pytest.raises(PortalUnavailable, match="HTTP 500、4回試行"):
        client(portal_stand_in, retries=3).search({"Query": "x"})


def test_a_timeout_is_retried(portal_stand_in):
    portal_stand_in.entries = [Entry("K1", "観光業務")]
    portal_stand_in.queue = [Special(delay=1.5)]
    portal = client(portal_stand_in, timeout=0.5)
    assert [r.key for r in portal.search({"Query": "観光"})] == ["K1"]
    assert portal.requests == 2


def test_malformed_utf8_is_read_with_replacement_characters(portal_stand_in):
    body = answer_xml([Entry("K1", "観光業務XX")], portal_stand_in.base).replace("XX".encode(), b"\xed\xa0\xb5\xff")
    portal_stand_in.queue = [Special(body=body)]
    (result,) = client(portal_stand_in).search({"Query": "観光"})
    assert result.project_name.startswith("観光業務") and "\ufffd" in result.project_name


def test_an_entity_expansion_bomb_is_refused(portal_stand_in):
    portal_stand_in.queue = [Special(body=BOMB_XML)]
    with pytest.raises(UnsafeAnswer):
        client(portal_stand_in).search({"Query": "x"})
    with pytest.raises(UnsafeAnswer):  # an external entity too
        parse(b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><Results>&x;</Results>')


def test_an_answer_over_the_byte_cap_is_refused(portal_stand_in):
    portal_stand_in.queue = [Special(streamed_bytes=30 * 1024 * 1024)]
    started = time.monotonic()
    with pytest.raises(AnswerTooLarge, match="20 MB"):
        client(portal_stand_in, max_bytes=20 * 1024 * 1024).search({"Query": "x"})
    assert time.monotonic() - started < 30


def test_requests_are_paced_to_one_a_second(portal_stand_in):
    portal = client(portal_stand_in, interval=1.0)
    for _ in range(3):
        portal.search({"Query": "x"})
    gaps = [b - a for a, b in zip(portal_stand_in.times, portal_stand_in.times[1:])]
    assert all(gap >= 0.95 for gap in gaps), gaps


def test_a_missing_attachment_is_its_own_error(portal_stand_in):
    with pytest.raises(AttachmentMissing, match="404"):
        client(portal_stand_in).download(portal_stand_in.base + "/files/none.pdf", max_bytes=1000)


def test_attachments_from_private_networks_or_other_schemes_are_refused(portal_stand_in, settings):
    portal = client(portal_stand_in)
    with pytest.raises(AttachmentMissing, match="http:// と https:// 以外"):
        portal.download("file:///etc/passwd", max_bytes=1000)
    with pytest.raises(AttachmentMissing, match=PRIVATE):
        portal.download("http://169.254.169.254/latest/meta-data/", max_bytes=1000)
    settings.ALLOW_LOOPBACK_URLS = False
    with pytest.raises(AttachmentMissing, match=PRIVATE):
        portal.download("http://localhost:1/secret", max_bytes=1000)
    assert portal.requests == 3 and not portal_stand_in.times  # nothing was retried, nothing reached


def test_an_attachment_on_a_loopback_name_is_read_when_loopback_is_allowed(portal_stand_in, dns):
    dns.names["files.example.jp"] = ["127.0.0.1"]
    portal_stand_in.files["a.pdf"] = b"%PDF-1.4 stand-in"
    port = portal_stand_in.server.server_address[1]
    assert client(portal_stand_in).download(f"http://files.example.jp:{port}/files/a.pdf", max_bytes=1000) == b"%PDF-1.4 stand-in"


@pytest.mark.parametrize("address", ["127.0.0.1", "10.0.0.5", "::1", "169.254.169.254"])
def test_an_attachment_whose_host_resolves_inside_is_refused(address, portal_stand_in, dns, settings):
    settings.ALLOW_LOOPBACK_URLS = False
    dns.names["files.example.jp"] = [address]
    portal_stand_in.files["a.pdf"] = b"secret"
    port = portal_stand_in.server.server_address[1]
    with pytest.raises(AttachmentMissing, match=PRIVATE):
        client(portal_stand_in).download(f"http://files.example.jp:{port}/files/a.pdf", max_bytes=1000)
    assert not portal_stand_in.times  # the stand-in was never asked


@pytest.mark.parametrize("address", ["127.0.0.1", "10.0.0.5", "::1", "169.254.169.254"])
def test_a_portal_address_that_resolves_inside_is_refused(address, portal_stand_in, dns, settings):
    settings.ALLOW_LOOPBACK_URLS = False
    dns.names["portal.example.jp"] = [address]
    port = portal_stand_in.server.server_address[1]
    with pytest.raises(PortalError, match=f"KKJ_API_URL.*{PRIVATE}"):
        Portal(f"http://portal.example.jp:{port}/api/", user_agent="t", interval=0, backoff=0.01).search({"Query": "x"})
    assert not portal_stand_in.times


def test_a_redirect_is_followed_only_when_its_target_passes_the_check(portal_stand_in, dns):
    dns.names["inside.example.jp"] = ["10.0.0.5"]
    portal_stand_in.files["b.pdf"] = b"moved here"
    portal = client(portal_stand_in)
    portal_stand_in.queue = [Special(status=302, headers={"Location": "/files/b.pdf"})]
    assert portal.download(portal_stand_in.base + "/files/a.pdf", max_bytes=1000) == b"moved here"
    for target in (
        "http://169.254.169.254/latest/meta-data/",
        "http://inside.example.jp/files/b.pdf",
        "http://[::ffff:10.0.0.1]/",
    ):
        portal_stand_in.queue = [Special(status=302, headers={"Location": target})]
        with pytest.raises(AttachmentMissing, match=PRIVATE):
            portal.download(portal_stand_in.base + "/files/a.pdf", max_bytes=1000)
    portal_stand_in.queue = [Special(status=301, headers={"Location": "http://169.254.169.254/latest/"})]
    with pytest.raises(PortalError, match=PRIVATE):  # the search's own redirects too
        portal.search({"Query": "x"})


def test_the_checked_address_is_the_one_connected_to(portal_stand_in, dns):
    """No DNS rebinding: the attachment's host is resolved once, and the address checked is used."""
    dns.names["rebind.example.jp"] = ["127.0.0.1", "10.9.9.9"]  # loopback (allowed here) when checked, then inside
    portal_stand_in.files["a.pdf"] = b"from the checked address"
    port = portal_stand_in.server.server_address[1]
    data = client(portal_stand_in, retries=0).download(f"http://rebind.example.jp:{port}/files/a.pdf", max_bytes=1000)
    assert data == b"from the checked address"
    assert dns.lookups == ["rebind.example.jp"]
