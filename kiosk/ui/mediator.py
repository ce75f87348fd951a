"""The mediator's way in: a PIN pad, then a panel. Hidden from the public."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.session.pin import PinGate
from kiosk.ui.overlay import Overlay
from kiosk.ui.widgets import button, label


class PinPad(Overlay):
    accepted = Signal()

    def __init__(self, parent: QWidget, gate: PinGate):
        super().__init__(parent, width=620)
        self.gate = gate
        self.entered = ""
        self.title = label(name="Subtitle")
        self.dots = label(name="Title")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = label()
        grid = QGridLayout()
        grid.setSpacing(12)
        self.digits = []
        for index, digit in enumerate("123456789"):
            b = self._key(digit)
            grid.addWidget(b, index // 3, index % 3)
        self.erase = button(icon="retour")
        self.erase.clicked.connect(self._erase)
        grid.addWidget(self.erase, 3, 0)
        grid.addWidget(self._key("0"), 3, 1)
        self.ok = button(role="primary", icon="valider")
        self.ok.clicked.connect(self._submit)
        grid.addWidget(self.ok, 3, 2)
        self.cancel = button()
        self.cancel.clicked.connect(self.close_pad)
        for widget in (self.title, self.dots, self.message):
            self.content.addWidget(widget)
        self.content.addLayout(grid)
        self.content.addWidget(self.cancel)
        self._wait_timer = QTimer(self, interval=1000)
        self._wait_timer.timeout.connect(self._show_wait)
        self.retranslate()

    def _key(self, digit: str):
        b = button(digit)
        b.setMinimumSize(120, 90)
        b.setAccessibleName(digit)
        b.clicked.connect(lambda: self._type(digit))
        self.digits.append(b)
        return b

    def retranslate(self) -> None:
        self.title.setText(self.tr("Code médiateur"))
        self.erase.setText(self.tr("Effacer"))
        self.erase.setAccessibleName(self.tr("Effacer le dernier chiffre"))
        self.ok.setText(self.tr("Valider"))
        self.ok.setAccessibleName(self.tr("Valider le code"))
        self.cancel.setText(self.tr("Annuler"))
        self.cancel.setAccessibleName(self.tr("Annuler et revenir"))
        self._refresh()

    def open(self) -> None:
        self.entered = ""
        self.message.clear()
        self._refresh()
        super().open()
        self._show_wait()

    def close_pad(self) -> None:
        self.entered = ""
        self._wait_timer.stop()
        self.hide()

    def _type(self, digit: str) -> None:
        if len(self.entered) < 12:
            self.entered += digit
            self._refresh()

    def _erase(self) -> None:
        self.entered = self.entered[:-1]
        self._refresh()

    def _refresh(self) -> None:
        self.dots.setText("•" * len(self.entered) or "—")
        self.dots.setAccessibleName(self.tr("%1 chiffres tapés").replace("%1", str(len(self.entered))))

    def _submit(self) -> None:
        pin, self.entered = self.entered, ""
        self._refresh()
        if self.gate.try_pin(pin):
            self.close_pad()
            self.accepted.emit()
            return
        self.message.setText(self.tr("Code incorrect."))
        self._show_wait()

    def _show_wait(self) -> None:
        wait = int(self.gate.wait_s() + 0.999)
        locked = wait > 0
        for b in self.digits + [self.ok]:
            b.setEnabled(not locked)
        if locked:
            self.message.setText(self.tr("Trop d'essais. Réessayez dans %n seconde(s).", "", wait))
            self._wait_timer.start()
        elif self._wait_timer.isActive():
            self._wait_timer.stop()
            self.message.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        text = event.text()
        if text.isdigit():
            self._type(text)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
        elif event.key() == Qt.Key.Key_Backspace:
            self._erase()
        elif event.key() == Qt.Key.Key_Escape:
            self.close_pad()
        else:
            super().keyPressEvent(event)
