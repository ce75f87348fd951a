"""The kiosk's process: no core dump, memory unreadable by other programs of its account."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux process controls")
def test_harden_switches_core_dumps_off_and_makes_the_process_undumpable():
    code = textwrap.dedent("""
        import ctypes, ctypes.util, resource
        from kiosk import process
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        dumpable = lambda: bool(libc.prctl(3, 0, 0, 0, 0))       # PR_GET_DUMPABLE
        assert dumpable() is True
        print(process.harden())
        print(resource.getrlimit(resource.RLIMIT_CORE), dumpable())
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["[]", "(0, 0) False"]


def test_the_kiosk_hardens_itself_before_anything_else(monkeypatch, config):
    """`run()` calls it first: even a refused start has no core to leave."""
    from dataclasses import replace

    from kiosk import app, process
    calls = []
    monkeypatch.setattr(process, "harden", lambda: calls.append("harden") or [])
    refused = replace(config, kiosk=replace(config.kiosk, mode="production"),
                      mediator=replace(config.mediator, pin_hash=""))
    args = app._parser().parse_args([])
    assert app.run(refused, args) == 2 and calls == ["harden"]


def test_a_wipe_hands_freed_memory_back(qtbot, kiosk, monkeypatch):
    from kiosk import process
    calls = []
    monkeypatch.setattr(process, "release_freed_memory", lambda: calls.append(1))
    kiosk.desk.start("fr")
    kiosk.desk.wipe("finished")
    assert calls == [1]
