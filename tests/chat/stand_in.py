"""Stand-ins for the chat services on loopback: one HTTP server answering as Slack, Microsoft Teams
(Workflows), Google Chat, Chatwork, LINE WORKS (token endpoint and bot API) and a signed webhook
receiver would, and refusing what they refuse: a payload of the wrong shape, a missing or wrong token,
a bad JWT (signature checked with the public key, claims, expiry), a wrong signature.

``script(prefix, *answers)`` queues answers for the next requests whose path starts with ``prefix``
(a status with headers and body, or a hang of ``delay`` seconds) before the service's own judgement.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

SLACK_BLOCKS = {"header", "section", "actions", "context", "divider"}
CARD_ELEMENTS = {"TextBlock", "FactSet", "ColumnSet", "Container", "ActionSet"}
CHATWORK_TOKEN = "cw-token-0123456789abcdef"
CHATWORK_ROOM = "123456"
LW_CLIENT_ID = "lw-client-id-abcdef"
LW_CLIENT_SECRET = "lw-client-secret-123456"
LW_ACCOUNT = "serviceaccount@example.jp"
LW_BOT, LW_CHANNEL = "2000001", "channel-abc"
WEBHOOK_SECRET = "webhook-secret-0123456789"


@dataclass
class Answer:
    status: int = 200
    body: str = ""
    headers: dict = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Received:
    path: str
    headers: dict
    body: bytes

    def json(self):
        return json.loads(self.body)

    def form(self) -> dict:
        return dict(urllib.parse.parse_qsl(self.body.decode()))


class ChatStandIn:
    def __init__(self):
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.private_pem = self.key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ).decode()
        self.public_key = self.key.public_key()
        self.received: list[Received] = []
        self.accepted: list[Received] = []  # the requests the service took (2xx)
        self.scripts: dict[str, list[Answer]] = {}
        self.tokens: list[str] = []  # LINE WORKS access tokens issued
        self.revoked_tokens: set[str] = set()
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, kind: str) -> str:
        return {
            "slack": f"{self.base}/slack/services/T0001/B0001/SlackSecretPart0123",
            "teams": f"{self.base}/teams/workflows/abc/triggers/manual/paths/invoke?sig=TeamsSignature0123",
            "google_chat": f"{self.base}/google/v1/spaces/AAAA/messages?key=GoogleKey0123&token=GoogleToken0123",
            "webhook": f"{self.base}/hook/receiver",
        }[kind]

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def script(self, prefix: str, *answers: Answer) -> None:
        with self.lock:
            self.scripts.setdefault(prefix, []).extend(answers)

    def took(self, prefix: str) -> list[Received]:
        return [r for r in self.accepted if r.path.startswith(prefix)]

    def got(self, prefix: str) -> list[Received]:
        return [r for r in self.received if r.path.startswith(prefix)]

    # How each service judges a request: (status, body).

    def judge(self, request: Received) -> tuple[int, str, dict]:
        path = urllib.parse.urlsplit(request.path).path
        if path.startswith("/slack/"):
            return self.slack(request)
        if path.startswith("/teams/"):
            return self.teams(request)
        if path.startswith("/google/"):
            return self.google_chat(request)
        if path.startswith("/v2/rooms/"):
            return self.chatwork(request, path)
        if path == "/oauth2/v2.0/token":
            return self.line_works_token(request)
        if path.startswith("/v1.0/bots/"):
            return self.line_works_message(request, path)
        if path.startswith("/hook/"):
            return self.webhook(request)
        return 404, "not found", {}

    def slack(self, request):
        if not request.headers.get("content-type", "").startswith("application/json"):
            return 400, "invalid_payload", {}
        try:
            data = request.json()
            blocks = data["blocks"]
            assert isinstance(data["text"], str) and data["text"]
            assert 1 <= len(blocks) <= 50
            for block in blocks:
                assert block["type"] in SLACK_BLOCKS
                if block["type"] == "header":
                    assert block["text"]["type"] == "plain_text" and len(block["text"]["text"]) <= 150
                if block["type"] == "section":
                    assert block["text"]["type"] == "mrkdwn" and len(block["text"]["text"]) <= 3000
                    if "accessory" in block:
                        button = block["accessory"]
                        assert button["type"] == "button" and button["text"]["type"] == "plain_text"
                        assert button["url"].startswith("https://")
        except (AssertionError, KeyError, TypeError, ValueError):
            return 400, "invalid_blocks", {}
        return 200, "ok", {}

    def teams(self, request):
        try:
            data = request.json()
            assert data["type"] == "message"
            (attachment,) = data["attachments"]
            assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
            card = attachment["content"]
            assert card["type"] == "AdaptiveCard" and card["version"] == "1.4"
            assert card["$schema"] == "http://adaptivecards.io/schemas/adaptive-card.json"
            for element in card["body"]:
                assert element["type"] in CARD_ELEMENTS
                if element["type"] == "TextBlock":
                    assert isinstance(element["text"], str)
                if element["type"] == "FactSet":
                    assert all(isinstance(f["title"], str) and isinstance(f["value"], str) for f in element["facts"])
            for action in card.get("actions", []):
                assert action["type"] == "Action.OpenUrl" and action["url"].startswith("https://") and action["title"]
        except (AssertionError, KeyError, TypeError, ValueError):
            return 400, '{"error":{"code":"InvalidRequestContent"}}', {}
        return 202, "", {}

    def google_chat(self, request):
        query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(request.path).query))
        if query.get("token") != "GoogleToken0123":
            return 401, '{"error":{"code":401,"status":"UNAUTHENTICATED"}}', {}
        try:
            data = request.json()
            assert isinstance(data.get("text", ""), str)
            for card in data.get("cardsV2", []):
                assert card["cardId"]
                for section in card["card"]["sections"]:
                    for widget in section["widgets"]:
                        (name,) = widget.keys()
                        assert name in {"textParagraph", "decoratedText", "buttonList"}
                        for button in widget.get("buttonList", {}).get("buttons", []):
                            assert button["onClick"]["openLink"]["url"].startswith("https://")
            assert data.get("text") or data.get("cardsV2")
        except (AssertionError, KeyError, TypeError, ValueError):
            return 400, '{"error":{"code":400,"status":"INVALID_ARGUMENT"}}', {}
        return 200, json.dumps({"name": "spaces/AAAA/messages/1"}), {"Content-Type": "application/json"}

    def chatwork(self, request, path):
        if request.headers.get("x-chatworktoken") != CHATWORK_TOKEN:
            return 401, '{"errors":["Invalid API token"]}', {}
        if path != f"/v2/rooms/{CHATWORK_ROOM}/messages":
            return 404, '{"errors":["Room not found"]}', {}
        if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            return 400, '{"errors":["Invalid body"]}', {}
        body = request.form().get("body", "")
        if not body.startswith("[info][title]") or not body.endswith("[/info]"):
            return 400, '{"errors":["Invalid body"]}', {}
        return 200, '{"message_id":"1234"}', {}

    def line_works_token(self, request):
        form = request.form()
        if form.get("grant_type") != "urn:ietf:params:oauth:grant-type:jwt-bearer" or form.get("scope") != "bot":
            return 400, '{"error":"invalid_request"}', {}
        if form.get("client_id") != LW_CLIENT_ID or form.get("client_secret") != LW_CLIENT_SECRET:
            return 401, '{"error":"invalid_client"}', {}
        try:
            claims = jwt.decode(
                form["assertion"], self.public_key, algorithms=["RS256"], options={"require": ["iss", "sub", "iat", "exp"]}
            )
        except (jwt.PyJWTError, KeyError):
            return 400, '{"error":"invalid_grant"}', {}
        if claims["iss"] != LW_CLIENT_ID or claims["sub"] != LW_ACCOUNT or not 0 < claims["exp"] - claims["iat"] <= 3600:
            return 400, '{"error":"invalid_grant"}', {}
        token = f"lw-access-{len(self.tokens)}-0123456789"
        self.tokens.append(token)
        return 200, json.dumps({"access_token": token, "token_type": "Bearer", "expires_in": "86400", "scope": "bot"}), {}

    def line_works_message(self, request, path):
        auth = request.headers.get("authorization", "")
        token = auth.removeprefix("Bearer ")
        if not auth.startswith("Bearer ") or token not in self.tokens or token in self.revoked_tokens:
            return 401, '{"code":"UNAUTHORIZED","description":"Authentication failed"}', {}
        if path != f"/v1.0/bots/{LW_BOT}/channels/{LW_CHANNEL}/messages":
            return 404, '{"code":"NOT_FOUND"}', {}
        try:
            content = request.json()["content"]
            assert content["type"] == "text" and 0 < len(content["text"]) <= 2000
        except (AssertionError, KeyError, TypeError, ValueError):
            return 400, '{"code":"INVALID_PARAMETER"}', {}
        return 201, "", {}

    def webhook(self, request):
        expected = "sha256=" + hmac.new(WEBHOOK_SECRET.encode(), request.body, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(request.headers.get("x-shimekiri-signature", ""), expected):
            return 401, "bad signature", {}
        data = request.json()
        if data.get("version") != 1 or "event" not in data:
            return 400, "bad shape", {}
        return 204, "", {}

    def _handler(self):
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, *args):
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length", "0"))
                request = Received(self.path, {k.lower(): v for k, v in self.headers.items()}, self.rfile.read(length))
                with stand_in.lock:
                    stand_in.received.append(request)
                    answer = None
                    for prefix, queue in stand_in.scripts.items():
                        if request.path.startswith(prefix) and queue:
                            answer = queue.pop(0)
                            break
                if answer is not None and answer.delay:
                    time.sleep(answer.delay)
                if answer is not None:
                    status, body, headers = answer.status, answer.body, answer.headers
                else:
                    status, body, headers = stand_in.judge(request)
                if 200 <= status < 300:
                    with stand_in.lock:
                        stand_in.accepted.append(request)
                data = body.encode()
                try:
                    self.send_response(status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        return Handler
