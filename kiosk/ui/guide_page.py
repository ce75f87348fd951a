"""What every screen of a guide shares: the guide's name, « Écouter », a detour note, a body."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.session.journey import Journey
from kiosk.ui.widgets import Page, button, label, scroll_area


class GuidePage(Page):
    listen_clicked = Signal()

    def __init__(self):
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 24, 60, 12)
        outer.setSpacing(12)
        top = QHBoxLayout()
        self.context = label(name="Muted")
        self.listen = button(icon="ecouter")
        self.listen.clicked.connect(self.listen_clicked)
        top.addWidget(self.context, 1)
        top.addWidget(self.listen, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)
        self.detour = label(name="Warning")
        outer.addWidget(self.detour)
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        self.body.setSpacing(18)
        self.body.setContentsMargins(0, 0, 12, 0)
        outer.addWidget(scroll_area(inner), 1)
        self.fallback = label(name="Muted")
        outer.addWidget(self.fallback)
        self.speaking = False
        self.retranslate_listen()

    def show_journey(self, journey: Journey) -> None:
        self.context.setText(journey.guide.title)
        origin = journey.detour_from
        self.detour.setVisible(origin is not None)
        if origin is not None:
            self.detour.setText(self.tr("Avant de continuer « %1 », faisons d'abord ceci. "
                                        "Vous y reviendrez ensuite.").replace("%1", origin.title))
        self.fallback.setVisible(journey.screen.fallback)
        self.fallback.setText(self.tr("Ce texte n'est pas encore traduit : il est affiché en français."))

    # --- listen mode: what the screen says on arrival, in reading order -----------------------
    def narration(self) -> list[str]:
        """This screen's own texts and choices (each page says which)."""
        return []

    def spoken(self) -> list[str]:
        """Everything listen mode says on arrival: the detour note, then the screen."""
        before = [self.detour.text()] if self.detour.isVisibleTo(self) else []
        return [t for t in before + self.narration() if t]

    # --- read-aloud -----------------------------------------------------------------------------
    def reading_labels(self) -> list[QLabel]:
        """The labels read aloud, in order (each page says which)."""
        return []

    def reading(self) -> str:
        return "\n".join(w.text() for w in self.reading_labels() if w.isVisible() and w.text())

    def highlight(self, start: int, length: int) -> None:
        """Show the word being spoken: ``start`` counts in ``reading()``."""
        offset = 0
        for widget in self.reading_labels():
            if not (widget.isVisible() and widget.text()):
                continue
            plain = widget.property("plain") or widget.text()
            if offset <= start < offset + len(plain):
                a, b = start - offset, start - offset + length
                widget.setProperty("plain", plain)
                widget.setTextFormat(Qt.TextFormat.RichText)
                widget.setText(f"{html.escape(plain[:a])}<span style='background:#ffe08a;color:#000'>"
                               f"{html.escape(plain[a:b])}</span>{html.escape(plain[b:])}")
            elif widget.property("plain"):
                self._unmark(widget)
            offset += len(plain) + 1

    def set_speaking(self, speaking: bool) -> None:
        self.speaking = speaking
        if not speaking:
            for widget in self.reading_labels():
                if widget.property("plain"):
                    self._unmark(widget)
        self.retranslate_listen()

    @staticmethod
    def _unmark(widget: QLabel) -> None:
        plain = widget.property("plain")
        widget.setProperty("plain", None)
        widget.setTextFormat(Qt.TextFormat.PlainText)
        widget.setText(plain)

    def retranslate_listen(self) -> None:
        if self.speaking:
            self.listen.setText(self.tr("Arrêter"))
            self.listen.setAccessibleName(self.tr("Arrêter la lecture à voix haute"))
        else:
            self.listen.setText(self.tr("Écouter"))
            self.listen.setAccessibleName(self.tr("Écouter : lire cet écran à voix haute"))

    def retranslate(self) -> None:
        self.retranslate_listen()

    def clear(self) -> None:
        self.set_speaking(False)
        for widget in (self.context, self.detour, self.fallback):
            widget.clear()
