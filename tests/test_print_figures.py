"""Each print counts once, as what it is, in the anonymous figures (SQLite, kiosk/services/stats.py).

A print is a job with its own answer (``PrintService.print_pdf(..., done=…)``): when the answer
was a broadcast heard by three listeners, a PDF downloaded from an official site counted
« printed » twice, and the mediator's test page counted as a visitor's print. The printer here is
a stand-in that accepts every job; the figures are read back from the database after each path.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import TEST_PIN, make_kiosk
from driver import click, start, visible_texts
from kiosk.services.printing import PRINTED, Outcome

PRINTS = ("printed", "site_document_printed", "site_page_printed")


class AcceptingPrinter:
    """Stands in for CUPS: every job is printed."""

    def print_file(self, path: Path, stop) -> Outcome:
        return Outcome(True, PRINTED, "job test done")


@pytest.fixture
def kiosk(qtbot, config, tmp_path, monkeypatch):
    monkeypatch.setenv("PASAPAS_DATA_DIR", str(tmp_path))      # figures of this test only
    kiosk = make_kiosk(qtbot, config)
    kiosk.services.printer.backend = AcceptingPrinter()
    return kiosk


def figures(kiosk) -> dict[str, int]:
    totals = kiosk.services.stats.today().totals        # what the panel and the CSV export read
    return {event: totals.get(event, 0) for event in PRINTS}


def printed(qtbot, kiosk, where, words: str) -> None:
    with qtbot.waitSignal(kiosk.services.printer.finished, timeout=10_000) as job:
        click(qtbot, where, words)
    assert job.args[0] is True, job.args


def on_the_site_step(qtbot, kiosk) -> None:
    start(qtbot, kiosk)
    kiosk.desk.open_guide("demo")
    kiosk.desk.answer("oui")
    kiosk.desk.next()
    assert kiosk.desk.journey.screen.id == "ouvrir"


def test_the_summary_print_counts_printed_once(qtbot, kiosk):
    w = kiosk.window
    start(qtbot, kiosk)
    click(qtbot, w, "Un seul guide")
    click(qtbot, w, "Mon résumé")
    printed(qtbot, kiosk, w, "Imprimer")
    assert "C'est imprimé. Prenez votre feuille à l'imprimante." in visible_texts(w)
    assert figures(kiosk) == {"printed": 1, "site_document_printed": 0, "site_page_printed": 0}


def test_a_pdf_from_an_official_site_counts_as_a_site_document_not_a_summary(qtbot, kiosk, tmp_path):
    w = kiosk.window
    on_the_site_step(qtbot, kiosk)
    pdf = tmp_path / "attestation.pdf"
    shutil.copy(Path(__file__).parent / "data" / "attestation.pdf", pdf)
    w.site.download_offered.emit(str(pdf))
    printed(qtbot, kiosk, w, "Imprimer le document")
    assert figures(kiosk) == {"printed": 0, "site_document_printed": 1, "site_page_printed": 0}


def test_print_this_page_counts_a_site_page(qtbot, kiosk, tmp_path):
    w = kiosk.window
    on_the_site_step(qtbot, kiosk)
    click(qtbot, w, "Ouvrir le site caf.fr")
    page = tmp_path / "recepisse.pdf"
    shutil.copy(Path(__file__).parent / "data" / "attestation.pdf", page)
    with qtbot.waitSignal(kiosk.services.printer.finished, timeout=10_000):
        w.site.panel.print_ready.emit(str(page))       # « Imprimer cette page », as the tab says it
    assert figures(kiosk) == {"printed": 0, "site_document_printed": 0, "site_page_printed": 1}


def test_the_mediators_test_page_counts_nothing(qtbot, kiosk):
    w = kiosk.window
    w.pin_pad.open()
    for digit in TEST_PIN:
        click(qtbot, w.pin_pad, digit)
    click(qtbot, w.pin_pad, "Valider")
    printed(qtbot, kiosk, w.panel, "Imprimer une page de test")
    assert w.panel.printer_status.text().startswith("C'est imprimé")
    assert figures(kiosk) == {"printed": 0, "site_document_printed": 0, "site_page_printed": 0}
