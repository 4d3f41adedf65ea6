"""Work off the UI thread, results back on it (Anki's CollectionOp / QueryOp, in small).

* :meth:`TaskRunner.store` runs ``fn(site)`` on the one store thread: the
  store's connection is only ever used there, one task at a time, in order.
  A task that recorded an act (the act log grew) is announced: ``acts_recorded``
  is called on the UI thread after the task's own callback.
* :meth:`TaskRunner.background` runs a long job (a report, an import) on a
  pool thread; it may report progress and be cancelled. It is not given the
  site: a job hands store steps to the store thread (``screens.jobs.on_store``).

``success`` and ``failure`` are called on the UI thread. A failure without a
handler goes to the window's one error display (``on_error``).
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

if TYPE_CHECKING:
    from terminal.core.site import Site

log = logging.getLogger("hamyon.ui.tasks")

T = TypeVar("T")

LAST_ACT = "SELECT coalesce(max(seq), 0) FROM transactions"  # the log's primary key: one index probe


class Cancelled(Exception):
    """Raised inside a job whose ``Progress.cancelled`` was set; not an error for the user."""


@dataclass
class Progress:
    """Handed to a background job: report progress, check for cancellation."""

    report: Callable[[int, int, str], None]
    _cancel: threading.Event = field(default_factory=threading.Event)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()


class _Relay(QObject):
    """Lives on the UI thread; its signals carry results across from worker threads."""

    done = Signal(object, object)  # (callback, value)
    progressed = Signal(object, int, int, str)  # (callback, done, total, text)

    @Slot(object, object)
    def _call(self, callback: Callable[[Any], None], value: object) -> None:
        if _alive(callback):
            callback(value)

    @Slot(object, int, int, str)
    def _progress(self, callback: Callable[[int, int, str], None], done: int, total: int, text: str) -> None:
        if _alive(callback):
            callback(done, total, text)


def _alive(callback: Callable[..., Any]) -> bool:
    """False for a method of a widget closed while its task ran (the screen was left)."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], object], finish: Callable[[bool, object], None]) -> None:
        super().__init__()
        self.fn, self.finish = fn, finish
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            value = self.fn()
        except BaseException as exc:  # handed to the UI thread, never lost on a worker
            if not isinstance(exc, Cancelled):
                log.debug("task failed: %s", "".join(traceback.format_exception_only(exc)).strip())
            self.finish(False, exc)
        else:
            self.finish(True, value)


class Handle:
    """What a caller keeps of a running task: cancel it, ask if it is done."""

    def __init__(self, progress: Progress | None = None) -> None:
        self.progress = progress
        self.finished = threading.Event()

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()

    def wait(self, timeout: float | None = None) -> bool:
        return self.finished.wait(timeout)


def last_act(site: Site) -> int | None:
    """The act log's high-water mark (None when it cannot be read: the mark never stops a task)."""
    try:
        return int(site.store.scalar(LAST_ACT))
    except Exception as exc:  # a damaged or closed store: the task itself reports that
        log.debug("act log mark unread: %s", type(exc).__name__)
        return None


class TaskRunner(QObject):
    def __init__(self, on_error: Callable[[BaseException], None]) -> None:
        super().__init__()
        self.on_error = on_error
        self._site: Site | None = None
        self._acts_recorded: Callable[[], None] = lambda: None
        self._relay = _Relay()
        self._relay.done.connect(self._relay._call)
        self._relay.progressed.connect(self._relay._progress)
        self._store_pool = QThreadPool()
        self._store_pool.setMaxThreadCount(1)  # the store's connection: one thread, in order
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(2)

    def bind(self, site: Site, acts_recorded: Callable[[], None]) -> None:
        """The site store tasks are given, and what announces (on the UI thread) that one recorded acts."""
        self._site, self._acts_recorded = site, acts_recorded

    def store(
        self,
        fn: Callable[[Site], T],
        success: Callable[[T], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
    ) -> Handle:
        """Run ``fn(site)`` on the store thread; if it recorded acts, announce them after its callback."""
        recorded = threading.Event()

        def run() -> T:
            site = self._site
            if site is None:
                raise RuntimeError("store task on a runner with no site bound")
            before = last_act(site)
            try:
                return fn(site)
            finally:
                if before is not None and (last_act(site) or 0) > before:
                    recorded.set()

        def announce() -> None:
            if recorded.is_set():
                self._relay.done.emit(lambda _v: self._acts_recorded(), None)

        return self._start(self._store_pool, run, success, failure, None, None, announce)

    def background(
        self,
        fn: Callable[[Progress], T],
        success: Callable[[T], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], None] | None = None,
    ) -> Handle:
        """Run a long job on a pool thread; ``fn`` gets a Progress to report to and check.

        ``cancelled`` is called (on the UI thread) when the job stopped because it was cancelled.
        """
        relay = self._relay

        def report(done: int, total: int, text: str) -> None:
            if progress is not None:
                relay.progressed.emit(progress, done, total, text)

        handle_progress = Progress(report)
        return self._start(
            self._pool, lambda: fn(handle_progress), success, failure, handle_progress, cancelled
        )

    def _start(
        self,
        pool: QThreadPool,
        fn: Callable[[], T],
        success: Callable[[T], None] | None,
        failure: Callable[[BaseException], None] | None,
        progress: Progress | None,
        cancelled: Callable[[], None] | None,
        then: Callable[[], None] | None = None,
    ) -> Handle:
        handle = Handle(progress)

        def finish(ok: bool, value: object) -> None:
            callback: Callable[[Any], None]
            if ok:
                callback = success or (lambda _v: None)
            elif isinstance(value, Cancelled):
                callback = (lambda _v: cancelled()) if cancelled else (lambda _v: None)
            else:
                callback = failure or self.on_error
            handle.finished.set()
            self._relay.done.emit(callback, value)
            if then is not None:
                then()  # queued behind the callback: the UI thread runs them in this order

        pool.start(_Job(fn, finish))
        return handle

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Wait for running tasks (a store write must finish, never be cut)."""
        self._pool.waitForDone(timeout_ms)
        self._store_pool.waitForDone(timeout_ms)
