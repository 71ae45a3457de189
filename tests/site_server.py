"""A local web server for the Calderwick test site (tests/data/site), with the routes a real site
goes wrong with: a removed page (404), a server error (500), a slow page, a redirect loop, a
page far too large, a server that hangs up, and a redirect to another site.

``SiteServer`` runs http.server.ThreadingHTTPServer on 127.0.0.1 with a random port in a
thread and logs every request (path and User-Agent), so tests can check what was fetched.
"""

from __future__ import annotations

import io
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SITE = Path(__file__).parent / "data" / "site"
PDF_PATH = "/annual-report/files/budget-statement-2024-25.pdf"
#: How long /broken/slow takes to answer (tests give the crawler a much shorter timeout).
SLOW_SECONDS = 3.0
#: /broken/huge sends this much (tests give the crawler a much smaller page limit).
HUGE_BYTES = 16 * 1024 * 1024


@dataclass
class Request:
    path: str
    user_agent: str
    at: float  # time.monotonic() when it arrived


def budget_pdf() -> bytes:
    """The partnership's budget statement as a two-page PDF, written with reportlab."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setTitle("Budget statement 2024 to 2025")
    _, height = A4
    y = height - 72

    def line(text: str, size: int = 11, gap: int = 18) -> None:
        nonlocal y
        c.setFont("Helvetica-Bold" if size > 12 else "Helvetica", size)
        c.drawString(72, y, text)
        y -= gap

    line("Budget statement 2024 to 2025", 18, 30)
    line("Calderwick Safeguarding Children Partnership", 11, 28)
    line("Contributions to the shared budget", 14, 24)
    line("The partners contributed a shared budget of £300,000 in 2024 to 2025:")
    for name, amount in (
        ("Calderwick City Council", "£150,000"),
        ("NHS Upper Tarn Integrated Care Board", "£90,000"),
        ("Tarnshire Police", "£60,000"),
    ):
        c.setFont("Helvetica", 11)
        c.drawString(90, y, name)
        c.drawString(400, y, amount)
        y -= 18
    y -= 10
    line("Breakdown of costs", 14, 24)
    for text in (
        "The business unit cost £176,000, multi-agency training cost £52,000,",
        "practice reviews cost £41,000 and independent scrutiny cost £31,000.",
    ):
        line(text)
    c.showPage()
    y = height - 72
    line("Changes to funding", 14, 24)
    for text in (
        "Funding rose by £12,000 from 2023 to 2024, when the partners contributed £288,000,",
        "because the police increased their contribution to pay for the exploitation panel.",
    ):
        line(text)
    y -= 10
    line("Value for money", 14, 24)
    for text in (
        "The partners judged that the budget gave value for money: the cost of training",
        "per practitioner fell from £27 to £22 while attendance rose by a fifth.",
    ):
        line(text)
    c.showPage()
    c.save()
    return buf.getvalue()


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        pass  # a client that gave up on the slow or huge page: expected, not worth a traceback


class SiteServer:
    """The test site on 127.0.0.1:<random port>; use as a context manager."""

    def __init__(self, root: Path = SITE, pdf: bytes | None = None):
        self.root = root
        self.pdf = pdf if pdf is not None else budget_pdf()
        self.requests: list[Request] = []
        #: What /robots.txt answers: 200 serves the site's file; 404 or 503 test RFC 9309's rules.
        self.robots_status = 200
        self._lock = threading.Lock()
        self.httpd = _QuietServer(("127.0.0.1", 0), _handler(self))
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> SiteServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str) -> str:
        return self.base + path

    def log(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)

    def paths(self) -> list[str]:
        with self._lock:
            return [r.path for r in self.requests]

    def times(self) -> list[float]:
        with self._lock:
            return [r.at for r in self.requests]

    def clear(self) -> None:
        with self._lock:
            self.requests.clear()
        self.robots_status = 200

    def file_for(self, path: str) -> Path | None:
        """The saved page a path serves: /x/ -> x/index.html, /x/y -> x/y.html."""
        rel = path.split("?", 1)[0].lstrip("/")
        candidates = [self.root / rel / "index.html"] if rel.endswith("/") or not rel else []
        candidates += [self.root / f"{rel}.html", self.root / rel] if rel else []
        for c in candidates:
            if c.is_file() and self.root in c.resolve().parents:
                return c
        return None


_TYPES = {".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8"}


def _handler(server: SiteServer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # quiet
            pass

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            server.log(Request(self.path, self.headers.get("User-Agent", ""), time.monotonic()))
            route = _ROUTES.get(self.path.split("?", 1)[0])
            if route:
                route(self, server)
                return
            if self.path == "/robots.txt" and server.robots_status != 200:
                self._send(server.robots_status, b"<html><body>No robots here</body></html>", "text/html")
                return
            if self.path.startswith("/broken/hop-"):  # /broken/hop-1 -> hop-2 -> ... : too many redirects
                n = int(self.path.rsplit("-", 1)[1])
                self._redirect(f"/broken/hop-{n + 1}")
                return
            if self.path == PDF_PATH:
                self._send(200, server.pdf, "application/pdf")
                return
            if self.path == "/annual-report":
                self._redirect("/annual-report/", 301)
                return
            file = server.file_for(self.path)
            if file is None:
                self._send(404, b"<html><body><h1>Page not found</h1></body></html>", "text/html")
                return
            self._send(200, file.read_bytes(), _TYPES.get(file.suffix, "text/plain"))

        def _send(self, status: int, body: bytes, ctype: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _redirect(self, location: str, status: int = 302) -> None:
            self.send_response(status)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()

    return Handler


def _removed(h, server) -> None:
    h._send(404, b"<html><body><h1>This page has been removed</h1></body></html>", "text/html")


def _server_error(h, server) -> None:
    h._send(500, b"<html><body><h1>Internal server error</h1></body></html>", "text/html")


def _slow(h, server) -> None:
    time.sleep(SLOW_SECONDS)
    h._send(200, b"<html><body><main><p>At last.</p></main></body></html>", "text/html")


def _loop(h, server) -> None:
    h._redirect("/broken/loop-back")


def _loop_back(h, server) -> None:
    h._redirect("/broken/loop")


def _huge(h, server) -> None:
    """Streams far more than any page limit, without saying how much is coming."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Connection", "close")
    h.end_headers()
    chunk = b"<p>" + b"All work and no play. " * 2000 + b"</p>\n"
    sent = 0
    try:
        h.wfile.write(b"<html><body><main>")
        while sent < HUGE_BYTES:
            h.wfile.write(chunk)
            sent += len(chunk)
    except (BrokenPipeError, ConnectionResetError):
        pass
    h.close_connection = True


def _dead(h, server) -> None:
    """Hangs up without a word."""
    h.close_connection = True
    h.wfile.flush()
    h.connection.close()


def _elsewhere(h, server) -> None:
    h._redirect("http://other-partnership.invalid/arrangements/")


_ROUTES = {
    "/broken/removed": _removed,
    "/broken/server-error": _server_error,
    "/broken/slow": _slow,
    "/broken/loop": _loop,
    "/broken/loop-back": _loop_back,
    "/broken/huge": _huge,
    "/broken/dead": _dead,
    "/broken/elsewhere": _elsewhere,
}


if __name__ == "__main__":  # serve the test site by hand: python tests/site_server.py
    with SiteServer() as running:
        print(f"serving the Calderwick test site on {running.base}/ (Ctrl-C to stop); try:")
        print(f"  masa-check validate {running.base}/annual-report/ --allow-private")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
