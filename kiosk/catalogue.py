"""Interface words in a given language without switching the whole interface.

The printed summary is in French and in the visitor's language at once, so it cannot rely on
the installed translator. Texts are marked with ``QT_TRANSLATE_NOOP(context, text)`` (so that
pyside6-lupdate collects them into translations/*.ts) and looked up here.
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QTranslator

from kiosk import paths


class Catalogue:
    def __init__(self, language: str):
        self.language = language
        self._translator = QTranslator()
        self.loaded = language != "fr" and self._translator.load(f"kiosk_{language}",
                                                                 str(paths.translations()))

    def text(self, context: str, text: str) -> str:
        if not self.loaded:
            return text
        return self._translator.translate(context, text) or text


@lru_cache(maxsize=None)
def catalogue(language: str) -> Catalogue:
    return Catalogue(language)
