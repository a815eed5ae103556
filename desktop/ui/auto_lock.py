"""Idle and suspend detection for auto-lock: no input for a while, or the wall clock jumped.

One application-wide event filter notes the last keyboard, mouse, wheel or touch input; a timer
checks every few seconds. Idle time is measured on the monotonic clock. A laptop that sleeps
(lid closed at the booth) does not advance the monotonic clock on every platform, which is how
KeePassXC's idle timer missed suspends (keepassxreboot/keepassxc #2014): so each tick also compares
how far the wall clock moved with how far the monotonic clock moved, and a gap of more than a minute
(either way) counts as a suspend. Both clocks are injectable, so tests drive time by hand.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

STAFF_IDLE_SECONDS = 5 * 60
KIOSK_IDLE_SECONDS = 2 * 60
CLOCK_JUMP_SECONDS = 60.0
TICK_MS = 5_000

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


@dataclass
class Clock:
    """Where time comes from: the real clocks, or a test's."""

    monotonic: Callable[[], float] = time.monotonic
    wall: Callable[[], float] = time.time


class IdleWatch(QObject):
    """Emits `expired(reason)` once, with reason "idle" or "suspend"; `restart()` re-arms it."""

    expired = Signal(str)  # "idle" (no input for `timeout` seconds) or "suspend" (clock jump)

    def __init__(
        self,
        parent: QObject,
        timeout: float = STAFF_IDLE_SECONDS,
        clock: Clock | None = None,
        tick_ms: int = TICK_MS,
    ) -> None:
        super().__init__(parent)
        self.clock = clock or Clock()
        self.timeout = float(timeout)
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.restart()

    def set_timeout(self, seconds: float) -> None:
        """Change the idle limit (staff 5 min by default; the kiosk uses KIOSK_IDLE_SECONDS)."""
        self.timeout = float(seconds)

    def restart(self) -> None:
        self._last_input = self.clock.monotonic()
        self._mono_ref, self._wall_ref = self.clock.monotonic(), self.clock.wall()
        self._armed = True
        self._timer.start()

    def stop(self) -> None:
        self._armed = False
        self._timer.stop()

    def shutdown(self) -> None:
        self.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() in _INPUT_EVENTS:
            self._last_input = self.clock.monotonic()
        return False

    def check(self) -> None:
        """One tick: lock on a wall-clock jump (suspend) or after `timeout` without input."""
        if not self._armed:
            return
        mono, wall = self.clock.monotonic(), self.clock.wall()
        drift = (wall - self._wall_ref) - (mono - self._mono_ref)
        self._mono_ref, self._wall_ref = mono, wall
        if abs(drift) > CLOCK_JUMP_SECONDS:
            self._fire("suspend")
        elif mono - self._last_input >= self.timeout:
            self._fire("idle")

    def _fire(self, reason: str) -> None:
        self.stop()
        self.expired.emit(reason)
