"""``hamyon setup``, ``sync``, ``registry ...`` and ``bench sync``.

The command line is the one place that wires the terminal and the registry
together (the registry's seed gets the terminal's ID-number and name modules,
its import the Face-ID encoder), so ``sync.server`` never imports ``terminal``.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from terminal.cli.output import print_json


def _registry_db(url: str, must_exist: bool = False):
    """The registry database, migrated; fails at once and plainly when it is not there (a SQLite file
    that ``must_exist``, a PostgreSQL that does not answer) rather than creating or waiting."""
    from sync.errors import SyncError
    from sync.server.db import RegistryDB
    from sync.server.schema import migrate

    try:
        db = RegistryDB(url)
        db.check(must_exist)
        migrate(db)
    except SyncError:
        raise  # already in plain words
    except Exception as exc:  # the database cannot be opened or reached
        raise click.ClickException(
            f"the registry database cannot be used: {type(exc).__name__}: {exc}"
        ) from exc
    return db


# --- the terminal side ------------------------------------------------------------------------------


@click.command()
@click.option(
    "--registry", "url", required=True, help="The registry's address, e.g. https://registry.example"
)
@click.option("--code", required=True, help="The one-time enrollment code from the registry.")
@click.option("--name", default=None, help="A name for this terminal, shown at the registry.")
@click.option("--no-pull", is_flag=True, help="Only enroll; the first pull waits for 'hamyon sync'.")
@click.option(
    "--pin",
    default=None,
    help="SHA-256 fingerprint of the registry's certificate or of its public key: any other is refused.",
)
@click.option(
    "--ca",
    "ca_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="A PEM CA bundle to verify the registry with, instead of the system's CA store.",
)
@click.option(
    "--allow-http",
    is_flag=True,
    help="Accept a plain http:// registry on another computer (a closed test network only).",
)
@click.pass_obj
def setup(
    obj: dict,
    url: str,
    code: str,
    name: str | None,
    no_pull: bool,
    pin: str | None,
    ca_file: Path | None,
    allow_http: bool,
) -> None:
    """Connect this terminal to a registry: create its key pair, enroll it, pull its site."""
    from sync.protocol.times import UtcClock
    from terminal.core.store import Store
    from terminal.sync_client.cycle import sync_once
    from terminal.sync_client.enroll import enroll

    clock = UtcClock()
    trust = _trust(url, pin, ca_file)
    with Store.open(obj["home"]) as store:
        me = enroll(store, url, code, clock, name, trust, allow_http=allow_http)
        click.echo(f"enrolled as device {me.device} of facility {me.facility} at {me.registry}")
        if not no_pull:
            report = sync_once(store, clock)
            click.echo(f"pulled {report.pull.changes} changes in {report.pull.pages} pages")


def _trust(url: str, pin: str | None, ca_file: Path | None):
    """The registry's trust from ``--pin`` and ``--ca``, checked before anything is sent."""
    from terminal.sync_client.tls import Trust, check_ca, normalise_pin

    if (pin or ca_file) and not url.lower().startswith("https://"):
        raise click.BadParameter("--pin and --ca need an https:// registry address", param_hint="--registry")
    try:
        pin = normalise_pin(pin) if pin else None
    except ValueError:
        raise click.BadParameter("give a SHA-256 fingerprint: 64 hex digits", param_hint="--pin") from None
    ca = None
    if ca_file is not None:
        ca = ca_file.read_text(encoding="ascii", errors="replace")
        try:
            check_ca(ca)
        except ValueError:
            raise click.BadParameter(f"{ca_file} holds no PEM certificate", param_hint="--ca") from None
    return Trust(ca=ca, pin=pin)


@click.command("sync")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_obj
def sync_now(obj: dict, as_json: bool) -> None:
    """One push and pull cycle now; exit status 0 only if both completed."""
    from sync.protocol.times import UtcClock
    from terminal.core.store import Store
    from terminal.sync_client.cycle import sync_once

    with Store.open(obj["home"]) as store:
        report = sync_once(store, UtcClock())
    if as_json:
        print_json(report.as_dict())
        return
    answers = (
        ", ".join(f"{n} {status}" for status, n in sorted(report.push.answers.items())) or "nothing to send"
    )
    click.echo(f"pushed {report.push.sent} acts in {report.push.requests} requests ({answers})")
    click.echo(f"pulled {report.pull.changes} changes in {report.pull.pages} pages")


# --- the registry -------------------------------------------------------------------------------------


def _db_option(f):
    return click.option(
        "--db",
        "db_url",
        envvar="HAMYON_REGISTRY_DB",
        default=None,
        help="sqlite:///PATH (default: registry.db in the home) or postgresql://USER:PASS@HOST/DB",
    )(f)


def _url(obj: dict, db_url: str | None) -> str:
    return db_url or f"sqlite:///{Path(obj['home']) / 'registry.db'}"


@click.group()
def registry() -> None:
    """The reference central registry (SQLite or PostgreSQL)."""


@registry.command("serve")
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=8470, show_default=True)
@click.option(
    "--tls-cert",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="The registry's certificate (PEM, with its chain): serve HTTPS.",
)
@click.option(
    "--tls-key",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Its private key (PEM).",
)
@click.option(
    "--production",
    is_flag=True,
    envvar="HAMYON_REGISTRY_PRODUCTION",
    help="Refuse plain HTTP: HTTPS only (also HAMYON_REGISTRY_MODE=production).",
)
@click.pass_obj
def registry_serve(
    obj: dict,
    db_url: str | None,
    host: str,
    port: int,
    tls_cert: Path | None,
    tls_key: Path | None,
    production: bool,
) -> None:
    """Serve the registry over HTTP(S) until stopped (several processes may share one PostgreSQL)."""
    import os

    from sync.server.app import serve
    from terminal.sync_client.tls import pem_fingerprints

    production = production or os.environ.get("HAMYON_REGISTRY_MODE", "").lower() == "production"
    if (tls_cert is None) != (tls_key is None):
        raise click.UsageError("give both --tls-cert and --tls-key, or neither")
    if production and tls_cert is None:
        raise click.UsageError("production mode serves HTTPS only: give --tls-cert and --tls-key")
    url = _url(obj, db_url)
    _registry_db(url).close()  # migrate, or say clearly why the database cannot be used
    if tls_cert is not None:
        try:
            cert_pin, key_pin = pem_fingerprints(tls_cert.read_bytes())
        except ValueError as exc:
            raise click.BadParameter(f"{tls_cert} holds no PEM certificate", param_hint="--tls-cert") from exc
        click.echo(f"certificate SHA-256 {cert_pin}, public key SHA-256 {key_pin} (for --pin)", err=True)
    serve(url, host, port, tls=(tls_cert, tls_key) if tls_cert and tls_key else None, production=production)


@registry.command("seed")
@_db_option
@click.option("--citizens", type=click.IntRange(1, 10_000_000), default=3000, show_default=True)
@click.option("--facility", required=True, help="The facility id to create, e.g. F1.")
@click.option("--country", type=click.Choice(["UZ", "KZ"]), default="UZ", show_default=True)
@click.option("--no-templates", is_flag=True, help="Citizens without face templates.")
@click.option("--seed", "rng_seed", type=int, default=20261121, show_default=True)
@click.pass_obj
def registry_seed(
    obj: dict,
    db_url: str | None,
    citizens: int,
    facility: str,
    country: str,
    no_templates: bool,
    rng_seed: int,
) -> None:
    """A realistic synthetic registry: staff, pharmacy, population with templates, prescriptions, a school."""
    from sync.protocol.times import UtcClock
    from sync.server.seed import seed
    from terminal.demo import demo_people

    db = _registry_db(_url(obj, db_url))
    try:
        summary = seed(
            db, facility, citizens, demo_people(country), UtcClock(), country, not no_templates, rng_seed
        )
    finally:
        db.close()
    print_json(summary.__dict__)


@registry.command("import")
@_db_option
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--kind", default=None, help="What a CSV (or a JSON list) holds: citizens, prescriptions ...")
@click.option("--facility", default=None, help="The facility that staff, schools and rosters belong to.")
@click.option(
    "--photos",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="A folder of face photos named by ID number (or a folder per ID number): stored as templates.",
)
@click.pass_obj
def registry_import(
    obj: dict,
    db_url: str | None,
    files: tuple[Path, ...],
    kind: str | None,
    facility: str | None,
    photos: Path | None,
) -> None:
    """Load citizens, prescriptions, rosters (CSV/JSON) and face photos (as templates) into the registry."""
    from sync.protocol.times import UtcClock
    from sync.server.importer import ImportReport, import_file, import_photos

    if not files and photos is None:
        raise click.UsageError("give files to import, --photos DIR, or both")
    db = _registry_db(_url(obj, db_url))
    total = ImportReport()
    try:
        for path in files:
            part = import_file(db, path, UtcClock(), kind, facility)
            total.imported.update(part.imported)
            total.rejected += part.rejected
        if photos is not None:
            part = import_photos(db, photos, encode_photo, UtcClock())
            total.imported.update(part.imported)
            total.rejected += part.rejected
    finally:
        db.close()
    print_json(total.as_dict())
    if total.rejected:
        raise click.exceptions.Exit(1)


def encode_photo(path: Path) -> bytes:
    """A face photo as 512 bytes (128 float32 LE), through the Face-ID engine, loaded on first use."""
    import numpy as np

    from biometrics import encode_photo as encode  # type: ignore[attr-defined]

    vector = np.asarray(encode(path), dtype="<f4")
    if vector.shape != (128,):
        raise ValueError(f"the encoder returned shape {vector.shape}, not (128,)")
    return vector.tobytes()


@registry.command("device-code")
@_db_option
@click.option("--facility", required=True, help="The facility the new terminal will belong to.")
@click.option("--valid-hours", type=click.IntRange(1, 24 * 30), default=48, show_default=True)
@click.pass_obj
def registry_device_code(obj: dict, db_url: str | None, facility: str, valid_hours: int) -> None:
    """Print a one-time enrollment code for a new terminal of FACILITY (the code is the last line)."""
    from datetime import timedelta

    from sync.protocol.times import UtcClock
    from sync.server.enroll import issue_code

    db = _registry_db(_url(obj, db_url), must_exist=True)
    try:
        with db.transaction() as tx:
            code = issue_code(tx, facility, UtcClock(), timedelta(hours=valid_hours))
    finally:
        db.close()
    click.echo(f"one-time code for a terminal of {facility}, valid {valid_hours} hours:", err=True)
    click.echo(code)


@registry.command("revoke-device")
@_db_option
@click.option(
    "--device", "device_id", required=True, help="The device id (DEV-...), as 'registry stats' lists it."
)
@click.pass_obj
def registry_revoke_device(obj: dict, db_url: str | None, device_id: str) -> None:
    """Revoke a terminal that was lost, stolen or replaced: the registry refuses its requests from now on."""
    from sync.protocol.times import UtcClock
    from sync.server.enroll import revoke

    db = _registry_db(_url(obj, db_url), must_exist=True)
    try:
        with db.transaction() as tx:
            print_json(revoke(tx, device_id, UtcClock()))
    finally:
        db.close()


@registry.command("stats")
@_db_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (the default).")
@click.pass_obj
def registry_stats(obj: dict, db_url: str | None, as_json: bool) -> None:
    """Counts and conflicts: transactions in total and by device, conflicts by kind, as JSON."""
    from sync.server.stats import stats

    db = _registry_db(_url(obj, db_url), must_exist=True)
    try:
        print_json(stats(db))
    finally:
        db.close()


# --- the benchmark ------------------------------------------------------------------------------------------


@click.command("sync")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--count", type=click.IntRange(100, 1_000_000), default=10_000, show_default=True)
@click.option("--citizens", type=click.IntRange(1000, 1_000_000), default=100_000, show_default=True)
@click.option(
    "--postgresql",
    "pg_url",
    envvar="HAMYON_BENCH_PG",
    default=None,
    help="postgresql://... to bench on (default: a scratch database on the local cluster).",
)
def bench_sync(as_json: bool, count: int, citizens: int, pg_url: str | None) -> None:
    """Push COUNT acts to SQLite and PostgreSQL registries (and one per request); first pull of CITIZENS."""
    from terminal.bench.sync import run

    result = run(count=count, citizens=citizens, pg_url=pg_url, progress=None if as_json else click.echo)
    if as_json:
        print_json(result)
    else:
        click.echo(json.dumps(result, indent=2))


@click.command("registry")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--terminals", type=click.IntRange(1, 5000), default=200, show_default=True)
@click.option("--acts", type=click.IntRange(1, 10_000), default=50, show_default=True, help="Acts each.")
@click.option(
    "--workers", type=click.IntRange(1, 64), default=2, show_default=True, help="Registry processes."
)
@click.option(
    "--db",
    "db_url",
    default=None,
    help="The registry database, sqlite:///... or postgresql://... (default: a scratch PostgreSQL database).",
)
@click.option(
    "--stored",
    type=click.IntRange(0, 100_000_000),
    default=0,
    show_default=True,
    help="Run again after writing this many acts of the past year into the registry (PostgreSQL only);"
    " the first run is reported under 'empty'.",
)
def bench_registry(
    as_json: bool, terminals: int, acts: int, workers: int, db_url: str | None, stored: int
) -> None:
    """TERMINALS simulated terminals push ACTS acts each and pull, all at once, against the registry."""
    from terminal.bench.registry_load import run

    if db_url and not db_url.startswith(("sqlite:///", "postgresql://", "postgres://")):
        raise click.BadParameter("give sqlite:///PATH or postgresql://...", param_hint="--db")
    if stored and db_url and db_url.startswith("sqlite:///"):
        raise click.BadParameter("acts stored beforehand need PostgreSQL", param_hint="--stored")
    result = run(terminals, acts, db_url, workers, progress=None if as_json else click.echo, stored=stored)
    if as_json:
        print_json(result)
    else:
        click.echo(json.dumps(result, indent=2))


COMMANDS: list[click.Command] = [setup, sync_now, registry]
BENCH: list[click.Command] = [bench_sync, bench_registry]
