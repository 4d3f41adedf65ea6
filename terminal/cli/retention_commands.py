"""``hamyon purge``: apply the retention settings now (the app also does it once a day)."""

from __future__ import annotations

import click

from terminal.cli.output import print_json


@click.command()
@click.option("--dry-run", is_flag=True, help="Count what would be removed; change nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_obj
def purge(obj: dict, dry_run: bool, as_json: bool) -> None:
    """Remove old synced acts, synced audit entries and the faces of citizens unseen for long.

    Acts and audit entries the registry does not hold yet are never removed; the hash chains keep
    an anchor, so 'hamyon audit verify' still checks what is left. The purge is audited. Days are
    counted by the registry's time carried forward from the last sync; on a clock that cannot be
    trusted (far from the registry's, behind the last time known here) nothing is removed (exit 1).
    """
    from terminal.core import retention
    from terminal.core.site import Site
    from terminal.core.store import Store
    from terminal.core.trusted_time import TrustedClock

    with Store.open(obj["home"]) as store:
        site = Site(store)
        site.clock = TrustedClock(store, site.clock)
        report = retention.purge(site, dry_run=dry_run)
    if as_json:
        print_json({**report.as_dict(), "purged": report.purged})
        return
    verb = "would remove" if dry_run else "removed"
    days = ", ".join(f"{kind} {n or 'never'}" for kind, n in report.days.items())
    click.echo(f"Retention (days: {days}): {verb} {report.purged} rows.")
    for table, count in report.counts.items():
        if count:
            click.echo(f"  {table:<22} {count}")
