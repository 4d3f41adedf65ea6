"""The product codes (GTIN-14, check digit valid) on the packs of the demo's medicines: one per
manufacturer, so a medicine made by two has two. Made up, in the number ranges of the countries the
medicines come from (478 Uzbekistan, 487 Kazakhstan, 460 Russia, 590 Poland, 890 India, 400 Germany)."""

from __future__ import annotations

GTINS: dict[str, tuple[str, ...]] = {
    "AML5": ("04780012105110", "04870345200009"),
    "ENL10": ("08901234142110",),
    "LOS50": ("05909990179114",),
    "BIS5": ("04870345216116",),
    "ATO20": ("04600456253119",),
    "MET500": ("04780012290113", "04870345255009"),
    "GLI60": ("08901234327111",),
    "ASA100": ("05909990364114",),
    "CLO75": ("04780077401110",),
    "LEV50": ("04600456438110",),
    "FUR40": ("04780012475114",),
    "OME20": ("08901234512111", "04870345321001"),
    "SAL100": ("05909990549115",),
    "INSGLA": ("04006789586113",),
}
