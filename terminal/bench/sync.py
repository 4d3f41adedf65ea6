"""``hamyon bench sync``: push and pull figures against real registries, beside a same-run baseline.

- push: COUNT acts recorded by the real services on a terminal, pushed to a
  fresh registry on SQLite and on PostgreSQL (batches sized to the link,
  gzip), and the same acts pushed one per request (the baseline);
- pull: the first pull of a registry of CITIZENS citizens with one template
  each, by a ``hamyon sync`` process whose peak memory is read from the kernel.

Registries run as ``hamyon registry serve`` processes, as in production.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import requests

from sync.protocol.times import UtcClock
from terminal.bench.pg import given_or_scratch
from terminal.core.site import Site
from terminal.core.store import Store
from terminal.core.store_cipher import copy_store
from terminal.core.store_key import key_files_only
from terminal.sync_client.enroll import identity, move_to_registry
from terminal.sync_client.link import RegistryLink
from terminal.sync_client.push import BatchSizer, push

HAMYON = str(Path(sys.executable).with_name("hamyon"))
FACILITY = "BENCH1"
# Citizens of the pushing terminal's registry (the push targets are seeded alike): enough prescriptions
# for 6,000 dispenses and students for 4,000 meals in one day, since the registry refuses acts dated
# more than a day from when it receives them.
SEEDED = 30_000
Progress = Callable[[str], None] | None


def run(
    count: int = 10_000, citizens: int = 100_000, pg_url: str | None = None, progress: Progress = None
) -> dict:
    say = progress or (lambda text: None)
    with key_files_only(), tempfile.TemporaryDirectory(prefix="hamyon-bench-sync-") as tmp:
        work = Path(tmp)
        say(f"recording {count} acts on a terminal ...")
        source = _terminal_with_acts(work, count)
        say("pushing to a registry on SQLite ...")
        sqlite = _push_run(work, source, f"sqlite:///{work / 'push-sqlite.db'}", "sqlite")
        say("pushing to a registry on PostgreSQL ...")
        with given_or_scratch(pg_url) as url:
            pg = _push_run(work, source, url, "pg")
        say("pushing one act per request (baseline) ...")
        single = _push_run(
            work, source, f"sqlite:///{work / 'push-single.db'}", "single", one_per_request=True
        )
        say(f"first pull of {citizens} citizens with templates ...")
        pull = _pull_run(work, citizens)
    requests_made = sqlite["requests"] + pg["requests"]
    return {
        "acts": count,
        "push_10k_seconds": {"sqlite": sqlite["seconds"], "postgresql": pg["seconds"]},
        "push_acts_per_second": {
            "sqlite": round(count / sqlite["seconds"], 1),
            "postgresql": round(count / pg["seconds"], 1),
        },
        "tx_per_request": round(2 * count / requests_made, 1),
        "requests": {
            "sqlite": sqlite["requests"],
            "postgresql": pg["requests"],
            "one_per_request": single["requests"],
        },
        "one_request_per_tx_seconds": single["seconds"],
        "resent_after_push": sqlite["resent"] + pg["resent"],
        "pull_citizens": citizens,
        "pull_100k_seconds": pull["seconds"],
        "pull_changes": pull["changes"],
        "peak_rss_mb": pull["peak_rss_mb"],
        "registry": "hamyon registry serve (uvicorn, 1 process) on this machine; terminal in this process",
    }


# --- the pushing terminal ---------------------------------------------------------------------------


def _terminal_with_acts(work: Path, count: int) -> Path:
    """A terminal enrolled at a seeded registry, with ``count`` acts queued (dispenses and meals)."""
    from terminal.core.simulate import simulate

    url = f"sqlite:///{work / 'source.db'}"
    _hamyon("registry", "seed", "--db", url, "--citizens", str(SEEDED), "--facility", FACILITY)
    home = work / "source"
    with _serving(url) as address:
        _hamyon("--home", str(home), "setup", "--registry", address, "--code", _code(url))
    with Store.open(home) as store:
        site = Site(store)
        rng = random.Random(11)
        # An enrolled terminal never invents prescriptions: when none are left, meals make up the rest.
        dispensed = simulate(site, "dispenses", count * 6 // 10, rng).recorded
        simulate(site, "meals", count - dispensed, rng)
        queued = store.scalar("SELECT count(*) FROM outbox WHERE state = 'queued'")
    if queued != count:
        raise RuntimeError(f"{queued} acts queued, {count} expected")
    return home


def _push_run(work: Path, source: Path, url: str, name: str, one_per_request: bool = False) -> dict[str, Any]:
    home = work / f"push-{name}"
    shutil.copytree(source / "keys", home / "keys")  # the device key
    copy_store(source, home)  # the store and its key
    _hamyon("registry", "seed", "--db", url, "--citizens", str(SEEDED), "--facility", FACILITY)
    clock = UtcClock()
    with _serving(url) as address, Store.open(home) as store:
        move_to_registry(store, address, _code(url), clock)
        me = identity(store)
        sizer = BatchSizer(size=1, maximum=1) if one_per_request else BatchSizer()
        link = RegistryLink(address, clock, me.device, me.key)
        started = time.perf_counter()
        report = push(store, link, me, clock, sizer)
        seconds = time.perf_counter() - started
        again = push(store, link, me, clock, BatchSizer())  # after it: nothing is sent twice
        link.close()
        left = store.scalar("SELECT count(*) FROM outbox WHERE state != 'synced'")
    if left:
        raise RuntimeError(f"{left} acts were not synced on {name}")
    return {"seconds": round(seconds, 2), "requests": report.requests, "resent": again.sent}


# --- the pulling terminal -----------------------------------------------------------------------------------


def _pull_run(work: Path, citizens: int) -> dict[str, Any]:
    url = f"sqlite:///{work / 'pull.db'}"
    _hamyon("registry", "seed", "--db", url, "--citizens", str(citizens), "--facility", "PULL1")
    home = work / "pull-terminal"
    with _serving(url) as address:
        code = _code(url, "PULL1")
        _hamyon("--home", str(home), "setup", "--registry", address, "--code", code, "--no-pull")
        started = time.perf_counter()
        proc = subprocess.Popen(
            [HAMYON, "--home", str(home), "sync", "--json"], stdout=subprocess.PIPE, text=True
        )
        _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        out = proc.stdout.read() if proc.stdout else ""
    if status != 0:
        raise RuntimeError(f"the pulling terminal failed: {out[-500:]}")
    report = json.loads(out)
    return {
        "seconds": round(seconds, 2),
        "changes": report["pull"]["changes"],
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),  # kilobytes on Linux
    }


# --- helpers ---------------------------------------------------------------------------------------


def _hamyon(*args: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "HAMYON_HOME"}
    done = subprocess.run([HAMYON, *args], capture_output=True, text=True, env=env, timeout=1800)
    if done.returncode != 0:
        raise RuntimeError(f"hamyon {' '.join(args[:2])} failed: {done.stderr.strip()[-500:]}")
    return done.stdout


def _code(url: str, facility: str = FACILITY) -> str:
    return _hamyon("registry", "device-code", "--db", url, "--facility", facility).strip().splitlines()[-1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def _serving(url: str) -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(
        [HAMYON, "registry", "serve", "--db", url, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    address = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(proc, address)
        yield address
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def wait_until_up(proc: subprocess.Popen[bytes], address: str) -> None:
    """Until the registry process at ``address`` answers; fails if it exits or is silent for 30 s."""
    for _ in range(300):
        try:
            requests.get(address + "/", timeout=1)
            return
        except requests.ConnectionError:
            if proc.poll() is not None:
                raise RuntimeError("the registry did not start") from None
            time.sleep(0.1)
    raise RuntimeError("the registry did not answer within 30 s")
