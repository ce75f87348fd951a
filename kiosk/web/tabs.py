"""The site side of the split view: the official site, and the visitor's webmail in a second tab.

A visitor without a phone reads the code the CAF (or impots.gouv.fr) e-mails them at the kiosk:
« Ma messagerie » opens their webmail in a tab of its own, and « Site officiel » brings back the
official page exactly as they left it — nothing reloads, the half-filled form and its 15-minute
code stay. Both tabs live in one off-the-record ``VisitorProfile``, destroyed by ``wipe()``.

The webmail is kept apart from the official sites: its tab opens only the provider's domains
(``[webmail]`` in the site file); a link to an official site in an e-mail (« activez votre
compte ») opens in the official tab; a provider that refuses the kiosk's embedded browser
(Google) gets the kiosk's own notice, never a blank page.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.style.widgets import button
from kiosk.web.pages import FileChooser
from kiosk.web.panel import WebPanel
from kiosk.web.policy import Allowlist
from kiosk.web.profile import VisitorProfile


class SiteTabs(QWidget):
    step_matched = Signal(str)
    link_blocked = Signal(str)
    download_ready = Signal(str)
    print_ready = Signal(str)

    def __init__(self, allowlist: Allowlist | Iterable[str], webmail_domains: Iterable[str] = (),
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SiteTabs")
        given = Allowlist.of(allowlist)
        mail = tuple(webmail_domains)
        self.allowlist = Allowlist(given.domains, tuple(h for h in given.test_hosts if h not in mail))
        self._browser_allowlist = Allowlist(given.domains + mail, given.test_hosts)
        self.visitor: VisitorProfile | None = None
        self.provider = None                  # the Webmail open in the second tab
        self._chooser: FileChooser | None = None
        self.official = self._panel(self.allowlist)
        self.mail: WebPanel | None = None
        self.official_tab = button(role="tab", icon="site-web", icon_px=32)
        self.mail_tab = button(role="tab", icon="email", icon_px=32)
        self.close_mail = button(icon="non", icon_px=32)
        for tab in (self.official_tab, self.mail_tab):
            tab.setCheckable(True)
        self.official_tab.clicked.connect(self.show_official)
        self.mail_tab.clicked.connect(self.show_mail)
        self.close_mail.clicked.connect(self.close_webmail)
        self.tab_row = QWidget()
        row = QHBoxLayout(self.tab_row)
        row.setContentsMargins(8, 8, 8, 0)
        row.setSpacing(12)
        row.addWidget(self.official_tab, 1)
        row.addWidget(self.mail_tab, 1)
        row.addWidget(self.close_mail)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.official)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tab_row)
        layout.addWidget(self.stack, 1)
        self.tab_row.hide()
        self.retranslate()

    # --- the two tabs ----------------------------------------------------------------------------
    def _profile(self) -> VisitorProfile:
        if self.visitor is None:
            self.visitor = VisitorProfile(self._browser_allowlist, self)
            self.visitor.download_ready.connect(self.download_ready)
            self.visitor.download_refused.connect(lambda _name: self.current()._on_download_refused(_name))
        return self.visitor

    def _panel(self, allowlist: Allowlist, elsewhere: Allowlist | None = None,
               refusal: tuple[str, ...] = ()) -> WebPanel:
        panel = WebPanel(allowlist, profile=self._profile, elsewhere=elsewhere, refusal=refusal)
        panel.set_chooser(self._chooser)
        panel.step_matched.connect(self.step_matched)
        panel.link_blocked.connect(self.link_blocked)
        panel.print_ready.connect(self.print_ready)
        return panel

    def current(self) -> WebPanel:
        return self.stack.currentWidget()

    def open(self, url: str, patterns_by_step: Mapping[str, Iterable[str]] | None = None) -> None:
        """The official page of a step, in the official tab."""
        self.show()
        self.official.open(url, patterns_by_step)
        self.show_official()

    def open_webmail(self, provider) -> None:
        """The visitor's webmail (a ``config.Webmail``) in the second tab; the official tab stays."""
        if self.mail is None or self.provider != provider:
            self._drop_mail()
            self.provider = provider
            test_hosts = tuple(h for h in self._browser_allowlist.test_hosts if h in provider.domains)
            self.mail = self._panel(Allowlist(provider.domains, test_hosts),
                                    elsewhere=self.allowlist, refusal=provider.refused)
            self.mail.handed_over.connect(self._official_link)
            self.stack.addWidget(self.mail)
            self.mail.open(provider.url)
        self.show()
        self.show_mail()

    def _official_link(self, url: str) -> None:
        self.official.open(url, self.official._patterns)
        self.show_official()

    def show_official(self) -> None:
        self.stack.setCurrentWidget(self.official)
        self._update()

    def show_mail(self) -> None:
        if self.mail is not None:
            self.stack.setCurrentWidget(self.mail)
        self._update()

    def close_webmail(self) -> None:
        """Leave the webmail (the visitor stays signed in until the wipe)."""
        self._drop_mail()
        self.show_official()

    def _drop_mail(self) -> None:
        if self.mail is not None:
            self.mail.close()
            self.stack.removeWidget(self.mail)
            self.mail.deleteLater()
            self.mail, self.provider = None, None

    def _update(self) -> None:
        mail_open = self.mail is not None
        self.tab_row.setVisible(mail_open)
        self.official_tab.setChecked(self.stack.currentWidget() is self.official)
        self.mail_tab.setChecked(mail_open and self.stack.currentWidget() is self.mail)
        self.retranslate()

    # --- the panel's life ----------------------------------------------------------------------
    def set_chooser(self, chooser: FileChooser | None) -> None:
        self._chooser = chooser
        for panel in (self.official, self.mail):
            if panel is not None:
                panel.set_chooser(chooser)

    def set_style(self, high_contrast: bool = False, text_size: str = "normal") -> None:
        for panel in (self.official, self.mail):
            if panel is not None:
                panel.set_style(high_contrast, text_size)

    def show_status(self, text: str) -> None:
        self.current().show_status(text)

    def close(self) -> bool:
        self._drop_mail()
        self.official.close()
        self._update()
        return super().close()

    def wipe(self) -> None:
        """Both tabs' views, then the profile: cookies and logins of the site and the webmail."""
        self._drop_mail()
        self.official.wipe()
        if self.visitor is not None:
            self.visitor.destroy()
            self.visitor.deleteLater()
            self.visitor = None
        self.hide()
        self._update()

    def retranslate(self) -> None:
        name = self.provider.name if self.provider is not None else ""
        for widget, text in ((self.official_tab, self.tr("Site officiel")),
                             (self.mail_tab, self.tr("Ma messagerie : %1").replace("%1", name)),
                             (self.close_mail, self.tr("Fermer ma messagerie"))):
            widget.setText(text)
            widget.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
