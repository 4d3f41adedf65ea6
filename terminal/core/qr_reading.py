"""The QR codes in a receipt's PDF or in a photo of it (zxing-cpp), or the QR text itself from a file.

A PDF is rendered with pdfium (no poppler needed, as on Windows terminals); a photo (JPEG, PNG...) is
read as it is: zxing-cpp finds a rotated, scaled or slightly blurred code by itself.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp
from PIL import Image, UnidentifiedImageError

RENDER_DPI = 200  # a 60 mm code's modules are 6 pixels or more: well above what zxing needs
MAX_PAGES = 5  # a receipt is one page, two at most
MAX_TEXT_FILE = 64 * 1024
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".gif", ".tif", ".tiff", ".webp", ".heic")


class QrUnreadable(ValueError):
    """Nothing could be read from the file; ``reason`` says why in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def qr_texts_in(path: Path) -> list[str]:
    """The texts of the QR codes in the PDF or image at ``path``, or the file's text when it is
    neither (a QR text saved from a scanner). QrUnreadable when it cannot be read at all."""
    try:
        with open(path, "rb") as f:
            head = f.read(5)
    except OSError as exc:
        raise QrUnreadable(f"cannot open {path}: {exc.strerror or exc}") from None
    if head.startswith(b"%PDF"):
        return _in_pdf(path)
    try:
        with Image.open(path) as image:
            image.load()
            return _in_image(image)
    except UnidentifiedImageError:
        if path.suffix.lower() in IMAGE_SUFFIXES:
            raise QrUnreadable(f"{path.name} is a damaged or unreadable image") from None
        return [_text_of(path)]
    except (OSError, Image.DecompressionBombError) as exc:
        raise QrUnreadable(f"{path.name} is a damaged or unreadable image ({exc})") from None


def _in_pdf(path: Path) -> list[str]:
    try:
        doc = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        raise QrUnreadable(f"{path.name} is a damaged PDF ({exc})") from None
    try:
        found: list[str] = []
        for index in range(min(len(doc), MAX_PAGES)):
            page = doc[index]
            try:
                image = page.render(scale=RENDER_DPI / 72, grayscale=True).to_pil()
            except pdfium.PdfiumError as exc:
                raise QrUnreadable(f"page {index + 1} of {path.name} cannot be drawn ({exc})") from None
            finally:
                page.close()
            found += _in_image(image)
        return found
    finally:
        doc.close()


def _in_image(image: Image.Image) -> list[str]:
    formats = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)  # made per call: none left at exit
    grey = image.convert("L")
    return [found.text for found in zxingcpp.read_barcodes(grey, formats=formats) if found.valid]


def _text_of(path: Path) -> str:
    raw = path.read_bytes()[: MAX_TEXT_FILE + 1]
    if len(raw) > MAX_TEXT_FILE:
        raise QrUnreadable(f"{path.name} is neither a PDF, an image nor a QR code's text (too long)")
    try:
        return raw.decode("utf-8-sig").strip()
    except UnicodeDecodeError:
        raise QrUnreadable(f"{path.name} is neither a PDF, an image nor a QR code's text") from None
