"""X11's PRIMARY selection after the wipe, on a real X server (Xvfb).

What a visitor selects — their name in the summary, an e-mail address in an official form — goes
into PRIMARY, and any program's middle click pastes it. The kiosk runs in its own process on the
X server; another X client, as the next visitor's middle click would, reads PRIMARY before and
after « Terminer et effacer ». (The other tests run offscreen, where there is no selection.)
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MARKER = "ZQXJ-Selection-Visiteuse"

KIOSK = textwrap.dedent("""
    import os, sys
    from PySide6.QtCore import QSocketNotifier
    from PySide6.QtGui import QClipboard
    from PySide6.QtWidgets import QApplication
    from kiosk import config, paths
    from kiosk.session.pin import hash_pin
    from kiosk.compose import build
    app = QApplication([])
    kiosk = build(app, config.load(), hash_pin("246810"), paths.content(), install_excepthook=False)
    kiosk.complete()
    kiosk.window.show()
    kiosk.window._start("fr")
    def command():
        line = sys.stdin.readline().strip()
        if line == "select":          # the visitor selects their name: Qt puts it in PRIMARY
            app.clipboard().setText(sys.argv[1], QClipboard.Mode.Selection)
            app.clipboard().setText(sys.argv[1], QClipboard.Mode.Clipboard)
        elif line == "wipe":
            kiosk.desk.wipe("finished")
        elif line in ("quit", ""):
            kiosk.shutdown(); app.quit(); return
        print(line, "done", app.clipboard().supportsSelection(), flush=True)
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(command)
    print("ready", flush=True)
    app.exec()
""")

READ = textwrap.dedent("""
    from PySide6.QtGui import QClipboard, QGuiApplication
    app = QGuiApplication([])
    clipboard = app.clipboard()
    print(repr((clipboard.text(QClipboard.Mode.Selection), clipboard.text(QClipboard.Mode.Clipboard))))
""")


@pytest.fixture
def display():
    if not shutil.which("Xvfb"):
        pytest.skip("Xvfb is not installed (make test installs it)")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as ready:                 # Xvfb writes its number once it accepts clients
        number = ready.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def x_env(display: str, tmp_path: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_QPA", "WAYLAND"))}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", PASAPAS_DATA_DIR=str(tmp_path / "data"),
               PASAPAS_CONFIG="", PASAPAS_TTS_ENGINE="mock", PYTHONPATH=str(ROOT))
    return env


def what_a_middle_click_pastes(env: dict) -> tuple[str, str]:
    done = subprocess.run([sys.executable, "-c", READ], capture_output=True, text=True, env=env,
                          timeout=60, check=True)
    return eval(done.stdout.strip().splitlines()[-1])      # noqa: S307 - our own repr()


def test_the_wipe_empties_the_primary_selection(display, tmp_path):
    env = x_env(display, tmp_path)
    kiosk = subprocess.Popen([sys.executable, "-c", KIOSK, MARKER], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)

    def say(command: str) -> str:
        kiosk.stdin.write(command + "\n")
        kiosk.stdin.flush()
        return kiosk.stdout.readline().strip()
    try:
        assert kiosk.stdout.readline().strip() == "ready", kiosk.stderr.read()
        assert say("select") == "select done True"            # X11 has a selection
        assert what_a_middle_click_pastes(env) == (MARKER, MARKER)
        assert say("wipe") == "wipe done True"
        assert what_a_middle_click_pastes(env) == ("", "")
    finally:
        if kiosk.poll() is None:
            kiosk.stdin.write("quit\n")
            kiosk.stdin.close()
            kiosk.wait(30)
