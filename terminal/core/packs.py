"""Medicine packs scanned at hand-out: the GS1 DataMatrix on every pack (product code and serial).

A scan arrives as a GS1 element string: from a USB scanner typing like a keyboard (maybe with the
symbology prefix ``]d2``, the group separator as ``\\x1d``, as the visible ``␝`` the window writes for
it, or as the scanner's configured substitute) or from the camera (:mod:`terminal.core.pack_camera`,
maybe in the human-readable ``(01)...(21)...`` form). biip reads it; this module keeps what a hand-out
needs: the GTIN (AI 01, check digit verified), the serial (AI 21), the expiry (AI 17) and the batch
(AI 10), and says in the nurse's words why a pack cannot be handed out.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from biometrics.phrases import term
from terminal.core.errors import HamyonError

GS = "\x1d"
GS_SHOWN = "\u241d"  # ␝: how the window shows a group separator typed by a scanner
SYMBOLOGY_PREFIXES = ("]d2", "]C1", "]Q3", "]e0")  # DataMatrix, GS1-128, QR, DataBar with FNC1
# Characters GS1 never puts in an element's value (outside its 82-character set): safe as a substitute.
_GS1_CHARS = set("!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz")


class PackUnreadable(HamyonError):
    code = "pack_unreadable"
    template = "This is not a medicine pack's code ({reason}). Scan the square code on the pack again."


class PackRefused(HamyonError):
    code = "pack_refused"
    template = "The pack {serial} cannot be handed out: {reason}."


class PackWrongMedicine(PackRefused):
    code = "pack_wrong_medicine"
    template = "The pack scanned is {scanned}, not a medicine being handed out ({expected})."


class PacksMissing(HamyonError):
    code = "packs_missing"
    template = "{drug}: scan every pack handed out (none scanned yet)."


@dataclass(frozen=True)
class Pack:
    gtin: str  # 14 digits, check digit verified
    serial: str  # at most 20 characters of GS1's set
    expiry: date | None = None
    batch: str | None = None

    def payload(self) -> dict[str, Any]:
        """As the dispense act carries it (signed and synced)."""
        return {
            "gtin": self.gtin,
            "serial": self.serial,
            "expiry": self.expiry.isoformat() if self.expiry else None,
            "batch": self.batch,
        }


def read_pack(text: str, substitute: str = "") -> Pack:
    """The pack a scan names; PackUnreadable if it is not a GS1 code with a GTIN and a serial."""
    raw = _normalised(text, substitute)
    if not raw:
        raise PackUnreadable(reason=term("nothing was scanned"))
    from biip import ParseConfig  # with the first scan: its GS1 tables are 17 MB the window need not hold
    from biip.gs1_messages import GS1Message

    try:
        if raw.startswith("("):
            message = GS1Message.parse_hri(raw)
        else:
            message = GS1Message.parse(_without_prefix(raw), config=ParseConfig(separator_chars=[GS]))
    except Exception:  # biip's ParseError and what a mangled scan makes of it
        raise PackUnreadable(reason=term("it is not a GS1 code")) from None
    found = message.element_strings
    gtin, serial = found.get(ai="01"), found.get(ai="21")
    if gtin is None or serial is None:
        raise PackUnreadable(reason=term("it has no product code and serial number"))
    if gtin.gtin is None:
        raise PackUnreadable(reason=term("the product code's check digit is wrong"))
    expiry, batch = found.get(ai="17"), found.get(ai="10")
    return Pack(
        gtin=gtin.value,
        serial=serial.value,
        expiry=expiry.date if expiry is not None else None,
        batch=batch.value if batch is not None else None,
    )


def check_pack(
    pack: Pack,
    drug_name: str,
    gtins: Iterable[str],
    on: date,
    taken: Iterable[Pack] = (),
    names: Mapping[str, str] | None = None,
) -> None:
    """Refuse a pack that is not of this medicine, has expired, or was scanned already in this hand-out.
    ``names``: the medicine each known GTIN is, to say what was scanned instead."""
    if pack.gtin not in set(gtins):
        scanned = (names or {}).get(pack.gtin) or f"GTIN {pack.gtin}"
        raise PackWrongMedicine(serial=pack.serial, scanned=scanned, expected=drug_name)
    if pack.expiry is not None and pack.expiry < on:
        raise PackRefused(serial=pack.serial, reason=term("it has expired"))
    if any((p.gtin, p.serial) == (pack.gtin, pack.serial) for p in taken):
        raise PackRefused(serial=pack.serial, reason=term("it was scanned already for this hand-out"))


def _normalised(text: str, substitute: str) -> str:
    raw = (text or "").strip().replace(GS_SHOWN, GS)
    if len(substitute) == 1 and substitute not in _GS1_CHARS and substitute != GS:
        raw = raw.replace(substitute, GS)
    return raw.strip(GS)


def _without_prefix(raw: str) -> str:
    for prefix in SYMBOLOGY_PREFIXES:
        if raw.startswith(prefix):
            return raw[len(prefix) :]
    return raw


def element_string(pack: Pack) -> str:
    """The pack as its DataMatrix holds it (without the symbology prefix): GTIN, expiry, batch, serial,
    each variable-length value ended by a group separator."""
    fixed = f"01{pack.gtin}" + (f"17{pack.expiry:%y%m%d}" if pack.expiry else "")
    return fixed + (f"10{pack.batch}{GS}" if pack.batch else "") + f"21{pack.serial}"


def simulated_packs(gtins: Sequence[str], on: date, rng: random.Random) -> tuple[Pack, ...]:
    """A pack or two of a medicine as ``hamyon simulate`` scans them: random serials, a year to expiry."""
    if not gtins:
        return ()
    expiry = on + timedelta(days=365)
    return tuple(
        Pack(rng.choice(list(gtins)), f"SIM{rng.getrandbits(56):014X}", expiry, f"B{on:%y%m}")
        for _ in range(rng.randint(1, 2))
    )
