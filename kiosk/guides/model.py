"""What a guide is: questions that branch, a checklist, steps, and ends. Plain data."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

STANDARD_ANSWERS = ("oui", "non", "nsp")


@dataclass(frozen=True)
class Source:
    url: str
    title: str
    verified: _dt.date


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
class Question(Screen):
    text: str
    help: str
    summary_label: str    # « Compte CAF » in the summary: « Compte CAF : non »
    answers: tuple[Answer, ...]
    source: Source | None = None


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
    verified: _dt.date
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
class Content:
    """The content pack's own facts: version, home tiles, professions at the pôle."""
    version: str
    date: _dt.date
    language: str
    tiles: tuple[Tile, ...]
    professions: tuple[Profession, ...]

    def profession(self, profession_id: str) -> Profession | None:
        return next((p for p in self.professions if p.id == profession_id), None)
