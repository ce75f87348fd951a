"""Verification that says what was done: « relu sur une copie de la page du … » is never
« vérifié sur le site officiel le … »; on screen, on paper, in `kiosk check` and in the panel."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from conftest import TEST_CONTENT
from driver import click, start, visible_texts
from kiosk import paths
from kiosk.guides.check import check_content
from kiosk.guides.library import Library
from kiosk.guides.loader import load_guide
from kiosk.guides.model import Question, Source, Step
from kiosk.guides.verification import awaiting
from kiosk.schema import DataError
from kiosk.summary import build_summary
from kiosk.summary.sources import source_line, verification
from kiosk.summary.text import paper_text, screen_text
from test_panel import open_panel
from walker import plan

TODAY = dt.date(2026, 12, 2)
CHECKER = '\n[[checkers]]\nid = "mediateur"\nlabel = "un médiateur numérique du pôle"\n'


@pytest.fixture
def content(tmp_path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(TEST_CONTENT, folder)
    with (folder / "content.toml").open("a", encoding="utf-8") as f:
        f.write(CHECKER)
    solo = folder / "guides" / "solo.toml"
    text = solo.read_text(encoding="utf-8").replace(
        'title = "service-public.fr", copy = 2026-11-01 }\n\n[[screens]]\nid = "fin"',
        'title = "service-public.fr", copy = 2026-11-01, checked = 2026-11-30, '
        'checked_by = "mediateur" }\n\n[[screens]]\nid = "fin"')
    solo.write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("source, said", [
    (Source("https://www.caf.fr", "caf.fr", "2024-12-05"), "relu sur une copie de la page du 05/12/2024"),
    (Source("https://www.caf.fr", "caf.fr", "2025-11"), "relu sur une copie de la page de 11/2025"),
    (Source("https://www.caf.fr", "caf.fr", "2023"), "relu sur une copie de la page de 2023"),
    (Source("https://www.caf.fr", "caf.fr", ""), "relu sur une copie non datée de la page"),
    (Source("https://www.caf.fr", "caf.fr", "2024-12-05", dt.date(2026, 11, 30), "mediateur"),
     "vérifié sur le site officiel le 30/11/2026 par un médiateur"),
])
def test_the_words_say_what_was_done(source, said):
    assert verification(source, "fr", "un médiateur") == said
    assert source_line(source, "fr", "un médiateur") == f"Source : caf.fr — {said}"


def test_the_words_are_translated():
    copy = Source("https://www.caf.fr", "caf.fr", "2024-12-05")
    assert verification(copy, "en") == "read on a copy of the page dated 05/12/2024"
    assert "05/12/2024" in verification(copy, "ar") and verification(copy, "ar") != verification(copy, "fr")


def problems(tmp_path: Path, source: str) -> list[str]:
    path = tmp_path / "g.toml"
    path.write_text(f'id = "g"\ntitle = "G"\nreviewed = 2026-11-01\n\n[[screens]]\nid = "s"\n'
                    f'kind = "step"\ntitle = "S"\ntext = "T"\n{source}\n\n[[screens]]\nid = "fin"\n'
                    'kind = "end"\ntitle = "F"\n\n[[next_steps]]\nid = "n"\nends = ["fin"]\ntext = "N"\n',
                    encoding="utf-8")
    with pytest.raises(DataError) as err:
        load_guide(path)
    return [f"{p.path}: {p.message}" for p in err.value.problems]


def test_verified_is_refused_and_a_live_check_needs_its_role(tmp_path):
    [said] = problems(tmp_path, 'source = { url = "https://www.caf.fr", verified = 2026-11-25 }')
    assert said.startswith("screens[0].source.verified: says « vérifié » without saying what was done")
    [said] = problems(tmp_path, 'source = { url = "https://www.caf.fr", copy = 2026-11-01, '
                                'checked = 2026-11-30 }')
    assert said.startswith("screens[0].source.checked_by: is missing") and "never a name" in said
    [said] = problems(tmp_path, 'source = { url = "https://www.caf.fr", copy = "hier" }')
    assert "screens[0].source.copy: expected a date" in said


def test_no_shipped_source_claims_a_live_check():
    """None of the shipped sources was opened live: all of them say they were read on a copy."""
    library = Library(paths.content())
    for gid in library.ids:
        for screen in library.guide(gid).screens:
            source = getattr(screen, "source", None)
            if source is not None:
                assert not source.live, f"{gid}/{screen.id}"
                assert verification(source, "fr").startswith("relu sur une copie"), f"{gid}/{screen.id}"


def test_questions_that_state_a_rule_carry_their_source():
    library = Library(paths.content())
    rules = {("rsa-demande", "age"), ("caf-logement", "loyer"), ("caf-logement", "proche"),
             ("caf-prime-activite", "resultat"), ("franceconnect", "ameli"), ("caf-compte", "nir"),
             ("c2s", "rsa"), ("c2s", "assurance"), ("ameli-compte", "nir"), ("france-travail", "rsa"),
             ("titre-sejour", "delai"), ("impots-declaration", "email"),
             ("caf-prime-naissance", "declaree"), ("mdph", "certificat")}
    for gid, qid in rules:
        assert isinstance(library.guide(gid).screen(qid), Question)
        assert library.guide(gid).screen(qid).source is not None, f"{gid}/{qid}"


def test_awaiting_lists_pages_oldest_first_and_flags_over_12_months(content):
    library = Library(content)
    pending = awaiting([library.guide(g) for g in library.ids], TODAY)
    # solo's second step was checked live 2 days ago; its first step shares the page, not the check
    assert [p.url for p in pending] == ["https://www.caf.fr/", "https://www.service-public.fr/"]
    assert not any(p.stale for p in pending)
    later = awaiting([library.guide(g) for g in library.ids], dt.date(2028, 1, 1))
    assert all(p.stale for p in later)
    assert "solo/deux" in " ".join(u for p in later for u in p.uses)   # a live check gets old too


def test_the_check_lists_pending_pages_and_refuses_an_unknown_role(content):
    report = check_content(content, ("caf.fr", "service-public.fr"), ("fr",), today=TODAY)
    assert report.pending and report.pending[0].startswith("copy of 01/11/2026")
    solo = content / "guides" / "solo.toml"
    solo.write_text(solo.read_text(encoding="utf-8").replace('"mediateur"', '"Jean Dupont"'),
                    encoding="utf-8")
    report = check_content(content, ("caf.fr", "service-public.fr"), ("fr",), today=TODAY)
    assert any("'Jean Dupont' is not a role of [[checkers]]" in e for e in report.errors)


def test_the_step_and_the_question_show_what_was_done(qtbot, real_kiosk):
    start(qtbot, real_kiosk)
    real_kiosk.desk.open_guide("rsa-demande")
    texts = visible_texts(real_kiosk.window)
    assert ("Source : service-public.fr, fiche F19778 « RSA » (version du 01/04/2024) — relu sur une "
            "copie de la page du 01/04/2024") in texts
    journey = real_kiosk.desk.journey
    answers = plan(journey.guide)
    while not isinstance(journey.screen, Step):
        if isinstance(journey.screen, Question):
            real_kiosk.desk.move("answer", answers.get(journey.screen.id, journey.screen.answers[0].id))
        else:
            real_kiosk.desk.move("next")
    assert any(t.startswith("Source : ") and "relu sur une copie" in t
               for t in visible_texts(real_kiosk.window))
    assert not any("vérifié le" in t for t in visible_texts(real_kiosk.window))


def test_the_panel_lists_what_awaits_a_live_check(qtbot, real_kiosk):
    real_kiosk.mediation = real_kiosk.window.mediation
    start(qtbot, real_kiosk)
    open_panel(qtbot, real_kiosk)
    texts = visible_texts(real_kiosk.window.panel)
    assert "Sources à vérifier sur le site officiel (les plus anciennes d'abord)" in texts
    status = next(t for t in texts if "attendent une vérification sur le site officiel" in t)
    assert "depuis plus de 12 mois" in status
    listing = next(t for t in texts if "PLUS DE 12 MOIS" in t)
    first = listing.splitlines()[0]
    assert first.startswith("PLUS DE 12 MOIS · copie non datée")
    assert "la liste entière est dans « kiosk check »" in listing
    click(qtbot, real_kiosk.window.panel, "Revenir à la borne")


def test_the_summary_cites_its_sources_with_what_was_done(config):
    from test_ends import walk_to
    library = Library(paths.content())
    s = build_summary(walk_to("rsa-demande", "fin-etudiant"), library, config, "fr",
                      dt.datetime(2026, 12, 2, 10, 0))
    assert s.sources and all(c.verification.startswith("relu sur une copie") for c in s.sources)
    assert any(c.name.startswith("service-public.fr, fiche F19778") for c in s.sources)
    for text in (screen_text(s), paper_text(s)):
        assert "relu sur une copie" not in text        # the phone copy keeps room for what to do
