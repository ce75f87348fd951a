"""Inactivity: after a quiet time, a countdown (WCAG 2.2.1), then the session ends.

``IdleClock`` is the policy (timers and signals, no widgets). ``ActivityFilter`` is the thin
adapter: one application-wide event filter that feeds the clock with the visitor's touches.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal


class IdleClock(QObject):
    countdown_started = Signal(int)    # seconds left
    countdown_tick = Signal(int)       # seconds left, every second
    countdown_cancelled = Signal()
    expired = Signal()

    def __init__(self, timeout_ms: int, countdown_s: int, parent: QObject | None = None,
                 tick_ms: int = 1000):
        super().__init__(parent)
        self.countdown_s = countdown_s
        self._quiet = QTimer(self, singleShot=True, interval=timeout_ms)
        self._quiet.timeout.connect(self._start_countdown)
        self._tick = QTimer(self, interval=tick_ms)    # one second; shorter only in tests
        self._tick.timeout.connect(self._on_tick)
        self._left = 0
        self.running = False

    def start(self) -> None:
        """A visitor's session began: watch for inactivity."""
        self.running = True
        self._tick.stop()
        self._quiet.start()

    def stop(self) -> None:
        """No session (welcome screen): nothing to watch."""
        self.running = False
        self._quiet.stop()
        self._tick.stop()

    def touch(self) -> None:
        """The visitor did something: the quiet time starts again, a countdown stops."""
        if not self.running:
            return
        if self._tick.isActive():
            self._tick.stop()
            self.countdown_cancelled.emit()
        self._quiet.start()

    def _start_countdown(self) -> None:
        self._left = self.countdown_s
        self._tick.start()
        self.countdown_started.emit(self._left)

    def _on_tick(self) -> None:
        self._left -= 1
        if self._left > 0:
            self.countdown_tick.emit(self._left)
            return
        self.stop()
        self.expired.emit()


class ActivityFilter(QObject):
    """Every touch, click, key or wheel on the kiosk window counts as the visitor being there.

    Installed on the window's QWindow, where all the platform's input arrives before it goes to
    a widget (a Python filter on the whole application crashes QtWebEngine)."""

    ACTIVITY = {QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin,
                QEvent.Type.Wheel, QEvent.Type.TabletPress}

    def __init__(self, clock: IdleClock):
        super().__init__(clock)
        self.clock = clock

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in self.ACTIVITY:
            self.clock.touch()
        return False
