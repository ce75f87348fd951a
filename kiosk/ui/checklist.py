"""The documents to have ready: the visitor ticks what they have."""
from __future__ import annotations

from PySide6.QtCore import Signal

from kiosk.guides.model import Checklist
from kiosk.session.journey import Journey
from kiosk.ui.guide_page import GuidePage
from kiosk.ui.widgets import WrapButton, discard, label


class ChecklistPage(GuidePage):
    toggled = Signal(str, bool)

    def __init__(self):
        super().__init__()
        self.title = label(name="Title")
        self.text = label()
        self.body.addWidget(self.title)
        self.body.addWidget(self.text)
        self.items: list[tuple[str, str]] = []       # (item id, hint)
        self.buttons: list[WrapButton] = []
        self.body.addStretch(1)

    def show_journey(self, journey: Journey) -> None:
        super().show_journey(journey)
        checklist: Checklist = journey.screen
        self.title.setText(checklist.title)
        self.text.setText(checklist.text or self.tr("Touchez chaque papier que vous avez avec vous."))
        discard(self.buttons)
        self.items = []
        for item in checklist.items:
            b = WrapButton(item.label, item.hint, item.pictogram or "attestation", role="check",
                           icon_px=64)
            b.setCheckable(True)
            b.setChecked(journey.is_ticked(item.id))
            b.toggled.connect(lambda checked, i=item.id, w=b: self._toggle(i, w, checked))
            self.body.insertWidget(self.body.count() - 1, b)
            b.show()
            self.items.append((item.id, item.hint))
            self.buttons.append(b)
            self._describe(b, item.hint, b.isChecked())

    def reading_labels(self):
        return [self.title, self.text]

    def narration(self) -> list[str]:
        return [self.title.text(), self.text.text()] + [self.paper(b) for b in self.buttons]

    def paper(self, widget: WrapButton) -> str:
        """« Carte Vitale. Je ne l'ai pas encore » — a paper and whether it is ticked."""
        hint = dict(self.items).get(self._item_of(widget), "")
        state = self.tr("Je l'ai") if widget.isChecked() else self.tr("Je ne l'ai pas encore")
        return ". ".join(t for t in (widget.text_content(), hint, state) if t)

    def _item_of(self, widget: WrapButton) -> str:
        return self.items[self.buttons.index(widget)][0] if widget in self.buttons else ""

    def reading(self) -> str:
        items = "\n".join(b.text_content() for b in self.buttons)
        return f"{super().reading()}\n{items}"

    def _toggle(self, item_id: str, widget: WrapButton, checked: bool) -> None:
        hint = dict(self.items)[item_id]
        self._describe(widget, hint, checked)
        self.toggled.emit(item_id, checked)

    def _describe(self, widget: WrapButton, hint: str, checked: bool) -> None:
        """Say the state in words, not only by colour."""
        state = self.tr("✔ Je l'ai") if checked else self.tr("Je ne l'ai pas encore")
        widget.hint_label.setText(f"{state} — {hint}" if hint else state)
        widget.hint_label.setVisible(True)
        widget.setAccessibleName(widget.text_content())
        widget.setAccessibleDescription(state)

    def clear(self) -> None:
        super().clear()
        self.title.clear()
        self.text.clear()
        discard(self.buttons)
        self.items = []
