"""Processes sharing a list of independent work items.

:func:`run_pool` is for many documents (a batch): ``jobs - 1`` worker processes, each set up
once (the rule packs read once per worker, never per document), take the largest items first
while the caller takes the smallest ones between handing out work, so no process idles while
items remain; the results come back in item order.

:class:`Shared` is for the rules of one long document:

Reading a long PDF and checking its rules are CPU-bound Python, so one process uses one core.
Where the platform can fork, a helper process forked from the caller shares the items: their
numbers wait in a pipe and each process takes the next whenever it is free, so neither waits on
the other however the work falls, and the caller may do other work before it joins in. The
helper inherits everything the caller built before the fork (a document, its index, the rule
packs) and sends back only its results. The results are those of one process doing every item:
an item the helper fails on is done again by the caller.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
import sys
import tempfile
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import Any

#: Item numbers travel as single bytes.
MAX_ITEMS = 255


def can_fork() -> bool:
    """Fork only from a plain single-threaded process on a multi-core POSIX machine other than
    macOS, and not inside a worker of a many-file run (that is parallel across files already).
    ``MASA_CHECK_NO_FORK=1`` turns it off."""
    import multiprocessing
    import threading

    if not hasattr(os, "fork") or (os.cpu_count() or 1) < 2 or threading.active_count() > 1:
        return False
    if sys.platform == "darwin":  # macOS system libraries may not survive a fork (see multiprocessing)
        return False
    if multiprocessing.parent_process() is not None:
        return False
    return os.environ.get("MASA_CHECK_NO_FORK", "") == ""


def _claims(fd: int) -> Iterator[int]:
    """The item numbers this process wins, until the pipe is empty (its write end is closed,
    so an empty pipe reads as end of file; one-byte reads never split between processes)."""
    while True:
        got = os.read(fd, 1)
        if not got:
            return
        yield got[0]


class Shared:
    """Items ``0 .. count-1`` shared by the caller and one forked helper, which starts at once.

    ``helper_work()`` runs in the helper and returns its function of an item number (so the
    helper can open its own file handles first); :meth:`finish` gives the caller's function.
    """

    def __init__(self, count: int, helper_work: Callable[[], Callable[[int], Any]]):
        if not 0 < count <= MAX_ITEMS:
            raise ValueError(f"between 1 and {MAX_ITEMS} items, not {count}")
        self.count = count
        self.pid: int | None = None
        self._claim_fd: int | None = None
        self._spool = None
        try:
            self._start(count, helper_work)
        except BaseException:
            self.cancel()
            raise

    def _start(self, count: int, helper_work: Callable[[], Callable[[int], Any]]) -> None:
        claim_read, claim_write = os.pipe()
        self._claim_fd = claim_read
        try:
            os.write(claim_write, bytes(range(count)))  # under PIPE_BUF: one atomic write
        finally:
            os.close(claim_write)
        # The helper's results go to an unlinked file as each is done, so none is left to write
        # when the last item is: a pipe would need reading while the caller is still busy.
        spool = self._spool = tempfile.TemporaryFile()  # noqa: SIM115 - closed by finish() or cancel()
        # Objects the collector walks are written to, and every page written after a fork is
        # copied: freezing what exists now keeps the collector off the inherited objects (about
        # a third of the shared work on a long document was spent copying pages).
        gc.freeze()
        pid = os.fork()
        if pid == 0:  # the helper: never returns into the caller's code
            status = 0
            gc.disable()  # short-lived: it frees nothing worth collecting
            try:
                work = helper_work()
                for i in _claims(claim_read):
                    pickle.dump((i, work(i)), spool, protocol=pickle.HIGHEST_PROTOCOL)
                    spool.flush()
            except BaseException:  # noqa: BLE001 - the caller does the items it has not written
                status = 1
            finally:
                os._exit(status)
        self.pid = pid

    def finish(self, work: Callable[[int], Any]) -> list:
        """Do the items the helper has not taken, collect the helper's (doing them here if it
        failed) and return every item's result in item order. An exception from ``work`` stops
        the helper and propagates."""
        if self._claim_fd is None or self._spool is None or self._spool.closed:
            raise RuntimeError("already finished")
        mine: dict[int, Any] = {}
        theirs: dict[int, Any] = {}
        try:
            for i in _claims(self._claim_fd):
                mine[i] = work(i)
            os.waitpid(self.pid, 0)
            self.pid = None
            self._spool.seek(0)
            while True:
                try:
                    i, value = pickle.load(self._spool)
                except Exception:  # noqa: BLE001 - the end, or a result cut short by a crash
                    break
                theirs[i] = value
        finally:
            self.cancel()
        return [mine[i] if i in mine else theirs[i] if i in theirs else work(i) for i in range(self.count)]

    def cancel(self) -> None:
        """Stop the helper if it still runs, close the pipe and file, and let the collector see
        the frozen objects again (safe to call twice)."""
        gc.unfreeze()
        if self.pid is not None:
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)
            with contextlib.suppress(OSError):
                os.waitpid(self.pid, 0)
            self.pid = None
        if self._claim_fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._claim_fd)
            self._claim_fd = None
        if self._spool is not None:
            self._spool.close()


def start(count: int, helper_work: Callable[[], Callable[[int], Any]]) -> Shared | None:
    """A :class:`Shared` over ``count`` items, or None where it cannot help or cannot be had:
    no fork here, too few or too many items, or the system refuses a pipe, file or process."""
    if count < 1 or count > MAX_ITEMS or not can_fork():
        return None
    try:
        return Shared(count, helper_work)
    except OSError:
        return None


def share(count: int, work: Callable[[int], Any]) -> list:
    """``[work(i) for i in range(count)]``, over two processes where the platform can fork."""
    shared = start(count, lambda: work) if count > 1 else None
    if shared is None:
        return [work(i) for i in range(count)]
    return shared.finish(work)


# ---------------------------------------------------------------------------------------------
# A batch: many items over worker processes and the caller

#: Items handed to each worker ahead of the one it is doing, so it never waits for the caller
#: to come back from an item of its own.
_AHEAD = 2
_worker_work: Callable[[int], Any] | None = None


def _init_worker(setup: Callable[[Any], Callable[[int], Any]], context: Any) -> None:
    """In each worker, once: build its function of an item number (the caller's Ctrl-C ends
    the run and its workers; a worker does not report it itself)."""
    global _worker_work
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_work = setup(context)


def _in_worker(i: int) -> Any:
    if _worker_work is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("worker not set up")
    return _worker_work(i)


def largest_first(sizes: Sequence[float]) -> list[int]:
    """Item numbers by size, largest first (ties keep their order)."""
    return sorted(range(len(sizes)), key=lambda i: -sizes[i])


def run_pool(
    sizes: Sequence[float],
    jobs: int,
    work: Callable[[int], Any],
    setup: Callable[[Any], Callable[[int], Any]],
    context: Any,
    on_done: Callable[[int], None] | None = None,
) -> list:
    """``[work(i) for i in range(len(sizes))]`` over ``jobs`` processes: the caller (with
    ``work``) and ``jobs - 1`` workers, each of which calls ``setup(context)`` once for its own
    function of an item number (``setup`` must be a module-level function). Workers take items
    largest first; the caller takes the smallest, topping the workers up between them. An
    exception from an item propagates; a worker that dies leaves its items to the caller.
    ``on_done(i)`` is called in the caller as each item's result arrives."""
    count = len(sizes)
    done = on_done or (lambda i: None)
    results: dict[int, Any] = {}
    pending = deque(largest_first(sizes))
    workers = min(jobs - 1, count - 1)
    pool = _start_pool(workers, setup, context) if workers > 0 else None
    if pool is None:
        for i in sorted(pending):
            results[i] = work(i)
            done(i)
        return [results[i] for i in range(count)]
    from concurrent.futures import FIRST_COMPLETED, wait
    from concurrent.futures.process import BrokenProcessPool

    inflight: dict[Any, int] = {}
    broken = False
    try:
        while pending or inflight:
            while not broken and pending and len(inflight) < _AHEAD * workers:
                i = pending.popleft()
                inflight[pool.submit(_in_worker, i)] = i
            if pending:
                i = pending.pop()  # the smallest left: back soon to top the workers up
                results[i] = work(i)
                done(i)
                finished = [f for f in inflight if f.done()]
            else:
                finished = list(wait(inflight, return_when=FIRST_COMPLETED).done)
            for f in finished:
                i = inflight.pop(f)
                try:
                    results[i] = f.result()
                except BrokenProcessPool:  # a worker was killed (out of memory, say)
                    broken = True
                    pending.append(i)
                    continue
                done(i)
    finally:
        pool.shutdown(wait=not broken and not inflight, cancel_futures=True)
    return [results[i] for i in range(count)]


def _start_pool(workers: int, setup, context):
    """A process pool whose workers run ``setup(context)`` once each, or None if the system
    refuses one. Its processes start now, before any thread of this process does."""
    from concurrent.futures import ProcessPoolExecutor

    try:
        pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(setup, context))
    except (OSError, ValueError):
        return None
    try:
        pool.submit(int).result()  # start the workers here and now (and fail here, not later)
    except (OSError, RuntimeError):  # RuntimeError: BrokenProcessPool, a worker's setup failed
        pool.shutdown(wait=False, cancel_futures=True)
        return None
    return pool
