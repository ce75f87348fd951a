"""Guide files (TOML) → validated Guide objects, in French or with a translation laid over
(content.toml, the pack's own file, is read by ``kiosk.guides.content``).

A guide ``caf-compte.toml`` may have translations beside it, ``caf-compte.en.toml``: the same
ids, only the texts (see docs/CONTENT.md). A missing translated text falls back to French and
the screen is marked ``fallback``.
"""
from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path

from kiosk.languages import translation_name
from kiosk.guides.model import (
    PICKED, STANDARD_ANSWERS, TOOLS, Answer, Checklist, End, Guide, Item, Link, NextStep, Pick,
    Question, Screen, Source, Step,
)
from kiosk.schema import DataError, LineFinder, Problem, Reader, load_toml

ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
PARTIAL_DATE = re.compile(r"^(\d{4})(-(0[1-9]|1[0-2]))?$")
UNDATED = "non datée"
CONDITION = re.compile(r"^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*=[a-z0-9-]+(\|[a-z0-9-]+)*|@[a-z0-9][a-z0-9-]*)?$")
STOPPED = "stopped"       # in next_steps.ends: a visitor who stopped before any end
SOURCE_FORM = ('expected source = { url = "https://…", title = "…", copy = 2024-12-05 } '
               '(copy: the date of the copy of the page you read: a date, "2024-12", "2024" '
               f'or "{UNDATED}"), and once someone checked it on the live site: '
               'checked = 2026-12-01, checked_by = "a role of [[checkers]] in content.toml"')

# Which fields of each element a translator translates.
TRANSLATED = {
    "guide": ("title", "intro"),
    "question": ("text", "help", "summary_label"),
    "answer": ("label",),
    "checklist": ("title", "text"),
    "item": ("label", "hint"),
    "step": ("title", "text", "screen", "watch_out", "read_to_user", "advisor_does"),
    "end": ("title", "outcome"),
    "next_steps": ("text",),
    "links": ("title",),
    "tile": ("title",),
    "profession": ("label", "does"),
    "checker": ("label",),
    "suggestion": ("why", "title"),
}


def _id(r: Reader, key: str = "id") -> str:
    value = r.text(key, required=True)
    if value and not ID.match(value):
        r.problem(key, f"expected lower-case letters, digits and hyphens (like caf-compte), got {value!r}")
    return value


def _source(r: Reader, required: bool) -> Source | None:
    if not r.has("source"):
        if required:
            r.problem("source", "is missing: " + SOURCE_FORM)
        return None
    s = r.table("source")
    s.unknown_keys({"url", "title", "copy", "checked", "checked_by", "verified"})
    if s.has("verified"):
        s.problem("verified", "says « vérifié » without saying what was done: write copy = the "
                  "date of the copy of the page you read, or, after opening the live official "
                  "page, checked = the day and checked_by = your role")
    url = s.text("url", required=True)
    if url and not url.startswith("https://"):
        s.problem("url", f"expected an address starting with https://, got {url!r}")
    copy = _copy(s)
    checked = s.date("checked")
    checked_by = s.text("checked_by")
    if checked and not checked_by:
        s.problem("checked_by", "is missing: who checked it on the live site (a role of "
                  "[[checkers]] in content.toml, never a name)")
    if checked_by and not checked:
        s.problem("checked", "is missing: the day it was checked on the live site, written 2026-12-01")
    if copy is None and not checked and not s.has("verified") and not s.has("copy"):
        s.problem("copy", "is missing: " + SOURCE_FORM)
    return Source(url, s.text("title"), copy or "", checked, checked_by)


def _copy(s: Reader) -> str | None:
    """The copy's date as "2024-12-05", "2024-12", "2024", "" (undated), or None if absent."""
    if not s.has("copy"):
        return None
    value = s.data["copy"]
    if isinstance(value, _dt.date) and not isinstance(value, _dt.datetime):
        return value.isoformat()
    if isinstance(value, str) and value.strip() == UNDATED:
        return ""
    if isinstance(value, str) and PARTIAL_DATE.match(value.strip()):
        return value.strip()
    if isinstance(value, int) and not isinstance(value, bool) and 1990 <= value <= 2100:
        return str(value)
    s.problem("copy", f'expected a date (2024-12-05, no quotes), "2024-12", "2024" or '
              f'"{UNDATED}", got {value!r}')
    return None


def _pick(r: Reader) -> Pick:
    p = r.table("pick")
    p.unknown_keys({"unit", "min", "max"})
    unit = p.choice("unit", "weeks", ("weeks", "month"), required=True)
    low, high = p.integer("min", 1, 0, 60), p.integer("max", 42, 1, 60)
    if low >= high:
        p.problem("max", f"expected more than min ({low}), got {high}")
    return Pick(unit, low, high)


def _answer(r: Reader, following: str) -> Answer:
    r.unknown_keys({"id", "label", "next", "detour"})
    answer_id = _id(r)
    label = r.text("label")
    if not label and answer_id not in STANDARD_ANSWERS:
        r.problem("label", f"is missing: expected a label (only {', '.join(STANDARD_ANSWERS)} "
                  "have one given by the kiosk)")
    return Answer(answer_id, label, r.text("next") or following, r.text("detour"))


def _screen(r: Reader, following: str, fallback: bool) -> Screen | None:
    kind = r.choice("kind", "", ("question", "checklist", "step", "end"), required=True)
    screen_id = _id(r)
    common = {"id", "kind"}
    if kind == "question":
        r.unknown_keys(common | {"text", "help", "summary_label", "answers", "source", "pick"})
        answers = tuple(_answer(a, following) for a in r.tables("answers", required=True))
        if answers and len({a.id for a in answers}) != len(answers):
            r.problem("answers", "two answers have the same id")
        pick = _pick(r) if r.has("pick") else None
        if pick and PICKED not in {a.id for a in answers}:
            r.problem("answers", f'a question with a pick needs an answer {{ id = "{PICKED}", '
                      'label = "Valider" }: the visitor confirms the value they chose')
        return Question(screen_id, r.text("text", required=True), r.text("help"),
                        r.text("summary_label"), answers, _source(r, False), pick,
                        fallback=fallback)
    if kind == "checklist":
        r.unknown_keys(common | {"title", "text", "items", "next"})
        items = []
        for i in r.tables("items", required=True):
            i.unknown_keys({"id", "label", "hint", "pictogram"})
            items.append(Item(_id(i), i.text("label", required=True), i.text("hint"), i.text("pictogram")))
        return Checklist(screen_id, r.text("title", required=True), r.text("text"), tuple(items),
                         r.text("next") or following, fallback=fallback)
    if kind == "step":
        r.unknown_keys(common | {"title", "text", "screen", "watch_out", "read_to_user",
                                 "advisor_does", "url", "url_patterns", "pictogram", "source", "next",
                                 "tools"})
        url = r.text("url")
        if url and not url.startswith("https://"):
            r.problem("url", f"expected an address starting with https://, got {url!r}")
        source = _source(r, True)
        return Step(screen_id, r.text("title", required=True), r.text("text", required=True),
                    r.text("screen"), r.text("watch_out"), r.text("read_to_user"),
                    r.text("advisor_does"), url, r.texts("url_patterns"), r.text("pictogram"),
                    source, r.text("next") or following, _tools(r), fallback=fallback)
    if kind == "end":
        r.unknown_keys(common | {"title", "outcome", "completed"})
        return End(screen_id, r.text("title", required=True), r.text("outcome"),
                   r.boolean("completed", True), fallback=fallback)
    return None


def _tools(r: Reader) -> tuple[str, ...]:
    tools = r.texts("tools")
    unknown = [t for t in tools if t not in TOOLS]
    if unknown:
        r.problem("tools", f"expected a list among {', '.join(TOOLS)}, got {list(tools)!r}")
        return tuple(t for t in tools if t in TOOLS)
    return tools


def parse_guide(data: dict, file: str, lines: LineFinder | None = None, language: str = "fr",
                fallbacks: frozenset[str] = frozenset()) -> Guide:
    problems: list[Problem] = []
    root = Reader(data, file, problems, lines)
    root.unknown_keys({"id", "title", "intro", "pictogram", "reviewed", "helpers", "screens",
                       "next_steps", "links"})
    guide_id = _id(root)
    raw_screens = root.tables("screens", required=True)
    ids = [s.data.get("id", "") for s in raw_screens]
    screens = []
    for index, r in enumerate(raw_screens):
        following = ids[index + 1] if index + 1 < len(ids) else ""
        screen = _screen(r, following, ids[index] in fallbacks)
        if screen:
            screens.append(screen)
    next_steps = []
    for n in root.tables("next_steps"):
        n.unknown_keys({"id", "text", "every_months", "in_days", "ends", "answers", "on", "at_week"})
        ends = n.texts("ends")
        if not ends:
            n.problem("ends", 'is missing: expected the ends this next step belongs to, like '
                      f'ends = ["fin", "fin-papier"] ("{STOPPED}": a visitor who stopped on the way)')
        answers = n.texts("answers")
        for rule in answers:
            if not re.match(r"^[a-z0-9][a-z0-9-]*=[a-z0-9][a-z0-9-]*$", rule):
                n.problem("answers", f'expected "question=answer" like "compte=non", got {rule!r}')
        next_steps.append(NextStep(_id(n), n.text("text", required=True),
                                   n.integer("every_months", 0, 0, 24), n.integer("in_days", 0, 0, 365),
                                   ends, answers, n.text("on"), n.integer("at_week", 0, 0, 60)))
    links = []
    for li in root.tables("links"):
        li.unknown_keys({"id", "title", "url"})
        url = li.text("url", required=True)
        if url and not url.startswith("https://"):
            li.problem("url", f"expected an address starting with https://, got {url!r}")
        links.append(Link(_id(li), li.text("title", required=True), url))
    if root.has("verified"):
        root.problem("verified", "is now reviewed = the day editors last reread the guide against "
                     "its sources (each source says itself whether it was checked on the live site)")
    guide = Guide(guide_id, language, root.text("title", required=True), root.text("intro"),
                  root.text("pictogram"),
                  root.date("reviewed", required=not root.has("verified")),
                  root.texts("helpers"), tuple(screens), tuple(next_steps), tuple(links))
    _check_links(guide, root)
    _check_next_steps(guide, root)
    if problems:
        raise DataError(problems)
    return guide


def _check_links(guide: Guide, root: Reader) -> None:
    """Within one guide: unique ids and `next` pointing at screens that exist."""
    ids = [s.id for s in guide.screens]
    for index, screen in enumerate(guide.screens):
        where = f"screens[{index}]"
        if ids.count(screen.id) > 1:
            root.problem(where + ".id", f"the id {screen.id!r} is used by two screens")
        for target in [n for _answer, n in guide.moves(screen.id)] or [None]:
            if target and target not in ids:
                root.problem(where, f"leads to {target!r}, which is not a screen of this guide")
            if target == "" and not isinstance(screen, End):
                root.problem(where, "is the last screen but not an end: add a screen with kind = \"end\"")


def _check_next_steps(guide: Guide, root: Reader) -> None:
    """Next steps name ends of this guide and answers its questions can give."""
    ends = {s.id for s in guide.screens if isinstance(s, End)}
    questions = {s.id: {a.id for a in s.answers} for s in guide.screens if isinstance(s, Question)}
    for index, step in enumerate(guide.next_steps):
        where = f"next_steps[{index}]"
        for end in step.ends:
            if end != STOPPED and end not in ends:
                root.problem(where + ".ends", f"{end!r} is not an end of this guide (ends: "
                             f"{', '.join(sorted(ends))}, or {STOPPED!r})")
        if step.on:
            pick = next((s.pick for s in guide.screens if isinstance(s, Question) and s.id == step.on), None)
            if pick is None:
                root.problem(where + ".on", f"{step.on!r} is not a question with a pick in this guide")
            elif pick.unit == "weeks" and not step.at_week:
                root.problem(where + ".at_week", "is missing: the week the reminder falls due")
        for rule in step.answers:
            question, _, answer = rule.partition("=")
            if question not in questions or answer not in questions[question]:
                root.problem(where + ".answers", f"{rule!r}: no question {question!r} with an "
                             f"answer {answer!r} in this guide")


# --- Translations laid over the French ----------------------------------------------------------

def _kind_of(raw: dict) -> str:
    return raw.get("kind", "")


def overlay(french: dict, translation: dict) -> tuple[dict, list[str], set[str]]:
    """Lay a translation over the French data.

    Returns the merged data, the paths of texts left in French, and the ids of the screens
    that keep some French text.
    """
    merged = dict(french)
    missing: list[str] = []
    screens_missing: set[str] = set()

    def lay(raw: dict, tr: dict, kind: str, path: str) -> dict:
        out = dict(raw)
        for key in TRANSLATED[kind]:
            if raw.get(key):
                if isinstance(tr.get(key), str) and tr[key].strip():
                    out[key] = tr[key]
                else:
                    missing.append(f"{path}.{key}" if path else key)
        return out

    merged = lay(french, translation, "guide", "")
    by_id = translation.get("screens", {}) if isinstance(translation.get("screens"), dict) else {}
    screens = []
    for raw in french.get("screens", []):
        if not isinstance(raw, dict):
            screens.append(raw)
            continue
        tr = by_id.get(raw.get("id"), {})
        tr = tr if isinstance(tr, dict) else {}
        before = len(missing)
        path = f"screens.{raw.get('id')}"
        screen = lay(raw, tr, _kind_of(raw), path) if _kind_of(raw) in TRANSLATED else dict(raw)
        for list_key, kind in (("answers", "answer"), ("items", "item")):
            if isinstance(raw.get(list_key), list):
                subs = tr.get(list_key, {}) if isinstance(tr.get(list_key), dict) else {}
                screen[list_key] = [lay(sub, subs.get(sub.get("id"), {}) or {}, kind,
                                        f"{path}.{list_key}.{sub.get('id')}")
                                    if isinstance(sub, dict) else sub for sub in raw[list_key]]
        if len(missing) > before:
            screens_missing.add(raw.get("id"))
        screens.append(screen)
    if "screens" in french:
        merged["screens"] = screens
    for list_key in ("next_steps", "links"):
        subs = translation.get(list_key, {}) if isinstance(translation.get(list_key), dict) else {}
        if isinstance(french.get(list_key), list):
            merged[list_key] = [lay(sub, subs.get(sub.get("id"), {}) or {}, list_key,
                                    f"{list_key}.{sub.get('id')}") if isinstance(sub, dict) else sub
                                for sub in french[list_key]]
    return merged, missing, screens_missing


def translation_file(french_file: Path, language: str) -> Path:
    return french_file.with_name(translation_name(french_file.stem, language))


def load_guide(path: Path, language: str = "fr") -> tuple[Guide, list[str]]:
    """Load a guide in a language; returns it with the texts that fell back to French."""
    data, text = load_toml(path)
    if language == "fr":
        return parse_guide(data, str(path), LineFinder(text)), []
    tr_path = translation_file(path, language)
    translation = load_toml(tr_path)[0] if tr_path.exists() else {}
    merged, missing, screens_missing = overlay(data, translation)
    return parse_guide(merged, str(path), LineFinder(text), language, frozenset(screens_missing)), missing
