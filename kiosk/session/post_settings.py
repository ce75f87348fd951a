"""What a mediator sets for this post (default text size, languages offered), kept across restarts.

A small JSON file in the data folder; the site configuration gives the starting values. An
unreadable file is ignored (logged) and rewritten at the next change.
"""
from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from kiosk import paths
from kiosk.config import LANGUAGES, TEXT_SIZES, Config

log = logging.getLogger(__name__)


@dataclass
class PostSettings:
    text_size: str
    languages: list[str]

    @classmethod
    def load(cls, config: Config, folder: Path | None = None) -> "PostSettings":
        settings = cls(config.kiosk.text_size, list(config.kiosk.languages))
        path = (folder or paths.data_dir()) / "post.json"
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return settings                        # (json is imported only when there is a file)
        except OSError as exc:
            log.warning("post settings unreadable (%s): the site configuration is used", type(exc).__name__)
            return settings
        import json
        try:
            data = json.loads(text)
        except FileNotFoundError:
            return settings
        except (OSError, ValueError) as exc:
            log.warning("post settings unreadable (%s): the site configuration is used", type(exc).__name__)
            return settings
        if data.get("text_size") in TEXT_SIZES:
            settings.text_size = data["text_size"]
        languages = [lang for lang in data.get("languages", []) if lang in config.kiosk.languages]
        if "fr" in languages:
            settings.languages = [lang for lang in LANGUAGES if lang in languages]
        return settings

    def save(self, folder: Path | None = None) -> bool:
        folder = folder or paths.data_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            tmp = folder / "post.json.tmp"
            import json
            tmp.write_text(json.dumps(asdict(self)), encoding="utf-8")
            os.replace(tmp, folder / "post.json")
            return True
        except OSError as exc:
            log.warning("post settings not saved (%s)", exc.strerror)
            return False
