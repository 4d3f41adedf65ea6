"""The nurse's day: what was handed out today, and how long each medicine's stock will last.

A medicine runs low when its stock covers fewer than ``LOW_DAYS`` days at the
pace of the last ``PACE_DAYS`` days of hand-outs at this terminal, or is gone.
Times are the terminal's local day, as the acts are stamped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from terminal.core.clock import today
from terminal.core.roles import Operator, require
from terminal.core.site_context import SiteContext

LOW_DAYS = 7
PACE_DAYS = 14


@dataclass(frozen=True)
class MedicineDay:
    code: str
    name: str
    unit: str
    handed_out: int  # today
    in_stock: int
    days_left: float | None  # at the recent pace; None when none was handed out lately

    @property
    def low(self) -> bool:
        return self.in_stock == 0 or (self.days_left is not None and self.days_left < LOW_DAYS)


@dataclass(frozen=True)
class PharmacyDay:
    day: date
    dispenses: int
    patients: int
    total_cost: int
    medicines: tuple[MedicineDay, ...]  # low ones first, then by name

    @property
    def low(self) -> tuple[MedicineDay, ...]:
        return tuple(m for m in self.medicines if m.low)


def pharmacy_day(site: SiteContext, operator: Operator, day: date | None = None) -> PharmacyDay:
    """Totals of ``day`` (default today) and the stock of every medicine."""
    require(operator, "dispense medicines")
    day = day or today(site.clock)
    start, end = day.isoformat(), (day + timedelta(days=1)).isoformat()
    head = site.store.one(
        "SELECT count(*) AS n, count(DISTINCT citizen_id) AS people, coalesce(sum(total_cost), 0) AS cost"
        " FROM live_dispenses WHERE dispensed_at >= ? AND dispensed_at < ?",
        (start, end),
    )
    assert head is not None  # an aggregate query always gives one row
    since = (day - timedelta(days=PACE_DAYS - 1)).isoformat()
    handed = (
        "SELECT coalesce(sum(di.quantity), 0) FROM dispense_items di"
        " JOIN live_dispenses d ON d.id = di.dispense_id"
        " WHERE di.drug_code = dr.code AND d.dispensed_at >= ? AND d.dispensed_at < ?"
    )
    rows = site.store.all(
        f"SELECT dr.code, dr.name, dr.unit, coalesce(s.quantity, 0) AS in_stock, ({handed}) AS today,"
        f" ({handed}) AS recent FROM drugs dr LEFT JOIN stock s ON s.drug_code = dr.code",
        (start, end, since, end),
    )
    medicines = [
        MedicineDay(
            r["code"],
            r["name"],
            r["unit"],
            r["today"],
            r["in_stock"],
            r["in_stock"] / (r["recent"] / PACE_DAYS) if r["recent"] else None,
        )
        for r in rows
    ]
    medicines.sort(key=lambda m: (not m.low, m.name))
    return PharmacyDay(day, head["n"], head["people"], head["cost"], tuple(medicines))
