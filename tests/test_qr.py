"""QR codes read back exactly by a real decoder (zbarimg), accents and Arabic included.

Also shows why the kiosk uses segno: the ``qrcode`` package writes no ECI marker, and zbar then
guesses the encoding of the bytes: « Résumé » comes back as « R矇sum矇 » (read as Big5).
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk.qr import qr_png
from kiosk.summary import build_summary, render_all, screen_qr_png
from kiosk.summary.ical import ical_event
from kiosk.summary.text import paper_text, screen_text
from test_summary import NOW, arabic_content, completed

from kiosk.guides.library import Library
from conftest import TEST_CONTENT

pytestmark = pytest.mark.skipif(not shutil.which("zbarimg"), reason="zbarimg (zbar-tools) missing")

FRENCH = "Résumé : déclaration trimestrielle à la CAF, où ? Pôle social « Les Courtilles » — 8 h 30"
ARABIC = "ملخص: التصريح الفصلي لدى CAF كل 3 أشهر، القطب الاجتماعي"


def decode(png: bytes, folder: Path) -> str:
    """Read a QR image as a phone would; one-pixel modules are enlarged first, as on screen."""
    from PIL import Image
    path = folder / "qr.png"
    path.write_bytes(png)
    with Image.open(path) as image:
        if image.width < 200:
            image.resize((image.width * 4, image.height * 4), Image.Resampling.NEAREST).save(path)
    return decode_file(path)


def decode_file(path: Path) -> str:
    done = subprocess.run(["zbarimg", "--raw", "-q", str(path)], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.decode("utf-8").removesuffix("\n")


@pytest.mark.parametrize("payload", [FRENCH, ARABIC, FRENCH + "\n" + ARABIC])
def test_segno_codes_come_back_exactly(payload, tmp_path):
    assert decode(qr_png(payload), tmp_path) == payload
    assert decode(screen_qr_png(payload), tmp_path) == payload


def test_qrcode_package_is_misread_by_zbar(tmp_path):
    """The reason for segno: without an ECI marker zbar guesses another encoding."""
    qrcode = pytest.importorskip("qrcode")
    path = tmp_path / "qrcode.png"
    payload = "Résumé de votre démarche"
    qrcode.make(payload).save(str(path))        # Pillow's image factory (reportlab needs Pillow)
    read = decode_file(path)
    assert read != payload                      # zbar 0.23 reads « R矇sum矇 de votre d矇marche »
    assert decode(qr_png(payload), tmp_path) == payload


@pytest.fixture
def summaries(config, tmp_path):
    french = Library(TEST_CONTENT)
    arabic = Library(arabic_content(tmp_path))
    return [build_summary(completed(french), french, config, "fr", NOW),
            build_summary(completed(arabic, "ar"), arabic, config, "ar", NOW)]


def test_summary_codes_come_back_exactly(summaries, tmp_path):
    for summary in summaries:
        pdf, screen, calendar = render_all(summary, tmp_path)
        assert decode(screen, tmp_path) == screen_text(summary)
        assert decode(calendar, tmp_path) == ical_event(summary)


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="pdftoppm (poppler-utils) missing")
def test_printed_codes_come_back_from_the_page(summaries, tmp_path):
    """The 3 cm code on paper, read from the page rendered at a printer's resolution."""
    arabic = summaries[1]
    pdf, _, _ = render_all(arabic, tmp_path)
    for page, expected in ((1, paper_text(arabic.french)), (2, paper_text(arabic))):
        subprocess.run(["pdftoppm", "-png", "-r", "300", "-f", str(page), "-l", str(page),
                        "-singlefile", str(pdf), str(tmp_path / f"page{page}")], check=True)
        assert decode_file(tmp_path / f"page{page}.png") == expected
