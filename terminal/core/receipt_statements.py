"""The signed statement a receipt's QR code carries, made from the act as stored (its chain hash too).

The format is :mod:`sync.protocol.receipt_statement`; this module reads the act's facts from the store
(per act kind: what was handed over, how many, what it cost the state) and signs them with the device
key (:mod:`terminal.core.device_key`). No citizen's name or ID number goes into it.
"""

from __future__ import annotations

from collections.abc import Callable

from sync.protocol.receipt_statement import Item, Statement, seal
from terminal.core import device_key
from terminal.core.site_context import SiteContext
from terminal.core.store import Store

CAPTION = (
    "This receipt is signed by the terminal that recorded it. To check it, scan the code or run"
    " 'hamyon receipt verify' on this file or a photo of it."
)


def _dispense_items(store: Store, tx_uuid: str) -> tuple[list[Item], int]:
    total = store.scalar("SELECT total_cost FROM dispenses WHERE tx_uuid = ?", (tx_uuid,))
    rows = store.all(
        "SELECT di.drug_code, di.quantity, di.cost FROM dispense_items di"
        " JOIN dispenses d ON d.id = di.dispense_id WHERE d.tx_uuid = ? ORDER BY di.id",
        (tx_uuid,),
    )
    return [(r["drug_code"], r["quantity"], r["cost"]) for r in rows], total


def _aid_items(store: Store, tx_uuid: str) -> tuple[list[Item], int]:
    row = store.one("SELECT aid_code, state_cost FROM aid_handovers WHERE tx_uuid = ?", (tx_uuid,))
    return ([(row["aid_code"], 1, row["state_cost"])], row["state_cost"]) if row else ([], 0)


# act kind -> its items (code, quantity, cost to the state) and total, as stored
ITEMS: dict[str, Callable[[Store, str], tuple[list[Item], int]]] = {
    "dispense": _dispense_items,
    "aid_handover": _aid_items,
}


def statement_of(site: SiteContext, tx_uuid: str, device: str) -> Statement:
    """The statement of the act ``tx_uuid`` as recorded here, naming ``device`` as its signer."""
    tx = site.store.one("SELECT kind, created_at, hash FROM transactions WHERE uuid = ?", (tx_uuid,))
    if tx is None or tx["kind"] not in ITEMS:  # callers found the act first (load_receipt, act_receipts)
        raise LookupError(f"no act {tx_uuid} with a receipt")
    items, total = ITEMS[tx["kind"]](site.store, tx_uuid)
    return Statement(
        kind=tx["kind"],
        act=tx_uuid,
        facility=site.facility.id,
        device=device,
        at=tx["created_at"],
        items=tuple(items),
        total=total,
        currency=site.facility.currency,
        chain_hash=tx["hash"],
    )


def qr_text(site: SiteContext, tx_uuid: str) -> str:
    """The QR text of the act's receipt: its statement signed by this terminal's device key."""
    me = device_key.signer(site.store)
    return seal(statement_of(site, tx_uuid, me.device), me.key)
