"""The two kinds of page the site panel shows: an official site's, and the kiosk's own notice.

Both derive from ``KioskPage``, which never lets Chromium or Qt open a file dialog: a page's
``<input type=file>`` asks ``chooseFiles``, and only the kiosk answers — with the documents the
visitor picks in the kiosk's own chooser (« Mes documents »), or nothing. Qt's default would open
a ``QFileDialog`` on the whole disk (rename, delete, hidden files, the home folder): never for the
public. Whatever a chooser answers, a path outside its own folder is never handed to a page.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable, Protocol

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWebEngineCore import QWebEnginePage

from kiosk.web.interceptor import encoded
from kiosk.web.policy import Allowlist, decide, matching_steps

log = logging.getLogger(__name__)
_NAV = QWebEnginePage.NavigationType
_MODE = QWebEnginePage.FileSelectionMode


class FileChooser(Protocol):
    """What answers a page's file request: the visitor's choice among their own documents."""

    @property
    def folder(self) -> Path: ...

    def choose(self, multiple: bool, accepted: list[str], host: str) -> list[str]: ...


def inside(paths: list[str], folder: Path) -> list[str]:
    """Only the files that really are in ``folder`` (no link, no ``..``, no other folder)."""
    root = folder.resolve()
    kept = []
    for path in paths:
        try:
            real = Path(path).resolve(strict=True)
        except (OSError, RuntimeError):
            continue
        if real.is_file() and real.is_relative_to(root) and not Path(path).is_symlink():
            kept.append(str(real))
    return kept


class KioskPage(QWebEnginePage):
    """A page that opens no file dialog and keeps its console to itself."""

    chooser: FileChooser | None = None

    def chooseFiles(self, mode, _old_files, accepted_mime_types) -> list[str]:  # noqa: N802 (Qt API)
        chooser = self.chooser
        if chooser is None:
            log.info("a page asked for a file: no chooser on this page")
            return []
        multiple = mode == _MODE.FileSelectOpenMultiple
        if mode not in (_MODE.FileSelectOpen, _MODE.FileSelectOpenMultiple):
            log.info("a page asked for a folder or a place to save: refused")
            return []
        chosen = chooser.choose(multiple, list(accepted_mime_types), self.url().host())
        kept = inside(chosen, chooser.folder)
        if len(kept) != len(chosen):
            log.error("a file outside the visitor's documents was refused")
        return kept if multiple else kept[:1]

    def javaScriptConsoleMessage(self, level, message, line, source) -> None:  # noqa: N802
        """Sites' console messages are neither shown nor logged: they may hold what the
        visitor typed, and they are not the kiosk's business."""


class SitePage(KioskPage):
    """A page of an official site (or of the visitor's webmail): every navigation of the page
    or its frames asks the policy.

    ``acceptNavigationRequest`` runs before Qt follows a redirect, which the interceptor cannot
    promise (see ``interceptor.py``); pop-ups and new windows come back to the panel. A link to
    a site of ``elsewhere`` (an official site, from an e-mail) is handed over, not followed here.
    A page matching ``refusal`` is a site refusing the kiosk's browser (Google's sign-in).
    """

    refused = Signal(object)              # the Decision of a refused page navigation
    handed_over = Signal(str)             # an address of ``elsewhere``, to open there
    refusal_shown = Signal()              # the site refuses the kiosk's browser

    def __init__(self, profile, allowlist: Allowlist, new_window: Callable[[], QWebEnginePage | None],
                 elsewhere: Allowlist | None = None, refusal: tuple[str, ...] = ()):
        super().__init__(profile)
        self.allowlist = allowlist
        self.elsewhere = elsewhere
        self.refusal = {"refusal": list(refusal)}
        self._new_window = new_window
        self.committed = False            # has anything been shown in it yet

    def acceptNavigationRequest(self, url: QUrl, nav_type, is_main_frame: bool) -> bool:  # noqa: N802
        address = encoded(url)
        if is_main_frame and self.refusal["refusal"] and matching_steps(address, self.refusal):
            self.refusal_shown.emit()
            return False
        decision = decide(address, self.allowlist, top_level=is_main_frame)
        if decision.allowed:
            return True
        if is_main_frame and self.elsewhere is not None:
            there = decide(address, self.elsewhere)
            if there.allowed:
                self.handed_over.emit(there.url)
                return False
        if is_main_frame:
            self.refused.emit(decision)
        return False

    def createWindow(self, _window_type) -> QWebEnginePage | None:  # noqa: N802 (Qt API)
        return self._new_window()


class NoticePage(KioskPage):
    """The kiosk's own notice page: shows what ``setHtml`` gives it, follows no link."""

    def acceptNavigationRequest(self, url: QUrl, nav_type, is_main_frame: bool) -> bool:  # noqa: N802
        return url.scheme() == "data" and nav_type == _NAV.NavigationTypeTyped

    def createWindow(self, _window_type) -> None:  # noqa: N802 (Qt API)
        return None
