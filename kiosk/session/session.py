"""One visitor's session, and the desk that starts it and wipes it.

The ``Desk`` holds at most one ``Session``. Everything a visitor chose, ticked or typed lives
in that object and nowhere else; ``wipe()`` drops it, runs every registered wipe hook (web
profile, temporary files, clipboard…) and says so with ``wiped``. A test can hold a weak
reference to the session and check it is gone.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from kiosk.guides.library import Library
    from kiosk.session.journey import Journey

log = logging.getLogger(__name__)


@dataclass(eq=False)
class Session:
    language: str
    text_size: str
    high_contrast: bool = False
    journey: Journey | None = None
    listen: bool = False          # listen mode: every screen speaks as it appears
    voice: str = ""               # a spoken-only language (Wolof…): its recordings, French text
    site_notice: bool = False     # the official site moved the visitor to another step: said so


class Desk(QObject):
    """Every change of the visitor's session goes through one of its typed methods, and each
    says one thing: ``changed`` (what is shown: the presenter renders it again), ``language_changed``,
    ``looks_changed`` (text size, contrast) or ``ticked`` (a paper, on the screen already)."""

    started = Signal()
    changed = Signal()          # the journey moved, the guide or the listen mode changed
    language_changed = Signal(str)
    looks_changed = Signal()    # text size or contrast
    ticked = Signal(str, bool)  # a paper of the checklist on screen
    wiped = Signal(str)         # reason: "finished", "idle", "mediator", "error"

    def __init__(self, library: Library | Path, default_text_size: str = "normal",
                 parent: QObject | None = None):
        """``library``, or the content folder to read it from when first needed (after the
        welcome screen is painted: the guides' model is not needed before)."""
        super().__init__(parent)
        self._library, self._folder = (None, library) if isinstance(library, Path) else (library, None)
        self.default_text_size = default_text_size
        self.session: Session | None = None
        self._wipe_hooks: list[Callable[[], None]] = []

    # --- the session ------------------------------------------------------------------------
    def start(self, language: str, listen: bool = False, voice: str = "") -> Session:
        if self.session is not None:
            self.wipe("restart")
        self.session = Session(language, self.default_text_size, listen=listen, voice=voice)
        log.info("session started")
        self.started.emit()
        return self.session

    @property
    def library(self) -> Library:
        if self._library is None:
            from kiosk.guides.library import Library
            self._library = Library(self._folder)
        return self._library

    @library.setter
    def library(self, library: Library) -> None:
        self._library = library

    @property
    def content_folder(self) -> Path:
        """The content in use (its recordings), without loading the guides."""
        return self._library.folder if self._library is not None else self._folder

    @property
    def journey(self) -> Journey | None:
        return self.session.journey if self.session else None

    def open_guide(self, guide_id: str) -> None:
        from kiosk.session.journey import Journey
        self._require().journey = Journey(lambda gid: self.library.guide(gid, self._language()),
                                          guide_id)
        self._moved()

    def close_guide(self) -> None:
        """Back to the home tiles; the guide's answers are forgotten."""
        self._require().journey = None
        self._moved()

    def set_language(self, language: str) -> None:
        self._require().language = language
        self.language_changed.emit(language)

    def cycle_text_size(self) -> None:
        """The header's « A A A »: the next text size, round (kiosk/languages.py)."""
        from kiosk.languages import TEXT_SIZES
        sizes = list(TEXT_SIZES)
        session = self._require()
        session.text_size = sizes[(sizes.index(session.text_size) + 1) % len(sizes)]
        self.looks_changed.emit()

    def set_looks(self, text_size: str, high_contrast: bool) -> None:
        session = self._require()
        session.text_size, session.high_contrast = text_size, high_contrast
        self.looks_changed.emit()

    def toggle_contrast(self) -> None:
        session = self._require()
        session.high_contrast = not session.high_contrast
        self.looks_changed.emit()

    def set_listen(self, on: bool) -> None:
        """Listen mode for this visitor (a mediator switched it on the panel)."""
        if self.session is not None:
            self.session.listen = on
            self.changed.emit()

    def _language(self) -> str:
        return self.session.language if self.session else "fr"

    def _require(self) -> Session:
        if self.session is None:
            raise RuntimeError("no session under way")
        return self.session

    # --- moving in the journey: every move says `changed` ---------------------------------------
    def _journey(self) -> Journey:
        journey = self._require().journey
        if journey is None:
            raise RuntimeError("no guide open")
        return journey

    def _moved(self, site_notice: bool = False) -> None:
        self._require().site_notice = site_notice
        self.changed.emit()

    def answer(self, answer_id: str, value: int | str | None = None) -> None:
        self._journey().answer(answer_id, value)
        self._moved()

    def next(self) -> None:
        self._journey().next()
        self._moved()

    def back(self) -> None:
        self._journey().back()
        self._moved()

    def restart(self) -> None:
        self._journey().restart()
        self._moved()

    def jump(self, screen_id: str) -> None:
        """The official site shows the page of another step of this guide: the guide follows, and
        the step says so (the site notice) until the next move."""
        journey = self._journey()
        if screen_id == journey.place.screen or all(s.id != screen_id for s in journey.guide.screens):
            return
        journey.jump(screen_id)
        self._moved(site_notice=True)

    def tick(self, item_id: str, checked: bool) -> None:
        self._journey().tick(item_id, checked)
        self.ticked.emit(item_id, checked)

    # --- the wipe --------------------------------------------------------------------------------
    def add_wipe_hook(self, hook: Callable[[], None]) -> None:
        self._wipe_hooks.append(hook)

    def wipe(self, reason: str) -> None:
        """Forget the visitor entirely. A failing hook is logged; the others still run."""
        self.session = None
        for hook in self._wipe_hooks:
            try:
                hook()
            except Exception:  # noqa: BLE001 - a wipe must go to the end
                log.exception("a wipe step failed: %s", getattr(hook, "__qualname__", hook))
        log.info("session wiped (%s)", reason)
        self.wiped.emit(reason)
