"""The end of a detour: the prerequisite is done, back to the guide the visitor left.

(The end of the main guide is the summary screen: kiosk/ui/summary_page.py.)
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal

from kiosk.guides.model import End
from kiosk.session.journey import Journey
from kiosk.ui.guide_page import GuidePage
from kiosk.ui.widgets import button, label, pictogram


class EndPage(GuidePage):
    resume = Signal()

    def __init__(self):
        super().__init__()
        self.title = label(name="Title")
        self.outcome = label()
        self.resume_button = button(role="primary", icon="suivant")
        self.resume_button.clicked.connect(self.resume)
        for widget in (self.title, self.outcome, self.resume_button):
            self.body.addWidget(widget)
        self.body.addStretch(1)

    def reading_labels(self):
        return [self.title, self.outcome]

    def narration(self) -> list[str]:
        return [self.title.text(), self.outcome.text(), self.resume_button.text()]

    def show_journey(self, journey: Journey) -> None:
        super().show_journey(journey)
        end: End = journey.screen
        self.title.setText(end.title)
        self.outcome.setText(end.outcome)
        self.resume_button.setText(self.tr("Reprendre « %1 »").replace("%1", journey.detour_from.title))
        self.resume_button.setAccessibleName(self.resume_button.text())
        forward = "retour" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "suivant"
        self.resume_button.setIcon(pictogram(forward))       # the way the text reads

    def clear(self) -> None:
        super().clear()
        self.title.clear()
        self.outcome.clear()
        self.resume_button.setText("")
        self.resume_button.setAccessibleName("")
