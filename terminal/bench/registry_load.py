"""``hamyon bench registry``: many terminals at once against one registry, as a lunchtime peak.

N simulated terminals run in this process, each a device enrolled at the registry with a key of its
own (a one-time code of its facility, as ``hamyon setup`` uses), reading the registry through the
terminal's own client (:class:`terminal.sync_client.link.RegistryLink`: the request signatures, gzip,
the clock skew handling). Before the clock starts each takes its first pull (its facility's school,
sessions and students) and records its acts: M school meals (the bulk of a day's acts nationally),
each for a student, session and day of its own school that no other act used, hashed into the
device's chain and signed as a terminal signs them. Then, all at once, every terminal pushes its
acts in the batches a terminal sends (:class:`~terminal.sync_client.push.BatchSizer`) and pulls its
facility's news since its first pull. Figures:

- ``seconds``: from the start signal to the last terminal done; ``acts_per_second`` = acts / seconds;
- ``push_p95_ms``: the 95th percentile of one push request, as the terminals saw it;
- ``errors``: requests that failed and acts not ``accepted`` (``answers`` counts every answer);
- ``registry_total``: the acts the registry's database holds afterwards, counted there;
- ``registry_peak_rss_mb``: the registry workers' peak resident memory, added up
  (``registry_workers`` each).

Facilities hold ``TERMINALS_PER_FACILITY`` terminals (a polyclinic and its schools). The registry runs
as ``hamyon registry serve`` processes, ``--workers`` of them sharing the database (the terminals are
spread over them as a load balancer would); the database is a scratch PostgreSQL database on the
local cluster unless ``--db`` names one.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from sync.protocol import times
from sync.protocol.canonical import GENESIS, canonical_json, tx_hash
from sync.protocol.models import EnrollRequest
from sync.protocol.signing import DeviceKey, tx_message
from terminal.bench import percentile_ms
from terminal.bench.pg import given_or_scratch
from terminal.sync_client.link import RegistryLink
from terminal.sync_client.push import BatchSizer

HAMYON = str(Path(sys.executable).with_name("hamyon"))
TERMINALS_PER_FACILITY = 10
MEAL_SLOTS = 4  # (session, day) a student may be served in: two sessions, today and yesterday
STUDENT_SHARE = 0.09  # meal-eligible students in a seeded population, a little under what seeding gives
PULL_PAGE = 1000
Progress = Callable[[str], None]


@dataclass
class Simulated:
    """One terminal: its device, its facility's school as its first pull gave it, its acts."""

    link: RegistryLink
    facility: str
    cursor: str = "0"
    school: str = ""
    sessions: list[str] = field(default_factory=list)
    students: list[int] = field(default_factory=list)
    acts: list[dict[str, Any]] = field(default_factory=list)
    push_ms: list[float] = field(default_factory=list)
    pull_ms: list[float] = field(default_factory=list)
    answers: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)


def run(
    terminals: int = 200,
    acts: int = 50,
    db_url: str | None = None,
    workers: int = 2,
    progress: Progress | None = None,
    stored: int = 0,
) -> dict[str, Any]:
    """The figures of one all-at-once run; with ``stored``, of a run against a registry already holding
    that many acts, beside (``empty``) the same run against the same registry before it held them."""
    say = progress or (lambda text: None)
    rounds = 2 if stored else 1
    facilities = math.ceil(terminals / TERMINALS_PER_FACILITY)
    per_facility = min(terminals, TERMINALS_PER_FACILITY) * acts
    citizens = max(1500, math.ceil(per_facility / MEAL_SLOTS / STUDENT_SHARE))
    with given_or_scratch(db_url) as url:
        if stored and not url.startswith("postgres"):
            raise ValueError(
                "acts stored beforehand are written by PostgreSQL itself: give a postgresql:// URL"
            )
        say(f"seeding {facilities * rounds} facilities of {citizens} citizens ...")
        codes = _seed(url, facilities, citizens, terminals, rounds)
        with _registry(url, workers) as (addresses, usage):
            figures = _round(url, addresses, codes[:terminals], acts, say)
            if stored:
                from terminal.bench.registry_stored import preload

                empty = figures
                preload(url, stored, say)
                say("the same again, against the registry holding them ...")
                figures = _round(url, addresses, codes[terminals:], acts, say)
    result: dict[str, Any] = {
        "terminals": terminals,
        "acts": terminals * acts,
        **figures,
        "registry_workers": workers,
        "registry_peak_rss_mb": round(sum(usage), 1),
        "registry_worker_peak_rss_mb": [round(mb, 1) for mb in usage],
        "facilities": facilities,
        "citizens_per_facility": citizens,
        "stored_acts": stored,
        "database": "postgresql" if url.startswith("postgres") else "sqlite",
        "cpus": os.cpu_count(),
    }
    if stored:
        result["empty"] = empty
        result["acts_per_second_vs_empty"] = round(figures["acts_per_second"] / empty["acts_per_second"], 3)
        result["pull_p95_vs_empty"] = round(figures["pull_p95_ms"] / max(empty["pull_p95_ms"], 0.001), 3)
    return result


def _round(
    url: str, addresses: list[str], codes: list[tuple[str, str]], acts: int, say: Progress
) -> dict[str, Any]:
    """Enroll a terminal a code, take their first pulls, record their acts; then all push and pull at once."""
    say(f"enrolling {len(codes)} terminals and their first pulls ...")
    sims = _enrolled(addresses, codes)
    taken: Counter[str] = Counter()
    for sim in sims:
        _record_meals(sim, acts, taken)
    say(f"{len(sims)} terminals push {acts} acts each and pull, all at once ...")
    seconds = _all_at_once(sims)
    for sim in sims:
        sim.link.close()
    sent = len(sims) * acts
    answers = sum((s.answers for s in sims), Counter[str]())
    failures = [f for s in sims for f in s.failures]
    push = [ms / 1000 for s in sims for ms in s.push_ms]
    pull = [ms / 1000 for s in sims for ms in s.pull_ms]
    return {
        "seconds": round(seconds, 3),
        "acts_per_second": round(sent / seconds, 1),
        "push_p95_ms": percentile_ms(push, 95),
        "push_p50_ms": percentile_ms(push, 50),
        "push_requests": len(push),
        "pull_p95_ms": percentile_ms(pull, 95),
        "pull_p50_ms": percentile_ms(pull, 50),
        "errors": len(failures) + sum(n for status, n in answers.items() if status != "accepted"),
        "answers": dict(answers),
        "failures": failures[:5],
        "registry_total": _registry_total(url, [s.link.device for s in sims if s.link.device]),
    }


def _seed(url: str, facilities: int, citizens: int, terminals: int, rounds: int = 1) -> list[tuple[str, str]]:
    """Seed the facilities of each round; one enrollment code a terminal: (facility, code)."""
    from sync.server.db import RegistryDB
    from sync.server.enroll import issue_code
    from sync.server.schema import migrate
    from sync.server.seed import seed
    from terminal.demo import demo_people

    clock = times.UtcClock()
    db = RegistryDB(url)
    try:
        migrate(db)
        names = [f"LOAD{i + 1:04d}" for i in range(facilities * rounds)]
        people = demo_people("UZ")
        for name in names:
            seed(db, name, citizens, people, clock, "UZ", templates=False)
        codes = []
        with db.transaction() as tx:
            for i in range(terminals * rounds):
                facility = names[i // terminals * facilities + i % terminals // TERMINALS_PER_FACILITY]
                codes.append((facility, issue_code(tx, facility, clock, timedelta(hours=2))))
        return codes
    finally:
        db.close()


def _enrolled(addresses: list[str], codes: list[tuple[str, str]]) -> list[Simulated]:
    def one(index: int) -> Simulated:
        facility, code = codes[index]
        clock = times.UtcClock()
        key = DeviceKey.generate()
        anonymous = RegistryLink(addresses[index % len(addresses)], clock)
        answer = anonymous.enroll(
            EnrollRequest(code=code, public_key=key.public_key, device_name=f"load-{index}")
        )
        anonymous.close()
        sim = Simulated(
            RegistryLink(addresses[index % len(addresses)], clock, answer.device_id, key), facility
        )
        _first_pull(sim)
        # Its next sync comes minutes later, on a new connection: the registry has closed this one.
        sim.link.session.close()
        return sim

    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(one, range(len(codes))))


def _first_pull(sim: Simulated) -> None:
    """Every page of the device's feed: its school, the school's sessions and meal-eligible students."""
    more = True
    while more:
        page = sim.link.changes(sim.cursor, PULL_PAGE)
        for change in page["changes"]:
            data = change.get("data") or {}
            if change["entity"] == "school":
                sim.school = change["key"]
            elif change["entity"] == "meal_session":
                sim.sessions.append(change["key"])
            elif change["entity"] == "student" and data.get("meal_eligible") and data.get("active"):
                sim.students.append(int(change["key"]))
        sim.cursor, more = page["cursor"], page["more"]
    sim.sessions.sort()
    sim.students.sort()


def _record_meals(sim: Simulated, count: int, taken: Counter[str]) -> None:
    """``count`` meals, each (student, session, day) used once in the facility: the facility's terminals
    take the slots in turn (``taken`` counts those used), so two terminals never serve the same one."""
    now = times.UtcClock().now()
    days = [now.date(), now.date() - timedelta(days=1)]
    slots = [(st, se, d) for d in days for se in sim.sessions for st in sim.students]
    first = taken[sim.facility]
    taken[sim.facility] += count
    if first + count > len(slots):
        raise RuntimeError(f"{sim.facility} has {len(slots)} meal slots, {first + count} were needed")
    assert sim.link.device is not None and sim.link.key is not None
    head, at = (0, GENESIS), times.iso(now)
    for student, session, day in slots[first : first + count]:
        payload = {
            "school": sim.school,
            "student_id": student,
            "session": session,
            "served_on": day.isoformat(),
            "price": 0,
        }
        env: dict[str, Any] = {
            "uuid": str(uuid.uuid4()),
            "seq": head[0] + 1,
            "kind": "meal",
            "operator_id": 2,
            "operator": "canteen",
            "created_at": at,
            "payload": canonical_json(payload),
            "prev_hash": head[1],
        }
        env["hash"] = tx_hash(env)
        env["signature"] = sim.link.key.sign(tx_message(sim.link.device, env["hash"]))
        head = (env["seq"], env["hash"])
        sim.acts.append(env)


def _all_at_once(sims: list[Simulated]) -> float:
    start = threading.Barrier(len(sims) + 1)
    finished: list[float] = []

    def work(sim: Simulated) -> None:
        start.wait()
        try:
            _push_all(sim)
            _pull_news(sim)
        except Exception as exc:  # a failure is a figure of the run, not its end
            cause = exc.__cause__ or exc.__context__
            why = f" ({type(cause).__name__}: {cause})" if cause else ""
            sim.failures.append(f"{type(exc).__name__}: {exc}{why}"[:400])
        finished.append(time.perf_counter())

    threads = [threading.Thread(target=work, args=(sim,), daemon=True) for sim in sims]
    for t in threads:
        t.start()
    start.wait()
    began = time.perf_counter()
    for t in threads:
        t.join(timeout=600)
    return (max(finished) if finished else time.perf_counter()) - began


def _push_all(sim: Simulated) -> None:
    sizer = BatchSizer()
    sent = 0
    while sent < len(sim.acts):
        batch = sim.acts[sent : sent + sizer.size]
        began = time.perf_counter()
        answer = sim.link.push(batch)
        seconds = time.perf_counter() - began
        sim.push_ms.append(seconds * 1000)
        sizer.succeeded(seconds)
        sim.answers.update(r.status for r in answer.results)
        if len(answer.results) != len(batch):
            sim.failures.append(f"{len(batch)} acts sent, {len(answer.results)} answered")
        sent += len(batch)


def _pull_news(sim: Simulated) -> None:
    more = True
    while more:
        began = time.perf_counter()
        page = sim.link.changes(sim.cursor, PULL_PAGE)
        sim.pull_ms.append((time.perf_counter() - began) * 1000)
        sim.cursor, more = page["cursor"], page["more"]


def _registry_total(url: str, devices: list[str]) -> int:
    """The acts of these devices the registry's database holds."""
    from sync.server.db import RegistryDB

    db = RegistryDB(url)
    try:
        with db.transaction(write=False) as tx:
            return sum(
                int(r["n"])
                for r in tx.all_in("SELECT count(*) AS n FROM transactions WHERE device_id IN {IN}", devices)
            )
    finally:
        db.close()


@contextmanager
def _registry(url: str, workers: int) -> Iterator[tuple[list[str], list[float]]]:
    """``workers`` registry processes on the same database; their peak RSS (MB) once they stopped."""
    from terminal.bench.sync import free_port, wait_until_up

    env = {k: v for k, v in os.environ.items() if k != "HAMYON_HOME"}
    procs, addresses, usage = [], [], []
    try:
        for _ in range(workers):
            port = free_port()
            procs.append(
                subprocess.Popen(
                    [HAMYON, "registry", "serve", "--db", url, "--port", str(port)],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    env=env,
                )
            )
            addresses.append(f"http://127.0.0.1:{port}")
        for proc, address in zip(procs, addresses, strict=True):
            wait_until_up(proc, address)
        yield addresses, usage
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            _pid, _status, rusage = os.wait4(proc.pid, 0)
            usage.append(rusage.ru_maxrss / 1024)  # kilobytes on Linux
