"""The languages a content pack offers by recorded voices only, read for the welcome screen.

The welcome screen is painted before the guides and their model load (kiosk/compose.py): this
reads just ``[[spoken_only]]`` of content.toml. The loader validates the same entries, and
``kiosk check`` reports a bad one; here a bad or unreadable entry is only left out.
"""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

CODE = re.compile(r"^[a-z]{2,3}$")


def spoken_only(content: Path) -> dict[str, str]:
    """Language code → its name, in the order of content.toml."""
    try:
        with open(content / "content.toml", "rb") as file:
            entries = tomllib.load(file).get("spoken_only", [])
    except (OSError, tomllib.TOMLDecodeError):
        return {}
    return {v["id"]: v["name"] for v in entries if isinstance(v, dict)
            and isinstance(v.get("id"), str) and CODE.match(v["id"]) and isinstance(v.get("name"), str)
            and v["name"]}
