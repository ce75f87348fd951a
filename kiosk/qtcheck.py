"""The self-check's checks of Qt on this machine: fonts, pictograms, the platform plugin, the
web engine, the voices, and QtPdf reading a summary (kiosk/selfcheck.py runs them)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from kiosk import paths

# The pictograms the interface itself shows (kiosk/ui); tests/test_selfcheck.py keeps this in step.
INTERFACE_PICTOGRAMS = (
    "aide", "attestation", "clic", "contraste", "ecouter", "effacer", "email", "imprimer", "langue",
    "lettre", "maison", "medecin", "non", "oreille", "oui", "pdf", "photo", "recommencer", "retour", "scanner",
    "site-web", "suivant", "texte", "valider",
)
WEB_TIMEOUT_MS = 30_000


class CheckFailed(Exception):
    """An expected failure: ``str()`` is the reason, shown without a traceback."""


def _shorten(items: list[str], most: int = 5) -> str:
    shown = "; ".join(items[:most])
    return shown + (f"; … and {len(items) - most} more" if len(items) > most else "")


def _open_in_qt_pdf(pdf: Path, language: str) -> None:
    from PySide6.QtPdf import QPdfDocument
    document = QPdfDocument()
    try:
        if document.load(str(pdf)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
            raise CheckFailed(f"QtPdf cannot open the {language} summary ({document.error()})")
    finally:
        document.close()


def _check_fonts() -> str:
    from PySide6.QtGui import QFontDatabase

    from kiosk.style.theme import FONT_FILES
    folder = paths.assets() / "fonts"
    bad = []
    families: set[str] = set()
    for name in dict.fromkeys((*FONT_FILES, "DejaVuSans.ttf", "DejaVuSans-Bold.ttf")):
        path = folder / name
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
        if font_id < 0:
            bad.append(f"{name} ({'unreadable' if path.is_file() else 'missing'})")
        else:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    if bad:
        raise CheckFailed(f"in {folder}: {', '.join(bad)}")
    return f"{len(families)} families ({', '.join(sorted(families))})"


def _check_pictograms() -> str:
    from PySide6.QtSvg import QSvgRenderer
    folder = paths.assets() / "pictograms"
    files = sorted(folder.glob("*.svg"))
    missing = [n for n in INTERFACE_PICTOGRAMS if not (folder / f"{n}.svg").is_file()]
    if missing:
        raise CheckFailed(f"the interface's {', '.join(missing)} missing from {folder}")
    broken = [p.name for p in files if not QSvgRenderer(str(p)).isValid()]
    if broken:
        raise CheckFailed(f"QtSvg cannot draw {_shorten(broken)}")
    return f"{len(files)} SVG files draw, the interface's {len(INTERFACE_PICTOGRAMS)} among them"


def _check_qt(app) -> str:
    from PySide6.QtCore import QLibraryInfo
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    native = {"win32": "qwindows", "darwin": "qcocoa"}.get(sys.platform, "qxcb")
    found = sorted(p.stem.removeprefix("lib") for p in plugins.glob("*") if p.is_file())
    if not any(name.startswith(native) for name in found):
        raise CheckFailed(f"no {native} platform plugin in {plugins} (found: {', '.join(found) or 'none'})")
    return f"platform {app.platformName()}, plugins {', '.join(found)}, Qt {QLibraryInfo.version().toString()}"


def _check_web() -> str:
    if hasattr(os, "geteuid") and os.geteuid() == 0 and not os.environ.get("QTWEBENGINE_DISABLE_SANDBOX"):
        raise CheckFailed("running as root: QtWebEngine will not start (the kiosk itself must run "
                          "as its own user; for a check as root only, set QTWEBENGINE_DISABLE_SANDBOX=1)")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
    profile = QWebEngineProfile()            # no storage name: off the record, nothing on disk
    page = QWebEnginePage(profile)
    loop, result = QEventLoop(), {}
    page.loadFinished.connect(lambda ok: (result.setdefault("ok", ok), loop.quit()))
    page.renderProcessTerminated.connect(
        lambda status, code: (result.setdefault("ok", False), result.setdefault("why", f"{status} {code}"),
                              loop.quit()))
    QTimer.singleShot(WEB_TIMEOUT_MS, loop.quit)
    page.setHtml("<!doctype html><title>pas-a-pas</title><p id=x>ok</p>")
    if "ok" not in result:
        loop.exec()
    title = page.title()
    page.deleteLater()
    del page
    _flush_deletions()
    profile.deleteLater()
    del profile
    _flush_deletions()
    if "ok" not in result:
        raise CheckFailed(f"no answer from QtWebEngineProcess within {WEB_TIMEOUT_MS // 1000} s")
    if not result["ok"]:
        raise CheckFailed(f"a local page did not load ({result.get('why', 'load failed')})")
    return f"a local page loads off the record (title {title!r})"


def _flush_deletions() -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _check_speech(cfg) -> str:
    """The engine the kiosk will use, and the voice it finds for each offered language."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    from kiosk.services.speech import ReadAloud
    engines = list(QTextToSpeech.availableEngines())
    wanted = {"win32": ("sapi", "winrt"), "darwin": ("darwin",)}.get(sys.platform, ("speechd",))
    if not any(e in engines for e in wanted) and not os.environ.get("PASAPAS_TTS_ENGINE"):
        raise CheckFailed(f"no {' or '.join(wanted)} engine (found: {', '.join(engines) or 'none'})")
    speech = ReadAloud()
    found = voice_lines(speech, cfg.kiosk.languages if cfg is not None else ("fr",))
    without = [code for code, name in found if not name]
    listed = "; ".join(f"{code}: {name or 'NO VOICE'}" for code, name in found)
    if without:
        raise CheckFailed(f"engine {speech.engine_name}: {listed} — no voice for {', '.join(without)}: "
                          "« Écouter » and the listen mode are silent in "
                          f"{'this language' if len(without) == 1 else 'these languages'} "
                          "(docs/DEPLOYMENT.md, « Read-aloud »)")
    return f"engine {speech.engine_name}: {listed}"


def voice_lines(speech, languages) -> list[tuple[str, str]]:
    """(language, voice name or "") for each language, in order."""
    return [(code, speech.voice_name(code)) for code in languages]
