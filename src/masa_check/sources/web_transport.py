"""The HTTP transport the crawler uses: httpx over a connection pool whose sockets are opened
only to addresses that have been checked.

The host is resolved here, every address it resolves to is checked (private, loopback,
link-local and other non-public addresses are refused unless ``allow_private``), and the socket
is opened to a checked address. Checking at connect time, not before the request, means a name
that resolves differently a second time (DNS rebinding) cannot slip through. Imported only when
a site is fetched: httpx and httpcore are not needed for files.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator

import httpcore
import httpx

from masa_check.sources.web_fetch import FetchError


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (a seam for tests: DNS failures without a network)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve the host name {host!r} ({exc.strerror or 'DNS lookup failed'})") from None
    except UnicodeError:
        raise FetchError(f"{host!r} is not a valid host name") from None
    return list(dict.fromkeys(info[4][0] for info in infos))


def address_problem(host: str, address: str) -> str | None:
    """Why connecting to ``address`` is refused, or None for a public address."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_global and not ip.is_multicast:
        return None
    what = (
        "a loopback"
        if ip.is_loopback
        else "a link-local"
        if ip.is_link_local
        else "a private"
        if ip.is_private
        else "a non-public"
    )
    said = f"{host} is" if host.strip("[]") == str(ip) else f"{host} resolves to {ip},"
    return f"{said} {what} address; refusing to fetch it (use --allow-private to allow it)"


class _GuardedBackend(httpcore.SyncBackend):
    def __init__(self, allow_private: bool):
        self.allow_private = allow_private

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        addresses = resolve(host, port)
        if not self.allow_private:
            for address in addresses:
                problem = address_problem(host, address)
                if problem:
                    raise FetchError(problem)
        last: Exception | None = None
        for address in addresses:
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        raise last or httpcore.ConnectError(f"{host} has no address")


def _as_httpx(exc: httpcore.TimeoutException | httpcore.NetworkError | httpcore.ProtocolError) -> httpx.HTTPError:
    """The httpx exception of the same name (httpx's own transport maps them the same way)."""
    cls = getattr(httpx, type(exc).__name__, None)
    if not (isinstance(cls, type) and issubclass(cls, httpx.TransportError)):
        cls = httpx.TransportError
    return cls(str(exc) or type(exc).__name__)


_HTTPCORE_ERRORS = (httpcore.TimeoutException, httpcore.NetworkError, httpcore.ProtocolError, httpcore.PoolTimeout)


class _Body(httpx.SyncByteStream):
    def __init__(self, stream):
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._stream
        except _HTTPCORE_ERRORS as exc:
            raise _as_httpx(exc) from None

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close:
            close()


class GuardedTransport(httpx.BaseTransport):
    """An httpx transport (public httpx and httpcore API only) that connects through
    :class:`_GuardedBackend`; no proxies, no environment settings."""

    def __init__(self, *, allow_private: bool):
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=4,
            network_backend=_GuardedBackend(allow_private),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        req = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        try:
            resp = self._pool.handle_request(req)
        except _HTTPCORE_ERRORS as exc:
            raise _as_httpx(exc) from None
        return httpx.Response(
            status_code=resp.status, headers=resp.headers, stream=_Body(resp.stream), extensions=resp.extensions
        )

    def close(self) -> None:
        self._pool.close()
