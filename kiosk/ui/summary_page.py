"""The summary screen: what was done and what is left, a big QR for the phone, print, finish.

Passive: the shell builds the ``Summary`` and its QR images (``kiosk.summary.render_all``),
shows them with ``show_summary``, prints on ``print_requested(note)`` and reports with
``show_print_status``. The name typed for the counsellor lives only in the text field until it
is sent with ``print_requested``; ``clear()`` forgets it (undo history included) and
everything shown.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from kiosk.summary.builder import Summary
from kiosk.summary.rtl import isolate
from kiosk.summary.text import screen_text
from kiosk.ui.widgets import Page, button, card, discard, label, scroll_area

QR_PX = 420
CALENDAR_QR_PX = 200


def _qr_label(name: str) -> QLabel:
    widget = QLabel()
    widget.setObjectName(name)
    widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    widget.setStyleSheet("background: #ffffff; border: none;")   # dark on white, in every theme
    return widget


def _set_qr(widget: QLabel, png: bytes | None, side: int) -> None:
    image = QPixmap()
    if png and image.loadFromData(png, "PNG"):
        widget.setPixmap(image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                      Qt.TransformationMode.FastTransformation))
        widget.setFixedSize(side, side)
    else:
        widget.clear()


class SummaryPage(Page):
    print_requested = Signal(str)     # the note typed for the counsellor ("" if none)
    send_requested = Signal(str)      # the same, to send with the visitor's explicit consent
    finish = Signal()

    def __init__(self):
        super().__init__()
        outer = QHBoxLayout(self)
        outer.setContentsMargins(60, 24, 60, 24)
        outer.setSpacing(36)

        left = QVBoxLayout()
        left.setSpacing(12)
        self.title = label(name="Title")
        self.outcome = label(name="Subtitle")
        self.when = label(name="Muted")
        inner = QWidget()
        inner.setObjectName("Page")
        self.sections = QVBoxLayout(inner)
        self.sections.setSpacing(10)
        self.sections.setContentsMargins(0, 0, 12, 0)
        for widget in (self.title, self.outcome, self.when):    # they scroll too: large text
            self.sections.addWidget(widget)
        self.sections.addStretch(1)
        self.area = scroll_area(inner)
        left.addWidget(self.area, 1)

        self.note_label = label()
        self.note = QLineEdit()
        self.note.setMaxLength(60)
        self.note.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)   # no copy, no paste
        self.note.setMinimumHeight(64)
        self.note_label.setBuddy(self.note)
        self.status = label(name="Warning")
        self.status.setVisible(False)
        self.print_button = button(role="primary", icon="imprimer")
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self.note.text().strip()))
        self.finish_button = button(icon="effacer")
        self.finish_button.clicked.connect(self.finish)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.print_button, 1)
        row.addWidget(self.finish_button, 1)
        self.consent = button(icon="valider")
        self.consent.setCheckable(True)
        self.consent.toggled.connect(lambda on: self.send_button.setEnabled(on))
        self.send_button = button(icon="lettre")
        self.send_button.setEnabled(False)
        self.send_button.clicked.connect(lambda: self.send_requested.emit(self.note.text().strip()))
        self.handoff_status = label(name="Warning")
        self.handoff_row = QHBoxLayout()
        self.handoff_row.addWidget(self.consent, 3)
        self.handoff_row.addWidget(self.send_button, 1)
        for widget in (self.note_label, self.note):
            left.addWidget(widget)
        left.addLayout(self.handoff_row)
        left.addWidget(self.handoff_status)
        left.addLayout(row)
        self.show_handoff(False)
        outer.addLayout(left, 3)

        frame, right = card()
        right.setAlignment(Qt.AlignmentFlag.AlignTop)
        side = scroll_area(frame)               # large text: the QR side scrolls too, never cuts
        frame.setObjectName("Card")
        self.qr = _qr_label("SummaryQr")
        self.qr_caption = label(name="Subtitle")
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        right.addWidget(self.qr_caption)
        calendar = QHBoxLayout()
        calendar.setSpacing(16)
        self.calendar_qr = _qr_label("CalendarQr")
        self.calendar_caption = label()
        calendar.addWidget(self.calendar_qr, 0, Qt.AlignmentFlag.AlignTop)
        calendar.addWidget(self.calendar_caption, 1)
        right.addSpacing(12)
        right.addLayout(calendar)
        right.addStretch(1)
        right.addWidget(self.status)          # beside the QR, the fallback it points to
        outer.addWidget(side, 2)
        self._shown: list[QWidget] = []
        self._said: list[str] = []
        self._reminder = ""
        self.clear()
        self.retranslate()

    # --- what the shell calls ------------------------------------------------------------------
    def show_summary(self, summary: Summary, qr_png: bytes, ical_png: bytes | None) -> None:
        discard(self._shown)
        s, w = summary, summary.words
        mark = "\u200f" if s.right_to_left else ""    # a right-to-left line, even if it starts with CAF
        self.title.setText(s.title)
        self.outcome.setText(" ".join(t for t in (s.outcome_line + ".", s.outcome_text) if t))
        self.when.setText(f"{s.when_line} · {s.post}")
        self._section(w.missing, [f"{mark}☐ {d}" for d in s.missing])
        self._section(w.next_steps, [f"{mark}• {isolate(r.text)} ({isolate(s.reminder_when(r))})"
                                     if s.reminder_when(r) else f"{mark}• {r.text}"
                                     for r in s.next_steps])
        self._section(w.suggestions, [f"{mark}• {isolate(g.title)} : {isolate(g.why)}"
                                      for g in s.suggestions])
        self._section(w.who, [f"{mark}• {isolate(c.label)} : {isolate(c.does)}" if c.does
                              else f"{mark}• {c.label}" for c in s.contacts]
                      + [t for t in (s.site.name, s.site.address, s.site.transport, s.site.hours,
                                     s.site.phone and f"{w.phone} : {s.site.phone}") if t])
        self._section(w.answers, [f"{mark}• {isolate(q)} : {isolate(a)}" for q, a in s.answers])
        self._section(w.steps_done, [f"{mark}✓ {t}" for t in s.steps_done])
        self._section(w.sent, [f"{mark}✓ {name}" for name in s.sent])
        self._section(w.ready, [f"{mark}✓ {d.label}" for d in s.documents if d.ready])
        self._section(w.links, [f"{mark}• {isolate(t)} : {isolate(u)}" for t, u in s.links])
        self._section(w.sources, [f"{mark}• {isolate(c.name)} — {isolate(c.verification)}"
                                  for c in s.sources], muted=True)
        # listen mode: the outcome, what is missing, and « à faire ensuite »
        self._said = [s.title, self.outcome.text()]
        for heading, lines in ((w.missing, list(s.missing)), (w.next_steps, [
                f"{r.text} ({s.reminder_when(r)})" if s.reminder_when(r) else r.text
                for r in s.next_steps])):
            self._said += [heading, *lines] if lines else []
        _set_qr(self.qr, qr_png, QR_PX)
        self.qr.setAccessibleDescription(screen_text(s))
        found = next((r for r in s.next_steps if r.due or r.every_months or r.in_days), None)
        self._reminder = s.reminder_line(found) if (ical_png and found) else ""
        _set_qr(self.calendar_qr, ical_png, CALENDAR_QR_PX)
        for widget in (self.calendar_qr, self.calendar_caption):
            widget.setVisible(bool(ical_png))
        self.status.setVisible(False)
        self.print_button.setEnabled(True)
        self.area.verticalScrollBar().setValue(0)
        self.retranslate()

    def spoken(self) -> list[str]:
        """What listen mode says on arrival."""
        return [t for t in self._said if t]

    def show_handoff(self, offered: bool) -> None:
        """The site has a hand-off endpoint: offer to send the summary, never without consent."""
        self.consent.setChecked(False)
        for widget in (self.consent, self.send_button):
            widget.setVisible(offered)
        self.handoff_status.setVisible(False)

    def show_handoff_status(self, text: str) -> None:
        self.handoff_status.setText(text)
        self.handoff_status.setAccessibleName(text)
        self.handoff_status.setVisible(bool(text))
        self.consent.setVisible(False)
        self.send_button.setVisible(False)

    def show_print_status(self, text: str, busy: bool = False) -> None:
        """Say how printing goes; while ``busy`` the print button waits."""
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.setVisible(bool(text))
        self.print_button.setEnabled(not busy)

    def clear(self) -> None:
        discard(self._shown)
        self._said = []
        for widget in (self.title, self.outcome, self.when, self.status, self.qr,
                       self.calendar_qr):
            widget.clear()
            widget.setAccessibleDescription("")
        self.status.setAccessibleName("")
        self.status.setVisible(False)
        self.note.setText("")            # unlike clear(), also empties the undo history
        self.handoff_status.clear()
        self.handoff_status.setAccessibleName("")
        self.consent.setChecked(False)
        self._reminder = ""
        self.calendar_caption.setText("")
        self.calendar_qr.setAccessibleName("")
        self.print_button.setEnabled(True)

    def retranslate(self) -> None:
        self.note_label.setText(self.tr("Votre nom pour le conseiller (facultatif)"))
        self.note.setAccessibleName(self.tr("Votre nom pour le conseiller (facultatif)"))
        self.note.setAccessibleDescription(
            self.tr("Il sera seulement imprimé sur la feuille, puis oublié."))
        self.note.setPlaceholderText(self.tr("Il sera seulement imprimé, puis oublié"))
        self.consent.setText(self.tr("J'accepte que ce résumé soit envoyé au pôle social"))
        self.consent.setAccessibleName(self.tr("J'accepte que ce résumé soit envoyé au pôle social "
                                               "pour préparer mon rendez-vous"))
        self.send_button.setText(self.tr("Envoyer"))
        self.send_button.setAccessibleName(self.tr("Envoyer le résumé au pôle social"))
        self.print_button.setText(self.tr("Imprimer"))
        self.print_button.setAccessibleName(self.tr("Imprimer le résumé"))
        self.finish_button.setText(self.tr("Terminer et effacer"))
        self.finish_button.setAccessibleName(
            self.tr("Terminer et effacer : tout ce que vous avez fait ici sera oublié"))
        self.qr_caption.setText(self.tr("Scannez ce code avec votre téléphone pour garder "
                                        "ce résumé"))
        self.qr.setAccessibleName(self.tr("Code QR du résumé, à scanner avec votre téléphone"))
        if self._reminder:
            self.calendar_caption.setText(self.tr("Rappel pour l'agenda de votre téléphone : %1")
                                          .replace("%1", self._reminder))
            self.calendar_qr.setAccessibleName(self.tr("Code QR du rappel pour votre agenda"))

    # --- inside --------------------------------------------------------------------------------
    def _section(self, heading: str, lines: list[str], muted: bool = False) -> None:
        if not lines:
            return
        title = label(heading, name="Subtitle")
        frame, box = card()
        for line in lines:
            box.addWidget(label(line, name="Muted") if muted else label(line))
        for widget in (title, frame):
            self.sections.insertWidget(self.sections.count() - 1, widget)
            widget.show()
            self._shown.append(widget)
