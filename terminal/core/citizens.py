"""Citizens as the screens see them: name, age and a masked ID number, nothing more.

Only the pharmacy's identification (Face-ID, the typed ID number, the override) looks citizens
up, so a look-up needs the role that may dispense medicines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from terminal.core.clock import today
from terminal.core.errors import UnknownCitizen
from terminal.core.idnumbers import mask, parse_id_number
from terminal.core.roles import Operator, require
from terminal.core.site_context import SiteContext


@dataclass(frozen=True)
class CitizenView:
    id: int
    full_name: str
    birth_date: date
    age: int
    sex: str
    masked_pin: str


def age_on(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def full_name(row: dict[str, Any]) -> str:
    return " ".join(p for p in (row["surname"], row["given_name"], row["patronymic"]) if p)


def view(site: SiteContext, row: dict[str, Any] | None) -> CitizenView:
    """The screens' view of a citizen row; UnknownCitizen for none or a removed one."""
    if row is None or row["removed_at"] is not None:
        raise UnknownCitizen()
    born = date.fromisoformat(row["birth_date"])
    return CitizenView(
        id=row["id"],
        full_name=full_name(row),
        birth_date=born,
        age=age_on(born, today(site.clock)),
        sex=row["sex"],
        masked_pin=mask(row["pin"]),
    )


def get(site: SiteContext, operator: Operator, citizen_id: int, *, action: str) -> CitizenView:
    """The citizen, for the identification step of the workflow whose permission is ``action``."""
    require(operator, action)
    return view(site, site.store.one("SELECT * FROM citizens WHERE id = ?", (citizen_id,)))


def find_by_pin(site: SiteContext, operator: Operator, text: str, *, action: str) -> CitizenView:
    """The citizen with this typed ID number, for the identification step of the workflow whose
    permission is ``action``; InvalidIdNumber or UnknownCitizen otherwise."""
    require(operator, action)
    number = parse_id_number(text, site.country, today(site.clock))
    return view(site, site.store.one("SELECT * FROM citizens WHERE pin = ?", (number.value,)))
