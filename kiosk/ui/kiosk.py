"""Puts the kiosk together: content, session desk, idle clock, PIN gate, language, services, window.

Two phases, so that the welcome screen is painted as soon as possible:
- ``build()``: fonts, post settings, content, the session desk, read-aloud, the idle clock, the
  PIN gate, the translator and the window with its welcome screen;
- ``Kiosk.complete()``, just after the first paint: anonymous figures, the network worker and its
  services (help call, hand-off, content updates), printing, then the other screens.
Nothing here imports reportlab, requests or QtWebEngine: they load when first used.
"""
from __future__ import annotations

import logging
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import paths
from kiosk.config import Config
from kiosk.guides.library import Library
from kiosk.services.speech import ReadAloud
from kiosk.session.files import SessionFiles
from kiosk.session.idle import ActivityFilter, IdleClock
from kiosk.session.pin import PinGate
from kiosk.session.post_settings import PostSettings
from kiosk.session.session import Desk
from kiosk.ui import i18n, theme
from kiosk.ui.parts import Services
from kiosk.ui.shell import KioskWindow

log = logging.getLogger(__name__)


@dataclass
class Kiosk:
    app: QApplication
    config: Config
    desk: Desk
    clock: IdleClock
    translator: i18n.Translator
    services: Services
    window: KioskWindow
    worker: object = None          # kiosk.services.http_worker.HttpWorker, from complete()
    completed: bool = False

    @property
    def library(self) -> Library:
        return self.desk.library

    @property
    def speech(self) -> ReadAloud:
        return self.services.speech

    def complete(self) -> None:
        """What the welcome screen does not need: figures, network, printing, the other screens."""
        if self.completed:
            return
        self.completed = True
        from kiosk.services.help_call import HelpCall
        from kiosk.services.http_worker import HttpWorker
        from kiosk.services.printing import PrintService
        from kiosk.services.stats import Stats
        from kiosk.session.figures import FiguresRecorder
        config, desk, services = self.config, self.desk, self.services
        services.stats = Stats(languages=config.kiosk.languages)
        services.record = FiguresRecorder(desk, services.stats).record
        self.worker = HttpWorker(parent=desk)
        if config.help.endpoint:
            services.help_call = HelpCall(config.help.endpoint, config.kiosk.post, config.site.name,
                                          self.worker, timeout_s=config.help.timeout_s,
                                          attempts=config.help.attempts, parent=desk)
        services.printer = PrintService.from_config(config, parent=desk)
        from kiosk.services.scanner import Scanner
        from kiosk.session.documents import DocumentTray
        services.tray = DocumentTray(parent=desk)
        services.scanner = Scanner(config.scanner, parent=desk)
        desk.add_wipe_hook(services.scanner.cancel)
        desk.add_wipe_hook(services.tray.wipe)
        if config.handoff.endpoint:
            from kiosk.services.handoff import Handoff
            h = config.handoff
            services.handoff = Handoff(h.endpoint, self.worker, timeout_s=h.timeout_s,
                                       keep_days=h.keep_days, first_retry_s=h.retry_first_s,
                                       max_retry_s=h.retry_max_s)
            services.handoff.setParent(desk)
            services.handoff.start()
        self.window.complete()
        QTimer.singleShot(0, services.speech.warm_up)     # speech-dispatcher starts in ~1.5 s
        from kiosk import process
        desk.wiped.connect(lambda _reason: process.release_freed_memory())   # last: views let go first
        services.stats.set_vocabulary(vocabulary(self.library))
        if config.update.url:
            _content_updates(self, config)

    def preview(self, guide_id: str, language: str = "fr") -> None:
        """Open a guide at once (for content editors)."""
        self.complete()                  # the services the guide screens need (scanner, tray…)
        self.window._start(language)
        self.desk.open_guide(guide_id)

    def use_content(self, folder: Path) -> None:
        """Switch to another content pack, between two visitors only."""
        if self.desk.session is not None or folder == self.desk.library.folder:
            return
        library = Library(folder)
        self.desk.library = library
        if self.services.stats is not None:
            self.services.stats.set_vocabulary(vocabulary(library))
        log.info("content %s in use", library.content().version)
        self.window.render()

    def on_uncaught(self, kind, value, tb) -> None:
        """An error anywhere: log where (not what: a message may hold a visitor's words), wipe."""
        frames = "\n".join(f"  {f.filename}:{f.lineno} in {f.name}" for f in traceback.extract_tb(tb))
        log.error("uncaught %s, the session is wiped:\n%s", kind.__name__, frames)
        try:
            self.desk.wipe("error")
        except Exception:  # noqa: BLE001
            log.exception("the wipe after an error failed")

    def shutdown(self) -> None:
        if self.window.completed:
            self.window.site.wipe()            # views, pages, then the profile: in that order
        self.speech.stop()
        self.translator.switch("fr")           # the catalogues belong to the application
        if self.completed:
            self.services.tray.wipe()              # scans in memory do not outlive the kiosk
            self.services.scanner.cancel()
            self.services.printer.shutdown(2000)
            self.worker.shutdown(2000)
            self.services.stats.close()


class AfterFirstPaint(QObject):
    """Runs ``then`` once, just after the window's first paint."""

    def __init__(self, window: QWidget, then: Callable[[], None]):
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


def vocabulary(library: Library) -> dict[str, list[str]]:
    return {g: [s.id for s in library.guide(g).screens] for g in library.ids}


def build(app: QApplication, config: Config, pin_hash: str, content: Path,
          idle_timeout_ms: int | None = None, install_excepthook: bool = True) -> Kiosk:
    theme.load_fonts()
    post = PostSettings.load(config)
    app.setFont(theme.app_font(post.text_size))
    library = Library(content)
    desk = Desk(library, post.text_size)
    speech = ReadAloud(desk)
    desk.add_wipe_hook(speech.stop)
    files = SessionFiles()
    desk.add_wipe_hook(files.wipe)
    services = Services(speech, post)
    clock = IdleClock(idle_timeout_ms or config.kiosk.idle_timeout_s * 1000,
                      config.kiosk.idle_countdown_s, parent=desk)
    translator = i18n.Translator(app)
    gate = PinGate(pin_hash, config.mediator.free_attempts, config.mediator.lockout_s,
                   state_file=paths.data_dir() / "pin-penalty.json")
    window = KioskWindow(config, desk, clock, gate, i18n.available(config.kiosk.languages),
                         translator.switch, services, files)
    window.watch_input(ActivityFilter(clock))
    kiosk = Kiosk(app, config, desk, clock, translator, services, window)
    AfterFirstPaint(window, kiosk.complete)
    if install_excepthook:
        sys.excepthook = kiosk.on_uncaught
    return kiosk


def _content_updates(kiosk: Kiosk, config: Config) -> None:
    """Fetch signed content packs now and every ``check_every_h``; switch between two visitors."""
    from PySide6.QtCore import QTimer

    from kiosk.services.content_pack import ContentStore, ContentUpdater
    store = ContentStore()
    store.in_use = kiosk.library.folder
    updater = ContentUpdater(config.update.url, config.update.public_key, kiosk.worker, store,
                             allowlist=config.allowlist, languages=config.kiosk.languages,
                             timeout_s=config.update.timeout_s, max_bytes=config.update.max_mb * 2**20,
                             parent=kiosk.desk)

    def switch() -> None:
        kiosk.use_content(store.folder())
        store.in_use = kiosk.library.folder
    updater.installed.connect(lambda _version: switch())
    kiosk.desk.wiped.connect(lambda _reason: switch())
    timer = QTimer(kiosk.desk, interval=config.update.check_every_h * 3600 * 1000)
    timer.timeout.connect(updater.check)
    timer.start()
    QTimer.singleShot(0, updater.check)
