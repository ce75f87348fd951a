"""`kiosk --self-check`: is this installation fit to run? No window, no visitor, no network.

Meant for the PyInstaller bundle first (CI runs it on the frozen app, IT runs it after an
install or an update), and it works the same from a source checkout. It checks, in order:
the site configuration; that every module of the kiosk and every library it imports lazily is
there; every guide in every configured language (the content in use: ``PASAPAS_CONTENT_DIR``,
else the installed content pack, else the shipped one) with the content check's errors; a
summary PDF and its QR in every configured language; the fonts; the pictograms; the Qt
platform plugins, the PDF viewer, the web engine (a local page, off the record), and the
read-aloud engine with the voice it finds for each offered language (a language without one
fails, named); that the data folder is writable. Printers and interface catalogues are
reported, never failed: a kiosk may be checked before its printer is plugged in.

Output: one line per check, « OK name: … », « FAIL name: reason » or « NOTE name: … »,
then one last line; exit status 0 when every check passed, 1 otherwise. A Windows windowed
executable has no standard output, so the same lines are also written to
``data_dir()/logs/self-check.txt`` (overwritten each time), and the exit status is the answer.
An unexpected exception is a failure whose traceback goes to standard error.

Nothing of a visitor exists here; the summary is made from a walk through a real guide with
the first answer each time, in a temporary folder removed at the end.
"""
from __future__ import annotations

import datetime as _dt
import importlib
import importlib.util
import logging
import os
import pkgutil
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Callable

from kiosk import paths

# Imported inside functions by the kiosk (so that start-up stays fast): a bundle that lost one
# of them would only fail when a visitor reaches that feature.
LAZY_IMPORTS = (
    "reportlab.pdfgen.canvas", "reportlab.pdfbase.ttfonts", "reportlab.graphics.barcode.qr",
    "segno", "arabic_reshaper", "bidi", "requests", "certifi", "sqlite3",
    "cryptography.hazmat.primitives.asymmetric.ed25519", "cryptography.hazmat.primitives.serialization",
    "PySide6.QtWebEngineWidgets", "PySide6.QtTextToSpeech", "PySide6.QtMultimedia", "PySide6.QtPdf",
    "PySide6.QtPrintSupport", "PySide6.QtSvg",
)
# The pictograms the interface itself shows (kiosk/ui); tests/test_selfcheck.py keeps this in step.
INTERFACE_PICTOGRAMS = (
    "aide", "attestation", "clic", "contraste", "ecouter", "effacer", "email", "imprimer", "langue",
    "lettre", "maison", "medecin", "non", "oreille", "oui", "pdf", "photo", "recommencer", "retour", "scanner",
    "site-web", "suivant", "texte", "valider",
)
WEB_TIMEOUT_MS = 30_000
REPORT_NAME = "self-check.txt"


class CheckFailed(Exception):
    """An expected failure: ``str()`` is the reason, shown without a traceback."""


class _Report:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.failed: list[str] = []

    def say(self, line: str) -> None:
        self.lines.append(line)
        self.show(line)

    @staticmethod
    def show(line: str) -> None:
        stream = sys.stdout                  # None in a Windows windowed executable
        if stream is not None:
            try:
                stream.write(line + "\n")
                stream.flush()
            except UnicodeEncodeError:       # a console in a legacy code page
                encoding = getattr(stream, "encoding", None) or "ascii"
                stream.write(line.encode(encoding, "replace").decode(encoding) + "\n")
            except OSError:
                pass

    def check(self, name: str, work: Callable[[], str]) -> object:
        started = time.perf_counter()
        try:
            detail = work()
        except CheckFailed as exc:
            self.failed.append(name)
            self.say(f"FAIL {name}: {exc}")
            return None
        except Exception as exc:  # noqa: BLE001 - a self-check reports, it does not stop
            self.failed.append(name)
            self.say(f"FAIL {name}: unexpected {type(exc).__name__}: {exc}")
            if sys.stderr is not None:
                traceback.print_exc()
            return None
        ms = (time.perf_counter() - started) * 1000
        self.say(f"OK   {name}: {detail} ({ms:.0f} ms)")
        return detail

    def note(self, name: str, detail: str) -> None:
        self.say(f"NOTE {name}: {detail}")

    def save(self) -> Path | None:
        try:
            folder = paths.log_dir()
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / REPORT_NAME
            target.write_text("\n".join(self.lines) + "\n", encoding="utf-8")
            return target
        except OSError:
            return None


def _shorten(items: list[str], most: int = 5) -> str:
    shown = "; ".join(items[:most])
    return shown + (f"; … and {len(items) - most} more" if len(items) > most else "")


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


# --- the checks ------------------------------------------------------------------------------

def _check_modules() -> str:
    import kiosk
    missing, count = [], 0
    for module in pkgutil.walk_packages(kiosk.__path__, "kiosk."):
        if module.name.endswith("__main__"):
            continue
        count += 1
        try:
            importlib.import_module(module.name)
        except ImportError as exc:
            missing.append(f"{module.name} ({exc})")
    for name in LAZY_IMPORTS:
        try:
            importlib.import_module(name)
        except ImportError as exc:
            missing.append(f"{name} ({exc})")
    if missing:
        raise CheckFailed("cannot import " + _shorten(missing))
    if count < 10:
        raise CheckFailed(f"only {count} modules of the kiosk found: the bundle is incomplete")
    return f"{count} kiosk modules and {len(LAZY_IMPORTS)} libraries import"


def _content_folder() -> Path:
    if os.environ.get("PASAPAS_CONTENT_DIR"):
        return paths.content()
    try:
        from kiosk.services.content_pack import ContentStore
    except ImportError:
        return paths.content()
    return ContentStore().folder()


def _check_guides(cfg, folder: Path):
    from kiosk.guides.check import check_content
    from kiosk.guides.library import Library
    from kiosk.schema import DataError

    def work() -> str:
        if not (folder / "content.toml").is_file():
            raise CheckFailed(f"no content.toml in {folder}")
        try:
            library = Library(folder)
        except DataError as exc:
            raise CheckFailed(_shorten([str(p) for p in exc.problems])) from None
        for language in cfg.kiosk.languages:
            library.content(language)
            for guide_id in library.ids:
                library.guide(guide_id, language)
        if library.ids:
            state["library"] = library         # the summary check uses the guides that loaded
        report = check_content(folder, cfg.allowlist, cfg.kiosk.languages)
        errors = list(report.errors)
        errors += [str(p) for p in library.problems if str(p) not in errors]
        if errors:
            raise CheckFailed(f"{len(errors)} error(s) in {folder}: {_shorten(errors, 3)}")
        if not library.ids:
            raise CheckFailed(f"no guide in {folder / 'guides'}")
        content = library.content()
        return (f"{len(library.ids)} guides × {len(cfg.kiosk.languages)} languages "
                f"({', '.join(cfg.kiosk.languages)}) from {folder}, content {content.version} "
                f"of {content.date}, {len(report.warnings)} warning(s) (kiosk check lists them)")
    state: dict = {}
    return work, state


def _walk(library, guide_id: str, language: str):
    """Through a real guide, the first answer each time, nothing ticked, to an end."""
    from kiosk.guides.model import Checklist, End, Question, Step
    from kiosk.session.journey import Journey
    journey = Journey(lambda g: library.guide(g, language), guide_id)
    for _ in range(500):
        screen = journey.screen
        if isinstance(screen, Question):
            journey.answer(screen.answers[0].id)
        elif isinstance(screen, (Checklist, Step)) or (isinstance(screen, End) and journey.in_detour):
            journey.next()
        else:
            break
    return journey


def _check_summary(cfg, library) -> str:
    if importlib.util.find_spec("kiosk.summary") is None:
        return "skipped: this version has no kiosk.summary package"
    from kiosk.summary import build_summary, render_all
    guide_id = next((g for tile in library.tiles() for g in tile.guides), library.ids[0])
    now = _dt.datetime.now().replace(microsecond=0)
    pdf_bytes = 0
    with tempfile.TemporaryDirectory(prefix="pasapas-selfcheck-") as folder:
        for language in cfg.kiosk.languages:
            summary = build_summary(_walk(library, guide_id, language), library, cfg, language, now)
            pdf, qr_png, _calendar = render_all(summary, folder)
            data = Path(pdf).read_bytes()
            if not data.startswith(b"%PDF") or b"%%EOF" not in data[-1024:]:
                raise CheckFailed(f"the {language} summary is not a complete PDF")
            if not qr_png.startswith(b"\x89PNG"):
                raise CheckFailed(f"the {language} QR code is not a PNG image")
            _open_in_qt_pdf(Path(pdf), language)
            pdf_bytes = max(pdf_bytes, len(data))
            Path(pdf).unlink()
    return (f"guide {guide_id!r}: PDF and QR in {', '.join(cfg.kiosk.languages)}, "
            f"largest PDF {pdf_bytes // 1024} KiB, opened by QtPdf")


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

    from kiosk.ui.theme import FONT_FILES
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


def _check_data_dir() -> str:
    folder = paths.data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".selfcheck-"):
            pass
    except OSError as exc:
        raise CheckFailed(f"{folder} is not writable ({exc.strerror or exc})") from None
    return str(folder)


def _notes(report: _Report, cfg) -> None:
    from PySide6.QtPrintSupport import QPrinterInfo
    names = QPrinterInfo.availablePrinterNames()
    default = QPrinterInfo.defaultPrinterName()
    wanted = cfg.printing.printer
    where = f"configured {wanted!r}" if wanted else f"system default {default!r}" if default else "no default"
    state = "" if not wanted or wanted in names else " — NOT among the printers Qt sees"
    report.note("printers", f"{len(names)} seen by Qt, {where}{state}")
    catalogues = [lang for lang in cfg.kiosk.languages
                  if lang != "fr" and (paths.translations() / f"kiosk_{lang}.qm").is_file()]
    others = [lang for lang in cfg.kiosk.languages if lang != "fr" and lang not in catalogues]
    report.note("interface", f"French{', ' + ', '.join(catalogues) if catalogues else ''}"
                + (f"; no catalogue for {', '.join(others)} (not offered on the welcome screen)"
                   if others else ""))


# --- the whole -------------------------------------------------------------------------------

def run(config_path: str | None = None) -> int:
    """Run every check, print one line each; 0 when all passed, 1 when any failed."""
    started = time.perf_counter()
    if not os.environ.get("QT_QPA_PLATFORM") and not _has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    root = logging.getLogger()
    quiet = None
    if not root.handlers:                 # the library logs what it leaves out: we report it
        quiet = logging.NullHandler()
        root.addHandler(quiet)
    try:
        return _run(config_path, started)
    finally:
        if quiet is not None:
            root.removeHandler(quiet)


def _run(config_path: str | None, started: float) -> int:
    from kiosk import __version__
    from kiosk import config as config_mod
    from kiosk.schema import DataError
    report = _Report()
    frozen = "bundle " + str(Path(sys.executable).parent) if getattr(sys, "frozen", False) else "source"
    report.say(f"Pas à pas {__version__} self-check ({frozen}, Python {sys.version.split()[0]}, "
               f"{sys.platform})")

    chosen: dict = {}

    def configuration() -> str:
        try:
            cfg = config_mod.load(config_path)
        except DataError as exc:
            chosen["cfg"] = config_mod.load()        # the other checks go on with the default
            raise CheckFailed(f"{len(exc.problems)} problem(s): {_shorten([str(p) for p in exc.problems])}"
                              ) from None
        chosen["cfg"] = cfg
        return f"{cfg.source} ({cfg.site.name}, {cfg.kiosk.post}, {cfg.kiosk.mode} mode)"

    report.check("configuration", configuration)
    cfg = chosen.get("cfg")
    report.check("modules", _check_modules)

    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "kiosk"])
    report.check("qt", lambda: _check_qt(app))
    if cfg is not None:
        work, state = _check_guides(cfg, _content_folder())
        report.check("guides", work)
        if "library" in state:
            report.check("summary", lambda: _check_summary(cfg, state["library"]))
        else:
            report.failed.append("summary")
            report.say("FAIL summary: no guide to summarise (see guides)")
    report.check("fonts", _check_fonts)
    report.check("pictograms", _check_pictograms)
    report.check("web engine", _check_web)
    report.check("read-aloud", lambda: _check_speech(cfg))
    report.check("data folder", _check_data_dir)
    if cfg is not None:
        try:
            _notes(report, cfg)
        except Exception as exc:  # noqa: BLE001 - notes are for reading, never a failure
            report.note("notes", f"unavailable ({type(exc).__name__}: {exc})")

    seconds = time.perf_counter() - started
    if report.failed:
        report.say(f"self-check FAILED: {', '.join(report.failed)} ({seconds:.2f} s)")
    else:
        report.say(f"self-check passed ({seconds:.2f} s)")
    saved = report.save()
    if saved is not None:
        report.show(f"(these lines are also in {saved})")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else None))
