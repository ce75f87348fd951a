"""Interface words in a given language without switching the whole interface.

The printed summary is in French and in the visitor's language at once, so it cannot rely on
the installed translator. Texts are marked with ``QT_TRANSLATE_NOOP(context, text)`` (so that
pyside6-lupdate collects them into translations/*.ts) and looked up here.
"""
from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QTranslator

from kiosk import paths

PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"
_ACCENTS = str.maketrans("aeiouAEIOUcnyCNY", "àéîõüÀÉÎÕÜçñÿÇÑŸ")


def pseudo(text: str, reverse: bool = False) -> str:
    """« Retour » → « ⟦Rétõür ~~~⟧ »: 40 % longer; %1-style placeholders kept (for tests)."""
    parts = re.split(r"(%\d)", text)
    out = [p if re.fullmatch(r"%\d", p) else p.translate(_ACCENTS) for p in parts]
    if reverse:
        out = [p if re.fullmatch(r"%\d", p) else p[::-1] for p in reversed(out)]
    body = "".join(out)
    return f"{PSEUDO_OPEN}{body} {'~' * max(2, len(text) * 2 // 5)}{PSEUDO_CLOSE}"


class Catalogue:
    def __init__(self, language: str):
        self.language = language
        self._translator = QTranslator()
        self.loaded = language != "fr" and self._translator.load(f"kiosk_{language}",
                                                                 str(paths.translations()))

    def text(self, context: str, text: str) -> str:
        if self.language.startswith("pseudo"):
            return pseudo(text, reverse=self.language == "pseudo-rtl")
        if not self.loaded:
            return text
        return self._translator.translate(context, text) or text


@lru_cache(maxsize=None)
def catalogue(language: str) -> Catalogue:
    return Catalogue(language)
