"""« Vous êtes toujours là ? »: a countdown any touch cancels (WCAG 2.2.1)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

from kiosk.ui.overlay import Overlay
from kiosk.ui.widgets import button, label


class IdleOverlay(Overlay):
    still_here = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.question = label(name="Title")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seconds = label(name="Countdown")
        self.seconds.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain = label()
        self.explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.here = button(role="primary", icon="oui", icon_px=56)
        self.here.setMinimumHeight(120)
        self.here.clicked.connect(self.still_here)
        for widget in (self.question, self.seconds, self.explain, self.here):
            self.content.addWidget(widget)
        self.left = 0
        self.retranslate()

    def count(self, left: int) -> None:
        self.left = left
        self.seconds.setText(str(left))
        self.explain.setText(self.tr("Sans réponse, tout ce que vous avez fait sera effacé dans "
                                     "%n seconde(s).", "", left))
        self.seconds.setAccessibleName(self.explain.text())

    def retranslate(self) -> None:
        self.question.setText(self.tr("Vous êtes toujours là ?"))
        self.here.setText(self.tr("Oui, je suis là"))
        self.here.setAccessibleName(self.tr("Oui, je suis là : continuer"))
        if self.left:
            self.count(self.left)

    def open(self) -> None:
        super().open()
        self.here.setFocus()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        """One touch anywhere continues."""
        self.still_here.emit()
