"""The registry's check of a receipt's QR text (``POST /v1/receipts/verify``, ``hamyon receipt verify
--db``): the signature against the devices table (a revoked device is said so, with the date), and the
statement against the act when the registry has received it (same device, same chain hash)."""

from __future__ import annotations

from collections.abc import Callable

from sync.protocol.receipt_statement import KnownDevice, ReceiptVerdict, judge, not_as_recorded, reversed_on
from sync.server.db import Tx


def known_devices(tx: Tx) -> Callable[[str], KnownDevice | None]:
    def known(device: str) -> KnownDevice | None:
        row = tx.one("SELECT id, public_key, revoked_at FROM devices WHERE id = :id", {"id": device})
        if row is None:
            return None
        return KnownDevice(row["id"], row["public_key"], row["revoked_at"], where="known to the registry")

    return known


def verify(tx: Tx, qr_text: str) -> ReceiptVerdict:
    """The registry's verdict on a receipt's QR text."""
    verdict, sealed = judge(qr_text, known_devices(tx))
    if not verdict.valid or sealed is None:
        return verdict
    s = sealed.statement
    act = tx.one("SELECT device_id, hash FROM transactions WHERE uuid = :u", {"u": s.act})
    if act is None:
        return verdict.model_copy(
            update={"reason": verdict.reason + "; the act has not reached the registry yet"}
        )
    if act["device_id"] != s.device or act["hash"] != s.chain_hash:
        return not_as_recorded(
            verdict, f"it differs from act {s.act} as the registry received it (device or chain hash)"
        )
    verdict = verdict.model_copy(update={"reason": verdict.reason + ", as the registry received the act"})
    reversal = tx.one("SELECT reversed_at FROM reversals WHERE reversed_tx = :u", {"u": s.act})
    return reversed_on(verdict, reversal["reversed_at"] if reversal else None)
