"""The receipt on paper: an A4 sheet, or the 80 or 58 mm thermal roll a pharmacy's receipt printer has.

A sheet is Qt's own printing of the HTML (2 cm margins). A roll is a page as
wide as the roll and as long as the receipt: the text is laid out at the
printer's resolution in the roll's printable width, then the page is made that
long, so the printer cuts after the last line and never after a blank page.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger("hamyon.ui.receipt")
PRINT_PT = 11
ROLL_MARGIN_MM = 3.0  # the thermal head does not reach the roll's edges
MM_PER_INCH = 25.4


@dataclass(frozen=True)
class Paper:
    key: str
    roll_mm: float  # the roll's width; 0 for an A4 sheet
    font_pt: float

    @property
    def roll(self) -> bool:
        return self.roll_mm > 0


A4 = Paper("a4", 0, PRINT_PT)
ROLL_80 = Paper("roll80", 80, 9)
ROLL_58 = Paper("roll58", 58, 7.5)
PAPERS = (A4, ROLL_80, ROLL_58)


def document(text: str, font_pt: float = PRINT_PT) -> QTextDocument:
    """The receipt's HTML as a document to print, in the print font (it has Cyrillic)."""
    doc = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(font_pt)
    doc.setDefaultFont(font)
    doc.setHtml(text)
    return doc


def print_on(text: str, printer: QPrinter, paper: Paper) -> None:
    """``text`` (HTML) on ``paper``: the printer's own page for a sheet, a roll-long page for a roll."""
    if not paper.roll:
        document(text, paper.font_pt).print_(printer)
        return
    doc = document(text, paper.font_pt)
    doc.setDocumentMargin(0)
    printer.setFullPage(False)
    _roll_page(printer, paper, 200.0)  # any length: the width is what the text is laid out in
    doc.documentLayout().setPaintDevice(printer)
    resolution = printer.resolution()
    doc.setTextWidth(printer.pageLayout().paintRectPixels(resolution).width())
    text_mm = doc.size().height() / resolution * MM_PER_INCH
    _roll_page(printer, paper, text_mm + 2 * ROLL_MARGIN_MM + 2)
    area = printer.pageLayout().paintRectPixels(resolution)
    doc.setPageSize(QSizeF(area.width(), area.height()))
    doc.print_(printer)


def _roll_page(printer: QPrinter, paper: Paper, length_mm: float) -> None:
    size = QPageSize(
        QSizeF(paper.roll_mm, length_mm),
        QPageSize.Unit.Millimeter,
        f"{paper.roll_mm:g} mm roll",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    margins = QMarginsF(ROLL_MARGIN_MM, ROLL_MARGIN_MM, ROLL_MARGIN_MM, ROLL_MARGIN_MM)
    layout = QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)
    if not printer.setPageLayout(layout):
        log.warning("the printer refused a %g mm roll page", paper.roll_mm)


def prepare(printer: QPrinter, paper: Paper) -> None:
    """Before the print dialog shows the printer: the page the receipt will be printed on."""
    if paper.roll:
        _roll_page(printer, paper, 200.0)
    else:
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))


def write_pdf(text: str, path: Path, title: str) -> Path:
    """``text`` (HTML) printed to a PDF at ``path``: written beside it, then moved into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(partial))
    printer.setDocName(title)
    printer.setCreator("Hamyon Terminal")
    document(text).print_(printer)
    if not partial.is_file() or partial.stat().st_size == 0:
        partial.unlink(missing_ok=True)
        raise OSError(f"Qt could not write {partial.name}")
    partial.replace(path)
    return path
