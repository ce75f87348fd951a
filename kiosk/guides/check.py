"""`kiosk check`: is the content fit to show? Errors stop a release; warnings are to read.

Errors: schema, links off the allowlist, a guide nobody can reach, a path with no end, a
detour to a missing guide, an unreadable site configuration or translation file.
Warnings: verification dates older than 12 months, long sentences, missing pictograms,
missing translations (counted per language).
"""
from __future__ import annotations

import datetime as _dt
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from kiosk import config as config_mod
from kiosk import paths
from kiosk.guides.library import Library
from kiosk.guides.loader import translation_file
from kiosk.guides.model import End, Guide, Question, Step
from kiosk.schema import DataError, load_toml
from kiosk.web.policy import url_allowed

STALE_DAYS = 365
LONG_SENTENCE = 15
TEXT_FIELDS = ("text", "help", "title", "screen", "watch_out", "outcome", "intro")


@dataclass
class Report:
    errors: list[str]
    warnings: list[str]
    notes: list[str]


def successors(guide: Guide, screen) -> list[str]:
    if isinstance(screen, Question):
        return [a.next for a in screen.answers]
    if isinstance(screen, End):
        return []
    return [screen.next]


def dead_ends(guide: Guide) -> list[str]:
    """Screens reachable from the start from which no end can be reached (a loop or a gap)."""
    reachable, todo = set(), [guide.first.id]
    while todo:
        sid = todo.pop()
        if sid in reachable:
            continue
        reachable.add(sid)
        todo.extend(n for n in successors(guide, guide.screen(sid)) if n)
    can_end = {s.id for s in guide.screens if isinstance(s, End)}
    changed = True
    while changed:
        changed = False
        for s in guide.screens:
            if s.id not in can_end and any(n in can_end for n in successors(guide, s)):
                can_end.add(s.id)
                changed = True
    return [sid for sid in (s.id for s in guide.screens) if sid in reachable and sid not in can_end]


def unreachable(guide: Guide) -> list[str]:
    reachable, todo = set(), [guide.first.id]
    while todo:
        sid = todo.pop()
        if sid not in reachable:
            reachable.add(sid)
            todo.extend(n for n in successors(guide, guide.screen(sid)) if n)
    return [s.id for s in guide.screens if s.id not in reachable]


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
        guide = library.guide(todo.pop())
        for screen in guide.screens:
            for answer in getattr(screen, "answers", ()):
                if answer.detour and answer.detour not in reachable:
                    reachable.add(answer.detour)
                    todo.append(answer.detour)

    long_count: dict[str, int] = {}
    for gid in library.ids:
        guide, file = library.guide(gid), library.file(gid)
        if gid not in reachable:
            report.errors.append(f"{file}: guide {gid!r} cannot be reached from the home tiles")
        for sid in dead_ends(guide):
            report.errors.append(f"{file}: screens.{sid}: from here no end can be reached "
                                 "(a loop or a missing next)")
        for sid in unreachable(guide):
            report.warnings.append(f"{file}: screens.{sid}: no answer or step leads here")
        for helper in guide.helpers:
            if library.content().profession(helper) is None:
                report.errors.append(f"{file}: helpers: {helper!r} is not a profession of content.toml")
        urls = [("links." + li.id, li.url) for li in guide.links]
        if (today - guide.verified).days > STALE_DAYS:
            report.warnings.append(f"{file}: verified {guide.verified}: older than 12 months")
        for screen in guide.screens:
            where = f"screens.{screen.id}"
            if isinstance(screen, Step):
                urls += [(where + ".url", screen.url), (where + ".source.url", screen.source.url)]
                if (today - screen.source.verified).days > STALE_DAYS:
                    report.warnings.append(f"{file}: {where}: source verified {screen.source.verified}, "
                                           "older than 12 months: check it again")
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
    for gid, count in sorted(long_count.items()):
        report.notes.append(f"{gid}: {count} sentence(s) over {LONG_SENTENCE} words")

    for language in languages:
        if language == "fr":
            continue
        incomplete, texts = [], 0
        for gid in library.ids:
            tr = translation_file(library.file(gid), language)
            if tr.exists():
                try:
                    load_toml(tr)
                except DataError as exc:
                    report.errors.extend(str(p) for p in exc.problems)
                    continue
            missing = library.missing(gid, language)
            if missing:
                incomplete.append(gid)
                texts += len(missing)
        content_tr = translation_file(folder / "content.toml", language)
        home = "home translated" if content_tr.exists() else "home NOT translated"
        report.notes.append(f"translations [{language}]: {len(library.ids) - len(incomplete)}/"
                            f"{len(library.ids)} guides complete, {texts} texts missing, {home}"
                            + (f" (incomplete: {', '.join(incomplete)})" if incomplete else ""))
    return report


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
    report = check_content(paths.content(), cfg.allowlist, cfg.kiosk.languages)
    for line in report.errors:
        print(f"ERROR {line}")
    for line in report.warnings:
        print(f"WARNING {line}")
    for line in report.notes:
        print(f"NOTE {line}")
    errors = len(report.errors) + config_errors
    print(f"{errors} error(s), {len(report.warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(run_check(sys.argv[1] if len(sys.argv) > 1 else None))

