"""A scratch PostgreSQL database on the local cluster, for benchmarks and tests.

Starts the Debian cluster when it is down (``pg_ctlcluster``), makes sure a
login role with a password exists (TCP connections use scram), creates a
fresh database owned by it and drops it afterwards. Needs root (as CI and the
development machines run) or a ``HAMYON_TEST_PG`` URL of a server to use.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROLE, PASSWORD = "hamyon_test", "hamyon_test"
HOST, PORT = "127.0.0.1", 5432


def _psql(sql: str, database: str = "postgres") -> str:
    cmd = ["psql", "-qAtX", "-d", database, "-c", sql]
    if os.geteuid() == 0:
        cmd = ["su", "postgres", "-c", " ".join(_quote(c) for c in cmd)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        raise RuntimeError(f"psql failed: {done.stderr.strip()}")
    return done.stdout.strip()


def _quote(arg: str) -> str:
    return "'" + arg.replace("'", "'\"'\"'") + "'"


def ensure_cluster() -> None:
    """Start the local cluster if it is down, and create the test role; one process at a time (the test
    suite runs in several, each of which may find the cluster down)."""
    import fcntl  # POSIX only, as the local cluster is

    with open(Path(tempfile.gettempdir()) / f"hamyon-pg-cluster-{os.getuid()}.lock", "ab") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        _ensure_cluster()


def _ensure_cluster() -> None:
    if shutil.which("pg_lsclusters") is None:
        raise RuntimeError("PostgreSQL is not installed: run installer/dev-setup.sh")
    listing = subprocess.run(["pg_lsclusters", "-h"], capture_output=True, text=True).stdout
    for line in listing.splitlines():
        version, name, _port, status, *_ = line.split()
        if status != "online":
            subprocess.run(["pg_ctlcluster", version, name, "start"], check=True, timeout=120)
    for _ in range(50):
        try:
            _psql("SELECT 1")
            break
        except RuntimeError:
            time.sleep(0.2)
    exists = _psql(f"SELECT 1 FROM pg_roles WHERE rolname = '{ROLE}'")
    if not exists:
        _psql(f"CREATE ROLE {ROLE} LOGIN CREATEDB PASSWORD '{PASSWORD}'")
    _psql(f"GRANT pg_checkpoint TO {ROLE}")  # the registry bench settles a bulk load before it measures


@contextmanager
def scratch_database(prefix: str = "hamyon") -> Iterator[str]:
    """A fresh, empty database; its URL. ``HAMYON_TEST_PG`` (a server URL) skips the local cluster."""
    base = os.environ.get("HAMYON_TEST_PG")
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    if base:
        import psycopg

        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        url = base.rsplit("/", 1)[0] + f"/{name}"
    else:
        ensure_cluster()
        _psql(f"CREATE DATABASE {name} OWNER {ROLE}")
        url = f"postgresql://{ROLE}:{PASSWORD}@{HOST}:{PORT}/{name}"
    try:
        yield url
    finally:
        drop = f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
        if base:
            import psycopg

            with psycopg.connect(base, autocommit=True) as conn:
                conn.execute(drop)
        else:
            _psql(drop)


@contextmanager
def given_or_scratch(url: str | None, prefix: str = "hamyon_bench") -> Iterator[str]:
    """``url`` when one is given, else a scratch database made for the while and dropped after."""
    if url:
        yield url
        return
    with scratch_database(prefix) as scratch:
        yield scratch
