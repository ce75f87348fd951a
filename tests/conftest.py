"""Test set-up: offscreen at 1920×1080, a throw-away data folder, strict pytest-qt."""
from __future__ import annotations

import os
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest

HERE = Path(__file__).parent
TEST_CONTENT = HERE / "data" / "content"

if not os.environ.get("QT_QPA_PLATFORM", "").startswith("xcb"):
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={HERE / 'offscreen-1920x1080.json'}"
os.environ["PASAPAS_DATA_DIR"] = tempfile.mkdtemp(prefix="pasapas-test-data-")
os.environ["PASAPAS_CONFIG"] = ""                   # the embedded default, never /etc's
os.environ["PASAPAS_TTS_ENGINE"] = "mock"           # the edge of the system: no audio in tests
os.environ.pop("PASAPAS_CONTENT_DIR", None)
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"     # root CI only; the kiosk refuses root

pytest_plugins = ["logfail"]          # an unexpected WARNING or ERROR fails its test

from kiosk import config as config_mod  # noqa: E402
from kiosk.session.pin import hash_pin  # noqa: E402

TEST_PIN = "246810"
TEST_PIN_HASH = hash_pin(TEST_PIN)


@pytest.fixture
def config() -> config_mod.Config:
    """The embedded default site, with short timers for tests."""
    cfg = config_mod.load()
    return replace(cfg, kiosk=replace(cfg.kiosk, idle_countdown_s=20),
                   mediator=replace(cfg.mediator, pin_hash=TEST_PIN_HASH, lockout_s=30))


_built = []


@pytest.fixture(autouse=True)
def _delete_kiosks():
    """Each test's kiosk is really deleted afterwards (its app-wide event filters with it).
    A test that builds no kiosk needs no QApplication (tests/test_presenter.py)."""
    yield
    if not _built:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    while _built:
        kiosk = _built.pop()
        kiosk.shutdown()
        kiosk.window.may_close = True
        kiosk.window.close()
        kiosk.window.deleteLater()
        kiosk.desk.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def make_kiosk(qtbot, config, content: Path = TEST_CONTENT, idle_timeout_ms: int = 60_000):
    from PySide6.QtWidgets import QApplication

    from kiosk.compose import build
    kiosk = build(QApplication.instance(), config, config.mediator.pin_hash, content,
                  idle_timeout_ms=idle_timeout_ms, install_excepthook=False)
    _built.append(kiosk)
    kiosk.window.may_close = True          # tests close it at the end
    kiosk.complete()
    kiosk.window.resize(1920, 1080)
    kiosk.window.show()
    qtbot.waitExposed(kiosk.window)
    return kiosk


@pytest.fixture
def kiosk(qtbot, config):
    return make_kiosk(qtbot, config)


@pytest.fixture
def real_kiosk(qtbot, config):
    """The kiosk with the real guides shipped in assets/."""
    from kiosk import paths
    return make_kiosk(qtbot, config, paths.content())


@pytest.fixture(autouse=True)
def _forget_pin_penalty():
    """The PIN penalty lives in the data folder and survives restarts: not from test to test."""
    yield
    from kiosk import paths
    (paths.data_dir() / "pin-penalty.json").unlink(missing_ok=True)
