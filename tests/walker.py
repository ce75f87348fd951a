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


# --- listen mode: the same walk, in any language, hearing what each screen says -----------------

def in_order(said: str, texts: list[str]) -> list[str]:
    """The texts not found in ``said`` in that order (empty: all there, in order)."""
    missing, at = [], 0
    for text in texts:
        found = said.find(text, at)
        if found < 0:
            missing.append(text)
        else:
            at = found + len(text)
    return missing


def listen_walk(qtbot, kiosk, guide_id: str, heard: list[tuple[str, str]], max_screens: int = 200):
    """Drive the open guide to its end by the widgets (no words needed: any language), and at
    each screen check what the engine was asked to say since the screen appeared: one
    utterance, in the session's language, with the screen's visible title, text, answers and
    checklist items in reading order. Returns the number of screens heard."""
    from PySide6.QtCore import Qt
    w, desk = kiosk.window, kiosk.desk
    language = desk.session.language
    plans: dict[str, dict[str, str]] = {}
    screens = 0
    for _ in range(max_screens):
        journey = desk.journey
        screen, guide = journey.screen, journey.guide
        where = f"{language}/{guide.id}/{screen.id}"
        assert len(heard) == 1, f"{where}: {len(heard)} utterances on arrival: {heard}"
        said, said_in = heard[0]
        assert said_in == (language if not screen.fallback else "fr"), f"{where}: said in {said_in}"
        page = w.pages.currentWidget()
        if page is w.summary:      # the outcome, and « à faire ensuite »
            expected = [w.summary.title.text()] + [r.text for r in w.takeaway._summary().next_steps]
        elif isinstance(screen, Question):
            expected = [w.question.text.text()] + ([w.question.help.text()] if w.question.help.isVisible() else [])
            expected += [b.text_content() for b in w.question.buttons]
            pictures = [w.question.picture(b.property("answer_id")) for b in w.question.buttons]
            assert not in_order(said, pictures), f"{where}: pictograms not described: {pictures}"
        elif isinstance(screen, Checklist):
            expected = [w.checklist.title.text(), w.checklist.text.text()]
            expected += [b.text_content() for b in w.checklist.buttons]
        elif isinstance(screen, Step):
            expected = [w.step.progress.text(), w.step.title.text(), w.step.text.text()]
            expected += [t.text() for t in (w.step.screen_text, w.step.watch_out) if t.isVisible()]
        else:
            expected = [w.end.title.text(), w.end.outcome.text()]
        assert not in_order(said, [t for t in expected if t]), \
            f"{where}: not said, or not in reading order: {in_order(said, expected)}\nsaid: {said}"
        screens += 1
        heard.clear()
        if page is w.summary:
            return screens
        if isinstance(screen, End):
            if not journey.in_detour:
                qtbot.mouseClick(w.summary_button, Qt.MouseButton.LeftButton)   # the summary says its own
                continue
            qtbot.mouseClick(w.end.resume_button, Qt.MouseButton.LeftButton)
        elif isinstance(screen, Question):
            answer_id = plans.setdefault(guide.id, plan(guide)).get(screen.id) or screen.answers[0].id
            if screen.pick is not None and answer_id == "date":
                month = w.question.picker._month_buttons[:1]
                for b in month:
                    qtbot.mouseClick(b, Qt.MouseButton.LeftButton)
                heard.clear()
            b = next(b for b in w.question.buttons if b.property("answer_id") == answer_id)
            qtbot.mouseClick(b, Qt.MouseButton.LeftButton)
        else:
            qtbot.mouseClick(w.next, Qt.MouseButton.LeftButton)
    raise AssertionError(f"{guide_id}: no end after {max_screens} screens")
