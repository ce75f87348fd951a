"""« Mes documents » and the scanner: real scans with SANE's test backend, real PDFs, real files."""
from __future__ import annotations

import re
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk.config import ScannerSettings
from kiosk.services.scanner import BUSY, COVER_OPEN, JAMMED, NO_SCANNER, TIMED_OUT, Scanner
from kiosk.session.documents import DocumentTray, Format, Problem, file_name, formats

pytestmark = pytest.mark.skipif(shutil.which("scanimage") is None, reason="sane-utils is not installed")
TEST_SCANNER = ScannerSettings(device="test", resolution=100, timeout_s=20,
                               options=("--test-picture", "Color pattern"))


def scan(qtbot, scanner: Scanner, target: Path, colour: bool = False) -> QImage:
    with qtbot.waitSignal(scanner.scanned, timeout=20_000) as signal:
        assert scanner.scan(target, colour)
    return signal.args[0]


def fail(qtbot, scanner: Scanner, target: Path) -> str:
    with qtbot.waitSignal(scanner.failed, timeout=20_000) as signal:
        scanner.scan(target)
    return signal.args[0]


@pytest.fixture
def tray(tmp_path):
    tray = DocumentTray(root=tmp_path)
    yield tray
    tray.wipe()


def test_a_scanned_page_is_readable_and_in_a_private_folder(qtbot, tray):
    scanner = Scanner(TEST_SCANNER)
    image = scan(qtbot, scanner, tray.folder / "scan.png")
    assert image.width() > 300 and image.height() > 300       # 100 dpi over the test bed
    assert image.isGrayscale()
    colour = scan(qtbot, scanner, tray.folder / "scan.png", colour=True)
    assert not colour.isGrayscale()
    assert not (tray.folder / "scan.png").exists()            # the raw scan is not kept
    document = tray.add_page(image, "Pièce d'identité", dpi=100)
    assert stat.S_IMODE(tray.folder.stat().st_mode) == 0o700
    assert document.pages[0].parent == tray.folder and document.pages[0].suffix == ".jpg"


def test_pages_turn_move_and_go_and_two_documents_make_one_pdf(qtbot, tray, tmp_path):
    scanner = Scanner(TEST_SCANNER)
    recto = tray.add_page(scan(qtbot, scanner, tmp_path / "a.png"), "Titre de séjour", dpi=100)
    verso = tray.add_page(scan(qtbot, scanner, tmp_path / "b.png", colour=True), "Verso", dpi=100)
    size = QImage(str(recto.pages[0])).size()
    tray.rotate(recto, 0)
    assert QImage(str(recto.pages[0])).size().transposed() == size
    combined = tray.combine([recto, verso])
    assert tray.documents == [combined] and combined.name == "Titre de séjour"
    assert len(combined.pages) == 2
    second = combined.pages[1]
    tray.move_page(combined, 1, -1)
    assert combined.pages[0] == second
    exported = tray.export(combined, formats(["application/pdf"]))
    assert exported.path.name == "titre-de-sejour.pdf"
    info = subprocess.run(["pdfinfo", str(exported.path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+2$", info, re.M)
    tray.remove_page(combined, 0)
    tray.remove_page(combined, 0)
    assert tray.documents == []


def test_a_site_that_wants_an_image_gets_one_page_or_an_explanation(qtbot, tray, tmp_path):
    scanner = Scanner(TEST_SCANNER)
    document = tray.add_page(scan(qtbot, scanner, tmp_path / "a.png"), "RIB", dpi=100)
    image = tray.export(document, formats(["image/*"]))
    assert image.path.suffix == ".jpg" and QImage(str(image.path)).width() > 300
    assert tray.export(document, formats([".png"])).path.suffix == ".png"
    tray.add_page(scan(qtbot, scanner, tmp_path / "b.png"), "", to=document)
    assert tray.export(document, formats(["image/jpeg"])).problem is Problem.ONE_PAGE
    assert tray.export(document, formats([".docx"])).problem is Problem.NO_FORMAT
    assert formats([]) == {Format.PDF, Format.JPEG, Format.PNG}


def test_a_file_is_made_smaller_to_fit_a_limit_or_refused(qtbot, tray, tmp_path):
    scanner = Scanner(ScannerSettings(device="test", resolution=200, timeout_s=20,
                                      options=("--test-picture", "Color pattern")))
    document = tray.add_page(scan(qtbot, scanner, tmp_path / "a.png", colour=True), "Bail", dpi=200)
    full = tray.export(document, {Format.PDF}).path.stat().st_size
    fitted = tray.export(document, {Format.PDF}, limit_bytes=int(full * 0.7))
    assert fitted.path is not None and fitted.path.stat().st_size <= full * 0.7
    assert tray.export(document, {Format.PDF}, limit_bytes=2000).problem is Problem.TOO_BIG


def test_file_names_say_the_paper_not_the_person():
    assert file_name("Pièce d'identité", "pdf") == "piece-d-identite.pdf"
    assert file_name("فاتورة", "jpg") == "document.jpg"
    assert file_name("../../etc/passwd", "pdf") == "etc-passwd.pdf"


@pytest.mark.parametrize("status, message", [
    ("SANE_STATUS_JAMMED", JAMMED), ("SANE_STATUS_COVER_OPEN", COVER_OPEN),
    ("SANE_STATUS_DEVICE_BUSY", BUSY)])
@pytest.mark.logs_problems
def test_scanner_faults_get_a_plain_message(qtbot, tmp_path, status, message):
    scanner = Scanner(ScannerSettings(device="test", options=("--read-return-value", status)))
    assert fail(qtbot, scanner, tmp_path / "x.png") == message
    assert not (tmp_path / "x.png").exists()


@pytest.mark.logs_problems
def test_no_scanner_and_a_scan_that_never_ends(qtbot, tmp_path):
    assert fail(qtbot, Scanner(ScannerSettings(device="nosuch:device")), tmp_path / "x.png") == NO_SCANNER
    assert fail(qtbot, Scanner(ScannerSettings()), tmp_path / "x.png") == NO_SCANNER
    hanging = Scanner(ScannerSettings(device="test", resolution=600, timeout_s=5, options=(
        "-x", "200", "-y", "200", "--read-delay=yes", "--read-delay-duration", "200000")))
    with qtbot.waitSignal(hanging.failed, timeout=15_000) as signal:
        hanging.scan(tmp_path / "x.png")
    assert signal.args[0] == TIMED_OUT
    assert not hanging.busy and not (tmp_path / "x.png").exists()
    assert fail(qtbot, Scanner(ScannerSettings(device="test"), program="no-such-scanimage"),
                tmp_path / "x.png") == NO_SCANNER


def test_the_wipe_leaves_no_page(qtbot, tray):
    tray.add_page(scan(qtbot, Scanner(TEST_SCANNER), tray.folder / "a.png"), "RIB")
    folder = tray.folder
    tray.export(tray.documents[0], {Format.PDF})
    tray.wipe()
    assert not folder.exists() and tray.documents == [] and tray.sent == []
