"""What every simulated workflow shares: the result, who acts, how the citizen is identified."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from terminal.core.errors import HamyonError, StoreError
from terminal.core.identification import Identification, IdMethod
from terminal.core.roles import PERMISSIONS, Operator
from terminal.core.site import Site

OnAct = Callable[[str, str], None]  # (kind, transaction uuid), called after each commit


class NothingToSimulate(HamyonError):
    code = "nothing_to_simulate"
    template = "Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it."


@dataclass
class SimulationResult:
    recorded: int = 0
    refused: dict[str, int] = field(default_factory=dict)
    topped_up: int = 0
    exhausted: bool = False  # stopped early: nothing left to do until the registry sends more

    def refuse(self, error: HamyonError) -> None:
        """Count an act the services refused; a store that cannot record (a full disk, damage, a
        read-only folder) ends the run: every act after it would fail the same way."""
        if isinstance(error, StoreError):
            raise error
        self.refused[error.code] = self.refused.get(error.code, 0) + 1


def operator_for(site: Site, action: str) -> Operator:
    """The first active operator whose role may do ``action`` (supervisors last)."""
    roles = sorted(PERMISSIONS[action], key=lambda r: r == "supervisor")
    for role in roles:
        row = site.store.one(
            "SELECT login FROM operators WHERE role = ? AND active = 1 ORDER BY id LIMIT 1", (role,)
        )
        if row:
            return site.operator(row["login"])
    raise NothingToSimulate(what=action)


def identification(rng: random.Random, citizen_id: int) -> Identification:
    """By face, or by the typed ID number with the face checked; never an override: that needs a
    supervisor's own PIN, which a simulation does not have."""
    method: IdMethod = "face" if rng.random() < 0.88 else "id_number_face"
    return Identification(citizen_id, method, distance=round(rng.uniform(0.25, 0.42), 3))


def enrolled(site: Site) -> bool:
    return bool(site.store.scalar("SELECT count(*) FROM device WHERE registry_url IS NOT NULL"))
