"""The log file: appended to from the start, rotating from just after the first paint."""
from __future__ import annotations

import logging
import logging.handlers

from kiosk import logsetup


def test_the_log_file_rotates_after_the_start_and_keeps_every_line(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        logsetup.configure(tmp_path)
        logging.getLogger("kiosk.test").info("before the first paint")
        logsetup.rotate()
        logging.getLogger("kiosk.test").info("after the first paint")
        [rotating] = [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
        assert rotating.maxBytes == logsetup.MAX_BYTES and rotating.backupCount == logsetup.BACKUPS
        assert not [h for h in root.handlers if type(h) is logging.FileHandler]
        text = (tmp_path / "kiosk.log").read_text(encoding="utf-8")
        assert "before the first paint" in text and "after the first paint" in text
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(logging.WARNING)
