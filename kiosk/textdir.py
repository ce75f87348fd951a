"""Which way a paragraph runs: the interface language's way, never its first letter's.

Qt lays a plain label out in the direction of its first strong letter: in Arabic, « CAF هي … »
or a tile « RSA » ran left to right (clauses out of order, the full stop at the wrong end, the
word far from its pictogram). A right-to-left mark (RLM) in front makes the paragraph right to
left whatever its first word. « FranceConnect+ » in a right-to-left paragraph shows as
« +FranceConnect » (the « + » takes the paragraph's direction): a left-to-right mark (LRM) after
the « + » keeps it with its word. Pure text, no Qt: the screens and the printed page share it.
"""
from __future__ import annotations

import re
import unicodedata

RLM, LRM = "\u200f", "\u200e"
RIGHT_TO_LEFT = frozenset({"ar"})          # the content languages written right to left
_LATIN_PLUS = re.compile(r"(?<=[A-Za-z0-9])\+(?![A-Za-z0-9])")


def paragraph(text: str, rtl: bool) -> str:
    """``text`` marked to run right to left when ``rtl`` (nothing changes when not)."""
    if not rtl or not text:
        return text
    text = _LATIN_PLUS.sub("+" + LRM, text)
    return text if text.startswith(RLM) else RLM + text


def unmarked(text: str) -> str:
    """``text`` without the marks ``paragraph`` added."""
    return text.removeprefix(RLM).replace("+" + LRM, "+")


def first_strong(text: str) -> str:
    """The direction Qt gives a plain paragraph: "R" (right to left), "L", or "" (no letter)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return ""
