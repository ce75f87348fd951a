"""Everyone can use it: names, target sizes, contrast, no clipped text, keyboard alone.

Every screen of every shipped guide is shown in each theme and text size, in French and in
Arabic (and in the largest text in English, Portuguese, Spanish and Turkish), and checked by
computation.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from driver import start, visible_texts
from kiosk.session.journey import Place
from kiosk.style import theme

MIN_TARGET = 60


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(fg: str, bg: str) -> float:
    a, b = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


@pytest.mark.parametrize("palette, minimum", [(theme.NORMAL, 4.5), (theme.HIGH_CONTRAST, 7.0)])
def test_every_text_colour_pair_is_contrasted_enough(palette, minimum):
    for what, fg, bg in theme.text_pairs(palette):
        assert contrast(fg, bg) >= minimum, f"{what}: {fg} on {bg} = {contrast(fg, bg):.2f}"


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0


def problems_on_screen(window: QWidget) -> list[str]:
    found = []
    for b in window.findChildren(QAbstractButton):
        if not shown(b):
            continue
        name = (b.accessibleName() or b.text()).strip()
        if not name:
            found.append(f"button without a name: {b!r}")
        if b.width() < MIN_TARGET or b.height() < MIN_TARGET:
            found.append(f"target too small {b.width()}×{b.height()}: {name!r}")
        if not isinstance(b.layout(), object) or (b.text() and b.sizeHint().width() > b.width() + 1):
            found.append(f"button text clipped: {name!r}")
    for lab in window.findChildren(QLabel):
        if not shown(lab) or not lab.text():
            continue
        if lab.wordWrap():
            if lab.heightForWidth(lab.width()) > lab.height() + 2:
                found.append(f"label clipped ({lab.heightForWidth(lab.width())} > {lab.height()}): "
                             f"{lab.text()[:60]!r}")
        elif lab.sizeHint().width() > lab.width() + 2:
            found.append(f"label clipped ({lab.sizeHint().width()} > {lab.width()}): {lab.text()[:60]!r}")
    return found


def every_screen(kiosk):
    for guide_id in kiosk.library.ids:
        kiosk.desk.open_guide(guide_id)
        journey = kiosk.desk.journey
        for screen in journey.guide.screens:
            journey.place = Place(guide_id, screen.id)
            journey.history = [Place(guide_id, journey.guide.first.id)]
            kiosk.window.render()
            QApplication.processEvents()         # let the layouts settle, as on a real screen
            QApplication.processEvents()
            yield guide_id, screen.id


SIZES = [("normal", False), ("large", True), ("xlarge", False), ("xlarge", True)]
# French and Arabic in every size; the other shipped languages (longer words, other scripts) in the
# largest text, where a label clips first.
CASES = [(language, size, hc) for language in ("fr", "ar") for size, hc in SIZES] + \
    [(language, "xlarge", False) for language in ("en", "pt", "es", "tr")]


@pytest.mark.parametrize("language, size, high_contrast", CASES)
def test_every_screen_of_every_guide_is_named_big_and_unclipped(qtbot, real_kiosk, language, size,
                                                                high_contrast):
    w = real_kiosk.window
    start(qtbot, real_kiosk)
    w.desk.set_language(language)
    real_kiosk.desk.set_looks(size, high_contrast)
    QApplication.processEvents()
    found = problems_on_screen(w)
    for guide_id, screen_id in every_screen(real_kiosk):
        found += [f"{guide_id}/{screen_id}: {p}" for p in problems_on_screen(w)]
        if real_kiosk.desk.journey.guide.language != language:
            found.append(f"{guide_id}/{screen_id}: shown in {real_kiosk.desk.journey.guide.language}")
    assert found == [], "\n".join(found)


def test_arabic_mirrors_the_whole_layout(qtbot, kiosk):
    start(qtbot, kiosk)
    kiosk.window.desk.set_language("ar")
    assert kiosk.window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    back, nxt = kiosk.window.back, kiosk.window.finish
    kiosk.desk.open_guide("solo")
    assert back.mapTo(kiosk.window, back.rect().center()).x() > nxt.mapTo(kiosk.window, nxt.rect().center()).x()
    kiosk.window.desk.set_language("fr")
    assert kiosk.window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_step_number_is_in_the_accessible_names(qtbot, kiosk):
    start(qtbot, kiosk)
    kiosk.desk.open_guide("solo")
    w = kiosk.window
    assert w.step.title.accessibleName() == "Étape 1 sur 2 : Première étape"
    assert w.next.accessibleName() == "Suivant : étape 2 sur 2"


def test_text_size_and_contrast_are_kept_until_the_session_ends(qtbot, kiosk):
    start(qtbot, kiosk)
    w = kiosk.window
    qtbot.mouseClick(w.header.size, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.header.contrast, Qt.MouseButton.LeftButton)
    assert kiosk.desk.session.text_size == "large" and kiosk.desk.session.high_contrast
    assert f"font-size: {theme.TEXT_PX['large']}px" in w.styleSheet()
    kiosk.desk.open_guide("solo")
    assert kiosk.desk.session.text_size == "large"
    kiosk.desk.wipe("finished")
    assert f"font-size: {theme.TEXT_PX['normal']}px" in w.styleSheet()
    assert theme.HIGH_CONTRAST.window not in w.styleSheet()


def test_the_whole_journey_works_with_the_keyboard_alone(qtbot, kiosk):
    w = kiosk.window
    w.welcome.begin.setFocus()
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Space)
    assert kiosk.desk.session is not None

    def press(text: str) -> None:
        for _ in range(60):
            focused = w.focusWidget()
            label = getattr(focused, "text_content", getattr(focused, "text", lambda: ""))()
            if isinstance(focused, QAbstractButton) and label == text:
                qtbot.keyClick(focused, Qt.Key.Key_Space)
                return
            qtbot.keyClick(w.focusWidget() or w, Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {text!r}")

    press("Un seul guide")
    press("Suivant")
    assert "Étape 2 sur 2" in visible_texts(w)
    press("Suivant")
    assert "Démarche terminée. C'est fini." in visible_texts(w)      # the summary
    press("Terminer et effacer")
    assert kiosk.desk.session is None


@pytest.mark.parametrize("language, size, high_contrast", [("fr", "normal", False), ("ar", "xlarge", True)])
def test_every_listen_mode_screen_is_named_big_unclipped_and_contrasted(qtbot, real_kiosk, language,
                                                                        size, high_contrast):
    """Listen mode adds « Répéter » to every screen and speaks each one: the checks still hold."""
    w = real_kiosk.window
    heard = []
    real_kiosk.speech.asked.connect(lambda text, _language: heard.append(text))
    w.listening.welcome_on = True
    w._start(language)
    real_kiosk.desk.set_looks(size, high_contrast)
    QApplication.processEvents()
    found = problems_on_screen(w)
    for guide_id, screen_id in every_screen(real_kiosk):
        assert w.header.repeat.isVisible(), f"{guide_id}/{screen_id}: no « Répéter »"
        found += [f"{guide_id}/{screen_id}: {p}" for p in problems_on_screen(w)]
    assert found == [], "\n".join(found)
    assert len(heard) > 100                       # every screen spoke as it appeared
