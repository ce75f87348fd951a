"""The summary built from a journey, its QR texts and its calendar reminder. No window."""
from __future__ import annotations

import datetime as dt
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import TEST_CONTENT
from kiosk import paths
from kiosk.guides.library import Library
from kiosk.guides.model import Checklist, End, Question, Step
from kiosk.session.journey import Journey
from kiosk.summary import COMPLETED, ENDED_EARLY, STOPPED, build_summary
from kiosk.summary.builder import Reminder
from kiosk.summary.ical import add_months, ical_event
from kiosk.summary.text import PAPER_BYTES, SCREEN_BYTES, paper_text, screen_text

NOW = dt.datetime(2026, 11, 25, 14, 32)
NOTE = "Mme Zoé Martin-Benali"

ARABIC_DEMO = """\
title = "دليل تجريبي"
intro = "دليل لاختبار المحرك."

[screens.compte]
text = "هل لديك حساب؟"
summary_label = "حساب CAF"

[screens.papiers]
title = "جهز أوراقك"

[screens.papiers.items.vitale]
label = "بطاقة فيتال"

[screens.papiers.items.rib]
label = "كشف الهوية المصرفية RIB"
hint = "من البنك"

[screens.ouvrir]
title = "افتح الموقع"
text = "المس الزر لفتح الموقع."

[screens.code]
title = "استلم الرمز"
text = "يصل رمز عبر البريد الإلكتروني."

[screens.valider]
title = "صادق على الطلب"
text = "المس « صادق »."

[screens.fin]
title = "تم"
outcome = "تمت معاملتك."

[next_steps.trimestre]
text = "عد بعد 3 أشهر للتصريح بمواردك لدى CAF."

[links.caf]
title = "موقع CAF"
"""
ARABIC_CONTENT = """\
[professions.accueil]
label = "الاستقبال"
does = "يوجهك إلى الشخص المناسب ويساعدك في المعاملات عبر الإنترنت."
"""


def arabic_content(folder: Path) -> Path:
    """The test content with an Arabic translation of the demo guide and of the professions."""
    target = folder / "content"
    shutil.copytree(TEST_CONTENT, target)
    (target / "guides" / "demo.ar.toml").write_text(ARABIC_DEMO, encoding="utf-8")
    (target / "content.ar.toml").write_text(ARABIC_CONTENT, encoding="utf-8")
    return target


@pytest.fixture
def library() -> Library:
    return Library(TEST_CONTENT)


def journey(library: Library, language: str = "fr") -> Journey:
    return Journey(lambda g: library.guide(g, language), "demo")


def completed(library: Library, language: str = "fr") -> Journey:
    """« oui », the Carte Vitale ticked (not the RIB), the three steps, the end."""
    j = journey(library, language)
    j.answer("oui")
    j.tick("vitale", True)
    for _ in range(4):
        j.next()
    assert j.finished
    return j


def walk(library: Library, guide_id: str, language: str = "fr") -> Journey:
    """Through a real guide taking the first answer each time, ticking nothing, to an end."""
    j = Journey(lambda g: library.guide(g, language), guide_id)
    for _ in range(200):
        screen = j.screen
        if isinstance(screen, Question):
            j.answer(screen.answers[0].id)
        elif isinstance(screen, (Checklist, Step)) or (isinstance(screen, End) and j.in_detour):
            j.next()
        else:
            return j
    raise AssertionError(f"{guide_id}: no end reached")


# --- the summary -------------------------------------------------------------------------------

def test_completed_journey(library, config):
    s = build_summary(completed(library), library, config, "fr", NOW, NOTE)
    assert (s.title, s.outcome, s.outcome_line) == ("Guide de démonstration", COMPLETED,
                                                    "Démarche terminée")
    assert s.outcome_text == "Votre démarche est faite."
    assert s.when_line == "Le 25/11/2026 à 14:32" and s.post == config.kiosk.post
    assert s.answers == (("Compte", "oui"),)
    assert s.steps_done == ("Ouvrir le site", "Recevoir le code", "Valider")
    assert s.missing == ("RIB",)
    assert [d.label for d in s.documents if d.ready] == ["Carte Vitale"]
    assert s.next_steps == (Reminder("Revenez dans 3 mois.", every_months=3),)
    assert s.reminder_line(s.next_steps[0]) == "Revenez dans 3 mois. (tous les 3 mois)"
    assert [(c.label, c.does) for c in s.contacts] == [("L'accueil", "Vous oriente.")]
    assert s.site.address == config.site.address and s.site.hours == config.site.hours
    assert s.links == (("caf.fr", "https://www.caf.fr/"),)
    assert (s.content_version, s.content_date) == ("test-1", dt.date(2026, 11, 1))
    assert s.visitor_note == NOTE and s.french is None


def test_guide_that_ends_early(library, config):
    j = journey(library)
    j.answer("nsp")
    s = build_summary(j, library, config, "fr", NOW)
    assert s.outcome == ENDED_EARLY
    assert s.outcome_text == "Un professionnel vous aidera."
    assert s.answers == (("Compte", "je ne sais pas"),)
    assert s.documents == () and s.steps_done == ()


def test_stopped_at_a_step_says_which(library, config):
    j = journey(library)
    j.answer("oui")
    j.next()              # the checklist, nothing ticked
    j.next()              # « Ouvrir le site » done, now on « Recevoir le code »
    s = build_summary(j, library, config, "fr", NOW)
    assert s.outcome == STOPPED
    assert s.outcome_line == "Arrêté à l'étape 2 sur 3 : Recevoir le code"
    assert s.steps_done == ("Ouvrir le site",)
    assert s.missing == ("Carte Vitale", "RIB")
    assert ical_event(s) is None              # no reminder for a visit that did not finish


def test_answers_taken_back_are_left_out(library, config):
    j = journey(library)
    j.answer("oui")
    j.back()
    s = build_summary(j, library, config, "fr", NOW)
    assert s.answers == () and s.outcome_line == "Arrêté avant la fin : Avez-vous un compte ?"


def test_stopped_in_a_detour_names_it(library, config):
    j = journey(library)
    j.answer("non")       # no account: a detour through the prerequisite guide
    s = build_summary(j, library, config, "fr", NOW)
    assert s.outcome == STOPPED
    assert s.outcome_line.endswith(f"({library.guide('prereq').title})")
    assert s.title == "Guide de démonstration"


def test_other_language_carries_its_french_twin(library, config):
    s = build_summary(completed(library, "en"), library, config, "en", NOW, NOTE)
    assert s.title == "Demonstration guide" and s.answers[0][0] == "Account"
    assert s.french is not None and s.french.title == "Guide de démonstration"
    assert s.french.language == "fr" and s.french.visitor_note == NOTE


def test_french_twin_of_a_journey_made_in_arabic_is_all_french(config, tmp_path):
    library = Library(arabic_content(tmp_path))
    s = build_summary(completed(library, "ar"), library, config, "ar", NOW)
    assert s.outcome_text == "تمت معاملتك."
    assert s.french.outcome_text == "Votre démarche est faite."
    assert s.french.steps_done == ("Ouvrir le site", "Recevoir le code", "Valider")


def test_the_note_stays_out_of_qr_codes_and_repr(library, config):
    s = build_summary(completed(library), library, config, "fr", NOW, NOTE)
    for text in (screen_text(s), paper_text(s), ical_event(s), repr(s)):
        assert "Zoé" not in text


def test_texts_hold_only_what_guide_config_and_words_give(library, config):
    """Take every known piece out of the QR texts: only punctuation and the date are left."""
    s = build_summary(completed(library), library, config, "fr", NOW)
    guide, content = library.guide("demo"), library.content()
    known = [guide.title, s.outcome_line, s.outcome_text, s.post, s.date_text, s.time_text,
             *vars(s.words).values(), *(v for v in vars(config.site).values() if isinstance(v, str)),
             *(n.text for n in guide.next_steps), *(u for _, u in s.links),
             *(s.reminder_when(r) for r in s.next_steps),
             *(p.label for p in content.professions), "Compte", "3", "Ouvrir le site",
             "Recevoir le code", "Valider", "RIB"]
    for text in (screen_text(s), paper_text(s)):
        for piece in sorted((k for k in known if k), key=len, reverse=True):
            text = text.replace(piece, " ")
        assert re.fullmatch(r"[\s\-:·.,()…]*", text), text


def test_qr_texts_fit(library, config, tmp_path):
    ar = Library(arabic_content(tmp_path))
    for lib, language in ((library, "fr"), (ar, "ar")):
        s = build_summary(completed(lib, language), lib, config, language, NOW)
        assert s.title in paper_text(s) and s.title in screen_text(s)
        assert len(paper_text(s).encode()) <= PAPER_BYTES
        assert len(screen_text(s).encode()) <= SCREEN_BYTES
    s = build_summary(completed(ar, "ar"), ar, config, "ar", NOW)
    assert s.right_to_left and "دليل تجريبي" in screen_text(s)
    assert "كشف الهوية المصرفية RIB" in screen_text(s)
    # paper: 300 bytes; what to do next comes first, then it says the rest is on the sheet
    assert s.next_steps[0].text in paper_text(s)
    assert paper_text(s).endswith(s.words.more)


def test_every_real_guide_gives_a_summary_that_fits(config):
    library = Library(paths.content())
    assert library.ids
    for guide_id in library.ids:
        s = build_summary(walk(library, guide_id), library, config, "fr", NOW)
        assert s.title and s.contacts, guide_id
        assert len(paper_text(s).encode()) <= PAPER_BYTES, guide_id
        assert len(screen_text(s).encode()) <= SCREEN_BYTES, guide_id
        assert s.title in paper_text(s)


# --- the calendar reminder ---------------------------------------------------------------------

def parse_event(text: str):
    icalendar = pytest.importorskip("icalendar")
    calendar = icalendar.Calendar.from_ical(text)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    return calendar, events[0]


def test_quarterly_reminder_is_a_valid_recurring_event(library, config):
    s = build_summary(completed(library), library, config, "fr", NOW)
    text = ical_event(s)
    assert len(text.encode()) <= 330
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    calendar, event = parse_event(text)
    assert str(calendar["VERSION"]) == "2.0" and calendar["PRODID"]
    assert event["DTSTART"].dt == dt.date(2027, 2, 25)
    assert str(event["SUMMARY"]) == "Revenez dans 3 mois."
    rule = event["RRULE"]
    assert rule["FREQ"] == ["MONTHLY"] and rule["INTERVAL"] == [3]
    assert event["UID"] and event["DTSTAMP"]


def test_one_off_reminder_and_long_arabic_text_fold_and_come_back(library, config, tmp_path):
    ar = Library(arabic_content(tmp_path))
    s = build_summary(completed(ar, "ar"), ar, config, "ar", NOW)
    long_text = "تذكير: " + "أرسل الأوراق إلى CAF، " * 4
    s = replace(s, next_steps=(Reminder(long_text, in_days=10),))
    text = ical_event(s)
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    _, event = parse_event(text)
    assert event["DTSTART"].dt == dt.date(2026, 12, 5)
    assert "RRULE" not in event
    assert str(event["SUMMARY"]) == long_text


def test_no_reminder_when_the_guide_has_no_date(library, config):
    s = build_summary(completed(library), library, config, "fr", NOW)
    assert ical_event(replace(s, next_steps=(Reminder("Gardez vos papiers."),))) is None


@pytest.mark.parametrize("day, months, expected", [
    (dt.date(2026, 11, 25), 3, dt.date(2027, 2, 25)),
    (dt.date(2027, 1, 31), 1, dt.date(2027, 2, 28)),
    (dt.date(2027, 12, 31), 2, dt.date(2028, 2, 29)),
])
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected
