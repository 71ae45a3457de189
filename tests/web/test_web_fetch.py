"""Crawling the Calderwick test site: order, scope, robots.txt, limits, failures, addresses."""

from __future__ import annotations

import re
import socket
import time
from dataclasses import replace

import pytest

from masa_check import __version__
from masa_check.errors import InputError, SiteError
from masa_check.sources import web_transport
from masa_check.sources.web_fetch import USER_AGENT, Fetched, Scope, crawl_site, normalise, page_links
from site_server import PDF_PATH

REPORT_ORDER = [
    "/annual-report/",
    "/annual-report/introduction",
    "/annual-report/what-we-did",
    "/annual-report/independent-scrutineer-statement",
    "/annual-report/learning-from-reviews",
    "/annual-report/voice-of-children",
    "/annual-report/partner-contributions",
    "/annual-report/looking-ahead",
    PDF_PATH,
]


def _paths(site, crawl) -> list[str]:
    return [p.url.removeprefix(site.base) for p in crawl.pages]


def test_a_report_split_into_section_pages_is_read_in_the_sites_own_order(site, fast):
    crawl = crawl_site(site.url("/annual-report/"), fast)
    assert _paths(site, crawl) == REPORT_ORDER  # the contents page's order, then the linked PDF
    assert [p.kind for p in crawl.pages] == ["html"] * 8 + ["pdf"]
    # nothing outside /annual-report/ (the navigation links the home page and the arrangements)
    assert not any(p.startswith(("/arrangements", "/training", "/contact", "/cookies")) for p in site.paths())
    assert not any(p.endswith(".xlsx") for p in site.paths())  # a spreadsheet is never fetched


def test_robots_txt_is_read_first_and_the_disallowed_page_is_never_fetched(site, fast):
    crawl = crawl_site(site.url("/annual-report/"), fast)
    assert site.paths()[0] == "/robots.txt"
    assert not any(p.startswith("/annual-report/draft") for p in site.paths())
    assert (site.url("/annual-report/draft/"), "the site's robots.txt disallows it") in crawl.skipped


def test_a_start_page_robots_txt_disallows_is_one_clear_line(site, fast):
    with pytest.raises(
        SiteError, match=r"^http://127\.0\.0\.1:\d+/annual-report/draft/: the site's robots\.txt disallows it$"
    ):
        crawl_site(site.url("/annual-report/draft/"), fast)
    assert site.paths() == ["/robots.txt"]


def test_no_robots_txt_allows_everything_and_an_unreadable_one_nothing(site, fast):
    site.robots_status = 404  # RFC 9309: no robots.txt, no rules
    crawl = crawl_site(site.url("/annual-report/"), fast)
    assert site.url("/annual-report/draft/") in [p.url for p in crawl.pages]
    site.clear()
    site.robots_status = 503  # RFC 9309: unreachable, so complete disallow
    with pytest.raises(SiteError, match=r"robots\.txt could not be read \(HTTP 503"):
        crawl_site(site.url("/annual-report/"), fast)
    assert site.paths() == ["/robots.txt"]


def test_every_request_says_who_is_asking(site, fast):
    crawl_site(site.url("/annual-report/"), fast)
    agents = {r.user_agent for r in site.requests}
    assert agents == {USER_AGENT}
    assert re.fullmatch(rf"masa-check/{re.escape(__version__)} \(\+https://\S+; compliance checker\)", USER_AGENT)


def test_max_pages_stops_cleanly_and_says_so(site, fast):
    crawl = crawl_site(site.url("/annual-report/"), replace(fast, max_pages=3))
    assert _paths(site, crawl) == REPORT_ORDER[:3]
    assert [p for p in site.paths() if p != "/robots.txt"] == REPORT_ORDER[:3]
    assert any("limit of 3 pages (--max-pages)" in n for n in crawl.notes)


def test_crawl_depth_bounds_how_far_links_are_followed(site, fast):
    only_start = crawl_site(site.url("/annual-report/"), replace(fast, depth=0))
    assert _paths(site, only_start) == ["/annual-report/"]
    assert any("8 link(s) deeper than --crawl-depth 0 were not followed" in n for n in only_start.notes)
    # depth 1 reaches the sections; the PDF they link to is read with them
    assert _paths(site, crawl_site(site.url("/annual-report/"), replace(fast, depth=1))) == REPORT_ORDER


def test_a_start_address_that_redirects_keeps_its_prefix(site, fast):
    crawl = crawl_site(site.url("/annual-report"), fast)
    assert _paths(site, crawl) == REPORT_ORDER
    assert crawl.pages[0].requested == site.url("/annual-report")


EXPECTED_SKIPS = {
    "/broken/removed": r"HTTP 404 Not Found",
    "/broken/never-existed": r"HTTP 404 Not Found",
    "/broken/server-error": r"HTTP 500 Internal Server Error",
    "/broken/slow": r"timed out \(no answer within 0\.5 s\)",
    "/broken/loop": r"redirect loop \(/broken/loop -> /broken/loop-back -> /broken/loop\)",
    "/broken/huge": r"too large \(more than 256 KB\); stopped reading",
    "/broken/dead": r"the server broke off the connection",
    "/broken/elsewhere": r"redirects to another site \(http://other-partnership\.invalid/arrangements/\)",
}


def test_each_broken_link_is_one_clear_line_and_the_crawl_goes_on(site, fast):
    started = time.monotonic()
    crawl = crawl_site(site.url("/broken/"), fast)
    assert _paths(site, crawl) == ["/broken/", "/broken/still-here"]
    skipped = {url.removeprefix(site.base): reason for url, reason in crawl.skipped}
    assert set(skipped) == set(EXPECTED_SKIPS)
    for path, pattern in EXPECTED_SKIPS.items():
        assert re.search(pattern, skipped[path]), (path, skipped[path])
        assert "\n" not in skipped[path] and "Traceback" not in skipped[path]
    assert time.monotonic() - started < 2.5  # the slow page is given up on, not waited for
    assert "other-partnership.invalid" not in " ".join(site.paths())


@pytest.mark.parametrize(
    ("path", "pattern"),
    [
        *EXPECTED_SKIPS.items(),
        ("/broken/hop-1", r"more than 5 redirects"),
    ],
)
def test_a_start_page_that_fails_is_a_one_line_site_error(site, fast, path, pattern):
    with pytest.raises(SiteError) as caught:
        crawl_site(site.url(path), fast)
    message = str(caught.value)
    assert message.startswith(site.url(path) + ": ")
    assert re.search(pattern, message) and "\n" not in message


def test_an_unreachable_server_is_one_line(fast):
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(SiteError, match=rf"cannot connect to 127\.0\.0\.1:{port} \(connection refused\)$"):
        crawl_site(f"http://127.0.0.1:{port}/", fast)


def test_a_host_that_does_not_resolve_is_one_line(monkeypatch, fast):
    def no_dns(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(web_transport.socket, "getaddrinfo", no_dns)
    with pytest.raises(SiteError, match=r"cannot resolve the host name 'example-scp\.org\.uk' \(Name or service"):
        crawl_site("https://example-scp.org.uk/arrangements", fast)


def test_private_and_loopback_addresses_are_refused_without_allow_private(site, fast):
    for host in ("127.0.0.1", "localhost"):
        with pytest.raises(SiteError, match=r"a loopback address; refusing to fetch it \(use --allow-private"):
            crawl_site(f"http://{host}:{site.port}/annual-report/", replace(fast, allow_private=False, delay=0.5))
    assert site.paths() == []  # not even robots.txt


def test_every_address_a_name_resolves_to_is_checked(monkeypatch, fast):
    monkeypatch.setattr(web_transport, "resolve", lambda host, port: ["93.184.216.34", "10.1.2.3"])
    with pytest.raises(SiteError, match=r"resolves to 10\.1\.2\.3, a private address"):
        crawl_site("https://example-scp.org.uk/arrangements", replace(fast, allow_private=False, delay=0.5))


@pytest.mark.parametrize(
    ("address", "what"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("10.0.0.8", "private"),
        ("192.168.1.20", "private"),
        ("172.16.5.4", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("100.64.0.1", "non-public"),
        ("0.0.0.0", "private"),
        ("240.0.0.1", "private"),
        ("93.184.216.34", None),
        ("2a00:1450:4009:81e::200e", None),
    ],
)
def test_address_problems(address, what):
    problem = web_transport.address_problem("host.example", address)
    assert (problem is None) if what is None else (f"a {what} address" in problem)


def test_requests_to_one_host_are_spaced(site, fast):
    crawl_site(site.url("/annual-report/"), replace(fast, delay=0.15, max_pages=3))
    times = site.times()
    assert len(times) == 4  # robots.txt and three pages
    assert all(b - a >= 0.14 for a, b in zip(times, times[1:], strict=False))


def test_options_are_checked():
    with pytest.raises(InputError, match="at least 0.5 s"):
        crawl_site("https://example-scp.org.uk/", replace(crawl_options(), delay=0.1))
    with pytest.raises(InputError, match="--max-pages 0"):
        crawl_site("https://example-scp.org.uk/", replace(crawl_options(), max_pages=0))
    with pytest.raises(InputError, match="not a web address"):
        crawl_site("https:///nohost", crawl_options())


def crawl_options():
    from masa_check.sources.web_fetch import CrawlOptions

    return CrawlOptions()


def test_links_are_absolute_normalised_and_in_order():
    page = Fetched(
        url="https://Example-SCP.org.uk:443/annual-report/",
        status=200,
        content_type="text/html",
        kind="html",
        body=b"""<html><head><base href="/annual-report/"></head><body>
        <a href="introduction#top">Intro</a> <a href="#main">skip</a> <a href="mailto:x@y.z">mail</a>
        <a href="https://example-scp.org.uk/annual-report/introduction">again</a>
        <a href=" what-we-did?print=1 ">Print</a> <a href="javascript:void(0)">js</a>
        <area href="/map"></body></html>""",
        fetched="2026-01-01T00:00:00Z",
    )
    assert page_links(page) == [
        "https://example-scp.org.uk/annual-report/introduction",
        "https://example-scp.org.uk/annual-report/what-we-did?print=1",
        "https://example-scp.org.uk/map",
    ]
    assert normalise("HTTP://user:pw@Example.org:80") == "http://example.org/"
    assert normalise("ftp://example.org/") is None


def test_scope_is_the_host_with_or_without_www_and_the_start_pages_prefix():
    scope = Scope.of("https://www.example-scp.org.uk/annual-report")
    assert scope.prefix == "/annual-report/"
    assert scope.contains("https://example-scp.org.uk/annual-report/introduction")
    assert scope.contains("http://www.example-scp.org.uk/annual-report")
    assert not scope.contains("https://example-scp.org.uk/arrangements/")
    assert not scope.contains("https://example-scp.org.uk:8443/annual-report/introduction")
    assert not scope.contains("https://other.org.uk/annual-report/")
    assert Scope.of("https://example-scp.org.uk/reports/annual.html").prefix == "/reports/"
    assert Scope.of("https://example-scp.org.uk").prefix == "/"


def test_a_document_outside_the_prefix_is_named_not_fetched(site, fast):
    crawl = crawl_site(site.url("/arrangements/"), fast)
    outside = site.url("/documents/continuum-of-need-2025.pdf")
    assert crawl.outside == [outside]
    assert not any(p.startswith("/documents/") for p in site.paths())
    assert any(
        n.startswith(f"1 linked document(s) outside /arrangements/ were not read, e.g. {outside}") for n in crawl.notes
    )


def test_a_pdf_address_is_read_as_that_pdf(site, fast):
    from masa_check.sources.web_site import load_url

    doc = load_url(site.url(PDF_PATH), options=fast, use_cache=False)
    assert doc.source == "pdf" and doc.title == "Budget statement 2024 to 2025"
    assert {b.url for b in doc.blocks} == {site.url(PDF_PATH)} and max(b.page for b in doc.blocks) == 2


def test_robots_rules_written_for_masa_check_apply_to_it():
    from urllib.robotparser import RobotFileParser

    rules = RobotFileParser()
    rules.parse(["User-agent: masa-check", "Disallow: /reports/", "", "User-agent: *", "Disallow:"])
    assert not rules.can_fetch(USER_AGENT, "https://example-scp.org.uk/reports/2025")
    assert rules.can_fetch("SomeOtherBot/1.0", "https://example-scp.org.uk/reports/2025")
