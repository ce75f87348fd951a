"""The session's own temporary folder: the summary PDF before printing, a downloaded attestation.

Created when first needed, deleted by the wipe; nothing of a visitor is written elsewhere.
"""
from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)


class SessionFiles:
    def __init__(self):
        self._folder: Path | None = None

    @property
    def folder(self) -> Path:
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="pas-a-pas-session-"))
        return self._folder

    @staticmethod
    def for_printing(source: Path | None = None) -> Path:
        """A file handed to the print service, which deletes it once the job is done: outside the
        session's folder, so that « Terminer et effacer » right after « Imprimer » loses no print."""
        handle, name = tempfile.mkstemp(prefix="pas-a-pas-print-", suffix=".pdf")
        os.close(handle)
        if source is not None:
            try:
                shutil.copyfile(source, name)
            except OSError:                   # a full disk: no half copy left behind
                os.unlink(name)
                raise
        return Path(name)

    def wipe(self) -> None:
        folder, self._folder = self._folder, None
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
            if folder.exists():
                log.error("the session's temporary folder could not be deleted")
