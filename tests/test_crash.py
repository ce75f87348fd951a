"""An error inside a Qt slot: logged without personal data, session wiped, welcome screen back."""
from __future__ import annotations

import logging
import sys

import pytest

from conftest import make_kiosk
from driver import click, start, visible_texts


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_wipes_the_session_and_keeps_the_kiosk_running(qtbot, config, caplog):
    kiosk = make_kiosk(qtbot, config)
    previous = sys.excepthook
    sys.excepthook = kiosk.on_uncaught
    try:
        start(qtbot, kiosk)
        click(qtbot, kiosk.window, "Un seul guide")

        def broken_slot():
            raise RuntimeError("Mme Visiteuse Secrète, 12 rue des Lilas")
        kiosk.desk.changed.connect(broken_slot)
        with caplog.at_level(logging.INFO):
            with qtbot.waitSignal(kiosk.desk.wiped) as wiped:
                click(qtbot, kiosk.window, "Suivant")         # the slot raises here
        assert wiped.args == ["error"]
        kiosk.desk.changed.disconnect(broken_slot)
        assert kiosk.desk.session is None and "Bienvenue" in visible_texts(kiosk.window)
        logged = "\n".join(r.getMessage() for r in caplog.records)
        assert "uncaught RuntimeError" in logged and "broken_slot" in logged
        assert "Secrète" not in logged and "Lilas" not in logged
        start(qtbot, kiosk)                                   # the next visitor can start
        assert "Pour quelle démarche venez-vous ?" in visible_texts(kiosk.window)
    finally:
        sys.excepthook = previous
