"""Plays a recorded voice (an interpreter's or a mediator's audio file) with QtMultimedia.

QtMultimedia is imported when the first recording plays. With no audio device the player still
runs to the end of the file (measured: a 1.3 s file reports its end after 1.3 s), so listen mode
goes on to what follows; a file that cannot be read ends at once and is logged by name only.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

log = logging.getLogger(__name__)
LIMIT_MS = 10 * 60 * 1000          # no recording of a screen lasts ten minutes


class RecordingPlayer(QObject):
    started = Signal(str)          # the file, as it starts
    finished = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._player = None
        self.playing = False
        self._limit = QTimer(self, singleShot=True, interval=LIMIT_MS)
        self._limit.timeout.connect(self.stop)

    def _make(self):
        if self._player is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
            self._player = QMediaPlayer(self)
            self._output = QAudioOutput(self)
            self._player.setAudioOutput(self._output)
            self._player.mediaStatusChanged.connect(self._status)
            self._player.errorOccurred.connect(self._error)
        return self._player

    def play(self, path: Path) -> None:
        self.stop()
        player = self._make()
        self.playing = True
        self._limit.start()
        player.setSource(QUrl.fromLocalFile(str(path)))
        player.play()
        self.started.emit(str(path))

    def stop(self) -> None:
        self._limit.stop()
        if self._player is not None and self.playing:
            self._player.stop()
            self._player.setSource(QUrl())
        self._done()

    def _status(self, status) -> None:
        from PySide6.QtMultimedia import QMediaPlayer
        if status in (QMediaPlayer.MediaStatus.EndOfMedia, QMediaPlayer.MediaStatus.InvalidMedia):
            self._limit.stop()
            self._done()

    def _error(self, _error, _text: str) -> None:
        source = self._player.source().fileName() if self._player is not None else ""
        log.error("a recording could not be played: %s", source)
        self._limit.stop()
        self._done()

    def _done(self) -> None:
        if self.playing:
            self.playing = False
            self.finished.emit()
