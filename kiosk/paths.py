"""Where the kiosk finds its assets and keeps its (anonymous) data and logs.

- assets: ``assets/`` beside the package, or inside the PyInstaller bundle.
- data (anonymous figures, hand-off queue, content packs) and logs: ``PASAPAS_DATA_DIR`` if set,
  else ``%LOCALAPPDATA%\\PasAPas`` on Windows and ``$XDG_DATA_HOME/pas-a-pas``
  (``~/.local/share/pas-a-pas``) elsewhere.
"""
from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=None)
def assets() -> Path:
    """(Found once: each pictogram, font and page asks.)"""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "assets"
    return Path(__file__).resolve().parent.parent / "assets"


def content() -> Path:
    """The content pack in use: ``PASAPAS_CONTENT_DIR`` if set, else the one shipped in assets."""
    override = os.environ.get("PASAPAS_CONTENT_DIR")
    return Path(override) if override else assets() / "content"


def translations() -> Path:
    return assets().parent / "translations"


def data_dir() -> Path:
    override = os.environ.get("PASAPAS_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "PasAPas"
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "pas-a-pas"


def log_dir() -> Path:
    return data_dir() / "logs"
