"""A visitor's way through a guide: answers, ticks, steps, detours and back. No widgets.

The journey works on guide ids and screen ids, and asks a ``guides(id)`` callable for the
Guide in the visitor's language, so switching language keeps the visitor where they are.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from kiosk.guides.model import Checklist, End, Guide, Question, Screen, Step


@dataclass(frozen=True)
class Place:
    guide: str
    screen: str
    # Detours under way: (guide id, screen to come back to), outermost first.
    detours: tuple[tuple[str, str], ...] = ()


@dataclass
class Progress:
    number: int
    total: int


@dataclass
class Journey:
    guides: Callable[[str], Guide]
    guide_id: str
    place: Place = field(init=False)
    history: list[Place] = field(default_factory=list)
    answers: dict[tuple[str, str], str] = field(default_factory=dict)      # (guide, question) → answer
    ticked: dict[tuple[str, str], set[str]] = field(default_factory=dict)   # (guide, checklist) → items
    steps_done: dict[str, list[str]] = field(default_factory=dict)         # guide → step ids, in order
    picked: dict[tuple[str, str], int | str] = field(default_factory=dict)  # (guide, question) → weeks or "2027-03"

    def __post_init__(self) -> None:
        self.place = Place(self.guide_id, self.guides(self.guide_id).first.id)

    # --- where the visitor is ----------------------------------------------------------------
    @property
    def guide(self) -> Guide:
        return self.guides(self.place.guide)

    @property
    def screen(self) -> Screen:
        return self.guide.screen(self.place.screen)

    @property
    def in_detour(self) -> bool:
        return bool(self.place.detours)

    @property
    def detour_from(self) -> Guide | None:
        """The guide the visitor will come back to after this detour."""
        return self.guides(self.place.detours[-1][0]) if self.place.detours else None

    @property
    def can_go_back(self) -> bool:
        return bool(self.history)

    @property
    def finished(self) -> bool:
        """At an end of the main guide (not of a detour)."""
        return isinstance(self.screen, End) and not self.in_detour

    def progress(self) -> Progress | None:
        """« Étape n sur N » for a step: steps already done in this guide, plus those ahead."""
        if not isinstance(self.screen, Step):
            return None
        visited = sum(1 for p in self.history
                      if p.guide == self.place.guide and p.detours == self.place.detours
                      and isinstance(self.guide.screen(p.screen), Step))
        before = max(visited, self._steps_leading_here())
        ahead, screen_id, seen = 0, self.screen.next, set()
        while screen_id and screen_id not in seen:
            seen.add(screen_id)
            screen = self.guide.screen(screen_id)
            if not isinstance(screen, Step):
                break
            ahead += 1
            screen_id = screen.next
        return Progress(before + 1, before + 1 + ahead)

    def _steps_leading_here(self) -> int:
        """Steps written before this one in an unbroken chain (counts a step skipped by a jump)."""
        leading = {s.next: s.id for s in self.guide.screens if isinstance(s, Step)}
        count, screen_id, seen = 0, self.place.screen, set()
        while screen_id in leading and screen_id not in seen:
            seen.add(screen_id)
            screen_id = leading[screen_id]
            count += 1
        return count

    # --- moving --------------------------------------------------------------------------------
    def _go(self, place: Place) -> None:
        self.history.append(self.place)
        if isinstance(self.screen, Step):
            done = self.steps_done.setdefault(self.place.guide, [])
            if self.place.screen not in done:
                done.append(self.place.screen)
        self.place = place

    def answer(self, answer_id: str, value: int | str | None = None) -> None:
        """Answer the question; a picked value (weeks, or a month "2027-03") comes with "date"."""
        question = self.screen
        if not isinstance(question, Question):
            raise ValueError("not on a question")
        answer = next(a for a in question.answers if a.id == answer_id)
        self.answers[(self.place.guide, question.id)] = answer_id
        if value is not None:
            self.picked[(self.place.guide, question.id)] = value
        else:
            self.picked.pop((self.place.guide, question.id), None)
        if answer.detour:
            detours = self.place.detours + ((self.place.guide, answer.next),)
            self._go(Place(answer.detour, self.guides(answer.detour).first.id, detours))
        else:
            self._go(Place(self.place.guide, answer.next, self.place.detours))

    def tick(self, item_id: str, checked: bool) -> None:
        if not isinstance(self.screen, Checklist):
            raise ValueError("not on a checklist")
        items = self.ticked.setdefault((self.place.guide, self.screen.id), set())
        if checked:
            items.add(item_id)
        else:
            items.discard(item_id)

    def is_ticked(self, item_id: str) -> bool:
        return item_id in self.ticked.get((self.place.guide, self.place.screen), set())

    def next(self) -> None:
        """Go on from a checklist or a step; at the end of a detour, come back."""
        screen = self.screen
        if isinstance(screen, (Checklist, Step)):
            self._go(Place(self.place.guide, screen.next, self.place.detours))
        elif isinstance(screen, End) and self.in_detour:
            guide_id, screen_id = self.place.detours[-1]
            self._go(Place(guide_id, screen_id, self.place.detours[:-1]))
        else:
            raise ValueError("nothing comes next here")

    def jump(self, screen_id: str) -> None:
        """The official site shows the page of another step of this guide: go there."""
        if screen_id != self.place.screen:
            self._go(Place(self.place.guide, screen_id, self.place.detours))

    def back(self) -> None:
        if self.history:
            self.place = self.history.pop()

    def restart(self) -> None:
        """Start this guide again from the first screen, forgetting its answers and ticks."""
        self.history.clear()
        self.answers.clear()
        self.picked.clear()
        self.ticked.clear()
        self.steps_done.clear()
        self.place = Place(self.guide_id, self.guides(self.guide_id).first.id)
