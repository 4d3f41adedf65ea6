"""The packs of a dispense (:mod:`terminal.core.packs`) against this terminal's store: each medicine's
product codes, the checks before a hand-out is recorded, and the rows it records.

A pack is refused when it is not of the medicine of its line, has expired, is scanned twice in one
hand-out or was handed out before at this terminal (a live dispense: a reversal frees its packs); where
the facility scans packs (setting ``scan_packs``), a line without packs is refused.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Any, Protocol

from sqlite_utils import Database

from biometrics.phrases import Phrase
from terminal.core.packs import Pack, PackRefused, PacksMissing, check_pack
from terminal.core.site_context import SiteContext


class PackedLine(Protocol):
    """A dispense line (:class:`terminal.core.dispensing.DispenseLine`) as far as its packs go."""

    @property
    def item_id(self) -> int: ...

    @property
    def packs(self) -> tuple[Pack, ...]: ...


def gtins_of(site: SiteContext, drug_codes: set[str]) -> dict[str, list[str]]:
    """Each medicine's product codes, as the registry sent them."""
    found: dict[str, list[str]] = defaultdict(list)
    codes = sorted(drug_codes)
    for r in site.store.all(
        f"SELECT gtin, drug_code FROM drug_gtins WHERE drug_code IN ({','.join('?' * len(codes))})"
        " ORDER BY gtin",
        codes,
    ):
        found[r["drug_code"]].append(r["gtin"])
    return found


def which_line(
    site: SiteContext, pack: Pack, rows: list[dict[str, Any]], on: date, taken: Sequence[Pack]
) -> int:
    """The prescription item (of ``rows``) a scanned pack belongs to; refused like :func:`check_packs`."""
    gtins = gtins_of(site, {r["drug_code"] for r in rows})
    row = next((r for r in rows if pack.gtin in gtins.get(r["drug_code"], ())), None)
    expected = row["drug_name"] if row else ", ".join(dict.fromkeys(r["drug_name"] for r in rows))
    codes = gtins.get(row["drug_code"], ()) if row else ()
    check_pack(pack, expected, codes, on, taken, _names(site, [pack]))
    _not_handed_before(site, [pack])
    assert row is not None  # check_pack refused a pack of none of them
    return int(row["item_id"])


def check_packs(
    site: SiteContext, lines: Sequence[PackedLine], rows: dict[int, dict[str, Any]], on: date
) -> None:
    """Every line's packs are of its medicine, unexpired, each scanned once and not handed out here
    before; where the facility scans packs, every line has them."""
    scanning = bool(site.setting("scan_packs"))
    packs = [p for line in lines for p in line.packs]
    if not packs and not scanning:
        return
    gtins, names = gtins_of(site, {r["drug_code"] for r in rows.values()}), _names(site, packs)
    taken: list[Pack] = []
    for line in lines:
        row = rows[line.item_id]
        if scanning and not line.packs:
            raise PacksMissing(drug=row["drug_name"])
        for pack in line.packs:
            check_pack(pack, row["drug_name"], gtins.get(row["drug_code"], ()), on, taken, names)
            taken.append(pack)
    _not_handed_before(site, packs)


def record_packs(db: Database, dispense_id: int | None, tx_uuid: str, lines: Sequence[PackedLine]) -> None:
    """The packs of a dispense being recorded, in its transaction (the store refuses a pack handed out
    twice)."""
    db.conn.executemany(
        "INSERT INTO dispense_packs (dispense_id, tx_uuid, prescription_item_id, gtin, serial, expires_on,"
        " batch) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (dispense_id, tx_uuid, line.item_id, p.gtin, p.serial, _iso(p.expiry), p.batch)
            for line in lines
            for p in line.packs
        ],
    )


def _names(site: SiteContext, packs: Sequence[Pack]) -> dict[str, str]:
    """The medicine each scanned GTIN is, where this terminal knows it."""
    gtins = sorted({p.gtin for p in packs})
    rows = site.store.all(
        "SELECT g.gtin, d.name FROM drug_gtins g JOIN drugs d ON d.code = g.drug_code"
        f" WHERE g.gtin IN ({','.join('?' * len(gtins))})",
        gtins,
    )
    return {r["gtin"]: r["name"] for r in rows}


def _not_handed_before(site: SiteContext, packs: Sequence[Pack]) -> None:
    for pack in packs:
        when = site.store.scalar(
            "SELECT d.dispensed_at FROM dispense_packs p JOIN live_dispenses d ON d.tx_uuid = p.tx_uuid"
            " WHERE p.gtin = ? AND p.serial = ? LIMIT 1",
            (pack.gtin, pack.serial),
        )
        if when is not None:
            reason = Phrase("it was handed out at this terminal on {day}", {"day": str(when)[:10]})
            raise PackRefused(serial=pack.serial, reason=reason)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
