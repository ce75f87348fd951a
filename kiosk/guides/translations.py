"""Where each language's translations stand: complete or not, reread by a human translator or not.

Every translation file (``caf-compte.pt.toml``, ``content.pt.toml``) says at its top whether a
human translator has reread it against the French::

    reviewed = false          # not yet: a draft (machine, or a non-translator's)
    reviewed = 2026-12-10     # the day a human translator last reread the whole file

A file that says neither counts as not reviewed (and ``kiosk check`` asks for the line). The French
guide's own ``reviewed`` is another thing: the day editors reread it against its sources.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.guides.loader import translation_file
from kiosk.schema import DataError, Problem, load_toml

REVIEW_FORM = ("expected reviewed = false (not yet reread by a human translator) or reviewed = the "
               "day a human translator last reread the whole file against the French, written "
               "2026-12-10 (no quotes)")


@dataclass(frozen=True)
class Review:
    reviewed: _dt.date | None    # the day a human translator last reread the file; None: not yet
    said: bool                   # the file says it (reviewed = false, or a date)


def read_review(path: Path) -> Review:
    """The review mark of one translation file; DataError if the file or the mark is wrong."""
    data, text = load_toml(path)
    if "reviewed" not in data:
        return Review(None, False)
    value = data["reviewed"]
    if value is False:
        return Review(None, True)
    if isinstance(value, _dt.date) and not isinstance(value, _dt.datetime):
        return Review(value, True)
    line = next((n for n, raw in enumerate(text.splitlines(), 1) if raw.startswith("reviewed")), None)
    raise DataError([Problem(str(path), line, "reviewed", f"{REVIEW_FORM}, got {value!r}")])


@dataclass
class LanguageStatus:
    language: str
    guides: int = 0
    incomplete: list[str] = field(default_factory=list)     # guide ids with texts left in French
    texts_missing: int = 0
    reviewed: list[str] = field(default_factory=list)       # complete or not, reread by a translator
    unreviewed: list[str] = field(default_factory=list)     # files that exist, not reread (or unsaid)
    unsaid: list[str] = field(default_factory=list)         # files with no « reviewed = » line
    older: list[str] = field(default_factory=list)          # reread before the French was last reread
    problems: list[Problem] = field(default_factory=list)   # unreadable files, wrong marks
    home: str = "missing"                                   # content.xx.toml: "reviewed", "unreviewed", "missing"

    @property
    def complete(self) -> int:
        return self.guides - len(self.incomplete)


def language_status(library, language: str) -> LanguageStatus:
    """Completeness and review of every guide of the library (and of the home) in one language."""
    status = LanguageStatus(language, len(library.ids))
    for gid in library.ids:
        missing = library.missing(gid, language)
        if missing:
            status.incomplete.append(gid)
            status.texts_missing += len(missing)
        path = translation_file(library.file(gid), language)
        if not path.exists():
            continue
        try:
            review = read_review(path)
        except DataError as exc:
            status.problems.extend(exc.problems)
            status.unreviewed.append(gid)
            continue
        if review.reviewed is None:
            status.unreviewed.append(gid)
            if not review.said:
                status.unsaid.append(gid)
        else:
            status.reviewed.append(gid)
            if review.reviewed < library.guide(gid).reviewed:
                status.older.append(gid)
    home = translation_file(library.folder / "content.toml", language)
    if home.exists():
        try:
            status.home = "reviewed" if read_review(home).reviewed else "unreviewed"
        except DataError as exc:
            status.problems.extend(exc.problems)
            status.home = "unreviewed"
    return status
