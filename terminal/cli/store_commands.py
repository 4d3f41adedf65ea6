"""``hamyon store rekey|check|recover``: the store's encryption key, its health, its recovery."""

from __future__ import annotations

import click

from terminal.cli.output import print_json


@click.group()
def store() -> None:
    """The terminal's encrypted data store."""


@store.command("rekey")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_obj
def rekey(obj: dict, as_json: bool) -> None:
    """Re-encrypt the store under a new random key (audited); the old key no longer opens it.

    Close the terminal window first: the store must not be open elsewhere.
    """
    from datetime import UTC

    from terminal.core.clock import SystemClock
    from terminal.core.store import Store
    from terminal.core.store_rekey import rotate_key

    with Store.open(obj["home"]) as opened:
        done = rotate_key(opened, SystemClock(UTC))
    if as_json:
        print_json(
            {"rekeyed": True, "kept_in": done.kept_in, "key_file": done.key_file, "audit_seq": done.audit_seq}
        )
    elif done.key_file:
        click.echo(f"store key rotated; the new key is in {done.key_file} (audit entry {done.audit_seq})")
    else:
        click.echo(f"store key rotated; the new key is in the system keyring (audit entry {done.audit_seq})")


@store.command("check")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_obj
def check(obj: dict, as_json: bool) -> None:
    """Check every page of the store and SQLite's structure (what the app does daily); exit 1 if damaged."""
    import time

    from terminal.core.errors import StoreDamaged
    from terminal.core.store import Store

    started = time.perf_counter()
    with Store.open(obj["home"]) as opened:
        damage = opened.check()
        path = str(opened.path)
    seconds = round(time.perf_counter() - started, 3)
    if as_json:
        print_json({"store_path": path, "damaged": damage and damage.as_dict(), "seconds": seconds})
    elif damage is None:
        click.echo(f"{path}: every page and SQLite's structure check out ({seconds} s)")
    if damage is not None:
        raise StoreDamaged(path=path, reason=damage.reason)


@store.command("recover")
@click.option("--no-sync", is_flag=True, help="Do not sync with the registry afterwards.")
@click.option("--force", is_flag=True, help="Rebuild the store even when no damage is found.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_obj
def recover(obj: dict, no_sync: bool, force: bool, as_json: bool) -> None:
    """Copy what is readable out of a damaged store into a new one; the damaged file is kept aside.

    Every act, outbox row, audit entry and face that can still be read is kept; then a sync sends the
    queue and pulls again everything the registry holds for this site. Close the window first.
    """
    from terminal.core import audit
    from terminal.core.store import Store
    from terminal.core.store_recover import recover as run

    done = run(obj["home"], force=force)
    result: dict = {"recovered": True, **done.as_dict(), "sync": None}
    with Store.open(obj["home"]) as opened:
        with opened.write() as db:
            details = {k: v for k, v in done.as_dict().items() if k != "damaged_pages"}
            audit.append(db, at=_now(), operator_id=None, action="store_recovered", details=details)
        if not no_sync:
            result["sync"] = _resync(opened)
    if as_json:
        print_json(result)
        return
    click.echo(f"recovered into a new store; the damaged file is kept as {done.set_aside}")
    click.echo(f"  rows copied     {sum(done.copied.values())} ({done.copied.get('transactions', 0)} acts)")
    for chain, seqs in done.missing.items():
        if seqs:
            click.echo(f"  {chain:<15} {len(seqs)} missing: {seqs[:20]}")
    if done.requeued:
        click.echo(f"  queued again    {done.requeued} acts whose outbox row was lost")
    sync = result["sync"]
    if sync is not None:
        click.echo("  sync            " + ("done" if sync.get("ok") else f"failed: {sync.get('error')}"))


def _now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _resync(opened) -> dict | None:  # type: ignore[no-untyped-def]
    """Send the queue and pull everything again (the cursor was reset); None on a stand-alone site."""
    from sync.errors import NotEnrolled, SyncError
    from sync.protocol.times import UtcClock
    from terminal.sync_client.cycle import sync_once

    try:
        report = sync_once(opened, UtcClock())
    except NotEnrolled:
        return None
    except SyncError as exc:
        return {"ok": False, "error": exc.message}
    return {"ok": True, **report.as_dict()}
