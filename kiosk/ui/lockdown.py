"""The kiosk's window as the public meets it: it cannot be closed, minimised or left.

In production mode the window is frameless, full screen and on top; closing (the window
manager's close, Alt+F4 on Windows), Escape and minimising do nothing; only ``may_close``, set by
a mediator, lets it close. It also hands the visitor's input, as the platform delivers it, to
its watchers (the idle clock, the mediator's key chord).
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QWindow
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


class LockedWindow(QWidget):
    def __init__(self, production: bool):
        super().__init__()
        self.production = production
        self.may_close = not production
        self._watchers: list[QObject] = []
        self._watched = None
        self._others: list[QWindow] = []       # dialogs and pop-up windows, watched too

    # --- the visitor's input, seen by the idle clock and the mediator's key chord ---------------
    def watch_input(self, watcher) -> None:
        self._watchers.append(watcher)
        self._watched = None
        if self.windowHandle() is not None:
            self._install_watchers()
        if len(self._watchers) == 1:
            QGuiApplication.instance().focusWindowChanged.connect(self._watch_other_window)

    def _watch_other_window(self, window: QWindow | None) -> None:
        """A window of its own that a page opened (alert, confirm, prompt, a drop-down list):
        what the visitor does there counts as much as on the kiosk's window."""
        if window is None or window is self.windowHandle() or window in self._others:
            return
        for watcher in self._watchers:
            window.installEventFilter(watcher)
        self._others.append(window)
        window.destroyed.connect(lambda *_: self._forget_window(window))

    def _forget_window(self, window) -> None:
        if window in self._others:
            self._others.remove(window)

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
