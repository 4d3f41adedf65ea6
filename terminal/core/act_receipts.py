"""The receipt of any act that hands something over (a dispense, a technical aid), found by its act id."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from terminal.core import aid_documents, receipts
from terminal.core.errors import InvalidInput
from terminal.core.roles import Operator
from terminal.core.site_context import SiteContext

Exporter = Callable[[SiteContext, Operator | None, str, Path], Path]
# act kind -> how its receipt is written (each checks the operator's permission, if one is given, signs
# the receipt's QR code and audits the export)
EXPORTERS: dict[str, Exporter] = {
    "dispense": receipts.export_pdf,
    "aid_handover": aid_documents.export_receipt,
}


def newest(site: SiteContext) -> str | None:
    """The act id of the last act with a receipt recorded at this terminal; None before the first."""
    marks = ",".join("?" * len(EXPORTERS))
    tx: str | None = site.store.scalar(
        f"SELECT uuid FROM transactions WHERE kind IN ({marks}) ORDER BY seq DESC LIMIT 1", tuple(EXPORTERS)
    )
    return tx


def export(site: SiteContext, operator: Operator | None, tx_uuid: str, path: Path) -> Path:
    """The act's receipt as a PDF at ``path`` with its signed QR code, marked and audited (``operator``
    None: exported from the command line of this terminal)."""
    kind = site.store.scalar("SELECT kind FROM transactions WHERE uuid = ?", (tx_uuid,))
    if kind not in EXPORTERS:
        raise InvalidInput(field="receipt", reason="no dispense or hand-over with this number")
    return EXPORTERS[kind](site, operator, tx_uuid, path)
