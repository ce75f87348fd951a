"""The take-away: the summary screen, its QR codes, printing, and the hand-off to the pôle.

The summary is built from the journey when shown; the PDF only when « Imprimer » is touched, in
the session's temporary folder, deleted after the job (or by the wipe). A name typed for the
counsellor only goes into that one print.
"""
from __future__ import annotations

import datetime as _dt
import logging

from typing import Callable

from PySide6.QtCore import QObject

from kiosk.config import Config
from kiosk.session.files import SessionFiles
from kiosk.session.session import Desk

log = logging.getLogger(__name__)


class Takeaway(QObject):
    """``page`` is the SummaryPage; ``printer``, ``handoff`` and ``tray`` may be None (none on
    this post); ``record`` counts an anonymous event (kiosk/session/figures.py)."""

    def __init__(self, page, desk: Desk, config: Config, files: SessionFiles, printer, handoff,
                 tray, record: Callable[..., None]):
        super().__init__(desk)
        self.page, self.desk, self.config, self.files = page, desk, config, files
        self.printer, self.handoff, self.tray, self.record = printer, handoff, tray, record
        self.page.print_requested.connect(self.print)
        self.page.send_requested.connect(self.send)
        self.reference = ""          # of this visitor's hand-off, printed on the summary
        desk.add_wipe_hook(self.forget)
        self.page.finish.connect(lambda: desk.wipe("finished"))

    def forget(self) -> None:
        self.reference = ""

    def _summary(self, note: str = ""):
        from kiosk.summary import build_summary
        desk = self.desk
        return build_summary(desk.journey, desk.library, self.config, desk.session.language,
                             _dt.datetime.now(), visitor_note=note, reference=self.reference,
                             sent=tuple(self.tray.sent) if self.tray else ())

    def show(self) -> None:
        from kiosk.summary import screen_qr_png
        from kiosk.summary.ical import ical_event
        from kiosk.summary.text import screen_text
        summary = self._summary()
        event = ical_event(summary)
        self.page.show_summary(summary, screen_qr_png(screen_text(summary)),
                               screen_qr_png(event) if event else None)
        self.record("qr_shown")
        handoff = self.handoff
        if self.reference:
            self.page.show_handoff_status(self._sent_text())
        else:
            self.page.show_handoff(handoff is not None and handoff.configured)

    def send(self, note: str) -> None:
        """The visitor ticked their consent and touched « Envoyer »."""
        from kiosk.services.handoff import HandoffError
        from kiosk.summary.builder import for_handoff
        try:
            self.reference = self.handoff.send(for_handoff(self._summary(note)), consented=True)
        except HandoffError as exc:
            self.page.show_handoff_status(self.tr("Le résumé n'a pas pu être préparé pour l'envoi. "
                                                  "Imprimez-le ou scannez le code."))
            log.warning("hand-off refused: %s", type(exc).__name__)
            return
        self.page.show_handoff_status(self._sent_text())

    def _sent_text(self) -> str:
        return self.tr("Votre résumé est confié au pôle social. Référence : %1. "
                       "Elle sera aussi sur la feuille imprimée.").replace("%1", self.reference)

    def print(self, note: str) -> None:
        printer = self.printer
        if printer is None:
            from kiosk.catalogue import catalogue
            from kiosk.services.printing import NO_PRINTER
            self.page.show_print_status(catalogue(self.desk.session.language)
                                        .text("Printing", NO_PRINTER))
            return
        from kiosk.summary.pdf import render_pdf
        summary = self._summary(note)
        try:
            path = self.files.for_printing()
        except OSError as exc:
            self._not_prepared(exc)
            return
        try:
            render_pdf(summary, path)
        except OSError as exc:             # a full or broken temporary folder: said, not a crash
            path.unlink(missing_ok=True)
            self._not_prepared(exc)
            return
        from kiosk.catalogue import catalogue
        from kiosk.services.printing import PRINTING
        self.page.show_print_status(catalogue(summary.language).text("Printing", PRINTING), busy=True)
        printer.print_pdf(path, summary.language, done=self._printed)

    def _not_prepared(self, exc: OSError) -> None:
        from kiosk.catalogue import catalogue
        from kiosk.services.printing import FAILED
        log.error("the summary PDF could not be written (%s)", type(exc).__name__)
        self.page.show_print_status(catalogue(self.desk.session.language).text("Printing", FAILED))

    def _printed(self, ok: bool, message: str) -> None:
        self.page.show_print_status(message)
        if ok:
            self.record("printed")
