"""The mediator panel: assisted mode, help, figures, this post's settings."""
from __future__ import annotations

import csv
import json
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from conftest import TEST_PIN, make_kiosk
from driver import click, start, visible_texts


def open_panel(qtbot, kiosk):
    w = kiosk.window
    kiosk.mediation.pin_pad.open()
    for digit in TEST_PIN:
        click(qtbot, w.pin_pad, digit)
    click(qtbot, w.pin_pad, "Valider")
    assert w.panel.isVisible()


@pytest.fixture
def kiosk(qtbot, config, tmp_path, monkeypatch):
    monkeypatch.setenv("PASAPAS_DATA_DIR", str(tmp_path))
    k = make_kiosk(qtbot, config)
    k.mediation = k.window.mediation
    return k


def test_assisted_mode_shows_the_mediator_texts_without_ending_the_session(qtbot, real_kiosk):
    w = real_kiosk.window
    real_kiosk.mediation = w.mediation
    start(qtbot, real_kiosk)
    real_kiosk.desk.open_guide("caf-compte")
    journey = real_kiosk.desk.journey
    while not hasattr(journey.screen, "advisor_does") or not journey.screen.advisor_does:
        if hasattr(journey.screen, "answers"):
            real_kiosk.desk.answer(journey.screen.answers[0].id)
        else:
            real_kiosk.desk.next()
    step = journey.screen
    assert step.advisor_does not in visible_texts(w)
    open_panel(qtbot, real_kiosk)
    click(qtbot, w.panel, "Mode accompagné : désactivé")
    click(qtbot, w.panel, "Revenir à la borne")
    texts = visible_texts(w)
    assert "Mode accompagné" in texts and "À faire par le conseiller" in texts
    assert step.advisor_does in texts and real_kiosk.desk.journey is journey
    open_panel(qtbot, real_kiosk)
    click(qtbot, w.panel, "Mode accompagné : activé")
    click(qtbot, w.panel, "Revenir à la borne")
    assert step.advisor_does not in visible_texts(w) and "Mode accompagné" not in visible_texts(w)


def test_the_help_signal_is_seen_across_the_room_until_acknowledged(qtbot, kiosk):
    w = kiosk.window
    start(qtbot, kiosk)
    click(qtbot, w.header, "J'ai besoin d'aide")
    click(qtbot, w, "D'accord")
    assert w.help_banner.isVisible() and "AIDE DEMANDÉE — POSTE 1" in visible_texts(w)
    kiosk.desk.wipe("idle")                      # the visitor left: the signal stays
    assert w.help_banner.isVisible()
    open_panel(qtbot, kiosk)
    click(qtbot, w.panel, "J'ai vu la demande d'aide")
    assert not w.help_banner.isVisible()


def test_today_s_figures_and_their_export(qtbot, kiosk, tmp_path):
    w = kiosk.window
    start(qtbot, kiosk)
    click(qtbot, w, "Un seul guide")
    click(qtbot, w, "Suivant")
    click(qtbot, w, "Suivant")
    with qtbot.waitSignal(kiosk.desk.wiped):
        click(qtbot, w, "Terminer et effacer")
    open_panel(qtbot, kiosk)
    figures = w.panel.figures.text()
    assert "Sessions : 1" in figures and "guides commencés : 1" in figures and "terminés : 1" in figures
    click(qtbot, w.panel, "Exporter les chiffres (CSV)")
    exports = list((tmp_path / "exports").glob("pasapas-chiffres-*.csv"))
    assert len(exports) == 1 and str(exports[0]) in w.panel.export_result.text()
    rows = list(csv.DictReader(exports[0].open(encoding="utf-8-sig"), delimiter=";"))
    solo = next(r for r in rows if r["guide"] == "solo")
    assert solo["guide_started"] == "1" and solo["guide_completed"] == "1" and solo["step_reached"] == "2"


def test_the_post_s_default_text_size_and_languages_are_kept(qtbot, kiosk, config, tmp_path):
    w = kiosk.window
    open_panel(qtbot, kiosk)
    click(qtbot, w.panel, "Grande")
    click(qtbot, w.panel, "Revenir à la borne")
    start(qtbot, kiosk)
    assert kiosk.desk.session.text_size == "large"
    saved = json.loads((tmp_path / "post.json").read_text(encoding="utf-8"))
    assert saved["text_size"] == "large"
    again = make_kiosk(qtbot, config)                # a restart keeps the choice
    assert again.desk.default_text_size == "large"


def test_a_language_turned_off_is_no_longer_offered(qtbot, kiosk):
    w = kiosk.window
    w.mediation._languages(["fr"])
    assert all(not b.isVisible() for code, b in w.welcome.language_buttons.items()
               if code not in ("fr", *w.spoken_only))
    assert w.welcome.language_buttons["wo"].isVisible()     # spoken only: offered by the content


def test_a_help_call_reaches_the_mediators_desk(qtbot, config, httpserver, tmp_path, monkeypatch):
    monkeypatch.setenv("PASAPAS_DATA_DIR", str(tmp_path))
    httpserver.expect_oneshot_request("/aide", method="POST").respond_with_data("ok")
    cfg = replace(config, help=replace(config.help, endpoint=httpserver.url_for("/aide")),
                  kiosk=replace(config.kiosk, post="Poste 2"))
    kiosk = make_kiosk(qtbot, cfg)
    start(qtbot, kiosk)
    with qtbot.waitSignal(kiosk.services.help_call.delivered, timeout=5000):
        qtbot.mouseClick(kiosk.window.header.help, Qt.MouseButton.LeftButton)
    body = json.loads(httpserver.log[0][0].get_data())
    assert body["post"] == "Poste 2" and body["event"] == "help_requested"
    assert set(body) == {"event", "post", "site", "time"}


@pytest.mark.logs_problems
def test_a_failing_help_endpoint_never_blocks_the_visitor(qtbot, config, tmp_path, monkeypatch):
    monkeypatch.setenv("PASAPAS_DATA_DIR", str(tmp_path))
    cfg = replace(config, help=replace(config.help, endpoint="http://127.0.0.1:9/aide", attempts=1,
                                       timeout_s=1))
    kiosk = make_kiosk(qtbot, cfg)
    start(qtbot, kiosk)
    with qtbot.waitSignal(kiosk.services.help_call.failed, timeout=5000):
        qtbot.mouseClick(kiosk.window.header.help, Qt.MouseButton.LeftButton)
        assert "Un médiateur va venir vous aider" in visible_texts(kiosk.window)
    assert kiosk.window.help_banner.isVisible()


@pytest.mark.logs_problems
def test_a_help_call_that_does_not_arrive_is_said_to_the_visitor_and_on_the_banner(
        qtbot, config, tmp_path, monkeypatch):
    """A desk that trickles its answer: the call fails at its deadline, and nobody is left
    reading « Un médiateur va venir vous aider » — not even after closing that message."""
    from test_help_call import Trickle
    monkeypatch.setenv("PASAPAS_DATA_DIR", str(tmp_path))
    desk = Trickle()
    try:
        cfg = replace(config, help=replace(config.help, endpoint=desk.url("/aide"), attempts=1,
                                           timeout_s=1), kiosk=replace(config.kiosk, post="Poste 2"))
        kiosk = make_kiosk(qtbot, cfg)
        w = kiosk.window
        start(qtbot, kiosk)
        qtbot.mouseClick(w.header.help, Qt.MouseButton.LeftButton)
        assert "Un médiateur va venir vous aider" in visible_texts(w)
        click(qtbot, w, "D'accord")                            # the visitor goes on meanwhile
        with qtbot.waitSignal(kiosk.services.help_call.failed, timeout=5000) as failed:
            pass
        assert failed.args == ["Deadline"]
        texts = visible_texts(w)
        assert "Votre appel n'est pas arrivé au bureau des médiateurs" in texts
        assert "Un médiateur va venir vous aider" not in texts
        assert "AIDE DEMANDÉE — POSTE 2 — BUREAU NON PRÉVENU" in texts
        with qtbot.waitSignal(kiosk.services.help_call.failed, timeout=5000):
            click(qtbot, w, "D'accord")
            qtbot.mouseClick(w.header.help, Qt.MouseButton.LeftButton)   # tries again at once
        assert desk.connections == 2
    finally:
        desk.close()


def test_the_summary_goes_to_the_pole_only_with_consent(qtbot, config, httpserver, tmp_path, monkeypatch):
    monkeypatch.setenv("PASAPAS_DATA_DIR", str(tmp_path))
    httpserver.expect_request("/handoff", method="POST").respond_with_json({"ok": True})
    cfg = replace(config, handoff=replace(config.handoff, endpoint=httpserver.url_for("/handoff")))
    kiosk = make_kiosk(qtbot, cfg)
    w = kiosk.window
    start(qtbot, kiosk)
    click(qtbot, w, "Un seul guide")
    click(qtbot, w, "Suivant")
    click(qtbot, w, "Suivant")
    assert not w.summary.send_button.isEnabled()                # nothing leaves without consent
    w.summary.note.setText("Mme Marqueur")
    click(qtbot, w, "J'accepte que ce résumé soit envoyé au pôle social")
    with qtbot.waitSignal(kiosk.services.handoff.delivered, timeout=5000) as delivered:
        click(qtbot, w, "Envoyer")
    reference = delivered.args[0]
    assert any(reference in t for t in visible_texts(w))
    request = httpserver.log[0][0]
    body = json.loads(request.get_data())
    assert body["reference"] == reference and body["summary"]["guide"] == "solo"
    assert body["summary"]["note"] == "Mme Marqueur" and request.headers.get("Idempotency-Key")
    assert not list((tmp_path / "handoff").glob("*.json"))       # delivered: nothing kept
    kiosk.desk.wipe("finished")
    assert kiosk.window.takeaway.reference == ""


@pytest.mark.cups
def test_the_printer_is_checked_and_a_test_page_printed_from_the_panel(qtbot, config, tmp_path,
                                                                     monkeypatch):
    monkeypatch.setenv("PASAPAS_DATA_DIR", str(tmp_path))
    cfg = replace(config, printing=replace(config.printing, printer="PDF"))
    kiosk = make_kiosk(qtbot, cfg)
    kiosk.mediation = kiosk.window.mediation
    w = kiosk.window
    open_panel(qtbot, kiosk)
    click(qtbot, w.panel, "Vérifier l'imprimante")
    assert w.panel.printer_status.text() == "L'imprimante est prête : PDF"
    with qtbot.waitSignal(kiosk.services.printer.finished, timeout=60_000) as printed:
        click(qtbot, w.panel, "Imprimer une page de test")
    assert printed.args[0] is True
    assert w.panel.printer_status.text().startswith("C'est imprimé")


def test_a_missing_printer_is_said_in_the_panel(qtbot, config, tmp_path, monkeypatch):
    monkeypatch.setenv("PASAPAS_DATA_DIR", str(tmp_path))
    cfg = replace(config, printing=replace(config.printing, printer="Imprimante-Absente"))
    kiosk = make_kiosk(qtbot, cfg)
    kiosk.mediation = kiosk.window.mediation
    open_panel(qtbot, kiosk)
    click(qtbot, kiosk.window.panel, "Vérifier l'imprimante")
    assert "imprimante" in kiosk.window.panel.printer_status.text().lower()
    assert not kiosk.window.panel.printer_status.text().startswith("L'imprimante est prête")


def test_the_panel_says_how_far_each_language_s_guides_are_translated_and_reviewed(qtbot, kiosk):
    w = kiosk.window
    open_panel(qtbot, kiosk)
    text = w.panel.translations_status.text()
    assert w.panel.translations_status.isVisible()
    # the test content: demo has an English file that leaves texts in French and says no review
    assert "English : 0 guide complet sur 3 · relus par un traducteur : 0 · non relus : 1" in text
    assert "Türkçe : 0 guide complet sur 3" in text
