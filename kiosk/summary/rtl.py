"""Right-to-left text for reportlab, which draws glyphs in the order it is given them.

A paragraph is joined with ``arabic_reshaper`` (letters take their initial, medial or final
forms), wrapped into lines in logical order, and only then is each line put in visual order with
``python-bidi``: reordering first and wrapping after would put the end of a sentence on its
first line. Both libraries are imported when first needed.
"""
from __future__ import annotations

import unicodedata

ISOLATES = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))
MIRRORED = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "«": "»", "»": "«"}


def _has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def isolate(text: str) -> str:
    """``text`` as a first-strong isolate: a piece laid out in its own direction (a web address
    in an Arabic sentence keeps its slashes where they belong)."""
    return f"\u2068{text}\u2069" if text else ""


def _strong(ch: str) -> str:
    kind = unicodedata.bidirectional(ch)
    return "L" if kind == "L" else "R" if kind in ("R", "AL", "EN", "AN") else ""


def mirror(line: str) -> str:
    """Mirror the brackets and quotes that sit in right-to-left runs of a visual line.

    python-bidi ≥ 0.5 reorders but does not mirror (rule L4). In visual order a pair laid out
    right to left shows up reversed, « ) … ( », so such pairs are swapped; a lone one is swapped
    unless it stands between left-to-right letters.
    """
    chars, stack, swap, paired = list(line), [], set(), set()
    for i, ch in enumerate(chars):
        if ch in "([{":
            if stack and chars[stack[-1]] == MIRRORED[ch]:
                j = stack.pop()
                swap |= {i, j}
                paired |= {i, j}
            else:
                stack.append(i)
        elif ch in ")]}":
            if stack and chars[stack[-1]] == MIRRORED[ch]:
                paired |= {i, stack.pop()}
            else:
                stack.append(i)
    for i, ch in enumerate(chars):
        if ch in MIRRORED and i not in paired:
            before = next((_strong(c) for c in reversed(chars[:i]) if _strong(c)), "R")
            after = next((_strong(c) for c in chars[i + 1:] if _strong(c)), "R")
            if not (before == after == "L"):
                swap.add(i)
    return "".join(MIRRORED[ch] if i in swap else ch for i, ch in enumerate(chars))


def visual_lines(text: str, font: str, size: float, width: float, rtl: bool = False) -> list[str]:
    """``text`` wrapped to ``width`` points and put in the order the eye reads it, line by line.

    ``rtl``: the paragraph is right-to-left (the section's language), as soon as it holds
    right-to-left letters; a paragraph with none (a French address) stays left-to-right.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth
    bidi = _has_rtl(text)
    if bidi:
        import arabic_reshaper
        text = arabic_reshaper.reshape(text)

    def measure(piece: str) -> float:
        return stringWidth(piece.translate(ISOLATES), font, size)

    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if measure(candidate) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            while measure(word) > width:        # a long address: cut it
                cut = len(word)
                while cut > 1 and measure(word[:cut]) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        lines.append(current)
    if bidi:
        from bidi import get_display
        lines = [mirror(get_display(line, base_dir="R" if rtl else None)) for line in lines]
    return [line.translate(ISOLATES) for line in lines]
