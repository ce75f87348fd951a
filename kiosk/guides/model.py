"""What a guide is: questions that branch, a checklist, steps, and ends. Plain data."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

STANDARD_ANSWERS = ("oui", "non", "nsp")


@dataclass(frozen=True)
class Source:
    """Where a statement comes from, and what was really done to check it.

    ``copy``: the date of the stored copy of the page an editor read (« 2024-12-05 », « 2023-11 »,
    « 2023 », or "" for an undated page). ``checked``: the day someone opened the page on the
    live official site and confirmed the statement, and ``checked_by`` their role (never a name:
    an id of ``[[checkers]]`` in content.toml). Until then, the source awaits a live check.
    """
    url: str
    title: str
    copy: str = ""
    checked: _dt.date | None = None
    checked_by: str = ""

    @property
    def live(self) -> bool:
        return self.checked is not None

    @property
    def copy_date(self) -> _dt.date | None:
        """The earliest day the copy can be from (1 January for a year), None if undated."""
        if not self.copy:
            return None
        parts = [int(p) for p in self.copy.split("-")] + [1, 1]
        return _dt.date(parts[0], parts[1], parts[2])

    @property
    def copy_text(self) -> str:
        """« 05/12/2024 », « 11/2023 », « 2023 », or "" (undated)."""
        return "/".join(reversed(self.copy.split("-"))) if self.copy else ""

    @property
    def as_of(self) -> _dt.date | None:
        """The day the statement is known true: the live check, else the copy's date."""
        return self.checked or self.copy_date


@dataclass(frozen=True)
class Answer:
    id: str
    label: str            # empty for oui / non / nsp: the interface says them
    next: str             # the screen this answer leads to
    detour: str = ""      # a prerequisite guide to do first, then come back to `next`


@dataclass(frozen=True)
class Screen:
    id: str
    fallback: bool = field(default=False, kw_only=True)   # text shown in French, not translated


@dataclass(frozen=True)
class Pick:
    """A value chosen by touch, no typing: a number of weeks, or a month among the next 12."""
    unit: str             # "weeks" or "month"
    minimum: int = 1
    maximum: int = 42


PICKED = "date"           # the answer id of a picked value (« Je ne sais pas » stays "nsp")


@dataclass(frozen=True)
class Question(Screen):
    text: str
    help: str
    summary_label: str    # « Compte CAF » in the summary: « Compte CAF : non »
    answers: tuple[Answer, ...]
    source: Source | None = None
    pick: Pick | None = None      # the answer "date" carries a picked value


@dataclass(frozen=True)
class Item:
    id: str
    label: str
    hint: str
    pictogram: str


@dataclass(frozen=True)
class Checklist(Screen):
    title: str
    text: str
    items: tuple[Item, ...]
    next: str


@dataclass(frozen=True)
class Step(Screen):
    title: str
    text: str
    screen: str           # what the visitor will see on the website
    watch_out: str        # the pitfall a mediator would warn about
    read_to_user: str     # mediator layer: « à lire à l'usager »
    advisor_does: str     # mediator layer: « à faire par le conseiller »
    url: str              # the official page this step happens on, if any
    url_patterns: tuple[str, ...]
    pictogram: str
    source: Source
    next: str
    tools: tuple[str, ...] = ()   # what the step offers beside the site: TOOLS


TOOLS = ("documents", "webmail")  # « Mes documents » and the scanner; « Ma messagerie »


@dataclass(frozen=True)
class End(Screen):
    title: str
    outcome: str
    completed: bool       # False: the guide ends early (not eligible, see a professional)


@dataclass(frozen=True)
class NextStep:
    id: str
    text: str
    every_months: int = 0     # a recurring reminder for the phone's calendar
    in_days: int = 0          # a one-off reminder, that many days after the visit
    ends: tuple[str, ...] = ()       # the ends it belongs to; "stopped": a visitor who stopped on the way
    answers: tuple[str, ...] = ()    # only if one of these was answered: "question=answer"
    on: str = ""              # a question with a pick: the reminder's date comes from its value
    at_week: int = 0          # weeks: due when the picked week count reaches this number

    def fits(self, end: str, answers: dict[str, str]) -> bool:
        """Does this next step belong to a visitor at ``end`` ("stopped" if none) with ``answers``
        (question id → answer id, in this guide)?"""
        if end not in self.ends or (self.on and answers.get(self.on) != PICKED):
            return False
        return not self.answers or any(answers.get(q) == a for q, a in
                                       (rule.split("=", 1) for rule in self.answers))


@dataclass(frozen=True)
class Link:
    id: str
    title: str
    url: str


@dataclass(frozen=True)
class Guide:
    id: str
    language: str
    title: str
    intro: str
    pictogram: str
    reviewed: _dt.date        # the day editors last reread the whole guide against its sources
    helpers: tuple[str, ...]
    screens: tuple[Screen, ...]
    next_steps: tuple[NextStep, ...] = ()
    links: tuple[Link, ...] = ()

    def screen(self, screen_id: str) -> Screen:
        for screen in self.screens:
            if screen.id == screen_id:
                return screen
        raise KeyError(f"{self.id}: no screen {screen_id!r}")

    @property
    def first(self) -> Screen:
        return self.screens[0]

    def following(self, screen_id: str) -> str:
        """The id of the screen written after this one, or "" after the last."""
        ids = [s.id for s in self.screens]
        index = ids.index(screen_id)
        return ids[index + 1] if index + 1 < len(ids) else ""


@dataclass(frozen=True)
class Tile:
    id: str
    title: str
    pictogram: str
    guides: tuple[str, ...]
    action: str = ""          # "help": the help call instead of guides


@dataclass(frozen=True)
class Profession:
    id: str
    label: str
    does: str


@dataclass(frozen=True)
class Checker:
    """A role that may check sources on the live official sites (never a person's name)."""
    id: str
    label: str


@dataclass(frozen=True)
class Suggestion:
    """« Vous pourriez aussi… »: another guide (or official page) that the answers point to.

    ``when``: conditions that must all hold, each « guide » (opened in this visit),
    « guide.question=answer|answer » (answered so), or « guide@end » (that end reached).
    """
    id: str
    why: str
    when: tuple[str, ...]
    guide: str = ""
    url: str = ""
    title: str = ""


@dataclass(frozen=True)
class SpokenLanguage:
    """A language offered by recorded voices only (Soninké, Bambara, Wolof, Kabyle…): its
    screens show the French text and play the recordings (guides/recordings/<id>/…)."""
    id: str
    name: str             # as its speakers write it, on the welcome screen


@dataclass(frozen=True)
class Content:
    """The content pack's own facts: version, home tiles, professions at the pôle."""
    version: str
    date: _dt.date
    language: str
    tiles: tuple[Tile, ...]
    professions: tuple[Profession, ...]
    checkers: tuple[Checker, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    spoken_only: tuple[SpokenLanguage, ...] = ()

    def checker(self, checker_id: str) -> Checker | None:
        return next((c for c in self.checkers if c.id == checker_id), None)

    def profession(self, profession_id: str) -> Profession | None:
        return next((p for p in self.professions if p.id == profession_id), None)
