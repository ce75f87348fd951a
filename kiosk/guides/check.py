"""`kiosk check`: is the content fit to show? Errors stop a release; warnings are to read.

Errors: schema, links off the allowlist, a guide nobody can reach, a path with no end, a
detour to a missing guide, an end with no next step of its own, a source checked by an unknown
role, a « vous pourriez aussi » rule naming a guide, question, answer or end that does not exist,
an unreadable site configuration or translation file.
Warnings: pages that await a check on the live site for more than 12 months (or undated copies),
a question that states a figure without a source, long sentences, missing pictograms, missing
translations (counted per language), translation files that do not say whether a human
translator reread them, recordings whose text changed since they were made (or with no
fingerprint, or for a screen that does not exist), screens of a spoken-only language with no
recording. Notes: per language, guides complete, reviewed and not reviewed by a human
translator; every page awaiting a live check, oldest first.
"""
from __future__ import annotations

import datetime as _dt
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from kiosk import config as config_mod
from kiosk import paths
from kiosk.guides.library import Library
from kiosk.guides.model import End, Guide, Question, Step
from kiosk.guides.translations import language_status
from kiosk.guides.verification import awaiting
from kiosk.schema import DataError
from kiosk.web.policy import url_allowed

LONG_SENTENCE = 15
TEXT_FIELDS = ("text", "help", "title", "screen", "watch_out", "outcome", "intro")


@dataclass
class Report:
    errors: list[str]
    warnings: list[str]
    notes: list[str]
    pending: list[str] = field(default_factory=list)   # pages awaiting a check on the live site, oldest first


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?:;])\s+|\n+", text) if s.strip()]


def check_content(folder: Path, allowlist: tuple[str, ...], languages: tuple[str, ...],
                  today: _dt.date | None = None) -> Report:
    today = today or _dt.date.today()
    report = Report([], [], [])
    try:
        library = Library(folder)
    except DataError as exc:
        report.errors.extend(str(p) for p in exc.problems)
        return report
    report.errors.extend(str(p) for p in library.problems)
    pictograms = {p.stem for p in (paths.assets() / "pictograms").glob("*.svg")}

    reachable = {g for tile in library.tiles() for g in tile.guides}
    for tile in library.content().tiles:
        for gid in tile.guides:
            if gid not in library.ids:
                report.errors.append(f"{folder / 'content.toml'}: tile {tile.id!r} lists {gid!r}, "
                                     "a guide that does not exist or could not be read")
        if tile.pictogram and tile.pictogram not in pictograms:
            report.warnings.append(f"{folder / 'content.toml'}: tile {tile.id!r}: no pictogram "
                                   f"{tile.pictogram!r}.svg")
    todo = list(reachable)
    while todo:
        for detour in library.guide(todo.pop()).detours() - reachable:
            reachable.add(detour)
            todo.append(detour)

    long_count: dict[str, int] = {}
    for gid in library.ids:
        guide, file = library.guide(gid), library.file(gid)
        if gid not in reachable:
            report.errors.append(f"{file}: guide {gid!r} cannot be reached from the home tiles")
        for sid in guide.dead_ends():
            report.errors.append(f"{file}: screens.{sid}: from here no end can be reached "
                                 "(a loop or a missing next)")
        for sid in guide.unreachable():
            report.warnings.append(f"{file}: screens.{sid}: no answer or step leads here")
        for helper in guide.helpers:
            if library.content().profession(helper) is None:
                report.errors.append(f"{file}: helpers: {helper!r} is not a profession of content.toml")
        urls = [("links." + li.id, li.url) for li in guide.links]
        _check_ends(guide, file, report)
        for screen in guide.screens:
            where = f"screens.{screen.id}"
            source = getattr(screen, "source", None)
            if isinstance(screen, Step):
                urls.append((where + ".url", screen.url))
            if source is not None:
                urls.append((where + ".source.url", source.url))
                if source.checked_by and library.content().checker(source.checked_by) is None:
                    report.errors.append(f"{file}: {where}.source.checked_by: {source.checked_by!r} "
                                         "is not a role of [[checkers]] in content.toml")
            if isinstance(screen, Question) and source is None and \
                    re.search(r"\d", screen.text + " " + screen.help):
                report.warnings.append(f"{file}: {where}: states a figure without a source: add "
                                       "source = { … }")
            for name in [getattr(screen, "pictogram", "")] + [i.pictogram for i in getattr(screen, "items", ())]:
                if name and name not in pictograms:
                    report.warnings.append(f"{file}: {where}: no pictogram {name!r}.svg")
            for field in TEXT_FIELDS:
                for sentence in sentences(getattr(screen, field, "") or ""):
                    if len(sentence.split()) > LONG_SENTENCE:
                        long_count[gid] = long_count.get(gid, 0) + 1
        if guide.pictogram and guide.pictogram not in pictograms:
            report.warnings.append(f"{file}: no pictogram {guide.pictogram!r}.svg")
        for where, url in urls:
            if url and not url_allowed(url, allowlist):
                report.errors.append(f"{file}: {where}: {url} is not on an official domain of the allowlist")
    _check_suggestions(library, folder, allowlist, report)
    report.pending = [p.line() for p in awaiting([library.guide(g) for g in library.ids], today)]
    stale = [p for p in report.pending if p.startswith("OVER")]
    if stale:
        report.warnings.append(f"{len(stale)} page(s) await a check on the live site for more than "
                               "12 months (or their copy is undated): see « pending » below")
    for gid, count in sorted(long_count.items()):
        report.notes.append(f"{gid}: {count} sentence(s) over {LONG_SENTENCE} words")

    for language in languages:
        if language == "fr":
            continue
        status = language_status(library, language)
        report.errors.extend(str(p) for p in status.problems)
        home = {"missing": "home NOT translated", "reviewed": "home translated (reviewed)",
                "unreviewed": "home translated (not reviewed)"}[status.home]
        report.notes.append(f"translations [{language}]: {status.complete}/{status.guides} guides "
                            f"complete, {status.texts_missing} texts missing, {home}"
                            + (f" (incomplete: {', '.join(status.incomplete)})" if status.incomplete else "")
                            + f"; reviewed by a human translator: {len(status.reviewed)}, "
                            f"not reviewed: {len(status.unreviewed)}")
        if status.unsaid:
            report.warnings.append(f"translations [{language}]: {len(status.unsaid)} file(s) do not say "
                                   "whether a human translator reread them: add reviewed = false (or "
                                   f"the day of the review) at the top ({', '.join(status.unsaid)})")
        if status.older:
            report.notes.append(f"translations [{language}]: reviewed before the French guide was last "
                                f"reread, to reread: {', '.join(status.older)}")
    _check_recordings(library, folder, report)
    return report


def _check_recordings(library: Library, folder: Path, report: Report) -> None:
    from kiosk.guides.recordings import review
    spoken = {v.id for v in library.content().spoken_only}
    found = review(folder, {g: library.guide(g) for g in library.ids},
                   lambda g, lang: library.guide(g, "fr" if lang in spoken else lang), spoken)
    report.warnings += [f"{p}: its text has changed since it was recorded: record it again, then "
                        "`kiosk recordings LANGUAGE GUIDE --stamp SCREEN`" for p in found.changed]
    report.warnings += [f"{p}: no fingerprint: `kiosk recordings LANGUAGE GUIDE --stamp SCREEN` once "
                        "you have checked it says the screen's text" for p in found.unstamped]
    report.warnings += [f"{p}: no such guide or screen" for p in found.unknown]
    by_guide: dict[str, list[str]] = {}
    for name in found.missing:
        language, guide_id, screen_id = name.split("/")
        by_guide.setdefault(f"{language}/{guide_id}", []).append(screen_id)
    report.warnings += [f"recordings [{where.split('/')[0]}] (spoken only): {where.split('/')[1]}: "
                        f"no recording for {len(ids)} screen(s): {', '.join(ids)}"
                        for where, ids in by_guide.items()]


def _check_ends(guide: Guide, file: Path, report: Report) -> None:
    """Every end has next steps of its own (a visitor sent elsewhere gets that end's next steps)."""
    for screen in guide.screens:
        if isinstance(screen, End) and not any(screen.id in n.ends for n in guide.next_steps):
            report.errors.append(f"{file}: screens.{screen.id}: an end with no next step of its own: "
                                 f'add a [[next_steps]] with ends = ["{screen.id}"]')


def _check_suggestions(library: Library, folder: Path, allowlist: tuple[str, ...],
                       report: Report) -> None:
    """« Vous pourriez aussi… »: each rule names guides, questions, answers and ends that exist."""
    where = folder / "content.toml"
    for rule in library.content().suggestions:
        if rule.guide and rule.guide not in library.ids:
            report.errors.append(f"{where}: suggestions.{rule.id}: guide {rule.guide!r} does not exist")
        if rule.url and not url_allowed(rule.url, allowlist):
            report.errors.append(f"{where}: suggestions.{rule.id}: {rule.url} is not on an official "
                                 "domain of the allowlist")
        for condition in rule.when:
            problem = condition_problem(library, condition)
            if problem:
                report.errors.append(f"{where}: suggestions.{rule.id}.when: {condition!r}: {problem}")


def condition_problem(library: Library, condition: str) -> str:
    gid = re.split(r"[.@]", condition)[0]
    if gid not in library.ids:
        return f"no guide {gid!r}"
    guide = library.guide(gid)
    if "@" in condition:
        end = condition.split("@", 1)[1]
        if not any(isinstance(s, End) and s.id == end for s in guide.screens):
            return f"no end {end!r} in {gid}"
    elif "." in condition:
        question_id, _, answers = condition.split(".", 1)[1].partition("=")
        question = next((s for s in guide.screens if isinstance(s, Question) and s.id == question_id), None)
        if question is None:
            return f"no question {question_id!r} in {gid}"
        unknown = set(answers.split("|")) - {a.id for a in question.answers}
        if unknown:
            return f"{question_id} has no answer {', '.join(sorted(unknown))}"
    return ""


def run_check(config_path: str | None) -> int:
    config_errors = 0
    try:
        cfg = config_mod.load(config_path)
        print(f"configuration: {cfg.source}: OK")
    except DataError as exc:
        for problem in exc.problems:
            print(f"ERROR {problem}")
        config_errors = len(exc.problems)
        cfg = config_mod.load()           # check the content against the embedded default
    for problem in config_mod.default_file_problems():
        print(f"ERROR {problem}")
        config_errors += 1
    report = check_content(paths.content(), cfg.allowlist, cfg.kiosk.languages)
    for line in report.errors:
        print(f"ERROR {line}")
    for line in report.warnings:
        print(f"WARNING {line}")
    for line in report.notes:
        print(f"NOTE {line}")
    if report.pending:
        print(f"PENDING {len(report.pending)} page(s) await a check on the live official site, "
              "oldest first:")
        for line in report.pending:
            print(f"PENDING {line}")
    errors = len(report.errors) + config_errors
    print(f"{errors} error(s), {len(report.warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(run_check(sys.argv[1] if len(sys.argv) > 1 else None))

