"""The shipped guides in every language: complete, marked reviewed or not, faithful in the facts a
machine can check (figures, the French names the visitor must find on the site, the meaning of the
organisations given once per guide)."""
from __future__ import annotations

import re
import tomllib

import pytest

from kiosk import config as config_mod
from kiosk import paths
from kiosk.guides.library import Library
from kiosk.guides.loader import overlay, translation_file
from kiosk.guides.translations import language_status, read_review

LIBRARY = Library(paths.content())
LANGUAGES = [code for code in config_mod.load().kiosk.languages if code != "fr"]
CASES = [(gid, lang) for gid in LIBRARY.ids for lang in LANGUAGES]
NUMBER = re.compile(r"(?<![A-Za-z])\d+(?:[.,]\d+)*")   # not the 2 of « C2S »
# Kept in French, as the visitor will see them on the official sites (their meaning follows).
SITE_NAMES = ("Mon Compte", "Envoyer le code", "FranceConnect+", "Net social")
# Named in French and explained once per guide: « France Travail (…) ».
EXPLAINED = {
    "CAF": r"Caisse d'allocations familiales",   # « CAF (Caisse d'allocations familiales) » names it only
    "France Travail": r"France Travail",
    "prime d'activité": r"prime d'activité",
    "Assurance maladie": r"Assurance maladie",
    "Département": r"Département",
    "carte Vitale": r"carte Vitale",
}


SKIP = {"source", "url", "id", "next", "kind", "pictogram", "detour", "on", "reviewed"}


def texts(data, path=""):
    """(path, text) of every string of a guide's data (lists of tables by their ids)."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key not in SKIP:
                yield from texts(value, f"{path}.{key}" if path else key)
    elif isinstance(data, list):
        for item in data:
            if isinstance(item, dict) and "id" in item:
                yield from texts(item, f"{path}.{item['id']}")
    elif isinstance(data, str):
        yield path, data


def pairs(gid: str, lang: str):
    """(path, French text, translated text) of every text of a guide."""
    french = tomllib.loads(LIBRARY.file(gid).read_text(encoding="utf-8"))
    translated = tomllib.loads(translation_file(LIBRARY.file(gid), lang).read_text(encoding="utf-8"))
    merged = dict(texts(overlay(french, translated)[0]))
    return [(path, text, merged[path]) for path, text in texts(french) if path in merged]


def numbers(text: str) -> list[str]:
    return sorted(n.replace(",", ".") for n in NUMBER.findall(text))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_guide_is_complete_and_says_whether_a_translator_reviewed_it(lang):
    status = language_status(LIBRARY, lang)
    assert status.incomplete == [] and status.texts_missing == 0, status.incomplete
    assert status.problems == [] and status.unsaid == []
    assert len(status.reviewed) + len(status.unreviewed) == len(LIBRARY.ids)
    assert status.home != "missing"


@pytest.mark.parametrize("gid, lang", CASES)
def test_figures_are_those_of_the_french(gid, lang):
    """Amounts, dates, ages, durations: the same figures. Arabic may say one, two (the dual) or
    a small count in words, never another figure."""
    for path, french, translated in pairs(gid, lang):
        if lang == "ar":
            extra = set(numbers(translated)) - set(numbers(french))
            words = [n for n in numbers(french) if n not in numbers(translated)]
            assert not extra and all(float(n) <= 10 for n in words), (path, french, translated)
        else:
            assert numbers(translated) == numbers(french), (path, french, translated)


@pytest.mark.parametrize("gid, lang", CASES)
def test_the_french_names_of_the_site_are_kept(gid, lang):
    for path, french, translated in pairs(gid, lang):
        for name in SITE_NAMES:
            if name in french:
                assert name in translated, (path, name, translated)


@pytest.mark.parametrize("gid, lang", CASES)
def test_each_organisation_is_explained_once_in_the_guide(gid, lang):
    """« France Travail (the public employment service) »: the French name (with its own words:
    « Département des Hauts-de-Seine ») then its meaning, at least once in the guide."""
    french = " ".join(text for _, text in texts(tomllib.loads(LIBRARY.file(gid).read_text(encoding="utf-8"))))
    translated = " ".join(text for _, _, text in pairs(gid, lang))
    unexplained = [term for term, pattern in EXPLAINED.items()
                   if re.search(re.escape(term), french, re.IGNORECASE)
                   and not re.search(pattern + r"(?:'\w+)?(?:\s[\w'-]+){0,3}\s?[(:،,]", translated,
                                   re.IGNORECASE)]
    assert unexplained == [], f"{gid}.{lang}: never explained: {', '.join(unexplained)}"


def test_the_review_mark_is_read():
    for gid in LIBRARY.ids:
        for lang in LANGUAGES:
            review = read_review(translation_file(LIBRARY.file(gid), lang))
            assert review.said
