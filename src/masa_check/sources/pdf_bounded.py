"""pdfium's decoding in a forked process under an address-space limit.

:mod:`pdf_streams` refuses the bombs it can see in the raw file, but pdfium decodes more than a
scan of the file can follow (encrypted streams, filters in compressed object streams, images in
content). pdfium aborts the whole process when an allocation fails, so the limit cannot be set on
the caller: the text layer is read in a forked child with ``RLIMIT_AS`` set to what the process
already maps plus :data:`MEMORY_BUDGET`; the child's result comes back pickled through an unlinked
file. A child that dies (an abort past the limit, a crash in pdfium) becomes one
:class:`InputError` line for the caller, never a traceback and never the caller's death.

Where a fork is not possible (no ``os.fork``, macOS, a caller with threads) the work runs in the
caller, unbounded but still behind the stream checks.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import pickle
import signal
import sys
import tempfile
import threading
from collections.abc import Callable
from typing import Any

from masa_check.errors import InputError

#: Address space the reading process may map beyond what it had when forked.
MEMORY_BUDGET = 1024 * 1024 * 1024

__all__ = ["MEMORY_BUDGET", "Reading", "can_isolate", "run", "start", "take"]


def can_isolate() -> bool:
    """Whether work can run in a forked child under an address-space limit here."""
    if not hasattr(os, "fork") or sys.platform == "darwin" or threading.active_count() > 1:
        return False
    try:
        import resource  # noqa: F401 - POSIX only
    except ImportError:  # pragma: no cover - not POSIX
        return False
    return os.environ.get("MASA_CHECK_NO_ISOLATION", "") == ""


def _mapped_bytes() -> int | None:
    """This process's address space now (Linux: VmSize), or None where it cannot be told."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def _quiet_stderr() -> None:
    import faulthandler

    faulthandler.disable()
    try:
        null = os.open(os.devnull, os.O_WRONLY)
    except OSError:
        return
    os.dup2(null, 2)
    os.close(null)


def _limit_address_space(budget: int) -> None:
    import resource

    mapped = _mapped_bytes()
    if mapped is None:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = mapped + budget
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft == resource.RLIM_INFINITY or soft > limit:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


class Reading:
    """``work(*args)`` running in a forked child under the memory budget; :meth:`result` waits."""

    def __init__(self, path: str, work: Callable[..., Any], args: tuple, budget: int):
        self.path = path
        self.budget = budget
        self.identity = _identity(path)
        self._spool = tempfile.TemporaryFile()  # noqa: SIM115 - closed by result() or cancel()
        gc.freeze()  # keep the collector off inherited objects: their pages stay shared
        try:
            pid = os.fork()
        except BaseException:
            gc.unfreeze()
            self._spool.close()
            raise
        if pid == 0:  # the child: never returns into the caller's code
            self._child(work, args)
        gc.unfreeze()
        self.pid: int | None = pid

    def _child(self, work: Callable[..., Any], args: tuple) -> None:
        status = 0
        try:
            signal.signal(signal.SIGINT, signal.SIG_DFL)  # the caller reports an interrupt
            _quiet_stderr()  # an abort's last words are not the caller's one line
            _limit_address_space(self.budget)
            try:
                outcome: tuple = ("ok", work(*args))
            except InputError as exc:
                outcome = ("input", exc.detail)
            except MemoryError:
                outcome = ("memory", None)
            except Exception as exc:  # noqa: BLE001 - re-raised in the caller, as unisolated code would
                outcome = ("error", f"{type(exc).__name__}: {exc}"[:500])
            pickle.dump(outcome, self._spool, protocol=pickle.HIGHEST_PROTOCOL)
            self._spool.flush()
        except BaseException:  # noqa: BLE001 - no result: the caller reports the child's end
            status = 1
        finally:
            os._exit(status)

    def result(self) -> Any:
        """The work's value; its InputError, or one for a child that ran out of memory or died."""
        try:
            if self.pid is None:
                raise RuntimeError("already finished")
            _, status = os.waitpid(self.pid, 0)
            self.pid = None
            self._spool.seek(0)
            try:
                kind, value = pickle.load(self._spool)
            except Exception:  # noqa: BLE001 - no result: the child died
                kind, value = "died", status
        finally:
            self.cancel()
        if kind == "ok":
            return value
        if kind == "input":
            raise InputError(value, path=self.path)
        if kind == "error":
            raise RuntimeError(value)
        if kind == "died" and os.WIFSIGNALED(value) and os.WTERMSIG(value) == signal.SIGINT:
            raise KeyboardInterrupt
        mb = self.budget // (1024 * 1024)
        raise InputError(
            f"could not be read within {mb} MB of memory (a decompression bomb or a damaged file?); refusing it",
            path=self.path,
        )

    def cancel(self) -> None:
        """Stop the child if it still runs and close its file (safe to call twice)."""
        if self.pid is not None:
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)
            with contextlib.suppress(OSError):
                os.waitpid(self.pid, 0)
            self.pid = None
        self._spool.close()


def _identity(path: str) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


def run(path: str, work: Callable[..., Any], *args: Any, budget: int = MEMORY_BUDGET) -> Any:
    """``work(*args)`` under the budget in a child where possible, else here."""
    if not can_isolate():
        return work(*args)
    try:
        reading = Reading(path, work, args, budget)
    except OSError:  # no process to be had: read here
        return work(*args)
    return reading.result()


_started: dict[tuple, Reading] = {}
_at_exit = False


def _cancel_started() -> None:
    while _started:
        _, reading = _started.popitem()
        reading.cancel()


def start(key: tuple, path: str, work: Callable[..., Any], *args: Any, budget: int = MEMORY_BUDGET) -> bool:
    """Start ``work(*args)`` now for :func:`take` to collect under ``key``; True when it runs."""
    global _at_exit
    if key in _started:
        return True
    if not can_isolate():
        return False
    try:
        reading = Reading(path, work, args, budget)
    except OSError:
        return False
    if not _at_exit:
        atexit.register(_cancel_started)
        _at_exit = True
    _started[key] = reading
    return True


def take(key: tuple) -> Reading | None:
    """The reading started under ``key``, if its file is still the one it started on."""
    reading = _started.pop(key, None)
    if reading is not None and (reading.identity is None or _identity(reading.path) != reading.identity):
        reading.cancel()
        return None
    return reading
