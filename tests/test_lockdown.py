"""Production mode: the public cannot close, minimise or leave the kiosk; a mediator can."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from conftest import TEST_PIN, make_kiosk
from driver import click, mediator_chord, start, visible_texts


@pytest.fixture
def locked(qtbot, config):
    cfg = replace(config, kiosk=replace(config.kiosk, mode="production"),
                  mediator=replace(config.mediator, long_press_s=1))
    kiosk = make_kiosk(qtbot, cfg)
    kiosk.window.may_close = False
    kiosk.window.show_kiosk()
    kiosk.window.activateWindow()
    qtbot.waitActive(kiosk.window)
    yield kiosk
    kiosk.window.may_close = True


def test_production_is_frameless_full_screen_and_on_top(locked):
    flags = locked.window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint and flags & Qt.WindowType.WindowStaysOnTopHint
    assert locked.window.isFullScreen()


def test_closing_the_window_is_refused(qtbot, locked):
    assert not locked.window.close()            # the window manager's close, Alt+F4 on Windows
    assert locked.window.isVisible()


def test_escape_and_alt_f4_do_nothing(qtbot, locked):
    start(qtbot, locked)
    qtbot.keyClick(locked.window, Qt.Key.Key_Escape)
    qtbot.keyClick(locked.window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert locked.window.isVisible() and locked.desk.session is not None


def test_minimising_comes_back_full_screen(qtbot, locked):
    locked.window.showMinimized()
    qtbot.waitUntil(lambda: locked.window.isFullScreen() and not locked.window.isMinimized())


def enter_pin(qtbot, window, pin):
    for digit in pin:
        click(qtbot, window.pin_pad, digit)
    click(qtbot, window.pin_pad, "Valider")


def test_the_key_chord_and_the_pin_let_a_mediator_quit(qtbot, locked):
    w = locked.window
    mediator_chord(w)
    assert w.pin_pad.isVisible() and "Code médiateur" in visible_texts(w)
    enter_pin(qtbot, w, TEST_PIN)
    assert w.panel.isVisible() and "Espace médiateur" in visible_texts(w)
    click(qtbot, w, "Quitter le kiosque")
    assert not w.isVisible()


def test_a_long_press_on_the_corner_opens_the_pin_pad(qtbot, locked):
    start(qtbot, locked)
    corner = locked.window.header.corner
    with qtbot.waitSignal(corner.long_pressed, timeout=3000):
        qtbot.mousePress(corner, Qt.MouseButton.LeftButton)
    qtbot.mouseRelease(corner, Qt.MouseButton.LeftButton)
    assert locked.window.pin_pad.isVisible()


def test_a_short_tap_on_the_corner_does_nothing(qtbot, locked):
    start(qtbot, locked)
    corner = locked.window.header.corner
    with qtbot.assertNotEmitted(corner.long_pressed, wait=1300):
        qtbot.mouseClick(corner, Qt.MouseButton.LeftButton)
    assert not locked.window.pin_pad.isVisible()


def test_the_mediator_ends_the_session(qtbot, locked):
    w = locked.window
    start(qtbot, locked)
    click(qtbot, w, "Un seul guide")
    mediator_chord(w)
    enter_pin(qtbot, w, TEST_PIN)
    with qtbot.waitSignal(locked.desk.wiped) as wiped:
        click(qtbot, w, "Terminer la session")
    assert wiped.args == ["mediator"] and "Bienvenue" in visible_texts(w)


def test_wrong_pins_are_slowed_down_on_screen(qtbot, locked):
    w = locked.window
    mediator_chord(w)
    for _ in range(4):
        enter_pin(qtbot, w, "000000")
        assert "Code incorrect." in visible_texts(w)
    enter_pin(qtbot, w, "000000")
    assert any(t.startswith("Trop d'essais. Réessayez dans 30 secondes") for t in visible_texts(w))
    assert not w.pin_pad.ok.isEnabled()
    assert not any(d.isEnabled() for d in w.pin_pad.digits)
    assert not w.panel.isVisible()


def test_the_help_call_waits_until_a_mediator_acknowledges_it(qtbot, locked):
    w = locked.window
    start(qtbot, locked)
    click(qtbot, w.header, "J'ai besoin d'aide")
    click(qtbot, w, "D'accord")
    assert "Un médiateur va venir" in visible_texts(w.header)
    mediator_chord(w)
    enter_pin(qtbot, w, TEST_PIN)
    click(qtbot, w, "J'ai vu la demande d'aide")
    assert "Un médiateur va venir" not in visible_texts(w.header)
