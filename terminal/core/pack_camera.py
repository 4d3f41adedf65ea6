"""A medicine pack's DataMatrix read from a camera frame (zxing-cpp), for a clinic without a scanner."""

from __future__ import annotations

import numpy as np
import zxingcpp

from terminal.core.packs import Pack, PackUnreadable, read_pack


def pack_in_frame(frame: np.ndarray) -> Pack | None:
    """The pack whose GS1 DataMatrix the frame (BGR or grey) shows, or None when none can be read."""
    formats = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.DataMatrix)  # made per call: none left at exit
    for found in zxingcpp.read_barcodes(frame, formats=formats, text_mode=zxingcpp.TextMode.Plain):
        try:
            return read_pack(found.text)
        except PackUnreadable:
            continue  # another DataMatrix in view (a box's logistics code, say)
    return None
