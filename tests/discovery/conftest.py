import pytest

from tests.discovery.stand_in import PortalStandIn


@pytest.fixture
def portal_stand_in(settings):
    """The portal on loopback, allowed by ALLOW_LOOPBACK_URLS; KKJ_API_URL points at it, with short waits
    so the tests stay quick."""
    server = PortalStandIn().start()
    settings.ALLOW_LOOPBACK_URLS = True
    settings.KKJ_API_URL = server.api_url
    settings.KKJ_REQUEST_INTERVAL = 0.0
    settings.KKJ_TIMEOUT_SECONDS = 2
    settings.KKJ_BACKOFF_SECONDS = 0.05
    yield server
    server.stop()
