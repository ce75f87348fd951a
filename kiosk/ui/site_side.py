"""The official site beside the guide: opens the step's page, follows the visitor on the site.

QtWebEngine loads only when a visitor first opens a site (kiosk.web.tabs). What the site does
comes back as plain facts: « this page is step 2 », « a link was refused (domain) », « a PDF
was downloaded », « this page is to be printed », « no network ». The visitor's webmail opens
in a second tab; a page's file request is answered by the kiosk's own chooser.
"""
from __future__ import annotations

import logging
from pathlib import Path

from typing import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QSplitter

from kiosk.guides.model import Step
from kiosk.session.files import SessionFiles
from kiosk.session.session import Desk

log = logging.getLogger(__name__)


class SiteSide(QObject):
    """``printer`` and ``tray`` may be None; ``record`` counts an anonymous event."""

    download_offered = Signal(str)       # a PDF from the site, for the step to offer printing

    def __init__(self, splitter: QSplitter, desk: Desk, allowlist: tuple[str, ...],
                 webmail_domains: tuple[str, ...], chooser, printer, tray, files: SessionFiles,
                 record: Callable[..., None]):
        super().__init__(desk)
        self.splitter, self.desk, self.chooser = splitter, desk, chooser
        self.allowlist, self.webmail_domains = allowlist, webmail_domains
        self.printer, self.tray, self.files, self.record = printer, tray, files, record
        self.panel = None

    @property
    def is_open(self) -> bool:
        return self.panel is not None and self.panel.isVisible()

    def _tabs(self):
        if self.panel is None:
            from kiosk.web.tabs import SiteTabs
            self.panel = SiteTabs(self.allowlist, self.webmail_domains)
            self.panel.set_chooser(self.chooser)
            self.panel.step_matched.connect(self._step_matched)
            self.panel.link_blocked.connect(self._link_blocked)
            self.panel.download_ready.connect(self._downloaded)
            self.panel.print_ready.connect(self._print_page)
            self.splitter.addWidget(self.panel)
            self.splitter.setStretchFactor(0, 1)
            self.splitter.setStretchFactor(1, 1)
        session = self.desk.session
        self.panel.set_style(session.high_contrast, session.text_size)
        return self.panel

    def _halves(self) -> None:
        width = self.splitter.width()
        self.splitter.setSizes([width // 2, width - width // 2])

    def open(self, url: str) -> None:
        journey = self.desk.journey
        patterns = {s.id: s.url_patterns for s in journey.guide.screens
                    if isinstance(s, Step) and s.url_patterns} if journey else {}
        self._tabs().open(url, patterns)
        self._halves()

    def open_webmail(self, provider) -> None:
        self._tabs().open_webmail(provider)
        self._halves()
        self.record("webmail_opened")

    def close(self) -> None:
        if self.panel is not None:
            self.panel.close()

    def wipe(self) -> None:
        if self.panel is None:
            return
        if self.chooser is not None and self.chooser.active:
            # The page waits in chooseFiles for its answer: end the choice, destroy after.
            self.panel.hide()
            self.chooser.cancel()
            self.chooser.later(self.panel.wipe)
            return
        self.panel.wipe()

    def set_style(self, high_contrast: bool, text_size: str) -> None:
        if self.panel is not None:
            self.panel.set_style(high_contrast, text_size)

    def _step_matched(self, step_id: str) -> None:
        journey = self.desk.journey
        if journey is None or journey.place.screen == step_id:
            return
        self.desk.jump(step_id)

    def _link_blocked(self, domain: str) -> None:
        self.record("link_blocked", domain=domain)

    def _downloaded(self, path: str) -> None:
        """A document from the official site: offered for printing, and put in « Mes documents »
        (to attach to an e-mail or another site); gone at the wipe like the rest."""
        self.download_offered.emit(path)
        tray = self.tray
        if tray is not None:
            name = Path(path).stem.replace("_", " ").replace("-", " ").strip().capitalize()
            try:
                tray.add_pdf(Path(path), name or self.tr("Document du site"))
            except OSError as exc:
                log.error("a downloaded document could not be kept (%s)", type(exc).__name__)

    def _print_page(self, path: str) -> None:
        """« Imprimer cette page » or the page's window.print(): through the same CUPS path."""
        printer = self.printer
        session = self.desk.session
        if printer is None or session is None:
            Path(path).unlink(missing_ok=True)
            return

        def done(ok: bool, message: str) -> None:
            if self.panel is not None:
                self.panel.show_status(message)
            if ok:
                self.record("site_page_printed")
        self.panel.show_status(self.tr("Impression en cours…"))
        printer.print_pdf(path, session.language, done=done)


    def print_download(self, path: str, show: Callable[[str], None]) -> None:
        """The step's « Imprimer » for a PDF downloaded from the official site: a copy is printed
        (the original stays in « Mes documents »); counted as a site document, not a summary."""
        from kiosk.catalogue import catalogue
        from kiosk.services.printing import FAILED, NO_PRINTER
        language = self.desk.session.language
        if self.printer is None:
            show(catalogue(language).text("Printing", NO_PRINTER))
            return
        try:
            copy = self.files.for_printing(Path(path))
        except OSError as exc:            # the temporary folder is full: said, not a crash
            log.error("the document could not be copied for printing (%s)", type(exc).__name__)
            show(catalogue(language).text("Printing", FAILED))
            return

        def done(ok: bool, message: str) -> None:
            show(message)
            if ok:
                self.record("site_document_printed")
        self.printer.print_pdf(copy, language, done=done)


def make_splitter(guide_side) -> QSplitter:
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setChildrenCollapsible(False)
    splitter.setHandleWidth(12)
    splitter.addWidget(guide_side)
    return splitter
