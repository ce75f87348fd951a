"""The kiosk window: header, the current screen, the navigation bar, overlays, and lockdown."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.config import Config
from kiosk.guides.model import Checklist, End, Step, Tile
from kiosk.session.files import SessionFiles
from kiosk.session.idle import IdleClock
from kiosk.session.pin import PinGate
from kiosk.session.session import Desk
from kiosk.ui import theme
from kiosk.ui.header import Header, HelpBanner
from kiosk.ui.listen import ListenMode
from kiosk.ui.lockdown import LockedWindow
from kiosk.ui.navbar import NavBar
from kiosk.ui.site_side import SiteSide, make_splitter
from kiosk.ui.parts import Services
from kiosk.ui.welcome import LANGUAGE_NAMES, WelcomePage

log = logging.getLogger(__name__)
# The checklist items that are papers (a scanned page may be one), by their pictogram.
PAPER_PICTOGRAMS = {"piece-identite", "titre-sejour", "justificatif-domicile", "fiche-de-paie", "rib",
                    "avis-impot", "bail", "livret-famille", "attestation", "carnet-sante",
                    "carte-vitale", "pdf"}


def clear_clipboards() -> None:
    """Every clipboard the platform has: the clipboard, X11's selection (a middle click pastes
    what was last selected, a name or an e-mail address) and macOS's find buffer."""
    clipboard = QGuiApplication.clipboard()
    Mode = QClipboard.Mode
    for mode, there in ((Mode.Clipboard, True), (Mode.Selection, clipboard.supportsSelection()),
                        (Mode.FindBuffer, clipboard.supportsFindBuffer())):
        if there:
            clipboard.clear(mode)


class KioskWindow(LockedWindow):
    def __init__(self, config: Config, desk: Desk, clock: IdleClock, gate: PinGate,
                 languages: list[str], switch_language: Callable[[str], None], services: Services,
                 files: SessionFiles):
        super().__init__(config.production)
        self.setObjectName("KioskRoot")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.config, self.desk, self.clock, self.services = config, desk, clock, services
        self.files = files
        self.showing_summary = False       # the summary asked for before the end of the guide
        self.speech = services.speech
        self.switch_language = switch_language
        self.tile: Tile | None = None

        self.header = Header(config.kiosk.post, config.mediator.long_press_s * 1000)
        self.help_banner = HelpBanner(config.kiosk.post)
        self.pages = QStackedWidget()
        self.spoken_only = {v.id: v.name for v in desk.library.content().spoken_only}
        self.welcome = WelcomePage(config.site, languages, desk.library.content().spoken_only)
        self.welcome.set_languages(services.post.languages)
        self.welcome.start.connect(self._start)
        self.listening = ListenMode(self, self.speech)          # kiosk/ui/listen.py
        self.watch_input(self.listening)
        self.welcome.ear_toggled.connect(lambda on: self.listening.welcome_ear(on, self.welcome.offered))
        self.welcome.preview.connect(lambda code: self.listening.say_language(code, self.spoken_only))
        self.pages.addWidget(self.welcome)
        self.footer = NavBar()
        (self.back, self.restart, self.home_button, self.summary_button, self.finish,
         self.next) = self.footer.buttons().values()
        guide_side = QWidget()
        column = QVBoxLayout(guide_side)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.pages, 1)
        column.addWidget(self.footer)
        self.splitter = make_splitter(guide_side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.help_banner)
        layout.addWidget(self.splitter, 1)
        self._gate, self._languages = gate, languages
        self.guide_pages, self.overlays = [], []
        self.completed = False
        self.setWindowTitle("Pas à pas")
        self.retranslate()
        self.render()

    def complete(self) -> None:
        """Everything but the welcome screen: built just after it is painted (fast start)."""
        if self.completed:
            return
        from kiosk.ui.checklist import ChecklistPage
        from kiosk.ui.choices import ConfirmWipe, HelpComing, LanguageChoice, WebmailChoice
        from kiosk.ui.chooser import DocumentChooser
        from kiosk.ui.documents import DocumentsOverlay
        from kiosk.ui.scan import ScanOverlay
        from kiosk.ui.end import EndPage
        from kiosk.ui.home import GuideListPage, HomePage
        from kiosk.ui.idle_overlay import IdleOverlay
        from kiosk.ui.mediation import Mediation
        from kiosk.ui.question import QuestionPage
        from kiosk.ui.step import StepPage
        from kiosk.ui.takeaway import Takeaway
        self.home, self.guide_list = HomePage(), GuideListPage()
        self.question, self.checklist, self.step, self.end = (QuestionPage(), ChecklistPage(),
                                                              StepPage(), EndPage())
        self.guide_pages = [self.question, self.checklist, self.step, self.end]
        for page in [self.home, self.guide_list] + self.guide_pages:
            self.pages.addWidget(page)
        self.idle_overlay = IdleOverlay(self)
        self.confirm = ConfirmWipe(self)
        self.language_choice = LanguageChoice(self, self._languages)
        self.language_choice.set_languages(self.services.post.languages)
        self.help_coming = HelpComing(self, self.config.kiosk.post)
        services, record = self.services, lambda event, **f: self.services.record(event, **f)
        self.step.has_scanner = services.scanner.present
        self.documents = DocumentsOverlay(self, services.tray, self.document_names,
                                          services.scanner.present)
        self.scan = ScanOverlay(self, services.scanner, services.tray, self.document_names, record)
        self.chooser = DocumentChooser(self.documents, services.tray, self.config.upload_limit, record)
        self.webmail_choice = WebmailChoice(self, self.config.webmail)
        self.site = SiteSide(self, self.splitter, self.chooser)
        self.desk.add_wipe_hook(self.site.wipe)
        self.takeaway = Takeaway(self, self.services, self.files)
        self.summary = self.takeaway.page
        self.pages.addWidget(self.summary)
        self.mediation = Mediation(self, self._gate, self.services, self._languages)
        self.pin_pad, self.panel = self.mediation.pin_pad, self.mediation.panel
        self.overlays = [self.idle_overlay, self.confirm, self.language_choice, self.help_coming,
                         self.documents, self.scan, self.webmail_choice, self.pin_pad, self.panel]
        self.completed = True
        self._connect()
        self.retranslate()

    @property
    def all_pages(self):
        return [self.pages.widget(i) for i in range(self.pages.count())]

    def _connect(self) -> None:
        d = self.desk
        self.home.tile_chosen.connect(self._tile)
        self.guide_list.guide_chosen.connect(d.open_guide)
        self.question.answered.connect(lambda a: d.move("answer", a))
        self.question.picked.connect(lambda a, value: d.move("answer", a, value))
        self.checklist.toggled.connect(lambda i, c: d.journey.tick(i, c))
        self.end.resume.connect(lambda: d.move("next"))
        self.back.clicked.connect(self._back)
        self.restart.clicked.connect(lambda: d.move("restart"))
        self.home_button.clicked.connect(self._go_home)
        self.summary_button.clicked.connect(self._show_summary)
        self.step.open_site.connect(self._open_site)
        self.step.close_site.connect(self._close_site)
        self.step.print_download.connect(self._print_download)
        self.step.tool_clicked.connect(self._tool)
        self.documents.scan_wanted.connect(self.scan.open_scan)
        self.scan.help_wanted.connect(self.call_help)
        self.scan.tray_wanted.connect(self.documents.open_tray)
        self.webmail_choice.chosen.connect(self._open_webmail)
        tray = self.services.tray
        tray.changed.connect(lambda: self.step.retranslate_tools(len(tray.documents)))
        self.finish.clicked.connect(self.confirm.open)
        self.next.clicked.connect(lambda: d.move("next"))
        self.confirm.confirmed.connect(lambda: d.wipe("finished"))
        self.header.help_clicked.connect(self.call_help)
        self.header.language_clicked.connect(self.language_choice.open)
        self.header.size_clicked.connect(self._next_text_size)
        self.header.contrast_clicked.connect(self._toggle_contrast)
        for page in self.guide_pages:
            page.listen_clicked.connect(lambda p=page: self._listen(p))
        for overlay in self.overlays:
            if overlay not in (self.pin_pad, self.panel):
                overlay.opened.connect(lambda o=overlay: self.listening.overlay_opened(o))
        self.header.repeat_clicked.connect(self.listening.repeat)
        self.checklist.toggled.connect(lambda item, _on: self.listening.paper_ticked(self.checklist, item))
        self.speech.word.connect(lambda start, length: self._reading_page().highlight(start, length))
        self.speech.finished.connect(lambda: self._reading_page().set_speaking(False))
        self.language_choice.chosen.connect(self._change_language)
        d.changed.connect(self.render)
        d.wiped.connect(self._after_wipe)
        self.clock.countdown_started.connect(self._countdown)
        self.clock.countdown_tick.connect(self.idle_overlay.count)
        self.clock.countdown_cancelled.connect(self.idle_overlay.hide)
        self.clock.expired.connect(lambda: d.wipe("idle"))
        self.idle_overlay.still_here.connect(self.clock.touch)
        m = self.mediation
        m.help_changed.connect(self._help_changed)
        m.help_unsent.connect(self._help_unsent)
        m.assisted_changed.connect(lambda _on: self.render())
        m.listen_changed.connect(self._set_listen)
        m.post_changed.connect(self._post_changed)

    # --- visitor actions ---------------------------------------------------------------------
    def _start(self, language: str) -> None:
        self.complete()
        voice = language if language in self.spoken_only else ""
        session = self.desk.start("fr" if voice else language)
        session.listen, session.voice = self.listening.welcome_on or bool(voice), voice
        self._change_language(session.language)
        self.clock.start()

    # --- listen mode (kiosk/ui/listen.py) --------------------------------------------------------
    def _set_listen(self, on: bool) -> None:
        """The mediator switched listen mode for this visitor, from the panel."""
        if self.desk.session is not None:
            self.desk.session.listen = on
            self.render()

    def _change_language(self, language: str) -> None:
        if self.desk.session is not None:
            self.desk.session.language = language
        self.switch_language(language)
        self.header.set_language_name(LANGUAGE_NAMES.get(language, language))
        self.retranslate()
        self.render()

    def _tile(self, tile: Tile) -> None:
        if tile.action == "help":
            self.call_help()
        elif len(tile.guides) == 1:
            self.desk.open_guide(tile.guides[0])
        else:
            self.tile = tile
            self.render()

    def _go_home(self) -> None:
        self.tile = None
        self.showing_summary = False
        self.desk.close_guide()

    def _open_site(self, url: str) -> None:
        self.site.open(url)
        self.step.set_site_open(True)

    def _tool(self, tool: str) -> None:
        """« Scanner un papier », « Mes documents », « Ma messagerie » on a step."""
        if tool == "scan":
            self.scan.open_scan()
        elif tool == "documents":
            self.documents.open_tray()
        elif len(self.config.webmail) == 1:
            self._open_webmail(self.config.webmail[0])
        else:
            self.webmail_choice.open()

    def _open_webmail(self, provider) -> None:
        self.site.open_webmail(provider)
        self.step.set_site_open(True)

    def document_names(self) -> list[str]:
        """Names to give a scanned paper: the papers of this guide's checklists, then the usual ones."""
        from kiosk.ui.documents import standard_names
        names: list[str] = []
        journey = self.desk.journey
        if journey is not None:
            for place in list(journey.history) + [journey.place]:
                screen = self.desk.library.guide(place.guide, self.desk.session.language).screen(place.screen)
                names += [item.label for item in getattr(screen, "items", ())
                          if item.pictogram in PAPER_PICTOGRAMS]
        names += standard_names()
        return list(dict.fromkeys(names))

    def _close_site(self) -> None:
        self.site.close()
        self.step.set_site_open(False)

    def _print_download(self, path: str) -> None:
        printer = self.services.printer
        try:
            copy = self.files.for_printing(Path(path))
        except OSError as exc:            # the temporary folder is full: said, not a crash
            log.error("the document could not be copied for printing (%s)", type(exc).__name__)
            from kiosk.catalogue import catalogue
            from kiosk.services.printing import FAILED
            self.step.show_download_status(catalogue(self.desk.session.language).text("Printing", FAILED))
            return
        printer.print_pdf(copy, self.desk.session.language, done=self._download_printed)

    def _download_printed(self, ok: bool, message: str) -> None:
        self.step.show_download_status(message)
        if ok:
            self.services.record("site_document_printed")

    def _show_summary(self) -> None:
        """« Mon résumé » before the end: what is done so far, and where the visitor stopped."""
        self.showing_summary = True
        self.render()

    def _back(self) -> None:
        journey = self.desk.journey
        if self.showing_summary:
            self.showing_summary = False
            self.render()
        elif journey is not None and journey.can_go_back:
            self.desk.move("back")
        elif journey is not None:
            self.desk.close_guide()
        else:
            self._go_home()

    def _next_text_size(self) -> None:
        session = self.desk.session
        sizes = list(theme.TEXT_PX)
        session.text_size = sizes[(sizes.index(session.text_size) + 1) % len(sizes)]
        self.retranslate()

    def _toggle_contrast(self) -> None:
        self.desk.session.high_contrast = not self.desk.session.high_contrast
        self.retranslate()

    def _reading_page(self):
        page = self.pages.currentWidget()
        return page if page in self.guide_pages else self.step

    def _listen(self, page) -> None:
        if page.speaking:
            self.speech.stop()
            return
        page.set_speaking(True)
        self.speech.say(page.reading(), self.desk.session.language)

    def call_help(self) -> None:
        self.mediation.call_help()
        self.help_coming.open()

    def _help_changed(self, waiting: bool) -> None:
        self.header.set_help_waiting(waiting)
        self.help_banner.set_unsent(False)
        self.help_banner.setVisible(waiting)

    def _help_unsent(self) -> None:
        """The help call did not reach the desk: the banner says so, and so does the visitor's
        screen (again if they had closed it) — no false « un médiateur va venir »."""
        self.help_banner.set_unsent(True)
        if self.desk.session is not None:
            self.help_coming.open(unsent=True)

    def _post_changed(self) -> None:
        self.desk.default_text_size = self.services.post.text_size
        self.welcome.set_languages(self.services.post.languages)
        self.language_choice.set_languages(self.services.post.languages)
        self.retranslate()

    def _countdown(self, left: int) -> None:
        self.idle_overlay.count(left)
        self.idle_overlay.open()

    def _after_wipe(self, reason: str) -> None:
        self.clock.stop()
        self.tile = None
        self.showing_summary = False
        for overlay in self.overlays:
            if overlay is not self.panel or reason != "mediator":
                overlay.hide()
        for page in self.all_pages:
            page.clear()
        self.scan.clear()
        clear_clipboards()
        self.listening.forget()
        self.mediation.set_assisted(False)
        self._change_language("fr")

    def quit_kiosk(self) -> None:
        log.info("kiosk closed by a mediator")
        self.desk.wipe("mediator")
        self.may_close = True
        self.close()

    # --- showing the right screen ------------------------------------------------------------
    def render(self) -> None:
        if self.speech.speaking and not self.listening.on:
            self.speech.stop()
        session = self.desk.session
        journey = self.desk.journey
        nav = {"back": False, "restart": False, "home": False, "finish": False, "next": False,
               "summary": False}
        if session is None:
            page = self.welcome
        elif journey is None and self.tile is None:
            page = self.home
            self.home.show_tiles(self.desk.library.tiles(session.language))
            nav.update(finish=True)
        elif journey is None:
            page = self.guide_list
            self.guide_list.show_guides(self.tile, [self.desk.library.guide(g, session.language)
                                                    for g in self.tile.guides])
            nav.update(back=True, finish=True)
        elif journey.finished or self.showing_summary:
            page = self.summary
            self.takeaway.show()
            nav.update(back=self.showing_summary, home=True)
        else:
            screen = journey.screen
            page = (self.checklist if isinstance(screen, Checklist) else self.step
                    if isinstance(screen, Step) else self.end if isinstance(screen, End)
                    else self.question)
            page.show_journey(journey)
            if page in (self.step, self.question):
                page.show_source(self._source_line(screen, session.language))
            page.listen.setVisible(self.speech.can_read(session.language) and not session.listen)
            if page is self.step:
                self._show_mediator_layer(journey)
                self.step.show_site_notice(False)
                self.step.set_site_open(self.site.is_open)
            nav.update(back=True, restart=True, home=True, finish=not isinstance(screen, End),
                       next=isinstance(screen, (Checklist, Step)), summary=not isinstance(screen, End))
            self._describe_next(journey)
        self.footer.show_only(nav)
        self.footer.setVisible(session is not None)
        self.header.setVisible(session is not None)
        self.header.set_assisted(self.completed and self.mediation.assisted)
        self.header.set_listening(session is not None and session.listen)
        self.pages.setCurrentWidget(page)
        for child in page.findChildren(QLayout):     # heights for the texts just set, even on a
            child.invalidate()                       # page shown for the first time
        if session is not None:
            self.listening.arrive(page)

    def _source_line(self, screen, language: str) -> str:
        from kiosk.summary.sources import source_line
        source = getattr(screen, "source", None)
        if source is None:
            return ""
        role = self.desk.library.content(language).checker(source.checked_by)
        return source_line(source, language, role.label if role else "")

    def _show_mediator_layer(self, journey) -> None:
        """« Mode accompagné »: what to read to the visitor and what to do, always in French."""
        if not self.mediation.assisted:
            self.step.show_mediator_layer("", "")
            return
        french = self.desk.library.guide(journey.place.guide, "fr").screen(journey.place.screen)
        self.step.show_mediator_layer(french.read_to_user, french.advisor_does)

    def _describe_next(self, journey) -> None:
        progress = journey.progress()
        if progress and progress.number < progress.total:
            self.next.setAccessibleName(self.tr("Suivant : étape %1 sur %2")
                                        .replace("%1", str(progress.number + 1))
                                        .replace("%2", str(progress.total)))
        else:
            self.next.setAccessibleName(self.tr("Suivant"))

    def retranslate(self) -> None:
        self.footer.set_words("back", self.tr("Retour"))
        self.back.setAccessibleName(self.tr("Retour à l'écran d'avant"))
        self.footer.set_words("restart", self.tr("Recommencer"))
        self.restart.setAccessibleName(self.tr("Recommencer ce guide depuis le début"))
        self.footer.set_words("home", self.tr("Autre démarche"))
        self.home_button.setAccessibleName(self.tr("Choisir une autre démarche"))
        self.footer.set_words("summary", self.tr("Mon résumé"))
        self.summary_button.setAccessibleName(
            self.tr("Mon résumé : voir ce qui est fait et ce qui reste, l'imprimer ou le scanner"))
        self.footer.set_words("finish", self.tr("Terminer et effacer"))
        self.footer.set_words("next", self.tr("Suivant"))
        self.header.retranslate()
        self.help_banner.retranslate()
        for widget in self.all_pages + self.overlays:
            widget.retranslate()
        session = self.desk.session
        size = session.text_size if session else self.desk.default_text_size
        contrast = session.high_contrast if session else False
        self.header.set_display(size, contrast)
        self.footer.set_direction(self.layoutDirection() == Qt.LayoutDirection.RightToLeft)
        self.apply_theme(size, contrast)
        if self.completed:
            self.site.set_style(contrast, size)
        self.footer.fit()

    def apply_theme(self, size: str, high_contrast: bool) -> None:
        self.setFont(theme.app_font(size))
        self.setStyleSheet(theme.stylesheet(size, high_contrast))
