"""An opened terminal: its store, facility and clock (:class:`SiteContext`), and the workflow services.

``Site`` is the composition root: it builds the services, handing each the context; no service imports it.
They are imported when first used, so a short command that opens the site starts fast.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from terminal.core.site_context import Facility, SiteContext

if TYPE_CHECKING:
    from terminal.core.aids import AidsService
    from terminal.core.applications import ApplicationService
    from terminal.core.dispensing import DispensingService
    from terminal.core.meals import MealService
    from terminal.core.reversals import ReversalService

__all__ = ["Facility", "Site"]


class Site(SiteContext):
    """The terminal with its workflow services, built on first use. Raises SiteNotSetUp when no facility
    is recorded; closing it closes the store."""

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
    def aids(self) -> AidsService:
        from terminal.core.aids import AidsService

        return AidsService(self)

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
