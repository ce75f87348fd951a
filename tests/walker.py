"""Walks a real guide through the interface, as a visitor would, to a completed end."""
from __future__ import annotations

from collections import deque

from PySide6.QtWidgets import QAbstractButton, QWidget

from driver import click, visible_buttons, visible_texts
from kiosk.guides.model import Checklist, End, Guide, Question, Step
from kiosk.summary.sources import verification


def plan(guide: Guide) -> dict[str, str]:
    """For each question on a shortest way to a completed end: the answer to give."""
    start = guide.first.id
    parents: dict[str, tuple[str, str] | None] = {start: None}
    queue = deque([start])
    goal = None
    while queue:
        sid = queue.popleft()
        screen = guide.screen(sid)
        if isinstance(screen, End):
            if screen.completed:
                goal = sid
                break
            continue
        moves = [(a.id, a.next) for a in screen.answers] if isinstance(screen, Question) \
            else [("", screen.next)]
        for answer, nxt in moves:
            if nxt and nxt not in parents:
                parents[nxt] = (sid, answer)
                queue.append(nxt)
    assert goal, f"{guide.id}: no way to a completed end"
    answers, sid = {}, goal
    while parents[sid] is not None:
        sid, answer = parents[sid]
        if answer:
            answers[sid] = answer
    return answers


def unnamed_controls(root: QWidget) -> list[str]:
    return [b.objectName() or type(b).__name__ for b in visible_buttons(root)
            if isinstance(b, QAbstractButton) and not (b.accessibleName() or b.text()).strip()]


def walk(qtbot, kiosk, guide_id: str, question_label, max_screens: int = 200) -> list[str]:
    """Drive the open guide to its end; returns the titles of the steps seen."""
    w, desk = kiosk.window, kiosk.desk
    plans: dict[str, dict[str, str]] = {}
    seen = []
    for _ in range(max_screens):
        journey = desk.journey
        screen, guide = journey.screen, journey.guide
        assert unnamed_controls(w) == [], f"{guide.id}/{screen.id}: controls without a name"
        if isinstance(screen, End):
            if journey.in_detour:
                click(qtbot, w, f"Reprendre « {journey.detour_from.title} »")
                continue
            assert screen.completed, f"{guide_id}: ended early at {screen.id}"
            return seen
        if isinstance(screen, Question):
            answer_id = plans.setdefault(guide.id, plan(guide)).get(screen.id) or screen.answers[0].id
            answer = next(a for a in screen.answers if a.id == answer_id)
            if screen.pick is not None and screen.pick.unit == "month" and answer.id == "date":
                first = w.question.picker._month_buttons[0]
                assert first.accessibleName().startswith("Choisir le mois : ")
                click(qtbot, w.question.picker, first.text())
            click(qtbot, w, answer.label or question_label(answer.id))
        elif isinstance(screen, Checklist):
            for item in screen.items:
                click(qtbot, w, item.label)
            click(qtbot, w, "Suivant")
        elif isinstance(screen, Step):
            progress = journey.progress()
            texts = visible_texts(w)
            assert f"Étape {progress.number} sur {progress.total}" in texts
            assert screen.title in texts
            said = verification(screen.source, "fr")
            assert any(t.startswith("Source : ") and t.endswith(said) for t in texts), texts
            assert said.startswith(("relu sur une copie", "vérifié sur le site officiel le "))
            assert w.step.title.accessibleName().startswith(f"Étape {progress.number} sur")
            seen.append(screen.title)
            click(qtbot, w, "Suivant")
    raise AssertionError(f"{guide_id}: no end after {max_screens} screens")
