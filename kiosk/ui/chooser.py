"""The kiosk's own file chooser: what answers an official page's ``<input type=file>``.

Only the tray's documents can be chosen (the ``DocumentsOverlay`` in « choose » mode), made into
the file the page accepts — a PDF, or an image of a one-page document — under the site's size
limit; the page never sees the disk (``kiosk.web.pages`` refuses any path outside the tray).
"""
from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEventLoop, QTimer

from kiosk.session.documents import Document, DocumentTray, Format, Problem, formats
from kiosk.ui.documents import DocumentsOverlay

log = logging.getLogger(__name__)


class DocumentChooser:
    """What answers a page's file request (``kiosk.web.pages.FileChooser``).

    ``choose()`` runs while Chromium waits for the answer, so it keeps the window alive with a
    local event loop, as a file dialog would. A wipe during it (idle, « Terminer ») ends the
    choice with nothing; ``later()`` holds what must wait until the page has its answer.
    """

    PROBLEMS = {
        Problem.NO_FORMAT: QT_TRANSLATE_NOOP("DocumentsOverlay", "Ce site demande un type de fichier "
                                             "que la borne ne sait pas faire. Demandez à un médiateur."),
        Problem.ONE_PAGE: QT_TRANSLATE_NOOP("DocumentsOverlay", "Ce site demande une image d'une seule "
                                            "page, et ce document a plusieurs pages. Demandez à un "
                                            "médiateur."),
        Problem.TOO_BIG: QT_TRANSLATE_NOOP("DocumentsOverlay", "Ce document est trop lourd pour ce site, "
                                           "même réduit. Enlevez des pages, ou demandez à un médiateur."),
        Problem.NO_SPACE: QT_TRANSLATE_NOOP("DocumentsOverlay", "La borne n'a pas pu préparer le "
                                            "fichier. Demandez à un médiateur."),
    }

    def __init__(self, overlay: DocumentsOverlay, tray: DocumentTray, limit: Callable[[str], int],
                 record: Callable[..., None] = lambda event, **fields: None):
        self.overlay, self.tray, self.limit, self.record = overlay, tray, limit, record
        self._loop: QEventLoop | None = None
        self._chosen: list[str] = []
        self._host = ""
        self._kinds: set[Format] = set()
        self._pending: list[Callable[[], None]] = []
        overlay.tapped.connect(self._tapped)
        overlay.finished.connect(self._finished)

    @property
    def folder(self):
        outbox = self.tray.folder / "envoi"
        outbox.mkdir(mode=0o700, exist_ok=True)
        return outbox

    @property
    def active(self) -> bool:
        return self._loop is not None

    def choose(self, multiple: bool, accepted: list[str], host: str) -> list[str]:
        if self._loop is not None:
            return []
        self._chosen, self._host, self._kinds = [], host, formats(accepted)
        self.overlay.open_chooser(self._kinds, multiple)
        if not self._kinds:
            self.overlay.show_problem(self.overlay.tr(self.PROBLEMS[Problem.NO_FORMAT]))
        self._loop = QEventLoop()
        self._loop.exec()
        self._loop = None
        chosen, self._chosen = self._chosen, []
        for callback in self._pending:
            QTimer.singleShot(0, callback)      # after the page has had its answer
        self._pending.clear()
        if chosen:
            self.record("document_sent")
        log.info("the visitor chose %d document(s) for a site", len(chosen))
        return chosen

    def later(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the page has its answer (now if no choice is open)."""
        if self._loop is None:
            callback()
        else:
            self._pending.append(callback)

    def cancel(self) -> None:
        self._chosen = []
        self.overlay.picked = []
        self.overlay.hide()
        if self._loop is not None:
            self._loop.quit()

    def _tapped(self, document: Document) -> None:
        if document in self.overlay.picked:
            return
        made = self.tray.export(document, self._kinds, self.limit(self._host))
        if made.problem is not None:
            self.overlay.show_problem(self.overlay.tr(self.PROBLEMS[made.problem]))
            log.info("a document was not sent: %s", made.problem.value)
            return
        self._chosen.append(str(made.path))
        self.overlay.picked.append(document)
        self.tray.mark_sent(document)
        self.overlay.show_problem("")
        if self.overlay.multiple:
            self.overlay.refresh()
        else:
            self.overlay._close()

    def _finished(self) -> None:
        if self._loop is not None:
            self._loop.quit()
