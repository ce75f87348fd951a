"""The official site beside the guide: opens the step's page, follows the visitor on the site.

QtWebEngine loads only when a visitor first opens a site (kiosk.web.panel). What the site does
comes back as plain facts: « this page is step 2 », « a link was refused (domain) », « a PDF
was downloaded », « no network ».
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QSplitter

from kiosk.guides.model import Step

log = logging.getLogger(__name__)


class SiteSide(QObject):
    def __init__(self, window, splitter: QSplitter):
        super().__init__(window)
        self.window, self.splitter = window, splitter
        self.panel = None

    @property
    def is_open(self) -> bool:
        return self.panel is not None and self.panel.isVisible()

    def open(self, url: str) -> None:
        journey = self.window.desk.journey
        if self.panel is None:
            from kiosk.web.panel import WebPanel
            self.panel = WebPanel(self.window.config.allowlist)
            self.panel.step_matched.connect(self._step_matched)
            self.panel.link_blocked.connect(self._link_blocked)
            self.panel.download_ready.connect(self._downloaded)
            self.splitter.addWidget(self.panel)
            self.splitter.setStretchFactor(0, 1)
            self.splitter.setStretchFactor(1, 1)
        session = self.window.desk.session
        self.panel.set_style(session.high_contrast, session.text_size)
        patterns = {s.id: s.url_patterns for s in journey.guide.screens
                    if isinstance(s, Step) and s.url_patterns} if journey else {}
        self.panel.open(url, patterns)
        width = self.splitter.width()
        self.splitter.setSizes([width // 2, width - width // 2])

    def close(self) -> None:
        if self.panel is not None:
            self.panel.close()

    def wipe(self) -> None:
        if self.panel is not None:
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
        """A document from the official site: offered for printing, never kept."""
        self.window.step.offer_download(path)


def make_splitter(guide_side) -> QSplitter:
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setChildrenCollapsible(False)
    splitter.setHandleWidth(12)
    splitter.addWidget(guide_side)
    return splitter
