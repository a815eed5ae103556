"""The one helper for background work: run a function off the GUI thread, report progress, and
hand its plain-data result (or its error) back on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class BackgroundTask(QRunnable):
    """`fn(progress, cancel)` runs in the thread pool; connect to `signals` before `start()`."""

    def __init__(self, fn: Callable[[Callable[[int, int], None], threading.Event], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.cancel = threading.Event()
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.fn(
                lambda done, total: self.signals.progress.emit(done, total), self.cancel
            )
        except Exception as exc:  # handed to the GUI thread, which shows a translated message
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)
