"""Listen mode: a visitor who cannot read goes through a guide by ear and by pictures.

The engine is Qt's ``mock`` (tests/test_voices.py drives the real one); what it is asked to say
is heard through ``ReadAloud.asked``, the exact text and language handed to the engine.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from conftest import make_kiosk
from driver import click, mediator_chord, start
from kiosk import paths
from kiosk.guides.library import Library
from walker import listen_walk

LIBRARY = Library(paths.content())


def hear(kiosk) -> list[tuple[str, str]]:
    heard: list[tuple[str, str]] = []
    kiosk.speech.asked.connect(lambda text, language: heard.append((text, language)))
    return heard


def touch(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_the_ear_then_a_language_said_at_the_first_touch_and_started_at_the_second(qtbot, kiosk):
    w, heard = kiosk.window, hear(kiosk)
    touch(qtbot, w.welcome.ear)
    assert [lang for _, lang in heard[:1]] == ["fr"] and heard[0][0] == "Touchez votre langue."
    heard.clear()
    arabic = w.welcome.language_buttons["ar"]
    touch(qtbot, arabic)
    assert heard == [("العربية", "ar")] and kiosk.desk.session is None
    touch(qtbot, w.welcome.language_buttons["en"])         # changed their mind: that one is said
    assert heard[-1] == ("English", "en") and kiosk.desk.session is None
    touch(qtbot, arabic)
    touch(qtbot, arabic)
    assert kiosk.desk.session.language == "ar" and kiosk.desk.session.listen
    assert heard[-1][1] == "ar" and w.home.title.text() in heard[-1][0]    # home speaks at once


def test_a_language_touched_once_starts_by_itself_after_a_short_pause(qtbot, kiosk):
    w, heard = kiosk.window, hear(kiosk)
    w.welcome._pause.setInterval(200)
    touch(qtbot, w.welcome.ear)
    with qtbot.waitSignal(kiosk.desk.started, timeout=3000):
        touch(qtbot, w.welcome.language_buttons["fr"])
    assert ("Français", "fr") in heard and kiosk.desk.session.listen


def test_without_the_ear_a_language_starts_at_once_and_nothing_speaks(qtbot, kiosk):
    heard = hear(kiosk)
    click(qtbot, kiosk.window, "العربية")
    assert kiosk.desk.session.language == "ar" and not kiosk.desk.session.listen
    kiosk.desk.open_guide("demo")
    assert heard == []


def listening(qtbot, kiosk, language="fr"):
    kiosk.window.listening.welcome_on = True
    kiosk.window._start(language)
    assert kiosk.desk.session.listen


def test_a_touch_anywhere_stops_the_voice_at_once_and_the_next_screen_starts_its_own(qtbot, kiosk):
    w, heard = kiosk.window, hear(kiosk)
    listening(qtbot, kiosk)
    kiosk.desk.open_guide("solo")
    assert kiosk.speech.speaking and heard[-1][0].startswith("Étape 1 sur 2\nPremière étape")
    where = w.step.text.mapTo(w, QPoint(5, 5))              # through the window, as a finger does
    QTest.mousePress(w.windowHandle(), Qt.MouseButton.LeftButton, pos=where)
    assert not kiosk.speech.speaking                         # at the press, not the release
    QTest.mouseRelease(w.windowHandle(), Qt.MouseButton.LeftButton, pos=where)
    heard.clear()
    touch(qtbot, w.next)
    assert [t.split("\n")[0] for t, _ in heard] == ["Étape 2 sur 2"] and kiosk.speech.speaking


def test_repeat_is_large_named_and_says_the_screen_again(qtbot, kiosk):
    w, heard = kiosk.window, hear(kiosk)
    listening(qtbot, kiosk)
    kiosk.desk.open_guide("demo")
    first = heard[-1]
    assert w.header.repeat.isVisible() and w.header.repeat.height() >= 80
    assert w.header.repeat.accessibleName().startswith("Répéter")
    assert not w.question.listen.isVisible()                 # « Écouter » is « Répéter » here
    heard.clear()
    touch(qtbot, w.header.repeat)
    assert heard == [first]


def test_answers_are_said_with_their_pictogram_the_same_in_every_guide(qtbot, kiosk):
    heard = hear(kiosk)
    listening(qtbot, kiosk)
    kiosk.desk.open_guide("demo")
    assert heard[-1] == ("Avez-vous un compte ?\nOui : la coche verte\nNon : la croix rouge\n"
                         "Je ne sais pas : le point d'interrogation bleu", "fr")
    looks = {b.property("answer"): b.icon_label.pixmap().toImage() for b in kiosk.window.question.buttons}
    def inked(image, channel: str) -> int:
        colours = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
        return sum(1 for c in colours if getattr(c, channel)() > 60 + min(c.red(), c.green(), c.blue()))
    assert inked(looks["oui"], "green") > 100 and inked(looks["oui"], "red") == 0   # a green tick
    assert inked(looks["non"], "red") > 100 and inked(looks["non"], "green") == 0   # a red cross


def test_a_ticked_paper_says_its_new_state(qtbot, kiosk):
    heard = hear(kiosk)
    listening(qtbot, kiosk)
    kiosk.desk.open_guide("demo")
    kiosk.desk.move("answer", "oui")
    assert "Carte Vitale. Je ne l'ai pas encore" in heard[-1][0]
    touch(qtbot, kiosk.window.checklist.buttons[0])
    assert heard[-1] == ("Carte Vitale. Je l'ai", "fr")


def test_the_same_screen_shown_again_is_not_said_over_itself(qtbot, kiosk):
    heard = hear(kiosk)
    listening(qtbot, kiosk)
    kiosk.desk.open_guide("solo")
    kiosk.window.render()
    kiosk.window.render()
    assert len(heard) == 2            # the home on arrival, then the step once


def test_overlays_speak_when_they_open_the_countdown_first(qtbot, kiosk):
    heard = hear(kiosk)
    listening(qtbot, kiosk)
    kiosk.window._countdown(30)
    assert heard[-1][0].startswith("Vous êtes toujours là ?")
    assert "Oui, je suis là" in heard[-1][0]
    kiosk.window.call_help()
    assert heard[-1][0].startswith("Un médiateur va venir vous aider")


def test_the_mediator_switches_listen_mode_on_for_the_visitor(qtbot, kiosk, config):
    from conftest import TEST_PIN
    heard = hear(kiosk)
    start(qtbot, kiosk)
    kiosk.desk.open_guide("solo")
    assert heard == []
    mediator_chord(kiosk.window)
    for digit in TEST_PIN:
        click(qtbot, kiosk.window.pin_pad, digit)
    click(qtbot, kiosk.window.pin_pad, "Valider")
    panel = kiosk.window.panel
    assert panel.isVisible() and panel.listen.isEnabled()
    assert "Français : " in panel.voices.text()
    touch(qtbot, panel.listen)
    assert kiosk.desk.session.listen and heard[-1][0].startswith("Étape 1 sur 2")
    assert panel.listen.text() == "Mode écoute pour ce visiteur : activé"
    kiosk.desk.wipe("finished")
    assert not kiosk.window.listening.on and not kiosk.window.welcome.ear.isChecked()


def test_a_spoken_only_language_shows_french_and_plays_its_recordings(qtbot, kiosk):
    w, heard = kiosk.window, hear(kiosk)
    played: list[str] = []
    w.listening.player.started.connect(played.append)
    wolof = w.welcome.language_buttons["wo"]
    assert wolof.text() == "Wolof" and wolof.isVisible()
    touch(qtbot, wolof)                                      # said first, even without the ear
    assert kiosk.desk.session is None
    touch(qtbot, wolof)
    session = kiosk.desk.session
    assert (session.language, session.voice, session.listen) == ("fr", "wo", True)
    heard.clear()
    with qtbot.waitSignal(w.listening.player.finished, timeout=10_000):
        kiosk.desk.open_guide("demo")
        assert played and played[-1].endswith("recordings/wo/demo/compte.wav") and heard == []
        assert w.question.text.text() == "Avez-vous un compte ?"          # French on screen
    kiosk.desk.move("answer", "oui")                   # no recording yet: the French voice
    assert heard[-1][1] == "fr" and heard[-1][0].startswith("Préparez vos papiers")


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_guide_walked_by_ear_says_every_screen_in_order(qtbot, config, language):
    kiosk = make_kiosk(qtbot, config, paths.content())
    heard = hear(kiosk)
    screens = 0
    for guide_id in LIBRARY.ids:
        kiosk.window.listening.welcome_on = True
        kiosk.window._start(language)
        heard.clear()
        kiosk.desk.open_guide(guide_id)
        screens += listen_walk(qtbot, kiosk, guide_id, heard)
        kiosk.desk.wipe("finished")
    assert screens > 100


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_ear_and_the_welcome_screen_hold_the_accessibility_checks(qtbot, kiosk, language):
    from test_accessibility import problems_on_screen
    w = kiosk.window
    from PySide6.QtWidgets import QApplication
    kiosk.translator.switch(language)
    w.retranslate()
    for _ in range(2):
        touch(qtbot, w.welcome.ear)
        QApplication.processEvents()          # the layouts settle, as on a real screen
        QApplication.processEvents()
        assert problems_on_screen(w) == []
        assert w.welcome.ear.accessibleName()


def test_the_documents_and_scanner_overlays_speak_when_they_open(qtbot, kiosk):
    heard = hear(kiosk)
    listening(qtbot, kiosk)
    kiosk.window.documents.open_tray()
    tray = heard[-1][0]
    assert kiosk.window.documents.title.text() in tray
    kiosk.window.documents.hide()
    kiosk.window.scan.open_scan()
    assert heard[-1][0] != tray and heard[-1][1] == "fr"
