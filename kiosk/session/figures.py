"""What happens at the kiosk, turned into anonymous counts (kiosk.services.stats).

Only ids from the content, the language and events are passed on: never a text, never a time
(the stats keep the hour), never anything that would tie two events to one visitor.
"""
from __future__ import annotations

from dataclasses import dataclass

from kiosk.guides.model import End, Step
from kiosk.session.session import Desk


@dataclass
class _Seen:
    guide: str          # the guide the visitor opened (not a detour)
    place: tuple[str, str]
    step: str           # the last screen of that guide reached, for « abandoned at »
    finished: bool


class FiguresRecorder:
    def __init__(self, desk: Desk, stats):
        self.desk, self.stats = desk, stats
        self._seen: _Seen | None = None
        desk.started.connect(self._started)
        desk.changed.connect(self._changed)
        desk.wiped.connect(self._wiped)

    def record(self, event: str, **fields) -> None:
        self.stats.record(event, **fields)

    def _started(self) -> None:
        self.record("session_started", language=self.desk.session.language)

    def _changed(self) -> None:
        journey = self.desk.journey
        if journey is None:
            self._leave()
            return
        if self._seen is None or self._seen.guide != journey.guide_id:
            self._leave()
            self._seen = _Seen(journey.guide_id, ("", ""), "", False)
            self.record("guide_started", guide=journey.guide_id)
        seen, place = self._seen, (journey.place.guide, journey.place.screen)
        if place == seen.place:
            return
        seen.place = place
        screen = journey.screen
        if place[0] == seen.guide:
            seen.step = screen.id
        if isinstance(screen, Step):
            self.record("step_reached", guide=place[0], step=screen.id)
        if journey.finished and isinstance(screen, End) and screen.completed and not seen.finished:
            seen.finished = True
            self.record("guide_completed", guide=seen.guide)

    def _leave(self) -> None:
        """The visitor leaves a guide: abandoned, unless it was completed."""
        seen, self._seen = self._seen, None
        if seen is not None and not seen.finished:
            self.record("guide_abandoned", guide=seen.guide, step=seen.step)

    def _wiped(self, reason: str) -> None:
        self._leave()
        if reason == "idle":
            self.record("idle_wipe")
