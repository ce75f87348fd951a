"""The content pack's own file, ``content.toml``: version, home tiles, professions, checkers,
« vous pourriez aussi » rules and spoken-only languages, with its translations laid over."""
from __future__ import annotations

import re
from pathlib import Path

from kiosk.guides.loader import CONDITION, TRANSLATED, _id, translation_file
from kiosk.guides.model import Checker, Content, Profession, SpokenLanguage, Suggestion, Tile
from kiosk.schema import DataError, LineFinder, Problem, Reader, load_toml


def parse_content(data: dict, file: str, lines: LineFinder | None, language: str) -> Content:
    problems: list[Problem] = []
    root = Reader(data, file, problems, lines)
    root.unknown_keys({"version", "date", "tiles", "professions", "checkers", "suggestions",
                       "spoken_only"})
    tiles = []
    for t in root.tables("tiles", required=True):
        t.unknown_keys({"id", "title", "pictogram", "guides", "action"})
        tiles.append(Tile(_id(t), t.text("title", required=True), t.text("pictogram"),
                          t.texts("guides"), t.choice("action", "", ("", "help"))))
    professions = []
    for p in root.tables("professions"):
        p.unknown_keys({"id", "label", "does"})
        professions.append(Profession(_id(p), p.text("label", required=True), p.text("does")))
    checkers = []
    for c in root.tables("checkers"):
        c.unknown_keys({"id", "label"})
        checkers.append(Checker(_id(c), c.text("label", required=True)))
    suggestions = []
    for g in root.tables("suggestions"):
        g.unknown_keys({"id", "why", "when", "guide", "url", "title"})
        guide, url = g.text("guide"), g.text("url")
        if bool(guide) == bool(url):
            g.problem("guide", "expected either guide = \"a guide id\" or url = \"https://…\" (one of them)")
        if url and not url.startswith("https://"):
            g.problem("url", f"expected an address starting with https://, got {url!r}")
        if url and not g.text("title"):
            g.problem("title", "is missing: a suggestion of a web page needs the page's title")
        when = g.texts("when")
        if not when:
            g.problem("when", 'is missing: expected conditions like ["pmi-grossesse.argent=oui"]')
        for rule in when:
            if not CONDITION.match(rule):
                g.problem("when", f'expected "guide", "guide.question=answer|answer" or "guide@end", '
                          f"got {rule!r}")
        suggestions.append(Suggestion(_id(g), g.text("why", required=True), when, guide, url,
                                      g.text("title")))
    spoken = []
    for v in root.tables("spoken_only"):
        v.unknown_keys({"id", "name"})
        code = v.text("id", required=True)
        if code and not re.match(r"^[a-z]{2,3}$", code):
            v.problem("id", f"expected the language's ISO 639 code in lower case (wo, bm, snk, kab), got {code!r}")
        spoken.append(SpokenLanguage(code, v.text("name", required=True)))
    content = Content(root.text("version", required=True), root.date("date", required=True),
                      language, tuple(tiles), tuple(professions), tuple(checkers),
                      tuple(suggestions), tuple(spoken))
    if problems:
        raise DataError(problems)
    return content


def overlay_content(french: dict, translation: dict) -> tuple[dict, list[str]]:
    merged, missing = dict(french), []
    for list_key, kind in (("tiles", "tile"), ("professions", "profession"),
                           ("checkers", "checker"), ("suggestions", "suggestion")):
        subs = translation.get(list_key, {}) if isinstance(translation.get(list_key), dict) else {}
        out = []
        for raw in french.get(list_key, []) or []:
            if not isinstance(raw, dict):
                out.append(raw)
                continue
            tr = subs.get(raw.get("id"), {}) or {}
            item = dict(raw)
            for key in TRANSLATED[kind]:
                if raw.get(key):
                    if isinstance(tr.get(key), str) and tr[key].strip():
                        item[key] = tr[key]
                    else:
                        missing.append(f"{list_key}.{raw.get('id')}.{key}")
            out.append(item)
        merged[list_key] = out
    return merged, missing


def load_content(path: Path, language: str = "fr") -> tuple[Content, list[str]]:
    data, text = load_toml(path)
    missing: list[str] = []
    if language != "fr":
        tr_path = translation_file(path, language)
        translation = load_toml(tr_path)[0] if tr_path.exists() else {}
        data, missing = overlay_content(data, translation)
    return parse_content(data, str(path), LineFinder(text), language), missing
