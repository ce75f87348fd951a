"""The mediators' side of the window: the PIN pad, the panel and what its buttons do, the help
signal seen from across the room, and the « mode accompagné ».

Every action of the panel is logged, without personal data.
"""
from __future__ import annotations

import datetime as _dt
import logging
from typing import Callable

from PySide6.QtCore import QObject, Signal

from kiosk import paths
from kiosk.config import Config
from kiosk.guides.translations import language_status
from kiosk.guides.verification import awaiting
from kiosk.session.post_settings import PostSettings
from kiosk.session.session import Desk

log = logging.getLogger(__name__)


class Mediation(QObject):
    """``pin_pad`` and ``panel`` are the mediators' two overlays; ``printer``, ``stats`` and
    ``help_call`` may be None (none on this post)."""

    help_changed = Signal(bool)
    help_unsent = Signal()          # the mediators' desk did not get the help call
    assisted_changed = Signal(bool)
    listen_changed = Signal(bool)   # listen mode switched for the visitor now at the kiosk
    post_changed = Signal(str, list)   # the post's default text size, its languages
    quit_requested = Signal()

    def __init__(self, pin_pad, panel, desk: Desk, config: Config, post: PostSettings, speech,
                 printer, stats, help_call, record: Callable[..., None]):
        super().__init__(desk)
        self.pin_pad, self.panel, self.desk, self.config, self.post = pin_pad, panel, desk, config, post
        self.speech, self.printer, self.stats, self.help_call = speech, printer, stats, help_call
        self.record = record
        self.help_waiting = False
        self.assisted = False
        p = self.panel
        p.end_session.connect(self._end_session)
        p.acknowledge_help.connect(self._acknowledge)
        p.assisted_toggled.connect(self.set_assisted)
        p.listen_toggled.connect(self._listen)
        p.check_printer.connect(self._check_printer)
        p.test_page.connect(self._test_page)
        p.export_figures.connect(self._export)
        p.text_size_chosen.connect(self._text_size)
        p.languages_chosen.connect(self._languages)
        p.quit_kiosk.connect(self._quit)
        if help_call is not None:
            help_call.failed.connect(self._help_not_delivered)

    # --- help ------------------------------------------------------------------------------------
    def call_help(self) -> None:
        log.info("help called")
        self.record("help_called")
        if self.help_call is not None:
            self.help_call.call()
        self._set_help(True)

    def _help_not_delivered(self, _reason: str) -> None:
        """Said to the visitor and on the banner: a mediator must come by sight, not by the desk."""
        if self.help_waiting:
            log.warning("help call: the visitor and the banner say it did not reach the desk")
            self.help_unsent.emit()

    def _acknowledge(self) -> None:
        log.info("panel: help call acknowledged")
        self._set_help(False)

    def _set_help(self, waiting: bool) -> None:
        self.help_waiting = waiting
        self.help_changed.emit(waiting)

    # --- the panel -------------------------------------------------------------------------------
    def open_panel(self) -> None:
        log.info("panel opened")
        post = self.post
        content = self.desk.library.content()
        status = self.tr("%1 · contenu %2 du %3").replace("%1", self.config.kiosk.post) \
            .replace("%2", content.version).replace("%3", content.date.strftime("%d/%m/%Y"))
        session = self.desk.session
        self.panel.show_state(status, self.help_waiting, self.assisted, self._figures(),
                              post.text_size, post.languages,
                              session.listen if session is not None else None)
        speech = self.speech
        self.panel.show_voices([(code, speech.voice_name(code)) for code in post.languages])
        library = self.desk.library
        self.panel.show_pending(awaiting([library.guide(g) for g in library.ids], _dt.date.today()))
        self.panel.show_translations([language_status(library, code)
                                      for code in self.config.kiosk.languages if code != "fr"])
        self.panel.open()

    def _figures(self) -> str:
        stats = self.stats
        if stats is None or not stats.enabled:
            return self.tr("Les chiffres ne sont pas enregistrés sur ce poste.")
        t = stats.today().totals
        return self.tr("Sessions : %1 · guides commencés : %2 · terminés : %3 · aides demandées : %4"
                       " · impressions : %5 · QR montrés : %6 · effacements automatiques : %7") \
            .replace("%1", str(t.get("session_started", 0))).replace("%2", str(t.get("guide_started", 0))) \
            .replace("%3", str(t.get("guide_completed", 0))).replace("%4", str(t.get("help_called", 0))) \
            .replace("%5", str(t.get("printed", 0))).replace("%6", str(t.get("qr_shown", 0))) \
            .replace("%7", str(t.get("idle_wipe", 0))) + "\n" + \
            self.tr("Pages scannées : %1 · documents envoyés à un site : %2 · pages de sites "
                    "imprimées : %3 · messageries ouvertes : %4") \
            .replace("%1", str(t.get("page_scanned", 0))).replace("%2", str(t.get("document_sent", 0))) \
            .replace("%3", str(t.get("site_page_printed", 0))).replace("%4", str(t.get("webmail_opened", 0)))

    def _end_session(self) -> None:
        log.info("panel: session ended by a mediator")
        self.desk.wipe("mediator")

    def set_assisted(self, on: bool) -> None:
        if on != self.assisted:
            log.info("panel: mode accompagné %s", "on" if on else "off")
        self.assisted = on
        self.assisted_changed.emit(on)

    def _listen(self, on: bool) -> None:
        log.info("panel: listen mode %s", "on" if on else "off")
        self.listen_changed.emit(on)

    def _check_printer(self) -> None:
        log.info("panel: printer checked")
        printer = self.printer
        if printer is None:
            self.panel.show_printer(self.tr("Pas d'impression sur ce poste."))
            return
        ok, message = printer.check()
        self.panel.show_printer(message if not ok else self.tr("L'imprimante est prête : %1")
                                .replace("%1", message))

    def _test_page(self) -> None:
        log.info("panel: test page")
        printer = self.printer
        if printer is None:
            return
        from kiosk.summary.testpage import render_test_page
        self.panel.show_printer(self.tr("Impression de la page de test…"))
        try:
            page = render_test_page(self.config, self.desk.library.content().version)
        except OSError as exc:                 # a full temporary folder
            log.error("test page not written (%s)", type(exc).__name__)
            from kiosk.catalogue import catalogue
            from kiosk.services.printing import FAILED
            self.panel.show_printer(catalogue("fr").text("Printing", FAILED))
            return
        printer.print_pdf(page, done=lambda _ok, message: self.panel.show_printer(message))

    def _export(self) -> None:
        log.info("panel: figures exported")
        stats = self.stats
        if stats is None or not stats.enabled:
            self.panel.show_export(self.tr("Les chiffres ne sont pas enregistrés sur ce poste."))
            return
        folder = paths.data_dir() / "exports"
        path = folder / f"pasapas-chiffres-{_dt.date.today().isoformat()}.csv"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            rows = stats.export_csv(path)
        except OSError as exc:
            log.warning("figures export failed (%s)", exc.strerror)
            self.panel.show_export(self.tr("L'export n'a pas pu être écrit."))
            return
        self.panel.show_export(self.tr("%n ligne(s) écrite(s) dans %1", "", rows).replace("%1", str(path)))

    def _text_size(self, size: str) -> None:
        log.info("panel: default text size %s", size)
        self.post.text_size = size
        self.post.save()
        self.post_changed.emit(self.post.text_size, list(self.post.languages))

    def _languages(self, languages: list[str]) -> None:
        log.info("panel: languages offered %s", ",".join(languages))
        self.post.languages = languages
        self.post.save()
        self.post_changed.emit(self.post.text_size, list(self.post.languages))

    def _quit(self) -> None:
        log.info("panel: kiosk closed by a mediator")
        self.quit_requested.emit()

    def retranslate(self) -> None:
        self.pin_pad.retranslate()
        self.panel.retranslate()
