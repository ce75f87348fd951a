"""What awaits a check on the live official sites, oldest first.

Every source says what was really done: read on a stored copy of the page (``copy``), or checked
on the live official site on a given day by a role (``checked``, ``checked_by``). A page that was
never checked live, or checked more than 12 months ago, awaits a check. Pages are grouped by
address, so that one visit to the live page settles every statement taken from it.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from kiosk.guides.model import Guide, Source

STALE_DAYS = 365


@dataclass(frozen=True)
class Pending:
    url: str
    title: str                # the title of its first use
    as_of: _dt.date | None    # the oldest copy (or live check) among its uses; None: undated copy
    when: str                 # "copy of 05/12/2024", "undated copy", "checked live 01/12/2025 (role)"
    live: bool                # its oldest use was checked live (more than 12 months ago)
    uses: tuple[str, ...]     # « caf-compte/code », where the statements are
    stale: bool               # older than 12 months, or undated

    def line(self) -> str:
        flag = "OVER 12 MONTHS " if self.stale else ""
        return f"{flag}{self.when}: {self.url} ({len(self.uses)} use(s): {', '.join(self.uses)})"


def sources(guide: Guide) -> list[tuple[str, Source]]:
    """(screen id, source) of every screen that has one, in the guide's order."""
    return [(s.id, s.source) for s in guide.screens if getattr(s, "source", None) is not None]


def _when(source: Source) -> str:
    if source.live:
        return f"checked live {source.checked:%d/%m/%Y} ({source.checked_by})"
    return f"copy of {source.copy_text}" if source.copy else "undated copy"


def awaiting(guides: list[Guide], today: _dt.date) -> list[Pending]:
    """Pages whose statements await a check on the live site, oldest first (undated first)."""
    found: dict[str, list[tuple[str, Source]]] = {}
    for guide in guides:
        for screen_id, source in sources(guide):
            if source.live and (today - source.checked).days <= STALE_DAYS:
                continue
            found.setdefault(source.url, []).append((f"{guide.id}/{screen_id}", source))
    pending = []
    for url, uses in found.items():
        oldest = min((s for _, s in uses), key=lambda s: s.as_of or _dt.date.min)
        as_of = oldest.as_of
        pending.append(Pending(url, uses[0][1].title, as_of, _when(oldest), oldest.live,
                               tuple(where for where, _ in uses),
                               as_of is None or (today - as_of).days > STALE_DAYS))
    return sorted(pending, key=lambda p: (p.as_of or _dt.date.min, p.url))
