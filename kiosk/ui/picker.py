"""A value chosen by touch, no typing: a number of weeks (big − and + buttons) or a month among
the next twelve (a grid). The value lives in this widget until the visitor confirms it, then
in the journey; both are wiped with the session."""
from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.guides.model import Pick
from kiosk.ui.widgets import button, discard, label


def next_months(today: _dt.date, count: int = 12) -> list[str]:
    """« 2026-12 », « 2027-01 », …: this month and the following ones."""
    months = []
    for index in range(count):
        month = today.month - 1 + index
        months.append(f"{today.year + month // 12}-{month % 12 + 1:02d}")
    return months


class Picker(QWidget):
    def __init__(self):
        super().__init__()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.setSpacing(24)
        self.minus, self.plus = button("−", role="tile"), button("+", role="tile")
        for b in (self.minus, self.plus):
            b.setMinimumSize(140, 110)
        self.number = label(name="Title")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setMinimumWidth(260)
        self.minus.clicked.connect(lambda: self._step(-1))
        self.plus.clicked.connect(lambda: self._step(+1))
        row.addStretch(1)
        for widget in (self.minus, self.number, self.plus):
            row.addWidget(widget)
        row.addStretch(1)
        self.weeks = QWidget()
        self.weeks.setLayout(row)
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        self.months = QWidget()
        self.months.setLayout(self.grid)
        box.addWidget(self.weeks)
        box.addWidget(self.months)
        self._pick: Pick | None = None
        self._value = 0
        self._month = ""
        self._month_buttons: list[QPushButton] = []
        self._months: list[str] = []

    def show_pick(self, pick: Pick, language: str, today: _dt.date, value=None) -> None:
        self._pick = pick
        self.weeks.setVisible(pick.unit == "weeks")
        self.months.setVisible(pick.unit == "month")
        discard(self._month_buttons)
        if pick.unit == "weeks":
            self._value = int(value) if value is not None else (pick.minimum + pick.maximum) // 2
            self._step(0)
            return
        locale = QLocale(language)
        self._month = str(value) if value else ""
        self._months = next_months(today)
        for index, month in enumerate(self._months):
            year, number = (int(p) for p in month.split("-"))
            # « mars 2027 »: the month's name in the visitor's language, in the order it reads
            b = button(self.tr("%1 %2", "month, year").replace("%1", locale.standaloneMonthName(number))
                       .replace("%2", str(year)), role="tile")
            b.setCheckable(True)
            b.setChecked(month == self._month)
            b.setMinimumHeight(80)
            b.setAccessibleName(self.tr("Choisir le mois : %1").replace("%1", b.text()))
            b.clicked.connect(lambda _=False, m=month: self._choose(m))
            self.grid.addWidget(b, index // 4, index % 4)
            self._month_buttons.append(b)

    def narration(self) -> str:
        """What listen mode says of the picker: the number shown, or the months offered."""
        if self._pick is None:
            return ""
        if self._pick.unit == "weeks":
            return self.number.text()
        return ", ".join(b.text() for b in self._month_buttons)

    def value(self) -> str:
        """The chosen value: weeks as « 10 », a month as « 2027-03 », "" if none yet."""
        if self._pick is None:
            return ""
        return str(self._value) if self._pick.unit == "weeks" else self._month

    def _step(self, delta: int) -> None:
        pick = self._pick
        self._value = max(pick.minimum, min(pick.maximum, self._value + delta))
        shown = self.tr("%n semaine(s)", "", self._value)
        self.number.setText(shown)
        self.number.setAccessibleName(shown)
        self.minus.setEnabled(self._value > pick.minimum)
        self.plus.setEnabled(self._value < pick.maximum)
        self.minus.setAccessibleName(self.tr("Une semaine de moins (maintenant : %1)").replace("%1", shown))
        self.plus.setAccessibleName(self.tr("Une semaine de plus (maintenant : %1)").replace("%1", shown))

    def _choose(self, month: str) -> None:
        self._month = month
        for b, m in zip(self._month_buttons, self._months):
            b.setChecked(m == month)

    def clear(self) -> None:
        self._pick, self._value, self._month = None, 0, ""
        discard(self._month_buttons)
        self.number.clear()
        self.number.setAccessibleName("")
