"""« Mes documents »: the papers a visitor scanned during their visit, and the files sent from them.

Everything lives in one private folder of the session (mode 0700), in memory where the system
allows it (``$XDG_RUNTIME_DIR`` or ``/dev/shm`` on Linux: a tmpfs, never on the disk), and the
wipe deletes it with the rest of the session. A ``Document`` is a named list of page images
(JPEG); the visitor rotates, reorders and removes pages, and puts several documents together
(recto and verso, all the pages of a payslip). ``export()`` makes the file a site asks for — a
PDF of all the pages, or an image of a one-page document — under the size limit of that site,
in the folder's ``envoi`` sub-folder: the only files a page can ever receive.

No Qt widgets here: QImage reads, turns and writes the pages; reportlab (imported when a PDF is
first made) writes the PDF around the JPEG pages without decoding them again.
"""
from __future__ import annotations

import logging
import os
import re
import shutil
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QTransform

log = logging.getLogger(__name__)

JPEG_QUALITY = 80
SMALLER = ((65, 1.0), (50, 0.8), (40, 0.65), (35, 0.5))   # quality, scale: tries under a limit


class Format(str, Enum):
    PDF = "pdf"
    JPEG = "jpeg"
    PNG = "png"


_MIME = {"application/pdf": {Format.PDF}, ".pdf": {Format.PDF},
         "image/*": {Format.JPEG, Format.PNG}, "image/jpeg": {Format.JPEG}, "image/jpg": {Format.JPEG},
         "image/pjpeg": {Format.JPEG}, ".jpg": {Format.JPEG}, ".jpeg": {Format.JPEG},
         "image/png": {Format.PNG}, ".png": {Format.PNG}}


def formats(accepted: list[str] | tuple[str, ...]) -> set[Format]:
    """What the kiosk can make of a page's ``accept`` list; no list means anything."""
    wanted = [a.strip().lower() for a in accepted if a.strip()]
    if not wanted:
        return {Format.PDF, Format.JPEG, Format.PNG}
    return set().union(*(_MIME.get(a, set()) for a in wanted))


def memory_folder() -> Path:
    """Where a session's documents go: a tmpfs where there is one, else the temporary folder."""
    for candidate in (os.environ.get("XDG_RUNTIME_DIR", ""), "/dev/shm" if sys.platform == "linux" else ""):
        if candidate and os.path.isdir(candidate) and os.access(candidate, os.W_OK | os.X_OK):
            return Path(candidate)
    return Path(tempfile.gettempdir())


def file_name(name: str, suffix: str) -> str:
    """« Pièce d'identité » → ``piece-d-identite.pdf``: what the official site will see."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    stem = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:60] or "document"
    return f"{stem}.{suffix}"


@dataclass(eq=False)
class Document:
    name: str
    pages: list[Path] = field(default_factory=list)   # scanned pages (JPEG), in order
    dpi: int = 200
    pdf: Path | None = None      # or a PDF as it came (from an official site): sent as it is


class Problem(str, Enum):
    NO_FORMAT = "no-format"          # the site wants a type of file the kiosk cannot make
    ONE_PAGE = "one-page"            # the site wants an image: one page only
    TOO_BIG = "too-big"              # over the site's limit even made smaller
    NO_SPACE = "no-space"            # the folder is full or cannot be written


@dataclass(frozen=True)
class Export:
    path: Path | None
    problem: Problem | None = None


class DocumentTray(QObject):
    """The session's documents. ``changed`` after every change; ``wipe()`` forgets them all."""

    changed = Signal()

    def __init__(self, root: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.root = root
        self._folder: Path | None = None
        self.documents: list[Document] = []
        self.sent: list[str] = []            # names of the documents given to a site, in order
        self._count = 0
        self._exports = 0

    @property
    def folder(self) -> Path:
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="pas-a-pas-documents-",
                                                   dir=self.root or memory_folder()))
        return self._folder

    # --- pages in ---------------------------------------------------------------------------
    def add_page(self, image: QImage, name: str, dpi: int = 200, to: Document | None = None) -> Document:
        """A scanned page: a new document called ``name``, or the next page of ``to``."""
        path = self._new_page_path()
        if not image.save(str(path), "JPEG", JPEG_QUALITY):
            path.unlink(missing_ok=True)
            raise OSError("the page could not be written")
        if to is not None and to in self.documents:
            to.pages.append(path)
            document = to
        else:
            document = Document(name, [path], dpi)
            self.documents.append(document)
        self.changed.emit()
        return document

    def add_pdf(self, source: Path, name: str) -> Document:
        """A PDF the visitor got from an official site (an attestation): kept to send on."""
        self._count += 1
        path = self.folder / f"document-{self._count}.pdf"
        shutil.copyfile(source, path)
        document = Document(name, pdf=path)
        self.documents.append(document)
        self.changed.emit()
        return document

    def _new_page_path(self) -> Path:
        self._count += 1
        return self.folder / f"page-{self._count}.jpg"

    # --- the visitor's changes ----------------------------------------------------------------
    def rename(self, document: Document, name: str) -> None:
        document.name = name.strip() or document.name
        self.changed.emit()

    def rotate(self, document: Document, index: int, quarter_turns: int = 1) -> None:
        path = document.pages[index]
        turned = QImage(str(path)).transformed(QTransform().rotate(90 * quarter_turns))
        new = self._new_page_path()
        if not turned.save(str(new), "JPEG", JPEG_QUALITY):
            new.unlink(missing_ok=True)
            raise OSError("the page could not be written")
        path.unlink(missing_ok=True)
        document.pages[index] = new
        self.changed.emit()

    def move_page(self, document: Document, index: int, delta: int) -> None:
        target = index + delta
        if 0 <= target < len(document.pages) and target != index:
            pages = document.pages
            pages[index], pages[target] = pages[target], pages[index]
            self.changed.emit()

    def remove_page(self, document: Document, index: int) -> None:
        document.pages.pop(index).unlink(missing_ok=True)
        if not document.pages:
            self.documents.remove(document)
        self.changed.emit()

    def remove(self, document: Document) -> None:
        for page in document.pages + ([document.pdf] if document.pdf else []):
            page.unlink(missing_ok=True)
        self.documents.remove(document)
        self.changed.emit()

    def combine(self, documents: list[Document]) -> Document:
        """One document with the pages of all, in the order given; it keeps the first one's name."""
        first, others = documents[0], [d for d in documents[1:] if d is not documents[0]]
        if first.pdf or any(d.pdf for d in others):
            raise ValueError("a PDF from a site is sent as it came")
        for other in others:
            first.pages.extend(other.pages)
            self.documents.remove(other)
        self.changed.emit()
        return first

    # --- files for a site ---------------------------------------------------------------------
    def export(self, document: Document, accepted: set[Format], limit_bytes: int = 0) -> Export:
        """The file of ``document`` a site can take, under ``limit_bytes`` (0: no limit)."""
        if document.pdf is not None:
            return self._export_pdf(document, accepted, limit_bytes)
        if Format.PDF in accepted:
            kind = Format.PDF
        elif accepted & {Format.JPEG, Format.PNG}:
            if len(document.pages) != 1:
                return Export(None, Problem.ONE_PAGE)
            kind = Format.JPEG if Format.JPEG in accepted else Format.PNG
        else:
            return Export(None, Problem.NO_FORMAT)
        self._exports += 1
        outbox = self.folder / "envoi" / str(self._exports)     # one folder a file: names kept
        try:
            outbox.mkdir(mode=0o700, parents=True)
            target = outbox / file_name(document.name, "pdf" if kind is Format.PDF else
                                        "jpg" if kind is Format.JPEG else "png")
            for quality, scale in ((JPEG_QUALITY, 1.0),) + SMALLER:
                self._write(document, kind, target, quality, scale)
                if not limit_bytes or target.stat().st_size <= limit_bytes:
                    return Export(target)
                if kind is Format.PNG:
                    break
        except OSError as exc:
            log.error("a document could not be made for a site (%s)", type(exc).__name__)
            return Export(None, Problem.NO_SPACE)
        target.unlink(missing_ok=True)
        return Export(None, Problem.TOO_BIG)

    def _export_pdf(self, document: Document, accepted: set[Format], limit_bytes: int) -> Export:
        if Format.PDF not in accepted:
            return Export(None, Problem.NO_FORMAT)
        if limit_bytes and document.pdf.stat().st_size > limit_bytes:
            return Export(None, Problem.TOO_BIG)
        self._exports += 1
        outbox = self.folder / "envoi" / str(self._exports)
        try:
            outbox.mkdir(mode=0o700, parents=True)
            target = outbox / file_name(document.name, "pdf")
            shutil.copyfile(document.pdf, target)
        except OSError as exc:
            log.error("a document could not be made for a site (%s)", type(exc).__name__)
            return Export(None, Problem.NO_SPACE)
        return Export(target)

    def _write(self, document: Document, kind: Format, target: Path, quality: int, scale: float) -> None:
        pages = document.pages
        if (quality, scale) != (JPEG_QUALITY, 1.0) or kind is Format.PNG:
            pages = [self._smaller(p, kind, quality, scale, i) for i, p in enumerate(pages)]
        if kind is Format.PDF:
            _pdf(pages, target, document.dpi * scale)
        else:
            shutil.copyfile(pages[0], target)

    def _smaller(self, page: Path, kind: Format, quality: int, scale: float, index: int) -> Path:
        image = QImage(str(page))
        if scale < 1:
            image = image.scaledToWidth(max(1, int(image.width() * scale)))
        out = self.folder / f"smaller-{index}.{'png' if kind is Format.PNG else 'jpg'}"
        if not image.save(str(out), "PNG" if kind is Format.PNG else "JPEG", quality):
            raise OSError("a smaller page could not be written")
        return out

    def mark_sent(self, document: Document) -> None:
        if document.name not in self.sent:
            self.sent.append(document.name)

    def wipe(self) -> None:
        folder, self._folder = self._folder, None
        self.documents.clear()
        self.sent.clear()
        self._count = self._exports = 0
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
            if folder.exists():
                log.error("the session's documents folder could not be deleted")
        self.changed.emit()


def _pdf(pages: list[Path], target: Path, dpi: float) -> None:
    """A PDF with one page per JPEG, each at its real size (from the scan's resolution)."""
    from PySide6.QtGui import QImageReader
    from reportlab.pdfgen import canvas
    pdf = canvas.Canvas(str(target), pageCompression=0)
    pdf.setTitle("")
    pdf.setAuthor("")
    pdf.setCreator("")
    for page in pages:
        pixels = QImageReader(str(page)).size()
        width, height = pixels.width(), pixels.height()
        size = (width * 72 / dpi, height * 72 / dpi)
        pdf.setPageSize(size)
        pdf.drawImage(str(page), 0, 0, *size)
        pdf.showPage()
    pdf.save()
