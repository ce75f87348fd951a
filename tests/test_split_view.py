"""The official site opens beside the guide, follows the guide, and leaves nothing behind."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication

from driver import click, start, visible_texts
from test_accessibility import problems_on_screen
from kiosk.session.journey import Place


@pytest.fixture
def on_step(qtbot, kiosk):
    start(qtbot, kiosk)
    kiosk.desk.open_guide("demo")
    kiosk.desk.answer("oui")
    kiosk.desk.next()
    assert kiosk.desk.journey.screen.id == "ouvrir"
    return kiosk


def test_the_site_opens_beside_the_guide_and_the_wipe_destroys_it(qtbot, on_step):
    w = on_step.window
    click(qtbot, w, "Ouvrir le site caf.fr")
    panel = w.site.panel
    assert panel is not None and panel.isVisible()
    assert w.splitter.count() == 2 and w.splitter.indexOf(panel) == 1
    assert "Étape 1 sur 3" in visible_texts(w)                  # the guide stays in view
    assert panel.official._home_url == "https://www.caf.fr/"
    assert "Fermer le site" in visible_texts(w)
    QApplication.processEvents()
    assert problems_on_screen(w.splitter.widget(0)) == []        # the guide's half: nothing cut
    profile = panel.visitor
    assert profile is not None and profile.profile.isOffTheRecord()
    with qtbot.waitSignal(on_step.desk.wiped):
        on_step.desk.wipe("finished")
    assert not panel.isVisible() and panel.visitor is None


def test_closing_the_site_gives_the_whole_width_back_to_the_guide(qtbot, on_step):
    w = on_step.window
    click(qtbot, w, "Ouvrir le site caf.fr")
    click(qtbot, w, "Fermer le site")
    assert not w.site.panel.isVisible() and "Fermer le site" not in visible_texts(w)


def test_a_page_of_another_step_moves_the_guide(qtbot, on_step):
    w = on_step.window
    click(qtbot, w, "Ouvrir le site caf.fr")
    w.site.panel.step_matched.emit("valider")
    assert on_step.desk.journey.place == Place("demo", "valider")
    assert "Vous êtes sur la page de cette étape : Étape 3 sur 3." in visible_texts(w)


def test_a_refused_link_is_counted_by_its_domain_only(qtbot, on_step):
    recorded, count = [], on_step.services.stats.record
    on_step.services.stats.record = lambda event, **fields: recorded.append((event, fields)) or count(event, **fields)
    click(qtbot, on_step.window, "Ouvrir le site caf.fr")
    on_step.window.site.panel.link_blocked.emit("mes-allocs.fr")
    assert ("link_blocked", {"domain": "mes-allocs.fr"}) in recorded


@pytest.mark.cups
def test_a_downloaded_attestation_is_offered_for_printing_and_gone_after(qtbot, on_step, tmp_path):
    from kiosk.services.printing import PrintService
    w = on_step.window
    printer = PrintService("PDF", 60, parent=w)
    w.site.printer = printer
    pdf = tmp_path / "attestation.pdf"
    shutil.copy(Path(__file__).parent / "data" / "attestation.pdf", pdf)
    w.step.offer_download(str(pdf))
    assert "Imprimer le document" in visible_texts(w)
    with qtbot.waitSignal(printer.finished, timeout=30000) as done:
        click(qtbot, w, "Imprimer le document")
    assert done.args[0] is True
    assert any("imprimé" in t for t in visible_texts(w))
    assert not list(Path(tempfile.gettempdir()).glob("pas-a-pas-print-*"))   # the copy printed
