"""The end of a guide, or of a detour: what was done, and what to do now."""
from __future__ import annotations

from PySide6.QtCore import Signal

from kiosk.guides.model import End
from kiosk.session.journey import Journey
from kiosk.ui.guide_page import GuidePage
from kiosk.ui.widgets import button, label


class EndPage(GuidePage):
    resume = Signal()
    other = Signal()
    finish = Signal()

    def __init__(self):
        super().__init__()
        self.title = label(name="Title")
        self.outcome = label()
        self.resume_button = button(role="primary", icon="suivant")
        self.resume_button.clicked.connect(self.resume)
        self.other_button = button(icon="retour")
        self.other_button.clicked.connect(self.other)
        self.finish_button = button(role="primary", icon="effacer")
        self.finish_button.clicked.connect(self.finish)
        for widget in (self.title, self.outcome, self.resume_button, self.other_button,
                       self.finish_button):
            self.body.addWidget(widget)
        self.body.addStretch(1)

    def reading_labels(self):
        return [self.title, self.outcome]

    def show_journey(self, journey: Journey) -> None:
        super().show_journey(journey)
        end: End = journey.screen
        self.title.setText(end.title)
        self.outcome.setText(end.outcome)
        origin = journey.detour_from
        self.resume_button.setVisible(origin is not None)
        self.other_button.setVisible(origin is None)
        self.finish_button.setVisible(origin is None)
        if origin is not None:
            self.resume_button.setText(self.tr("Reprendre « %1 »").replace("%1", origin.title))
            self.resume_button.setAccessibleName(self.resume_button.text())
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.other_button.setText(self.tr("Faire une autre démarche"))
        self.finish_button.setText(self.tr("Terminer et effacer"))
        self.finish_button.setAccessibleName(
            self.tr("Terminer et effacer : tout ce que vous avez fait ici sera oublié"))

    def clear(self) -> None:
        super().clear()
        self.title.clear()
        self.outcome.clear()
        self.resume_button.setText("")
        self.resume_button.setAccessibleName("")
