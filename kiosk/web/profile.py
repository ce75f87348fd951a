"""One visitor's browser: a fresh off-the-record profile, its pages and views, its downloads.

Everything a visitor leaves in the embedded browser lives in one ``VisitorProfile``: cookies,
cache, local storage, HTTP authentication, permission answers (all in memory: the profile has
no storage name, so it is off the record and writes nothing to disk), and the PDF files they
download (in a private temporary folder). ``destroy()`` ends it all, in the order Qt needs —
views, then pages, then the profile — and removes the folder. The next visitor gets a new
profile, which shares nothing with the last one.

QtWebEngine and root: Chromium refuses to start as root unless its sandbox is switched off
(``QTWEBENGINE_DISABLE_SANDBOX=1``). The kiosk never runs as root (``kiosk.app`` refuses
production mode as root) and never sets that variable; only ``tests/conftest.py`` sets it, and
only when the tests themselves run as root (CI containers).

QtWebEngine is heavy (~0.1 s to import, a helper process tree of several hundred MiB): only
the modules of ``kiosk/web`` import it, and the window should import ``kiosk.web.panel`` when
the first site opens, not at start-up.
"""
from __future__ import annotations

import logging
import re
import shutil
import tempfile
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineDownloadRequest, QWebEnginePage, QWebEnginePermission, QWebEngineProfile,
    QWebEngineSettings,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from kiosk.web.interceptor import RequestFilter
from kiosk.web.pages import KioskPage
from kiosk.web.policy import Allowlist

log = logging.getLogger(__name__)

_A = QWebEngineSettings.WebAttribute
SETTINGS = {
    _A.JavascriptCanOpenWindows: True,        # login pop-ups; they open inside the panel
    _A.JavascriptCanAccessClipboard: False,   # the clipboard may hold the last visitor's text
    _A.JavascriptCanPaste: False,
    _A.LocalContentCanAccessFileUrls: False,
    _A.LocalContentCanAccessRemoteUrls: False,
    _A.PluginsEnabled: False,
    _A.PdfViewerEnabled: False,               # a PDF becomes a download: printed or given by QR
    _A.FullScreenSupportEnabled: False,
    _A.ScreenCaptureEnabled: False,
    _A.WebRTCPublicInterfacesOnly: True,
    _A.DnsPrefetchEnabled: False,             # no DNS query for links nobody followed
    _A.HyperlinkAuditingEnabled: False,       # no <a ping>
    _A.NavigateOnDropEnabled: False,          # a dropped file or link does not navigate
    _A.AllowRunningInsecureContent: False,
    _A.AllowGeolocationOnInsecureOrigins: False,
    _A.AllowWindowActivationFromJavaScript: False,
    _A.ErrorPageEnabled: True,                # covered by the kiosk's own notice page
    _A.AutoLoadIconsForPage: False,           # no favicon requests: the panel shows none
    _A.TouchIconsEnabled: False,
}
_SAFE_NAME = re.compile(r"[^\w.-]+")


def _file_name(suggested: str) -> str:
    name = _SAFE_NAME.sub("_", Path(suggested or "document.pdf").name).strip("._") or "document"
    return name if name.lower().endswith(".pdf") else name + ".pdf"


class VisitorProfile(QObject):
    """The browser of one visitor. Make pages and views with ``view()``; end it with ``destroy()``."""

    download_ready = Signal(str)       # path of a complete PDF in the private folder
    download_refused = Signal(str)     # file name of a download that is not a PDF
    navigation_blocked = Signal(str)   # host of a navigation the interceptor refused

    def __init__(self, allowlist: Allowlist, parent: QObject | None = None):
        super().__init__(parent)
        self.folder = Path(tempfile.mkdtemp(prefix="pasapas-web-"))   # mode 0700
        self.profile = QWebEngineProfile()          # no storage name: off the record
        if not self.profile.isOffTheRecord():       # pragma: no cover - Qt guarantees it
            raise RuntimeError("the visitor's web profile is not off the record")
        self.profile.setPersistentPermissionsPolicy(
            QWebEngineProfile.PersistentPermissionsPolicy.AskEveryTime)
        self.profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        self.profile.setPersistentCookiesPolicy(QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
        self.profile.setSpellCheckEnabled(False)
        self.profile.setDownloadPath(str(self.folder))
        settings = self.profile.settings()
        for attribute, on in SETTINGS.items():
            settings.setAttribute(attribute, on)
        self.interceptor = RequestFilter(allowlist)
        self.interceptor.navigation_blocked.connect(self.navigation_blocked)
        self.profile.setUrlRequestInterceptor(self.interceptor)
        self.profile.downloadRequested.connect(self._on_download)
        self._views: list[QWebEngineView] = []
        self._pages: list[QWebEnginePage] = []
        self._released: list[QObject] = []      # deleteLater() pending: views, then pages
        self._downloads: list[QWebEngineDownloadRequest] = []
        self.alive = True

    # --- pages and views -------------------------------------------------------------------

    def view(self, page_type: type[QWebEnginePage] = KioskPage, parent: QWidget | None = None,
             **page_args) -> QWebEngineView:
        """A view showing a new page of this profile (``page_type(profile, **page_args)``)."""
        page = page_type(self.profile, **page_args)
        deny_permissions(page)
        view = QWebEngineView(page, parent)
        self._pages.append(page)
        self._views.append(view)
        return view

    def release(self, view: QWebEngineView) -> None:
        """Delete one view and its page soon (a closed pop-up, a site the guide closed)."""
        page = view.page()
        if view in self._views:
            self._views.remove(view)
        if page in self._pages:
            self._pages.remove(page)
        view.hide()
        view.setParent(None)
        view.deleteLater()          # posted first, so deleted first: view, then page
        self._released.append(view)
        if page is not None:
            page.deleteLater()
            self._released.append(page)

    # --- downloads -------------------------------------------------------------------------

    def _on_download(self, download: QWebEngineDownloadRequest) -> None:
        name = download.downloadFileName() or download.suggestedFileName()
        pdf = download.mimeType() == "application/pdf" or name.lower().endswith(".pdf")
        if download.isSavePageDownload() or not pdf:
            download.cancel()
            self.download_refused.emit(Path(name).name)
            return
        target = _file_name(name)
        stem, number = Path(target).stem, 1
        while (self.folder / target).exists():
            number += 1
            target = f"{stem}-{number}.pdf"
        download.setDownloadDirectory(str(self.folder))
        download.setDownloadFileName(target)
        download.isFinishedChanged.connect(lambda: self._on_finished(download))
        self._downloads.append(download)
        download.accept()

    def _on_finished(self, download: QWebEngineDownloadRequest) -> None:
        if not self.alive or not shiboken6.isValid(download):
            return
        path = Path(download.downloadDirectory()) / download.downloadFileName()
        if download.state() != QWebEngineDownloadRequest.DownloadState.DownloadCompleted:
            path.unlink(missing_ok=True)
            return
        try:
            is_pdf = path.read_bytes()[:5] == b"%PDF-"
        except OSError:
            is_pdf = False
        if not is_pdf:               # a page that called itself a PDF
            path.unlink(missing_ok=True)
            self.download_refused.emit(path.name)
            return
        self.download_ready.emit(str(path))

    # --- the end ---------------------------------------------------------------------------

    def destroy(self) -> None:
        """Delete the views, then the pages, then the profile (cookies, cache, storage, HTTP
        authentication, permissions go with it), then the downloads folder. Synchronous."""
        if not self.alive:
            return
        self.alive = False
        for download in self._downloads:
            if shiboken6.isValid(download) and not download.isFinished():
                download.cancel()
        self._downloads.clear()
        cookies = self.profile.cookieStore()
        cookies.deleteAllCookies()              # belt and braces: the profile goes anyway
        self.profile.clearHttpCache()
        self.profile.clearAllVisitedLinks()
        # Released ones may still wait for their deleteLater(): they go now too, or the
        # profile would be released under a live page (« Expect troubles ! »).
        released = [obj for obj in self._released if shiboken6.isValid(obj)]
        views = self._views + [obj for obj in released if isinstance(obj, QWebEngineView)]
        pages = self._pages + [obj for obj in released if isinstance(obj, QWebEnginePage)]
        for view in views:
            if shiboken6.isValid(view):
                view.hide()
                shiboken6.delete(view)
        for page in pages:
            if shiboken6.isValid(page):
                shiboken6.delete(page)
        self._views.clear()
        self._pages.clear()
        self._released.clear()
        shiboken6.delete(self.profile)
        shiboken6.delete(self.interceptor)
        shutil.rmtree(self.folder, ignore_errors=True)
        log.info("visitor web profile destroyed")


def deny_permissions(page: QWebEnginePage) -> None:
    """Camera, microphone, location, notifications, screen, files, full screen: all refused."""
    page.permissionRequested.connect(_deny)
    page.fileSystemAccessRequested.connect(lambda request: request.reject())
    page.registerProtocolHandlerRequested.connect(lambda request: request.reject())
    page.fullScreenRequested.connect(lambda request: request.reject())
    page.desktopMediaRequested.connect(lambda request: request.cancel())


def _deny(permission: QWebEnginePermission) -> None:
    permission.deny()
