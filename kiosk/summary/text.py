"""The summary as plain text, for QR codes: a fuller one for the screen, a short one for paper.

A phone reads about 300 bytes reliably from a 3 cm QR on paper (tests/test_qr.py); on screen the
code can be much larger. Both texts put what matters most first: what happened, what to do
next, whom to see, the address and hours, then the missing papers, then the answers (then
suggestions, links and the steps done). Items are never cut: at the first item that does not
fit, the text stops and ends with « … suite sur la feuille imprimée ».
The visitor's note for the counsellor is never put in a QR: it is only printed.
"""
from __future__ import annotations

from kiosk.summary.builder import ENDED_EARLY, Summary

PAPER_BYTES = 300
SCREEN_BYTES = 1000          # version 25 at level M: 3.4 px a module in the 420 px code


def _size(text: str) -> int:
    return len(text.encode("utf-8"))


def _shorten(text: str, budget: int) -> str:
    """``text`` cut to ``budget`` UTF-8 bytes, ending in « … » if it had to be cut (titles only)."""
    if _size(text) <= budget:
        return text
    while text and _size(text) + _size("…") > budget:
        text = text[:-1]
    return text.rstrip(" ,;:") + "…" if text else ""


def compose(head: list[str], sections: list[tuple[str, list[str]]], more: str, budget: int) -> str:
    """``head`` lines, then each section's heading and items (« - item »), most important first.

    Stops at the first item that does not fit, and then ends with ``more``; a heading is only
    written with its first item.
    """
    reserve = _size("\n" + more)
    lines: list[str] = []
    used = -1                                       # no newline before the first line

    def fits(extra: list[str], keep: int) -> bool:
        return used + sum(_size(t) + 1 for t in extra) <= budget - keep

    for line in head:
        if not line:
            continue
        if not fits([line], reserve):
            line = _shorten(line, budget - reserve - used - 1)
            if not line:
                break
        lines.append(line)
        used += _size(line) + 1
    flat = [(heading if index == 0 else "", item if not heading else f"- {item}")
            for heading, items in sections for index, item in enumerate(items)]
    stopped = False
    for number, (heading, item) in enumerate(flat):
        block = ([""] if lines else []) + [f"{heading} :"] if heading else []
        block.append(item)
        if not fits(block, 0 if number == len(flat) - 1 else reserve):
            stopped = True
            break
        lines.extend(block)
        used += sum(_size(t) + 1 for t in block)
    if stopped:
        lines.append(more)
    return "\n".join(lines)


def _sections(summary: Summary) -> list[tuple[str, list[str]]]:
    s, w, site = summary, summary.words, summary.site
    place = [t for t in (site.name, site.address, site.hours,
                         f"{w.phone} : {site.phone}" if site.phone else "", site.transport) if t]
    return [(heading, items) for heading, items in (
        (w.next_steps, [s.reminder_line(r) for r in s.next_steps]),
        (w.who, [c.label for c in s.contacts]),
        (w.address, place),
        (w.missing, list(s.missing)),
        (w.answers, [f"{label} : {answer}" for label, answer in s.answers]),
        (w.sent, list(s.sent)),
        (w.suggestions, [f"{g.title} : {g.why}" for g in s.suggestions]),
        (w.links, [url for _, url in s.links]),
        (w.steps_done, list(s.steps_done)),
    ) if items]


def screen_text(summary: Summary, budget: int = SCREEN_BYTES) -> str:
    """The text behind the on-screen QR, in the visitor's language."""
    s = summary
    # A completed guide's own words repeat its next steps; an early end's say where to go.
    said = s.outcome_text if s.outcome == ENDED_EARLY else ""
    outcome = " ".join(t for t in (s.outcome_line + ".", said) if t)
    head = [s.title, outcome, f"{s.date_text} {s.time_text} · {s.post}"]
    return compose(head, _sections(s), s.words.more, budget)


def paper_text(summary: Summary, budget: int = PAPER_BYTES) -> str:
    """The text behind the QR printed on paper: short enough to be read from 3 cm."""
    s = summary
    return compose([s.title, s.outcome_line], _sections(s), s.words.more, budget)
