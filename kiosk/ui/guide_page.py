"""What every screen of a guide shares: the guide's name, a detour note, a scrolling body."""
from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from kiosk.session.journey import Journey
from kiosk.ui.widgets import Page, label


class GuidePage(Page):
    def __init__(self):
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 24, 60, 12)
        outer.setSpacing(12)
        self.context = label(name="Muted")
        self.detour = label(name="Warning")
        outer.addWidget(self.context)
        outer.addWidget(self.detour)
        inner = QWidget()
        inner.setObjectName("Page")
        self.body = QVBoxLayout(inner)
        self.body.setSpacing(18)
        self.body.setContentsMargins(0, 0, 12, 0)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(inner)
        outer.addWidget(area, 1)
        self.fallback = label(name="Muted")
        outer.addWidget(self.fallback)

    def show_journey(self, journey: Journey) -> None:
        self.context.setText(journey.guide.title)
        origin = journey.detour_from
        self.detour.setVisible(origin is not None)
        if origin is not None:
            self.detour.setText(self.tr("Avant de continuer « %1 », faisons d'abord ceci. "
                                        "Vous y reviendrez ensuite.").replace("%1", origin.title))
        self.fallback.setVisible(journey.screen.fallback)
        self.fallback.setText(self.tr("Ce texte n'est pas encore traduit : il est affiché en français."))

    def clear(self) -> None:
        for widget in (self.context, self.detour, self.fallback):
            widget.clear()
