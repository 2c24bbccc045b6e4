"""A URL a person types is never a way into the server's network (SSRF).

``check_url`` refuses what is not http(s) (https unless local URLs are allowed), carries a user name
or password, or resolves to an address that is not globally routable (loopback, private, link-local, shared,
unspecified), multicast or reserved (IPv4-mapped IPv6 addresses are judged as the IPv4 they carry). ``post`` then
connects to the address it checked, not to a second resolution of the name (no DNS rebinding), with
the name kept for the Host header and TLS (SNI and certificate), and follows no redirect at all.
CHAT_ALLOW_LOCAL_URLS=1 (tests, a lab) allows loopback addresses and plain http; never private ones.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import httpx
from django.conf import settings
from django.utils.translation import gettext as _


class UnsafeURL(ValueError):
    """A URL we will not call; its message is the user's (no credential in it)."""


@dataclass(frozen=True)
class Target:
    url: str  # the URL with the checked address in place of the name
    host: str  # the name, for Host and TLS


def allowed(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return settings.CHAT_ALLOW_LOCAL_URLS
    return ip.is_global and not (ip.is_multicast or ip.is_reserved)


def check_url(url: str) -> Target:
    """The address to connect to for ``url``, or UnsafeURL with the reason."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise UnsafeURL(_("This is not a valid URL.")) from None
    schemes = ("https", "http") if settings.CHAT_ALLOW_LOCAL_URLS else ("https",)
    if parts.scheme not in schemes or not parts.hostname:
        raise UnsafeURL(_("Enter an https:// URL."))
    if parts.username or parts.password:
        raise UnsafeURL(_("A URL with a user name or password is not accepted."))
    host = parts.hostname
    port = port or (443 if parts.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise UnsafeURL(_("The host name of this URL could not be found.")) from None
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not addresses or not all(allowed(address) for address in addresses):
        raise UnsafeURL(_("This URL leads to a local or private network address, which is not allowed."))
    address = addresses[0]
    shown = f"[{address}]" if ":" in address else address
    netloc = f"{shown}:{parts.port}" if parts.port else shown
    return Target(urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, "")), host)


def post(url: str, *, timeout: float | None = None, **kwargs) -> httpx.Response:
    """POST to ``url`` once its address is checked; no redirect is followed. Raises UnsafeURL or httpx errors."""
    target = check_url(url)
    headers = {**kwargs.pop("headers", {}), "Host": urlsplit(url.strip()).netloc}
    timeout = timeout or settings.CHAT_TIMEOUT_SECONDS
    with httpx.Client(timeout=httpx.Timeout(timeout), follow_redirects=False, trust_env=False) as client:
        request = client.build_request("POST", target.url, headers=headers, extensions={"sni_hostname": target.host}, **kwargs)
        return client.send(request)
