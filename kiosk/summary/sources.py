"""The words that say where a statement comes from, and what was really done to check it.

« relu sur une copie de la page du 05/12/2024 » (an editor read a stored copy) is never
« vérifié sur le site officiel le 01/12/2026 par … » (someone opened the live official page that
day; by a role, never a name). The same words on screen, on paper and in every language.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kiosk.catalogue import catalogue
from kiosk.guides.model import Source

LINE = QT_TRANSLATE_NOOP("Source", "Source : %1 — %2")
COPY_DAY = QT_TRANSLATE_NOOP("Source", "relu sur une copie de la page du %1")
COPY_PERIOD = QT_TRANSLATE_NOOP("Source", "relu sur une copie de la page de %1")
COPY_UNDATED = QT_TRANSLATE_NOOP("Source", "relu sur une copie non datée de la page")
LIVE = QT_TRANSLATE_NOOP("Source", "vérifié sur le site officiel le %1 par %2")


def verification(source: Source, language: str, role: str = "") -> str:
    """What was done, in ``language``; ``role``: the label of ``source.checked_by``."""
    words = catalogue(language)
    if source.live:
        return (words.text("Source", LIVE).replace("%1", source.checked.strftime("%d/%m/%Y"))
                .replace("%2", role or source.checked_by))
    if not source.copy:
        return words.text("Source", COPY_UNDATED)
    template = COPY_DAY if source.copy.count("-") == 2 else COPY_PERIOD
    return words.text("Source", template).replace("%1", source.copy_text)


def name(source: Source) -> str:
    return source.title or urlsplit(source.url).hostname or source.url


def source_line(source: Source, language: str, role: str = "") -> str:
    """« Source : caf.fr, Caf des Yvelines — relu sur une copie de la page du 05/12/2024 ».

    In a right-to-left language the French page title is isolated (« … ? » keeps its « ? » and
    guillemets with it, instead of taking the Arabic line's direction)."""
    from kiosk.summary.rtl import isolate
    from kiosk.textdir import RIGHT_TO_LEFT
    title = isolate(name(source)) if language in RIGHT_TO_LEFT else name(source)
    return (catalogue(language).text("Source", LINE).replace("%1", title)
            .replace("%2", verification(source, language, role)))
