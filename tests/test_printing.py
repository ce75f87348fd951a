"""Printing for real through CUPS: a summary to the cups-pdf queue, and every failure told plainly.

Needs a running CUPS scheduler with the cups-pdf queue "PDF" (``make cups`` / .ci/cups.sh).
Test queues are created here (``PDF-test-…``) and removed afterwards.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from conftest import TEST_CONTENT
from kiosk.guides.library import Library
from kiosk.services import printing
from kiosk.services.printing import PrintService
from kiosk.summary import build_summary, render_all
from test_pdf import text_of
from test_summary import NOTE, NOW, completed

PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"


def scheduler_running() -> bool:
    try:
        out = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return "scheduler is running" in out.stdout


cups = pytest.mark.skipif(not scheduler_running(), reason="no CUPS scheduler (run make cups)")


def cups_pdf_folder() -> Path:
    """Where cups-pdf writes: ``Out`` in cups-pdf.conf (${HOME}: the submitting user's home)."""
    out = "${HOME}/PDF"
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.exists():
        for line in conf.read_text(errors="replace").splitlines():
            if line.startswith("Out "):
                out = line.split(None, 1)[1].strip()
    return Path(out.replace("${HOME}", str(Path.home())))


@pytest.fixture
def make_pdf(config, tmp_path):
    """A new temporary summary PDF each call, as the kiosk makes one for each print."""
    library = Library(TEST_CONTENT)
    s = build_summary(completed(library), library, config, "fr", NOW, NOTE)
    return lambda: render_all(s, tmp_path)[0]


@pytest.fixture
def summary_pdf(make_pdf) -> Path:
    return make_pdf()


@pytest.fixture
def service():
    made = []

    def make(printer: str, timeout_s: float = 20) -> PrintService:
        made.append(PrintService(printer, timeout_s))
        return made[-1]
    yield make
    for s in made:
        s.shutdown()


@pytest.fixture
def test_queue():
    """A cups-pdf queue of our own; removed afterwards whatever happened."""
    names = []

    def make(uri: str = "cups-pdf:/") -> str:
        name = f"PDF-test-{uuid.uuid4().hex[:8]}"
        subprocess.run(["lpadmin", "-p", name, "-E", "-v", uri, "-m", PPD], check=True,
                       capture_output=True)
        names.append(name)
        return name
    yield make
    for name in names:
        subprocess.run(["lpadmin", "-x", name], capture_output=True, check=False)


def print_and_wait(qtbot, service: PrintService, pdf: Path, timeout_ms: int = 30_000):
    with qtbot.waitSignal(service.progress, timeout=1000) as progress, \
            qtbot.waitSignal(service.finished, timeout=timeout_ms) as finished:
        assert service.print_pdf(pdf)
    assert progress.args == [printing.PRINTING]
    assert not pdf.exists(), "the temporary PDF must be deleted"
    return finished.args


@cups
@pytest.mark.cups
def test_summary_printed_on_the_pdf_queue(qtbot, service, summary_pdf):
    folder = cups_pdf_folder()
    before = set(folder.glob("*.pdf")) if folder.exists() else set()
    ok, message = print_and_wait(qtbot, service("PDF"), summary_pdf)
    assert (ok, message) == (True, printing.PRINTED)

    def written() -> list[Path]:
        return sorted(set(folder.glob("*.pdf")) - before) if folder.exists() else []
    qtbot.waitUntil(lambda: bool(written()), timeout=10_000)
    output = written()[0]
    # cups-pdf goes through Ghostscript, which drops the fonts' Unicode maps: pdftotext then
    # loses the accented letters (the page itself shows them), so plain words are checked.
    qtbot.waitUntil(lambda: "Teddy Riner" in text_of(output), timeout=10_000)
    text = text_of(output)
    for words in ("Guide de d", "Documents qui manquent encore", "RIB", "Martin-Benali",
                  "Compte : oui", "Qui voir au p", "Sites officiels", "https://www.caf.fr/"):
        assert words in text, words
    output.unlink()                     # the printed copy carries the visitor's note


@pytest.mark.logs_problems
@cups
@pytest.mark.cups
def test_disabled_then_rejecting_queue(qtbot, service, test_queue, make_pdf):
    name = test_queue()
    subprocess.run(["cupsdisable", name], check=True)
    assert print_and_wait(qtbot, service(name), make_pdf()) == [False, printing.DISABLED]
    subprocess.run(["cupsenable", name], check=True)
    subprocess.run(["cupsreject", name], check=True)
    assert print_and_wait(qtbot, service(name), make_pdf()) == [False, printing.REJECTING]
    assert subprocess.run(["lpstat", "-o", name], capture_output=True, text=True).stdout == ""


@pytest.mark.logs_problems
@cups
@pytest.mark.cups
def test_unknown_printer(qtbot, service, summary_pdf):
    ok, message = print_and_wait(qtbot, service("nulle-part-" + uuid.uuid4().hex[:6]), summary_pdf)
    assert (ok, message) == (False, printing.NO_PRINTER)


@pytest.mark.logs_problems
@cups
@pytest.mark.cups
def test_stuck_job_is_cancelled(qtbot, service, test_queue, summary_pdf):
    """A printer nobody answers (nothing listens on port 9): the job never ends, it is cancelled."""
    name = test_queue("socket://127.0.0.1:9")
    ok, message = print_and_wait(qtbot, service(name, timeout_s=2), summary_pdf)
    assert not ok and message in (printing.NOT_RESPONDING, printing.DISABLED)
    pending = subprocess.run(["lpstat", "-o", name], capture_output=True, text=True).stdout
    assert not re.search(rf"^{re.escape(name)}-\d+", pending, re.M), pending


@pytest.mark.logs_problems
@pytest.mark.cups
def test_cups_not_running(qtbot, service, summary_pdf, monkeypatch, tmp_path):
    if not shutil.which("lpstat"):
        pytest.skip("the CUPS client tools are missing")
    monkeypatch.setenv("CUPS_SERVER", str(tmp_path / "no-cupsd.sock"))
    ok, message = print_and_wait(qtbot, service("PDF"), summary_pdf)
    assert (ok, message) == (False, printing.NO_SERVICE)


@pytest.mark.logs_problems
def test_lp_missing(qtbot, service, summary_pdf, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    ok, message = print_and_wait(qtbot, service("PDF"), summary_pdf)
    assert (ok, message) == (False, printing.NO_SERVICE)
    assert "Scannez le code avec votre téléphone ou demandez à un médiateur" in message


@pytest.mark.logs_problems
def test_one_print_at_a_time(qtbot, service, make_pdf, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    svc = service("PDF")
    summary_pdf, second = make_pdf(), make_pdf()
    results = []
    svc.finished.connect(lambda ok, message: results.append((ok, message)))
    assert svc.print_pdf(summary_pdf)
    assert not svc.print_pdf(second)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=10_000)
    assert results == [(False, printing.BUSY), (False, printing.NO_SERVICE)]
    assert not Path(second).exists() and not summary_pdf.exists()


def test_messages_are_plain_and_say_what_to_do():
    for message in (printing.NO_PRINTER, printing.DISABLED, printing.REJECTING,
                    printing.NOT_RESPONDING, printing.NO_SERVICE, printing.FAILED):
        assert message.endswith("Scannez le code avec votre téléphone ou demandez à un médiateur.")
        assert "CUPS" not in message and "lp" not in message.split()
    assert os.sep not in printing.PRINTED


SPOOL = Path("/var/spool/cups")


@cups
@pytest.mark.cups
def test_a_printed_summary_leaves_no_document_in_the_spool(qtbot, config, caplog):
    """After « Imprimer » then « Terminer et effacer », CUPS keeps no copy of the summary (by
    default it keeps each job's document a day: .ci/cups.sh and docs/DEPLOYMENT.md switch it off)."""
    import logging
    from dataclasses import replace

    from conftest import make_kiosk
    from driver import click, start
    if not os.access(SPOOL, os.R_OK | os.X_OK):
        pytest.skip("the CUPS spool can only be inspected as root")
    caplog.set_level(logging.INFO, logger="kiosk.services.printing")
    kiosk = make_kiosk(qtbot, replace(config, printing=replace(config.printing, printer="PDF")))
    w = kiosk.window
    start(qtbot, kiosk)
    click(qtbot, w, "Un seul guide")
    click(qtbot, w, "Mon résumé")
    w.summary.note.setText("Mme Martin-Benali")
    with qtbot.waitSignal(kiosk.services.printer.finished, timeout=60_000) as printed:
        click(qtbot, w, "Imprimer")
    assert printed.args[0] is True, printed.args
    with qtbot.waitSignal(kiosk.desk.wiped):
        click(qtbot, w, "Terminer et effacer")
    [number] = re.findall(r"job PDF-(\d+) done", caplog.text)
    kept = sorted(p.name for p in SPOOL.glob(f"d{int(number):05d}-*"))
    assert kept == [], f"the summary is still in the CUPS spool: {kept}"
    assert "CUPS keeps finished print jobs" not in caplog.text
