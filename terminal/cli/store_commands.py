"""``hamyon store rekey``: the store's encryption key."""

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
