"""Right-to-left text for reportlab, which draws glyphs in the order it is given them.

A paragraph is joined with ``arabic_reshaper`` (letters take their initial, medial or final
forms), wrapped into lines in logical order, and only then is each line put in visual order with
``python-bidi``: reordering first and wrapping after would put the end of a sentence on its
first line. Both libraries are imported when first needed.
"""
from __future__ import annotations

import logging
import re
import unicodedata

log = logging.getLogger(__name__)

ISOLATES = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u200e\u200f"))    # and LRM, RLM
ISOLATE_SET = frozenset("\u2066\u2067\u2068\u2069\u200e\u200f")
MIRRORED = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "«": "»", "»": "«"}


def _has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def isolate(text: str) -> str:
    """``text`` as a first-strong isolate: a piece laid out in its own direction (a web address
    in an Arabic sentence keeps its slashes where they belong)."""
    return f"\u2068{text}\u2069" if text else ""


def mirror(text: str, base_dir: str | None) -> str:
    """``text`` with the brackets and guillemets that the paragraph lays out right to left
    replaced by their mirror images (Unicode bidi rule L4), still in logical order.

    python-bidi ≥ 0.5 reorders but does not mirror. Its debug answer gives the resolved level
    of each UTF-8 byte; an odd level is right to left. Mirroring in logical order over the whole
    paragraph, before it is wrapped, keeps pairs that end on the next line right.
    """
    if not any(ch in MIRRORED for ch in text):
        return text
    from bidi import get_display
    info = str(get_display(text, base_dir=base_dir, debug=True)).split("paragraphs:")[0]
    levels = [int(level) for level in re.findall(r"Level\(\s*(\d+),?\s*\)", info)]
    if len(levels) != len(text.encode("utf-8")):
        log.warning("python-bidi gave no levels: brackets left unmirrored")
        return text
    out, offset = [], 0
    for ch in text:
        out.append(MIRRORED[ch] if ch in MIRRORED and levels[offset] % 2 else ch)
        offset += len(ch.encode("utf-8"))
    return "".join(out)


def visual_lines(text: str, font: str, size: float, width: float, rtl: bool = False) -> list[str]:
    """``text`` wrapped to ``width`` points and put in the order the eye reads it, line by line.

    ``rtl``: the paragraph is right-to-left (the section's language), as soon as it holds
    right-to-left letters; a paragraph with none (a French address) stays left-to-right.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth
    bidi = _has_rtl(text)
    base_dir = "R" if rtl else None
    if bidi and rtl:
        from kiosk.textdir import RLM, paragraph
        text = paragraph(text, True).removeprefix(RLM)      # « FranceConnect+ » keeps its « + »
    if bidi:
        import arabic_reshaper
        text = mirror(arabic_reshaper.reshape(text), base_dir)

    def measure(piece: str) -> float:
        if any(ch in ISOLATE_SET for ch in piece):
            piece = piece.translate(ISOLATES)
        return stringWidth(piece, font, size)

    space = measure(" ")
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current, used = "", 0.0
        for word in paragraph.split():
            wide = measure(word)
            if current and used + space + wide <= width:
                current, used = f"{current} {word}", used + space + wide
                continue
            if current:
                lines.append(current)
            while wide > width:                  # a long address: cut it where it overflows
                cut, used = 0, 0.0
                for ch in word:
                    used += measure(ch)
                    if used > width and cut:
                        break
                    cut += 1
                lines.append(word[:cut])
                word = word[cut:]
                wide = measure(word)
            current, used = word, wide
        lines.append(current)
    if bidi:
        from bidi import get_display
        lines = [get_display(line, base_dir=base_dir) for line in lines]
    return [line.translate(ISOLATES) for line in lines]     # an isolate may span two lines
