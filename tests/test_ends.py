"""Next steps fit the end reached: every end of every shipped guide, walked, gives its own next
steps, and none of them contradicts it (a visitor sent elsewhere never takes home the duties of a
completed application)."""
from __future__ import annotations

import datetime as dt
import re
from collections import deque

import pytest

from kiosk import paths
from kiosk.guides.check import check_content
from kiosk.guides.library import Library
from kiosk.guides.model import Checklist, End, Guide, Question, Step
from kiosk.session.journey import Journey
from kiosk.summary import COMPLETED, ENDED_EARLY, STOPPED, build_summary
from kiosk.summary.ical import ical_event

LIBRARY = Library(paths.content())
NOW = dt.datetime(2026, 12, 2, 10, 0)
# What only a visitor whose application went through, or who receives the benefit, may be told.
PRESUPPOSE = re.compile(r"quand vous recevez|vous contactera|demande est envoyée|"
                        r"déclarez vos ressources|premier paiement|votre attestation|"
                        r"votre changement est déclaré", re.I)


def route(guide: Guide, end_id: str) -> list[tuple[str, str]] | None:
    """(question, answer) on a shortest way from the first screen to ``end_id``."""
    parents: dict[str, tuple[str, str] | None] = {guide.first.id: None}
    queue = deque([guide.first.id])
    while queue:
        sid = queue.popleft()
        if sid == end_id:
            moves, at = [], sid
            while parents[at] is not None:
                at, answer = parents[at]
                moves.append((at, answer))
            return list(reversed(moves))
        screen = guide.screen(sid)
        if isinstance(screen, End):
            continue
        nexts = [(a.id, a.next) for a in screen.answers] if isinstance(screen, Question) \
            else [("", screen.next)]
        for answer, nxt in nexts:
            if nxt and nxt not in parents:
                parents[nxt] = (sid, answer)
                queue.append(nxt)
    return None


def walk_to(guide_id: str, end_id: str, language: str = "fr") -> Journey:
    """A journey through the shipped guide to ``end_id``; detours taken to any of their ends."""
    journey = Journey(lambda g: LIBRARY.guide(g, language), guide_id)
    plan = dict(route(LIBRARY.guide(guide_id), end_id))
    for _ in range(300):
        screen = journey.screen
        if journey.in_detour:
            if isinstance(screen, Question):
                journey.answer(screen.answers[0].id)
            else:
                journey.next()
            continue
        if isinstance(screen, End):
            assert screen.id == end_id
            return journey
        if isinstance(screen, Question):
            journey.answer(plan[screen.id])
        else:
            journey.next()
    raise AssertionError(f"{guide_id}: {end_id} not reached")


def every_end():
    for guide_id in LIBRARY.ids:
        for screen in LIBRARY.guide(guide_id).screens:
            if isinstance(screen, End):
                yield guide_id, screen.id


@pytest.mark.parametrize("guide_id, end_id", list(every_end()))
def test_every_end_gets_next_steps_of_its_own_and_none_contradicts_it(config, guide_id, end_id):
    guide = LIBRARY.guide(guide_id)
    end = guide.screen(end_id)
    assert route(guide, end_id) is not None, f"{guide_id}: {end_id} cannot be reached"
    journey = walk_to(guide_id, end_id)
    s = build_summary(journey, LIBRARY, config, "fr", NOW)
    assert s.outcome == (COMPLETED if end.completed else ENDED_EARLY) and s.end == end_id
    declared = [n for n in guide.next_steps if end_id in n.ends]
    assert s.next_steps, f"{guide_id}@{end_id}: no next step"
    assert {r.text for r in s.next_steps} <= {n.text for n in declared}
    if not end.completed:
        for r in s.next_steps:
            assert not r.every_months, f"{guide_id}@{end_id}: a recurring duty after an early end"
            assert not PRESUPPOSE.search(r.text), f"{guide_id}@{end_id}: {r.text!r}"
        event = ical_event(s)
        assert event is None or not PRESUPPOSE.search(event)


def test_the_student_who_cannot_have_the_rsa_takes_home_only_what_fits(config):
    """The case the issue names: no France Travail, no quarterly declaration, no 7-day reminder."""
    s = build_summary(walk_to("rsa-demande", "fin-etudiant"), LIBRARY, config, "fr", NOW)
    texts = " ".join(r.text for r in s.next_steps)
    assert "assistant social" in texts
    assert "France Travail" not in texts and "3 mois" not in texts
    assert ical_event(s) is None


def test_a_completed_application_keeps_its_duties(config):
    s = build_summary(walk_to("rsa-demande", "fin"), LIBRARY, config, "fr", NOW)
    assert any("France Travail" in r.text for r in s.next_steps)
    assert any(r.every_months == 3 for r in s.next_steps)


def test_a_visitor_who_stops_on_the_way_gets_the_stopped_next_steps(config):
    journey = Journey(lambda g: LIBRARY.guide(g), "rsa-demande")
    journey.answer("oui")
    s = build_summary(journey, LIBRARY, config, "fr", NOW)
    assert s.outcome == STOPPED and s.end == "stopped"
    assert [r.text for r in s.next_steps] == [n.text for n in LIBRARY.guide("rsa-demande").next_steps
                                              if "stopped" in n.ends]


def test_next_steps_can_depend_on_answers(config):
    """The pregnancy declaration is only a next step for a pregnancy not declared yet."""
    declared = walk_to("pmi-grossesse", "fin")
    assert declared.answers[("pmi-grossesse", "declaree")] == "oui"
    s = build_summary(declared, LIBRARY, config, "fr", NOW)
    assert not any("déclarer votre grossesse" in r.text for r in s.next_steps)


def test_the_check_flags_an_end_without_a_next_step(tmp_path):
    import shutil
    folder = tmp_path / "content"
    shutil.copytree(paths.content(), folder)
    path = folder / "guides" / "ase.toml"
    text = path.read_text(encoding="utf-8").replace('ends = ["fin-urgence", "fin", "stopped"]',
                                                    'ends = ["fin", "stopped"]')
    text = text.replace('ends = ["fin", "fin-urgence", "stopped"]', 'ends = ["fin", "stopped"]')
    path.write_text(text, encoding="utf-8")
    report = check_content(folder, ("hauts-de-seine.fr", "service-public.fr", "caf.fr"), ("fr",))
    assert any("screens.fin-urgence: an end with no next step of its own" in e for e in report.errors)


@pytest.mark.logs_problems
def test_a_next_step_naming_an_end_that_does_not_exist_is_refused(tmp_path):
    import shutil
    folder = tmp_path / "content"
    shutil.copytree(paths.content(), folder)
    path = folder / "guides" / "ase.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('ends = ["fin", "fin-urgence", "stopped"]',
                                                             'ends = ["fin", "fin-urgnce"]'),
                    encoding="utf-8")
    library = Library(folder)
    assert "ase" not in library.ids
    assert any("'fin-urgnce' is not an end of this guide" in str(p) for p in library.problems)
