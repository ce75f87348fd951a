"""The take-away summary: built from the journey, shown on screen, printed, and put in QR codes.

``build_summary`` (builder.py) makes the plain-data ``Summary``; text.py gives the QR texts,
ical.py the calendar reminder, pdf.py the printed page. qrcodes.py the codes. ``render_all`` makes
all three outputs at once (what the self-check and the benchmark measure).
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kiosk.summary.builder import COMPLETED, ENDED_EARLY, STOPPED, Summary, build_summary
from kiosk.summary.qrcodes import qr_symbol, screen_qr_png

__all__ = ["COMPLETED", "ENDED_EARLY", "STOPPED", "Summary", "build_summary", "qr_symbol",
           "render_all", "screen_qr_png"]


def render_all(summary: Summary, folder: str | os.PathLike) -> tuple[Path, bytes, bytes | None]:
    """The PDF (a new file in ``folder``, for printing then deleting), the on-screen QR as PNG,
    and the calendar QR as PNG (None when the guide has no date to remember)."""
    from kiosk.summary.ical import ical_event
    from kiosk.summary.pdf import render_pdf
    from kiosk.summary.text import screen_text
    handle, name = tempfile.mkstemp(prefix="pas-a-pas-", suffix=".pdf", dir=folder)
    os.close(handle)
    pdf_path = render_pdf(summary, Path(name))
    event = ical_event(summary)
    return pdf_path, screen_qr_png(screen_text(summary)), screen_qr_png(event) if event else None
