"""Logging: to a rotating file in the data folder and to the console. Never personal data.

What the code logs is events and places (« session started », « content left out: file:line »),
never what a visitor typed, chose or saw.
"""
from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path


def configure(folder: Path, level: int = logging.INFO) -> None:
    root = logging.getLogger()
    root.setLevel(level)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    console = logging.StreamHandler()
    console.setFormatter(fmt)
    root.addHandler(console)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(folder / "kiosk.log", maxBytes=1_000_000,
                                                       backupCount=5, encoding="utf-8")
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file in %s (%s): console only", folder, exc.strerror)
        return
    handler.setFormatter(fmt)
    root.addHandler(handler)
