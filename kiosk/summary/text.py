"""The summary as plain text, for QR codes: a fuller one for the screen, a short one for paper.

A phone reads about 300 bytes reliably from a 3 cm QR on paper (see PLATFORM.md); on screen the
code can be much larger. Both texts keep the most useful lines first (what happened, what is
missing, what to do, where to go) and leave out, or shorten with « … », what does not fit.
The visitor's note for the counsellor is never put in a QR: it is only printed.
"""
from __future__ import annotations

from kiosk.summary.builder import Summary

PAPER_BYTES = 300
SCREEN_BYTES = 700


def _size(text: str) -> int:
    return len(text.encode("utf-8"))


def _shorten(text: str, budget: int) -> str:
    """``text`` cut to ``budget`` UTF-8 bytes, ending in « … » if it had to be cut."""
    if _size(text) <= budget:
        return text
    while text and _size(text) + _size("…") > budget:
        text = text[:-1]
    return text.rstrip(" ,;:") + "…" if text else ""


def _fit(blocks: list[tuple[int, str]], budget: int) -> str:
    """Blocks in reading order, each with a priority (0 first); the best that fit in ``budget``."""
    chosen: dict[int, str] = {}
    used = 0
    for index in sorted(range(len(blocks)), key=lambda i: (blocks[i][0], i)):
        text = blocks[index][1]
        if not text:
            continue
        cost = _size(text) + 1                     # the newline that joins it
        if used + cost <= budget:
            chosen[index] = text
            used += cost
        elif budget - used > 24:                   # room for a useful piece of it
            chosen[index] = _shorten(text, budget - used - 1)
            used += _size(chosen[index]) + 1
    return "\n".join(chosen[i] for i in sorted(chosen))


def _list(heading: str, items: list[str]) -> str:
    return f"{heading} :\n" + "\n".join(f"- {item}" for item in items) if items else ""


def screen_text(summary: Summary, budget: int = SCREEN_BYTES) -> str:
    """The text behind the on-screen QR, in the visitor's language."""
    s, w = summary, summary.words
    outcome = " ".join(t for t in (s.outcome_line + ".", s.outcome_text) if t)
    site = s.site
    place = "\n".join(t for t in (site.name, site.address, site.transport, site.hours,
                                  f"{w.phone} : {site.phone}" if site.phone else "") if t)
    blocks = [
        (0, s.title),
        (0, outcome),
        (1, f"{s.date_text} {s.time_text} · {s.post}"),
        (2, _list(w.missing, list(s.missing))),
        (3, _list(w.next_steps, [s.reminder_line(r) for r in s.next_steps])),
        (4, _list(w.who, [c.label for c in s.contacts])),
        (5, place),
        (6, _list(w.links, [url for _, url in s.links])),
        (7, _list(w.answers, [f"{label} : {answer}" for label, answer in s.answers])),
        (8, _list(w.steps_done, list(s.steps_done))),
    ]
    return _fit([(p, "\n" + t if i > 2 and t else t) for i, (p, t) in enumerate(blocks)], budget)


def paper_text(summary: Summary, budget: int = PAPER_BYTES) -> str:
    """The text behind the QR printed on paper: short enough to be read from 3 cm."""
    s, w = summary, summary.words
    site = s.site
    blocks = [
        (0, s.title),
        (0, s.outcome_line),
        (1, f"{s.date_text} · {s.post}"),
        (2, f"{w.missing} : {', '.join(s.missing)}" if s.missing else ""),
        (3, s.reminder_line(s.next_steps[0]) if s.next_steps else ""),
        (4, site.phone and f"{w.phone} : {site.phone}"),
        (5, site.address),
        (6, site.hours),
    ]
    return _fit(blocks, budget)
