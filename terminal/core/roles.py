"""Who may do what: roles are enforced here, in the services, not only in the UI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from terminal.core.errors import PermissionDenied

Role = Literal["nurse", "canteen", "inspector", "supervisor"]
ROLES: tuple[Role, ...] = ("nurse", "canteen", "inspector", "supervisor")

# action -> the roles allowed to do it; the words are what an operator reads when refused.
PERMISSIONS: dict[str, frozenset[str]] = {
    "dispense medicines": frozenset({"nurse", "supervisor"}),
    "serve school meals": frozenset({"canteen", "supervisor"}),
    "export meal reports": frozenset({"canteen", "supervisor"}),
    "register applications": frozenset({"inspector", "supervisor"}),
    "override an identification": frozenset({"supervisor"}),
    "enroll a citizen's face": frozenset({"nurse", "inspector", "supervisor"}),
    "remove a citizen's face": frozenset({"supervisor"}),
    "change settings": frozenset({"supervisor"}),
}


@dataclass(frozen=True)
class Operator:
    id: int
    login: str
    full_name: str
    role: Role


def require(operator: Operator, action: str) -> None:
    """Raise PermissionDenied unless the operator's role may do ``action``."""
    if operator.role not in PERMISSIONS[action]:
        raise PermissionDenied(role=operator.role, action=action)
