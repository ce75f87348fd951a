"""The journey through a guide, without any window."""
from __future__ import annotations

import pytest

from conftest import TEST_CONTENT
from kiosk.guides.library import Library
from kiosk.guides.model import Checklist, End, Question, Step
from kiosk.session.journey import Journey


@pytest.fixture(scope="module")
def library():
    return Library(TEST_CONTENT)


def journey(library, guide="demo", language="fr"):
    return Journey(lambda gid: library.guide(gid, language), guide)


def test_a_guide_starts_on_its_first_question(library):
    j = journey(library)
    assert isinstance(j.screen, Question) and j.screen.id == "compte"
    assert not j.can_go_back and not j.finished


def test_answers_branch(library):
    yes = journey(library)
    yes.answer("oui")
    assert yes.screen.id == "papiers"
    unsure = journey(library)
    unsure.answer("nsp")
    assert isinstance(unsure.screen, End) and unsure.screen.id == "fin-aide"
    assert unsure.finished and not unsure.screen.completed


def test_no_account_detours_to_the_prerequisite_and_comes_back(library):
    j = journey(library)
    j.answer("non")
    assert j.guide.id == "prereq" and j.in_detour
    assert j.detour_from.id == "demo"
    j.next()                                   # the prerequisite's only step
    assert isinstance(j.screen, End) and not j.finished   # the end of a detour is not the end
    j.next()                                   # come back
    assert (j.guide.id, j.screen.id) == ("demo", "papiers") and not j.in_detour


def test_back_undoes_the_detour(library):
    j = journey(library)
    j.answer("non")
    j.back()
    assert (j.guide.id, j.screen.id) == ("demo", "compte") and not j.in_detour


def test_steps_say_where_the_visitor_is(library):
    j = journey(library)
    j.answer("oui")
    assert j.progress() is None                # a checklist has no step number
    j.next()
    assert isinstance(j.screen, Step)
    assert (j.progress().number, j.progress().total) == (1, 3)
    j.next()
    assert (j.progress().number, j.progress().total) == (2, 3)
    j.back()
    assert (j.progress().number, j.progress().total) == (1, 3)
    j.next(), j.next()
    assert (j.progress().number, j.progress().total) == (3, 3)
    j.next()
    assert j.finished and j.screen.completed
    assert j.steps_done["demo"] == ["ouvrir", "code", "valider"]


def test_ticks_are_kept_and_restart_forgets_everything(library):
    j = journey(library)
    j.answer("oui")
    assert isinstance(j.screen, Checklist)
    j.tick("rib", True)
    j.tick("vitale", True)
    j.tick("vitale", False)
    assert j.is_ticked("rib") and not j.is_ticked("vitale")
    j.restart()
    assert j.screen.id == "compte" and not j.answers and not j.ticked and not j.history


def test_switching_language_keeps_the_place(library):
    current = {"lang": "fr"}
    j = Journey(lambda gid: library.guide(gid, current["lang"]), "demo")
    j.answer("oui")
    j.next()
    assert j.screen.title == "Ouvrir le site"
    current["lang"] = "en"
    assert j.screen.id == "ouvrir" and j.screen.title == "Open the website"
    assert (j.progress().number, j.progress().total) == (1, 3)


def test_a_missing_translation_falls_back_to_french_and_says_so(library):
    j = journey(library, language="en")
    j.answer("oui")
    j.next(), j.next()
    assert j.screen.id == "code"
    assert j.screen.title == "Recevoir le code" and j.screen.fallback


def test_a_jump_from_the_official_site_keeps_the_step_numbers_true(library):
    j = journey(library)
    j.answer("oui")
    j.next()
    j.jump("valider")                          # the site showed the last step's page
    assert j.screen.id == "valider"
    assert (j.progress().number, j.progress().total) == (3, 3)
    j.back()
    assert j.screen.id == "ouvrir"
