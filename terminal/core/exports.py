"""Exports leave the terminal marked and audited.

Every exported file (a meal report PDF or CSV, a receipt PDF) and every printed receipt carries a
mark: who exported or printed it, when and from which terminal (the PDF's footer, the CSV's first
line as a ``#`` comment, the printout's last line). Each writes an ``export`` audit entry: the
kind, the period or the act's id and the file names or the printer, never a citizen's name or ID
number.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from biometrics.phrases import term
from terminal.core import audit
from terminal.core.clock import stamp
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


def csv_cell(value: object) -> object:
    """A cell a spreadsheet shows as text: one starting with = + - @ (a formula) gets a leading '."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        try:
            float(value)
        except ValueError:
            return "'" + value
    return value


def write_csv(path: Path, header: list[str], rows: list[list[object]], mark: str | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    # UTF-8 with a byte-order mark: spreadsheet programs then read Cyrillic names right.
    with open(partial, "w", newline="", encoding="utf-8-sig") as f:
        if mark:
            f.write(f"# {mark}\n")
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows([[csv_cell(v) for v in row] for row in rows])
    partial.replace(path)
    return path
