"""« Vous pourriez aussi… »: rules written in content.toml point, from the answers, to another
guide; shown at the end and on paper, checked by `kiosk check`."""
from __future__ import annotations

import datetime as dt
import re
import shutil

from driver import start, visible_texts
from kiosk import paths
from kiosk.guides.check import check_content
from kiosk.guides.library import Library
from kiosk.guides.model import End, Question
from kiosk.session.journey import Journey
from kiosk.summary import build_summary
from walker import plan

LIBRARY = Library(paths.content())
NOW = dt.datetime(2026, 12, 2, 10, 0)


def visit(guide_id: str, answers: dict[str, str], language: str = "fr") -> Journey:
    journey = Journey(lambda g: LIBRARY.guide(g, language), guide_id)
    default = plan(LIBRARY.guide(guide_id))
    for _ in range(300):
        screen = journey.screen
        if isinstance(screen, End) and not journey.in_detour:
            return journey
        if isinstance(screen, Question):
            journey.answer(answers.get(screen.id) or default.get(screen.id) or screen.answers[0].id)
        else:
            journey.next()
    raise AssertionError(guide_id)


def test_a_pregnant_visitor_on_a_low_income_is_pointed_to_the_rsa_and_the_prime(config):
    s = build_summary(visit("pmi-grossesse", {"argent": "oui"}), LIBRARY, config, "fr", NOW)
    found = {g.guide: g.why for g in s.suggestions}
    assert found["rsa-demande"] == "Enceinte, vous pouvez demander le RSA, même avant 25 ans."
    assert "caf-prime-activite" in found
    assert [g.title for g in s.suggestions][0] == "Demander le RSA"


def test_no_suggestion_without_the_answers_that_call_for_it(config):
    s = build_summary(visit("pmi-grossesse", {"argent": "non"}), LIBRARY, config, "fr", NOW)
    assert not any(g.guide in ("rsa-demande", "caf-prime-activite") for g in s.suggestions)


def test_one_suggestion_per_guide_and_never_the_guide_itself(config):
    s = build_summary(visit("rsa-demande", {}), LIBRARY, config, "fr", NOW)
    guides = [g.guide for g in s.suggestions]
    assert guides == ["caf-logement", "rsa-apres"]          # two rules point to housing aid: once


def test_suggestions_are_translated(config):
    s = build_summary(visit("pmi-grossesse", {"argent": "oui"}, "ar"), LIBRARY, config, "ar", NOW)
    assert s.suggestions[0].why == "أثناء الحمل، يمكنكِ طلب RSA، حتى قبل سن 25."   # to her: feminine
    assert s.french.suggestions[0].why.startswith("Enceinte")


def test_the_summary_screen_shows_them(qtbot, real_kiosk):
    start(qtbot, real_kiosk)
    real_kiosk.desk.open_guide("caf-prime-activite")
    real_kiosk.desk.answer("non")                  # no work: the guide ends early
    texts = [re.sub("[\u2066-\u2069\u200f]", "", t) for t in visible_texts(real_kiosk.window)]
    assert "Vous pourriez aussi…" in texts
    assert ("• Demander le RSA : Sans travail et avec peu de revenus, le RSA est peut-être "
            "possible.") in texts


def test_the_check_refuses_a_rule_that_names_what_does_not_exist(tmp_path):
    folder = tmp_path / "content"
    shutil.copytree(paths.content(), folder)
    path = folder / "content.toml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        '"pmi-grossesse.argent=oui|nsp"', '"pmi-grossesse.argent=peut-etre"').replace(
        '"caf-prime-activite@fin-sans-travail"', '"caf-prime-activite@fin-sans-emploi"'),
        encoding="utf-8")
    report = check_content(folder, ("caf.fr",), ("fr",))
    assert any("suggestions.rsa-grossesse.when" in e and "argent has no answer peut-etre" in e
               for e in report.errors)
    assert any("no end 'fin-sans-emploi' in caf-prime-activite" in e for e in report.errors)
