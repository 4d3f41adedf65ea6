"""``hamyon demo``, ``status`` and ``simulate``."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import click

from terminal.cli.output import print_json


@click.command()
@click.option(
    "--country",
    type=click.Choice(["UZ", "KZ"]),
    default="UZ",
    show_default=True,
    help="Uzbekistan (PINFL) or Kazakhstan (IIN) demo site.",
)
@click.option(
    "--elderly",
    type=click.IntRange(10, 100_000),
    default=300,
    show_default=True,
    help="Elderly citizens with prescriptions in the demo catchment.",
)
@click.pass_obj
def demo(obj: dict, country: str, elderly: int) -> None:
    """Set up a demo site (seeded population, pharmacy, school, operators) and show it."""
    from terminal.core.demo_site import open_demo_site
    from terminal.core.status import status

    home: Path = obj["home"]
    site, summary = open_demo_site(home, country, elderly=elderly)  # type: ignore[arg-type]
    with site:
        if summary is None:
            click.echo(f"The demo site in {home} is already set up: {site.facility.name}.")
        else:
            click.echo(f"Seeded a demo site in {home}:")
            click.echo(f"  facility      {summary.facility} ({summary.country})")
            click.echo(f"  operators     {summary.operators} (nurse, canteen, inspector, supervisor)")
            click.echo(f"  citizens      {summary.citizens} in the catchment")
            click.echo(
                f"  pharmacy      {summary.drugs} drugs in stock, {summary.prescriptions} "
                f"e-prescriptions with {summary.prescription_items} items"
            )
            click.echo(
                f"  school        {summary.classes} classes, {summary.students} students, "
                f"{summary.meal_sessions} meal sessions a day"
            )
        st = status(site.store)
        click.echo(f"  acts          {st['transactions']} recorded, {st['queued']} queued for the registry")
        click.echo(f"  store         {st['store_path']}")
        click.echo("Try: hamyon simulate dispenses --count 20, then hamyon status --json")


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_obj
def status(obj: dict, as_json: bool) -> None:
    """The terminal's counts, its queue for the registry and the last sync."""
    from terminal.core.status import status as read_status
    from terminal.core.store import Store

    with Store.open(obj["home"]) as store:
        st = read_status(store)
    if as_json:
        print_json(st)
        return
    facility = st["facility"]["name"] if st["facility"] else "not set up (run hamyon demo or hamyon setup)"
    click.echo(f"site          {facility}")
    click.echo(f"store         {st['store_path']}")
    click.echo(f"citizens      {st['citizens']}, face templates {st['templates']}")
    click.echo(
        f"acts          {st['transactions']}: {st['queued']} queued, {st['synced']} synced, "
        f"{st['set_aside']} set aside"
    )
    click.echo(f"last sync     {st['last_sync'] or 'never'}")


@click.command()
@click.argument("kind", type=click.Choice(["dispenses", "meals", "applications"]))
@click.option("--count", type=click.IntRange(1, 10_000_000), default=10, show_default=True)
@click.option("--seed", type=int, default=None, help="Random seed, for a repeatable run.")
@click.option("--jsonl", is_flag=True, help="Print one JSON line per act as soon as it is committed.")
@click.pass_obj
def simulate(obj: dict, kind: str, count: int, seed: int | None, jsonl: bool) -> None:
    """Record realistic activity through the real services (seeds a demo site on an empty home)."""
    from terminal.core.demo_site import open_demo_site
    from terminal.core.simulate import simulate as run

    def on_act(act_kind: str, tx: str) -> None:
        if jsonl:
            sys.stdout.write(json.dumps({"kind": act_kind, "tx": tx}) + "\n")
            sys.stdout.flush()

    site, seeded = open_demo_site(obj["home"])
    with site:
        if seeded and not jsonl:
            click.echo(f"seeded a demo site: {seeded.facility}")
        result = run(site, kind, count, random.Random(seed), on_act)
    summary = {
        "kind": kind,
        "recorded": result.recorded,
        "refused": result.refused,
        "topped_up": result.topped_up,
        "exhausted": result.exhausted,
    }
    if jsonl:
        print_json({"summary": summary})
    else:
        click.echo(
            f"recorded {result.recorded} {kind}"
            + (f"; refused {sum(result.refused.values())} ({result.refused})" if result.refused else "")
            + (f"; the demo registry topped the site up {result.topped_up} times" if result.topped_up else "")
            + ("; stopped early: nothing left to dispense until the next sync" if result.exhausted else "")
        )
