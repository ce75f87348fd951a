"""Small overlays that ask one thing: confirm the wipe, choose a language, help is coming."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from kiosk.ui.overlay import Overlay
from kiosk.languages import is_right_to_left, own_name
from kiosk.style.widgets import button, label


class ConfirmWipe(Overlay):
    confirmed = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.question = label(name="Title")
        self.explain = label()
        self.yes = button(role="primary", icon="effacer")
        self.yes.clicked.connect(self._yes)
        self.no = button(icon="retour")
        self.no.clicked.connect(self.hide)
        row = QHBoxLayout()
        row.addWidget(self.no)
        row.addWidget(self.yes)
        self.content.addWidget(self.question)
        self.content.addWidget(self.explain)
        self.content.addLayout(row)
        self.retranslate()

    def _yes(self) -> None:
        self.hide()
        self.confirmed.emit()

    def open(self) -> None:
        super().open()
        self.no.setFocus()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Terminer et tout effacer ?"))
        self.explain.setText(self.tr("Vos réponses et ce que vous avez ouvert seront effacés. "
                                     "Pensez à imprimer ou à photographier votre résumé avant."))
        self.yes.setText(self.tr("Oui, tout effacer"))
        self.no.setText(self.tr("Non, continuer"))


class LanguageChoice(Overlay):
    chosen = Signal(str)

    def __init__(self, parent: QWidget, languages: list[str]):
        super().__init__(parent)
        self.title = label(name="Title")
        grid = QGridLayout()
        grid.setSpacing(14)
        self.buttons = {}
        for index, code in enumerate(languages):
            b = button(own_name(code))
            b.setMinimumHeight(90)
            b.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_right_to_left(code)
                                 else Qt.LayoutDirection.LeftToRight)
            b.clicked.connect(lambda _=False, c=code: self._choose(c))
            grid.addWidget(b, index // 2, index % 2)
            self.buttons[code] = b
        self.cancel = button(icon="retour")
        self.cancel.clicked.connect(self.hide)
        self.content.addWidget(self.title)
        self.content.addLayout(grid)
        self.content.addWidget(self.cancel)
        self.retranslate()

    def set_languages(self, languages: list[str]) -> None:
        for code, b in self.buttons.items():
            b.setVisible(code in languages)

    def _choose(self, code: str) -> None:
        self.hide()
        self.chosen.emit(code)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Choisissez votre langue"))
        self.cancel.setText(self.tr("Annuler"))


class HelpComing(Overlay):
    def __init__(self, parent: QWidget, post: str):
        super().__init__(parent)
        self.post = post
        self.unsent = False          # the help call did not reach the mediators' desk
        self.title = label(name="Title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain = label()
        self.ok = button(role="primary", icon="oui")
        self.ok.clicked.connect(self.hide)
        for widget in (self.title, self.explain, self.ok):
            self.content.addWidget(widget)
        self.retranslate()

    def open(self, unsent: bool = False) -> None:
        self.unsent = unsent
        self.retranslate()
        super().open()
        self.ok.setFocus()

    def retranslate(self) -> None:
        if self.unsent:
            self.title.setText(self.tr("Votre appel n'est pas arrivé au bureau des médiateurs"))
            self.explain.setText(self.tr("Levez la main ou allez à l'accueil : un médiateur viendra "
                                         "vous aider. Vous pouvez continuer en attendant."))
        else:
            self.title.setText(self.tr("Un médiateur va venir vous aider"))
            self.explain.setText(self.tr("Restez à votre place : %1. Vous pouvez continuer en attendant.")
                                 .replace("%1", self.post))
        self.ok.setText(self.tr("D'accord"))


class WebmailChoice(Overlay):
    """« Quelle est votre messagerie ? » — the providers of the site file, by the names people know."""

    chosen = Signal(object)          # a config.Webmail

    def __init__(self, parent: QWidget, providers):
        super().__init__(parent, width=1100)
        self.providers = providers
        self.title, self.explain = label(name="Title"), label()
        grid = QGridLayout()
        grid.setSpacing(14)
        self.buttons = []
        for index, provider in enumerate(providers):
            b = button(provider.name, icon="email")
            b.clicked.connect(lambda _=False, p=provider: self._choose(p))
            grid.addWidget(b, index // 2, index % 2)
            self.buttons.append(b)
        self.none = label(name="Muted")
        self.cancel = button(icon="non")
        self.cancel.clicked.connect(self.hide)
        for widget in (self.title, self.explain):
            self.content.addWidget(widget)
        self.content.addLayout(grid)
        self.content.addWidget(self.none)
        self.content.addWidget(self.cancel)
        self.retranslate()

    def _choose(self, provider) -> None:
        self.hide()
        self.chosen.emit(provider)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Quelle est votre messagerie ?"))
        self.explain.setText(self.tr("Votre messagerie s'ouvre dans un onglet à côté du site officiel. "
                                     "Ce n'est pas un site officiel. Le site officiel reste ouvert, "
                                     "comme vous l'avez laissé."))
        self.none.setText(self.tr("Votre messagerie n'est pas dans la liste ? Lisez le code sur votre "
                                  "téléphone, ou demandez à un médiateur."))
        self.cancel.setText(self.tr("Annuler"))
        for b, provider in zip(self.buttons, self.providers):
            b.setAccessibleName(self.tr("Ouvrir ma messagerie %1").replace("%1", provider.name))
