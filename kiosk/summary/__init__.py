"""The take-away summary: built from the journey, shown on screen, printed, and put in QR codes.

``build_summary`` (builder.py) makes the plain-data ``Summary``; text.py gives the QR texts,
ical.py the calendar reminder, pdf.py the printed page. ``render_all`` makes all three outputs
at once (what the summary screen and the benchmark need).
"""
from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

from kiosk.summary.builder import COMPLETED, ENDED_EARLY, STOPPED, Summary, build_summary

__all__ = ["COMPLETED", "ENDED_EARLY", "STOPPED", "Summary", "build_summary", "render_all",
           "screen_qr_png"]
SCREEN_MASK = 2


def screen_qr_png(payload: str, scale: int = 4) -> bytes:
    """A PNG of the QR of ``payload`` for the screen: as ``kiosk.qr.qr_png`` (UTF-8, ECI marker,
    level M), but with a fixed mask.

    segno picks the best of eight masks in pure Python, 30 ms for a 300-byte code and 250 ms for
    1 000 bytes on the kiosk's PCs; any mask is a valid code (ISO/IEC 18004 only ranks them), and
    a big code on a bright screen does not need the best one. The printed QR, which must survive
    paper and a small size, still gets the best mask (pdf.py).
    """
    import segno
    buffer = io.BytesIO()
    segno.make(payload, encoding="utf-8", eci=True, error="m", micro=False,
               mask=SCREEN_MASK).save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()


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
