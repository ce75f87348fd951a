"""Right to left: in Arabic every paragraph runs the interface's way, never its first letter's.

Each test here failed before kiosk/textdir.py: 32 Arabic guide texts that begin with a Latin
word (« CAF هي … », « RSA هو … ») were laid out left to right, the tile « RSA » sat on the far
side of its tile from the pictogram, and « FranceConnect+ » showed as « +FranceConnect ».
"""
from __future__ import annotations

import re
from itertools import chain

from bidi import get_display
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel

from driver import start
from kiosk.summary.rtl import visual_lines
from kiosk.textdir import first_strong
from test_accessibility import every_screen


def shown_texts(window) -> list[tuple[QLabel, str]]:
    """Each visible label and the text Qt lays out (marks included, as Qt sees it)."""
    return [(lab, QLabel.text(lab)) for lab in window.findChildren(QLabel)
            if lab.isVisible() and QLabel.text(lab) and lab.textFormat() != Qt.TextFormat.RichText]


def in_arabic(qtbot, kiosk):
    start(qtbot, kiosk)
    kiosk.window._change_language("ar")


def test_every_arabic_paragraph_on_every_screen_runs_right_to_left(qtbot, real_kiosk):
    in_arabic(qtbot, real_kiosk)
    wrong, latin_first, plus = [], 0, 0
    for guide_id, screen_id in chain([("home", "")], every_screen(real_kiosk)):    # one by one
        for lab, text in shown_texts(real_kiosk.window):
            plain = lab.text()
            latin_first += first_strong(plain) == "L" and re.search(r"[\u0600-\u06ff]", plain) is not None
            if first_strong(text) == "L" and re.search(r"[\u0600-\u06ff]", text):
                wrong.append(f"{guide_id}/{screen_id}: {plain[:50]!r}")
            if "FranceConnect+" in plain:
                plus += 1
                assert "FranceConnect+" in get_display(text, base_dir="R"), \
                    f"{guide_id}/{screen_id}: « +FranceConnect » in {plain[:60]!r}"
    assert wrong == [], "\n".join(wrong)
    assert latin_first >= 10 and plus >= 1          # the cases were there, and were checked


def ink_columns(widget) -> list[int]:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    background = QColor(image.pixel(1, 1))
    return [x for x in range(image.width()) for y in range(0, image.height(), 2)
            if abs(QColor(image.pixel(x, y)).lightness() - background.lightness()) > 80]


def test_a_tile_titled_in_latin_letters_stays_beside_its_pictogram_in_arabic(qtbot, real_kiosk):
    in_arabic(qtbot, real_kiosk)
    QApplication.processEvents()
    tile = next(b for _, b in real_kiosk.window.home.tiles if b.text_content() == "RSA")
    text = tile.text_label
    assert tile.icon_label.mapTo(tile, tile.icon_label.rect().center()).x() > tile.width() // 2
    ink = ink_columns(text)
    assert ink and min(ink) > text.width() * 0.7, \
        f"« RSA » drawn from x={min(ink)} in a label {text.width()} wide: far from the pictogram"


def test_the_printed_arabic_page_keeps_latin_words_and_their_plus_in_place():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from kiosk import paths
    pdfmetrics.registerFont(TTFont("DejaVuSans-rtl-test", str(paths.assets() / "fonts" / "DejaVuSans.ttf")))
    [line] = visual_lines("استخدموا FranceConnect+ للدخول.", "DejaVuSans-rtl-test", 10, 500, rtl=True)
    assert "FranceConnect+" in line and "\u200e" not in line
    [line] = visual_lines("CAF هي صندوق الإعانات العائلية.", "DejaVuSans-rtl-test", 10, 500, rtl=True)
    assert line.endswith("CAF") and line.startswith(".")     # right to left: CAF first, on the right


def test_an_arabic_source_line_keeps_the_french_page_title_whole():
    """« Comment créer votre espace particulier ? » showed as « … particulier » then « ? » at the
    far end of the Arabic line: the title is now an isolate, laid out on its own."""
    from kiosk.guides.model import Source
    from kiosk.summary.sources import source_line
    title = "impots.gouv.fr, « Comment créer votre espace particulier ? »"
    line = source_line(Source("https://www.impots.gouv.fr/", title, "2026-01-20"), "ar")
    assert title in get_display("\u200f" + line, base_dir="R")
    assert source_line(Source("https://www.impots.gouv.fr/", title, "2026-01-20"), "fr") == \
        f"Source : {title} — relu sur une copie de la page du 20/01/2026"
