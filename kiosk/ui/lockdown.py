"""The kiosk's window as the public meets it: it cannot be closed, minimised or left.

In production mode the window is frameless, full screen and on top; closing (the window
manager's close, Alt+F4 on Windows), Escape and minimising do nothing; only ``may_close``, set by
a mediator, lets it close. It also hands the visitor's input, as the platform delivers it, to
its watchers (the idle clock, the mediator's key chord).
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


class LockedWindow(QWidget):
    def __init__(self, production: bool):
        super().__init__()
        self.production = production
        self.may_close = not production
        self._watchers: list[QObject] = []
        self._watched = None

    # --- the visitor's input, seen by the idle clock and the mediator's key chord ---------------
    def watch_input(self, watcher) -> None:
        self._watchers.append(watcher)
        self._watched = None
        if self.windowHandle() is not None:
            self._install_watchers()

    def _install_watchers(self) -> None:
        handle = self.windowHandle()
        if handle is not None and handle is not self._watched:
            for watcher in self._watchers:
                handle.installEventFilter(watcher)
            self._watched = handle

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self._install_watchers()          # a new native window after setWindowFlags, too

    # --- lockdown ------------------------------------------------------------------------------
    def show_kiosk(self) -> None:
        if self.production:
            self.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
            self.showFullScreen()
        else:
            self.resize(1280, 860)
            self.show()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self.may_close:
            event.accept()
        else:
            log.info("close refused: only a mediator can close the kiosk")
            event.ignore()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if (not self.may_close and event.type() == event.Type.WindowStateChange
                and self.windowState() & Qt.WindowState.WindowMinimized):
            self.showFullScreen()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() == Qt.Key.Key_Escape or (event.key() == Qt.Key.Key_F4
                                                and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            event.accept()          # never leaves the kiosk, in any mode
            return
        super().keyPressEvent(event)
