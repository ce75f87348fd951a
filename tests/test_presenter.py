"""The screen presenter decides the page, its content and the navigation buttons without Qt."""
from __future__ import annotations

import subprocess
import sys
from types import SimpleNamespace

import pytest

from conftest import TEST_CONTENT
from kiosk.guides.library import Library
from kiosk.session.journey import Journey
from kiosk.ui.presenter import ViewState, back, present


@pytest.fixture(scope="module")
def library():
    return Library(TEST_CONTENT)


def session(library, guide: str | None = None, language: str = "fr", listen: bool = False):
    journey = Journey(lambda g: library.guide(g, language), guide) if guide else None
    return SimpleNamespace(language=language, journey=journey, listen=listen, site_notice=False)


def shown(nav) -> set[str]:
    return {name for name, on in nav.items() if on}


def reads(_language):
    return True


def test_no_session_is_the_welcome_screen_without_header_or_buttons(library):
    screen = present(None, library, ViewState(), reads)
    assert screen.page == "welcome" and not screen.chrome and shown(screen.nav) == set()


def test_home_shows_the_tiles_and_only_finish(library):
    screen = present(session(library), library, ViewState(), reads)
    assert screen.page == "home" and screen.chrome
    assert [t.title for t in screen.tiles] == [t.title for t in library.tiles("fr")]
    assert shown(screen.nav) == {"finish"}


def test_a_tile_of_several_guides_lists_them_with_back(library):
    tile = next(t for t in library.tiles("fr") if len(t.guides) > 1)
    screen = present(session(library), library, ViewState(tile=tile), reads)
    assert screen.page == "guide_list" and [g.id for g in screen.guides] == list(tile.guides)
    assert shown(screen.nav) == {"back", "finish"}
    assert back(session(library), ViewState(tile=tile)) == "tiles"


def test_a_question_has_no_next_and_back_closes_the_guide_at_first(library):
    visitor = session(library, "demo")
    screen = present(visitor, library, ViewState(), reads)
    assert screen.page == "question" and screen.listen_button
    assert shown(screen.nav) == {"back", "restart", "home", "summary", "finish"}
    assert back(visitor, ViewState()) == "guide"
    visitor.journey.answer("oui")
    assert back(visitor, ViewState()) == "screen"


def test_a_step_has_next_named_with_the_step_to_come_and_the_site_state(library):
    visitor = session(library, "demo")
    visitor.journey.answer("oui")
    visitor.journey.next()
    visitor.site_notice = True
    screen = present(visitor, library, ViewState(site_open=True), reads)
    assert screen.page == "step" and "next" in shown(screen.nav)
    assert screen.next_step == (2, 3) and screen.site_notice and screen.site_open
    assert screen.source is not None and screen.mediator_layer == ("", "")
    assisted = present(visitor, library, ViewState(assisted=True), reads)
    french = library.guide("demo", "fr").screen("ouvrir")
    assert assisted.mediator_layer == (french.read_to_user, french.advisor_does)


def test_listen_mode_hides_the_listen_button_and_so_does_a_language_without_voice(library):
    visitor = session(library, "demo", listen=True)
    assert present(visitor, library, ViewState(), reads).listening
    assert not present(visitor, library, ViewState(), reads).listen_button
    assert not present(session(library, "demo"), library, ViewState(), lambda _l: False).listen_button


def test_the_summary_asked_early_has_back_and_the_end_has_not(library):
    visitor = session(library, "demo")
    early = present(visitor, library, ViewState(summary_early=True), reads)
    assert early.page == "summary" and shown(early.nav) == {"back", "home"}
    assert back(visitor, ViewState(summary_early=True)) == "summary"
    for answer in ("non",):
        visitor.journey.answer(answer)
    while not visitor.journey.finished:
        visitor.journey.next()
    end = present(visitor, library, ViewState(), reads)
    assert end.page == "summary" and shown(end.nav) == {"home"}


def test_the_presenter_loads_no_qt():
    code = ("import sys, kiosk.ui.presenter; "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
