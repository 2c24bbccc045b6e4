"""The one outbound-URL check (tenders/outbound.py) that chat and discovery share: what it refuses,
what ALLOW_LOOPBACK_URLS changes, that the address checked is the one connected to, and that a
redirect is checked like the first URL. The features' own tests are in tests/chat/test_safety.py
and tests/discovery/test_portal.py."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tenders import outbound

REFUSED = [
    "https://10.0.0.5/hook",
    "https://192.168.1.10/hook",
    "https://172.16.0.1/hook",
    "https://169.254.169.254/latest/meta-data/",  # the cloud metadata service
    "https://[fd00::1]/hook",
    "https://[fe80::1]/hook",
    "https://0.0.0.0/hook",
    "https://224.0.0.1/hook",
    "https://[ff02::1]/hook",
    "https://240.0.0.1/hook",
    "https://[::ffff:10.0.0.1]/hook",
    "https://[::ffff:169.254.169.254]/hook",
    "https://100.64.0.1/hook",  # carrier-grade NAT (shared address space)
]
INSIDE = ["127.0.0.1", "10.1.2.3", "::1", "169.254.169.254", "::ffff:127.0.0.1", "192.168.0.1"]
PRIVATE = "ローカルまたは社内ネットワーク"


@pytest.mark.parametrize("url", REFUSED)
def test_private_and_special_addresses_are_refused_even_when_loopback_is_allowed(url, settings):
    settings.ALLOW_LOOPBACK_URLS = True
    with pytest.raises(outbound.UnsafeURL, match=PRIVATE):
        outbound.check_url(url)


@pytest.mark.parametrize("url", ["http://127.0.0.1/x", "http://localhost/x", "http://[::1]/x", "http://[::ffff:127.0.0.1]/x"])
def test_loopback_is_refused_without_the_setting(url, settings):
    settings.ALLOW_LOOPBACK_URLS = False
    with pytest.raises(outbound.UnsafeURL, match=PRIVATE):
        outbound.check_url(url)


@pytest.mark.parametrize("address", INSIDE)
def test_a_name_that_resolves_inside_is_refused(address, dns, settings):
    settings.ALLOW_LOOPBACK_URLS = False
    dns.names["files.example.jp"] = [address]
    with pytest.raises(outbound.UnsafeURL, match=PRIVATE):
        outbound.check_url("https://files.example.jp/a.pdf")


def test_one_inside_address_among_public_ones_is_enough_to_refuse(settings, monkeypatch):
    settings.ALLOW_LOOPBACK_URLS = True
    real = outbound.socket.getaddrinfo

    def two_answers(host, port, *args, **kwargs):
        if host == "mixed.example.jp":
            return [*real("93.184.215.14", port, *args, **kwargs), *real("10.0.0.1", port, *args, **kwargs)]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(outbound.socket, "getaddrinfo", two_answers)
    with pytest.raises(outbound.UnsafeURL, match=PRIVATE):
        outbound.check_url("https://mixed.example.jp/")


@pytest.mark.parametrize(
    "url,https_only,message",
    [
        ("http://hooks.slack.com/services/x", True, "https://"),
        ("ftp://example.com/x", False, "http:// と https:// 以外"),
        ("file:///etc/passwd", False, "http:// と https:// 以外"),
        ("gopher://example.com/x", True, "https://"),
        ("https://user:pass@hooks.slack.com/x", True, "ユーザー名やパスワード"),
        ("https://no-such-host.invalid/x", False, "ホスト名が見つかりません"),
        ("http://[::1/x", False, "URL として読めません"),
    ],
)
def test_other_bad_urls_say_why(url, https_only, message, settings):
    settings.ALLOW_LOOPBACK_URLS = False
    with pytest.raises(outbound.UnsafeURL, match=message):
        outbound.check_url(url, https_only=https_only)


def test_the_setting_allows_loopback_and_plain_http_only(settings, dns):
    settings.ALLOW_LOOPBACK_URLS = True
    dns.names["stand-in.example.jp"] = ["127.0.0.1"]
    target = outbound.check_url("http://stand-in.example.jp:8080/hook?x=1", https_only=True)
    assert (target.url, target.host, target.netloc) == (
        "http://127.0.0.1:8080/hook?x=1",
        "stand-in.example.jp",
        "stand-in.example.jp:8080",
    )


def test_an_international_name_is_checked_and_sent_in_its_ascii_form(settings, dns):
    settings.ALLOW_LOOPBACK_URLS = False
    dns.names["xn--r8jz45g.jp"] = ["93.184.215.14"]
    target = outbound.check_url("https://例え.jp/a")
    assert (target.url, target.host, target.netloc) == ("https://93.184.215.14/a", "xn--r8jz45g.jp", "xn--r8jz45g.jp")
    dns.names["xn--r8jz45g.jp"] = ["10.0.0.1"]
    with pytest.raises(outbound.UnsafeURL, match=PRIVATE):
        outbound.check_url("https://例え.jp/a")


class Server:
    """A real HTTP server on loopback: ``answers`` maps a path to (status, headers, body); it records the
    path and Host of every request."""

    def __init__(self, answers):
        self.answers, self.seen = answers, []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                server.seen.append((self.path, self.headers["Host"]))
                status, headers, body = server.answers.get(self.path, (404, {}, b""))
                self.send_response(status)
                for name, value in {**headers, "Content-Length": str(len(body))}.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            do_POST = do_GET

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.http.server_address[1]
        threading.Thread(target=self.http.serve_forever, daemon=True).start()

    def close(self):
        self.http.shutdown()
        self.http.server_close()


@pytest.fixture
def server():
    started = Server({})
    yield started
    started.close()


def test_the_checked_address_is_the_one_connected_to(server, dns, settings):
    """No DNS rebinding: the name is resolved once, checked, and that address is used (the name kept for Host)."""
    settings.ALLOW_LOOPBACK_URLS = True
    server.answers["/a"] = (200, {}, b"inside the stand-in")
    dns.names["rebind.example.jp"] = ["127.0.0.1", "10.9.9.9"]  # loopback when checked, an inside address after
    with outbound.get(f"http://rebind.example.jp:{server.port}/a", timeout=2) as response:
        assert response.read() == b"inside the stand-in"
    assert dns.lookups == ["rebind.example.jp"]
    assert server.seen == [("/a", f"rebind.example.jp:{server.port}")]


def test_a_redirect_is_checked_like_the_first_url(server, dns, settings):
    settings.ALLOW_LOOPBACK_URLS = True
    dns.names["inside.example.jp"] = ["10.0.0.7"]
    server.answers["/to-loopback"] = (302, {"Location": "/here"}, b"")
    server.answers["/here"] = (200, {}, b"followed")
    server.answers["/to-metadata"] = (302, {"Location": "http://169.254.169.254/latest/meta-data/"}, b"")
    server.answers["/to-inside-name"] = (307, {"Location": "http://inside.example.jp/admin"}, b"")
    base = f"http://127.0.0.1:{server.port}"
    with outbound.get(base + "/to-loopback", timeout=2, max_redirects=3) as response:
        assert response.read() == b"followed"
    for path in ("/to-metadata", "/to-inside-name"):
        with pytest.raises(outbound.UnsafeURL, match=PRIVATE):
            with outbound.get(base + path, timeout=2, max_redirects=3):
                pass
    assert dns.lookups == ["inside.example.jp"]


def test_post_follows_no_redirect(server, settings):
    settings.ALLOW_LOOPBACK_URLS = True
    server.answers["/hook"] = (302, {"Location": "/elsewhere"}, b"")
    response = outbound.post(f"http://127.0.0.1:{server.port}/hook", timeout=2, content=b"{}")
    assert response.status_code == 302
    assert [path for path, _host in server.seen] == ["/hook"]
