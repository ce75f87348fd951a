"""Every change of the visitor's session goes through the Desk, each typed method saying one thing."""
from __future__ import annotations

import pytest

from conftest import TEST_CONTENT
from kiosk.session.session import Desk

SIGNALS = ("changed", "language_changed", "looks_changed", "ticked")


@pytest.fixture
def desk(qapp):
    desk = Desk(TEST_CONTENT)
    desk.heard = []
    for name in SIGNALS:
        getattr(desk, name).connect(lambda *args, n=name: desk.heard.append(n))
    desk.start("fr")
    return desk


def said(desk, action) -> list[str]:
    desk.heard.clear()
    action()
    return desk.heard


def test_each_move_says_changed_once(desk):
    assert said(desk, lambda: desk.open_guide("demo")) == ["changed"]
    assert said(desk, lambda: desk.answer("oui")) == ["changed"]
    assert said(desk, desk.next) == ["changed"]
    assert desk.journey.screen.id == "ouvrir"
    assert said(desk, desk.back) == ["changed"] and desk.journey.screen.id == "papiers"
    assert said(desk, lambda: desk.tick("vitale", True)) == ["ticked"]
    assert desk.journey.is_ticked("vitale")
    assert said(desk, desk.restart) == ["changed"] and desk.journey.screen.id == "compte"
    assert said(desk, desk.close_guide) == ["changed"] and desk.journey is None


def test_the_site_moves_the_guide_and_the_step_says_so_until_the_next_move(desk):
    desk.open_guide("demo")
    desk.answer("oui")
    desk.next()
    assert said(desk, lambda: desk.jump("valider")) == ["changed"]
    assert desk.journey.screen.id == "valider" and desk.session.site_notice
    assert said(desk, lambda: desk.jump("valider")) == []            # already there
    assert said(desk, lambda: desk.jump("no-such-step")) == []
    desk.back()
    assert not desk.session.site_notice


def test_language_looks_and_listen_mode(desk):
    assert said(desk, lambda: desk.set_language("ar")) == ["language_changed"]
    assert desk.session.language == "ar"
    sizes = []
    for _ in range(3):
        assert said(desk, desk.cycle_text_size) == ["looks_changed"]
        sizes.append(desk.session.text_size)
    assert sizes == ["large", "xlarge", "normal"]
    assert said(desk, desk.toggle_contrast) == ["looks_changed"] and desk.session.high_contrast
    assert said(desk, lambda: desk.set_listen(True)) == ["changed"] and desk.session.listen


def test_the_guides_are_read_only_when_first_needed(qapp):
    desk = Desk(TEST_CONTENT)
    assert desk._library is None and desk.content_folder == TEST_CONTENT
    desk.start("fr")
    desk.open_guide("demo")
    assert desk.library.folder == TEST_CONTENT
