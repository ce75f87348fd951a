"""The kiosk window: header, the current screen, the navigation bar, overlays, and lockdown.

A passive view: what to show comes from kiosk/ui/presenter.py, every change of the visitor's
session goes through the ``Desk``, and the controllers (take-away, mediation, the site beside the
guide) are built by kiosk/compose.py with their own collaborators and attached here.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.config import Config
from kiosk.languages import own_name
from kiosk.session.idle import IdleClock
from kiosk.session.session import Desk
from kiosk.style import theme
from kiosk.ui.clipboards import clear_clipboards
from kiosk.ui.listen import ListenMode
from kiosk.ui.lockdown import LockedWindow
from kiosk.ui.welcome import WelcomePage

if TYPE_CHECKING:
    from kiosk.guides.model import Tile

log = logging.getLogger(__name__)


class KioskWindow(LockedWindow):
    def __init__(self, config: Config, desk: Desk, clock: IdleClock, speech, listening: ListenMode,
                 post_languages: list[str], languages: list[str],
                 switch_language: Callable[[str], None]):
        super().__init__(config.production)
        self.setObjectName("KioskRoot")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.config, self.desk, self.clock, self.speech = config, desk, clock, speech
        self.switch_language = switch_language
        self.on_first_touch: Callable[[], None] = lambda: None    # kiosk/compose.py: the rest
        self.pages = QStackedWidget()
        from kiosk.guides.spoken import spoken_only
        self.spoken_only = spoken_only(desk.content_folder)     # without loading the guides
        self.welcome = WelcomePage(config.site, languages, self.spoken_only)
        self.welcome.set_languages(post_languages)
        self.welcome.start.connect(self._start)
        self.listening = listening
        self.watch_input(listening)
        self.welcome.ear_toggled.connect(lambda on: self.listening.welcome_ear(on, self.welcome.offered))
        self.welcome.preview.connect(lambda code: self.listening.say_language(code, self.spoken_only))
        self.pages.addWidget(self.welcome)
        self.header = self.footer = None           # hidden on the welcome screen: built after it
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.pages, 1)
        self._languages = languages
        self.guide_pages, self.overlays = [], []
        self.completed = False
        self.apply_theme(desk.default_text_size, False)    # the welcome page said its own words

    def _add_chrome(self) -> None:
        """The header, the help banner, the navigation bar and the room for the official site."""
        from kiosk.ui.header import Header, HelpBanner
        from kiosk.ui.navbar import NavBar
        from kiosk.ui.presenter import ViewState
        from kiosk.ui.site_side import make_splitter
        self.view = ViewState()
        self.header = Header(self.config.kiosk.post, self.config.mediator.long_press_s * 1000)
        self.help_banner = HelpBanner(self.config.kiosk.post)
        self.footer = NavBar()
        (self.back, self.restart, self.home_button, self.summary_button, self.finish,
         self.next) = self.footer.buttons().values()
        guide_side = QWidget()
        column = QVBoxLayout(guide_side)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.pages, 1)               # taken from the window's own layout
        column.addWidget(self.footer)
        self.splitter = make_splitter(guide_side)
        self.header.hide()                        # the presenter shows them with a session
        self.footer.hide()
        layout = self.layout()
        layout.addWidget(self.header)
        layout.addWidget(self.help_banner)
        layout.addWidget(self.splitter, 1)

    def add_screens(self, gate, post_languages: list[str], tray, scanner, names, record) -> None:
        """The pages and overlays past the welcome screen: views only (kiosk/compose.py)."""
        self._add_chrome()
        self.setWindowTitle("Pas à pas")           # (3 ms: a platform window call, after the paint)
        from kiosk.ui.checklist import ChecklistPage
        from kiosk.ui.choices import ConfirmWipe, HelpComing, LanguageChoice, WebmailChoice
        from kiosk.ui.documents import DocumentsOverlay
        from kiosk.ui.end import EndPage
        from kiosk.ui.home import GuideListPage, HomePage
        from kiosk.ui.idle_overlay import IdleOverlay
        from kiosk.ui.mediator import PinPad
        from kiosk.ui.panel import MediatorPanel
        from kiosk.ui.question import QuestionPage
        from kiosk.ui.scan import ScanOverlay
        from kiosk.ui.step import StepPage
        from kiosk.ui.summary_page import SummaryPage
        self.home, self.guide_list = HomePage(), GuideListPage()
        self.question, self.checklist, self.step, self.end = (QuestionPage(), ChecklistPage(),
                                                              StepPage(), EndPage())
        self.summary = SummaryPage()
        self.guide_pages = [self.question, self.checklist, self.step, self.end]
        for page in [self.home, self.guide_list] + self.guide_pages + [self.summary]:
            self.pages.addWidget(page)
        self.idle_overlay = IdleOverlay(self)
        self.confirm = ConfirmWipe(self)
        self.language_choice = LanguageChoice(self, self._languages)
        self.language_choice.set_languages(post_languages)
        self.help_coming = HelpComing(self, self.config.kiosk.post)
        self.step.has_scanner = scanner.present
        self.documents = DocumentsOverlay(self, tray, names, scanner.present)
        self.scan = ScanOverlay(self, scanner, tray, names, record)
        self.webmail_choice = WebmailChoice(self, self.config.webmail)
        self.pin_pad, self.panel = PinPad(self, gate), MediatorPanel(self, self._languages)
        self.overlays = [self.idle_overlay, self.confirm, self.language_choice, self.help_coming,
                         self.documents, self.scan, self.webmail_choice, self.pin_pad, self.panel]

    def attach(self, controllers) -> None:
        """The controllers kiosk/compose.py built (its ``Controllers``), wired to the views."""
        c = controllers
        self.site, self.takeaway, self.mediation = c.site, c.takeaway, c.mediation
        self.completed = True
        self._connect(c.tray)
        self.retranslate()
        self.render()

    @property
    def all_pages(self):
        return [self.pages.widget(i) for i in range(self.pages.count())]

    def _connect(self, tray) -> None:
        d = self.desk
        self.home.tile_chosen.connect(self._tile)
        self.guide_list.guide_chosen.connect(d.open_guide)
        self.question.answered.connect(d.answer)
        self.question.picked.connect(d.answer)
        self.checklist.toggled.connect(d.tick)
        self.end.resume.connect(d.next)
        self.back.clicked.connect(self._back)
        self.restart.clicked.connect(d.restart)
        self.home_button.clicked.connect(self._go_home)
        self.summary_button.clicked.connect(self._show_summary)
        self.step.open_site.connect(self._open_site)
        self.step.close_site.connect(self._close_site)
        self.step.print_download.connect(self._print_download)
        self.step.tool_clicked.connect(self._tool)
        self.site.download_offered.connect(self.step.offer_download)
        self.documents.scan_wanted.connect(self.scan.open_scan)
        self.scan.help_wanted.connect(self.call_help)
        self.scan.tray_wanted.connect(self.documents.open_tray)
        self.webmail_choice.chosen.connect(self._open_webmail)
        tray.changed.connect(lambda: self.step.retranslate_tools(len(tray.documents)))
        self.finish.clicked.connect(self.confirm.open)
        self.next.clicked.connect(d.next)
        self.confirm.confirmed.connect(lambda: d.wipe("finished"))
        self.header.help_clicked.connect(self.call_help)
        self.header.language_clicked.connect(self.language_choice.open)
        self.header.size_clicked.connect(d.cycle_text_size)
        self.header.contrast_clicked.connect(d.toggle_contrast)
        for page in self.guide_pages:
            page.listen_clicked.connect(lambda p=page: self._listen(p))
        for overlay in self.overlays:
            if overlay not in (self.pin_pad, self.panel):
                overlay.opened.connect(lambda o=overlay: self.listening.overlay_opened(o))
        self.header.repeat_clicked.connect(self.listening.repeat)
        d.ticked.connect(lambda item, _on: self.listening.paper_ticked(self.checklist, item))
        self.speech.word.connect(lambda start, length: self._reading_page().highlight(start, length))
        self.speech.finished.connect(lambda: self._reading_page().set_speaking(False))
        self.language_choice.chosen.connect(d.set_language)
        d.changed.connect(self.render)
        d.language_changed.connect(self._apply_language)
        d.looks_changed.connect(self.retranslate)
        d.wiped.connect(self._after_wipe)
        self.clock.countdown_started.connect(self._countdown)
        self.clock.countdown_tick.connect(self.idle_overlay.count)
        self.clock.countdown_cancelled.connect(self.idle_overlay.hide)
        self.clock.expired.connect(lambda: d.wipe("idle"))
        self.idle_overlay.still_here.connect(self.clock.touch)
        from kiosk.ui.header import MediatorChord
        chord = MediatorChord(self)
        chord.pressed.connect(self._chord)
        self.watch_input(chord)
        self.header.corner.long_pressed.connect(self.pin_pad.open)
        self.pin_pad.accepted.connect(self.mediation.open_panel)
        m = self.mediation
        m.help_changed.connect(self._help_changed)
        m.help_unsent.connect(self._help_unsent)
        m.assisted_changed.connect(lambda _on: self.render())
        m.listen_changed.connect(d.set_listen)
        m.post_changed.connect(self._post_changed)
        m.quit_requested.connect(self.quit_kiosk)

    # --- visitor actions ---------------------------------------------------------------------
    def _start(self, language: str) -> None:
        self.on_first_touch()
        voice = language if language in self.spoken_only else ""
        session = self.desk.start("fr" if voice else language,
                                  listen=self.listening.welcome_on or bool(voice), voice=voice)
        self._apply_language(session.language)
        self.clock.start()

    def _apply_language(self, language: str) -> None:
        self.switch_language(language)
        if self.header is not None:
            self.header.set_language_name(own_name(language))
        self.retranslate()
        self.render()

    def _tile(self, tile: Tile) -> None:
        if tile.action == "help":
            self.call_help()
        elif len(tile.guides) == 1:
            self.desk.open_guide(tile.guides[0])
        else:
            self.view.tile = tile
            self.render()

    def _go_home(self) -> None:
        self.view.forget()
        self.desk.close_guide()

    def _chord(self) -> None:
        if self.isVisible() and not self.panel.isVisible():
            self.pin_pad.open()

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

    def _close_site(self) -> None:
        self.site.close()
        self.step.set_site_open(False)

    def _print_download(self, path: str) -> None:
        self.site.print_download(path, self.step.show_download_status)

    def _show_summary(self) -> None:
        """« Mon résumé » before the end: what is done so far, and where the visitor stopped."""
        self.view.summary_early = True
        self.render()

    def _back(self) -> None:
        from kiosk.ui.presenter import back
        action = back(self.desk.session, self.view)
        if action == "summary":
            self.view.summary_early = False
            self.render()
        elif action == "screen":
            self.desk.back()
        elif action == "guide":
            self.desk.close_guide()
        else:
            self._go_home()

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

    def _post_changed(self, text_size: str, languages: list[str]) -> None:
        self.desk.default_text_size = text_size
        self.welcome.set_languages(languages)
        self.language_choice.set_languages(languages)
        self.retranslate()

    def _countdown(self, left: int) -> None:
        self.idle_overlay.count(left)
        self.idle_overlay.open()

    def _after_wipe(self, reason: str) -> None:
        self.clock.stop()
        self.view.forget()
        for overlay in self.overlays:
            if overlay is not self.panel or reason != "mediator":
                overlay.hide()
        for page in self.all_pages:
            page.clear()
        self.scan.clear()
        clear_clipboards()
        self.listening.forget()
        self.mediation.set_assisted(False)
        self._apply_language("fr")

    def quit_kiosk(self) -> None:
        log.info("kiosk closed by a mediator")
        self.desk.wipe("mediator")
        self.may_close = True
        self.close()

    # --- showing the right screen: decided by kiosk/ui/presenter.py, applied here ---------------
    def render(self) -> None:
        if self.speech.speaking and not self.listening.on:
            self.speech.stop()
        session = self.desk.session
        self.view.site_open = self.completed and self.site.is_open
        self.view.assisted = self.completed and self.mediation.assisted
        from kiosk.ui.presenter import present
        shown = present(session, self.desk.library if session else None, self.view,
                        self.speech.can_read)
        page = self.welcome if shown.page == "welcome" else getattr(self, shown.page)
        if shown.page == "home":
            self.home.show_tiles(shown.tiles)
        elif shown.page == "guide_list":
            self.guide_list.show_guides(self.view.tile, shown.guides)
        elif shown.page == "summary":
            self.takeaway.show()
        elif page in self.guide_pages:
            page.show_journey(session.journey)
            if page in (self.step, self.question):
                page.show_source(self._source_line(shown.source, session.language))
            page.listen.setVisible(shown.listen_button)
            if page is self.step:
                self.step.show_mediator_layer(*shown.mediator_layer)
                self.step.show_site_notice(shown.site_notice)
                self.step.set_site_open(shown.site_open)
        if self.footer is not None:
            self.next.setAccessibleName(self.tr("Suivant : étape %1 sur %2").replace(
                "%1", str(shown.next_step[0])).replace("%2", str(shown.next_step[1]))
                if shown.next_step else self.tr("Suivant"))
            self.footer.show_only(shown.nav)
            self.footer.setVisible(shown.chrome)
            self.header.setVisible(shown.chrome)
            self.header.set_assisted(self.view.assisted)
            self.header.set_listening(shown.listening)
        self.pages.setCurrentWidget(page)
        for child in page.findChildren(QLayout):     # heights for the texts just set, even on a
            child.invalidate()                       # page shown for the first time
        if session is not None:
            self.listening.arrive(page, page in self.guide_pages)

    def _source_line(self, source, language: str) -> str:
        from kiosk.summary.sources import source_line
        if source is None:
            return ""
        role = self.desk.library.content(language).checker(source.checked_by)
        return source_line(source, language, role.label if role else "")

    def retranslate(self) -> None:
        if self.footer is not None:
            self.footer.retranslate()
            self.header.retranslate()
            self.help_banner.retranslate()
        for widget in self.all_pages + self.overlays:
            widget.retranslate()
        session = self.desk.session
        size = session.text_size if session else self.desk.default_text_size
        contrast = session.high_contrast if session else False
        self.apply_theme(size, contrast)
        if self.footer is not None:
            self.header.set_display(size, contrast)
            self.footer.set_direction(self.layoutDirection() == Qt.LayoutDirection.RightToLeft)
            self.footer.fit()
        if self.completed:
            self.site.set_style(contrast, size)

    def apply_theme(self, size: str, high_contrast: bool) -> None:
        self.setFont(theme.app_font(size))
        self.setStyleSheet(theme.stylesheet(size, high_contrast))
