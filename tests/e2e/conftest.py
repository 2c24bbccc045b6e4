"""A real Chromium (Debian's, driven by Playwright) against a live Django server.

Every page a test opens is checked for console errors, Content-Security-Policy violations, requests
to other hosts and sideways scrolling; a screenshot of each step is kept under
var/test-artifacts/screenshots/.
"""

import os
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

# Playwright's sync API runs an event loop in this thread; the ORM calls of the tests are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "var" / "test-artifacts" / "screenshots"
VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
PASSWORD = "Kigen-2026-shimekiri"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture
def lead(transactional_db):
    """The lead of 営業一課, with a password to sign in through the real form."""
    from tenders.models import Membership, Team
    from tenders.services import staff_get_or_create, team_join

    team = Team.objects.create(name="営業一課")
    user, _ = staff_get_or_create(email="lead@example.jp", display_name="山田 一郎")
    user.set_password(PASSWORD)
    user.save()
    team_join(team=team, user=user, role=Membership.Role.LEAD)
    return user


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
        )
        yield browser
        browser.close()


class Visit:
    """One browser tab at one width, with the checks every page must pass."""

    def __init__(self, page, base_url, name):
        self.page, self.base_url, self.name = page, base_url, name
        self.console_errors, self.outside_requests, self.step = [], [], 0
        page.on("console", lambda message: message.type == "error" and self.console_errors.append(message.text))
        page.on("pageerror", lambda error: self.console_errors.append(str(error)))
        # the policy's own report, besides the browser's console message: a blocked script or style fails the test
        page.add_init_script(
            "document.addEventListener('securitypolicyviolation', event => console.error("
            "'CSP violation: ' + event.violatedDirective + ' ' + (event.blockedURI || 'inline')))"
        )
        host = urlsplit(base_url).netloc
        page.route(re.compile(r".*"), self._only_our_host(host))

    def _only_our_host(self, host):
        def handle(route):
            if urlsplit(route.request.url).netloc != host:
                self.outside_requests.append(route.request.url)
                return route.abort()
            return route.continue_()

        return handle

    def go(self, path):
        self.page.goto(self.base_url + path)
        self.check()

    def check(self, label=""):
        """No sideways scrolling, and a screenshot for the record."""
        self.page.wait_for_load_state("load")
        overflow = self.page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{self.page.url} scrolls sideways by {overflow}px at {self.name}"
        self.step += 1
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        slug = re.sub(r"[^A-Za-z0-9_-]+", "-", label or urlsplit(self.page.url).path).strip("-") or "home"
        self.page.screenshot(path=str(ARTIFACTS / f"{self.name}-{self.step:02d}-{slug}.png"), full_page=True)

    def sign_in(self, username, password=PASSWORD):
        self.go("/accounts/login/")
        self.page.get_by_label("ユーザー名またはメールアドレス").fill(username)
        self.page.get_by_label("パスワード").fill(password)
        self.page.get_by_role("button", name="ログイン").click()
        self.page.wait_for_url(self.base_url + "/")
        self.check("signed-in")


@pytest.fixture(params=list(VIEWPORTS), ids=list(VIEWPORTS))
def visit(request, browser, live_server):
    width = request.param
    context = browser.new_context(
        viewport=VIEWPORTS[width],
        locale="ja-JP",
        timezone_id="Asia/Tokyo",
        is_mobile=width == "phone",
        has_touch=width == "phone",
    )
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    page = context.new_page()
    page.set_default_timeout(10_000)
    test_name = request.node.originalname.removeprefix("test_")
    visit = Visit(page, live_server.url, f"{test_name}-{width}")
    yield visit
    context.close()
    assert not visit.console_errors, f"console errors: {visit.console_errors}"
    assert not visit.outside_requests, f"requests to other hosts: {visit.outside_requests}"
