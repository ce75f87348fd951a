"""Facts of the platform the kiosk relies on, checked where they broke before."""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_do_not_eat_references_to_none(qapp):
    """PySide6 6.12.0 on Python 3.11 decremented None's count at every call returning None,
    killing a kiosk after a few thousand touches (.ci/pick-python.sh picks a safe Python)."""
    widget = QLabel()
    before = sys.getrefcount(None)
    for _ in range(500):
        widget.setText("x")
    assert sys.getrefcount(None) >= before - 50
