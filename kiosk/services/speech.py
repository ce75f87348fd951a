"""Read-aloud with QtTextToSpeech: speech-dispatcher + espeak-ng on Linux, SAPI/WinRT on Windows.

QtTextToSpeech is imported when first needed. The engine is the platform's default, or the one
named by ``PASAPAS_TTS_ENGINE`` (tests use ``mock``). Two facts of the platform shape this:
a language without a voice gets no « Écouter » button (``can_read``), and with no audio
server the engine stays « speaking » forever without an error, so every reading has a time
limit after which it is stopped and reported finished.
"""
from __future__ import annotations

import logging
import os

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

log = logging.getLogger(__name__)
LOCALES = {"fr": "fr_FR", "en": "en_GB", "ar": "ar", "pt": "pt_PT", "es": "es_ES", "tr": "tr_TR"}


class ReadAloud(QObject):
    started = Signal()
    word = Signal(int, int)      # start, length of the word being spoken, in the text given
    finished = Signal()

    def __init__(self, parent: QObject | None = None, engine: str | None = None,
                 seconds_per_char: float = 0.12, margin_s: float = 10):
        super().__init__(parent)
        self._engine_name = engine if engine is not None else os.environ.get("PASAPAS_TTS_ENGINE", "")
        self._tts = None
        self._broken = False
        self._voices: dict[str, bool] = {}
        self._seconds_per_char, self._margin_s = seconds_per_char, margin_s
        self._limit = QTimer(self, singleShot=True)
        self._limit.timeout.connect(self._too_long)
        self.speaking = False

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

    def can_read(self, language: str) -> bool:
        """Is there a voice for this language? (no voice: no « Écouter » button)."""
        if language not in self._voices:
            tts = self._engine()
            ok = False
            if tts is not None and tts.state() != tts.State.Error:
                ok = bool(tts.allVoices(QLocale(LOCALES.get(language, language))))
            self._voices[language] = ok
            if not ok:
                log.info("no read-aloud voice for %s", language)
        return self._voices[language]

    def say(self, text: str, language: str) -> None:
        tts = self._engine()
        if tts is None or not text.strip():
            return
        self.stop()
        voices = tts.allVoices(QLocale(LOCALES.get(language, language)))
        if voices:
            tts.setLocale(voices[0].locale())
            tts.setVoice(voices[0])
        self.speaking = True
        self._limit.start(int((len(text) * self._seconds_per_char + self._margin_s) * 1000))
        tts.say(text)
        self.started.emit()

    def stop(self) -> None:
        self._limit.stop()
        if self._tts is not None:
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
