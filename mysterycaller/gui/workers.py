"""Running slow work off the GUI thread, with progress, result and failure reported back.

The function runs in a QThreadPool; it gets only plain values and opens its own database
session (a session per use case, never an ORM object across threads). Results come back to the
GUI thread through queued signals of a ``Task`` living there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

#: ``progress(done, total)``; total 0 means "unknown".
Progress = Callable[[int, int], None]


class _Signals(QObject):
    """Emitted from the worker thread; connected to a Task in the GUI thread (queued)."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, function: Callable[[Progress], Any], signals: _Signals) -> None:
        super().__init__()
        self.function = function
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.function(self.signals.progress.emit)
        except Exception as error:  # reported to the GUI, which says what went wrong
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


class Task(QObject):
    """One piece of work in a worker thread; its signals arrive in the GUI thread."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.done = False
        self._signals = _Signals()
        # Bound methods of an object in the GUI thread: Qt queues the calls to this thread.
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)

    def start(self, function: Callable[[Progress], Any], pool: QThreadPool) -> None:
        _running.add(self)
        pool.start(_Job(function, self._signals))

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self._end()
        self.finished.emit(result)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._end()
        self.failed.emit(error)

    def _end(self) -> None:
        self.done = True
        _running.discard(self)


# Keeps a Task alive until its result arrived, even if the caller dropped it.
_running: set[Task] = set()


def run_in_worker(
    function: Callable[[Progress], Any],
    *,
    on_finished: Callable[[Any], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    pool: QThreadPool | None = None,
    parent: QObject | None = None,
) -> Task:
    """Run ``function(progress)`` in ``pool`` (the global one by default); returns its Task."""
    task = Task(parent)
    if on_progress is not None:
        task.progress.connect(on_progress)
    if on_finished is not None:
        task.finished.connect(on_finished)
    if on_failed is not None:
        task.failed.connect(on_failed)
    task.start(function, pool or QThreadPool.globalInstance())
    return task
