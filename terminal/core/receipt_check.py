"""Checking a receipt's QR text at this terminal: its signature against the device key this terminal
knows (its own), and what it says against the act when that act was recorded here."""

from __future__ import annotations

from collections.abc import Callable

from sync.protocol.receipt_statement import (
    KnownDevice,
    ReceiptVerdict,
    Sealed,
    judge,
    not_as_recorded,
    reversed_on,
)
from terminal.core import device_key
from terminal.core.receipt_statements import ITEMS, statement_of
from terminal.core.reversals import reversal_of
from terminal.core.site_context import SiteContext

FIELD_WORDS = {
    "kind": "the kind of act",
    "facility": "the facility",
    "at": "the date",
    "items": "the items",
    "total": "the amount",
    "currency": "the currency",
    "chain_hash": "the chain hash",
}


def own_device(site: SiteContext) -> Callable[[str], KnownDevice | None]:
    """The device keys this terminal knows: its own (when it has one)."""
    row = device_key.recorded(site.store)

    def known(device: str) -> KnownDevice | None:
        if row is None or row["id"] != device or not row["public_key"]:
            return None
        return KnownDevice(device, str(row["public_key"]), where="this terminal")

    return known


def verify_here(site: SiteContext, qr_text: str) -> ReceiptVerdict:
    """The verdict on ``qr_text`` with this terminal's own key, checked against the act stored here."""
    verdict, sealed = judge(qr_text, own_device(site))
    return compare_with_act(site, verdict, sealed)


def compare_with_act(site: SiteContext, verdict: ReceiptVerdict, sealed: Sealed | None) -> ReceiptVerdict:
    """A valid verdict stays valid only if the act, when recorded here, says the same."""
    if not verdict.valid or sealed is None:
        return verdict
    s = sealed.statement
    kind = site.store.scalar("SELECT kind FROM transactions WHERE uuid = ?", (s.act,))
    if kind not in ITEMS:
        return verdict
    recorded = statement_of(site, s.act, s.device)
    if recorded == s:
        verdict = verdict.model_copy(update={"reason": verdict.reason + ", as recorded at this terminal"})
        reversal = reversal_of(site, s.act)
        return reversed_on(verdict, reversal.at if reversal else None)
    differs = [words for field, words in FIELD_WORDS.items() if getattr(recorded, field) != getattr(s, field)]
    return not_as_recorded(
        verdict, f"it differs from act {s.act} as recorded at this terminal in {', '.join(differs)}"
    )


def item_names(site: SiteContext) -> dict[str, str]:
    """Medicine and aid codes with their names, as this terminal knows them (for showing a receipt)."""
    rows = site.store.all(
        "SELECT code, name FROM drugs UNION SELECT DISTINCT aid_code, aid_name FROM aid_handovers"
    )
    return {r["code"]: r["name"] for r in rows}
