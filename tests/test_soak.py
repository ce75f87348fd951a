"""A few dozen visitors through the real interface: no crash, no Qt warning, no error, nothing
left of them (the full 500, with the memory check, is `make soak`)."""
from __future__ import annotations

import gc
import sys

import pytest

from soak import soak


@pytest.mark.qt_no_exception_capture
def test_visitors_one_after_the_other(qtbot, real_kiosk):
    errors = []
    previous, sys.excepthook = sys.excepthook, lambda kind, value, tb: errors.append(kind.__name__)
    try:
        memory = soak(real_kiosk, 40)
    finally:
        sys.excepthook = previous
    assert errors == []
    assert real_kiosk.desk.session is None and "Bienvenue" in real_kiosk.window.welcome.title.text()
    gc.collect()
    assert memory[-1] < memory[9] * 1.10          # no growth from one visitor to the next
