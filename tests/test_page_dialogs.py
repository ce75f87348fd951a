"""A dialog a page opens (alert, confirm, prompt) is a window of its own: what the visitor does
there keeps the session going like a touch on the kiosk (the idle clock sees it)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

import test_web_panel as web          # its loopback servers and Chromium's name mapping
from conftest import make_kiosk
from driver import start

PROMPT = web.html("<script>setTimeout(function () { document.title = 'nom:' + "
                  "prompt('Votre nom ?', ''); }, 50);</script>")


@pytest.fixture
def official(monkeypatch):
    allow = web.Allowlist(("caf.fr",), test_hosts=(web.OFFICIAL, web.OFFICIAL_IP))
    monkeypatch.setattr(web.Allowlist, "of", classmethod(lambda cls, given: allow))
    site = web.Site(web.OFFICIAL, web.OFFICIAL_IP, {"/prompt": PROMPT})
    yield site
    site.close()


def test_typing_in_a_page_prompt_holds_the_countdown_off(qtbot, config, official):
    kiosk = make_kiosk(qtbot, config, idle_timeout_ms=60_000)
    clock = kiosk.clock
    clock._tick.setInterval(20)
    start(qtbot, kiosk)
    seen: dict[str, object] = {}

    def dialog_opened(window) -> None:
        dialog = QApplication.activeModalWidget()
        if window is None or dialog is None or "dialog" in seen:
            return
        seen["dialog"] = dialog
        clock.countdown_started.connect(type_in_it)
        clock.countdown_cancelled.connect(lambda: seen.setdefault("cancelled", True))
        clock._quiet.setInterval(100)          # the visitor reads the question, then…
        clock.touch()

    def type_in_it(_left: int) -> None:
        clock.countdown_started.disconnect(type_in_it)
        QTest.keyClick(seen["dialog"].windowHandle(), Qt.Key.Key_A)     # … types in the dialog
        QTimer.singleShot(60, look)

    def look() -> None:
        seen["seen"] = seen.get("cancelled", False)
        seen["dialog"].accept()

    QGuiApplication.instance().focusWindowChanged.connect(dialog_opened)
    try:
        kiosk.window.site.open(official.url("/prompt"))
        qtbot.waitUntil(lambda: "seen" in seen, timeout=20_000)
    finally:
        QGuiApplication.instance().focusWindowChanged.disconnect(dialog_opened)
    assert seen["seen"], "the countdown ran on behind the page's dialog"
    assert kiosk.desk.session is not None
