"""``hamyon bundle export|import`` on the terminal and ``hamyon registry import-bundle|export-bundle``:
sync by USB stick (docs/sync.md, "USB bundles")."""

from __future__ import annotations

from pathlib import Path

import click

from terminal.cli.output import print_json
from terminal.cli.sync_commands import _db_option, _registry_db, _url


@click.group()
def bundle() -> None:
    """Carry this terminal's queue to the registry, and its news back, on a USB stick."""


@bundle.command("export")
@click.option(
    "--to",
    "folder",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="The stick's folder.",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_obj
def bundle_export(obj: dict, folder: Path, as_json: bool) -> None:
    """Write the queued acts and audit entries as one bundle (sealed to the registry, signed here).
    The acts stay queued until the registry's answer comes back: exporting again is harmless."""
    from sync.protocol.times import UtcClock
    from terminal.core.store import Store
    from terminal.sync_client.bundle import export

    with Store.open(obj["home"]) as store:
        report = export(store, folder, UtcClock())
    if as_json:
        print_json(report.as_dict())
        return
    span = f" (acts {report.seq_from} to {report.seq_to})" if report.acts else ""
    click.echo(f"wrote {report.acts} acts{span} and {report.audit} audit entries to {report.path}")


@bundle.command("import")
@click.option(
    "--from",
    "where",
    required=True,
    type=click.Path(exists=True, path_type=Path),
    help="A bundle from the registry, or the folder holding it (the newest for this terminal is taken).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_obj
def bundle_import(obj: dict, where: Path, as_json: bool) -> None:
    """Apply the registry's bundle for this terminal: answers to its acts, then the news.
    An interrupted import goes on where it stopped; a repeated one changes nothing."""
    from sync.protocol.times import UtcClock
    from terminal.core.store import Store
    from terminal.sync_client.bundle import take_back

    with Store.open(obj["home"]) as store:
        report = take_back(store, where, UtcClock())
    if as_json:
        print_json(report.as_dict())
        return
    answers = ", ".join(f"{n} {s}" for s, n in sorted(report.answers.answers.items())) or "none"
    click.echo(f"read {report.path}")
    click.echo(f"answers to this terminal's acts: {answers}; {report.settled} acts were waiting for theirs")
    skipped = f" ({report.skipped_pages} pages this terminal had already)" if report.skipped_pages else ""
    click.echo(f"applied {report.news.changes} changes in {report.news.pages} pages{skipped}")
    if report.stopped_early:
        click.echo("this terminal has newer news already: the rest comes with the next sync or bundle")


@click.command("import-bundle")
@_db_option
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_obj
def registry_import_bundle(obj: dict, db_url: str | None, file: Path, as_json: bool) -> None:
    """Take a terminal's bundle: the same per-act answers and exactly-once rules as an online push.
    A bundle with any byte changed is refused whole."""
    from sync.protocol.times import UtcClock
    from sync.server.bundles import take_in

    data = file.read_bytes()
    db = _registry_db(_url(obj, db_url), must_exist=True)
    try:
        report = take_in(db, data, UtcClock())
    finally:
        db.close()
    if as_json:
        print_json(report.as_dict())
        return
    answers = ", ".join(f"{n} {s}" for s, n in sorted(report.answers.items())) or "no acts"
    click.echo(f"{report.acts} acts from device {report.device}: {answers}")
    for reason, n in sorted(report.reasons.items()):
        click.echo(f"  {n} {reason}")
    click.echo(f"audit entries: {report.audit_stored} stored, {report.audit_duplicates} already held")
    if report.imported_before:
        click.echo(f"this bundle was imported before ({report.imported_before}): nothing was counted twice")


@click.command("export-bundle")
@_db_option
@click.option("--device", "device_id", required=True, help="The terminal's device id (DEV-...).")
@click.option(
    "--to",
    "folder",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="The stick's folder.",
)
@click.option(
    "--since",
    type=click.IntRange(0),
    default=None,
    help="News after this cursor (default: the cursor the terminal's latest bundle carried).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_obj
def registry_export_bundle(
    obj: dict, db_url: str | None, device_id: str, folder: Path, since: int | None, as_json: bool
) -> None:
    """Write the way back for one terminal: its news and the answers to its acts, sealed to it."""
    from sync.protocol.bundle import save
    from sync.protocol.times import UtcClock
    from sync.server.bundles import write_back

    db = _registry_db(_url(obj, db_url), must_exist=True)
    try:
        back = write_back(db, device_id, UtcClock(), since)
    finally:
        db.close()
    path = save(folder, back.name, back.data)
    if as_json:
        print_json({"file": str(path), **back.summary})
        return
    s = back.summary
    click.echo(f"wrote {s['changes']} changes and {s['answers']} answers for device {device_id} to {path}")


REGISTRY: list[click.Command] = [registry_import_bundle, registry_export_bundle]
