"""``hamyon receipt verify``: read a receipt's QR text from a PDF, a photo or the text itself, judge it
(this terminal's key, or the registry's devices with ``--db``) and print what it says and the verdict."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import click

from sync.protocol.receipt_statement import PREFIX, ReceiptVerdict, judge, unseal
from terminal.cli.output import print_json

if TYPE_CHECKING:
    from sync.protocol.receipt_statement import Sealed
    from terminal.core.site_context import SiteContext


@dataclass(frozen=True)
class Checked:
    verdict: ReceiptVerdict
    names: dict[str, str] = field(default_factory=dict)  # item code -> name, when this terminal knows it


def run(home: Path, source: str, db_url: str | None) -> Checked | None:
    """The verdict on the receipt in ``source``; None (the reason on stderr) when none could be read."""
    qr = _qr_text(source)
    if qr is None:
        return None
    with _site(home) as site:
        if db_url:
            verdict = _registry_verdict(db_url, qr)
            if site is not None:
                from terminal.core.receipt_check import compare_with_act

                verdict = compare_with_act(site, verdict, _sealed(qr))
        elif site is not None:
            from terminal.core.receipt_check import verify_here

            verdict = verify_here(site, qr)
        else:
            verdict = judge(qr, lambda device: None)[0]
        names = {}
        if site is not None:
            from terminal.core.receipt_check import item_names

            names = item_names(site)
    return Checked(verdict, names)


def _qr_text(source: str) -> str | None:
    from terminal.core.qr_reading import IMAGE_SUFFIXES, QrUnreadable, qr_texts_in

    path = Path(source)
    if source.strip().startswith(PREFIX) and not path.is_file():
        return source.strip()
    if not path.exists():
        _say(f"{source}: no such file (and not a receipt's QR text, which starts {PREFIX})")
        return None
    try:
        texts = qr_texts_in(path)
    except QrUnreadable as exc:
        _say(exc.reason)
        return None
    receipts = [t.strip() for t in texts if t.strip().startswith(PREFIX)]
    if receipts:
        return receipts[0]
    if texts and texts[0] and path.suffix.lower() not in (*IMAGE_SUFFIXES, ".pdf"):
        return texts[0]  # a text file that is not a receipt's: judged (INVALID), not "unreadable"
    _say(
        f"no receipt QR code found in {path.name}"
        + (" (its QR codes are not a Hamyon receipt's)" if texts else "")
        + ": photograph the whole code, flat, sharp and well lit"
    )
    return None


def _say(words: str) -> None:
    click.echo(f"Error: {words}", err=True)


@contextlib.contextmanager
def _site(home: Path) -> Iterator[SiteContext | None]:
    """This terminal's site when ``home`` holds one (an auditor's computer may have none)."""
    from terminal.core.site_context import SiteContext
    from terminal.core.store import STORE_FILE, Store

    if not (home / STORE_FILE).exists():
        yield None
        return
    with Store.open(home) as store:
        row = store.one("SELECT id FROM facility LIMIT 1")
        yield SiteContext(store) if row else None


def _registry_verdict(db_url: str, qr: str) -> ReceiptVerdict:
    from sync.server.receipt_checks import verify
    from terminal.cli.sync_commands import _registry_db

    db = _registry_db(db_url, must_exist=True)  # a missing file is said so, never made
    try:
        return db.run(lambda tx: verify(tx, qr), write=False)
    finally:
        db.close()


def _sealed(qr: str) -> Sealed | None:
    try:
        return unseal(qr)
    except ValueError:
        return None


def show(checked: Checked, as_json: bool) -> None:
    """What the receipt says, then ``valid`` or ``INVALID: why`` (never the word valid on a failure)."""
    verdict = checked.verdict
    if as_json:
        print_json(verdict.model_dump())
        return
    s = verdict.statement
    if s is not None:
        from terminal.core.money import format_money

        click.echo(f"Receipt of act {s.act} ({s.kind.replace('_', ' ')})")
        click.echo(f"  facility:    {s.facility}")
        click.echo(f"  device:      {s.device}")
        click.echo(f"  date:        {s.at.replace('T', ' ')}")
        for item in s.items:
            name = checked.names.get(item.code)
            label = f"{item.code} ({name})" if name else item.code
            click.echo(f"  item:        {label} x {item.quantity}: {format_money(item.cost, s.currency)}")
        click.echo(f"  state cost:  {format_money(s.total, s.currency)}")
        click.echo(f"  chain hash:  {s.chain_hash}")
    if verdict.valid:
        click.echo(f"valid: {verdict.reason}")
    else:
        click.echo(f"INVALID: {verdict.reason}")
