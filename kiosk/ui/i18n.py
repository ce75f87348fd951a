"""Interface language: Qt Linguist catalogues (ours and Qt's own), and the layout direction."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from kiosk import paths

log = logging.getLogger(__name__)
RIGHT_TO_LEFT = {"ar"}


def available(configured: tuple[str, ...]) -> list[str]:
    """French (the source language) and every configured language whose catalogue is built."""
    return [lang for lang in configured
            if lang == "fr" or (paths.translations() / f"kiosk_{lang}.qm").exists()]


class Translator:
    def __init__(self, app: QCoreApplication):
        self.app = app
        self.language = "fr"
        self._installed: list[QTranslator] = []

    def switch(self, language: str) -> None:
        """Install the catalogues of ``language``; every widget gets a LanguageChange event."""
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
        self.language = language
        catalogues = [(paths.translations(), f"kiosk_{language}"),
                      (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}")]
        if language != "fr":
            for folder, name in catalogues:
                translator = QTranslator(self.app)
                if translator.load(name, str(folder)):
                    self.app.installTranslator(translator)
                    self._installed.append(translator)
                elif name.startswith("kiosk"):
                    log.error("interface translation %s.qm missing or unreadable: French is shown", name)
        QLocale.setDefault(QLocale(language))
        if isinstance(self.app, QApplication):
            self.app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT
                                        else Qt.LayoutDirection.LeftToRight)
