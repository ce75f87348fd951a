"""The welcome screen: touch to start, in the language of your choice — or by ear.

The ear turns listen mode on (kiosk/ui/listen.py): « touch your language » is said in each
language offered, and a language button then says its own name at the first touch; a second
touch, or a pause of ``PAUSE_MS`` without another one, starts in that language. A touch on
another language says that one instead. Without the ear, a language button starts at once.
Languages offered by recorded voices only (content.toml ``[[spoken_only]]``) come after the
others, with the ear pictogram.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
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
# Said in each language when the ear is touched, each in its own voice.
CHOOSE_BY_EAR = {"fr": "Touchez votre langue.", "en": "Touch your language.", "ar": "المسوا لغتكم.",
                 "pt": "Toque na sua língua.", "es": "Toque su idioma.", "tr": "Dilinize dokunun."}


class WelcomePage(Page):
    start = Signal(str)     # the language chosen
    preview = Signal(str)   # listen mode: a language touched once, to say its name
    ear_toggled = Signal(bool)
    PAUSE_MS = 3000

    def __init__(self, site: Site, languages: list[str], spoken_only=()):
        super().__init__()
        self.site = site
        self.listening = False
        self._armed = ""
        self._pause = QTimer(self, singleShot=True, interval=self.PAUSE_MS)
        self._pause.timeout.connect(self._go)
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
        self.begin.clicked.connect(lambda: self._go("fr"))
        self.ear = button(icon="oreille", icon_px=96)
        self.ear.setCheckable(True)
        self.ear.setMinimumHeight(140)
        self.ear.toggled.connect(self._ear)
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
            b.clicked.connect(lambda _=False, c=code: self._touched(c))
            grid.addWidget(b, index // 3, index % 3)
            self.language_buttons[code] = b
        self.spoken_names = {v.id: v.name for v in spoken_only}
        for index, (code, name) in enumerate(self.spoken_names.items(), start=len(languages)):
            b = button(name, icon="oreille")
            b.setMinimumHeight(96)
            b.clicked.connect(lambda _=False, c=code: self._touched(c, spoken=True))
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
        row.addWidget(self.ear, 1)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addWidget(self.choose)
        outer.addLayout(grid)
        outer.addStretch(1)
        outer.addWidget(self.info)
        self.retranslate()

    def set_languages(self, languages: list[str]) -> None:
        """Only the languages offered on this post (chosen in the mediator panel)."""
        self.offered = [c for c in languages if c in LANGUAGE_NAMES]
        for code, b in self.language_buttons.items():
            b.setVisible(code in languages or code in self.spoken_names)
        self.others.setText(" · ".join(WELCOME[c] for c in languages if c in WELCOME))

    # --- listen mode: the ear, and a language chosen by ear ---------------------------------------
    def set_listening(self, on: bool) -> None:
        self.ear.blockSignals(True)
        self.ear.setChecked(on)
        self.ear.blockSignals(False)
        self.listening = on
        self._armed = ""
        self._pause.stop()
        self.retranslate()

    def _ear(self, on: bool) -> None:
        self.set_listening(on)
        self.ear_toggled.emit(on)

    def _touched(self, code: str, spoken: bool = False) -> None:
        if not self.listening and not spoken:
            self.start.emit(code)
        elif self._armed == code:
            self._go()
        else:
            self._armed = code
            self._pause.start()
            self.preview.emit(code)

    def _go(self, code: str = "") -> None:
        code = code or self._armed
        self._armed = ""
        self._pause.stop()
        if code:
            self.start.emit(code)

    def clear(self) -> None:
        self.set_listening(False)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Bienvenue"))
        self.ear.setText(self.tr("Écoute : activée") if self.listening else self.tr("Écoute"))
        self.ear.setProperty("role", "checked" if self.listening else "")      # on: filled, as a ticked paper
        self.ear.style().unpolish(self.ear)
        self.ear.style().polish(self.ear)
        self.ear.setMinimumWidth(self.ear.sizeHint().width())                 # never clipped
        self.ear.setAccessibleName(
            self.tr("Mode écoute : activé. Touchez une langue : elle dit son nom ; touchez-la encore "
                    "pour commencer") if self.listening else
            self.tr("Mode écoute : chaque écran est lu à voix haute"))
        self.begin.setText(self.tr("Touchez l'écran pour commencer"))
        self.begin.setAccessibleName(self.tr("Commencer en français"))
        self.choose.setText(self.tr("Choisissez votre langue :"))
        for code, b in self.language_buttons.items():
            b.setAccessibleName(START_IN.get(code, self.spoken_names.get(code, code)))
        parts = [self.site.address, self.site.transport, self.site.hours]
        self.info.setText(" · ".join(p for p in parts if p))
