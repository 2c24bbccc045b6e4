"""Every call this server makes to an address it was given goes through here, so that none is a way
into the server's own network (SSRF): a chat channel's URL a person typed, the chat services' API
addresses, the portal's search API and the attachment addresses its answers name.

- ``check_url`` refuses what is not http(s) (https only, where the caller asks it), carries a user name
  or password, or has a host with any address that is not globally routable (loopback, private,
  link-local, shared, unspecified), multicast or reserved; an IPv4-mapped IPv6 address is judged as
  the IPv4 address it carries. The host is resolved once.
- ``post`` and ``get`` then connect to the address that was checked, never to a second resolution of
  the name (no DNS rebinding), with the name kept for the Host header and for TLS (SNI and the
  certificate's check). ``post`` follows no redirect; ``get`` follows up to ``max_redirects``, each
  target checked and pinned like the first URL. No proxy or other setting is taken from the process
  environment.
- ``ALLOW_LOOPBACK_URLS`` (the tests' stand-in servers, a lab) allows loopback addresses, and plain
  http where the caller asks for https; private and the other addresses stay refused.

It lives in the ``tenders`` package beside ``lease.py`` (which the same apps share) because both
the chat and the discovery apps import it and neither may own it: discovery never imports chat, and
chat's webhooks are no business of discovery's. It imports no app; the core's models, services and
rules never import it (both are import-linter contracts in pyproject.toml).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx
from django.conf import settings
from django.utils.translation import gettext as _


class UnsafeURL(ValueError):
    """A URL we will not call; its message is for the user (no credential in it)."""


@dataclass(frozen=True)
class Target:
    url: str  # the URL with the checked address in place of the name
    host: str  # the name, for TLS (SNI and the certificate)
    netloc: str  # the name and port as given, for the Host header


def allowed(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return settings.ALLOW_LOOPBACK_URLS
    return ip.is_global and not (ip.is_multicast or ip.is_reserved)


def check_url(url: str, *, https_only: bool = False) -> Target:
    """The address to connect to for ``url``, or UnsafeURL with the reason."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise UnsafeURL(_("This is not a valid URL.")) from None
    https_only = https_only and not settings.ALLOW_LOOPBACK_URLS
    if parts.scheme not in (("https",) if https_only else ("https", "http")) or not parts.hostname:
        raise UnsafeURL(_("Enter an https:// URL.") if https_only else _("Only http:// and https:// URLs are used."))
    if parts.username or parts.password:
        raise UnsafeURL(_("A URL with a user name or password is not accepted."))
    try:
        host = parts.hostname.encode("idna").decode("ascii")  # 例え.jp → xn--r8jz45g.jp, for DNS, Host and TLS
        infos = socket.getaddrinfo(host, port or (443 if parts.scheme == "https" else 80), type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise UnsafeURL(_("The host name of this URL could not be found.")) from None
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not addresses or not all(allowed(address) for address in addresses):
        raise UnsafeURL(_("This URL leads to a local or private network address, which is not allowed."))
    return Target(
        urlunsplit((parts.scheme, _netloc(addresses[0], port), parts.path or "/", parts.query, "")), host, _netloc(host, port)
    )


def _netloc(host: str, port: int | None) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"{shown}:{port}" if port else shown


def _send(client: httpx.Client, method: str, url: str, *, https_only: bool, stream: bool, headers=None, **kwargs):
    target = check_url(url, https_only=https_only)
    headers = {**(headers or {}), "Host": target.netloc}
    request = client.build_request(method, target.url, headers=headers, extensions={"sni_hostname": target.host}, **kwargs)
    return client.send(request, stream=stream)


def _client(timeout: float) -> httpx.Client:
    return httpx.Client(timeout=httpx.Timeout(timeout), follow_redirects=False, trust_env=False)


def post(url: str, *, timeout: float, https_only: bool = False, **kwargs) -> httpx.Response:
    """POST to ``url`` once its address is checked; no redirect is followed (a 3xx is the answer).

    Raises UnsafeURL or httpx's errors."""
    with _client(timeout) as client:
        return _send(client, "POST", url, https_only=https_only, stream=False, **kwargs)


@contextmanager
def get(url: str, *, timeout: float, max_redirects: int = 0, headers=None) -> Iterator[httpx.Response]:
    """GET ``url`` once its address is checked; the response is open for streaming within the block.

    A redirect is followed (up to ``max_redirects``; then the 3xx is the answer) only after its
    target has been checked like ``url``: a 302 never leads into our network. Raises UnsafeURL or
    httpx's errors."""
    with _client(timeout) as client:
        response = _send(client, "GET", url, https_only=False, stream=True, headers=headers)
        try:
            for _redirect in range(max_redirects):
                if not response.is_redirect:
                    break
                url = urljoin(url, response.headers["Location"])
                response.close()
                response = _send(client, "GET", url, https_only=False, stream=True, headers=headers)
            yield response
        finally:
            response.close()
