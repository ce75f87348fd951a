"""The two kinds of page the site panel shows: an official site's, and the kiosk's own notice.

Both derive from ``KioskPage``, which never lets Chromium or Qt open a file dialog: a page's
``<input type=file>`` asks ``chooseFiles``, and only the kiosk answers (with nothing, unless a
chooser of the visitor's own documents is given). Qt's default would open a ``QFileDialog`` on
the whole disk (rename, delete, hidden files, the home folder): never for the public.
"""
from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWebEngineCore import QWebEnginePage

from kiosk.web.interceptor import encoded
from kiosk.web.policy import Allowlist, decide

log = logging.getLogger(__name__)
_NAV = QWebEnginePage.NavigationType


class KioskPage(QWebEnginePage):
    """A page that opens no file dialog and keeps its console to itself."""

    def chooseFiles(self, mode, old_files, accepted_mime_types) -> list[str]:  # noqa: N802 (Qt API)
        log.info("a page asked for a file: no chooser on this page")
        return []

    def javaScriptConsoleMessage(self, level, message, line, source) -> None:  # noqa: N802
        """Sites' console messages are neither shown nor logged: they may hold what the
        visitor typed, and they are not the kiosk's business."""


class SitePage(KioskPage):
    """A page of an official site: every navigation of the page or its frames asks the policy.

    ``acceptNavigationRequest`` runs before Qt follows a redirect, which the interceptor cannot
    promise (see ``interceptor.py``); pop-ups and new windows come back to the panel.
    """

    refused = Signal(object)              # the Decision of a refused page navigation

    def __init__(self, profile, allowlist: Allowlist, new_window: Callable[[], QWebEnginePage | None]):
        super().__init__(profile)
        self.allowlist = allowlist
        self._new_window = new_window
        self.committed = False            # has anything been shown in it yet

    def acceptNavigationRequest(self, url: QUrl, nav_type, is_main_frame: bool) -> bool:  # noqa: N802
        decision = decide(encoded(url), self.allowlist, top_level=is_main_frame)
        if decision.allowed:
            return True
        if is_main_frame:
            self.refused.emit(decision)
        return False

    def createWindow(self, window_type) -> QWebEnginePage | None:  # noqa: N802 (Qt API)
        return self._new_window()


class NoticePage(KioskPage):
    """The kiosk's own notice page: shows what ``setHtml`` gives it, follows no link."""

    def acceptNavigationRequest(self, url: QUrl, nav_type, is_main_frame: bool) -> bool:  # noqa: N802
        return url.scheme() == "data" and nav_type == _NAV.NavigationTypeTyped

    def createWindow(self, window_type) -> None:  # noqa: N802 (Qt API)
        return None
