"""What a visitor may have left on disk when the kiosk died hard, removed at the next start.

A wipe deletes the session's temporary files (kiosk/session/files.py, kiosk/web/profile.py),
but a crash of the process, a kill or a power cut skips the wipe: the folders stay in the
system's temporary folder — on Windows ``%TEMP%`` of the kiosk account, on disk. ``sweep()``
deletes them; ``kiosk.app.run`` calls it once, before the window opens, so that the next visitor
starts on a clean machine. (On Linux the systemd unit of docs/DEPLOYMENT.md also gives the kiosk
a private TMPDIR that systemd deletes at every restart.)

Only this user's entries with the kiosk's own prefixes are touched. Never call it from a tool
that runs beside a live kiosk (check, self-check): it would delete that kiosk's session files.
"""
from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

# The prefixes of tempfile.mkdtemp/mkstemp in the kiosk; tests/test_leftovers.py keeps them in step.
PREFIXES = ("pas-a-pas-session-", "pas-a-pas-documents-", "pasapas-web-", "pas-a-pas-print-",
            "pas-a-pas-test-", "pas-a-pas-")
# … followed by the 8 random characters of the tempfile module (and .pdf for a summary).
NAME = re.compile("(?:" + "|".join(map(re.escape, PREFIXES)) + r")[a-z0-9_]{8}(?:\.pdf)?")


def _ours(entry: Path) -> bool:
    if not NAME.fullmatch(entry.name):
        return False
    if hasattr(os, "getuid"):
        try:
            return entry.lstat().st_uid == os.getuid()
        except OSError:
            return False
    return True                                  # Windows: %TEMP% is the account's own


def sweep(folder: str | os.PathLike | None = None) -> int:
    """Delete the kiosk's leftover temporary files and folders; returns how many went."""
    root = Path(folder or tempfile.gettempdir())
    removed = 0
    try:
        entries = list(root.iterdir())
    except OSError:
        return 0
    for entry in entries:
        if not _ours(entry):
            continue
        try:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
            removed += 1
        except OSError as exc:
            log.error("a leftover temporary entry could not be deleted (%s)", type(exc).__name__)
    if removed:
        log.warning("%d temporary entries left by an earlier run were deleted", removed)
    return removed
