"""Fetch a partnership's site politely: the start page and the section pages it links to.

A crawl stays on the start page's host (``www.`` or not) and under its path prefix, reads pages
breadth-first in the order their links appear (the site's own order: a report's contents page
lists its sections in order), and stops at ``depth`` links from the start and ``max_pages``
fetches. A PDF or DOCX linked from a crawled page under the prefix is fetched too. robots.txt is
honoured (RFC 9309: a missing one allows everything, an unreachable one nothing), requests to a
host are spaced by ``delay`` seconds (longer if robots.txt asks), every response is bounded in
time and size, at most ``max_redirects`` redirects are followed, and private, loopback and
link-local addresses are refused unless ``allow_private``. Only fetching lives here; reading the
bytes is :mod:`masa_check.sources.web_site`'s job, so a snapshot reads exactly as a live run.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit, urlunsplit

from masa_check import __version__
from masa_check.errors import InputError, SiteError

if TYPE_CHECKING:  # urllib.robotparser imports urllib.request and http.client: only a crawl needs them
    from urllib.robotparser import RobotFileParser

PROJECT_URL = "https://pypi.org/project/masa-check/"
USER_AGENT = f"masa-check/{__version__} (+{PROJECT_URL}; compliance checker)"
MB = 1024 * 1024

#: Content types read as web pages, and the document types read with the PDF/DOCX readers.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
DOCUMENT_TYPES = {
    "application/pdf": "pdf",
    "application/x-pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}
DOCUMENT_SUFFIXES = {".pdf": "pdf", ".docx": "docx"}
#: Links never fetched: nothing in them is read.
SKIPPED_SUFFIXES = frozenset(
    [
        ".jpg",
        ".jpeg",
        ".png",
        ".gif",
        ".svg",
        ".webp",
        ".ico",
        ".bmp",
        ".tif",
        ".tiff",
        ".css",
        ".js",
        ".json",
        ".xml",
        ".rss",
        ".atom",
        ".zip",
        ".gz",
        ".7z",
        ".rar",
        ".doc",
        ".xls",
        ".xlsx",
        ".xlsm",
        ".csv",
        ".ppt",
        ".pptx",
        ".odt",
        ".ods",
        ".odp",
        ".rtf",
        ".txt",
        ".mp3",
        ".mp4",
        ".m4a",
        ".wav",
        ".avi",
        ".mov",
        ".wmv",
        ".webm",
        ".ics",
        ".vcf",
        ".exe",
        ".msi",
        ".dmg",
        ".woff",
        ".woff2",
        ".ttf",
        ".eot",
    ]
)
_GENERIC_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream", "application/download"})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_ERRNO = re.compile(r"\[Errno -?\d+\]\s*")


class FetchError(Exception):
    """One URL could not be fetched; the message is one line a person can act on."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class CrawlOptions:
    """How far and how politely to crawl (``--crawl-depth``, ``--max-pages``, ``--allow-private``)."""

    depth: int = 2
    max_pages: int = 40
    allow_private: bool = False
    delay: float = 0.5  # seconds between two requests to one host
    timeout: float = 15.0  # to connect, and between two reads
    deadline: float = 60.0  # for one whole response
    max_page_bytes: int = 10 * MB
    max_document_bytes: int = 50 * MB
    max_redirects: int = 5

    def check(self) -> None:
        if self.depth < 0:
            raise InputError(f"--crawl-depth {self.depth}: give 0 or more")
        if self.max_pages < 1:
            raise InputError(f"--max-pages {self.max_pages}: give 1 or more")
        if self.timeout <= 0:
            raise InputError(f"--timeout {self.timeout:g}: give a number of seconds above 0")
        if self.delay < 0.5 and not self.allow_private:
            raise InputError(f"--crawl-delay {self.delay:g}: a public site gets at least 0.5 s between requests")


@dataclass(frozen=True)
class Fetched:
    """One response as fetched: ``url`` after redirects (what evidence cites)."""

    url: str
    status: int
    content_type: str
    kind: str  # "html", "pdf" or "docx"
    body: bytes
    fetched: str  # ISO date-time (UTC)
    requested: str | None = None  # the URL asked for, when a redirect led elsewhere


@dataclass
class Crawl:
    """What a crawl fetched, in reading order, and what it skipped (url, reason) and why it stopped."""

    start_url: str
    fetched: str
    pages: list[Fetched] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: PDF/DOCX links on the site but outside the prefix: not read, named in case the text is there.
    outside: list[str] = field(default_factory=list)


def is_url(text: str) -> bool:
    return text[:8].lower().startswith(("http://", "https://"))


def now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def normalise(url: str) -> str | None:
    """``url`` in one spelling (lower-case scheme and host, no default port, no fragment, no user
    name or password), or None when it is not an http(s) URL with a host."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if scheme not in ("http", "https") or not host or any(c.isspace() for c in host):
        return None
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port != {"http": 80, "https": 443}[scheme]:
        netloc += f":{port}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def _size(n: int) -> str:
    return f"{n // MB} MB" if n >= MB else f"{max(1, n // 1024)} KB"


def _site_host(host: str) -> str:
    return host[4:] if host.startswith("www.") else host


@dataclass(frozen=True)
class Scope:
    """The part of a site a crawl reads: one host (with or without ``www.``), one port, and
    the start page's path prefix."""

    host: str
    port: int | None
    prefix: str

    @classmethod
    def of(cls, url: str) -> Scope:
        parts = urlsplit(url)
        path = parts.path or "/"
        if not path.endswith("/"):
            head, _, last = path.rpartition("/")
            path = head + "/" if "." in last else path + "/"  # /reports/annual.html reads /reports/
        return cls(_site_host(parts.hostname or ""), _port(url), path)

    def same_site(self, url: str) -> bool:
        parts = urlsplit(url)
        return _site_host(parts.hostname or "") == self.host and _port(url) == self.port

    def contains(self, url: str) -> bool:
        path = urlsplit(url).path or "/"
        return self.same_site(url) and (path.startswith(self.prefix) or path + "/" == self.prefix)


def _short(url: str, base: str) -> str:
    """``url`` as a path when it is on ``base``'s origin (messages stay one readable line)."""
    a, b = urlsplit(url), urlsplit(base)
    return urlunsplit(("", "", a.path, a.query, "")) if (a.scheme, a.netloc) == (b.scheme, b.netloc) else url


def _port(url: str) -> int | None:
    parts = urlsplit(url)
    return None if parts.port in (None, 80, 443) else parts.port


class _Links(HTMLParser):
    """The ``href`` of every link on a page, in document order (and the page's ``<base>``)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.base: str | None = None
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in ("a", "area", "base"):
            return
        href = dict(attrs).get("href")
        if not href:
            return
        if tag == "base":
            self.base = self.base or href
        else:
            self.hrefs.append(href)


def page_links(page: Fetched) -> list[str]:
    """Absolute, normalised URLs a page links to, in order, each once."""
    parser = _Links()
    try:
        parser.feed(page.body.decode("utf-8", errors="replace"))
        parser.close()
    except (AssertionError, ValueError):  # a page the tolerant parser still chokes on
        pass
    base = urljoin(page.url, parser.base) if parser.base else page.url
    out: dict[str, None] = {}
    for href in parser.hrefs:
        href = href.strip()
        if not href or href.startswith("#") or href.lower().startswith(("mailto:", "tel:", "javascript:", "data:")):
            continue
        url = normalise(urljoin(base, href))
        if url:
            out.setdefault(url, None)
    return list(out)


def _suffix(url: str) -> str:
    last = urlsplit(url).path.rsplit("/", 1)[-1].lower()
    return last[last.rfind(".") :] if "." in last else ""


# Requests to one host, across every crawl in this process (a --urls run may meet a host twice).
_last_request: dict[str, float] = {}
_pace_lock = threading.Lock()


def _pace(host: str, delay: float) -> None:
    with _pace_lock:
        wait = _last_request.get(host, -1e9) + delay - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        _last_request[host] = time.monotonic()


class Fetcher:
    """One HTTP client for a crawl: robots.txt per origin, pacing, redirects, limits."""

    def __init__(self, options: CrawlOptions):
        import httpx

        from masa_check.sources.web_transport import GuardedTransport

        self.options = options
        self.client = httpx.Client(
            transport=GuardedTransport(allow_private=options.allow_private),
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5",
                "Accept-Language": "en-GB,en;q=0.8",
            },
            timeout=httpx.Timeout(options.timeout),
            follow_redirects=False,
            trust_env=False,
        )
        self._robots: dict[str, tuple[RobotFileParser, str | None]] = {}

    def close(self) -> None:
        self.client.close()

    # -- robots.txt
    def robots(self, url: str) -> tuple[RobotFileParser, str | None]:
        """The origin's robots.txt rules, and why everything is disallowed when it could not be read."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin in self._robots:
            return self._robots[origin]
        from urllib.robotparser import RobotFileParser

        rules = RobotFileParser(origin + "/robots.txt")
        reason = None
        try:
            got = self.get(origin + "/robots.txt", limit=512 * 1024, check_robots=False, any_type=True)
            rules.parse(got.body.decode("utf-8", errors="replace").splitlines())
        except FetchError as exc:
            if exc.status is None:
                raise  # no answer at all (refused address, DNS, timeout): the site is unreachable
            if exc.status < 500:
                rules.allow_all = True  # no robots.txt (or one behind a redirect elsewhere): no rules
            else:
                rules.disallow_all = True
                reason = f"its robots.txt could not be read ({exc}), so nothing may be fetched"
        self._robots[origin] = (rules, reason)
        return rules, reason

    def disallowed(self, url: str) -> str | None:
        rules, reason = self.robots(url)
        if rules.can_fetch(USER_AGENT, url):
            return None
        return reason or "the site's robots.txt disallows it"

    def _delay(self, url: str) -> float:
        rules, _ = self._robots.get(f"{urlsplit(url).scheme}://{urlsplit(url).netloc}", (None, None))
        asked = rules.crawl_delay(USER_AGENT) if rules is not None and rules.last_checked else None
        return max(self.options.delay, min(float(asked or 0), 30.0))

    # -- one URL
    def get(
        self, url: str, *, limit: int, check_robots: bool = True, any_type: bool = False, scope: Scope | None = None
    ) -> Fetched:
        """GET ``url``, following redirects on the same site; raises :class:`FetchError`."""
        scope = scope or Scope.of(url)
        seen = [url]
        current = url
        for _ in range(self.options.max_redirects + 1):
            why = self.disallowed(current) if check_robots else None
            if why:
                raise FetchError(why if current == url else f"redirects to {current}, and {why}")
            got = self._once(current, limit, any_type)
            if isinstance(got, Fetched):
                return got if current == url else replace(got, requested=url)
            status, location = got
            target = normalise(urljoin(current, location))
            if target is None:
                raise FetchError(f"redirects to {location!r}, which is not a web address", status)
            if not scope.same_site(target):
                raise FetchError(f"redirects to another site ({target}); give that address instead", status)
            if target in seen:
                hops = [_short(u, url) for u in [*seen[seen.index(target) :], target]]
                raise FetchError(f"redirect loop ({' -> '.join(hops)})", status)
            seen.append(target)
            current = target
        raise FetchError(f"more than {self.options.max_redirects} redirects (last: {current})", 310)

    def _once(self, url: str, limit: int, any_type: bool) -> Fetched | tuple[int, str]:
        import httpx

        _pace(urlsplit(url).hostname or "", self._delay(url))
        started = time.monotonic()
        try:
            with self.client.stream("GET", url) as resp:
                if resp.status_code in _REDIRECTS and resp.headers.get("location"):
                    return resp.status_code, resp.headers["location"]
                if resp.status_code >= 300:
                    raise FetchError(f"HTTP {resp.status_code} {resp.reason_phrase}".strip(), resp.status_code)
                ctype = resp.headers.get("content-type", "")
                kind = "any" if any_type else _kind(ctype, url)
                if kind is None:
                    raise FetchError(f"not a web page, PDF or DOCX ({ctype.split(';')[0].strip()})", resp.status_code)
                cap = self.options.max_document_bytes if kind in ("pdf", "docx", "") else limit
                body = self._read(resp, cap, started, truncate=any_type)
                if kind == "":
                    kind = _sniff_kind(body, url)
                return Fetched(url, resp.status_code, ctype, kind, body, now())
        except httpx.TimeoutException:
            raise FetchError(f"timed out (no answer within {self.options.timeout:g} s)") from None
        except httpx.ConnectError as exc:
            reason = _ERRNO.sub("", str(exc)).strip().rstrip(".").lower() or "refused"
            raise FetchError(f"cannot connect to {urlsplit(url).netloc} ({reason})") from None
        except httpx.RemoteProtocolError as exc:
            raise FetchError(f"the server broke off the connection ({str(exc).rstrip('.')})") from None
        except httpx.HTTPError as exc:
            raise FetchError(f"the connection failed ({type(exc).__name__}: {exc})") from None
        except (httpx.InvalidURL, UnicodeError) as exc:
            raise FetchError(f"is not a web address that can be fetched ({exc})") from None

    def _read(self, resp, cap: int, started: float, truncate: bool = False) -> bytes:
        """The body, up to ``cap`` bytes (or the first ``cap`` bytes when ``truncate``: robots.txt)."""
        declared = resp.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap and not truncate:
            raise FetchError(f"too large ({_size(int(declared))}; the limit is {_size(cap)}); not read")
        buf = bytearray()
        for chunk in resp.iter_bytes():  # decoded: a compressed bomb stops at the cap too
            buf += chunk
            if len(buf) > cap:
                if truncate:
                    return bytes(buf[:cap])
                raise FetchError(f"too large (more than {_size(cap)}); stopped reading")
            if time.monotonic() - started > self.options.deadline:
                raise FetchError(f"took more than {self.options.deadline:g} s to download; stopped")
        return bytes(buf)


def _kind(content_type: str, url: str) -> str | None:
    """ "html", "pdf" or "docx" from the content type; "" to decide from the bytes; None to skip."""
    main = content_type.split(";", 1)[0].strip().lower()
    if main in HTML_TYPES:
        return "html"
    if main in DOCUMENT_TYPES:
        return DOCUMENT_TYPES[main]
    if main in _GENERIC_TYPES or main == "text/plain" and _suffix(url) in ("", ".html", ".htm"):
        return ""
    return None


def _sniff_kind(body: bytes, url: str) -> str:
    from masa_check.sources.published import _sniff

    sniffed = _sniff(body[:2048])
    if sniffed == "pdf":
        return "pdf"
    if sniffed == "zip" and _suffix(url) == ".docx":
        return "docx"
    if sniffed == "html" or not body.strip():
        return "html"
    raise FetchError("not a web page, PDF or DOCX (unrecognised content)")


def crawl_site(
    start_url: str, options: CrawlOptions | None = None, on_page: Callable[[str], None] | None = None
) -> Crawl:
    """Fetch ``start_url`` and the pages and documents under it. Raises :class:`SiteError` (one
    line) when the start page itself cannot be fetched; any other page that fails is skipped
    and listed in ``Crawl.skipped``. ``on_page`` is told each page's URL once it is fetched (progress)."""
    options = options or CrawlOptions()
    options.check()
    url = normalise(start_url)
    if url is None:
        raise InputError("is not a web address this tool can fetch (http:// or https:// with a host name)", start_url)
    fetcher = Fetcher(options)
    try:
        return _crawl(fetcher, url, options, on_page or (lambda url: None))
    finally:
        fetcher.close()


def _crawl(fetcher: Fetcher, url: str, options: CrawlOptions, on_page: Callable[[str], None]) -> Crawl:
    crawl = Crawl(start_url=url, fetched=now())
    try:
        first = fetcher.get(url, limit=options.max_page_bytes)
    except FetchError as exc:
        raise SiteError(str(exc), path=url) from None
    scope = Scope.of(first.url)
    crawl.pages.append(first)
    seen = {url, first.url}
    queue: deque[tuple[str, int]] = deque()
    too_deep: set[str] = set()
    outside: dict[str, None] = {}

    def follow(page: Fetched, depth: int) -> None:
        for link in page_links(page) if page.kind == "html" else []:
            if _suffix(link) in DOCUMENT_SUFFIXES and scope.same_site(link) and not scope.contains(link):
                outside.setdefault(link, None)  # named in the notes, never fetched
            if link in seen or not scope.contains(link) or _suffix(link) in SKIPPED_SUFFIXES:
                continue
            if depth >= options.depth and _suffix(link) not in DOCUMENT_SUFFIXES:
                too_deep.add(link)  # a document linked from a page read is read; a page, not
                continue
            seen.add(link)
            queue.append((link, depth + 1))

    follow(first, 0)
    while queue:
        if len(crawl.pages) >= options.max_pages:
            crawl.notes.append(
                f"stopped at the limit of {options.max_pages} pages (--max-pages); "
                f"{len(queue)} more link(s) under {scope.prefix} were not fetched"
            )
            break
        link, depth = queue.popleft()
        try:
            page = fetcher.get(link, limit=options.max_page_bytes, scope=scope)
        except FetchError as exc:
            crawl.skipped.append((link, str(exc)))
            continue
        if page.url != link and any(p.url == page.url for p in crawl.pages):
            continue  # a second address for a page already read
        seen.add(page.url)
        crawl.pages.append(page)
        on_page(page.url)
        if depth <= options.depth:
            follow(page, depth)
    unread = too_deep - seen
    if unread:
        crawl.notes.append(f"{len(unread)} link(s) deeper than --crawl-depth {options.depth} were not followed")
    crawl.outside = list(outside)
    if outside:
        crawl.notes.append(
            f"{len(outside)} linked document(s) outside {scope.prefix} were not read, e.g. {crawl.outside[0]} "
            "(check one with: masa-check validate URL)"
        )
    return crawl
