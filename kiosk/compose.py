"""The composition root: puts the kiosk together, in two phases, here and nowhere else.

- ``build()``, before the first paint: fonts, post settings, content, the session desk,
  read-aloud, listen mode, the idle clock, the translator, and the window with its welcome screen;
- ``Kiosk.complete()``, just after it (``AfterFirstPaint``), or at the first touch: the services
  (anonymous figures, the network worker, help call, hand-off, printing, scanner, « Mes
  documents »), typed and whole, then the other screens, then each controller with exactly the
  collaborators it uses (never the window), attached to the window.
Nothing here imports reportlab, requests or QtWebEngine: they load when first used.
"""
from __future__ import annotations

import logging
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import paths
from kiosk.config import Config
from kiosk.services.speech import ReadAloud
from kiosk.session.idle import ActivityFilter, IdleClock
from kiosk.session.post_settings import PostSettings
from kiosk.session.session import Desk
from kiosk.style import theme
from kiosk.ui import i18n
from kiosk.ui.listen import ListenMode
from kiosk.ui.shell import KioskWindow

if TYPE_CHECKING:
    from kiosk.session.files import SessionFiles
    from kiosk.guides.library import Library
    from kiosk.services.handoff import Handoff
    from kiosk.services.help_call import HelpCall
    from kiosk.services.http_worker import HttpWorker
    from kiosk.services.printing import PrintService
    from kiosk.services.scanner import Scanner
    from kiosk.services.stats import Stats
    from kiosk.session.documents import DocumentTray
    from kiosk.ui.mediation import Mediation
    from kiosk.ui.site_side import SiteSide
    from kiosk.ui.takeaway import Takeaway

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Services:
    """The services past the welcome screen, each built before anything uses it."""
    speech: ReadAloud
    post: PostSettings
    stats: Stats
    record: Callable[..., None]        # an anonymous event (kiosk/session/figures.py)
    http_worker: HttpWorker
    printer: PrintService
    tray: DocumentTray                 # « Mes documents »
    scanner: Scanner
    help_call: HelpCall | None         # None: no mediators' desk configured
    handoff: Handoff | None            # None: no hand-off endpoint


@dataclass
class Controllers:
    """What is built after the first paint and attached to the window."""
    site: SiteSide
    takeaway: Takeaway
    mediation: Mediation
    tray: DocumentTray


@dataclass
class Kiosk:
    app: QApplication
    config: Config
    desk: Desk
    clock: IdleClock
    translator: i18n.Translator
    speech: ReadAloud
    post: PostSettings
    pin_hash: str
    window: KioskWindow
    services: Services | None = None   # from complete()
    files: SessionFiles | None = None  # the session's temporary files, from complete()

    @property
    def completed(self) -> bool:
        return self.services is not None

    @property
    def library(self) -> Library:
        return self.desk.library

    def complete(self) -> None:
        """What the welcome screen does not need: services, the other screens, the controllers."""
        if self.services is not None:
            return
        theme.load_fonts(first=False)
        from kiosk.session.files import SessionFiles
        self.files = SessionFiles()
        self.desk.add_wipe_hook(self.files.wipe)         # first after the voice, as before
        self.services = services = _services(self.config, self.desk, self.speech, self.post)
        _screens_and_controllers(self, services)
        QTimer.singleShot(0, self.speech.warm_up)     # speech-dispatcher starts in ~1.5 s
        from kiosk import logsetup
        logsetup.rotate()
        from kiosk import process
        self.desk.wiped.connect(lambda _reason: process.release_freed_memory())   # last: views first
        services.stats.set_vocabulary(vocabulary(self.library))
        if self.config.update.url:
            _content_updates(self, self.config)

    def preview(self, guide_id: str, language: str = "fr") -> None:
        """Open a guide at once (for content editors)."""
        self.complete()                  # the services the guide screens need (scanner, tray…)
        self.window._start(language)
        self.desk.open_guide(guide_id)

    def use_content(self, folder: Path) -> None:
        """Switch to another content pack, between two visitors only."""
        if self.desk.session is not None or folder == self.desk.library.folder:
            return
        from kiosk.guides.library import Library
        library = Library(folder)
        self.desk.library = library
        if self.services is not None:
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
        if self.services is not None:
            self.services.tray.wipe()              # scans in memory do not outlive the kiosk
            self.services.scanner.cancel()
            self.services.printer.shutdown(2000)
            self.services.http_worker.shutdown(2000)
            self.services.stats.close()


def _services(config: Config, desk: Desk, speech: ReadAloud, post: PostSettings) -> Services:
    from kiosk.services.help_call import HelpCall
    from kiosk.services.http_worker import HttpWorker
    from kiosk.services.printing import PrintService
    from kiosk.services.scanner import Scanner
    from kiosk.services.stats import Stats
    from kiosk.session.documents import DocumentTray
    from kiosk.session.figures import FiguresRecorder
    stats = Stats(languages=config.kiosk.languages)
    worker = HttpWorker(parent=desk)
    help_call = handoff = None
    if config.help.endpoint:
        help_call = HelpCall(config.help.endpoint, config.kiosk.post, config.site.name, worker,
                             timeout_s=config.help.timeout_s, attempts=config.help.attempts, parent=desk)
    tray, scanner = DocumentTray(parent=desk), Scanner(config.scanner, parent=desk)
    desk.add_wipe_hook(scanner.cancel)
    desk.add_wipe_hook(tray.wipe)
    if config.handoff.endpoint:
        from kiosk.services.handoff import Handoff
        h = config.handoff
        handoff = Handoff(h.endpoint, worker, timeout_s=h.timeout_s, keep_days=h.keep_days,
                          first_retry_s=h.retry_first_s, max_retry_s=h.retry_max_s)
        handoff.setParent(desk)
        handoff.start()
    return Services(speech, post, stats, FiguresRecorder(desk, stats).record, worker,
                    PrintService.from_config(config, parent=desk), tray, scanner, help_call, handoff)


def _screens_and_controllers(kiosk: Kiosk, services: Services) -> None:
    from kiosk.session.papers import checklist_papers
    from kiosk.session.pin import PinGate
    from kiosk.ui.chooser import DocumentChooser
    from kiosk.ui.documents import standard_names
    from kiosk.ui.mediation import Mediation
    from kiosk.ui.site_side import SiteSide
    from kiosk.ui.takeaway import Takeaway
    config, desk, window, s = kiosk.config, kiosk.desk, kiosk.window, services

    def names() -> list[str]:
        return list(dict.fromkeys(checklist_papers(desk.journey) + standard_names()))
    gate = PinGate(kiosk.pin_hash, config.mediator.free_attempts, config.mediator.lockout_s,
                   state_file=paths.data_dir() / "pin-penalty.json")
    window.add_screens(gate, s.post.languages, s.tray, s.scanner, names, s.record)
    chooser = DocumentChooser(window.documents, s.tray, config.upload_limit, s.record)
    site = SiteSide(window.splitter, desk, config.allowlist, config.webmail_domains, chooser,
                    s.printer, s.tray, kiosk.files, s.record)
    desk.add_wipe_hook(site.wipe)
    takeaway = Takeaway(window.summary, desk, config, kiosk.files, s.printer, s.handoff, s.tray, s.record)
    mediation = Mediation(window.pin_pad, window.panel, desk, config, s.post, s.speech, s.printer,
                          s.stats, s.help_call, s.record)
    window.attach(Controllers(site, takeaway, mediation, s.tray))


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
    desk = Desk(content, post.text_size)             # the guides load after the first paint
    speech = ReadAloud(desk)
    desk.add_wipe_hook(speech.stop)
    clock = IdleClock(idle_timeout_ms or config.kiosk.idle_timeout_s * 1000,
                      config.kiosk.idle_countdown_s, parent=desk)
    translator = i18n.Translator(app)
    listening = ListenMode(speech, desk, parent=desk)          # kiosk/ui/listen.py
    window = KioskWindow(config, desk, clock, speech, listening, post.languages,
                         i18n.available(config.kiosk.languages), translator.switch)
    window.watch_input(ActivityFilter(clock))
    kiosk = Kiosk(app, config, desk, clock, translator, speech, post, pin_hash, window)
    window.on_first_touch = kiosk.complete
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
    updater = ContentUpdater(config.update.url, config.update.public_key, kiosk.services.http_worker, store,
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
