"""Listen mode: for a visitor who cannot read, every screen speaks as it appears.

On arrival a screen says where we are, its title, its text, then each choice with its pictogram
described (« Oui : la coche verte »), each paper of a checklist, the summary's « à faire
ensuite »; an overlay (« Vous êtes toujours là ? », help, scanner, documents…) says what it
shows when it opens. « Répéter » says it again. Any touch or key stops the voice at once (a
watcher on the window's input, like the idle clock), and the next screen starts its own.

A guide screen with a recording in the visitor's spoken language (kiosk/guides/recordings.py)
plays it instead of the synthetic voice; a spoken-only language (Wolof…) shows French and plays
its recordings, and the French voice reads a screen that has none yet.

What is said is a queue of parts, each a sentence in a language or a recording, played one
after the other. The same screen shown again (a second render) is not said again over itself.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

from kiosk.languages import BY_CODE, own_name
from kiosk.services.speech import ReadAloud

if TYPE_CHECKING:
    from kiosk.session.session import Desk

log = logging.getLogger(__name__)
STOPPING = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress)


class ListenMode(QObject):
    def __init__(self, speech: ReadAloud, desk: Desk, parent: QObject | None = None):
        super().__init__(parent)
        self.speech, self.desk = speech, desk
        self._player = None                 # kiosk.services.player, made when first played
        self.welcome_on = False             # the ear touched on the welcome screen, no session yet
        self._queue: list[tuple[str, object, str]] = []
        self._screen: list[tuple[str, object, str]] = []    # what « Répéter » says
        self._key = None
        speech.finished.connect(self._next)

    @property
    def player(self):
        if self._player is None:
            from kiosk.services.player import RecordingPlayer
            self._player = RecordingPlayer(self)
            self._player.finished.connect(self._next)
        return self._player

    @property
    def _playing(self) -> bool:
        return self._player is not None and self._player.playing

    # --- state -----------------------------------------------------------------------------------
    @property
    def on(self) -> bool:
        session = self.desk.session
        return bool(session.listen) if session is not None else self.welcome_on

    @property
    def busy(self) -> bool:
        return bool(self._queue) or self.speech.speaking or self._playing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Any touch or key stops the voice at once."""
        if event.type() in STOPPING and self.busy:
            self.stop()
        return False

    # --- what is said ------------------------------------------------------------------------------
    def arrive(self, page, guide_screen: bool = False) -> None:
        """A screen has just been put on view: say it (once), if listen mode is on."""
        if not self.on:
            self._key = None
            return
        parts = self._parts(page, guide_screen)
        key = (id(page), tuple(parts))
        if key == self._key:
            return                            # the same screen again: not said over itself
        self._key = key
        self._screen = parts
        self.say_parts(parts)

    def overlay_opened(self, overlay) -> None:
        session = self.desk.session
        if self.on and overlay.spoken():
            self.say_parts([("say", "\n".join(overlay.spoken()), session.language if session else "fr")])

    def repeat(self) -> None:
        self.say_parts(self._screen)

    def forget(self) -> None:
        """After a wipe: nothing of the last visitor is said again."""
        self.stop()
        self._screen, self._key = [], None
        self.welcome_on = False

    def tell(self, text: str, language: str) -> None:
        """One sentence now (a language's name on the welcome screen, a paper ticked)."""
        self.say_parts([("say", text, language)])

    def play(self, path: Path) -> None:
        self.say_parts([("play", path, "")])

    # --- the welcome screen, a paper ticked -----------------------------------------------------
    def welcome_ear(self, on: bool, offered: list[str]) -> None:
        """The ear on the welcome screen: « touch your language », in each language offered."""
        self.welcome_on = on
        if on:
            self.say_parts([("say", BY_CODE[c].by_ear, c) for c in offered if c in BY_CODE])
        else:
            self.stop()

    def say_language(self, code: str, spoken_only: dict[str, str]) -> None:
        """A language touched once on the welcome screen says its own name (a spoken-only
        language plays its recorded name, ``recordings/<language>/name.*``)."""
        if code in spoken_only:
            from kiosk.guides import recordings
            found = recordings.find(self.desk.content_folder, code, "", "name")
            self.play(found) if found is not None else self.tell(spoken_only[code], "fr")
        else:
            self.tell(own_name(code), code)

    def paper_ticked(self, checklist, item_id: str) -> None:
        """A paper touched on a checklist: its new state is said."""
        ids = [i for i, _ in checklist.items]
        if self.on and item_id in ids:
            self.tell(checklist.paper(checklist.buttons[ids.index(item_id)]),
                      self.desk.session.language)

    def stop(self) -> None:
        self._queue = []
        self.speech.stop()
        if self._player is not None:
            self._player.stop()

    # --- inside ----------------------------------------------------------------------------------
    def _parts(self, page, guide_screen: bool) -> list[tuple[str, object, str]]:
        session = self.desk.session
        language = session.language
        voice = session.voice or language
        journey = self.desk.journey
        lines = [t for t in page.spoken() if t]
        if journey is not None and guide_screen:
            from kiosk.guides import recordings
            found = recordings.find(self.desk.content_folder, voice, journey.place.guide,
                                    journey.place.screen)
            if found is not None:
                return [("play", found, "")]
            if journey.screen.fallback:       # French text: said in French, after the note
                return [("say", page.fallback.text(), language), ("say", "\n".join(lines), "fr")]
        if not self.speech.can_read(voice):
            voice = language
        return [("say", "\n".join(lines), voice)] if lines else []

    def say_parts(self, parts) -> None:
        self.stop()
        self._queue = list(parts)
        self._next()

    def _next(self) -> None:
        while self._queue and not (self.speech.speaking or self._playing):
            kind, what, language = self._queue.pop(0)
            if kind == "play":
                self.player.play(what)
            else:
                self.speech.say(what, language)
