"""The welcome screen: touch to start, in the language of your choice."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout

from kiosk.config import Site
from kiosk.ui.widgets import Page, button, label

# Each language's name in its own script, never translated.
LANGUAGE_NAMES = {"fr": "Français", "en": "English", "ar": "العربية", "pt": "Português",
                  "es": "Español", "tr": "Türkçe"}
# Said in each language itself, for whoever does not read French yet.
WELCOME = {"en": "Welcome", "ar": "أهلًا وسهلًا", "pt": "Bem-vindo", "es": "Bienvenido",
           "tr": "Hoş geldiniz"}
START_IN = {"fr": "Commencer en français", "en": "Start in English", "ar": "ابدأ باللغة العربية",
            "pt": "Começar em português", "es": "Empezar en español", "tr": "Türkçe başla"}


class WelcomePage(Page):
    start = Signal(str)     # the language chosen

    def __init__(self, site: Site, languages: list[str]):
        super().__init__()
        self.site = site
        outer = QVBoxLayout(self)
        outer.setContentsMargins(80, 60, 80, 40)
        outer.setSpacing(28)
        self.title = label(name="Title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.others = label(name="Subtitle")
        self.others.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.place = label(site.name, "Subtitle")
        self.place.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.begin = button(role="primary", icon="clic", icon_px=56)
        self.begin.setMinimumHeight(140)
        self.begin.clicked.connect(lambda: self.start.emit("fr"))
        self.choose = label(name="Subtitle")
        self.choose.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = QGridLayout()
        grid.setSpacing(18)
        self.language_buttons = {}
        for index, code in enumerate(languages):
            b = button(LANGUAGE_NAMES[code], icon="langue")
            b.setMinimumHeight(96)
            b.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code == "ar"
                                 else Qt.LayoutDirection.LeftToRight)
            b.clicked.connect(lambda _=False, c=code: self.start.emit(c))
            grid.addWidget(b, index // 3, index % 3)
            self.language_buttons[code] = b
        self.info = label(name="Muted")
        self.info.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addStretch(1)
        outer.addWidget(self.title)
        outer.addWidget(self.others)
        outer.addWidget(self.place)
        outer.addSpacing(20)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.begin, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addWidget(self.choose)
        outer.addLayout(grid)
        outer.addStretch(1)
        outer.addWidget(self.info)
        self.retranslate()

    def set_languages(self, languages: list[str]) -> None:
        """Only the languages offered on this post (chosen in the mediator panel)."""
        for code, b in self.language_buttons.items():
            b.setVisible(code in languages)
        self.others.setText(" · ".join(WELCOME[c] for c in languages if c in WELCOME))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Bienvenue"))
        self.begin.setText(self.tr("Touchez l'écran pour commencer"))
        self.begin.setAccessibleName(self.tr("Commencer en français"))
        self.choose.setText(self.tr("Choisissez votre langue :"))
        for code, b in self.language_buttons.items():
            b.setAccessibleName(START_IN[code])
        parts = [self.site.address, self.site.transport, self.site.hours]
        self.info.setText(" · ".join(p for p in parts if p))
