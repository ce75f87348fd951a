"""Small building blocks shared by the screens."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget,
)

from kiosk import paths
from kiosk.textdir import paragraph, unmarked

NAVY = "#1f3a5f"           # the pictograms' ink


@lru_cache(maxsize=None)
def pictogram(name: str, ink: str = "") -> QIcon:
    """The kiosk's pictogram of that name on a white plate, or an empty icon if there is none.

    The plate keeps the navy drawing readable on every background (blue main buttons, the
    orange help button, the black high-contrast theme). ``ink``: another colour for the drawing
    (the answers' green tick and red cross, the same in every guide).
    """
    path = paths.assets() / "pictograms" / f"{name}.svg"
    if not name or not path.exists():
        return QIcon()
    from PySide6.QtCore import QByteArray
    svg = path.read_text(encoding="utf-8")
    if ink:
        svg = svg.replace(NAVY, ink)
    size = 192
    image = QPixmap(size, size)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.18, size * 0.18)
    QSvgRenderer(QByteArray(svg.encode("utf-8"))).render(painter, QRectF(size * 0.1, size * 0.1,
                                                                          size * 0.8, size * 0.8))
    painter.end()
    return QIcon(image)


class Label(QLabel):
    """A label whose paragraph runs the interface's way (kiosk/textdir.py): in Arabic, right to
    left even when it begins with « CAF ». ``text()`` gives the text as it was set."""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        super().setText(paragraph(text, rtl) if self.textFormat() == Qt.TextFormat.PlainText
                        else text)

    def text(self) -> str:
        return unmarked(super().text())


def label(text: str = "", name: str = "", wrap: bool = True) -> QLabel:
    widget = Label()
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setText(text)
    if name:
        widget.setObjectName(name)
    return widget


def button(text: str = "", role: str = "", icon: str = "", icon_px: int = 40) -> QPushButton:
    widget = QPushButton(text)
    if role:
        widget.setProperty("role", role)
    if icon:
        widget.setIcon(pictogram(icon))
        widget.setIconSize(QSize(icon_px, icon_px))
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    return widget


class WrapButton(QPushButton):
    """A big button whose text wraps on several lines, with a pictogram and an optional hint.

    Its accessible name is the text (and hint), so a screen reader says what it does.
    """

    def __init__(self, text: str = "", hint: str = "", icon: str = "", role: str = "tile",
                 icon_px: int = 72, ink: str = ""):
        super().__init__()
        self.ink = ink
        self.setProperty("role", role)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(self)
        row.setContentsMargins(18, 14, 18, 14)
        row.setSpacing(18)
        self.icon_label = QLabel()
        self.icon_label.setFixedSize(icon_px, icon_px)
        self.icon_px = icon_px
        texts = QVBoxLayout()
        texts.setSpacing(4)
        self.text_label = label(name="TileText")
        self.hint_label = label(name="Muted")
        texts.addWidget(self.text_label)
        texts.addWidget(self.hint_label)
        row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(texts, 1)
        for child in (self.icon_label, self.text_label, self.hint_label):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.set_content(text, hint, icon)
        self.toggled.connect(self._restyle)

    def _restyle(self, checked: bool) -> None:
        """A ticked item changes colour and says so in words (the state label)."""
        self.setProperty("role", "checked" if checked else "check")
        for widget in [self] + self.findChildren(QLabel):
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def set_content(self, text: str, hint: str = "", icon: str = "") -> None:
        self.text_label.setText(text)
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))
        self.icon_label.setPixmap(pictogram(icon, self.ink).pixmap(self.icon_px, self.icon_px) if icon else
                                  pictogram("").pixmap(1, 1))
        self.icon_label.setVisible(bool(icon))
        self.setAccessibleName(f"{text}. {hint}" if hint else text)

    def text_content(self) -> str:
        return self.text_label.text()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self.layout().sizeHint().expandedTo(QSize(64, 64))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self.layout().minimumSize().expandedTo(QSize(64, 64))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return max(64, self.layout().totalHeightForWidth(width))


def discard(widgets: list[QWidget]) -> None:
    """Take widgets off the screen now (and out of the widget tree), delete them soon."""
    for widget in widgets:
        widget.hide()
        widget.setParent(None)
        widget.deleteLater()
    widgets.clear()


def scroll_area(inner: QWidget) -> QScrollArea:
    """``inner`` in a frameless area that scrolls when large text makes it taller than the screen."""
    inner.setObjectName("Page")
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(inner)
    return area


def card(name: str = "Card") -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName(name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(24, 20, 24, 20)
    layout.setSpacing(12)
    return frame, layout


class Page(QWidget):
    """A screen of the kiosk. ``retranslate()`` sets its interface words in the current language."""

    def __init__(self):
        super().__init__()
        self.setObjectName("Page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)

    def titled(self, inner: QWidget) -> QLabel:
        """The usual page: a big title above ``inner``, which scrolls; returns the title."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 30, 60, 20)
        outer.setSpacing(20)
        title = label(name="Title")
        outer.addWidget(title)
        outer.addWidget(scroll_area(inner), 1)
        return title

    def retranslate(self) -> None:
        pass

    def clear(self) -> None:
        """Forget everything shown of the last visitor."""
