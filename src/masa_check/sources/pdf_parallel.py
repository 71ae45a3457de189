"""A long PDF's pages read by two processes (see :mod:`masa_check.parallel`).

pdfium parses one page at a time and page parsing is most of the cost of reading a long PDF.
The pages are cut into small chunks that the reader and one forked helper share. The helper can
be started early (:func:`start`), so that pages are read while the caller imports the engine and
reads the rule packs; :func:`take` hands it to the reader, which joins in.
"""

from __future__ import annotations

import atexit
import os
from collections.abc import Callable

from masa_check import parallel
from masa_check.errors import InputError
from masa_check.parallel import MAX_ITEMS, Shared, can_fork

#: Documents at least this long are read by two processes where the platform can fork.
MIN_PAGES = 24
#: Pages per chunk: small enough that the two processes finish close together.
CHUNK_PAGES = 4

#: ``extract(pdf, pages, path, row_base)`` -> (lines, empty pages, table pages, page sizes).
Extract = Callable[..., tuple]

__all__ = ["MIN_PAGES", "Helper", "can_fork", "start", "take"]


def _row_base(chunk: int) -> int:
    """Line ids of each chunk start in their own range, so lines keep their order when joined."""
    return (chunk + 1) << 32


class Helper:
    """A forked process reading chunks of ``path``'s pages until none are left."""

    def __init__(self, path: str, page_count: int, extract: Extract):
        size = max(CHUNK_PAGES, -(-page_count // MAX_ITEMS))
        self.path, self.page_count, self.extract = path, page_count, extract
        self.chunks = [range(s, min(s + size, page_count)) for s in range(0, page_count, size)]
        self._shared: Shared | None = None

    @classmethod
    def start(cls, path: str, page_count: int, extract: Extract) -> Helper | None:
        """A helper already reading, or None where sharing cannot help or cannot be had (no
        fork here, a short document, or the system refuses a process)."""
        if page_count < MIN_PAGES:
            return None
        helper = cls(path, page_count, extract)
        helper._shared = parallel.start(len(helper.chunks), helper._helper_work)
        return helper if helper._shared is not None else None

    def _helper_work(self) -> Callable[[int], tuple]:
        import pypdfium2 as pdfium

        return self._work(pdfium.PdfDocument(self.path))  # its own handle: file offsets are shared

    def _work(self, pdf) -> Callable[[int], tuple]:
        def chunk(k: int) -> tuple:
            try:
                return "ok", self.extract(pdf, self.chunks[k], self.path, _row_base(k))
            except InputError as exc:  # a broken page: reported in page order by finish()
                return "input", exc.detail

        return chunk

    @property
    def pid(self) -> int | None:
        return self._shared.pid if self._shared is not None else None

    def finish(self, pdf) -> tuple:
        """Every page's (lines, empty pages, table pages, page sizes), in page order."""
        lines: list = []
        empty: list[int] = []
        tables: list[int] = []
        dims: dict = {}
        if self._shared is None:
            raise RuntimeError("not started")
        for kind, part in self._shared.finish(self._work(pdf)):
            if kind == "input":
                raise InputError(part, path=self.path)
            lines += part[0]
            empty += part[1]
            tables += part[2]
            dims.update(part[3])
        return lines, empty, tables, dims

    def cancel(self) -> None:
        if self._shared is not None:
            self._shared.cancel()


_started: dict[str, tuple[tuple[int, int, int], Helper]] = {}
_at_exit = False


def _identity(path: str) -> tuple[int, int, int]:
    st = os.stat(path)
    return st.st_ino, st.st_size, st.st_mtime_ns


def _cancel_started() -> None:
    while _started:
        _, (_, helper) = _started.popitem()
        helper.cancel()


def start(path: str, page_count: int, extract: Extract) -> bool:
    """Start a helper on ``path`` now, for :func:`take` to hand to the reader later; True when
    one runs. Helpers nobody takes are stopped when the process exits."""
    global _at_exit
    if path in _started:
        return True
    try:
        identity = _identity(path)
    except OSError:
        return False
    helper = Helper.start(path, page_count, extract)
    if helper is None:
        return False
    if not _at_exit:
        atexit.register(_cancel_started)
        _at_exit = True
    _started[path] = (identity, helper)
    return True


def take(path: str) -> Helper | None:
    """The helper started on ``path``, if the file is still the one it started on."""
    entry = _started.pop(path, None)
    if entry is None:
        return None
    identity, helper = entry
    try:
        same = _identity(path) == identity
    except OSError:
        same = False
    if not same:
        helper.cancel()
        return None
    return helper
