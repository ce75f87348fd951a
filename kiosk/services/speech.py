"""Read-aloud with QtTextToSpeech: speech-dispatcher + espeak-ng on Linux, SAPI/WinRT on Windows.

QtTextToSpeech is imported when first needed (``warm_up()`` just after the first paint: starting
speech-dispatcher takes about 1.5 s). The engine is the platform's default, or the one named by
``PASAPAS_TTS_ENGINE`` (tests use ``mock``). Facts of the platform that shape this:
- ``allVoices(locale)`` answers *every* voice when none fits the locale (speechd gave Wolof
  « Bishnupriya Manipuri »), and espeak-ng's European Portuguese comes as ``pt_BR``: a voice is
  chosen by the language of its locale, then by its country (locale or name), plain voices
  before variants (« French (France)+Adam »);
- a language without a voice gets no « Écouter » button (``can_read``) and is named by the
  self-check and the mediator panel;
- with no audio server the engine stays « speaking » forever without an error, so every reading
  has a time limit after which it is stopped and reported finished.

Qt's ``mock`` engine has no French or Arabic voice: with it, each of the kiosk's languages gets
the mock's default voice (it speaks nothing; tests listen to ``asked``).
"""
from __future__ import annotations

import logging
import os

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

log = logging.getLogger(__name__)
LOCALES = {"fr": "fr_FR", "en": "en_GB", "ar": "ar_EG", "pt": "pt_PT", "es": "es_ES", "tr": "tr_TR"}


def pick_voice(voices, language: str):
    """The voice for ``language`` among ``voices`` (QVoice), or None: same language, then the
    wanted country (by locale or by name), plain before variants."""
    wanted = QLocale(LOCALES.get(language, language))
    if wanted.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return None
    country = QLocale.territoryToString(wanted.territory())
    fitting = [v for v in voices if v.locale().language() == wanted.language()]

    def rank(voice) -> tuple:
        same_country = voice.locale().territory() == wanted.territory() or f"({country}" in voice.name()
        return (not same_country, "+" in voice.name(), voice.name())
    return min(fitting, key=rank, default=None)


class ReadAloud(QObject):
    started = Signal()
    word = Signal(int, int)      # start, length of the word being spoken, in the text given
    finished = Signal()
    asked = Signal(str, str)     # the text and language the engine is asked to say, just before

    def __init__(self, parent: QObject | None = None, engine: str | None = None,
                 seconds_per_char: float = 0.12, margin_s: float = 10):
        super().__init__(parent)
        self._engine_name = engine if engine is not None else os.environ.get("PASAPAS_TTS_ENGINE", "")
        self._tts = None
        self._broken = False
        self._voices: dict[str, object] = {}
        self._seconds_per_char, self._margin_s = seconds_per_char, margin_s
        self._limit = QTimer(self, singleShot=True)
        self._limit.timeout.connect(self._too_long)
        self.speaking = False

    @property
    def engine_name(self) -> str:
        tts = self._engine()
        return tts.engine() if tts is not None else "none"

    def warm_up(self) -> None:
        """Start the engine now (speech-dispatcher takes a while), not on the first touch."""
        self._engine()

    def _engine(self):
        if self._tts is None and not self._broken:
            try:
                from PySide6.QtTextToSpeech import QTextToSpeech
                self._tts = QTextToSpeech(self._engine_name, self) if self._engine_name \
                    else QTextToSpeech(self)
                self._tts.stateChanged.connect(self._state_changed)
                self._tts.sayingWord.connect(lambda _w, _id, start, length: self.word.emit(start, length))
            except Exception:  # noqa: BLE001 - no read-aloud is not a reason to stop the kiosk
                log.exception("read-aloud unavailable")
                self._broken = True
        return self._tts

    def voice(self, language: str):
        """The QVoice used for ``language``, or None when the engine has none for it."""
        if language not in self._voices:
            tts = self._engine()
            found = None
            if tts is not None and tts.state() != tts.State.Error:
                if tts.engine() == "mock":
                    found = tts.voice() if language in LOCALES else None
                else:
                    wanted = QLocale(LOCALES.get(language, language)).language()
                    found = pick_voice([v for locale in tts.availableLocales()
                                        if locale.language() == wanted
                                        for v in tts.allVoices(locale)], language)
            self._voices[language] = found
            if found is None:
                log.info("no read-aloud voice for %s", language)
        return self._voices[language]

    def voice_name(self, language: str) -> str:
        """« French (France) », or "" when there is none."""
        found = self.voice(language)
        return found.name() if found is not None else ""

    def can_read(self, language: str) -> bool:
        """Is there a voice for this language? (no voice: no « Écouter » button)."""
        return self.voice(language) is not None

    def say(self, text: str, language: str) -> None:
        tts = self._engine()
        if tts is None or not text.strip():
            return
        self.stop()
        found = self.voice(language)
        if found is None:
            return
        if tts.engine() != "mock":
            tts.setLocale(found.locale())
            tts.setVoice(found)
        self.speaking = True
        self._limit.start(int((len(text) * self._seconds_per_char + self._margin_s) * 1000))
        self.asked.emit(text, language)
        tts.say(text)
        self.started.emit()

    def stop(self) -> None:
        self._limit.stop()
        if self._tts is not None and self.speaking:
            self._tts.stop()
        self._done()

    def _state_changed(self, state) -> None:
        if self.speaking and state in (self._tts.State.Ready, self._tts.State.Error):
            self._limit.stop()
            self._done()

    def _too_long(self) -> None:
        log.warning("read-aloud did not finish in time (no audio output?): stopped")
        if self._tts is not None:
            self._tts.stop()
        self._done()

    def _done(self) -> None:
        if self.speaking:
            self.speaking = False
            self.finished.emit()
