"""Logging: to a rotating file in the data folder and to the console. Never personal data.

What the code logs is events and places (« session started », « content left out: file:line »),
never what a visitor typed, chose or saw.
"""
from __future__ import annotations

import logging
from pathlib import Path

MAX_BYTES, BACKUPS = 1_000_000, 5


def configure(folder: Path, level: int = logging.INFO) -> None:
    """The console and ``kiosk.log``. Until ``rotate()`` (just after the welcome screen is
    painted: logging.handlers imports socket and pickle, 5 ms) the file is only appended to."""
    root = logging.getLogger()
    root.setLevel(level)
    console = logging.StreamHandler()
    console.setFormatter(_format())
    root.addHandler(console)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(folder / "kiosk.log", encoding="utf-8")
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file in %s (%s): console only", folder, exc.strerror)
        return
    handler.setFormatter(_format())
    root.addHandler(handler)


def rotate() -> None:
    """The log file becomes a rotating one: at most MAX_BYTES, BACKUPS old files kept."""
    import logging.handlers
    root = logging.getLogger()
    for handler in list(root.handlers):
        if type(handler) is logging.FileHandler:
            rotating = logging.handlers.RotatingFileHandler(
                handler.baseFilename, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
            rotating.setFormatter(handler.formatter)
            root.addHandler(rotating)
            root.removeHandler(handler)
            handler.close()


def _format() -> logging.Formatter:
    return logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
