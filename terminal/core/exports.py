"""Exports leave the terminal marked and audited.

Every exported file (a meal report PDF or CSV, a receipt PDF) and every printed receipt carries a
mark: who exported or printed it, when and from which terminal (the PDF's footer, the CSV's first
line as a ``#`` comment, the printout's last line). Each writes an ``export`` audit entry: the
kind, the period or the act's id and the file names or the printer, never a citizen's name or ID
number.
"""

from __future__ import annotations

from typing import Any

from terminal.core import audit
from terminal.core.clock import stamp
from terminal.core.phrases import term
from terminal.core.roles import Operator
from terminal.core.site_context import SiteContext

MARK = term("Exported by {operator} at {time} from terminal {device}")
PRINT_MARK = term("Printed by {operator} at {time} from terminal {device}")


def mark(site: SiteContext, operator: Operator, template: str = MARK) -> str:
    """The words that mark an export (``template`` in the operator's language, same placeholders)."""
    device = site.store.scalar("SELECT id FROM device LIMIT 1") or site.facility.id
    when = site.clock.now().isoformat(timespec="minutes").replace("T", " ")
    return template.format(operator=operator.login, time=when, device=device)


def record(site: SiteContext, operator: Operator, kind: str, subject: str, details: dict[str, Any]) -> int:
    """The export's audit entry (``details`` hold ids, periods and file names only)."""
    with site.store.write() as db:
        return audit.append(
            db,
            at=stamp(site.clock),
            operator_id=operator.id,
            action="export",
            subject=subject,
            details={"kind": kind, **details},
        )
