"""One visitor's session, and the desk that starts it and wipes it.

The ``Desk`` holds at most one ``Session``. Everything a visitor chose, ticked or typed lives
in that object and nowhere else; ``wipe()`` drops it, runs every registered wipe hook (web
profile, temporary files, clipboard…) and says so with ``wiped``. A test can hold a weak
reference to the session and check it is gone.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable

from PySide6.QtCore import QObject, Signal

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
    typed: dict[str, str] = field(default_factory=dict)   # text typed for a print, never stored


class Desk(QObject):
    started = Signal()
    changed = Signal()          # the journey moved, or the guide/language changed
    wiped = Signal(str)         # reason: "finished", "idle", "mediator", "error"

    def __init__(self, library: Library, default_text_size: str = "normal",
                 parent: QObject | None = None):
        super().__init__(parent)
        self.library = library
        self.default_text_size = default_text_size
        self.session: Session | None = None
        self._wipe_hooks: list[Callable[[], None]] = []

    # --- the session ------------------------------------------------------------------------
    def start(self, language: str) -> Session:
        if self.session is not None:
            self.wipe("restart")
        self.session = Session(language, self.default_text_size)
        log.info("session started")
        self.started.emit()
        return self.session

    @property
    def journey(self) -> Journey | None:
        return self.session.journey if self.session else None

    def open_guide(self, guide_id: str) -> None:
        self._require().journey = Journey(lambda gid: self.library.guide(gid, self._language()),
                                          guide_id)
        self.changed.emit()

    def close_guide(self) -> None:
        """Back to the home tiles; the guide's answers are forgotten."""
        self._require().journey = None
        self.changed.emit()

    def set_language(self, language: str) -> None:
        self._require().language = language
        self.changed.emit()

    def _language(self) -> str:
        return self.session.language if self.session else "fr"

    def _require(self) -> Session:
        if self.session is None:
            raise RuntimeError("no session under way")
        return self.session

    # --- moving in the journey: every move says `changed` ---------------------------------------
    def move(self, action: str, *args) -> None:
        journey = self._require().journey
        if journey is None:
            raise RuntimeError("no guide open")
        getattr(journey, action)(*args)
        self.changed.emit()

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
