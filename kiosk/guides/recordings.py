"""Recorded voices: a guide screen spoken by an interpreter or a mediator, per language.

A recording is a plain audio file beside the guides::

    guides/recordings/<language>/<guide id>/<screen id>.ogg     (or .opus .mp3 .wav .m4a .flac)
    guides/recordings/<language>/<guide id>/recordings.toml     the fingerprint of each

``recordings.toml`` stores, per screen, the fingerprint of the text the recording speaks (the
screen's texts in that language; French for a spoken-only language). When an editor changes
the text, the fingerprint no longer matches and ``kiosk check`` names the recording to make
again. ``kiosk recordings LANGUAGE GUIDE`` prints what to say for each screen, and
``kiosk recordings LANGUAGE GUIDE --stamp SCREEN…`` writes the fingerprint of a new recording
(docs/CONTENT.md, « Recorded voices »). Pure Python, no Qt.
"""
from __future__ import annotations

import hashlib
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from kiosk.guides.model import Checklist, End, Guide, Question, Screen, Step

AUDIO = (".ogg", ".opus", ".mp3", ".wav", ".m4a", ".flac")
MANIFEST = "recordings.toml"


def spoken_text(screen: Screen) -> str:
    """The guide's own words on this screen, in reading order: what a recording must say
    (the kiosk's words — « Oui », « Non », « Étape 3 sur 7 » — are the speaker's to add)."""
    if isinstance(screen, Question):
        parts = [screen.text, screen.help] + [a.label for a in screen.answers]
    elif isinstance(screen, Checklist):
        parts = [screen.title, screen.text] + [t for i in screen.items for t in (i.label, i.hint)]
    elif isinstance(screen, Step):
        parts = [screen.title, screen.text, screen.screen, screen.watch_out]
    elif isinstance(screen, End):
        parts = [screen.title, screen.outcome]
    else:
        parts = []
    return "\n".join(" ".join(p.split()) for p in parts if p and p.strip())


def fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def folder(content: Path, language: str, guide_id: str) -> Path:
    return content / "guides" / "recordings" / language / guide_id


def find(content: Path, language: str, guide_id: str, screen_id: str) -> Path | None:
    """The recording of that screen in that language, if there is one."""
    where = folder(content, language, guide_id)
    for ext in AUDIO:
        path = where / f"{screen_id}{ext}"
        if path.is_file():
            return path
    return None


def stamps(where: Path) -> dict[str, str]:
    """Screen id → fingerprint, from the folder's recordings.toml."""
    path = where / MANIFEST
    if not path.is_file():
        return {}
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {k: v.get("fingerprint", "") for k, v in data.items() if isinstance(v, dict)}


def write_stamps(where: Path, found: dict[str, str], guide_id: str, language: str) -> None:
    lines = [f"# Recordings of « {guide_id} » in {language}: the fingerprint of the text each one "
             "speaks.", "# Written by: kiosk recordings LANGUAGE GUIDE --stamp SCREEN", ""]
    for screen_id in sorted(found):
        lines += [f'[{screen_id}]', f'fingerprint = "{found[screen_id]}"', ""]
    (where / MANIFEST).write_text("\n".join(lines), encoding="utf-8")


@dataclass
class Review:
    changed: list[str]        # recordings whose text changed since they were made
    unstamped: list[str]      # audio files with no fingerprint
    unknown: list[str]        # files for a guide or screen that does not exist
    missing: list[str]        # screens of a spoken-only language with no recording


def review(content: Path, guides: dict[str, Guide], text_guide, spoken_only: set[str]) -> Review:
    """Every recording under ``content``; ``text_guide(guide_id, language)`` gives the guide
    whose texts a recording in ``language`` speaks (French for a spoken-only language)."""
    result = Review([], [], [], [])
    root = content / "guides" / "recordings"
    languages = {p.name for p in root.iterdir() if p.is_dir()} if root.is_dir() else set()
    for language in sorted(languages | spoken_only):
        for guide_id in sorted(guides):
            where = folder(content, language, guide_id)
            guide = text_guide(guide_id, language)
            stamped = stamps(where)
            for screen in guide.screens:
                path = find(content, language, guide_id, screen.id)
                name = f"{language}/{guide_id}/{screen.id}"
                if path is None:
                    if language in spoken_only:
                        result.missing.append(name)
                    continue
                if screen.id not in stamped:
                    result.unstamped.append(str(path))
                elif stamped[screen.id] != fingerprint(spoken_text(screen)):
                    result.changed.append(str(path))
        if (root / language).is_dir():
            for guide_dir in sorted(p for p in (root / language).iterdir() if p.is_dir()):
                ids = ({s.id for s in guides[guide_dir.name].screens}
                       if guide_dir.name in guides else set())
                result.unknown += [str(f) for f in sorted(guide_dir.iterdir())
                                   if f.suffix in AUDIO and f.stem not in ids]
    return result


def main_recordings(argv: list[str]) -> int:
    """kiosk recordings LANGUAGE GUIDE [--stamp SCREEN…]: what to say, and the fingerprints."""
    from kiosk import paths
    from kiosk.guides.library import Library
    if len(argv) < 2 or argv[0].startswith("-"):
        print("usage: kiosk recordings LANGUAGE GUIDE [--stamp SCREEN…]", file=sys.stderr)
        return 2
    language, guide_id, rest = argv[0], argv[1], argv[2:]
    content = paths.content()
    library = Library(content)
    if guide_id not in library.ids:
        print(f"no guide {guide_id!r} in {content}", file=sys.stderr)
        return 2
    spoken = {v.id for v in library.content().spoken_only}
    guide = library.guide(guide_id, "fr" if language in spoken else language)
    where = folder(content, language, guide_id)
    found = stamps(where)
    if rest[:1] == ["--stamp"]:
        for screen_id in rest[1:]:
            if find(content, language, guide_id, screen_id) is None:
                print(f"no recording {where / screen_id}.* to stamp", file=sys.stderr)
                return 1
            found[screen_id] = fingerprint(spoken_text(guide.screen(screen_id)))
        write_stamps(where, found, guide_id, language)
        print(f"{len(rest) - 1} fingerprint(s) written to {where / MANIFEST}")
        return 0
    for screen in guide.screens:
        path = find(content, language, guide_id, screen.id)
        mark = fingerprint(spoken_text(screen))
        state = ("no recording" if path is None else "NOT STAMPED" if screen.id not in found
                 else "ok" if found[screen.id] == mark else "TEXT CHANGED: record again")
        print(f"== {screen.id} → {path or where / (screen.id + '.ogg')}  [{state}]")
        print(spoken_text(screen))
        print()
    return 0
