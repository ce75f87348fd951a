"""Scanning a paper on the post's scanner, and telling the visitor the truth when it does not work.

On Linux through SANE's own command-line tool, ``scanimage`` (Debian's ``sane-utils``), the way
printing goes through CUPS' tools: one ``scanimage`` process per page, started with QProcess
(nothing blocks the window), its picture written to a file of the session's documents folder,
stopped after ``timeout_s``. SANE's status (scanimage exits with it, and says it on stderr)
becomes one plain sentence. Windows has no SANE: see docs/DEPLOYMENT.md.

The site configuration names the device (``[scanner] device``; empty: this post has no scanner);
tests and CI use SANE's ``test`` backend, which needs no hardware.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QProcess, QProcessEnvironment, QTimer, Signal
from PySide6.QtGui import QImage

from kiosk.config import ScannerSettings

log = logging.getLogger(__name__)

NO_SCANNER = QT_TRANSLATE_NOOP("Scanner", "Le scanner ne répond pas : il est peut-être éteint ou "
                                          "débranché. Demandez à un médiateur.")
BUSY = QT_TRANSLATE_NOOP("Scanner", "Le scanner est occupé. Attendez un instant, puis réessayez.")
JAMMED = QT_TRANSLATE_NOOP("Scanner", "Le papier est coincé dans le scanner. Demandez à un "
                                      "médiateur de l'enlever.")
NO_PAPER = QT_TRANSLATE_NOOP("Scanner", "Le scanner ne trouve pas de papier. Posez le papier, "
                                        "puis réessayez.")
COVER_OPEN = QT_TRANSLATE_NOOP("Scanner", "Le capot du scanner est ouvert. Fermez-le, puis "
                                          "réessayez.")
TIMED_OUT = QT_TRANSLATE_NOOP("Scanner", "Le scan n'a pas abouti : le scanner ne répond plus. "
                                         "Demandez à un médiateur.")
FAILED = QT_TRANSLATE_NOOP("Scanner", "Le scan n'a pas marché. Réessayez, ou demandez à un "
                                      "médiateur.")
# scanimage exits with SANE's status: SANE_Status in sane/sane.h.
_BY_STATUS = {3: BUSY, 6: JAMMED, 7: NO_PAPER, 8: COVER_OPEN, 11: NO_SCANNER}
_BY_WORDS = (("open of device", NO_SCANNER), ("no sane devices", NO_SCANNER),
             ("device busy", BUSY), ("jammed", JAMMED), ("out of documents", NO_PAPER),
             ("cover is open", COVER_OPEN), ("access to resource has been denied", NO_SCANNER))


class Scanner(QObject):
    """One page at a time: ``scan(target, colour)`` → ``scanned(QImage)`` or ``failed(text, reason)``.

    ``text`` is one of the French sentences above (translate it with the ``Scanner`` context);
    ``reason`` is for the log and holds nothing of the visitor.
    """

    scanned = Signal(QImage)
    failed = Signal(str, str)

    def __init__(self, settings: ScannerSettings, program: str = "scanimage", parent: QObject | None = None):
        super().__init__(parent)
        self.settings, self.program = settings, program
        self._process: QProcess | None = None
        self._target: Path | None = None
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._too_long)
        self._timed_out = False

    @property
    def present(self) -> bool:
        return bool(self.settings.device)

    @property
    def busy(self) -> bool:
        return self._process is not None

    def command(self, colour: bool) -> list[str]:
        s = self.settings
        return ["-d", s.device, "--format=png", "--mode", s.color_mode if colour else s.gray_mode,
                "--resolution", str(s.resolution), *s.options]

    def scan(self, target: Path, colour: bool = False) -> bool:
        """Start scanning into ``target`` (a PNG, deleted once read); False if a scan is going on."""
        if self._process is not None:
            return False
        if not self.present:
            self.failed.emit(NO_SCANNER, "no scanner configured on this post")
            return False
        self._target, self._timed_out = target, False
        process = QProcess(self)
        process.setStandardOutputFile(str(target))
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert("LC_ALL", "C")              # English, parseable answers
        process.setProcessEnvironment(environment)
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._error)
        self._process = process
        self._timer.start(self.settings.timeout_s * 1000)
        process.start(self.program, self.command(colour))
        return True

    def cancel(self) -> None:
        """The visitor left, or the session ends: stop the scan and forget its file."""
        process, self._process = self._process, None
        self._timer.stop()
        if process is not None:
            process.finished.disconnect(self._finished)
            process.errorOccurred.disconnect(self._error)
            process.kill()
            process.waitForFinished(2000)
            process.deleteLater()
        self._forget_target()

    def _too_long(self) -> None:
        if self._process is not None:
            self._timed_out = True
            self._process.kill()

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._end(None, NO_SCANNER, f"{self.program} could not start (is sane-utils installed?)")

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        process = self._process
        if process is None:
            return
        said = bytes(process.readAllStandardError().data()).decode("utf-8", "replace").lower()
        if self._timed_out:
            self._end(None, TIMED_OUT, f"no answer after {self.settings.timeout_s} s; stopped")
            return
        if status == QProcess.ExitStatus.NormalExit and code == 0:
            image = QImage(str(self._target))
            if not image.isNull():
                self._end(image, "", f"page scanned, {image.width()}×{image.height()} px")
                return
            self._end(None, FAILED, "the scanner gave no readable picture")
            return
        message = next((m for words, m in _BY_WORDS if words in said), _BY_STATUS.get(code, FAILED))
        self._end(None, message, f"scanimage exited with {code}: {said.strip()[:120]}")

    def _end(self, image: QImage | None, message: str, reason: str) -> None:
        process, self._process = self._process, None
        self._timer.stop()
        if process is not None:
            process.deleteLater()
        self._forget_target()
        (log.info if image is not None else log.warning)("scan: %s", reason)
        if image is not None:
            self.scanned.emit(image)
        else:
            self.failed.emit(message, reason)

    def _forget_target(self) -> None:
        target, self._target = self._target, None
        if target is not None:
            try:
                os.unlink(target)
            except OSError:
                pass
