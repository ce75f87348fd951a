"""A question: Oui / Non / Je ne sais pas (or the guide's own answers)."""
from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from kiosk.guides.model import PICKED, Question
from kiosk.session.journey import Journey
from kiosk.ui.guide_page import GuidePage
from kiosk.ui.picker import Picker
from kiosk.ui.theme import ANSWER_INK
from kiosk.ui.widgets import WrapButton, discard, label

ICONS = {"oui": "oui", "non": "non", "nsp": "nsp"}


class QuestionPage(GuidePage):
    answered = Signal(str)
    picked = Signal(str, str)         # the answer "date" and the value chosen on the picker

    def __init__(self):
        super().__init__()
        self.text = label(name="Title")
        self.help = label()
        self.answers_box = QVBoxLayout()          # the guide's own answers, one per line
        self.answers_box.setSpacing(16)
        self.row = QHBoxLayout()                  # Oui / Non / Je ne sais pas, side by side
        self.row.setSpacing(16)
        self.answers_box.addLayout(self.row)
        self.body.addWidget(self.text)
        self.body.addWidget(self.help)
        self.body.addSpacing(12)
        self.picker = Picker()
        self.picker.hide()
        self.body.addWidget(self.picker)
        self.body.addLayout(self.answers_box)
        self.body.addSpacing(12)
        self.source = label(name="Muted")     # where the rule the question states comes from
        self.body.addWidget(self.source)
        self.body.addStretch(1)
        self.buttons: list[QPushButton] = []

    def reading_labels(self):
        return [self.text, self.help]

    def standard_label(self, answer_id: str) -> str:
        return {"oui": self.tr("Oui"), "non": self.tr("Non"),
                "nsp": self.tr("Je ne sais pas")}.get(answer_id, answer_id)

    def show_journey(self, journey: Journey) -> None:
        super().show_journey(journey)
        question: Question = journey.screen
        self.text.setText(question.text)
        self.help.setText(question.help)
        self.help.setVisible(bool(question.help))
        discard(self.buttons)
        self.picker.setVisible(question.pick is not None)
        if question.pick is not None:
            self.picker.show_pick(question.pick, journey.guide.language, _dt.date.today(),
                                  journey.picked.get((journey.place.guide, question.id)))
        standard = all(a.id in ICONS and not a.label for a in question.answers)
        for answer in question.answers:
            text = answer.label or self.standard_label(answer.id)
            b = WrapButton(text, icon=ICONS.get(answer.id, "suivant"), role="tile", icon_px=56,
                           ink=ANSWER_INK.get(answer.id, ""))
            if answer.id in ICONS:
                b.setProperty("answer", answer.id)
            b.setProperty("answer_id", answer.id)
            b.setMinimumHeight(110)
            b.setAccessibleName(self.tr("Répondre : %1").replace("%1", text))
            if answer.id == PICKED and question.pick is not None:
                b.clicked.connect(lambda _=False, a=answer.id: self._confirm(a))
            else:
                b.clicked.connect(lambda _=False, a=answer.id: self.answered.emit(a))
            (self.row if standard else self.answers_box).addWidget(b)
            b.show()
            self.buttons.append(b)

    def _confirm(self, answer_id: str) -> None:
        if self.picker.value():
            self.picked.emit(answer_id, self.picker.value())

    def show_source(self, text: str) -> None:
        self.source.setText(text)
        self.source.setAccessibleName(text)
        self.source.setVisible(bool(text))

    def reading(self) -> str:
        answers = ", ".join(b.text_content() for b in self.buttons)
        return f"{super().reading()}\n{answers}"

    def picture(self, answer_id: str) -> str:
        """The answer's pictogram in words, as listen mode says it: the same in every guide."""
        return {"oui": self.tr("la coche verte"), "non": self.tr("la croix rouge"),
                "nsp": self.tr("le point d'interrogation bleu")}.get(answer_id, self.tr("la flèche"))

    def narration(self) -> list[str]:
        said = [self.text.text(), self.help.text() if self.help.isVisibleTo(self) else ""]
        if self.picker.isVisibleTo(self):
            said.append(self.picker.narration())
        said += [self.tr("%1 : %2").replace("%1", b.text_content())
                 .replace("%2", self.picture(b.property("answer_id"))) for b in self.buttons]
        return said

    def clear(self) -> None:
        super().clear()
        self.text.clear()
        self.help.clear()
        self.show_source("")
        self.picker.clear()
        self.picker.hide()
        discard(self.buttons)
