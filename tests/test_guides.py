"""Guide files: precise errors for editors, and a broken guide never stops the kiosk."""
from __future__ import annotations

import datetime
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import TEST_CONTENT
from kiosk import config as config_mod
from kiosk import paths
from kiosk.guides.check import check_content
from kiosk.guides.library import Library
from kiosk.guides.loader import load_guide, parse_guide
from kiosk.schema import DataError

STEP_SOURCE = 'source = { url = "https://www.caf.fr/", title = "caf.fr", copy = 2026-11-01 }'


@pytest.fixture
def content(tmp_path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(TEST_CONTENT, folder)
    return folder


def write_guide(folder: Path, name: str, text: str) -> Path:
    path = folder / "guides" / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path) -> list:
    with pytest.raises(DataError) as err:
        load_guide(path)
    return err.value.problems


def test_a_step_without_source_is_refused_with_its_line(content):
    path = write_guide(content, "bad", """id = "bad"
title = "Mauvais"
reviewed = 2026-11-01

[[screens]]
id = "un"
kind = "step"
title = "Sans source"
text = "Faites ceci."

[[screens]]
id = "fin"
kind = "end"
title = "Fin"
""")
    [problem] = problems_of(path)
    assert problem.file == str(path) and problem.path == "screens[0].source"
    assert problem.line == 5 and "copy = 2024-12-05" in problem.message


def test_typing_mistakes_and_bad_dates_are_named(content):
    path = write_guide(content, "bad", f"""id = "bad"
title = "Mauvais"
reviewed = "hier"

[[screens]]
id = "un"
kind = "etape"
title = "X"

[[screens]]
id = "deux"
kind = "step"
titel = "Faute de frappe"
title = "Deux"
text = "Texte."
{STEP_SOURCE}

[[screens]]
id = "q"
kind = "question"
text = "Une question ?"
answers = [{{ id = "oui", next = "nulle-part" }}, {{ id = "peut-etre" }}]
""")
    found = [(p.path, p.line, p.message) for p in problems_of(path)]
    assert any(where == "reviewed" and "2026-11-25" in m for where, _, m in found)
    assert any(where == "screens[0].kind" and "one of question" in m for where, _, m in found)
    assert any(where == "screens[1].titel" and line == 13 and "not a known field" in m
               for where, line, m in found)
    assert any(where == "screens[2].answers[1].label" for where, _, _ in found)
    assert any("'nulle-part', which is not a screen" in m for _, _, m in found)
    assert any("last screen but not an end" in m for _, _, m in found)


def test_broken_toml_gives_the_line(content):
    path = write_guide(content, "bad", 'id = "bad"\ntitle = "Sans fin\n')
    [problem] = problems_of(path)
    assert problem.line == 2 and "not valid TOML" in problem.message


@pytest.mark.logs_problems
def test_a_broken_guide_is_left_out_and_the_others_work(content, caplog):
    write_guide(content, "bad", 'id = "bad"\ntitle = "Sans fin\n')
    library = Library(content)
    assert "bad" not in library.ids and {"demo", "solo", "prereq"} <= set(library.ids)
    assert any("bad.toml:2" in str(p) for p in library.problems)
    assert any("content left out" in r.message for r in caplog.records)


@pytest.mark.logs_problems
def test_a_detour_to_a_missing_guide_leaves_that_guide_out(content):
    (content / "guides" / "prereq.toml").unlink()
    library = Library(content)
    assert "demo" not in library.ids and "solo" in library.ids
    assert any("detour to 'prereq'" in str(p) for p in library.problems)
    assert [t.id for t in library.tiles()] == ["demarches", "seul", "aide"]   # the tile keeps solo


@pytest.mark.logs_problems
def test_a_broken_translation_falls_back_to_french(content):
    (content / "guides" / "demo.en.toml").write_text('title = "Oops\n', encoding="utf-8")
    library = Library(content)
    assert library.guide("demo", "en").title == "Guide de démonstration"
    assert library.problems and "demo.en.toml" in str(library.problems[0])


def test_dead_ends_and_loops_are_found():
    day = datetime.date(2026, 11, 1)
    guide = parse_guide({
        "id": "loop", "title": "Boucle", "reviewed": day,
        "screens": [
            {"id": "q", "kind": "question", "text": "?", "answers": [
                {"id": "oui", "next": "a"}, {"id": "non", "next": "fin"}]},
            {"id": "a", "kind": "step", "title": "A", "text": "a", "next": "b",
             "source": {"url": "https://www.caf.fr/", "copy": day}},
            {"id": "b", "kind": "step", "title": "B", "text": "b", "next": "a",
             "source": {"url": "https://www.caf.fr/", "copy": day}},
            {"id": "fin", "kind": "end", "title": "Fin"},
        ]}, "loop.toml")
    assert guide.dead_ends() == ["a", "b"]


def test_the_check_reports_links_off_the_allowlist_stale_dates_and_translations(content):
    text = (content / "guides" / "solo.toml").read_text(encoding="utf-8")
    text = text.replace('url = "https://www.service-public.fr/", title = "service-public.fr", '
                        'copy = 2026-11-01 }\n\n[[screens]]\nid = "deux"',
                        'url = "https://mes-allocs.fr/rsa", title = "x", copy = 2024-01-01 }\n\n'
                        '[[screens]]\nid = "deux"')
    (content / "guides" / "solo.toml").write_text(text, encoding="utf-8")
    report = check_content(content, ("caf.fr", "service-public.fr"), ("fr", "en"),
                           today=datetime.date(2026, 11, 25))
    assert any("mes-allocs.fr" in e and "allowlist" in e for e in report.errors)
    assert any("more than 12 months" in w for w in report.warnings)
    assert report.pending[0].startswith("OVER 12 MONTHS copy of 01/01/2024: https://mes-allocs.fr/rsa")
    assert any(n.startswith("translations [en]: 0/3 guides complete") for n in report.notes)


def test_the_check_counts_translations_reviewed_by_a_human_and_not(content):
    demo = content / "guides" / "demo.en.toml"
    french = demo.read_text(encoding="utf-8")

    def notes_and_warnings(mark: str):
        demo.write_text(mark + french, encoding="utf-8")
        report = check_content(content, ("caf.fr", "service-public.fr"), ("fr", "en"))
        note = next(n for n in report.notes if n.startswith("translations [en]: "))
        return note, report.warnings, report.errors

    note, warnings, errors = notes_and_warnings("")
    assert note.endswith("reviewed by a human translator: 0, not reviewed: 1") and errors == []
    assert any("do not say whether a human translator reread them" in w and "(demo)" in w
               for w in warnings)
    note, warnings, errors = notes_and_warnings("reviewed = false\n")
    assert note.endswith("reviewed by a human translator: 0, not reviewed: 1")
    assert not any("reread them" in w for w in warnings) and errors == []
    note, warnings, errors = notes_and_warnings("reviewed = 2026-12-10\n")
    assert note.endswith("reviewed by a human translator: 1, not reviewed: 0") and errors == []
    note, warnings, errors = notes_and_warnings("reviewed = 2020-01-01\n")   # before the French's reread
    assert any(n == "translations [en]: reviewed before the French guide was last reread, to reread: demo"
               for n in check_content(content, ("caf.fr",), ("fr", "en")).notes)
    note, warnings, errors = notes_and_warnings('reviewed = "oui"\n')
    assert any("demo.en.toml:1: reviewed" in e and "reviewed = false" in e for e in errors), errors


def test_a_guide_nobody_can_reach_is_an_error(content):
    text = (content / "content.toml").read_text(encoding="utf-8").replace('guides = ["solo"]', 'guides = []')
    text = text.replace('guides = ["demo", "solo"]', 'guides = ["demo"]')
    (content / "content.toml").write_text(text, encoding="utf-8")
    report = check_content(content, ("caf.fr", "service-public.fr"), ("fr",))
    assert any("'solo' cannot be reached" in e for e in report.errors)
    assert not any("'prereq'" in e for e in report.errors)      # reached by a detour


def test_the_shipped_content_passes_the_check():
    cfg = config_mod.load()
    report = check_content(paths.content(), cfg.allowlist, cfg.kiosk.languages)
    assert report.errors == []


def run_kiosk(*args, env=None):
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def test_kiosk_check_exits_non_zero_on_a_bad_site_file(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text('[kiosk]\nidle_countdown_s = 3\n', encoding="utf-8")
    result = run_kiosk("--config", str(site), "check")
    assert result.returncode == 1
    assert f"ERROR {site}:2: kiosk.idle_countdown_s: expected a whole number of seconds from 20 to 600" \
        in result.stdout


def test_kiosk_check_takes_its_config_after_the_command(tmp_path):
    """`kiosk check --config FILE`, as the README writes it; a damaged PIN hash fails it."""
    site = tmp_path / "site.toml"
    site.write_text('[mediator]\npin_hash = "scrypt$16384$8$1$c2FsdA==$"\n', encoding="utf-8")
    result = run_kiosk("check", "--config", str(site))
    assert result.returncode == 1, result.stderr
    assert f"ERROR {site}:2: mediator.pin_hash:" in result.stdout
    site.write_text('[kiosk]\npost = "Poste 9"\n', encoding="utf-8")
    result = run_kiosk("check", "--config", str(site))
    assert result.returncode == 0 and f"configuration: {site}: OK" in result.stdout


def test_kiosk_check_passes_on_the_shipped_content():
    result = run_kiosk("check")
    assert result.returncode == 0, result.stdout
    # None of the shipped sources was opened on the live site yet: the one warning says so.
    assert result.stdout.strip().endswith("0 error(s), 1 warning(s)"), result.stdout
    warning = next(line for line in result.stdout.splitlines() if line.startswith("WARNING"))
    assert "await a check on the live site for more than 12 months" in warning
    pending = [line for line in result.stdout.splitlines() if line.startswith("PENDING ")]
    assert "oldest first" in pending[0] and len(pending) > 20


def test_production_without_a_pin_refuses_to_start_and_says_how(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text('[kiosk]\nmode = "production"\n', encoding="utf-8")
    result = run_kiosk("--config", str(site))
    assert result.returncode == 2 and "kiosk hash-pin" in result.stderr
