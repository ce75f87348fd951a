"""The phone copy of the summary (the QR texts) is never cut mid-item: what matters most comes
first, and when it must stop it says « … suite sur la feuille imprimée ». Tried on the longest
guide of each language, with every paper missing."""
from __future__ import annotations

import datetime as dt

import pytest

from kiosk import paths
from kiosk.guides.library import Library
from kiosk.guides.model import Checklist, End, Question
from kiosk.session.journey import Journey
from kiosk.summary import build_summary
from kiosk.summary.text import PAPER_BYTES, SCREEN_BYTES, compose, paper_text, screen_text
from walker import plan

LIBRARY = Library(paths.content())
NOW = dt.datetime(2026, 12, 2, 10, 0)
LANGUAGES = ("fr", "en", "ar", "pt", "es", "tr")


def full_visit(guide_id: str, language: str) -> Journey:
    """To a completed end, answering on the way there, ticking no paper (all are missing)."""
    journey = Journey(lambda g: LIBRARY.guide(g, language), guide_id)
    plans = {}
    for _ in range(300):
        screen = journey.screen
        if isinstance(screen, End) and not journey.in_detour:
            return journey
        if isinstance(screen, Question):
            answers = plans.setdefault(journey.guide.id, plan(LIBRARY.guide(journey.guide.id)))
            journey.answer(answers.get(screen.id, screen.answers[0].id))
        else:
            journey.next()
    raise AssertionError(guide_id)


def longest(language: str):
    """The guide whose summary has the most to say, in this language."""
    def size(guide_id):
        s = build_summary(full_visit(guide_id, language), LIBRARY, _config(), language, NOW)
        return len(s.next_steps) + len(s.missing) + len(s.answers) + len(s.steps_done)
    return max(LIBRARY.ids, key=size)


def _config():
    from kiosk import config
    return config.load()


def items(s) -> set[str]:
    w, site = s.words, s.site
    return ({s.reminder_line(r) for r in s.next_steps} | {c.label for c in s.contacts}
            | {t for t in (site.name, site.address, site.hours, site.transport) if t}
            | {f"{w.phone} : {site.phone}"} | set(s.missing)
            | {f"{label} : {answer}" for label, answer in s.answers}
            | {f"{g.title} : {g.why}" for g in s.suggestions} | {u for _, u in s.links}
            | set(s.steps_done))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_longest_guide_keeps_whole_items_most_important_first(config, language):
    guide_id = longest(language)
    s = build_summary(full_visit(guide_id, language), LIBRARY, config, language, NOW)
    assert s.missing and s.next_steps, guide_id
    w = s.words
    headings = {f"{h} :" for h in (w.next_steps, w.who, w.address, w.missing, w.answers,
                                    w.suggestions, w.links, w.steps_done)}
    whole = items(s)
    for text, budget, head in ((screen_text(s), SCREEN_BYTES, 3), (paper_text(s), PAPER_BYTES, 2)):
        assert len(text.encode()) <= budget
        lines = text.split("\n")
        assert text.endswith(w.more), f"{guide_id} [{language}]: {text!r}"   # it had to stop
        for line in lines[head:-1]:
            assert line == "" or line in headings or line.removeprefix("- ") in whole, \
                f"{guide_id} [{language}]: cut item {line!r}"
        order = [lines.index(h) for h in (f"{w.next_steps} :", f"{w.who} :", f"{w.address} :",
                                          f"{w.missing} :", f"{w.answers} :") if h in lines]
        assert order == sorted(order)
        assert lines.index(f"{w.next_steps} :") == head + 1           # right after the outcome
    screen = screen_text(s).split("\n")
    assert f"{w.who} :" in screen, guide_id
    if language != "ar":             # Arabic letters take 2 bytes: it stops after whom to see
        assert f"- {s.site.address}" in screen and f"- {s.site.hours}" in screen, guide_id


def test_a_short_summary_fits_whole_and_does_not_say_more():
    text = compose(["Titre", "Fait."], [("À faire ensuite", ["Une chose."])], "… suite", 200)
    assert text == "Titre\nFait.\n\nÀ faire ensuite :\n- Une chose."


def test_an_item_that_does_not_fit_is_left_whole_for_the_printed_sheet():
    long_item = "x" * 60
    text = compose(["Titre"], [("Liste", ["court", long_item, "après"])], "… suite", 40)
    assert text == "Titre\n\nListe :\n- court\n… suite"
    assert long_item[:10] not in text and "après" not in text
