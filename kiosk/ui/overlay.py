"""A card shown above the whole kiosk (countdown, PIN pad, panel), inside the window.

Overlays are child widgets, not separate windows: nothing for a window manager to lose, and
the kiosk stays one full-screen window.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QFrame, QLabel, QVBoxLayout, QWidget


def reading_order(root: QWidget) -> list[str]:
    """The texts ``root`` shows — labels, then button words — top to bottom, then in the way
    the line reads (right to left in Arabic). A button's own labels (a tile) count as its words."""
    rtl = root.layoutDirection() == Qt.LayoutDirection.RightToLeft
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if not isinstance(widget, (QLabel, QAbstractButton)) or not widget.text():
            continue
        text = widget.text()
        corner = widget.mapTo(root, QPoint(0, 0))
        x = -(corner.x() + widget.width()) if rtl else corner.x()
        found.append((corner.y() // 24, x, text))
    return [text for _, _, text in sorted(found, key=lambda f: (f[0], f[1]))]


class Overlay(QWidget):
    opened = Signal()          # listen mode says what it shows

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
        self.opened.emit()

    def spoken(self) -> list[str]:
        """What listen mode says when it opens: its texts in reading order."""
        return reading_order(self.dialog)

    def retranslate(self) -> None:
        pass
