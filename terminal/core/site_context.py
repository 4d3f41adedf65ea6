"""What the services use of an opened terminal: its store, facility and clock, its settings and operators.

The services receive a :class:`SiteContext` and never reach back for :class:`terminal.core.site.Site`,
the composition root that extends it and builds them; so this module imports no service.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from terminal.core import settings
from terminal.core.clock import Clock, SystemClock
from terminal.core.errors import SiteNotSetUp, UnknownOperator
from terminal.core.idnumbers import Country
from terminal.core.roles import Operator
from terminal.core.store import Store


@dataclass(frozen=True)
class Facility:
    id: str
    name: str
    kind: str
    country: Country
    region: str
    district: str
    catchment: str
    timezone: str
    currency: str


class SiteContext:
    """The terminal as the services see it. Raises SiteNotSetUp when no facility is recorded."""

    def __init__(self, store: Store, clock: Clock | None = None) -> None:
        row = store.one("SELECT * FROM facility LIMIT 1")
        if row is None:
            raise SiteNotSetUp()
        self.store = store
        self.facility = Facility(**row)
        self.clock: Clock = clock or SystemClock(ZoneInfo(self.facility.timezone))

    @property
    def country(self) -> Country:
        return self.facility.country

    def setting(self, key: str) -> Any:
        """A declared setting's value (:mod:`terminal.core.settings`); unset, this country's default."""
        return settings.get(self.store, key, self.country)

    def operator(self, login: str) -> Operator:
        """The active operator with this login; UnknownOperator otherwise."""
        row = self.store.one(
            "SELECT id, login, full_name, role FROM operators WHERE login = ? AND active = 1",
            (login,),
        )
        if row is None:
            raise UnknownOperator()
        return Operator(**row)
