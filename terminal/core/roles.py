"""Who may do what: roles are enforced here, in the services, not only in the UI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from biometrics.phrases import term
from terminal.core.errors import PermissionDenied

Role = Literal["nurse", "canteen", "inspector", "social_worker", "supervisor"]
ROLES: tuple[Role, ...] = ("nurse", "canteen", "inspector", "social_worker", "supervisor")
ROLE_NAMES: dict[str, str] = {
    "nurse": term("nurse"),
    "canteen": term("canteen staff"),
    "inspector": term("inspector"),
    "social_worker": term("social worker"),
    "supervisor": term("supervisor"),
}

# action -> the roles allowed to do it; the words are what an operator reads when refused
# ("Your role ({role}) may not {action}."), so each is a term of the catalogue.
PERMISSIONS: dict[str, frozenset[str]] = {
    term("dispense medicines"): frozenset({"nurse", "supervisor"}),
    term("serve school meals"): frozenset({"canteen", "supervisor"}),
    term("export meal reports"): frozenset({"canteen", "supervisor"}),
    term("register applications"): frozenset({"inspector", "supervisor"}),
    term("hand over technical aids"): frozenset({"social_worker", "supervisor"}),
    term("override an identification"): frozenset({"supervisor"}),
    term("enroll a citizen's face"): frozenset({"nurse", "inspector", "social_worker", "supervisor"}),
    term("remove a citizen's face"): frozenset({"supervisor"}),
    term("change settings"): frozenset({"supervisor"}),
    term("manage operators"): frozenset({"supervisor"}),
    term("read the audit trail"): frozenset({"supervisor"}),
    term("reverse a recorded act"): frozenset({"supervisor"}),
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
        raise PermissionDenied(role=ROLE_NAMES[operator.role], action=action)
