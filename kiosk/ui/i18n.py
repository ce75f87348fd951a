"""Interface language: Qt Linguist catalogues (ours and Qt's own), and the layout direction.

French is the source language; its catalogue ``kiosk_fr.ts`` holds only the plural forms
(« %n seconde(s) » → « 1 seconde », « 2 secondes »), and is installed from the start.

Two pseudo-languages exist for tests and translators: ``pseudo`` (every interface text longer,
accented and bracketed, to see clipped or untranslated text) and ``pseudo-rtl`` (the same,
reversed, with the layout mirrored as in Arabic).
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from kiosk import languages, paths

log = logging.getLogger(__name__)
RIGHT_TO_LEFT = languages.RIGHT_TO_LEFT | {"pseudo-rtl"}


def available(configured: tuple[str, ...]) -> list[str]:
    """French (the source language) and every configured language whose catalogue is built."""
    return [lang for lang in configured if lang == "fr" or (
        lang in languages.BY_CODE
        and (paths.translations() / languages.BY_CODE[lang].interface_file).with_suffix(".qm").exists())]


class Translator:
    """Switches the interface language. Each language's catalogues are read once and kept: a
    visitor after another switches often, and reloading them every time made memory grow."""

    def __init__(self, app: QCoreApplication):
        self.app = app
        self.language = "fr"
        self._installed: list = []           # QTranslator, imported when first needed
        self._loaded: dict[str, list] = {}
        self._installed = self._catalogues("fr")          # French plural forms
        for translator in self._installed:
            self.app.installTranslator(translator)

    def switch(self, language: str) -> None:
        """Install the catalogues of ``language``; widgets then call their ``retranslate()``."""
        from PySide6.QtCore import QLocale
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self.language = language
        self._installed = self._catalogues(language)
        for translator in self._installed:
            self.app.installTranslator(translator)
        QLocale.setDefault(QLocale("fr" if language.startswith("pseudo") else language))
        if isinstance(self.app, QApplication):
            self.app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT
                                        else Qt.LayoutDirection.LeftToRight)

    def _catalogues(self, language: str) -> list:
        from PySide6.QtCore import QLibraryInfo, QTranslator
        if language not in self._loaded:
            found: list[QTranslator] = []
            if language.startswith("pseudo"):
                found.append(_pseudo_translator(self.app, reverse=language == "pseudo-rtl"))
            else:
                qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
                for folder, name in ((paths.translations(), f"kiosk_{language}"),
                                     (qt_folder, f"qtbase_{language}")):
                    if language == "fr" and name.startswith("qtbase"):
                        continue
                    translator = QTranslator(self.app)
                    if translator.load(name, str(folder)):
                        found.append(translator)
                    elif name.startswith("kiosk"):
                        log.error("interface translation %s.qm missing or unreadable: French is shown",
                                  name)
            self._loaded[language] = found
        return self._loaded[language]


def _pseudo_translator(parent, reverse: bool):
    """Made only when a pseudo-language is asked for (tests, translators): never at start-up."""
    from PySide6.QtCore import QTranslator

    from kiosk.catalogue import pseudo

    class PseudoTranslator(QTranslator):
        def translate(self, context, source, _disambiguation=None, n=-1):  # noqa: ARG002 (Qt API)
            return pseudo(source, reverse) if source else source

        def isEmpty(self) -> bool:  # noqa: N802 (Qt API)
            return False
    return PseudoTranslator(parent)
