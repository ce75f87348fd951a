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

__all__ = ["COMPLETED", "ENDED_EARLY", "STOPPED", "Summary", "build_summary", "qr_symbol",
           "render_all", "screen_qr_png"]
QR_MASK = 2


def qr_symbol(payload: str):
    """The segno QR of ``payload`` as ``kiosk.qr.qr_png`` makes it (UTF-8 with an ECI marker,
    level M), but with a fixed mask.

    segno picks the best of eight masks in pure Python: 30 ms for a 300-byte code, 250 ms for
    1 000 bytes on the kiosk's PCs, which made « PDF + QR codes in 100 ms » impossible. Any mask
    gives a valid code (ISO/IEC 18004 only ranks them); mask 2 is the one segno itself picks most
    often for summary texts. Tests read every code back with zbar, the printed one from the page
    rendered at 300 dpi.
    """
    import segno
    return segno.make(payload, encoding="utf-8", eci=True, error="m", micro=False, mask=QR_MASK)


def screen_qr_png(payload: str, scale: int = 1) -> bytes:
    """A PNG of the QR, one pixel a module (segno writes PNGs in pure Python: bigger ones cost
    up to 30 ms); the summary screen enlarges it without smoothing."""
    buffer = io.BytesIO()
    qr_symbol(payload).save(buffer, kind="png", scale=scale, border=4)
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
