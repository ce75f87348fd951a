"""The band at the top of every screen: where you are, language, help; and a hidden corner."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from kiosk.ui.widgets import button, label, pictogram


class MediatorCorner(QWidget):
    """A long press on the top-left corner opens the PIN pad (not announced to the public)."""

    long_pressed = Signal()

    def __init__(self, hold_ms: int):
        super().__init__()
        self.setFixedSize(72, 72)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._timer = QTimer(self, singleShot=True, interval=hold_ms)
        self._timer.timeout.connect(self.long_pressed)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        self._timer.start()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        self._timer.stop()


class MediatorChord(QObject):
    """Ctrl+Alt+M anywhere in the kiosk, whatever has the focus, opens the PIN pad.

    It watches the kiosk window's input (``KioskWindow.watch_input``), not the application's:
    QtWebEngine crashes when Python filters every event of the application."""

    pressed = Signal()
    MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_M and event.modifiers() == self.MODIFIERS):
            if not event.isAutoRepeat():
                self.pressed.emit()
            return True
        return False


class HelpBanner(QWidget):
    """« AIDE DEMANDÉE — POSTE 2 », large, until a mediator acknowledges it in the panel.

    Seen from across the room: big words and a pictogram, not a colour alone.
    """

    def __init__(self, post: str):
        super().__init__()
        self.setObjectName("HelpBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.post = post
        self.unsent = False          # the mediators' desk did not get the call: come by sight
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 8, 24, 8)
        self.icon = QLabel()
        self.icon.setPixmap(pictogram("aide").pixmap(72, 72))
        self.text = label(wrap=False, name="HelpBannerText")
        row.addStretch(1)
        row.addWidget(self.icon)
        row.addWidget(self.text)
        row.addStretch(1)
        self.hide()
        self.retranslate()

    def set_unsent(self, unsent: bool) -> None:
        self.unsent = unsent
        self.retranslate()

    def retranslate(self) -> None:
        if self.unsent:
            self.text.setText(self.tr("AIDE DEMANDÉE — %1 — BUREAU NON PRÉVENU")
                              .replace("%1", self.post.upper()))
            self.text.setAccessibleName(self.tr("Aide demandée au %1 : le bureau des médiateurs "
                                                "n'a pas reçu l'appel").replace("%1", self.post))
            return
        self.text.setText(self.tr("AIDE DEMANDÉE — %1").replace("%1", self.post.upper()))
        self.text.setAccessibleName(self.tr("Aide demandée au %1 : un médiateur va venir")
                                    .replace("%1", self.post))


class Header(QWidget):
    help_clicked = Signal()
    language_clicked = Signal()
    size_clicked = Signal()
    contrast_clicked = Signal()
    repeat_clicked = Signal()

    def __init__(self, post: str, hold_ms: int):
        super().__init__()
        self.setObjectName("Header")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.post = post
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 24, 0)
        row.setSpacing(16)
        self.corner = MediatorCorner(hold_ms)
        self.name = label(wrap=False, name="Subtitle")
        self.help_status = label(wrap=False, name="Subtitle")
        self.assisted = label(wrap=False, name="Assisted")
        self.size = button(role="header", icon="texte")
        self.size.clicked.connect(self.size_clicked)
        self.contrast = button(role="header", icon="contraste")
        self.contrast.clicked.connect(self.contrast_clicked)
        self.language = button(role="header", icon="langue")
        self.language.clicked.connect(self.language_clicked)
        self.help = button(role="help", icon="aide")
        self.help.clicked.connect(self.help_clicked)
        self.repeat = button(role="primary", icon="oreille", icon_px=56)     # listen mode
        self.repeat.setMinimumSize(220, 80)
        self.repeat.clicked.connect(self.repeat_clicked)
        self.repeat.hide()
        row.addWidget(self.corner)
        row.addWidget(self.name)
        row.addWidget(self.assisted)
        row.addWidget(self.repeat)
        row.addStretch(1)
        row.addWidget(self.help_status)
        row.addWidget(self.size)
        row.addWidget(self.contrast)
        row.addWidget(self.language)
        row.addWidget(self.help)
        self.help_waiting = False
        self.text_size, self.high_contrast = "normal", False
        self.language_name = "Français"
        self.retranslate()

    def set_display(self, text_size: str, high_contrast: bool) -> None:
        self.text_size, self.high_contrast = text_size, high_contrast
        self.retranslate()

    def set_assisted(self, on: bool) -> None:
        self.assisted.setVisible(on)

    def set_listening(self, on: bool) -> None:
        """Listen mode: a large « Répéter » on every screen."""
        self.repeat.setVisible(on)

    def set_help_waiting(self, waiting: bool) -> None:
        self.help_waiting = waiting
        self.retranslate()

    def set_language_name(self, name: str) -> None:
        self.language_name = name
        self.retranslate()

    def fit(self) -> None:
        """When the words do not fit (large text, long translations), the size, contrast and
        language buttons keep their pictogram only (and their full accessible name)."""
        texts = {self.size: self._size_text, self.contrast: self._contrast_text,
                 self.language: self.language_name}
        for widget, text in texts.items():
            widget.setText(text)
        self.name.setVisible(True)
        width = self.width()
        if width <= 0:
            return
        for widget in (self.size, self.contrast, self.language):
            if self.layout().sizeHint().width() <= width:
                return
            widget.setText("")
        if self.layout().sizeHint().width() > width:
            self.name.setVisible(False)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.fit()

    def retranslate(self) -> None:
        self.name.setText(self.tr("Pas à pas — %1").replace("%1", self.post))
        self.assisted.setText(self.tr("Mode accompagné"))
        self.repeat.setText(self.tr("Répéter"))
        self.repeat.setAccessibleName(self.tr("Répéter : entendre encore ce qui est à l'écran"))
        self.help.setText(self.tr("J'ai besoin d'aide"))
        self.help.setAccessibleName(self.tr("J'ai besoin d'aide : appeler un médiateur"))
        self.help_status.setText(self.tr("Un médiateur va venir") if self.help_waiting else "")
        self.help_status.setVisible(self.help_waiting)
        sizes = {"normal": self.tr("normale"), "large": self.tr("grande"), "xlarge": self.tr("très grande")}
        self._size_text = (self.tr("Texte plus grand") if self.text_size != "xlarge"
                           else self.tr("Texte normal"))
        self.size.setAccessibleName(self.tr("Taille du texte : %1. Toucher pour changer")
                                    .replace("%1", sizes[self.text_size]))
        self._contrast_text = (self.tr("Contraste élevé") if not self.high_contrast
                               else self.tr("Contraste normal"))
        self.contrast.setAccessibleName(
            self.tr("Contraste élevé : activé. Toucher pour revenir aux couleurs normales")
            if self.high_contrast else
            self.tr("Contraste élevé : désactivé. Toucher pour des couleurs plus contrastées"))
        self.language.setAccessibleName(self.tr("Changer de langue (maintenant : %1)")
                                        .replace("%1", self.language_name))
        self.fit()
