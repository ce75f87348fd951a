"""The summary screen: readable sections, a QR a phone reads, print and finish, and forgetting."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

from conftest import TEST_CONTENT
from driver import all_texts, visible_texts
from kiosk.guides.library import Library
from kiosk.summary import build_summary, render_all
from kiosk.summary.text import screen_text
from kiosk.ui.summary_page import SummaryPage
from test_summary import NOW, completed, journey

NAME = "Mme Zoé Martin-Benali"


@pytest.fixture
def library():
    return Library(TEST_CONTENT)


@pytest.fixture
def page(qtbot):
    from PySide6.QtWidgets import QApplication

    from kiosk.style import theme
    QApplication.instance().setStyleSheet(theme.stylesheet())
    widget = SummaryPage()
    qtbot.addWidget(widget)
    widget.resize(1920, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_name(qtbot, page) -> None:
    """Typed as a visitor does; QTest cannot type « é », so the end is inserted like a keyboard's
    input method would (it goes into the undo history all the same)."""
    qtbot.keyClicks(page.note, "Mme ")
    page.note.insert("Zoé Martin-Benali")
    assert page.note.text() == NAME


def shown(page, library, config, tmp_path, j=None):
    s = build_summary(j or completed(library), library, config, "fr", NOW)
    pdf, qr, calendar = render_all(s, tmp_path)
    pdf.unlink()
    page.show_summary(s, qr, calendar)
    return s


def test_sections_and_codes_are_shown(page, library, config, tmp_path):
    s = shown(page, library, config, tmp_path)
    texts = visible_texts(page)
    for words in ("Guide de démonstration", "Démarche terminée. Votre démarche est faite.",
                  "Documents qui manquent encore", "☐ RIB", "À faire ensuite",
                  "Qui voir au pôle social", config.site.address, config.site.hours,
                  "Imprimer", "Terminer et effacer", "Votre nom pour le conseiller (facultatif)"):
        assert any(words in t for t in texts), words
    assert not page.qr.pixmap().isNull() and page.qr.width() >= 400
    assert page.calendar_qr.isVisible() and "Revenez dans 3 mois." in page.calendar_caption.text()
    assert page.qr.accessibleDescription() == screen_text(s)


@pytest.mark.skipif(not shutil.which("zbarimg"), reason="zbarimg (zbar-tools) missing")
def test_the_code_on_screen_reads_back(page, library, config, tmp_path):
    s = shown(page, library, config, tmp_path)
    page.qr.grab().save(str(tmp_path / "screen.png"))
    out = subprocess.run(["zbarimg", "--raw", "-q", str(tmp_path / "screen.png")],
                         capture_output=True, check=True).stdout.decode().removesuffix("\n")
    assert out == screen_text(s)


def test_no_calendar_code_without_a_date(page, library, config, tmp_path):
    j = journey(library)
    j.answer("nsp")                          # ends early: no reminder
    shown(page, library, config, tmp_path, j)
    assert not page.calendar_qr.isVisible() and not page.calendar_caption.isVisible()


def test_print_sends_the_note_and_finish_asks_to_wipe(page, qtbot, library, config, tmp_path):
    shown(page, library, config, tmp_path)
    type_name(qtbot, page)
    with qtbot.waitSignal(page.print_requested) as printed:
        qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert printed.args == [NAME]
    page.show_print_status("Impression en cours…", busy=True)
    assert not page.print_button.isEnabled() and page.status.isVisible()
    assert page.status.accessibleName() == "Impression en cours…"
    page.show_print_status("L'imprimante ne répond pas.")
    assert page.print_button.isEnabled() and page.status.text() == "L'imprimante ne répond pas."
    with qtbot.waitSignal(page.finish):
        qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)


def test_no_note_sends_an_empty_one(page, qtbot, library, config, tmp_path):
    shown(page, library, config, tmp_path)
    with qtbot.waitSignal(page.print_requested) as printed:
        qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert printed.args == [""]


def test_every_control_has_a_meaningful_name(page, library, config, tmp_path):
    shown(page, library, config, tmp_path)
    for control in page.findChildren(QAbstractButton) + page.findChildren(QLineEdit):
        assert control.accessibleName() or control.text(), control
    assert page.note.accessibleName() == "Votre nom pour le conseiller (facultatif)"
    assert page.print_button.accessibleName() == "Imprimer le résumé"
    assert "oublié" in page.finish_button.accessibleName()
    for code in (page.qr, page.calendar_qr):
        assert "QR" in code.accessibleName()


def test_clear_forgets_everything(page, qtbot, library, config, tmp_path):
    s = shown(page, library, config, tmp_path)
    type_name(qtbot, page)
    page.show_print_status("C'est imprimé.")
    page.clear()
    texts = all_texts(page)
    for words in (s.title, "RIB", "Revenez dans 3 mois.", config.site.address, "C'est imprimé.",
                  "Zoé"):
        assert words not in texts, words
    assert page.qr.pixmap().isNull() and page.calendar_qr.pixmap().isNull()
    assert page.note.text() == ""
    page.note.undo()                     # the undo history went with it
    assert page.note.text() == ""
    assert not any(label.text() for label in page.findChildren(QLabel)
                   if label.objectName() in ("Title", "Warning"))
