"""A full temporary folder, for real: a small tmpfs mounted for the test and filled up.

« Imprimer » then says plainly that it could not print (it used to reach the crash handler,
which wiped the visitor's session), and an official PDF whose download runs out of space is
explained on the site's side instead of disappearing. Mounting needs root (CI containers run the
tests as root); elsewhere these tests are skipped, saying why.
"""
from __future__ import annotations

import errno
import os
import subprocess
import tempfile
from pathlib import Path

import pytest

import test_web_panel as web          # its loopback servers and Chromium's name mapping
from conftest import make_kiosk
from driver import click, start, visible_texts
from kiosk.services import printing

BIG_PDF = web.PDF[:-6] + b"%" + b"x" * (3 * 2**20) + b"\n%%EOF\n"     # 3 MiB


@pytest.fixture
def full_tmp(tmp_path, monkeypatch):
    """A 4 MiB tmpfs as the temporary folder, filled up but for ``left`` bytes."""
    folder = tmp_path / "full"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m,mode=1777", "tmpfs", str(folder)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {mounted.stderr.strip()}")

    def fill(left: int) -> Path:
        filler = folder / "filler"
        with open(filler, "wb") as stream:
            try:
                while True:
                    stream.write(b"\0" * 65536)
                    stream.flush()
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
        size = filler.stat().st_size
        os.truncate(filler, max(0, size - left))
        monkeypatch.setattr(tempfile, "tempdir", str(folder))
        return folder
    try:
        yield fill
    finally:
        monkeypatch.undo()
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.mark.logs_problems
def test_printing_on_a_full_disk_says_so_and_keeps_the_session(qtbot, config, full_tmp):
    kiosk = make_kiosk(qtbot, config)
    w = kiosk.window
    start(qtbot, kiosk)
    click(qtbot, w, "Un seul guide")
    click(qtbot, w, "Mon résumé")
    folder = full_tmp(left=4096)
    click(qtbot, w, "Imprimer")
    assert kiosk.desk.session is not None, "the visitor's session was wiped"
    assert printing.FAILED in visible_texts(w)
    assert not list(folder.glob("pas-a-pas-print-*")), "a half-written summary was left"


@pytest.fixture
def panel(qtbot):
    widget = web.WebPanel(web.Allowlist(("caf.fr",), test_hosts=(web.OFFICIAL, web.OFFICIAL_IP)))
    qtbot.addWidget(widget)
    widget.resize(1000, 1000)
    widget.show()
    yield widget
    widget.wipe()


@pytest.mark.logs_problems
def test_a_download_that_runs_out_of_space_is_explained(qtbot, panel, full_tmp):
    site = web.Site(web.OFFICIAL, web.OFFICIAL_IP, {
        "/": web.html('<a id="pdf" href="/grand.pdf">attestation</a>'),
        "/grand.pdf": (200, [("Content-Type", "application/pdf"),
                             ("Content-Disposition", 'attachment; filename="grand.pdf"')], BIG_PDF)})
    try:
        full_tmp(left=256 * 1024)
        web.load(qtbot, panel, site.url("/"))
        with qtbot.assertNotEmitted(panel.download_ready, wait=0):
            web.click(qtbot, panel, "pdf")
            text = web.notice_text(qtbot, panel)
        assert "n'a pas pu être enregistré" in text and "plus de place" in text
        qtbot.waitUntil(lambda: list(panel.visitor.folder.iterdir()) == [], timeout=5000)
    finally:
        site.close()
