"""The request interceptor: every request of a visitor's profile goes through ``policy.decide``.

A thin adapter (the policy is tested on plain strings in tests/test_web_policy.py). It blocks,
before anything leaves the machine, navigations, frames, pop-ups and sub-resources (images,
scripts, requests) to hosts off the allowlist, and upgrades plain http of official sites to
https. In Qt 6 ``interceptRequest`` runs on the GUI thread, so it may emit signals.

Redirects: Qt asks the interceptor about a redirect's target only *after* it told the network
to follow it (``InterceptedRequest::FollowRedirect`` in Qt's proxying_url_loader_factory_qt.cpp),
so for a redirect the block can come too late. Navigations are therefore also checked in
``QWebEnginePage.acceptNavigationRequest`` (``kiosk/web/panel.py``), which Qt calls before it
follows a redirect; sub-resources redirected elsewhere are stopped by the resolver rules
(``policy.resolver_rules``) when the kiosk sets them at start-up.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

from kiosk.web.policy import Allowlist, decide

_TOP_LEVEL = {QWebEngineUrlRequestInfo.ResourceType.ResourceTypeMainFrame}
_TYPED = QWebEngineUrlRequestInfo.NavigationType.NavigationTypeTyped


def encoded(url: QUrl) -> str:
    """The address as sent on the wire: percent-encoded, international hosts in punycode."""
    return bytes(url.toEncoded().data()).decode("ascii", "replace")


class RequestFilter(QWebEngineUrlRequestInterceptor):
    """Blocks what the policy refuses; reports refused page navigations by their domain only."""

    navigation_blocked = Signal(str)     # the host of a refused top-level navigation, nothing more

    def __init__(self, allowlist: Allowlist, parent: QObject | None = None):
        super().__init__(parent)
        self.allowlist = Allowlist.of(allowlist)
        self.blocked = 0                 # how many requests were refused (for tests and logs)

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802 (Qt API)
        url = encoded(info.requestUrl())
        top_level = info.resourceType() in _TOP_LEVEL
        # Only the kiosk's own page.load()/setHtml() are "typed": a site cannot make one.
        decision = decide(url, self.allowlist, top_level=top_level,
                          by_kiosk=top_level and info.navigationType() == _TYPED)
        if decision.allowed:
            if decision.url != url:
                info.redirect(QUrl.fromEncoded(decision.url.encode("ascii")))
            return
        info.block(True)
        self.blocked += 1
        if top_level:
            self.navigation_blocked.emit(decision.domain)
