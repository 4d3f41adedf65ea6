"""A receipt exported with or without an operator: marked and audited either way.

With an operator (the window, ``hamyon receipt export --operator``) as any export
(:mod:`terminal.core.exports`). Without one (``hamyon receipt export`` alone, e.g. a script on the
terminal itself), the PDF says it was exported from the command line of this terminal and the audit
entry has no operator and ``"by": "command_line"``.
"""

from __future__ import annotations

from typing import Any

from terminal.core import audit, exports
from terminal.core.clock import stamp
from terminal.core.roles import Operator, require
from terminal.core.site_context import SiteContext

COMMAND_LINE_MARK = "Exported from the command line at {time} from terminal {device}"


def allow(operator: Operator | None, action: str) -> None:
    """An operator must have the role for ``action``; the command line without one may export."""
    if operator is not None:
        require(operator, action)


def mark(site: SiteContext, operator: Operator | None) -> str:
    if operator is not None:
        return exports.mark(site, operator)
    device = site.store.scalar("SELECT id FROM device LIMIT 1") or site.facility.id
    when = site.clock.now().isoformat(timespec="minutes").replace("T", " ")
    return COMMAND_LINE_MARK.format(time=when, device=device)


def record(
    site: SiteContext, operator: Operator | None, kind: str, subject: str, details: dict[str, Any]
) -> int:
    if operator is not None:
        return exports.record(site, operator, kind, subject, details)
    with site.store.write() as db:
        return audit.append(
            db,
            at=stamp(site.clock),
            operator_id=None,
            action="export",
            subject=subject,
            details={"kind": kind, "by": "command_line", **details},
        )
