"""The navigation bar at the bottom: always the same buttons in the same places.

Retour, Recommencer, Autre démarche on one side; Mon résumé, Terminer et effacer, Suivant on
the other. When the words do not fit on one line (very large text, long translations), the
second group goes on a line of its own rather than being cut.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.style.widgets import button, pictogram

NAMES = ("back", "restart", "home", "summary", "finish", "next")


class NavBar(QWidget):
    def __init__(self):
        super().__init__()
        self.setObjectName("Page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.back = button(icon="retour")
        self.restart = button(icon="recommencer")
        self.home = button(icon="maison")
        self.summary = button(icon="attestation")
        self.finish = button(icon="effacer")
        self.next = button(role="primary", icon="suivant")
        self.first, self.second = QHBoxLayout(), QHBoxLayout()
        for row in (self.first, self.second):
            row.setSpacing(16)
        for widget in (self.back, self.restart, self.home):
            self.first.addWidget(widget)
        self.first.addStretch(1)
        self.second.addStretch(1)
        self.group = [self.summary, self.finish, self.next]
        self.lines = QVBoxLayout(self)
        self.lines.setContentsMargins(60, 12, 60, 20)
        self.lines.setSpacing(12)
        self.lines.addLayout(self.first)
        self.lines.addLayout(self.second)
        self._two_lines = None
        self._arrange(two_lines=False)

    def retranslate(self) -> None:
        """The words, in the window's translation context (« KioskWindow »: the catalogues')."""
        words = {
            "back": (QCoreApplication.translate("KioskWindow", "Retour"),
                     QCoreApplication.translate("KioskWindow", "Retour à l'écran d'avant")),
            "restart": (QCoreApplication.translate("KioskWindow", "Recommencer"),
                        QCoreApplication.translate("KioskWindow", "Recommencer ce guide depuis le début")),
            "home": (QCoreApplication.translate("KioskWindow", "Autre démarche"),
                     QCoreApplication.translate("KioskWindow", "Choisir une autre démarche")),
            "summary": (QCoreApplication.translate("KioskWindow", "Mon résumé"),
                        QCoreApplication.translate("KioskWindow", "Mon résumé : voir ce qui est fait et "
                                                   "ce qui reste, l'imprimer ou le scanner")),
            "finish": (QCoreApplication.translate("KioskWindow", "Terminer et effacer"), ""),
            "next": (QCoreApplication.translate("KioskWindow", "Suivant"), "")}
        for name, (shown, spoken) in words.items():
            self.set_words(name, shown)
            if spoken:
                self.buttons()[name].setAccessibleName(spoken)

    def buttons(self) -> dict[str, QPushButton]:
        return dict(zip(NAMES, (self.back, self.restart, self.home, self.summary, self.finish,
                                self.next)))

    def show_only(self, visible: dict[str, bool]) -> None:
        for name, widget in self.buttons().items():
            widget.setVisible(visible.get(name, False))
        self.fit()

    def set_direction(self, right_to_left: bool) -> None:
        """Arrows point the way the text reads: « Suivant → », or « ← التالي » in Arabic."""
        self.back.setIcon(pictogram("suivant" if right_to_left else "retour"))
        self.next.setIcon(pictogram("retour" if right_to_left else "suivant"))
        self.next.setLayoutDirection(Qt.LayoutDirection.LeftToRight if right_to_left
                                     else Qt.LayoutDirection.RightToLeft)   # arrow after the word

    def fit(self) -> None:
        """One line when everything fits in the width, two otherwise; when even two lines are too
        narrow (the official site beside the guide), pictograms only, but for « Suivant »."""
        for b in self.buttons().values():
            if b.property("words") is not None:
                b.setText(b.property("words"))
        margins = self.lines.contentsMargins().left() + self.lines.contentsMargins().right() + 40

        def needed(buttons) -> int:
            shown = [b for b in buttons if not b.isHidden()]
            return sum(b.sizeHint().width() for b in shown) + 16 * len(shown) + margins
        width = self.width()
        if width <= 0:
            return
        self._arrange(needed(self.buttons().values()) > width)
        if self._two_lines and max(needed([self.back, self.restart, self.home]),
                                   needed(self.group)) > width:
            for b in (self.back, self.restart, self.home, self.summary, self.finish):
                b.setProperty("words", b.text())
                b.setText("")

    def set_words(self, name: str, text: str) -> None:
        """The button's words (kept aside when only its pictogram fits)."""
        widget = self.buttons()[name]
        widget.setProperty("words", None)
        widget.setText(text)

    def _arrange(self, two_lines: bool) -> None:
        if two_lines == self._two_lines:
            return
        self._two_lines = two_lines
        target = self.second if two_lines else self.first
        for widget in self.group:
            target.addWidget(widget)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.fit()
