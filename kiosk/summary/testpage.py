"""The printer test page a mediator prints from the panel: no visitor data, only the post's."""
from __future__ import annotations

import datetime as _dt
import os
import tempfile
from pathlib import Path

from kiosk.config import Config
from kiosk.summary.pdf import BOLD, FONT, MARGIN, MM, PAGE_H, PAGE_W, _draw_qr, _register_fonts


def render_test_page(config: Config, content_version: str) -> Path:
    """A one-page PDF in a new temporary file (the print service deletes it after the job)."""
    _register_fonts()
    from reportlab.pdfgen.canvas import Canvas
    handle, name = tempfile.mkstemp(prefix="pas-a-pas-test-", suffix=".pdf")
    os.close(handle)
    canvas = Canvas(name, pagesize=(PAGE_W, PAGE_H), initialFontName=FONT, lang="fr")
    canvas.setTitle("Pas à pas — page de test")
    y = PAGE_H - MARGIN - 10 * MM
    canvas.setFont(BOLD, 22)
    canvas.drawString(MARGIN, y, "Pas à pas — page de test")
    canvas.setFont(FONT, 13)
    lines = [config.site.name, config.kiosk.post,
             _dt.datetime.now().strftime("Imprimée le %d/%m/%Y à %H:%M"),
             f"Contenu {content_version}", "Si vous lisez ceci et le code ci-dessous, l'imprimante marche.",
             "Accents : é è à ç ô ü œ « »"]
    for line in lines:
        y -= 9 * MM
        canvas.drawString(MARGIN, y, line)
    _draw_qr(canvas, f"Pas à pas — {config.kiosk.post} — test", MARGIN, y - 50 * MM, 40 * MM)
    canvas.save()
    return Path(name)
