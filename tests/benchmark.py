"""`make bench`: the kiosk's figures, measured in one run on this machine.

Prints a table and writes bench-results.json. What is measured:
- launch → first paint of the welcome screen, against a bare PySide6 full-screen window with one
  label (fresh processes, alternated, median of RUNS each), and their peak resident memory;
- a step change (Suivant → the next step painted), median and 95th percentile, at 1920×1080;
- the summary: PDF + on-screen QR + calendar QR, in-process after warm-up;
- the wipe (« Terminer et effacer » → the welcome screen painted);
- a print submission to the local CUPS queue, when one is running;
- listen mode: from a screen change (an answer, « Suivant ») to the engine being asked to say
  the new screen, and to the screen painted (the mock engine: the time is the kiosk's own);
- the split view: open time and memory of the whole process tree (QtWebEngine included);
- the PyInstaller bundle (size, frozen self-check time), when built (`make bundle`).
Targets: start ≤ 1.5× bare, step ≤ 16 ms median, summary ≤ 100 ms, wipe ≤ 300 ms,
memory without the web view ≤ 1.5× bare.
"""
from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREEN = ROOT / "tests" / "offscreen-1920x1080.json"
RUNS = int(os.environ.get("BENCH_RUNS", "7"))
ENV = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={SCREEN}",
       "PASAPAS_DATA_DIR": tempfile.mkdtemp(prefix="pasapas-bench-"), "PASAPAS_TTS_ENGINE": "mock",
       "PASAPAS_CONFIG": ""}
if os.geteuid() == 0:
    ENV["QTWEBENGINE_DISABLE_SANDBOX"] = "1"      # QtWebEngine refuses root otherwise (bench only)

PAINT_WATCH = """
from PySide6.QtCore import QEvent, QObject, QTimer
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is window:
            import resource, sys
            print("painted", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
            QTimer.singleShot(0, app.quit)
            obj.removeEventFilter(self)
        return False
watch = FirstPaint(); window.installEventFilter(watch)
"""
BARE = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
window = QLabel("Bienvenue")
""" + PAINT_WATCH + """
window.showFullScreen()
app.exec()
"""
KIOSK = """
from kiosk import config as config_mod, logsetup, paths
cfg = config_mod.load()
logsetup.configure(paths.log_dir())
from PySide6.QtWidgets import QApplication
from kiosk.ui.kiosk import build
app = QApplication([])
kiosk = build(app, cfg, PIN_HASH, paths.content())   # as in production: the hash comes from the site file
window = kiosk.window
""" + PAINT_WATCH + """
window.showFullScreen()
app.exec()
kiosk.shutdown()
"""


PIN_HASH = "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
KIOSK = f"PIN_HASH = {PIN_HASH!r}\n" + KIOSK


def launch(code: str) -> tuple[float, float]:
    """Seconds from process start to first paint, and peak RSS in MiB."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                             env=ENV, cwd=ROOT, stderr=subprocess.DEVNULL)
    for line in child.stdout:
        if line.startswith("painted"):
            elapsed = time.perf_counter() - start
            child.wait(timeout=30)
            return elapsed, int(line.split()[1]) / 1024
    raise RuntimeError("the child never painted")


def start_up() -> dict:
    bare, kiosk, bare_mem, kiosk_mem = [], [], [], []
    for _ in range(RUNS):
        t, m = launch(BARE)
        bare.append(t), bare_mem.append(m)
        t, m = launch(KIOSK)
        kiosk.append(t), kiosk_mem.append(m)
    b, k = statistics.median(bare), statistics.median(kiosk)
    bm, km = statistics.median(bare_mem), statistics.median(kiosk_mem)
    return {"bare_first_paint_ms": b * 1000, "kiosk_first_paint_ms": k * 1000, "start_ratio": k / b,
            "bare_peak_rss_mib": bm, "kiosk_peak_rss_mib": km, "memory_ratio": km / bm}


def in_process() -> dict:
    os.environ.update(ENV)
    from PySide6.QtWidgets import QApplication

    from kiosk import config as config_mod
    from kiosk import paths
    from kiosk.guides.model import Step
    from kiosk.session.pin import demo_pin, hash_pin
    from kiosk.ui.kiosk import build
    app = QApplication.instance() or QApplication([])
    kiosk = build(app, config_mod.load(), hash_pin(demo_pin()), paths.content(),
                  install_excepthook=False)
    window = kiosk.window
    window.showFullScreen()
    app.processEvents()
    steps, wipes = [], []
    for _ in range(10):
        window._start("fr")
        kiosk.desk.open_guide("caf-dtr")
        journey = kiosk.desk.journey
        while not isinstance(journey.screen, Step):
            screen = journey.screen
            kiosk.desk.move("answer", screen.answers[0].id) if hasattr(screen, "answers") \
                else kiosk.desk.move("next")
        app.processEvents()
        while isinstance(journey.screen, Step):
            t0 = time.perf_counter()
            window.next.click()
            window.repaint()
            steps.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        kiosk.desk.wipe("finished")
        window.repaint()
        wipes.append(time.perf_counter() - t0)
    result = {"step_median_ms": statistics.median(steps) * 1000,
              "step_p95_ms": statistics.quantiles(steps, n=20)[18] * 1000,
              "wipe_median_ms": statistics.median(wipes) * 1000, "step_samples": len(steps)}
    result.update(listen_figures(kiosk))
    result.update(summary_figures(kiosk))
    result.update(documents_figures(kiosk))
    kiosk.shutdown()
    return result


def listen_figures(kiosk) -> dict:
    """Listen mode, every screen of caf-dtr ten times: change → engine asked, change → painted."""
    from kiosk.guides.model import Question
    window, desk = kiosk.window, kiosk.desk
    asked_at: list[float] = []
    kiosk.speech.asked.connect(lambda _text, _language: asked_at.append(time.perf_counter()))
    to_ask, to_paint, ask_minus_paint = [], [], []
    for _ in range(10):
        window.listening.welcome_on = True
        window._start("fr")
        desk.open_guide("caf-dtr")
        window.repaint()
        while not desk.journey.finished:
            screen = desk.journey.screen
            asked_at.clear()
            t0 = time.perf_counter()
            if isinstance(screen, Question):
                desk.move("answer", screen.answers[0].id)
            else:
                window.next.click()
            window.repaint()
            painted = time.perf_counter()
            if asked_at:
                to_ask.append(asked_at[0] - t0)
                to_paint.append(painted - t0)
                ask_minus_paint.append(asked_at[0] - painted)
        desk.wipe("finished")
    ms = 1000
    return {"listen_ask_median_ms": statistics.median(to_ask) * ms,
            "listen_ask_p95_ms": statistics.quantiles(to_ask, n=20)[18] * ms,
            "listen_paint_median_ms": statistics.median(to_paint) * ms,
            "listen_ask_after_paint_p95_ms": statistics.quantiles(ask_minus_paint, n=20)[18] * ms,
            "listen_samples": len(to_ask)}


def documents_figures(kiosk) -> dict:
    """« Mes documents » with SANE's test device: a 200 × 200 mm page at 200 dpi (about an A4's
    width), from « Scanner » to its thumbnail painted; four pages made into one PDF; the chooser
    opened over four documents."""
    if not shutil.which("scanimage"):
        return {}
    from dataclasses import replace

    from PySide6.QtCore import QEventLoop, Qt

    from kiosk.session.documents import Format
    window, tray, scanner = kiosk.window, kiosk.services.tray, kiosk.services.scanner
    scanner.settings = replace(scanner.settings, device="test", resolution=200, timeout_s=60,
                               options=("-x", "200", "-y", "200", "--test-picture", "Color pattern"))
    window._start("fr")
    scans = []
    for index in range(5):
        loop = QEventLoop()
        scanner.scanned.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
        window.scan.open_scan()
        window.scan.colour.setChecked(True)
        t0 = time.perf_counter()
        window.scan.start()
        loop.exec()
        scanner.scanned.disconnect(loop.quit)
        window.scan._keep("Fiche de paie") if index == 0 else window.scan._keep_as_next_page()
        window.scan.close_scan()
        window.documents.open_tray()
        window.documents.repaint()
        scans.append(time.perf_counter() - t0)
        window.documents.hide()
    document = tray.documents[0]
    del document.pages[4:]
    combines = []
    for _ in range(5):
        t0 = time.perf_counter()
        tray.export(document, {Format.PDF})
        combines.append(time.perf_counter() - t0)
    for name in ("RIB", "Bail", "Avis d'impôt"):
        tray.add_page(QImage_of(document.pages[0]), name)
    opens = []
    for _ in range(10):
        t0 = time.perf_counter()
        window.documents.open_chooser({Format.PDF}, False)
        window.documents.repaint()
        opens.append(time.perf_counter() - t0)
        window.documents.hide()
    kiosk.desk.wipe("finished")
    return {"scan_to_thumbnail_median_ms": statistics.median(scans) * 1000,
            "combine_4_pages_pdf_median_ms": statistics.median(combines) * 1000,
            "chooser_open_median_ms": statistics.median(opens) * 1000}


def QImage_of(path):  # noqa: N802
    from PySide6.QtGui import QImage
    return QImage(str(path))


def summary_figures(kiosk) -> dict:
    """PDF + on-screen QR + calendar QR after warm-up: French alone, and French with Arabic
    (the printed summary is then both, four pages: the worst case)."""
    import datetime as dt

    from kiosk.guides.model import Question
    from kiosk.summary import build_summary, render_all
    folder = tempfile.mkdtemp(prefix="pasapas-bench-pdf-")
    result, last_pdf = {}, None
    for language, key in (("fr", "summary_fr_median_ms"), ("ar", "summary_median_ms")):
        kiosk.window._start(language)
        kiosk.desk.open_guide("caf-dtr")
        journey = kiosk.desk.journey
        for _ in range(6):
            screen = journey.screen
            kiosk.desk.move("answer", screen.answers[0].id) if isinstance(screen, Question) \
                else kiosk.desk.move("next")
        times = []
        for index in range(12):
            t0 = time.perf_counter()
            summary = build_summary(journey, kiosk.library, kiosk.config, language, dt.datetime.now())
            last_pdf, _qr, _ical = render_all(summary, folder)
            if index >= 2:
                times.append(time.perf_counter() - t0)
        result[key] = statistics.median(times) * 1000
        kiosk.desk.wipe("finished")
    if shutil.which("lpstat") and "is running" in subprocess.run(["lpstat", "-r"], capture_output=True,
                                                                 text=True).stdout:
        t0 = time.perf_counter()
        if subprocess.run(["lp", "-d", "PDF", str(last_pdf)], capture_output=True).returncode == 0:
            result["print_submission_ms"] = (time.perf_counter() - t0) * 1000
    shutil.rmtree(folder, ignore_errors=True)
    return result


def web_figures() -> dict:
    """In a fresh process: QtWebEngine must not be loaded in this one."""
    code = ("import json; from kiosk.web.measure import open_time_and_tree_rss; "
            "print('RESULT', json.dumps(open_time_and_tree_rss()))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=ENV,
                         cwd=ROOT, timeout=300)
    for line in out.stdout.splitlines():
        if line.startswith("RESULT"):
            return {f"web_{k}": v for k, v in json.loads(line[6:]).items()}
    return {"web_error": (out.stderr.strip().splitlines() or ["no result"])[-1]}


def bundle_figures() -> dict:
    folder = ROOT / "dist" / "pasapas"
    if not folder.exists():
        return {}
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
    exe = next((p for p in (folder / "pasapas-cli", folder / "pasapas") if p.exists()), None)
    result = {"bundle_mib": size / 2**20}
    if exe:
        t0 = time.perf_counter()
        ok = subprocess.run([str(exe), "--self-check"], capture_output=True, env=ENV, timeout=300)
        result["frozen_self_check_s"] = time.perf_counter() - t0
        result["frozen_self_check_ok"] = ok.returncode == 0
    return result


TARGETS = {"start_ratio": ("≤", 1.5), "step_median_ms": ("≤", 16),
           "listen_ask_after_paint_p95_ms": ("≤", 16.7), "summary_median_ms": ("≤", 100),
           "summary_fr_median_ms": ("≤", 100),
           "wipe_median_ms": ("≤", 300), "memory_ratio": ("≤", 1.5), "print_submission_ms": ("≤", 1000)}


def main() -> int:
    results = {"machine": os.uname().machine, "cpus": os.cpu_count(), "runs": RUNS,
               "date": time.strftime("%Y-%m-%d")}
    results.update(start_up())
    results.update(in_process())
    results.update(web_figures())
    results.update(bundle_figures())
    width = max(len(k) for k in results)
    for key, value in results.items():
        target = TARGETS.get(key)
        mark = ""
        if target and isinstance(value, (int, float)):
            mark = f"  (target {target[0]} {target[1]}: {'OK' if value <= target[1] else 'MISSED'})"
        shown = f"{value:.2f}" if isinstance(value, float) else str(value)
        print(f"{key:<{width}}  {shown}{mark}")
    (ROOT / "bench-results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"\nwritten to {ROOT / 'bench-results.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
