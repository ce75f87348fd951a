"""Printing through the Qt print system: the Windows back-end of ``PrintService``.

Each page of the PDF is rendered by QtPdf (``QPdfDocument``) at the printer's resolution (at
most 300 dpi, on white: QtPdf pages are transparent) and painted on a ``QPrinter``.

Its limits, to know before trusting it (measured with CUPS printers, where Qt behaves the same
way):

- Success means *spooled*, not printed: Qt hands the pages to the spooler and cannot follow the
  job, so a jam, an empty tray or a printer that is switched off is reported as a success.
- A printer that rejects jobs loses them silently while Qt reports success; an unreachable one
  shows as "Active". Only a printer in ``QPrinterInfo.state() == Error`` (a paused or disabled
  queue) and a missing printer are caught here.
- No time limit: ``QPainter.end()`` returns when the spooler has the job.
- Pages are sent as pictures (bigger spool files), not as text.

Runs in the print worker thread: painting on a ``QPrinter`` and ``QImage`` is allowed off the
GUI thread.
"""
from __future__ import annotations

import threading
from pathlib import Path

from kiosk.services.print_outcome import DISABLED, FAILED, NO_PRINTER, PRINTED, Outcome


class QtPrinter:
    def __init__(self, printer: str = ""):
        self.printer = printer

    def print_file(self, path: Path, stop: threading.Event) -> Outcome:
        from PySide6.QtCore import QSize, Qt
        from PySide6.QtGui import QPainter
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

        info = QPrinterInfo.printerInfo(self.printer) if self.printer else \
            QPrinterInfo.defaultPrinter()
        if info.isNull():
            return Outcome(False, NO_PRINTER, f"no printer {self.printer or '(default)'!r}")
        if info.state() == QPrinter.PrinterState.Error:
            return Outcome(False, DISABLED, f"printer {info.printerName()!r} is in error")
        document = QPdfDocument()
        if document.load(str(path)) != QPdfDocument.Error.None_:
            return Outcome(False, FAILED, "the summary PDF could not be read")
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        printer.setDocName("Pas a pas")
        painter = QPainter()
        if not painter.begin(printer):
            return Outcome(False, FAILED, f"printer {info.printerName()!r} refused to start")
        try:
            dpi = min(printer.resolution(), 300)
            for index in range(document.pageCount()):
                if stop.is_set():
                    break
                if index:
                    printer.newPage()
                points = document.pagePointSize(index)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = document.render(index, size)
                target = painter.viewport()
                scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.fillRect(0, 0, scaled.width(), scaled.height(), Qt.GlobalColor.white)
                painter.drawImage(0, 0, image.scaled(scaled, Qt.AspectRatioMode.KeepAspectRatio,
                                                     Qt.TransformationMode.SmoothTransformation))
        finally:
            ended = painter.end()
            document.close()
        if not ended or printer.printerState() in (QPrinter.PrinterState.Error,
                                                   QPrinter.PrinterState.Aborted):
            return Outcome(False, FAILED, f"printer {info.printerName()!r} reported an error")
        return Outcome(True, PRINTED, f"spooled to {info.printerName()!r} (not followed)")
