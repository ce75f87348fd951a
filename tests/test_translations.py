"""Six languages: every interface text translated, placeholders kept, and the pseudo-locales
show no clipped and no untranslated text on any screen."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from driver import button_text, click, start, visible_texts
from kiosk import paths
from kiosk.catalogue import PSEUDO_OPEN
from test_accessibility import every_screen, problems_on_screen

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ("en", "ar", "pt", "es", "tr")
# Qt's plural forms per language: Arabic has six (0, 1, 2, 3–10, 11–99, 100–102…), Turkish one.
PLURAL_FORMS = {"fr": 2, "en": 2, "ar": 6, "pt": 2, "es": 2, "tr": 1}


@pytest.mark.parametrize("language", SHIPPED)
def test_every_interface_text_is_translated_with_its_placeholders(language):
    messages = list(ET.parse(ROOT / "translations" / f"kiosk_{language}.ts").iter("message"))
    assert messages
    for message in messages:
        source, translation = message.findtext("source"), message.find("translation")
        assert translation.get("type") is None, f"[{language}] unfinished: {source!r}"
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        assert message.get("numerus") != "yes" or len(forms) == PLURAL_FORMS[language], \
            f"[{language}] {len(forms)} plural forms for {source!r}"
        for form in forms:
            assert form.strip(), f"[{language}] empty: {source!r}"
            assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", form)), \
                f"[{language}] placeholders differ: {source!r}"


def test_every_text_with_a_number_has_qt_plural_forms_in_every_language():
    """« %1 secondes » written by hand says « 1 secondes »: a text with a number and a noun is a
    %n text, with <numerusform> entries in every catalogue, French's own (kiosk_fr.ts) too."""
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "kiosk").rglob("*.py"))
    hand_made = re.findall(r'tr\("[^"]*%\d[^"]*(?:secondes|semaines|lignes|\(s\))[^"]*"', sources)
    assert hand_made == []
    for language in ("fr", *SHIPPED):
        plural = [m for m in ET.parse(ROOT / "translations" / f"kiosk_{language}.ts").iter("message")
                  if m.get("numerus") == "yes"]
        assert len(plural) >= 7, language


@pytest.mark.parametrize("language, expected", [
    ("fr", {0: "0 seconde", 1: "1 seconde", 2: "2 secondes", 30: "30 secondes"}),
    ("en", {1: "1 second.", 2: "2 seconds."}),
    ("tr", {1: "1 saniye", 30: "30 saniye"}),
    ("ar", {1: "ثانية واحدة", 2: "ثانيتين", 3: "3 ثوانٍ", 10: "10 ثوانٍ", 11: "11 ثانيةً",
            99: "99 ثانيةً", 100: "100 ثانية", 0: "الآن"}),
])
def test_the_countdown_says_its_seconds_in_the_right_form(qtbot, kiosk, language, expected):
    w = kiosk.window
    start(qtbot, kiosk)
    w._change_language(language)
    for seconds, words in expected.items():
        w.idle_overlay.count(seconds)
        assert words in w.idle_overlay.explain.text(), (seconds, w.idle_overlay.explain.text())


def test_the_catalogues_hold_every_text_of_the_code(tmp_path):
    """A text added to the code and not to translations/*.ts fails here (run `make lupdate`)."""
    copies = []
    for language in SHIPPED:
        copy = tmp_path / f"kiosk_{language}.ts"
        shutil.copy(ROOT / "translations" / f"kiosk_{language}.ts", copy)
        copies.append(str(copy))
    sources = sorted(str(p) for p in (ROOT / "kiosk").rglob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", *copies],
                   check=True, capture_output=True)
    for copy in copies:
        text = Path(copy).read_text(encoding="utf-8")
        assert 'type="unfinished"' not in text, f"{Path(copy).name}: texts missing, run make lupdate"


def test_the_compiled_catalogues_are_found(config):
    from kiosk.ui.i18n import available
    assert available(config.kiosk.languages) == ["fr", *SHIPPED]
    for language in SHIPPED:
        assert (paths.translations() / f"kiosk_{language}.qm").exists()


@pytest.mark.parametrize("language, back, begin", [("en", "Back", "Listen"), ("ar", None, None),
                                                  ("tr", None, None)])
def test_switching_language_keeps_the_visitor_where_they_are(qtbot, kiosk, language, back, begin):
    start(qtbot, kiosk)
    click(qtbot, kiosk.window, "Un seul guide")
    click(qtbot, kiosk.window, "Suivant")
    kiosk.window._change_language(language)
    journey = kiosk.desk.journey
    assert journey.screen.id == "deux" and journey.progress().number == 2
    texts = visible_texts(kiosk.window)
    assert "Retour" not in texts and "Suivant" not in texts        # the interface changed
    if back:
        assert back in texts and begin in texts


def interface_texts(window) -> list[str]:
    """The texts the interface wrote (not the guides' own words)."""
    found = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if not widget.isVisible():
            continue
        text = widget.text() if isinstance(widget, QLabel) else button_text(widget)
        if text:
            found.append(text)
    return found


def content_strings(kiosk) -> list[str]:
    """Every text that comes from the content or the site, not from the interface."""
    found = set()

    def walk(value):
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, (tuple, list)):
            for v in value:
                walk(v)
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:
                walk(getattr(value, name))
    for gid in kiosk.library.ids:
        walk(kiosk.library.guide(gid))
    walk(kiosk.library.content())
    walk(kiosk.config.site)
    return sorted((s for s in found if len(s) >= 4), key=len, reverse=True)


@pytest.mark.parametrize("language", ["pseudo", "pseudo-rtl"])
def test_the_pseudo_locale_finds_no_untranslated_and_no_clipped_text(qtbot, real_kiosk, language):
    w = real_kiosk.window
    start(qtbot, real_kiosk)
    w._change_language(language)
    QApplication.processEvents()
    content = content_strings(real_kiosk)
    problems = []
    for guide_id, screen_id in every_screen(real_kiosk):
        problems += [f"{guide_id}/{screen_id}: {p}" for p in problems_on_screen(w)]
        for text in interface_texts(w):
            plain = text.replace("\u2068", "").replace("\u2069", "").replace("\u200f", "")
            if PSEUDO_OPEN in plain or plain == language or not re.search(r"[A-Za-zÀ-ÿ]{3}", plain):
                continue
            if any(c in plain for c in content) or re.fullmatch(r"[\W\d]*https?://\S+", plain):
                continue
            problems.append(f"{guide_id}/{screen_id}: not translatable: {plain[:60]!r}")
    assert not problems, "\n".join(sorted(set(problems))[:40])
