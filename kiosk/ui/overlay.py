"""A card shown above the whole kiosk (countdown, PIN pad, panel), inside the window.

Overlays are child widgets, not separate windows: nothing for a window manager to lose, and
the kiosk stays one full-screen window.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget


class Overlay(QWidget):
    def __init__(self, parent: QWidget, width: int = 900):
        super().__init__(parent)
        self.setObjectName("Overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dialog = QFrame()
        self.dialog.setObjectName("Dialog")
        self.dialog.setFixedWidth(width)
        self.content = QVBoxLayout(self.dialog)
        self.content.setContentsMargins(40, 32, 40, 32)
        self.content.setSpacing(20)
        outer.addWidget(self.dialog)
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parent().rect())
        return False

    def open(self) -> None:
        self.setGeometry(self.parent().rect())
        self.show()
        self.raise_()
        self.setFocus()

    def retranslate(self) -> None:
        pass
