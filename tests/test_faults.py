"""Faults seen from the kiosk: a plain message where the visitor needs one, a log line, and the
kiosk keeps running. (Each service's own faults are tested beside it: printing, stats, hand-off,
help call, content packs, web view.)"""
from __future__ import annotations

import logging
from dataclasses import replace

import pytest

from conftest import make_kiosk
from driver import click, start, visible_texts
from kiosk.services.speech import ReadAloud


def finish_solo(qtbot, kiosk):
    start(qtbot, kiosk)
    click(qtbot, kiosk.window, "Un seul guide")
    click(qtbot, kiosk.window, "Suivant")
    click(qtbot, kiosk.window, "Suivant")


@pytest.mark.parametrize("fault", ["no such printer", "CUPS stopped"])
def test_a_printer_fault_says_what_to_do_and_the_qr_stays(qtbot, config, tmp_path, monkeypatch,
                                                          caplog, fault):
    if fault == "CUPS stopped":
        monkeypatch.setenv("CUPS_SERVER", str(tmp_path / "no-cupsd.sock"))
        cfg = replace(config, printing=replace(config.printing, printer="PDF"))
    else:
        cfg = replace(config, printing=replace(config.printing, printer="Imprimante-Absente"))
    kiosk = make_kiosk(qtbot, cfg)
    finish_solo(qtbot, kiosk)
    page = kiosk.window.summary
    with caplog.at_level(logging.INFO), qtbot.waitSignal(kiosk.services.printer.finished, timeout=30000):
        click(qtbot, kiosk.window, "Imprimer")
    message = page.status.text()
    assert "Scannez le code avec votre téléphone" in message and page.status.isVisible()
    assert page.qr.pixmap() is not None and not page.qr.pixmap().isNull()      # the fallback
    assert any(r.name == "kiosk.services.printing" for r in caplog.records)
    assert not list(kiosk.files.folder.glob("*.pdf"))                     # nothing left
    click(qtbot, kiosk.window, "Terminer et effacer")                          # still running
    assert "Bienvenue" in visible_texts(kiosk.window)


@pytest.mark.logs_problems
def test_a_corrupted_interface_translation_shows_french_and_says_so_in_the_log(
        qtbot, config, tmp_path, monkeypatch, caplog):
    from kiosk import paths
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "kiosk_en.qm").write_bytes(b"not a catalogue at all")
    monkeypatch.setattr(paths, "translations", lambda: folder)
    kiosk = make_kiosk(qtbot, config)
    with caplog.at_level(logging.ERROR):
        kiosk.window._start("en")
    assert "Pour quelle démarche venez-vous ?" in visible_texts(kiosk.window)
    assert any("kiosk_en.qm missing or unreadable" in r.getMessage() for r in caplog.records)


@pytest.mark.logs_problems
def test_an_unwritable_data_folder_does_not_stop_the_kiosk(qtbot, config, tmp_path, monkeypatch):
    """A data 'folder' that is a file cannot be written, even by root (who ignores modes)."""
    data = tmp_path / "data"
    data.write_text("not a folder")
    monkeypatch.setenv("PASAPAS_DATA_DIR", str(data))
    kiosk = make_kiosk(qtbot, config)
    finish_solo(qtbot, kiosk)
    assert not kiosk.services.stats.enabled
    assert "Démarche terminée. C'est fini." in visible_texts(kiosk.window)
    kiosk.services.post.text_size = "large"
    assert kiosk.services.post.save() is False                # said in the log, nothing raised


def test_speech_that_never_ends_is_stopped_by_its_time_limit(qtbot, caplog):
    """With no audio server the engine stays « speaking » forever: the time limit resets it."""
    speech = ReadAloud(engine="mock", seconds_per_char=0, margin_s=0.05)
    if not speech.can_read("fr"):
        pytest.skip("the mock engine has no French voice here")
    with caplog.at_level(logging.WARNING), qtbot.waitSignal(speech.finished, timeout=2000):
        speech.say("Un texte assez long pour que la lecture dure plus que la limite. " * 5, "fr")
    assert not speech.speaking
    assert any("did not finish in time" in r.getMessage() for r in caplog.records)


def test_listen_button_is_hidden_when_the_language_has_no_voice(qtbot, kiosk, monkeypatch):
    monkeypatch.setattr(kiosk.speech, "can_read", lambda language: language == "fr")
    start(qtbot, kiosk)
    click(qtbot, kiosk.window, "Un seul guide")
    assert kiosk.window.step.listen.isVisible()
    kiosk.window.desk.set_language("ar")
    assert not kiosk.window.step.listen.isVisible()


def test_listen_reads_the_step_and_highlights_the_words(qtbot, kiosk):
    start(qtbot, kiosk)
    click(qtbot, kiosk.window, "Un seul guide")
    step = kiosk.window.step
    if not step.listen.isVisible():
        pytest.skip("no mock voice for French")
    marked = []
    kiosk.speech.word.connect(lambda start, length: marked.append(step.text.text()))
    with qtbot.waitSignal(kiosk.speech.finished, timeout=10000):
        click(qtbot, kiosk.window, "Écouter")
        assert kiosk.speech.speaking and step.listen.text() == "Arrêter"
    assert step.listen.text() == "Écouter"
    assert any("<span" in text for text in marked)          # a word was shown as it was spoken
    assert step.text.text() == "Faites ceci."                 # and the text is plain again
    assert "Première étape" in step.reading()


@pytest.mark.cups
def test_finishing_right_after_printing_loses_no_print(qtbot, config):
    """The visitor touches « Imprimer » then « Terminer et effacer » at once: the job goes on,
    and its file is deleted once printed."""
    import tempfile
    from pathlib import Path
    kiosk = make_kiosk(qtbot, replace(config, printing=replace(config.printing, printer="PDF")))
    finish_solo(qtbot, kiosk)
    with qtbot.waitSignal(kiosk.services.printer.finished, timeout=60_000) as printed:
        click(qtbot, kiosk.window, "Imprimer")
        click(qtbot, kiosk.window, "Terminer et effacer")
        assert kiosk.desk.session is None
    assert printed.args[0] is True, printed.args
    assert not list(Path(tempfile.gettempdir()).glob("pas-a-pas-print-*"))
