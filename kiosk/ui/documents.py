"""« Mes documents »: the visitor's scanned papers, and the kiosk's own file chooser for a site.

``DocumentsOverlay`` shows the session's ``DocumentTray`` as large thumbnails with plain names:
the visitor turns, reorders and removes pages, renames a document, puts one document with the
one before (recto and verso), deletes one. In « choose » mode it is the kiosk's own file chooser
for an official page (``kiosk/ui/chooser.py``).
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.session.documents import Document, DocumentTray, Format
from kiosk.ui.overlay import Overlay
from kiosk.ui.widgets import button, discard, label, pictogram, scroll_area

THUMB_PX = 150


def thumbnail(path, height: int = THUMB_PX) -> QPixmap:
    image = QImage(str(path))
    return QPixmap.fromImage(image.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation))


class NamePicker(QWidget):
    """« Ce papier est : » — big buttons with the names of the step's papers, or a typed one."""

    picked = Signal(str)

    def __init__(self):
        super().__init__()
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        self.typed = QLineEdit()
        self.typed.setMaxLength(60)
        self.use_typed = button(icon="valider")
        self.use_typed.clicked.connect(lambda: self.typed.text().strip() and self.picked.emit(self.typed.text().strip()))
        self.typed.returnPressed.connect(self.use_typed.click)
        row = QHBoxLayout()
        row.addWidget(self.typed, 1)
        row.addWidget(self.use_typed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addLayout(row)
        self._buttons: list = []
        self.retranslate()

    def set_names(self, names: list[str]) -> None:
        discard(self._buttons)
        self.typed.clear()
        for index, name in enumerate(names):
            b = button(name)
            b.setAccessibleName(self.tr("Ce papier est : %1").replace("%1", name))
            b.clicked.connect(lambda _=False, n=name: self.picked.emit(n))
            self.grid.addWidget(b, index // 3, index % 3)
            self._buttons.append(b)

    def retranslate(self) -> None:
        self.typed.setPlaceholderText(self.tr("Ou écrivez un autre nom"))
        self.typed.setAccessibleName(self.tr("Écrire un autre nom pour ce papier"))
        self.use_typed.setText(self.tr("Garder ce nom"))
        self.use_typed.setAccessibleName(self.tr("Garder le nom écrit"))


STANDARD_NAMES = (QT_TRANSLATE_NOOP("DocumentsOverlay", "Pièce d'identité"),
                  QT_TRANSLATE_NOOP("DocumentsOverlay", "Titre de séjour"),
                  QT_TRANSLATE_NOOP("DocumentsOverlay", "Justificatif de domicile"),
                  QT_TRANSLATE_NOOP("DocumentsOverlay", "Fiche de paie"),
                  QT_TRANSLATE_NOOP("DocumentsOverlay", "RIB"),
                  QT_TRANSLATE_NOOP("DocumentsOverlay", "Avis d'impôt"),
                  QT_TRANSLATE_NOOP("DocumentsOverlay", "Autre papier"))


def standard_names() -> list[str]:
    """The papers a pôle social sees most, in the interface language."""
    return [QCoreApplication.translate("DocumentsOverlay", name) for name in STANDARD_NAMES]


class DocumentsOverlay(Overlay):
    """The tray on screen. ``open_tray()`` to look after it; ``open_chooser()`` for a site."""

    scan_wanted = Signal()
    tapped = Signal(object)        # choose mode: a Document touched
    finished = Signal()            # closed (or « Envoyer » in multiple choice)

    def __init__(self, parent: QWidget, tray: DocumentTray, names: Callable[[], list[str]],
                 can_scan: bool):
        super().__init__(parent, width=1500)
        self.tray, self.names, self.can_scan = tray, names, can_scan
        self.mode, self.multiple, self.accepted = "manage", False, set(Format)
        self.editing: Document | None = None       # its pages are shown
        self.renaming: Document | None = None      # its name is being chosen
        self.picked: list[Document] = []
        self.title, self.explain, self.problem = label(name="Title"), label(), label(name="Warning")
        self.problem.hide()
        inner = QWidget()
        self.rows = QVBoxLayout(inner)
        self.rows.setSpacing(14)
        self.rows.addStretch(1)
        self.area = scroll_area(inner)
        self.area.setMinimumHeight(560)
        self.picker = NamePicker()
        self.picker.picked.connect(self._renamed)
        self.picker.hide()
        self.scan_button = button(role="primary", icon="scanner")
        self.scan_button.clicked.connect(self.scan_wanted)
        self.send_button = button(role="primary", icon="valider")
        self.send_button.clicked.connect(self._close)
        self.close_button = button(icon="non")
        self.close_button.clicked.connect(self._back)
        actions = QHBoxLayout()
        for widget in (self.close_button, self.scan_button, self.send_button):
            actions.addWidget(widget)
        for widget in (self.title, self.explain, self.problem):
            self.content.addWidget(widget)
        self.content.addWidget(self.area, 1)
        self.content.addWidget(self.picker)
        self.content.addLayout(actions)
        self._row_widgets: list[QWidget] = []
        self._thumbs: dict[str, QPixmap] = {}
        tray.changed.connect(self.refresh)
        self.retranslate()

    # --- opening ---------------------------------------------------------------------------------
    def open_tray(self) -> None:
        self.mode, self.multiple, self.accepted, self.picked = "manage", False, set(Format), []
        self._reset()

    def open_chooser(self, accepted: set[Format], multiple: bool) -> None:
        self.mode, self.multiple, self.accepted, self.picked = "choose", multiple, accepted, []
        self._reset()

    def _reset(self) -> None:
        self.editing = self.renaming = None
        self.problem.hide()
        self.retranslate()
        self.refresh()
        self.open()
        (self.scan_button if self.can_scan and not self.tray.documents else self.close_button).setFocus()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setAccessibleName(text)
        self.problem.setVisible(bool(text))

    def _back(self) -> None:
        if self.renaming is not None or self.editing is not None:
            self.editing = self.renaming = None
            self.picker.hide()
            self.refresh()
            return
        self.picked = [] if self.mode == "choose" else self.picked
        self._close()

    def _close(self) -> None:
        self.hide()
        self.finished.emit()

    # --- the list ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        discard(self._row_widgets)
        keep = {str(p) for d in self.tray.documents for p in d.pages + ([d.pdf] if d.pdf else [])}
        self._thumbs = {k: v for k, v in self._thumbs.items() if k in keep}
        if self.editing is not None and self.editing not in self.tray.documents:
            self.editing = None
        if self.editing is not None:
            for index, page in enumerate(self.editing.pages):
                self._add_row(self._page_row(self.editing, index, page))
        else:
            for index, document in enumerate(self.tray.documents):
                self._add_row(self._document_row(index, document))
            if not self.tray.documents:
                empty = label(self.tr("Aucun document pour l'instant.") + " " + (
                    self.tr("Touchez « Scanner un papier » pour en ajouter un.") if self.can_scan else
                    self.tr("Ce poste n'a pas de scanner : demandez à un médiateur.")))
                self._add_row(empty)
        self.scan_button.setVisible(self.can_scan and self.editing is None and self.renaming is None)
        self.send_button.setVisible(self.mode == "choose" and self.multiple and self.editing is None)
        self.send_button.setEnabled(bool(self.picked))
        self.retranslate()

    def _add_row(self, widget: QWidget) -> None:
        self.rows.insertWidget(self.rows.count() - 1, widget)
        self._row_widgets.append(widget)

    def _thumb(self, path) -> QPixmap:
        key = str(path)
        if key not in self._thumbs:
            self._thumbs[key] = (pictogram("pdf").pixmap(THUMB_PX, THUMB_PX) if key.endswith(".pdf")
                                 else thumbnail(path))
        return self._thumbs[key]

    def _row(self, path, texts: list[str]) -> tuple[QWidget, QHBoxLayout]:
        row = QWidget()
        row.setObjectName("Card")
        line = QHBoxLayout(row)
        line.setSpacing(14)
        picture = label(name="Thumbnail")
        picture.setPixmap(self._thumb(path))
        picture.setFixedSize(QSize(THUMB_PX, THUMB_PX))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture.setAccessibleName(texts[0])
        words = QVBoxLayout()
        for index, text in enumerate(texts):
            words.addWidget(label(text, name="Subtitle" if index == 0 else ""))
        line.addWidget(picture)
        line.addLayout(words, 1)
        return row, line

    def _document_row(self, index: int, document: Document) -> QWidget:
        name = document.name
        row, line = self._row(document.pdf or document.pages[0], [
            name, self.tr("Document PDF du site officiel") if document.pdf else
            self.tr("Pages : %1").replace("%1", str(len(document.pages)))])
        actions: list[tuple[str, str, str, Callable[[], None]]] = []
        if self.mode == "choose":
            chosen = document in self.picked
            actions.append((self.tr("Choisi") if chosen else self.tr("Envoyer ce document"),
                            self.tr("« %1 » : envoyer ce document au site").replace("%1", name),
                            "valider", lambda d=document: self.tapped.emit(d)))
        if document.pages:
            actions.append((self.tr("Pages"), self.tr("Voir et modifier les pages de « %1 »")
                            .replace("%1", name), "pdf", lambda d=document: self._edit(d)))
        actions.append((self.tr("Nom"), self.tr("Changer le nom de « %1 »").replace("%1", name),
                        "texte", lambda d=document: self._rename(d)))
        before = self.tray.documents[index - 1] if index > 0 else None
        if before is not None and before.pages and document.pages:
            actions.append((self.tr("Avec le document d'avant"),
                            self.tr("Mettre les pages de « %1 » à la suite de « %2 »").replace("%1", name)
                            .replace("%2", before.name), "suivant",
                            lambda b=before, d=document: self.tray.combine([b, d])))
        actions.append((self.tr("Supprimer"), self.tr("Supprimer « %1 »").replace("%1", name), "effacer",
                        lambda d=document: self.tray.remove(d)))
        for text, accessible, icon, action in actions:
            b = button(text, role="primary" if icon == "valider" else "", icon=icon)
            b.setAccessibleName(accessible)
            b.clicked.connect(lambda _=False, act=action: act())
            line.addWidget(b)
        return row

    def _page_row(self, document: Document, index: int, page) -> QWidget:
        count = len(document.pages)
        where = self.tr("Page %1 sur %2").replace("%1", str(index + 1)).replace("%2", str(count))
        row, line = self._row(page, [where, document.name])
        for text, accessible, icon, enabled, action in (
                (self.tr("Tourner"), self.tr("Tourner la %1").replace("%1", where.lower()), "recommencer", True,
                 lambda: self.tray.rotate(document, index)),
                (self.tr("Avant"), self.tr("Mettre la %1 avant").replace("%1", where.lower()), "retour",
                 index > 0, lambda: self.tray.move_page(document, index, -1)),
                (self.tr("Après"), self.tr("Mettre la %1 après").replace("%1", where.lower()), "suivant",
                 index < count - 1, lambda: self.tray.move_page(document, index, 1)),
                (self.tr("Enlever"), self.tr("Enlever la %1").replace("%1", where.lower()), "effacer", True,
                 lambda: self.tray.remove_page(document, index))):
            b = button(text, icon=icon)
            b.setAccessibleName(accessible)
            b.setEnabled(enabled)
            b.clicked.connect(lambda _=False, act=action: act())
            line.addWidget(b)
        return row

    def _edit(self, document: Document) -> None:
        self.editing = document
        self.refresh()

    def _rename(self, document: Document) -> None:
        self.renaming = document
        self.picker.set_names(self.names())
        self.picker.show()
        self.refresh()

    def _renamed(self, name: str) -> None:
        document, self.renaming = self.renaming, None
        self.picker.hide()
        if document is not None:
            self.tray.rename(document, name)
        self.refresh()

    # --- words --------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.picker.retranslate()
        if self.editing is not None:
            self.title.setText(self.tr("Les pages de « %1 »").replace("%1", self.editing.name))
            self.explain.setText(self.tr("Tournez une page à l'endroit, changez l'ordre, enlevez une page."))
        elif self.renaming is not None:
            self.title.setText(self.tr("Quel est ce papier ?"))
            self.explain.setText(self.tr("Choisissez son nom. Le site verra ce nom."))
        elif self.mode == "choose":
            self.title.setText(self.tr("Choisir un document à envoyer"))
            self.explain.setText(self.tr("Le site demande un fichier. Touchez « Envoyer ce document ». "
                                         "Seuls vos documents de cette visite sont proposés.") + " "
                                 + self._accepted_words())
        else:
            self.title.setText(self.tr("Mes documents"))
            self.explain.setText(self.tr("Vos papiers scannés restent ici pendant votre visite. "
                                         "Tout est effacé à la fin."))
        self.scan_button.setText(self.tr("Scanner un papier"))
        self.scan_button.setAccessibleName(self.tr("Scanner un papier avec le scanner du poste"))
        self.send_button.setText(self.tr("Envoyer les documents choisis"))
        back = (self.tr("Retour à la liste") if self.editing is not None or self.renaming is not None
                else self.tr("Annuler") if self.mode == "choose" else self.tr("Fermer"))
        self.close_button.setText(back)
        self.close_button.setAccessibleName(back if back != self.tr("Fermer") else self.tr("Fermer « Mes documents »"))

    def _accepted_words(self) -> str:
        if Format.PDF in self.accepted and self.accepted & {Format.JPEG, Format.PNG}:
            return self.tr("Ce site accepte un PDF ou une image.")
        if Format.PDF in self.accepted:
            return self.tr("Ce site accepte un PDF.")
        if self.accepted:
            return self.tr("Ce site accepte une image d'une seule page.")
        return self.tr("Ce site demande un type de fichier que la borne ne sait pas faire.")
