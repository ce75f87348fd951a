"""The official site beside the guide: opens the step's page, follows the visitor on the site.

QtWebEngine loads only when a visitor first opens a site (kiosk.web.tabs). What the site does
comes back as plain facts: « this page is step 2 », « a link was refused (domain) », « a PDF
was downloaded », « this page is to be printed », « no network ». The visitor's webmail opens
in a second tab; a page's file request is answered by the kiosk's own chooser.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QSplitter

from kiosk.guides.model import Step

log = logging.getLogger(__name__)


class SiteSide(QObject):
    def __init__(self, window, splitter: QSplitter, chooser=None):
        super().__init__(window)
        self.window, self.splitter, self.chooser = window, splitter, chooser
        self.panel = None

    @property
    def is_open(self) -> bool:
        return self.panel is not None and self.panel.isVisible()

    def _tabs(self):
        if self.panel is None:
            from kiosk.web.tabs import SiteTabs
            config = self.window.config
            self.panel = SiteTabs(config.allowlist, config.webmail_domains)
            self.panel.set_chooser(self.chooser)
            self.panel.step_matched.connect(self._step_matched)
            self.panel.link_blocked.connect(self._link_blocked)
            self.panel.download_ready.connect(self._downloaded)
            self.panel.print_ready.connect(self._print_page)
            self.splitter.addWidget(self.panel)
            self.splitter.setStretchFactor(0, 1)
            self.splitter.setStretchFactor(1, 1)
        session = self.window.desk.session
        self.panel.set_style(session.high_contrast, session.text_size)
        return self.panel

    def _halves(self) -> None:
        width = self.splitter.width()
        self.splitter.setSizes([width // 2, width - width // 2])

    def open(self, url: str) -> None:
        journey = self.window.desk.journey
        patterns = {s.id: s.url_patterns for s in journey.guide.screens
                    if isinstance(s, Step) and s.url_patterns} if journey else {}
        self._tabs().open(url, patterns)
        self._halves()

    def open_webmail(self, provider) -> None:
        self._tabs().open_webmail(provider)
        self._halves()
        self.window.services.record("webmail_opened")

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
        journey = self.window.desk.journey
        if journey is None or journey.place.screen == step_id:
            return
        if any(s.id == step_id for s in journey.guide.screens):
            self.window.desk.move("jump", step_id)
            self.window.step.show_site_notice(True)

    def _link_blocked(self, domain: str) -> None:
        self.window.services.record("link_blocked", domain=domain)

    def _downloaded(self, path: str) -> None:
        """A document from the official site: offered for printing, and put in « Mes documents »
        (to attach to an e-mail or another site); gone at the wipe like the rest."""
        self.window.step.offer_download(path)
        tray = self.window.services.tray
        if tray is not None:
            from pathlib import Path
            name = Path(path).stem.replace("_", " ").replace("-", " ").strip().capitalize()
            try:
                tray.add_pdf(Path(path), name or self.tr("Document du site"))
            except OSError as exc:
                log.error("a downloaded document could not be kept (%s)", type(exc).__name__)

    def _print_page(self, path: str) -> None:
        """« Imprimer cette page » or the page's window.print(): through the same CUPS path."""
        printer = self.window.services.printer
        session = self.window.desk.session
        if printer is None or session is None:
            from pathlib import Path
            Path(path).unlink(missing_ok=True)
            return

        def done(ok: bool, message: str) -> None:
            if self.panel is not None:
                self.panel.show_status(message)
            if ok:
                self.window.services.record("site_page_printed")
        self.panel.show_status(self.tr("Impression en cours…"))
        printer.print_pdf(path, session.language, done=done)


def make_splitter(guide_side) -> QSplitter:
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setChildrenCollapsible(False)
    splitter.setHandleWidth(12)
    splitter.addWidget(guide_side)
    return splitter
