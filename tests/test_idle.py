"""Inactivity: an accessible countdown, then the session ends and the welcome screen returns."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from conftest import make_kiosk
from driver import click, start, visible_texts
from kiosk.session.idle import IdleClock


@pytest.fixture
def quick(qtbot, config):
    """A kiosk whose countdown starts after 100 ms of quiet and ticks every 20 ms."""
    kiosk = make_kiosk(qtbot, config, idle_timeout_ms=100)
    kiosk.clock._tick.setInterval(20)
    return kiosk


def test_the_countdown_lasts_at_least_20_seconds_by_configuration(config):
    assert config.kiosk.idle_countdown_s >= 20


def test_no_countdown_on_the_welcome_screen(qtbot, quick):
    with qtbot.assertNotEmitted(quick.clock.countdown_started, wait=300):
        pass
    assert not quick.clock.running


def test_quiet_then_countdown_then_wipe(qtbot, quick):
    start(qtbot, quick)
    click(qtbot, quick.window, "Un seul guide")
    with qtbot.waitSignal(quick.clock.countdown_started, timeout=2000) as started:
        pass
    assert started.args == [20]
    texts = visible_texts(quick.window)
    assert "Vous êtes toujours là ?" in texts and "Oui, je suis là" in texts
    assert quick.window.idle_overlay.seconds.accessibleName().startswith("Sans réponse")
    with qtbot.waitSignal(quick.desk.wiped, timeout=3000) as wiped:
        pass
    assert wiped.args == ["idle"]
    assert quick.desk.session is None
    texts = visible_texts(quick.window)
    assert "Bienvenue" in texts and "Vous êtes toujours là ?" not in texts
    assert "Première étape" not in texts


def test_one_touch_anywhere_continues(qtbot, quick):
    start(qtbot, quick)
    click(qtbot, quick.window, "Un seul guide")
    with qtbot.waitSignal(quick.clock.countdown_started, timeout=2000):
        pass
    with qtbot.waitSignal(quick.clock.countdown_cancelled, timeout=1000):
        qtbot.mouseClick(quick.window.idle_overlay, Qt.MouseButton.LeftButton)
    assert quick.desk.session is not None
    assert not quick.window.idle_overlay.isVisible()
    assert "Première étape" in visible_texts(quick.window)


def test_the_button_continues_too(qtbot, quick):
    start(qtbot, quick)
    with qtbot.waitSignal(quick.clock.countdown_started, timeout=2000):
        pass
    with qtbot.waitSignal(quick.clock.countdown_cancelled, timeout=1000):
        click(qtbot, quick.window, "Oui, je suis là")
    assert quick.desk.session is not None


def test_activity_keeps_the_session_going(qtbot):
    clock = IdleClock(200, 20)
    clock.start()
    with qtbot.assertNotEmitted(clock.countdown_started, wait=120):
        pass
    clock.touch()                                   # the quiet time starts again
    with qtbot.assertNotEmitted(clock.countdown_started, wait=120):
        pass
    with qtbot.waitSignal(clock.countdown_started, timeout=500):
        pass


def test_a_real_touch_on_the_window_keeps_the_session_going(qtbot, quick):
    """Input as the platform delivers it: through the window, whatever widget is under the finger."""
    from PySide6.QtTest import QTest
    start(qtbot, quick)
    with qtbot.waitSignal(quick.clock.countdown_started, timeout=2000):
        pass
    with qtbot.waitSignal(quick.clock.countdown_cancelled, timeout=1000):
        QTest.mouseClick(quick.window.windowHandle(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, quick.window.rect().center())
    assert quick.desk.session is not None
