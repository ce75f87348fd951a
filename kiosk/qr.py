"""QR codes that phones read back exactly, accents and Arabic included.

segno writes an ECI marker saying the bytes are UTF-8; without it (the ``qrcode`` package
writes none) decoders such as zbar read « Résumé » as « RÃ©sumÃ© » — see tests/test_qr.py.
segno is imported when first needed.
"""
from __future__ import annotations

import io


def qr_png(payload: str, scale: int = 8, border: int = 4, error: str = "m") -> bytes:
    """A PNG of the QR code of ``payload`` (UTF-8 with an ECI marker), black on white."""
    import segno
    buffer = io.BytesIO()
    segno.make(payload, encoding="utf-8", eci=True, error=error, micro=False).save(
        buffer, kind="png", scale=scale, border=border)
    return buffer.getvalue()
