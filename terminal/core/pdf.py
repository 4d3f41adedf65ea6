"""Printable PDFs (receipts, service acts, invoices) with a font that has Cyrillic."""

from __future__ import annotations

import functools
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import segno

from terminal.core.errors import HamyonError

if TYPE_CHECKING:  # fpdf loads with the first document: with its fontTools, 28 MB the window need not hold
    from fpdf import FPDF

_FONT_DIRS = [
    Path(__file__).resolve().parents[2] / "resources" / "fonts",
    Path(sys.prefix) / "share" / "hamyon" / "fonts",
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("C:/Windows/Fonts"),
]
_FONTS = {"": ("DejaVuSans.ttf", "arial.ttf"), "B": ("DejaVuSans-Bold.ttf", "arialbd.ttf")}


class FontMissing(HamyonError):
    code = "font_missing"
    template = "No font for printing was found (DejaVu Sans): install fonts-dejavu-core."


def _font_file(style: str) -> Path:
    for folder in _FONT_DIRS:
        for name in _FONTS[style]:
            if (folder / name).is_file():
                return folder / name
    raise FontMissing()


@functools.cache
def _marked_pdf() -> type[FPDF]:
    """FPDF, with every page ending with the document's ``mark`` (who exported it, when, from where)."""
    from fpdf import FPDF

    class MarkedPDF(FPDF):
        mark: str | None = None

        def footer(self) -> None:
            if self.mark:
                self.set_y(-12)
                self.set_font("body", "", 8)
                self.cell(0, 5, self.mark, align="C")

    return MarkedPDF


def new_document(title: str, mark: str | None = None) -> FPDF:
    """An A4 portrait document with the Unicode font registered as 'body'; ``mark`` in every footer."""
    pdf = _marked_pdf()(format="A4")
    pdf.mark = mark  # type: ignore[attr-defined]
    pdf.set_title(title)
    pdf.set_creator("Hamyon Terminal")
    for style in _FONTS:
        pdf.add_font("body", style, str(_font_file(style)))
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    pdf.set_font("body", "B", 15)
    pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("body", "", 10)
    return pdf


def key_values(pdf: FPDF, pairs: Sequence[tuple[str, str]]) -> None:
    for key, value in pairs:
        pdf.set_font("body", "B", 10)
        pdf.cell(45, 6, key)
        pdf.set_font("body", "", 10)
        pdf.multi_cell(0, 6, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def table(
    pdf: FPDF,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[int],
    right_aligned: Sequence[int] = (),
) -> None:
    """A bordered table; the columns listed in ``right_aligned`` hold numbers."""
    aligns = tuple("RIGHT" if i in right_aligned else "LEFT" for i in range(len(header)))
    with pdf.table(col_widths=tuple(widths), text_align=aligns, line_height=6) as t:
        head = t.row()
        for cell in header:
            head.cell(cell)
        for values in rows:
            row = t.row()
            for cell in values:
                row.cell(cell)
    pdf.ln(3)


QR_SIZE = 60.0  # mm: modules of 0.8 to 1 mm, read back from a photo of 72 dpi (docs/security.md, Receipts)
QR_QUIET = 4  # modules of white all around, as the QR standard asks


def qr_code(pdf: FPDF, text: str, caption: str, size: float = QR_SIZE) -> None:
    """A QR code of ``text`` (error correction M), ``size`` mm wide, drawn as vector squares at the left
    with its quiet zone kept clear, ``caption`` beside it; on a new page when this one has no room."""
    qr = segno.make(text, error="m", boost_error=False)
    rows = [list(row) for row in qr.matrix_iter(scale=1, border=0)]
    module = size / len(rows)
    quiet = QR_QUIET * module
    if pdf.get_y() + quiet + size + quiet > pdf.h - pdf.b_margin:
        pdf.add_page()
    left, top = max(pdf.l_margin, quiet), pdf.get_y() + quiet
    pdf.set_fill_color(0, 0, 0)
    for r, row in enumerate(rows):
        c = 0
        while c < len(row):  # one rectangle per run of dark modules in a row
            start = c
            while c < len(row) and row[c]:
                c += 1
            if c > start:
                pdf.rect(left + start * module, top + r * module, (c - start) * module, module, style="F")
            c += 1
    pdf.set_xy(left + size + quiet + 2, top)
    pdf.set_font("body", "", 9)
    pdf.multi_cell(0, 5, caption, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("body", "", 10)
    pdf.set_y(top + size + quiet)


def save(pdf: FPDF, path: Path) -> Path:
    """Write the PDF next to its final name, then move it into place: never a half file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    pdf.output(str(partial))
    partial.replace(path)
    return path
