"""After a hard crash, the next start deletes what the dead kiosk left in the temporary folder."""
from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pytest

from kiosk import leftovers

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.logs_problems
def test_the_kiosks_leftovers_go_and_nothing_else(tmp_path):
    session = tmp_path / "pas-a-pas-session-x1y2_3z4"
    (session / "sub").mkdir(parents=True)
    (session / "sub" / "attestation.pdf").write_bytes(b"%PDF-1.7 a visitor's paper")
    web = tmp_path / "pasapas-web-abcd1234"
    web.mkdir()
    (web / "download.pdf").write_bytes(b"%PDF")
    pdf = tmp_path / "pas-a-pas-k2j3m4n5.pdf"
    pdf.write_bytes(b"%PDF")
    others = [tmp_path / name for name in ("pas-a-pasXX", "pasapas-test-data-1", "someone-else.pdf",
                                           "pas-a-pas-my-notes.txt", "pasapas-web-abcd1234.txt")]
    for other in others:
        other.write_text("not ours", encoding="utf-8")

    assert leftovers.sweep(tmp_path) == 3
    assert not session.exists() and not web.exists() and not pdf.exists()
    assert all(other.exists() for other in others)
    assert leftovers.sweep(tmp_path) == 0


@pytest.mark.logs_problems
@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="POSIX links")
def test_a_link_is_removed_not_followed(tmp_path):
    target = tmp_path / "keep"
    target.mkdir()
    (target / "file").write_text("kept", encoding="utf-8")
    (tmp_path / "pasapas-web-linklink").symlink_to(target, target_is_directory=True)
    assert leftovers.sweep(tmp_path) == 1
    assert (target / "file").read_text(encoding="utf-8") == "kept"


def test_a_missing_folder_is_not_an_error(tmp_path):
    assert leftovers.sweep(tmp_path / "nowhere") == 0


def test_the_prefixes_are_those_the_kiosk_uses():
    used = set()
    for source in (ROOT / "kiosk").rglob("*.py"):
        if source.name in ("selfcheck.py", "leftovers.py"):
            continue
        used |= set(re.findall(r'prefix="([^"]+)"', source.read_text(encoding="utf-8")))
    used = {p for p in used if not p.startswith(".")}     # in the data folder, not in the temp folder
    assert used and all(p.startswith(leftovers.PREFIXES) for p in used), used
    # … and what tempfile makes with each of them is swept: a print file a crash left, too.
    import tempfile
    for prefix in used:
        name = prefix + next(tempfile._get_candidate_names())
        assert leftovers.NAME.fullmatch(name) and leftovers.NAME.fullmatch(name + ".pdf"), name


@pytest.mark.logs_problems
def test_a_print_file_left_by_a_crash_is_swept(tmp_path, monkeypatch):
    from kiosk.session.files import SessionFiles
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    left = SessionFiles.for_printing()
    left.write_bytes(b"%PDF-1.7 a summary with a name")
    assert left.parent == tmp_path and left.name.startswith("pas-a-pas-print-")
    assert leftovers.sweep(tmp_path) == 1 and not left.exists()


@pytest.mark.logs_problems
def test_scans_a_crash_left_in_memory_are_swept(tmp_path, monkeypatch):
    """« Mes documents » lives in /dev/shm or $XDG_RUNTIME_DIR: the start sweeps it there too."""
    from kiosk.session.documents import DocumentTray, memory_folder
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert memory_folder() == tmp_path
    tray = DocumentTray()                 # the kiosk dies before its wipe: nothing deletes it
    (tray.folder / "page-1.jpg").write_bytes(b"\xff\xd8 a visitor's identity card")
    assert leftovers.sweep(memory_folder()) == 1 and not tray.folder.exists()
