"""The 官公需情報ポータルサイト's search API (``KKJ_API_URL``): a polite, hardened HTTP client.

- At most one request a second per process (a lock and the time of the last request), a clear
  User-Agent, a timeout on every request, retries with backoff on 5xx and timeouts.
- An answer larger than ``max_bytes`` is refused (``AnswerTooLarge``), never read whole.
- Malformed UTF-8 (the portal sends some) is decoded with replacement characters before parsing;
  the XML is parsed by defusedxml with no DTD and no entities (an entity bomb is ``UnsafeAnswer``).
- An ``<Error>`` answer is ``PortalRefused``; a search that hits the ``Count`` cap is split into two
  date windows (``CFT_Issue_Date``) and searched again, down to single days.
- Every request (the search, an attachment, each redirect) goes through ``tenders.outbound``: http(s)
  only, never to a loopback, private, link-local or otherwise non-public address (the portal's own
  address included: ``KKJ_API_URL`` must be public, or loopback with ``ALLOW_LOOPBACK_URLS``), and
  to the address that was checked (no DNS rebinding). Attachments are size-limited like answers.

Messages of the errors are Japanese: they are shown to the person who pressed 「今すぐ検索」.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree
import httpx

from tenders import outbound

log = logging.getLogger(__name__)

MAX_COUNT = 1000  # the portal's cap on one answer
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
CHUNK = 64 * 1024
MAX_REDIRECTS = 5  # each one checked like the first address


class PortalError(Exception):
    """The portal could not be searched; the message says why (in Japanese)."""


class PortalRefused(PortalError):
    """The portal answered ``<Error>``: the search itself is wrong (no retry)."""


class PortalUnavailable(PortalError):
    """5xx or timeouts, after every retry."""


class AnswerTooLarge(PortalError):
    pass


class UnsafeAnswer(PortalError):
    """A DTD or entities in the answer (an entity-expansion bomb, an external entity)."""


class AttachmentMissing(PortalError):
    """An attachment could not be downloaded (404, refused host…): noted, not fatal."""


@dataclass(frozen=True)
class Attachment:
    name: str
    uri: str


@dataclass(frozen=True)
class Result:
    """One ``SearchResult`` of the portal, its fields as given (dates as the portal writes them)."""

    key: str
    project_name: str
    organization_name: str = ""
    external_uri: str = ""
    date: str = ""
    lg_code: str = ""
    prefecture_name: str = ""
    city_name: str = ""
    cft_issue_date: str = ""
    period_end_time: str = ""
    category: str = ""
    procedure_type: str = ""
    location: str = ""
    tender_submission_deadline: str = ""
    opening_tenders_event: str = ""
    description: str = ""
    attachments: tuple[Attachment, ...] = field(default_factory=tuple)


FIELDS = {  # our name: the portal's element
    "project_name": "ProjectName",
    "organization_name": "OrganizationName",
    "external_uri": "ExternalDocumentURI",
    "date": "Date",
    "lg_code": "LgCode",
    "prefecture_name": "PrefectureName",
    "city_name": "CityName",
    "cft_issue_date": "CftIssueDate",
    "period_end_time": "PeriodEndTime",
    "category": "Category",
    "procedure_type": "ProcedureType",
    "location": "Location",
    "tender_submission_deadline": "TenderSubmissionDeadline",
    "opening_tenders_event": "OpeningTendersEvent",
    "description": "ProjectDescription",
}


@dataclass(frozen=True)
class Answer:
    results: list[Result]
    hits: int | None = None  # SearchHits, when the portal gives it


# One request a second per process, whichever client instance asks.
_pace_lock = threading.Lock()
_last_request = [0.0]


def parse(data: bytes) -> Answer:
    """An answer's bytes → results; ``PortalRefused`` for ``<Error>``, ``UnsafeAnswer`` for a DTD/entities."""
    text = data.decode("utf-8", errors="replace")  # malformed UTF-8 → U+FFFD, not a parse error
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        root = defusedxml.ElementTree.fromstring(
            text.encode("utf-8"), forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except defusedxml.DefusedXmlException:
        raise UnsafeAnswer("ポータルの応答に DTD または実体宣言が含まれていたため、読みませんでした。") from None
    except ParseError as exc:
        raise PortalError(f"ポータルの応答を XML として読めませんでした（{exc}）。") from None
    error = root if root.tag == "Error" else root.find(".//Error")
    if error is not None:
        message = " ".join("".join(error.itertext()).split())[:300]
        raise PortalRefused(f"ポータルが検索を受け付けませんでした：{message or '理由不明'}")
    container = root.find("SearchResults") if root.tag != "SearchResults" else root
    if container is None:
        return Answer(results=[], hits=0)
    hits_text = _text(container, "SearchHits")
    results = []
    for element in container.findall("SearchResult"):
        key = _text(element, "Key")
        if not key:
            log.warning("portal result without a Key skipped: %r", _text(element, "ProjectName")[:80])
            continue
        results.append(_result(element, key))
    return Answer(results=results, hits=int(hits_text) if hits_text.isdigit() else None)


def _text(element: Element, tag: str) -> str:
    child = element.find(tag)
    return (child.text or "").strip() if child is not None else ""


def _result(element: Element, key: str) -> Result:
    values = {name: _text(element, tag) for name, tag in FIELDS.items()}
    attachments = tuple(
        Attachment(name=_text(item, "Name") or _text(item, "Uri").rsplit("/", 1)[-1], uri=_text(item, "Uri"))
        for item in element.findall("Attachments/Attachment")
        if _text(item, "Uri")
    )
    return Result(key=key, attachments=attachments, **values)


def date_window(start: dt.date | None, end: dt.date | None) -> str:
    return f"{start.isoformat() if start else ''}/{end.isoformat() if end else ''}"


class Portal:
    """A client of one portal address. ``sleep`` and ``clock`` are the real ones except in a test of pacing."""

    def __init__(
        self,
        base_url: str,
        *,
        user_agent: str,
        interval: float = 1.0,
        timeout: float = 20.0,
        retries: int = 3,
        backoff: float = 1.0,
        max_bytes: int = DEFAULT_MAX_BYTES,
        count: int = MAX_COUNT,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.base_url = base_url
        self.user_agent = user_agent
        self.interval = interval
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.max_bytes = max_bytes
        self.count = min(count, MAX_COUNT)
        self.sleep = sleep
        self.requests = 0  # made by this client (tests and the command's summary read it)

    @classmethod
    def from_settings(cls, **overrides) -> Portal:
        from django.conf import settings

        options = {
            "user_agent": f"Shimekiri/{settings.SHIMEKIRI_VERSION} (+{settings.SITE_URL})",
            "interval": settings.KKJ_REQUEST_INTERVAL,
            "timeout": settings.KKJ_TIMEOUT_SECONDS,
            "retries": settings.KKJ_RETRIES,
            "backoff": settings.KKJ_BACKOFF_SECONDS,
            "max_bytes": settings.KKJ_MAX_ANSWER_BYTES,
        }
        options.update(overrides)
        return cls(settings.KKJ_API_URL, **options)

    # -- searching --

    def search(self, params: dict[str, str], start: dt.date | None = None, end: dt.date | None = None) -> list[Result]:
        """Every result of ``params`` issued between ``start`` and ``end`` (CFT_Issue_Date), each Key once.

        A window whose answer hits ``Count`` is split in halves and searched again; a single day that
        still hits it is kept as answered (the portal cannot give more) and logged.
        """
        query = {name: value for name, value in params.items() if value}
        if start or end:
            query["CFT_Issue_Date"] = date_window(start, end)
        query["Count"] = str(self.count)
        answer = self.fetch(query)
        if len(answer.results) < self.count:
            return answer.results
        if start is None or end is None or start >= end:
            log.warning("portal search hit the Count cap of %s on a single window %s–%s", self.count, start, end)
            return answer.results
        middle = start + (end - start) // 2
        seen, results = set(), []
        for result in [*self.search(params, start, middle), *self.search(params, middle + dt.timedelta(days=1), end)]:
            if result.key not in seen:
                seen.add(result.key)
                results.append(result)
        return results

    def fetch(self, query: dict[str, str]) -> Answer:
        """One search request (with its retries), parsed."""
        url = self.base_url + ("&" if "?" in self.base_url else "?") + urllib.parse.urlencode(query)
        try:
            data = self.get(url, max_bytes=self.max_bytes)
        except AttachmentMissing as exc:  # a 404 of the search address itself
            raise PortalError(f"ポータルの検索 API が見つかりません（KKJ_API_URL を確認してください）：{exc}") from None
        except outbound.UnsafeURL as exc:
            raise PortalError(f"ポータルの検索 API に接続しませんでした（KKJ_API_URL を確認してください）：{exc}") from None
        return parse(data)

    # -- downloading --

    def download(self, uri: str, *, max_bytes: int) -> bytes:
        """An attachment's bytes; ``AttachmentMissing`` when it cannot be had (not fatal to the caller)."""
        try:
            return self.get(uri, max_bytes=max_bytes)
        except outbound.UnsafeURL as exc:
            raise AttachmentMissing(f"添付ファイルを取得しませんでした（{exc}）：{_short(uri)}") from None
        except AttachmentMissing:
            raise
        except PortalError as exc:
            raise AttachmentMissing(str(exc)) from None

    # -- the one way a request is made --

    def get(self, url: str, *, max_bytes: int) -> bytes:
        """The body at ``url``, retried on 5xx and timeouts; ``outbound.UnsafeURL`` (never retried) for an address refused."""
        attempt = 0
        while True:
            attempt += 1
            try:
                return self._get_once(url, max_bytes)
            except _Status as exc:
                if exc.code == 404 or exc.code == 410:
                    raise AttachmentMissing(f"見つかりません（HTTP {exc.code}）：{_short(url)}") from None
                if exc.code < 500:
                    raise PortalError(f"ポータルが要求を拒否しました（HTTP {exc.code}）。") from None
                problem = f"HTTP {exc.code}"
            except httpx.TimeoutException:
                problem = "タイムアウト"
            except httpx.TransportError as exc:
                problem = f"接続できません（{exc.__class__.__name__}）"
            if attempt > self.retries:
                raise PortalUnavailable(
                    f"ポータルに接続できませんでした（{problem}、{attempt}回試行）。時間をおいて再度お試しください。"
                )
            delay = self.backoff * 2 ** (attempt - 1)
            log.info("portal request failed (%s); retry %s in %.1fs", problem, attempt, delay)
            self.sleep(delay)

    def _pace(self) -> None:
        with _pace_lock:
            wait = _last_request[0] + self.interval - time.monotonic()
            if wait > 0:
                self.sleep(wait)
            _last_request[0] = time.monotonic()

    def _get_once(self, url: str, max_bytes: int) -> bytes:
        self._pace()
        self.requests += 1
        headers = {"User-Agent": self.user_agent, "Accept": "application/xml, */*", "Accept-Encoding": "identity"}
        with outbound.get(url, timeout=self.timeout, max_redirects=MAX_REDIRECTS, headers=headers) as response:
            if not response.is_success:
                raise _Status(response.status_code)
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise AnswerTooLarge(too_large(max_bytes))
            chunks, size = [], 0
            for chunk in response.iter_raw(CHUNK):  # the bytes as sent: nothing is decompressed
                size += len(chunk)
                if size > max_bytes:
                    raise AnswerTooLarge(too_large(max_bytes))
                chunks.append(chunk)
            return b"".join(chunks)


class _Status(Exception):
    """An answer other than 2xx (a redirect beyond ``MAX_REDIRECTS`` included)."""

    def __init__(self, code: int):
        super().__init__(code)
        self.code = code


def too_large(max_bytes: int) -> str:
    return f"ポータルの応答が大きすぎます（上限 {max_bytes // (1024 * 1024)} MB）。検索条件を絞ってください。"


def _short(url: str) -> str:
    return url if len(url) <= 120 else url[:117] + "…"
