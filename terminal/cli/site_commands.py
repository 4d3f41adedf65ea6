"""``hamyon demo``, ``status`` and ``simulate``."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import click

from terminal.cli.output import print_json
from terminal.core.workflows import WORKFLOWS

LANGUAGE_CODES = ["uz_Latn", "uz_Cyrl", "kaa", "kk", "ru", "en"]


@click.command()
@click.option(
    "--faces",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="A folder with one folder of photos per person: they become demo citizens with prescriptions.",
)
@click.option(
    "--camera", default=None, help="A webcam number, a video file or a folder of images (default: webcam 0)."
)
@click.option(
    "--country",
    type=click.Choice(["UZ", "KZ"]),
    default="UZ",
    show_default=True,
    help="Uzbekistan (PINFL) or Kazakhstan (IIN) demo site.",
)
@click.option("--language", type=click.Choice(LANGUAGE_CODES), default=None, help="The window's language.")
@click.option("--no-window", is_flag=True, help="Prepare the demo site, say what was done, and exit.")
@click.pass_obj
def demo(
    obj: dict, faces: Path | None, camera: str | None, country: str, language: str | None, no_window: bool
) -> None:
    """The terminal on a demo site: an embedded registry, a seeded population, the window."""
    home: Path = obj["home"]
    if not no_window:
        from terminal.ui.demo_app import run_demo

        raise click.exceptions.Exit(run_demo(home, faces, camera or "0", country, language))
    from terminal.core.status import status
    from terminal.core.store import Store
    from terminal.demo import prepare

    site = prepare(home, faces, say=click.echo, country=country)
    try:
        with Store.open(home) as store:
            st = status(store)
            click.echo(f"Demo site ready in {home}:")
            click.echo(f"  facility      {st['facility']['name']} ({st['facility']['country']})")
            click.echo(f"  registry      embedded, {site.registry.url} (stops when the demo ends)")  # type: ignore[attr-defined]
            click.echo(f"  citizens      {st['citizens']}, face templates {st['templates']}")
            if site.faces:
                click.echo(f"  faces         {', '.join(site.faces)}")
            click.echo(f"  acts          {st['transactions']} recorded, {st['queued']} queued")
            click.echo("Operators and PINs: nurse 1111, canteen 2222, inspector 3333, supervisor 4444")
    finally:
        site.stop()


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_obj
def status(obj: dict, as_json: bool) -> None:
    """The terminal's counts, its queue for the registry, the last sync, its clock and its store.

    Exits 1 when the store is damaged (with what to do), after printing what it can.
    """
    from terminal.core import store_health
    from terminal.core.errors import StoreDamaged
    from terminal.core.status import damaged_status
    from terminal.core.status import status as read_status
    from terminal.core.store import STORE_FILE, Store

    try:
        with Store.open(obj["home"]) as store:
            st = read_status(store)
    except StoreDamaged as exc:  # not even its first page can be read
        path = obj["home"] / STORE_FILE
        damage = store_health.recorded(path) or store_health.Damage(str(exc.params["reason"]))
        st = damaged_status(None, damage, str(path))
    if as_json:
        print_json(st)
    else:
        _print_status(st)
    if st["damaged"]:
        raise StoreDamaged(path=st["store_path"], reason=st["damaged"]["reason"])


def _print_status(st: dict) -> None:
    if st["damaged"]:
        click.echo(f"store         {st['store_path']}: DAMAGED, {st['damaged']['reason']}")
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
    offset = st["clock_offset_seconds"]
    if offset is not None:
        side = "ahead of" if offset > 0 else "behind"
        warn = "  <- set the clock right" if st["clock_warning"] else ""
        click.echo(f"clock         {abs(offset):.0f} s {side} the registry's{warn}")


@click.command()
@click.argument("kind", type=click.Choice([w.simulated_as for w in WORKFLOWS]))
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
