"""Twenty terminals syncing at once against PostgreSQL served by two registry processes."""

from __future__ import annotations

import json
import random
import threading
from collections import Counter

import pytest

from sync.server.stats import stats
from terminal.core.simulate import simulate
from terminal.sync_client.cycle import sync_once
from terminal.sync_client.enroll import identity
from tests.sync.conftest import CLOCK, make_registry, new_terminal

TERMINALS = 20


@pytest.mark.slow
def test_twenty_terminals_two_workers_one_postgresql(pg_url, serve, tmp_path) -> None:
    reg = make_registry(pg_url)
    workers = [serve(pg_url).start(), serve(pg_url).start()]
    sites = [new_terminal(reg, tmp_path / f"t{n}", address=workers[n % 2].url) for n in range(TERMINALS)]
    for n, site in enumerate(sites):
        rng = random.Random(n)
        simulate(site, "dispenses", 10, rng)
        simulate(site, "meals", 15, rng)  # every canteen starts with the same students: meals served twice
    errors: list[Exception] = []

    def run(site) -> None:
        try:
            sync_once(site.store, CLOCK)
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(s,)) for s in sites]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    for site in sites:  # a second round brings every terminal the conflicts found after its push
        sync_once(site.store, CLOCK)
    local = sorted(
        u for s in sites for u in (r["uuid"] for r in s.store.all("SELECT uuid FROM transactions"))
    )
    held = sorted(r["uuid"] for r in reg.all("SELECT uuid FROM transactions"))
    assert len(local) == TERMINALS * 25 and held == local  # each act exactly once
    assert all(s.store.scalar("SELECT count(*) FROM outbox WHERE state != 'synced'") == 0 for s in sites)

    # Every meal served twice is flagged once per extra serving.
    served = Counter(
        (r["student_id"], r["session_id"], r["served_on"])
        for s in sites
        for r in s.store.all("SELECT student_id, session_id, served_on FROM meals")
    )
    extra_meals = sum(n - 1 for n in served.values())
    # Every prescription item dispensed beyond its quantity across terminals is flagged.
    totals: Counter = Counter()
    prescribed: dict = {}
    for s in sites:
        for r in s.store.all(
            "SELECT i.prescription_id, i.drug_code, i.qty_prescribed, sum(di.quantity) AS q"
            " FROM dispense_items di"
            " JOIN prescription_items i ON i.id = di.prescription_item_id GROUP BY i.id"
        ):
            totals[(r["prescription_id"], r["drug_code"])] += r["q"]
            prescribed[(r["prescription_id"], r["drug_code"])] = r["qty_prescribed"]
    over = {k for k, q in totals.items() if q > prescribed[k]}
    assert over, "no prescription was dispensed beyond its quantity: the check would be empty"
    conflicts = reg.all("SELECT * FROM conflicts")
    kinds = Counter(c["kind"] for c in conflicts)
    assert extra_meals > 0 and kinds["meal_served_twice"] == extra_meals
    flagged = {
        (d["prescription_id"], d["drug_code"])
        for c in conflicts
        if c["kind"] == "prescription_over_dispensed"
        for d in json.loads(c["details"])["items"]
    }
    assert flagged == over
    assert stats(reg.db)["conflicts"] == dict(kinds)
    # ... and every terminal involved in a conflict has heard of it.
    by_device = {identity(s.store).device: s for s in sites}
    for c in conflicts:
        for device in json.loads(c["devices"]):
            assert by_device[device].store.scalar(
                "SELECT count(*) FROM sync_conflicts WHERE id = ?", (c["id"],)
            )
    for site in sites:
        site.close()
    reg.db.close()
