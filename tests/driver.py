"""Driving the kiosk as a visitor does: by the words on the buttons."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from kiosk.style.widgets import WrapButton


def button_text(b: QAbstractButton) -> str:
    return b.text_content() if isinstance(b, WrapButton) else b.text()


def visible_buttons(root: QWidget) -> list[QAbstractButton]:
    return [b for b in root.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()]


def find_button(root: QWidget, text: str) -> QAbstractButton:
    matches = [b for b in visible_buttons(root) if button_text(b) == text]
    assert matches, f"no visible button {text!r} among {[button_text(b) for b in visible_buttons(root)]}"
    return matches[0]


def click(qtbot, root: QWidget, text: str) -> None:
    qtbot.mouseClick(find_button(root, text), Qt.MouseButton.LeftButton)


def visible_texts(root: QWidget) -> list[str]:
    texts = [w.text() for w in root.findChildren(QLabel) if w.isVisible() and w.text()]
    texts += [button_text(b) for b in visible_buttons(root)]
    return texts


def all_texts(root: QWidget) -> str:
    """Every text held by any label or button, shown or hidden, and every accessible name."""
    parts = []
    for w in root.findChildren(QWidget):
        parts.append(w.accessibleName())
        parts.append(w.accessibleDescription())
        if isinstance(w, QLabel):
            parts.append(w.text())
        if isinstance(w, QAbstractButton):
            parts.append(w.text())
    return "\n".join(p for p in parts if p)


def start(qtbot, kiosk) -> None:
    click(qtbot, kiosk.window, "Touchez l'écran pour commencer")
    assert kiosk.desk.session is not None


def mediator_chord(window: QWidget) -> None:
    """Ctrl+Alt+M as the keyboard sends it: to the window, whatever widget has the focus."""
    from PySide6.QtTest import QTest
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_M,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
