"""Two processes sharing work items: the results are those of one process doing them all."""

from __future__ import annotations

import os
import time

import pytest

from masa_check import parallel

pytestmark = pytest.mark.skipif(not parallel.can_fork(), reason="this platform cannot fork or has one core")


def _slow_here(parent: int, work):
    def slowed(i):
        if os.getpid() == parent:
            time.sleep(0.01)  # so that the helper takes items too
        return work(i)

    return slowed


def test_share_gives_every_result_in_item_order_from_both_processes():
    parent = os.getpid()
    out = parallel.share(40, _slow_here(parent, lambda i: (i * i, os.getpid())))
    assert [v for v, _ in out] == [i * i for i in range(40)]
    assert {pid for _, pid in out} - {parent}, "the helper did some of the items"


def test_a_failing_helper_leaves_its_items_to_the_caller():
    parent = os.getpid()

    def work(i):
        if os.getpid() != parent:
            raise MemoryError("helper ran out")
        return i + 1

    assert parallel.share(30, _slow_here(parent, work)) == list(range(1, 31))


def test_an_error_in_the_callers_work_stops_the_helper_and_propagates():
    shared = parallel.Shared(20, lambda: lambda i: time.sleep(0.05) or i)  # slow: items are left
    pid = shared.pid

    def boom(i):
        raise ValueError("bad item")

    with pytest.raises(ValueError, match="bad item"):
        shared.finish(boom)
    assert shared.pid is None
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def test_no_fork_when_turned_off_or_for_one_item(monkeypatch):
    monkeypatch.setenv("MASA_CHECK_NO_FORK", "1")
    assert not parallel.can_fork()
    assert parallel.share(5, lambda i: os.getpid()) == [os.getpid()] * 5
    monkeypatch.setenv("MASA_CHECK_NO_FORK", "")
    assert parallel.share(1, lambda i: os.getpid()) == [os.getpid()]


def test_item_count_is_bounded():
    with pytest.raises(ValueError):
        parallel.Shared(0, lambda: lambda i: i)
    with pytest.raises(ValueError):
        parallel.Shared(parallel.MAX_ITEMS + 1, lambda: lambda i: i)


def test_no_fork_on_macos(monkeypatch):
    monkeypatch.setattr(parallel.sys, "platform", "darwin")
    assert not parallel.can_fork()


def test_a_refused_fork_or_file_falls_back_to_one_process(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(parallel.os, "fork", refuse)
    assert parallel.start(10, lambda: lambda i: i) is None
    assert parallel.share(10, lambda i: (i, os.getpid())) == [(i, os.getpid()) for i in range(10)]
    monkeypatch.undo()
    monkeypatch.setattr(parallel.tempfile, "TemporaryFile", refuse)
    assert parallel.share(10, lambda i: i * 2) == [i * 2 for i in range(10)]


def test_objects_frozen_for_the_fork_are_collectable_again_afterwards():
    import gc

    parallel.share(4, lambda i: i)
    assert gc.get_freeze_count() == 0


# ---------------------------------------------------------------------------------------------
# run_pool: a batch over worker processes and the caller


def _pool_setup(context):
    """A worker's setup: runs once per worker (it records that), returns its work."""
    log, slow = context
    with open(log, "a") as fh:
        fh.write(f"{os.getpid()}\n")

    def work(i):
        time.sleep(slow)
        return i * 10, os.getpid()

    return work


def _dying_setup(context):
    def work(i):
        os._exit(3)  # a worker killed mid-item (out of memory, say)

    return work


def test_pool_results_in_item_order_from_workers_and_caller(tmp_path):
    log = tmp_path / "setups.txt"
    parent = os.getpid()
    sizes = [1, 5, 2, 9, 3, 3, 7, 1, 4, 8] * 3
    done = []

    def here(i):
        time.sleep(0.02)
        return i * 10, os.getpid()

    out = parallel.run_pool(sizes, 3, here, _pool_setup, (str(log), 0.02), on_done=done.append)
    assert [v for v, _ in out] == [i * 10 for i in range(len(sizes))]
    assert sorted(done) == list(range(len(sizes)))
    pids = {pid for _, pid in out}
    assert parent in pids and len(pids) == 3, "two workers and the caller all did items"
    assert len(log.read_text().split()) == 2, "each worker was set up once"


def test_workers_take_the_largest_and_the_caller_the_smallest(tmp_path):
    parent = os.getpid()
    sizes = list(range(40))  # item i has size i

    def here(i):
        time.sleep(0.01)
        return i * 10, os.getpid()

    out = parallel.run_pool(sizes, 2, here, _pool_setup, (str(tmp_path / "l"), 0.01))
    assert [v // 10 for v, _ in out] == sizes
    mine = [v // 10 for v, pid in out if pid == parent]
    theirs = [v // 10 for v, pid in out if pid != parent]
    assert 39 in theirs and 0 in mine
    assert max(mine) < max(theirs) and min(mine) < min(theirs)


def test_one_job_or_one_item_stays_in_this_process(tmp_path, monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("no pool for one job")

    monkeypatch.setattr(parallel, "_start_pool", no_pool)
    assert parallel.run_pool([3, 1, 2], 1, lambda i: i + 1, _pool_setup, None) == [1, 2, 3]
    assert parallel.run_pool([3], 4, lambda i: os.getpid(), _pool_setup, None) == [os.getpid()]


def test_a_dead_worker_leaves_its_items_to_the_caller():
    sizes = [5] * 12
    out = parallel.run_pool(sizes, 2, lambda i: (time.sleep(0.01), i)[1], _dying_setup, None)
    assert out == list(range(12))


def test_an_error_in_an_item_propagates(tmp_path):
    def boom(i):
        raise ValueError("bad item")

    with pytest.raises(ValueError, match="bad item"):
        parallel.run_pool([1, 2, 3, 4], 2, boom, _pool_setup, (str(tmp_path / "l"), 0.0))
