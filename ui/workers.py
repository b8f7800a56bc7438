"""The thread pools of background work (autosave, import; spelling and checks run in a
process of their own). At exit every pool is drained
before Python shuts down: a worker still running while the interpreter finalizes would
die inside Qt ("Qt Concurrent has caught an exception thrown from a worker thread")."""

from __future__ import annotations

import atexit
import contextlib
import weakref

from PySide6.QtCore import QThreadPool

_pools: weakref.WeakSet = weakref.WeakSet()


def new_pool(parent, max_threads: int = 1) -> QThreadPool:
    pool = QThreadPool(parent)
    pool.setMaxThreadCount(max_threads)
    _pools.add(pool)
    return pool


def drain_all(timeout_ms: int = 5000) -> None:
    """Drop queued work and wait for what is running."""
    for pool in list(_pools):
        with contextlib.suppress(RuntimeError):  # its C++ object is gone already
            pool.clear()
            pool.waitForDone(timeout_ms)
    with contextlib.suppress(RuntimeError):
        QThreadPool.globalInstance().clear()
        QThreadPool.globalInstance().waitForDone(timeout_ms)


atexit.register(drain_all)
