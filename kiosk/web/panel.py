"""The official site beside the guide: a web view with Back / Reload / Home-of-this-step.

``WebPanel`` is what the window puts in its splitter. No address bar: the visitor goes where
the guide and the official site's own links take them, within the allowlist. A refused link,
a missing connection or a failed page shows the kiosk's own notice page (``blocked.py``) over
the site, in the visitor's language, never a white page; the site underneath stays as it was,
so « Retour » finds the visitor's half-filled form again.

Views are stacked: the site, then any pop-up it opened (a login window opens in the same
panel; when it closes itself, or « Retour » has nothing left in it, the site is back), then
the notice view. Everything belongs to one ``VisitorProfile``, created at the first ``open()``
and destroyed by ``wipe()``.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, QLocale, Qt, QUrl, Signal
from PySide6.QtWebEngineCore import QWebEngineLoadingInfo, QWebEnginePage
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.style import theme
from kiosk.style.widgets import button, label
from kiosk.web import blocked
from kiosk.web.interceptor import encoded
from kiosk.session.files import SessionFiles
from kiosk.web.notices import ABORTED, BLOCKED_ERRORS, NETWORK_ERRORS, notice_for
from kiosk.web.pages import FileChooser, NoticePage, SitePage
from kiosk.web.policy import Allowlist, Decision, decide, matched_step, page_key
from kiosk.web.profile import VisitorProfile

log = logging.getLogger(__name__)

_STATUS = QWebEngineLoadingInfo.LoadStatus
MAX_POPUPS = 3


class WebPanel(QWidget):
    """The embedded official site. See the module docstring; API:

    ``open(url, patterns_by_step)``, ``close()``, ``wipe()``, ``set_style(high_contrast, text_size)``;
    signals ``step_matched(step_id)``, ``link_blocked(domain)``, ``download_ready(path)``,
    ``offline()``.
    """

    step_matched = Signal(str)
    link_blocked = Signal(str)
    download_ready = Signal(str)
    offline = Signal()
    print_ready = Signal(str)             # a PDF of the page shown, to print (then deleted)
    handed_over = Signal(str)             # an official address met in the webmail: open it there

    def __init__(self, allowlist: Allowlist | Iterable[str], parent: QWidget | None = None, *,
                 profile: Callable[[], VisitorProfile] | None = None,
                 elsewhere: Allowlist | None = None, refusal: tuple[str, ...] = ()):
        super().__init__(parent)
        self.setObjectName("WebPanel")
        self.allowlist = Allowlist.of(allowlist)
        self.visitor: VisitorProfile | None = None
        self._shared_profile = profile            # a profile shared with another panel (tabs)
        self._elsewhere, self._refusal = elsewhere, refusal
        self._chooser: FileChooser | None = None
        self._printing: Path | None = None
        self._sites: list[QWebEngineView] = []        # the site, then its pop-ups
        self._notice_view: QWebEngineView | None = None
        self._notice: tuple[str, Decision | None] = ("", None)   # kind, refused address
        self._notice_over_failure = False             # the site's current entry is the failed one
        self._home_url = ""
        self._patterns: dict[str, list[str]] = {}
        self._last_step = ""
        self._colours = blocked.Colours.of(theme.NORMAL)
        self._text_px = theme.TEXT_PX["normal"]

        self.back_button = button(icon="retour", icon_px=32)
        self.reload_button = button(icon="recommencer", icon_px=32)
        self.home_button = button(icon="maison", icon_px=32)
        self.print_button = button(icon="imprimer", icon_px=32)
        self.back_button.clicked.connect(self.back)
        self.reload_button.clicked.connect(self.reload)
        self.home_button.clicked.connect(self.home)
        self.print_button.clicked.connect(self.print_page)
        self.site_label = label(name="Muted", wrap=False)
        self.status = label(name="Warning")
        self.status.hide()
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 8, 8, 8)
        bar.setSpacing(12)
        for widget in (self.back_button, self.reload_button, self.home_button, self.print_button):
            bar.addWidget(widget)
        bar.addWidget(self.site_label, 1)
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)
        self.retranslate()
        self._update()

    # --- public API --------------------------------------------------------------------------

    def open(self, url: str, patterns_by_step: Mapping[str, Iterable[str]] | None = None) -> None:
        """Show the official page of a step; ``patterns_by_step`` says which pages mean which step."""
        self._home_url = url
        self._patterns = {step: list(p) for step, p in (patterns_by_step or {}).items()}
        self._last_step = ""
        self.show()
        self.home()

    def close(self) -> bool:
        """The guide left the website: unload the site and hide the panel. The visitor's
        logins stay (the same visitor may open another step); ``wipe()`` ends them."""
        self._drop_sites()
        self._hide_notice()
        self._home_url = ""
        self._patterns = {}
        self._last_step = ""
        self._update()
        return super().close()

    def wipe(self) -> None:
        """End the visitor's browsing: views, pages, then the profile (cookies, cache, local
        storage, HTTP authentication, permissions) and the downloaded files; the panel hides.
        The next ``open()`` starts a new off-the-record profile that sees nothing of this one."""
        self.hide()
        self._sites.clear()
        self._notice_view = None
        self._notice = ("", None)
        self._notice_over_failure = False
        self.status.hide()
        self.status.clear()
        if self._printing is not None:
            self._printing.unlink(missing_ok=True)
            self._printing = None
        if self.visitor is not None and self._shared_profile is None:
            self.visitor.destroy()
            self.visitor.deleteLater()
        self.visitor = None
        self._home_url = ""
        self._patterns = {}
        self._last_step = ""
        self._update()

    def set_style(self, high_contrast: bool = False, text_size: str = "normal") -> None:
        """Colours and text size of the notice pages, as the rest of the kiosk."""
        self._colours = blocked.Colours.of(theme.HIGH_CONTRAST if high_contrast else theme.NORMAL)
        self._text_px = theme.TEXT_PX.get(text_size, theme.TEXT_PX["normal"])
        if self._notice[0]:
            self._render_notice()

    # --- toolbar -----------------------------------------------------------------------------

    def back(self) -> None:
        top = self._top()
        if self._notice[0]:
            over_failure = self._notice_over_failure
            self._hide_notice()
            if over_failure and top is not None and top.history().canGoBack():
                top.back()
        elif top is not None and top.history().canGoBack():
            top.back()
        elif top is not None and len(self._sites) > 1:
            self._close_popup(top.page())
        self._update()

    def reload(self) -> None:
        top = self._top()
        self._hide_notice()
        if top is not None:
            top.reload()
        self._update()

    def home(self) -> None:
        """Back to the page where this step starts, closing pop-ups and notices."""
        if not self._home_url:
            return
        self._hide_notice()
        while len(self._sites) > 1:
            self._close_popup(self._sites[-1].page())
        decision = decide(self._home_url, self.allowlist)
        if not decision.allowed:          # the content check forbids it; say so all the same
            self._show_notice("blocked", decision)
            self.link_blocked.emit(decision.domain)
            return
        view = self._site()
        view.page().load(QUrl.fromUserInput(decision.url))
        self._update()

    # --- views and pages ---------------------------------------------------------------------

    def _profile(self) -> VisitorProfile:
        if self.visitor is None:
            if self._shared_profile is not None:
                self.visitor = self._shared_profile()
                return self.visitor
            self.visitor = VisitorProfile(self.allowlist, self)
            self.visitor.download_ready.connect(self.download_ready)
            self.visitor.download_refused.connect(self._on_download_refused)
            self.visitor.download_failed.connect(
                lambda no_space: self._on_download_refused("", "no-space" if no_space else "failed"))
        return self.visitor

    def set_chooser(self, chooser: FileChooser | None) -> None:
        """Who answers the pages' file requests: the visitor's own documents."""
        self._chooser = chooser
        for view in self._sites:
            view.page().chooser = chooser

    # --- printing the page shown ---------------------------------------------------------------

    def print_page(self) -> None:
        """« Imprimer cette page », or the page's own window.print(): a PDF of what is shown."""
        top = self._top()
        if top is None or self._printing is not None or self._notice[0]:
            return
        self._printing = SessionFiles.for_printing()
        self.show_status(self.tr("Préparation de l'impression…"))
        top.page().printToPdf(str(self._printing))

    def _on_pdf(self, page: SitePage, path: str, ok: bool) -> None:
        printing, self._printing = self._printing, None
        if printing is None or str(printing) != path:
            return
        if ok and printing.stat().st_size > 0:
            self.print_ready.emit(path)
            return
        printing.unlink(missing_ok=True)
        log.warning("a site page could not be turned into a PDF")
        self.show_status(self.tr("Cette page n'a pas pu être préparée pour l'impression. "
                                 "Demandez à un médiateur."))

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.setVisible(bool(text))

    def _site(self) -> QWebEngineView:
        if not self._sites:
            self._add_site_view()
        return self._sites[0]

    def _top(self) -> QWebEngineView | None:
        return self._sites[-1] if self._sites else None

    def _add_site_view(self) -> QWebEngineView:
        view = self._profile().view(SitePage, allowlist=self.allowlist, new_window=self._new_window,
                                    elsewhere=self._elsewhere, refusal=self._refusal)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        page: SitePage = view.page()
        page.chooser = self._chooser
        page.refused.connect(lambda decision: self._on_refused(page, decision),
                             Qt.ConnectionType.QueuedConnection)
        page.handed_over.connect(self.handed_over, Qt.ConnectionType.QueuedConnection)
        page.refusal_shown.connect(lambda: self._show_notice("refusal"), Qt.ConnectionType.QueuedConnection)
        page.printRequested.connect(self.print_page)
        page.pdfPrintingFinished.connect(lambda path, ok: self._on_pdf(page, path, ok))
        page.loadingChanged.connect(lambda info: self._on_loading(page, info))
        page.urlChanged.connect(lambda url: self._on_url(page, url))
        page.windowCloseRequested.connect(lambda: self._close_popup(page))
        self._sites.append(view)
        self.stack.addWidget(view)
        if not self._notice[0]:
            self.stack.setCurrentWidget(view)
        return view

    def _new_window(self) -> QWebEnginePage | None:
        """A pop-up or new window of the site: it opens in this panel, over the site."""
        if len(self._sites) > MAX_POPUPS:
            return None
        self._hide_notice()
        view = self._add_site_view()
        self._update()
        return view.page()

    def _close_popup(self, page: QWebEnginePage) -> None:
        view = next((v for v in self._sites[1:] if v.page() is page), None)
        if view is None or self.visitor is None:
            return
        self._sites.remove(view)
        self.stack.removeWidget(view)
        self.visitor.release(view)
        if not self._notice[0] and self._sites:
            self.stack.setCurrentWidget(self._sites[-1])
        self._update()

    def _drop_sites(self) -> None:
        for view in reversed(self._sites):
            self.stack.removeWidget(view)
            if self.visitor is not None:
                self.visitor.release(view)
        self._sites.clear()

    # --- what the pages say ------------------------------------------------------------------

    def _on_refused(self, page: SitePage, decision: Decision) -> None:
        view = self._view_of(page)
        if view is None:
            return
        if view is not self._sites[0] and not page.committed:
            self._close_popup(page)       # a pop-up whose very first address is refused
        self._notice_over_failure = False
        self._show_notice("blocked", decision)
        self.link_blocked.emit(decision.domain)

    def _on_loading(self, page: SitePage, info: QWebEngineLoadingInfo) -> None:
        if self._view_of(page) is None:   # a page on its way out
            return
        status = info.status()
        if status == _STATUS.LoadSucceededStatus and not info.isErrorPage():
            page.committed = True
            if page is self._top_page():
                self._hide_notice()
            self._match(page.url())
        elif status == _STATUS.LoadFailedStatus and page is self._top_page():
            code = info.errorCode()
            if code == ABORTED:
                return
            self._notice_over_failure = True
            if code in BLOCKED_ERRORS:
                decision = decide(encoded(info.url()), self.allowlist)
                self._show_notice("blocked", decision)
                self.link_blocked.emit(decision.domain)
            elif code in NETWORK_ERRORS:
                self._show_notice("offline")
                self.offline.emit()
            else:
                log.info("web page failed: %s (%s)", info.errorString(), code)
                self._show_notice("error")
        self._update()

    def _on_url(self, page: SitePage, url: QUrl) -> None:
        if self._view_of(page) is None:
            return
        if page is self._top_page():
            self._update()
        if not page.isLoading():          # a page that changes its address by script
            self._match(url)

    def _match(self, url: QUrl) -> None:
        step = matched_step(encoded(url), self._patterns)
        if step and step != self._last_step:
            self._last_step = step
            self.step_matched.emit(step)

    def _on_download_refused(self, name: str, kind: str = "download") -> None:
        self._notice_over_failure = False
        self._show_notice(kind)

    def _view_of(self, page: QWebEnginePage) -> QWebEngineView | None:
        return next((v for v in self._sites if v.page() is page), None)

    def _top_page(self) -> QWebEnginePage | None:
        top = self._top()
        return top.page() if top is not None else None

    # --- notices -----------------------------------------------------------------------------

    def _show_notice(self, kind: str, decision: Decision | None = None) -> None:
        self._notice = (kind, decision)
        if self._notice_view is None:
            self._notice_view = self._profile().view(NoticePage)
            self._notice_view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
            self.stack.addWidget(self._notice_view)
        self._render_notice()
        self.stack.setCurrentWidget(self._notice_view)
        self._update()

    def _hide_notice(self) -> None:
        if not self._notice[0]:
            return
        self._notice = ("", None)
        self._notice_over_failure = False
        if self._sites:
            self.stack.setCurrentWidget(self._sites[-1])

    def _render_notice(self) -> None:
        notice = notice_for(*self._notice)
        language = QLocale().name().split("_")[0] or "fr"
        html = blocked.render(notice, language,
                              self.layoutDirection() == Qt.LayoutDirection.RightToLeft,
                              self._colours, self._text_px)
        self._notice_view.setAccessibleName(notice.title)
        self._notice_view.page().setHtml(html)

    # --- state of the toolbar ----------------------------------------------------------------

    def _update(self) -> None:
        top = self._top()
        can_back = top is not None and (
            len(self._sites) > 1 or top.history().canGoBack()
            or (bool(self._notice[0]) and not self._notice_over_failure))
        self.back_button.setEnabled(can_back)
        self.reload_button.setEnabled(top is not None)
        self.print_button.setEnabled(top is not None and not self._notice[0])
        self.home_button.setEnabled(bool(self._home_url))
        host = page_key(encoded(top.url())).split("/")[0] if top is not None else ""
        self.site_label.setText(self.tr("Site : %1").replace("%1", host) if host else "")
        self.site_label.setAccessibleName(self.site_label.text())

    def retranslate(self) -> None:
        for widget, text in ((self.back_button, self.tr("Retour")),
                             (self.reload_button, self.tr("Recharger")),
                             (self.home_button, self.tr("Page de départ de l'étape")),
                             (self.print_button, self.tr("Imprimer cette page"))):
            widget.setText(text)
            widget.setAccessibleName(text)
        self._update()
        if self._notice[0]:
            self._render_notice()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
