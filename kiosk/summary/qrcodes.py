"""The summary's QR codes: segno, UTF-8 with an ECI marker, a fixed mask."""
from __future__ import annotations

import io

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
