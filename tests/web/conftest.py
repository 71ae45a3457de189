"""The Calderwick test site served on 127.0.0.1 for every crawler test (one server, a clean
request log per test), and crawl options fast enough for tests."""

from __future__ import annotations

import pytest

from masa_check.sources.web_fetch import CrawlOptions
from site_server import SiteServer

#: Short enough that the slow page times out quickly, small enough that the huge page is cut off.
FAST = CrawlOptions(allow_private=True, delay=0.01, timeout=0.5, max_page_bytes=256 * 1024)


@pytest.fixture(scope="session")
def site_server():
    with SiteServer() as server:
        yield server


@pytest.fixture
def site(site_server):
    site_server.clear()
    yield site_server
    site_server.clear()


@pytest.fixture
def fast() -> CrawlOptions:
    return FAST
