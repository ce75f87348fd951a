"""The printed summary: an A4 PDF made with reportlab, French first, then the visitor's language.

Only the DejaVu Sans fonts shipped in ``assets/fonts`` are used and embedded (they cover French
and Arabic); reportlab's built-in Helvetica is kept out by ``initialFontName`` and
``rl_config.defaultGraphicsFontName``. reportlab does not lay Arabic out by itself: each paragraph
is joined with ``arabic_reshaper``, wrapped into lines in logical order, and only then is each
line put in visual (right-to-left) order with ``python-bidi`` (rtl.py). reportlab,
arabic_reshaper, bidi and segno are imported when the first PDF is made.
"""
from __future__ import annotations

from pathlib import Path

from kiosk import paths
from kiosk.summary.builder import Summary
from kiosk.summary.rtl import isolate, visual_lines
from kiosk.summary.text import paper_text

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
MM = 72 / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM
MARGIN = 18 * MM
QR_SIDE = 30 * MM            # about 300 bytes read back from paper (tests/test_qr.py)
GREY = (0.25, 0.29, 0.36)
_fonts_ready = False


def _register_fonts() -> None:
    global _fonts_ready
    if _fonts_ready:
        return
    from reportlab import rl_config
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    folder = paths.assets() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    for bold, italic in ((0, 0), (0, 1), (1, 0), (1, 1)):
        addMapping(FONT, bold, italic, BOLD if bold else FONT)
    rl_config.defaultGraphicsFontName = FONT
    rl_config.useA85 = 0            # binary streams: reportlab's pure-Python ASCII85 costs 15 ms
    _fonts_ready = True


class _Writer:
    """Writes down a page, starting a new one when full; mirrored for right-to-left languages."""

    def __init__(self, canvas, summary: Summary):
        self.c, self.s, self.rtl = canvas, summary, summary.right_to_left
        self.y = PAGE_H - MARGIN
        self.width = PAGE_W - 2 * MARGIN
        self.page = 0

    def footer(self) -> None:
        self.page += 1
        self.c.setFillColorRGB(*GREY)
        line = f"{self.s.version_line} · Pas à pas · {self.page}"
        self.text_line(visual_lines(line, FONT, 8, self.width, self.rtl)[0], FONT, 8, MARGIN * 0.6, 0)
        self.c.setFillColorRGB(0, 0, 0)

    def new_page(self) -> None:
        self.footer()
        self.c.showPage()
        self.y = PAGE_H - MARGIN

    def x(self, offset: float) -> float:
        return PAGE_W - MARGIN - offset if self.rtl else MARGIN + offset

    def text_line(self, line: str, font: str, size: float, y: float, offset: float) -> None:
        self.c.setFont(font, size)
        if self.rtl:
            self.c.drawRightString(self.x(offset), y, line)
        else:
            self.c.drawString(self.x(offset), y, line)

    def write(self, text: str, size: float = 11, bold: bool = False, offset: float = 0,
              width: float | None = None, grey: bool = False, after: float = 3,
              mark=None) -> None:
        """A paragraph; ``mark(x, y)`` draws a bullet or a box before its first line."""
        if not text:
            return
        font = BOLD if bold else FONT
        leading = size * 1.3
        lines = visual_lines(text, font, size, (width or self.width) - offset, self.rtl)
        if self.y - leading * min(len(lines), 2) < MARGIN:
            self.new_page()
        if grey:
            self.c.setFillColorRGB(*GREY)
        for index, line in enumerate(lines):
            if self.y - leading < MARGIN:
                self.new_page()
            self.y -= leading
            if index == 0 and mark is not None:
                mark(self.x(offset - 5.5 * MM), self.y, size)
            self.text_line(line, font, size, self.y, offset)
        self.c.setFillColorRGB(0, 0, 0)
        self.y -= after

    def heading(self, text: str) -> None:
        if self.y - 40 < MARGIN:
            self.new_page()
        self.y -= 6
        self.write(text, 13, bold=True, after=2)
        self.c.setLineWidth(0.6)
        self.c.line(MARGIN, self.y, PAGE_W - MARGIN, self.y)
        self.y -= 4

    def bullet(self, x: float, y: float, size: float) -> None:
        self.c.circle(x + (-1.5 if self.rtl else 1.5) * MM, y + size * 0.35, 0.7 * MM, stroke=0, fill=1)

    def box(self, ticked: bool):
        def draw(x: float, y: float, size: float) -> None:
            side = 3.8 * MM
            left = x - side if self.rtl else x
            self.c.setLineWidth(0.9)
            self.c.rect(left, y - 0.6 * MM, side, side, stroke=1, fill=0)
            if ticked:
                self.c.setLineWidth(1.4)
                self.c.lines([(left + 0.7 * MM, y + 1.2 * MM, left + 1.6 * MM, y + 0.1 * MM),
                              (left + 1.6 * MM, y + 0.1 * MM, left + 3.3 * MM, y + 3.0 * MM)])
        return draw


def _draw_qr(canvas, payload: str, x: float, y: float, side: float) -> None:
    """The QR of ``payload`` as one vector path, ``side`` points wide, lower-left corner at x, y.

    The squares are written as raw path operators in module units, one fill for all: sharp at
    any printer resolution, no seams between squares, and fast.
    """
    from kiosk.summary.qrcodes import qr_symbol
    matrix = qr_symbol(payload).matrix
    module = side / len(matrix)
    squares = []
    for row, bits in enumerate(matrix):
        col, count = 0, len(bits)
        while col < count:
            if bits[col]:
                start = col
                while col < count and bits[col]:
                    col += 1
                squares.append(f"{start} {row} {col - start} 1 re")
            else:
                col += 1
    canvas.saveState()
    canvas.translate(x, y + side)
    canvas.scale(module, -module)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.addLiteral("\n".join(squares) + "\nf")
    canvas.restoreState()


def _section(canvas, s: Summary) -> None:
    """One language's summary, from the top of a fresh page."""
    w = _Writer(canvas, s)
    qr_x = MARGIN if s.right_to_left else PAGE_W - MARGIN - QR_SIDE
    qr_y = PAGE_H - MARGIN - QR_SIDE
    _draw_qr(canvas, paper_text(s), qr_x, qr_y, QR_SIDE)
    canvas.setFillColorRGB(*GREY)
    caption = visual_lines(s.words.scan, FONT, 7, QR_SIDE + 8 * MM, s.right_to_left)
    for index, line in enumerate(caption):
        canvas.setFont(FONT, 7)
        canvas.drawCentredString(qr_x + QR_SIDE / 2, qr_y - (index + 1) * 9, line)
    canvas.setFillColorRGB(0, 0, 0)
    beside = w.width - QR_SIDE - 8 * MM
    w.write(s.words.heading, 11, grey=True, width=beside)
    w.write(s.title, 20, bold=True, width=beside, after=4)
    w.write(s.outcome_line, 12, bold=True, width=beside)
    w.write(s.outcome_text, 11, width=beside)
    w.write(f"{isolate(s.when_line)} · {isolate(s.post)}", 10, grey=True, width=beside)
    w.y = min(w.y, qr_y - 9 * len(caption) - 4)
    if s.visitor_note or s.reference:
        w.heading(s.words.note)
        if s.visitor_note:
            w.write(s.visitor_note, 12, bold=True)
        if s.reference:
            w.write(s.words.reference.replace("%1", s.reference), 12, bold=True)
    if s.answers:
        w.heading(s.words.answers)
        for label, answer in s.answers:
            w.write(f"{isolate(label)} : {isolate(answer)}", offset=6 * MM, mark=w.bullet)
    if s.steps_done:
        w.heading(s.words.steps_done)
        for title in s.steps_done:
            w.write(title, offset=6 * MM, mark=w.box(True))
    if s.sent:
        w.heading(s.words.sent)
        for name in s.sent:
            w.write(name, offset=6 * MM, mark=w.box(True))
    if s.documents:
        missing = [d for d in s.documents if not d.ready]
        ready = [d for d in s.documents if d.ready]
        for heading, documents in ((s.words.missing, missing), (s.words.ready, ready)):
            if documents:
                w.heading(heading)
            for document in documents:
                text = (f"{isolate(document.label)} ({isolate(document.hint)})" if document.hint
                        else document.label)
                w.write(text, offset=6 * MM, mark=w.box(document.ready))
    if s.next_steps:
        w.heading(s.words.next_steps)
        for reminder in s.next_steps:
            when = s.reminder_when(reminder)
            text = f"{isolate(reminder.text)} ({isolate(when)})" if when else reminder.text
            w.write(text, offset=6 * MM, mark=w.bullet)
    if s.suggestions:
        w.heading(s.words.suggestions)
        for suggested in s.suggestions:
            w.write(suggested.title, bold=True, offset=6 * MM, mark=w.bullet, after=0)
            w.write(suggested.why if not suggested.url else
                    f"{isolate(suggested.why)} {isolate(suggested.url)}", 10, offset=6 * MM)
    w.heading(s.words.who)
    for contact in s.contacts:
        w.write(contact.label, bold=True, offset=6 * MM, mark=w.bullet, after=0)
        w.write(contact.does, 10, offset=6 * MM)
    site = s.site
    w.y -= 4
    w.write(site.name, bold=True, after=1)
    for word, value in ((s.words.address, site.address), (s.words.transport, site.transport),
                        (s.words.hours, site.hours), (s.words.phone, site.phone)):
        if value:
            w.write(f"{isolate(word)} : {isolate(value)}", 10, after=1)
    if s.links:
        w.heading(s.words.links)
        for title, url in s.links:
            w.write(f"{isolate(title)} : {isolate(url)}", 10, offset=6 * MM, mark=w.bullet)
    if s.sources:
        w.heading(s.words.sources)
        for cited in s.sources:
            w.write(f"{isolate(cited.name)} — {isolate(cited.verification)}", 8, grey=True,
                    offset=6 * MM, mark=w.bullet, after=1)
    w.footer()
    canvas.showPage()


def render_pdf(summary: Summary, path: Path) -> Path:
    """Write the summary to ``path``: French, then (from a new page) the visitor's language."""
    _register_fonts()
    from reportlab.pdfgen.canvas import Canvas
    french = summary.french or summary
    canvas = Canvas(str(path), pagesize=(PAGE_W, PAGE_H), initialFontName=FONT,
                    initialFontSize=11, lang="fr")
    canvas.setTitle(french.words.heading)
    canvas.setCreator("Pas à pas")
    canvas.setAuthor("")
    _section(canvas, french)
    if summary.french is not None:
        _section(canvas, summary)
    canvas.save()
    return Path(path)
