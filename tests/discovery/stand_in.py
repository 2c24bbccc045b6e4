"""A stand-in for the 官公需情報ポータルサイト's search API: a real HTTP server on loopback.

It answers ``GET /api/?…`` in the portal's XML schema from the entries it holds, filtered by
``Query`` (every word in the title or description), ``Project_Name``, ``Organization_Name``,
``LG_Code`` and the ``CFT_Issue_Date`` window, cut at ``Count``. ``queue`` holds special answers for
the next requests (an HTTP status with its headers, a delay, raw bytes); ``files`` are the attachments under /files/.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape


@dataclass
class Entry:
    key: str
    title: str
    organization: str = "三重県桑名市"
    issued: dt.date = dt.date(2026, 11, 25)
    description: str = ""
    lg_code: str = "24"
    prefecture: str = "三重県"
    city: str = "桑名市"
    category: str = "役務"
    attachments: list[tuple[str, str]] = field(default_factory=list)  # (name, path under /files/ or a full URI)


@dataclass
class Special:
    status: int = 200
    delay: float = 0.0
    body: bytes | None = None
    streamed_bytes: int = 0  # send this many bytes of padding, with no Content-Length
    headers: dict[str, str] = field(default_factory=dict)  # with a status other than 200 (a redirect's Location)


def result_xml(entry: Entry, base: str) -> str:
    attachments = "".join(
        f"<Attachment><Name>{escape(name)}</Name><Uri>{escape(uri if '://' in uri else base + '/files/' + uri)}</Uri></Attachment>"
        for name, uri in entry.attachments
    )
    return (
        "<SearchResult>"
        f"<ResultId>1</ResultId><Key>{escape(entry.key)}</Key>"
        f"<ExternalDocumentURI>{escape(base)}/notices/{escape(entry.key)}.html</ExternalDocumentURI>"
        f"<ProjectName>{escape(entry.title)}</ProjectName><Date>{entry.issued.isoformat()}T00:00:00+09:00</Date>"
        f"<LgCode>{entry.lg_code}</LgCode><PrefectureName>{escape(entry.prefecture)}</PrefectureName>"
        f"<CityName>{escape(entry.city)}</CityName><OrganizationName>{escape(entry.organization)}</OrganizationName>"
        f"<CftIssueDate>{entry.issued.isoformat()}T00:00:00+09:00</CftIssueDate><PeriodEndTime></PeriodEndTime>"
        f"<Category>{escape(entry.category)}</Category><ProcedureType>一般競争入札</ProcedureType>"
        f"<Location>{escape(entry.prefecture + entry.city)}</Location>"
        "<TenderSubmissionDeadline></TenderSubmissionDeadline><OpeningTendersEvent></OpeningTendersEvent>"
        f"<ProjectDescription>{escape(entry.description)}</ProjectDescription>"
        f"<Attachments>{attachments}</Attachments>"
        "</SearchResult>"
    )


def answer_xml(entries: list[Entry], base: str, hits: int | None = None) -> bytes:
    body = "".join(result_xml(entry, base) for entry in entries)
    return (
        '<?xml version="1.0" encoding="UTF-8"?><Results><Version>1.0</Version>'
        f"<SearchResults><SearchHits>{len(entries) if hits is None else hits}</SearchHits>{body}</SearchResults></Results>"
    ).encode()


ERROR_XML = '<?xml version="1.0" encoding="UTF-8"?><Results><Error>Query parameter is required</Error></Results>'.encode()
BOMB_XML = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<Results><SearchResults><SearchResult><Key>k</Key><ProjectName>&lol9;</ProjectName></SearchResult></SearchResults></Results>"""


class PortalStandIn:
    def __init__(self):
        self.entries: list[Entry] = []
        self.files: dict[str, bytes] = {}
        self.queue: list[Special] = []
        self.requests: list[dict] = []  # the query of each search request, in order
        self.times: list[float] = []
        self.user_agents: list[str] = []
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def api_url(self) -> str:
        return self.base + "/api/"

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def matching(self, query: dict[str, str]) -> list[Entry]:
        found = []
        window = query.get("CFT_Issue_Date", "/")
        start, _, end = window.partition("/")
        for entry in self.entries:
            text = entry.title + entry.description
            if any(word not in text for word in query.get("Query", "").split()):
                continue
            if query.get("Project_Name") and query["Project_Name"] not in entry.title:  # 【訂正】… holds the name
                continue
            if query.get("Organization_Name") and query["Organization_Name"] not in entry.organization:
                continue
            if query.get("LG_Code") and entry.lg_code not in query["LG_Code"].split(","):
                continue
            if start and entry.issued < dt.date.fromisoformat(start):
                continue
            if end and entry.issued > dt.date.fromisoformat(end):
                continue
            found.append(entry)
        return found

    def _handler(self):
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, *args):
                pass

            def do_GET(self):
                parts = urllib.parse.urlsplit(self.path)
                with stand_in.lock:
                    stand_in.times.append(time.monotonic())
                    stand_in.user_agents.append(self.headers.get("User-Agent", ""))
                    special = stand_in.queue.pop(0) if stand_in.queue else None
                if special and special.delay:
                    time.sleep(special.delay)
                if special and special.status != 200:
                    self.send_response(special.status)
                    for name, value in special.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if parts.path.startswith("/files/"):
                    name = urllib.parse.unquote(parts.path[len("/files/") :])
                    data = stand_in.files.get(name)
                    if data is None:
                        self.send_response(404)
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    self._send(data, "application/octet-stream")
                    return
                query = dict(urllib.parse.parse_qsl(parts.query))
                with stand_in.lock:
                    stand_in.requests.append(query)
                if special and special.streamed_bytes:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/xml")
                    self.end_headers()
                    self.wfile.write(b'<?xml version="1.0" encoding="UTF-8"?><Results><SearchResults><!--')
                    block = b"x" * (1024 * 1024)
                    try:
                        for _ in range(special.streamed_bytes // len(block)):
                            self.wfile.write(block)
                    except (BrokenPipeError, ConnectionResetError):
                        pass
                    return
                if special and special.body is not None:
                    self._send(special.body, "application/xml")
                    return
                matching = stand_in.matching(query)
                count = int(query.get("Count", "1000"))
                self._send(answer_xml(matching[:count], stand_in.base, hits=len(matching)), "application/xml")

            def _send(self, data: bytes, content_type: str):
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler
