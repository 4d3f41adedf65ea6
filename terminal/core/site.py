"""An opened terminal: its store, facility, clock and the workflow services."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from terminal.core import settings
from terminal.core.clock import Clock, SystemClock
from terminal.core.errors import SiteNotSetUp, UnknownOperator
from terminal.core.idnumbers import Country
from terminal.core.roles import Operator
from terminal.core.store import Store

if TYPE_CHECKING:
    from terminal.core.applications import ApplicationService
    from terminal.core.dispensing import DispensingService
    from terminal.core.meals import MealService
    from terminal.core.reversals import ReversalService


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


class Site:
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
        return settings.get(self.store, key, self.country)

    def operator(self, login: str) -> Operator:
        row = self.store.one(
            "SELECT id, login, full_name, role FROM operators WHERE login = ? AND active = 1",
            (login,),
        )
        if row is None:
            raise UnknownOperator()
        return Operator(**row)

    def operator_by_id(self, operator_id: int) -> Operator:
        row = self.store.one(
            "SELECT id, login, full_name, role FROM operators WHERE id = ? AND active = 1",
            (operator_id,),
        )
        if row is None:
            raise UnknownOperator()
        return Operator(**row)

    @cached_property
    def dispensing(self) -> DispensingService:
        from terminal.core.dispensing import DispensingService

        return DispensingService(self)

    @cached_property
    def meals(self) -> MealService:
        from terminal.core.meals import MealService

        return MealService(self)

    @cached_property
    def applications(self) -> ApplicationService:
        from terminal.core.applications import ApplicationService

        return ApplicationService(self)

    @cached_property
    def reversals(self) -> ReversalService:
        from terminal.core.reversals import ReversalService

        return ReversalService(self)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Site:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
