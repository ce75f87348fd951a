"""Simulated visitors through the real interface, one after the other.

Each visitor starts in a random offered language, then touches random visible, enabled buttons
of the window (never the mediator's corner, never « Ouvrir le site »: the web view is measured
apart), switches language, text size and contrast now and then, calls for help, prints to the
CUPS queue when one runs, and leaves by « Terminer et effacer » or by the idle wipe.

`make soak` runs 500 visitors and checks the resident memory grows by less than 10 % from the
50th to the 500th; the tests run a few dozen.
"""
from __future__ import annotations

import gc
import random
import resource
import sys

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QAbstractButton, QApplication



def rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def settle() -> None:
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def candidates(window) -> list[QAbstractButton]:
    """The buttons a visitor could touch now; not the official site (measured apart)."""
    skip = {window.step.site, window.panel.quit_button, window.panel.printer_test}
    return [b for b in window.findChildren(QAbstractButton)
            if b.isVisible() and b.isEnabled() and b not in skip]


def visitor(kiosk, rng: random.Random, actions: int = 25, printing: bool = False) -> None:
    window, desk = kiosk.window, kiosk.desk
    languages = kiosk.services.post.languages
    window._start(rng.choice(languages))
    for _ in range(actions):
        if desk.session is None:
            return
        roll = rng.random()
        if roll < 0.05:
            window.desk.set_language(rng.choice(languages))
        elif roll < 0.08:
            window.desk.cycle_text_size()
        elif roll < 0.10:
            window.desk.toggle_contrast()
        elif roll < 0.11:
            window.call_help()
            window.mediation._set_help(False)
        elif roll < 0.13:
            window.clock.expired.emit()                  # the idle wipe, without the waiting
            return
        else:
            buttons = candidates(window)
            if not printing:
                buttons = [b for b in buttons if b is not window.summary.print_button]
            if buttons:
                rng.choice(buttons).click()
        settle()
    if desk.session is not None:
        desk.wipe("finished")
    settle()


def soak(kiosk, count: int, seed: int = 2026, printing: bool = False) -> list[float]:
    """Run ``count`` visitors; returns the resident memory after each, in MiB."""
    rng = random.Random(seed)
    memory = []
    for _ in range(count):
        visitor(kiosk, rng, printing=printing)
        gc.collect()
        settle()
        memory.append(rss_mib())
    return memory


def main(count: int = 500) -> int:
    import os
    import shutil
    import subprocess
    import tempfile
    from dataclasses import replace
    root = os.path.dirname(os.path.abspath(__file__))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={root}/offscreen-1920x1080.json"
    os.environ.setdefault("PASAPAS_DATA_DIR", tempfile.mkdtemp(prefix="pasapas-soak-"))
    os.environ["PASAPAS_TTS_ENGINE"] = "mock"
    os.environ["PASAPAS_CONFIG"] = ""
    from kiosk import config as config_mod
    from kiosk import paths
    from kiosk.session.pin import hash_pin
    from kiosk.compose import build
    app = QApplication.instance() or QApplication([])
    cfg = config_mod.load()
    cups = shutil.which("lpstat") and "is running" in subprocess.run(
        ["lpstat", "-r"], capture_output=True, text=True).stdout
    if cups:
        cfg = replace(cfg, printing=replace(cfg.printing, printer="PDF"))
    kiosk = build(app, cfg, hash_pin("135790"), paths.content(), install_excepthook=False)
    kiosk.complete()
    kiosk.window.resize(1920, 1080)
    kiosk.window.show()
    errors = []
    sys.excepthook = lambda kind, value, tb: errors.append(kind.__name__)
    memory = soak(kiosk, count, printing=bool(cups))
    base, last = memory[min(49, len(memory) - 1)], memory[-1]
    growth = (last - base) / base * 100
    print(f"{count} visitors; RSS {base:.1f} MiB at the 50th, {last:.1f} MiB at the last "
          f"({growth:+.1f} %); uncaught errors: {len(errors)}")
    kiosk.shutdown()
    return 0 if growth < 10 and not errors else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 500))
