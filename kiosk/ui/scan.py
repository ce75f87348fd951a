"""« Scanner un papier »: lay the paper, scan, look at the result, say what it is, keep it.

The overlay walks through four states — ready, scanning, preview, failed — with the
``Scanner`` service doing the work and the ``DocumentTray`` keeping the page. A failure says
what happened in plain words and offers « J'ai besoin d'aide »; what is already in the tray
stays there whatever happens.
"""
from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.services.scanner import Scanner
from kiosk.session.documents import DocumentTray
from kiosk.ui.documents import NamePicker
from kiosk.ui.overlay import Overlay
from kiosk.style.widgets import button, label

log = logging.getLogger(__name__)
PREVIEW_PX = 440


class ScanOverlay(Overlay):
    help_wanted = Signal()
    tray_wanted = Signal()

    def __init__(self, parent: QWidget, scanner: Scanner, tray: DocumentTray,
                 names: Callable[[], list[str]], record: Callable[..., None] = lambda e, **f: None):
        super().__init__(parent, width=1600)
        self.scanner, self.tray, self.names, self.record = scanner, tray, names, record
        self.state = "ready"
        self.image: QImage | None = None
        self.added = ""                       # where the last page went, said on the next scan
        self.failure = ""                     # what went wrong, in the visitor's words
        self.title, self.explain, self.note = label(name="Title"), label(), label(name="Warning")
        self.preview = label()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_PX * 3 // 4, PREVIEW_PX)
        self.picker = NamePicker()
        self.picker.picked.connect(self._keep)
        self.colour = button(icon="photo")
        self.colour.setCheckable(True)
        self.colour.toggled.connect(lambda _on: self.retranslate())
        self.scan_button = button(role="primary", icon="scanner")
        self.scan_button.clicked.connect(self.start)
        self.next_page = button(role="primary", icon="suivant")
        self.next_page.clicked.connect(self._keep_as_next_page)
        self.again = button(icon="recommencer")
        self.again.clicked.connect(self.start)
        self.stop = button(icon="non")
        self.stop.clicked.connect(self._stop)
        self.help = button(role="help", icon="aide")
        self.help.clicked.connect(self.help_wanted)
        self.tray_button = button(icon="attestation")
        self.tray_button.clicked.connect(self._to_tray)
        self.close_button = button(icon="non")
        self.close_button.clicked.connect(self.close_scan)
        actions = QHBoxLayout()
        for widget in (self.close_button, self.tray_button, self.help, self.stop, self.again,
                       self.colour, self.next_page, self.scan_button):
            actions.addWidget(widget)
        for widget in (self.title, self.note, self.explain):
            self.content.addWidget(widget)
        result = QHBoxLayout()                 # the page beside the names to give it
        result.setSpacing(24)
        result.addWidget(self.preview)
        result.addWidget(self.picker, 1)
        self.content.addLayout(result)
        self.content.addLayout(actions)
        scanner.scanned.connect(self._scanned)
        scanner.failed.connect(self._failed)
        self.retranslate()

    # --- the visitor's actions -------------------------------------------------------------------
    def open_scan(self) -> None:
        self.added = ""
        self._show("ready")
        self.open()
        self.scan_button.setFocus()

    def start(self) -> None:
        if self.scanner.scan(self.tray.folder / "scan.png", self.colour.isChecked()):
            self._show("scanning")

    def _stop(self) -> None:
        self.scanner.cancel()
        self._show("ready")

    def close_scan(self) -> None:
        self.scanner.cancel()
        self.image = None
        self.preview.clear()
        self.hide()

    def _to_tray(self) -> None:
        self.close_scan()
        self.tray_wanted.emit()

    def _scanned(self, image: QImage) -> None:
        if not self.isVisible():
            return
        self.image = image
        self.preview.setPixmap(QPixmap.fromImage(image.scaledToHeight(
            PREVIEW_PX, Qt.TransformationMode.SmoothTransformation)))
        self.picker.set_names(self.names())
        self._show("preview")

    def _failed(self, message: str, _reason: str) -> None:
        if not self.isVisible():
            return
        self.failure = QCoreApplication.translate("Scanner", message)
        self._show("failed")
        self.record("scan_failed")

    def _keep(self, name: str) -> None:
        self._add(name, None)

    def _keep_as_next_page(self) -> None:
        if self.tray.documents:
            last = self.tray.documents[-1]
            self._add(last.name, last)

    def _add(self, name: str, to) -> None:
        if self.image is None:
            return
        try:
            document = self.tray.add_page(self.image, name, self.scanner.settings.resolution, to=to)
        except OSError:
            log.error("a scanned page could not be kept")
            self.failure = self.tr("La page n'a pas pu être gardée sur la borne. Demandez à un médiateur.")
            self._show("failed")
            return
        self.added = self.tr("La page est dans « Mes documents » : « %1 », page %2.") \
            .replace("%1", document.name).replace("%2", str(len(document.pages)))
        self.image = None
        self.preview.clear()
        self.record("page_scanned")
        self._show("ready")

    # --- what shows ------------------------------------------------------------------------------
    def _show(self, state: str) -> None:
        self.state = state
        ready, scanning, preview, failed = (state == s for s in ("ready", "scanning", "preview", "failed"))
        self.preview.setVisible(preview)
        self.picker.setVisible(preview)
        self.note.setVisible((ready and bool(self.added)) or failed)
        self.colour.setVisible(ready)
        self.scan_button.setVisible(ready)
        self.stop.setVisible(scanning)
        self.again.setVisible(preview or failed)
        self.next_page.setVisible(preview and bool(self.tray.documents))
        self.help.setVisible(failed)
        self.tray_button.setVisible(ready and bool(self.tray.documents))
        self.close_button.setVisible(not scanning)
        self.retranslate()

    def retranslate(self) -> None:
        self.picker.retranslate()
        state = self.state
        if state == "ready":
            self.title.setText(self.tr("Scanner un papier"))
            self.explain.setText(self.tr("1. Ouvrez le capot du scanner. 2. Posez le papier, face écrite "
                                         "contre la vitre, dans le coin marqué. 3. Fermez le capot. "
                                         "4. Touchez « Scanner ». Pour une carte à deux côtés : "
                                         "scannez un côté, puis l'autre."))
            self.note.setText(self.added)
        elif state == "scanning":
            self.title.setText(self.tr("Scan en cours…"))
            self.explain.setText(self.tr("Ne bougez pas le papier. Cela prend quelques secondes."))
        elif state == "preview":
            self.title.setText(self.tr("Voici votre page"))
            self.explain.setText(self.tr("Tout se lit bien ? Alors dites ce qu'est ce papier. "
                                         "Sinon, touchez « Recommencer le scan »."))
        else:
            self.title.setText(self.tr("Le scan n'a pas marché"))
            self.explain.setText(self.tr("Vos documents déjà scannés sont toujours là."))
            self.note.setText(self.failure)
        self.note.setAccessibleName(self.note.text())
        self.preview.setAccessibleName(self.tr("Aperçu de la page scannée"))
        colour = self.colour.isChecked()
        for widget, text, name in (
                (self.scan_button, self.tr("Scanner"), self.tr("Scanner le papier posé sur la vitre")),
                (self.colour, self.tr("En couleur : oui") if colour else self.tr("En couleur : non"),
                 self.tr("Scanner en couleur, pour une carte ou une photo") + " : "
                 + (self.tr("oui") if colour else self.tr("non"))),
                (self.again, self.tr("Recommencer le scan"), self.tr("Recommencer le scan")),
                (self.stop, self.tr("Arrêter"), self.tr("Arrêter le scan")),
                (self.help, self.tr("J'ai besoin d'aide"), self.tr("J'ai besoin d'aide : appeler un médiateur")),
                (self.tray_button, self.tr("Voir mes documents"), self.tr("Voir mes documents")),
                (self.close_button, self.tr("Fermer"), self.tr("Fermer le scanner")),
                (self.next_page, self.tr("Page suivante de « %1 »").replace(
                    "%1", self.tray.documents[-1].name if self.tray.documents else ""),
                 self.tr("Ajouter cette page à la suite de « %1 »").replace(
                    "%1", self.tray.documents[-1].name if self.tray.documents else ""))):
            widget.setText(text)
            widget.setAccessibleName(name)

    def clear(self) -> None:
        self.close_scan()
        self.added = ""
        self.failure = ""
