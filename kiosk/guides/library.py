"""All the guides of a content pack, in every language, with broken files left out."""
from __future__ import annotations

import logging
from pathlib import Path

from kiosk.guides.content import load_content
from kiosk.guides.loader import load_guide
from kiosk.guides.model import Content, Guide, Tile
from kiosk.schema import DataError, Problem

log = logging.getLogger(__name__)


class Library:
    """Loads ``content.toml`` and ``guides/*.toml`` from a content folder.

    A guide that cannot be read is left out and its problems kept in ``problems`` (and logged);
    the other guides work. The guides are read when first needed (not before the welcome
    screen is painted); translated guides when first asked for.
    """

    def __init__(self, folder: Path):
        self.folder = folder
        self._problems: list[Problem] = []
        self._files: dict[str, Path] = {}
        self._cache: dict[tuple[str, str], Guide] = {}
        self._content: dict[str, Content] = {}
        self._missing: dict[tuple[str, str], list[str]] = {}
        self._loaded = False
        try:
            self._content["fr"] = load_content(folder / "content.toml")[0]
        except DataError as exc:
            self._reject(exc)
            raise

    @property
    def problems(self) -> list[Problem]:
        self.load()
        return self._problems

    def load(self) -> None:
        """Read every guide (once)."""
        if self._loaded:
            return
        self._loaded = True
        for path in sorted((self.folder / "guides").glob("*.toml")):
            if "." in path.stem:          # caf-compte.en.toml: a translation
                continue
            try:
                guide, _ = load_guide(path)
            except DataError as exc:
                self._reject(exc)
                continue
            if guide.id in self._files:
                self._reject(DataError([Problem(str(path), None, "id",
                                                f"the id {guide.id!r} is already used by "
                                                f"{self._files[guide.id].name}")]))
                continue
            self._files[guide.id] = path
            self._cache[(guide.id, "fr")] = guide
        self._drop_dangling_detours()

    def _reject(self, exc: DataError) -> None:
        for problem in exc.problems:
            log.error("content left out: %s", problem)
        self._problems.extend(exc.problems)

    def _drop_dangling_detours(self) -> None:
        """A detour to a guide that is not there would strand the visitor: report it."""
        for guide_id in list(self._files):
            guide = self._cache[(guide_id, "fr")]
            if guide.detours() <= set(self._files):
                continue
            for screen in guide.screens:
                for answer in getattr(screen, "answers", ()):
                    if answer.detour and answer.detour not in self._files:
                        self._reject(DataError([Problem(str(self._files[guide_id]), None,
                                                        f"screens.{screen.id}.answers.{answer.id}",
                                                        f"detour to {answer.detour!r}, a guide that "
                                                        "does not exist or could not be read")]))
                        del self._files[guide_id]
                        self._cache.pop((guide_id, "fr"), None)
                        break
                if guide_id not in self._files:
                    break

    @property
    def ids(self) -> list[str]:
        self.load()
        return list(self._files)

    def file(self, guide_id: str) -> Path:
        self.load()
        return self._files[guide_id]

    def guide(self, guide_id: str, language: str = "fr") -> Guide:
        self.load()
        key = (guide_id, language)
        if key not in self._cache:
            try:
                guide, missing = load_guide(self._files[guide_id], language)
            except DataError as exc:      # a broken translation: the French still works
                self._reject(exc)
                guide, missing = self._cache[(guide_id, "fr")], ["(translation file unreadable)"]
            self._cache[key] = guide
            self._missing[key] = missing
        return self._cache[key]

    def missing(self, guide_id: str, language: str) -> list[str]:
        self.guide(guide_id, language)
        return self._missing.get((guide_id, language), [])

    def content(self, language: str = "fr") -> Content:
        if language not in self._content:
            try:
                self._content[language] = load_content(self.folder / "content.toml", language)[0]
            except DataError as exc:
                self._reject(exc)
                self._content[language] = self._content["fr"]
        return self._content[language]

    def tiles(self, language: str = "fr") -> list[Tile]:
        """Home tiles, each keeping only the guides that loaded."""
        self.load()
        tiles = []
        for tile in self.content(language).tiles:
            guides = tuple(g for g in tile.guides if g in self._files)
            if guides or tile.action:
                tiles.append(Tile(tile.id, tile.title, tile.pictogram, guides, tile.action))
        return tiles
