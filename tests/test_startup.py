"""Only what the welcome screen needs is imported before its first paint (the fast start)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LATER = ("kiosk.guides.model", "kiosk.guides.loader", "kiosk.guides.content", "kiosk.guides.library", "kiosk.session.journey",
         "kiosk.session.pin", "kiosk.session.files", "kiosk.ui.header", "kiosk.ui.navbar", "kiosk.ui.step",
         "kiosk.services.printing", "kiosk.services.stats", "kiosk.summary", "logging.handlers",
         "json", "hashlib", "PySide6.QtWebEngineWidgets", "PySide6.QtMultimedia", "reportlab",
         "requests")
PROBE = """
import sys
from kiosk import config as config_mod, logsetup, paths
cfg = config_mod.load()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from kiosk.compose import build
app = QApplication([])
kiosk = build(app, cfg, "", paths.content(), install_excepthook=False)
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is kiosk.window:
            print(" ".join(sorted(sys.modules)), flush=True)
            obj.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False
watch = FirstPaint()
kiosk.window.installEventFilter(watch)
kiosk.window.show()
app.exec()
"""


def test_the_welcome_screen_is_painted_before_the_guides_services_and_chrome_load(tmp_path):
    env = dict(os.environ, PASAPAS_DATA_DIR=str(tmp_path), PASAPAS_CONFIG="", PASAPAS_TTS_ENGINE="mock")
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split())
    assert "kiosk.ui.welcome" in loaded
    assert sorted(m for m in LATER if m in loaded) == []
