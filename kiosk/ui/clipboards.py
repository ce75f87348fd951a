"""The wipe's part in the platform's clipboards."""
from __future__ import annotations

from PySide6.QtGui import QClipboard, QGuiApplication


def clear_clipboards() -> None:
    """Every clipboard the platform has: the clipboard, X11's selection (a middle click pastes
    what was last selected, a name or an e-mail address) and macOS's find buffer."""
    clipboard = QGuiApplication.clipboard()
    Mode = QClipboard.Mode
    for mode, there in ((Mode.Clipboard, True), (Mode.Selection, clipboard.supportsSelection()),
                        (Mode.FindBuffer, clipboard.supportsFindBuffer())):
        if there:
            clipboard.clear(mode)
