"""Puts the kiosk together: content, session desk, idle clock, PIN gate, language, window."""
from __future__ import annotations

import logging
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk.config import Config
from kiosk.guides.library import Library
from kiosk.session.idle import ActivityFilter, IdleClock
from kiosk.session.pin import PinGate
from kiosk.services.speech import ReadAloud
from kiosk.session.session import Desk
from kiosk.ui import i18n, theme
from kiosk.ui.shell import KioskWindow

log = logging.getLogger(__name__)


@dataclass
class Kiosk:
    app: QApplication
    config: Config
    library: Library
    desk: Desk
    clock: IdleClock
    translator: i18n.Translator
    speech: ReadAloud
    window: KioskWindow

    def preview(self, guide_id: str, language: str = "fr") -> None:
        """Open a guide at once (for content editors)."""
        self.window._start(language)
        self.desk.open_guide(guide_id)

    def on_uncaught(self, kind, value, tb) -> None:
        """An error anywhere: log where (not what: a message may hold a visitor's words), wipe."""
        frames = "".join(traceback.format_list(traceback.extract_tb(tb)))
        log.error("uncaught %s, the session is wiped:\n%s", kind.__name__, frames)
        try:
            self.desk.wipe("error")
        except Exception:  # noqa: BLE001
            log.exception("the wipe after an error failed")


def build(app: QApplication, config: Config, pin_hash: str, content: Path,
          idle_timeout_ms: int | None = None, install_excepthook: bool = True) -> Kiosk:
    theme.load_fonts()
    app.setFont(theme.app_font(config.kiosk.text_size))
    library = Library(content)
    desk = Desk(library, config.kiosk.text_size)
    clock = IdleClock(idle_timeout_ms or config.kiosk.idle_timeout_s * 1000,
                      config.kiosk.idle_countdown_s, parent=desk)
    app.installEventFilter(ActivityFilter(clock))
    translator = i18n.Translator(app)
    gate = PinGate(pin_hash, config.mediator.free_attempts, config.mediator.lockout_s)
    speech = ReadAloud(desk)
    desk.add_wipe_hook(speech.stop)
    window = KioskWindow(config, desk, clock, gate, i18n.available(config.kiosk.languages),
                         translator.switch, speech)
    kiosk = Kiosk(app, config, library, desk, clock, translator, speech, window)
    if install_excepthook:
        sys.excepthook = kiosk.on_uncaught
    return kiosk
