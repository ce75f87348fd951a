"""The printed summary: sections in French, the Arabic copy laid out and joined, fonts embedded."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from conftest import TEST_CONTENT
from kiosk import paths
from kiosk.guides.library import Library
from kiosk.summary import build_summary, render_all
from kiosk.summary.pdf import render_pdf
from kiosk.summary.rtl import mirror, visual_lines
from test_summary import NOTE, NOW, arabic_content, completed, walk

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdffonts"),
                                reason="poppler-utils missing")
FRENCH_SECTIONS = ["Résumé de votre démarche", "Guide de démonstration", "Démarche terminée",
                   "Le 25/11/2026 à 14:32", "Pour le conseiller", NOTE, "Vos réponses",
                   "Compte : oui", "Ce que vous avez fait", "Recevoir le code",
                   "Documents qui manquent encore", "RIB (Relevé d'identité bancaire)",
                   "Documents prêts", "Carte Vitale", "À faire ensuite",
                   "Revenez dans 3 mois. (tous les 3 mois)", "Qui voir au pôle social",
                   "L'accueil", "Vous oriente.", "4 rue Teddy Riner, 92600 Asnières-sur-Seine",
                   "Tram T1, arrêt « Les Courtilles »", "Du lundi au vendredi, de 8 h 30 à 17 h 30",
                   "Sites officiels", "https://www.caf.fr/", "Contenu version test-1 du 01/11/2026"]


def text_of(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(["pdftotext", *pages, str(pdf), "-"], capture_output=True, check=True)
    # pdftotext gives Arabic back in logical order, in presentation forms, between RLE/PDF marks.
    text = unicodedata.normalize("NFKC", out.stdout.decode("utf-8"))
    return re.sub(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)


def fonts_of(pdf: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def assert_only_dejavu_embedded(pdf: Path) -> None:
    fonts = fonts_of(pdf)
    assert fonts
    for row in fonts:
        assert re.fullmatch(r"[A-Z]{6}\+DejaVuSans(-Bold)?", row[0]), row
        assert row[-5:-2] == ["yes", "yes", "yes"], row       # embedded, subset, unicode map


def test_french_summary_has_every_section(config, tmp_path):
    library = Library(TEST_CONTENT)
    s = build_summary(completed(library), library, config, "fr", NOW, NOTE)
    pdf = render_pdf(s, tmp_path / "summary.pdf")
    text = text_of(pdf)
    for section in FRENCH_SECTIONS:
        assert section in text, section
    assert_only_dejavu_embedded(pdf)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert re.search(r"Pages:\s+1\n", info) and NOTE not in info      # the note is not in the metadata


def test_arabic_summary_follows_the_french_one(config, tmp_path):
    library = Library(arabic_content(tmp_path))
    s = build_summary(completed(library, "ar"), library, config, "ar", NOW, NOTE)
    pdf, _, _ = render_all(s, tmp_path)
    french, arabic = text_of(pdf, 1), text_of(pdf, 2)
    assert "Guide de démonstration" in french and "دليل" not in french
    for words in ("دليل تجريبي", "تمت معاملتك", "حساب", "افتح الموقع", "استلم الرمز",
                  "كشف الهوية المصرفية", "من البنك", "بطاقة فيتال", "الاستقبال",
                  "يوجهك إلى الشخص المناسب", "موقع"):
        assert words in arabic, words
    assert NOTE in arabic and "https://www.caf.fr/" in arabic
    assert_only_dejavu_embedded(pdf)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_real_guide_prints(config, tmp_path, language):
    library = Library(paths.content())
    for guide_id in library.ids:
        s = build_summary(walk(library, guide_id, language), library, config, language, NOW)
        pdf = render_pdf(s, tmp_path / f"{guide_id}.pdf")
        raw = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True).stdout.decode()
        assert not re.search("[\u2066-\u2069\ufffd]", raw), guide_id     # no stray control
        pages = text_of(pdf).split("\f")
        first_arabic = next((i for i, p in enumerate(pages) if re.search("[\u0600-\u06ff]", p)),
                            len(pages))
        french = "".join(pages[:first_arabic])          # French first, whole, on its own pages
        assert (s.french or s).title.split()[0] in french, guide_id
        assert "Qui voir au pôle social" in french and "Contenu version" in french, guide_id
        assert (first_arabic < len(pages)) == (language == "ar"), guide_id
        assert_only_dejavu_embedded(pdf)


def test_arabic_lines_are_wrapped_before_being_reordered():
    """The first words of a long sentence stay on the first line (read from the right)."""
    pytest.importorskip("reportlab")
    from kiosk.summary.pdf import _register_fonts
    _register_fonts()
    sentence = "يوجهك إلى الشخص المناسب ويساعدك في المعاملات عبر الإنترنت كل يوم من أيام الأسبوع"
    lines = visual_lines(sentence, "DejaVuSans", 11, 150, rtl=True)
    assert len(lines) > 1
    first = unicodedata.normalize("NFKC", lines[0])[::-1]     # visual back to logical
    assert first.startswith("يوجهك")
    assert all(unicodedata.normalize("NFKC", line) != line for line in lines)   # joined forms


@pytest.mark.parametrize("logical, expected", [
    ("كشف (من البنك)", "كشف )من البنك("),                     # right to left: mirrored
    ("كشف (fiches de paie) نص", "كشف )fiches de paie( نص"),    # French inside, Arabic around
    ("نص CAF. (tous les 3 mois)", "نص CAF. (tous les 3 mois)"),  # pair after Latin: left to right
    ("المس « صادق ».", "المس » صادق «."),
    ("arrêt « Les Courtilles » T1", "arrêt « Les Courtilles » T1"),
])
def test_brackets_in_right_to_left_runs_are_mirrored(logical, expected):
    assert mirror(logical, "R") == expected


def test_a_pair_cut_by_the_end_of_a_line_is_mirrored_on_both_lines():
    from kiosk.summary.pdf import _register_fonts
    _register_fonts()
    text = "كشوف الأجر (كشوف الأشهر الثلاثة التي تصرحون بها، السطر المهم اسمه صافي الراتب)"
    lines = visual_lines(text, "DejaVuSans", 11, 160, rtl=True)
    assert len(lines) > 1
    joined = "".join(lines)
    assert joined.count("(") == joined.count(")") == 1
    assert lines[0].rstrip().endswith(")") is False and ")" in lines[0]   # opening, mirrored
    assert "(" in lines[-1]


def test_heavy_libraries_wait_until_a_summary_is_made():
    code = ("import sys, kiosk.summary, kiosk.summary.pdf, kiosk.summary.rtl, kiosk.summary.ical, "
            "kiosk.services.printing, kiosk.ui.summary_page\n"
            "heavy = {'reportlab', 'arabic_reshaper', 'bidi', 'segno', 'icalendar'}\n"
            "print(sorted(heavy & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
