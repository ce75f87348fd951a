"""The privacy audit: a whole visit, then the wipe, then look everywhere for a trace.

The visit types a marker for the counsellor, prints, shows the QR, logs in on an official site
(a cookie) and downloads a PDF there. After « Terminer et effacer »: nothing in the temporary
folder, nothing in the data folder but anonymous counters, no web storage on disk, an empty
clipboard, no marker in the logs or the figures, the session objects gone.
"""
from __future__ import annotations

import gc
import logging
import tempfile
import time
import weakref
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QGuiApplication

import test_web_panel as web          # its loopback servers and Chromium's name mapping
from conftest import make_kiosk
from driver import all_texts, click, start, visible_texts

MARKER = "ZQXJ-Marqueur-Visiteuse"


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()} if folder.exists() else set()


def kiosk_temporaries() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).iterdir()
            if p.name.startswith(("pas-a-pas-", "pasapas-web-"))}


@pytest.mark.cups
def test_nothing_of_the_visitor_survives_the_wipe(qtbot, config, tmp_path, monkeypatch, caplog):
    data = tmp_path / "data"
    monkeypatch.setenv("PASAPAS_DATA_DIR", str(data))
    allow = web.Allowlist(("caf.fr",), test_hosts=(web.OFFICIAL, web.OFFICIAL_IP))
    monkeypatch.setattr(web.Allowlist, "of", classmethod(lambda cls, given: allow))
    other = web.Site(web.OTHER, web.OTHER_IP, {"/": web.html("autre")})
    official = web.Site(web.OFFICIAL, web.OFFICIAL_IP, {})
    official.routes.update(web.official_routes(other))
    before_tmp = kiosk_temporaries()
    home = Path.home()
    started = time.time()
    cfg = replace(config, printing=replace(config.printing, printer="PDF"))
    caplog.set_level(logging.DEBUG)
    try:
        kiosk = make_kiosk(qtbot, cfg)
        w = kiosk.window
        start(qtbot, kiosk)
        click(qtbot, w, "Démarches de test")
        click(qtbot, w, "Guide de démonstration")
        click(qtbot, w, "Oui")
        click(qtbot, w, "RIB")
        click(qtbot, w, "Suivant")
        click(qtbot, w, "Ouvrir le site caf.fr")            # the split view, then the test site
        tabs = w.site.panel
        panel = tabs.official
        web.load(qtbot, panel, official.url("/set-cookie"))
        web.load(qtbot, panel, official.url("/links"))
        with qtbot.waitSignal(tabs.download_ready, timeout=10_000) as downloaded:
            web.click(qtbot, panel, "pdf")
        attestation = Path(downloaded.args[0])
        assert attestation.exists()
        click(qtbot, w, "Mon résumé")
        w.summary.note.setText(MARKER)
        QGuiApplication.clipboard().setText(MARKER)           # as if the visitor had copied it
        with qtbot.waitSignal(kiosk.services.printer.finished, timeout=60_000) as printed:
            click(qtbot, w, "Imprimer")
        assert printed.args[0] is True, printed.args
        session, journey = weakref.ref(kiosk.desk.session), weakref.ref(kiosk.desk.journey)
        profile = weakref.ref(tabs.visitor)
        with qtbot.waitSignal(kiosk.desk.wiped):
            click(qtbot, w, "Terminer et effacer")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()

        assert session() is None and journey() is None and profile() is None
        assert "Bienvenue" in visible_texts(w) and MARKER not in all_texts(w)
        assert QGuiApplication.clipboard().text() == ""
        assert not attestation.exists() and not attestation.parent.exists()
        assert kiosk_temporaries() <= before_tmp                      # no PDF, no web folder left
        kept = {p.relative_to(data).as_posix() for p in files_under(data)}
        assert kept <= {"stats.sqlite", "stats.sqlite-journal", "logs/kiosk.log"}, kept
        for path in files_under(data):
            assert MARKER.encode() not in path.read_bytes(), path
        assert MARKER not in caplog.text and "s3cr3t" not in caplog.text
        web_storage = [p for p in files_under(home / ".local" / "share") | files_under(home / ".cache")
                       if "QtWebEngine" in str(p) and p.stat().st_mtime >= started]
        assert web_storage == [], web_storage                         # off the record: memory only

        start(qtbot, kiosk)                                           # the next visitor
        kiosk.desk.open_guide("demo")
        kiosk.desk.answer("oui")
        kiosk.desk.next()
        click(qtbot, w, "Ouvrir le site caf.fr")
        web.load(qtbot, w.site.panel.official, official.url("/echo"))
        assert official.last("/echo") == ("/echo", "")                # no cookie of the last visitor
        assert other.requests == []
    finally:
        official.close()
        other.close()
