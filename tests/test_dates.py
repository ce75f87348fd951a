"""Dates from answers: a touch-friendly picker (weeks, or a month), reminders computed from it,
the real date in the summary and the calendar QR; the value is wiped with the session."""
from __future__ import annotations

import datetime as dt

from driver import click, start, visible_texts
from kiosk import paths
from kiosk.guides.library import Library
from kiosk.session.journey import Journey
from kiosk.summary import build_summary
from kiosk.summary.ical import ical_event
from test_suggestions import visit

LIBRARY = Library(paths.content())
NOW = dt.datetime(2026, 12, 2, 10, 0)


def pregnancy(weeks: str | None) -> Journey:
    journey = Journey(lambda g: LIBRARY.guide(g), "pmi-grossesse")
    journey.answer("non")                                 # not declared yet
    assert journey.screen.id == "semaines" and journey.screen.pick.unit == "weeks"
    journey.answer("date", weeks) if weeks else journey.answer("nsp")
    return journey


def test_ten_weeks_pregnant_gets_the_declaration_deadline(config):
    s = build_summary(pregnancy("10"), LIBRARY, config, "fr", NOW)
    dated = next(r for r in s.next_steps if r.due)
    assert dated.due == dt.date(2026, 12, 30)             # 4 weeks to the end of the 14th SA
    assert s.reminder_when(dated) == "au plus tard le 30/12/2026"
    assert ("Semaines d'aménorrhée (SA)", "10 semaines") in s.answers
    event = ical_event(s)
    assert "DTSTART;VALUE=DATE:20261230" in event and "RRULE" not in event


def test_past_the_deadline_or_unknown_gives_no_invented_date(config):
    late = build_summary(pregnancy("20"), LIBRARY, config, "fr", NOW)
    assert not any(r.due for r in late.next_steps)
    unknown = build_summary(pregnancy(None), LIBRARY, config, "fr", NOW)
    assert not any(r.due for r in unknown.next_steps)
    assert any("avant la fin du 3e mois" in r.text for r in unknown.next_steps)


def test_the_month_of_the_next_dtr_gives_the_next_three(config):
    journey = Journey(lambda g: LIBRARY.guide(g), "caf-dtr")
    while journey.screen.id != "prochaine":
        screen = journey.screen
        if hasattr(screen, "answers"):
            journey.answer("oui")
        else:
            journey.next()
    journey.answer("date", "2027-03")
    s = build_summary(journey, LIBRARY, config, "fr", NOW)
    dated = next(r for r in s.next_steps if r.due)
    assert s.reminder_when(dated) == "les 01/03/2027, 01/06/2027, 01/09/2027"
    event = ical_event(s)
    assert "DTSTART;VALUE=DATE:20270301" in event
    assert "RRULE:FREQ=MONTHLY;INTERVAL=3;COUNT=3" in event


def test_the_picker_is_touch_only_and_forgotten_at_the_wipe(qtbot, real_kiosk):
    w = real_kiosk.window
    start(qtbot, real_kiosk)
    real_kiosk.desk.open_guide("pmi-grossesse")
    click(qtbot, w, "Non")
    picker = w.question.picker
    assert picker.isVisible() and picker.number.text() == "23 semaines"
    for _ in range(13):
        click(qtbot, picker, "−")
    assert picker.number.text() == "10 semaines"
    assert picker.minus.accessibleName() == "Une semaine de moins (maintenant : 10 semaines)"
    click(qtbot, w, "Valider")
    assert real_kiosk.desk.journey.picked == {("pmi-grossesse", "semaines"): "10"}
    click(qtbot, w, "Mon résumé")
    assert any("au plus tard le" in t for t in visible_texts(w))
    with qtbot.waitSignal(real_kiosk.desk.wiped):
        real_kiosk.desk.wipe("finished")
    assert real_kiosk.desk.journey is None
    assert not picker.value() and not picker.number.text()
