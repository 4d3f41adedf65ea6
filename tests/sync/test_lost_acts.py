"""Acts a damaged store lost before they reached the registry: the recovery keeps their seqs, the next
sync declares them (``POST /v1/gap``, signed) and every act still held reaches the registry. A real
store with a real page of its acts flipped, ``hamyon store recover``, and a real registry on SQLite
and PostgreSQL; the declaration itself checked against the head, refused 409 when it does not fit it,
and harmless when sent again."""

from __future__ import annotations

import json
import random
from pathlib import Path

from sync.server.stats import stats
from terminal.core import store_image
from terminal.core.simulate import simulate
from terminal.core.store import Store
from terminal.core.store_key import StoreKeys
from terminal.sync_client.cycle import sync_once
from tests.cli_runner import hamyon
from tests.damage import PAGE, flip, store_file
from tests.security.device import Device
from tests.sync.conftest import CLOCK, Registry, new_terminal, registry_uuids

NO_GAP = {"declared": 0, "acts": 0}


def _page_of(home: Path, act: dict) -> int:
    """The page of the store that holds ``act`` (its row of ``transactions``)."""
    image = store_image.read(store_file(home), StoreKeys.for_home(home).current()[0])
    pages = {page for page, _rowid, values in store_image.leaf_records(image) if act["hash"] in values}
    assert len(pages) == 1, pages
    return pages.pop()


def _device_head(reg: Registry, device: str) -> tuple[int, str]:
    row = reg.one("SELECT head_seq, head_hash FROM devices WHERE id = :d", {"d": device})
    assert row is not None
    return row["head_seq"], row["head_hash"]


def test_acts_lost_before_they_reached_the_registry_are_declared_and_the_rest_arrive(
    any_registry: Registry, tmp_path: Path
) -> None:
    home = tmp_path / "t"
    site = new_terminal(any_registry, home)
    rng = random.Random(7)
    simulate(site, "dispenses", 5, rng)
    sync_once(site.store, CLOCK)  # acts 1-5 at the registry
    simulate(site, "dispenses", 60, rng)  # acts 6-65 queued
    before = {r["seq"]: r for r in site.store.all("SELECT * FROM transactions")}
    device = site.store.scalar("SELECT id FROM device")
    site.close()
    flip(store_file(home), (_page_of(home, before[30]) - 1) * PAGE + 300)  # a failing disk

    done = json.loads(hamyon("store", "recover", "--json", home=home).stdout)

    lost = done["missing"]["transactions"]
    first, last = min(lost), max(lost)
    assert 30 in lost and first > 5 and last < 65 and lost == list(range(first, last + 1))
    assert done["lost_acts"] == [[first, last]]
    assert done["sync"]["ok"] is True, done["sync"]
    assert done["sync"]["push"]["gaps_declared"] == [[first, last]]
    # the acts after the lost ones waited once (deferred), then went up after the declaration
    assert done["sync"]["push"]["answers"] == {"accepted": 60 - len(lost), "deferred": 65 - last}
    # every act still held is at the registry, as the terminal holds it; the lost ones are a declared gap
    with Store.open(home) as store:
        kept = {r["uuid"] for r in store.all("SELECT uuid FROM transactions")}
        assert kept == {r["uuid"] for s, r in before.items() if s not in lost}
        assert store.all("SELECT seq_from, seq_to FROM lost_acts") == [{"seq_from": first, "seq_to": last}]
        entry = store.one("SELECT subject, details FROM audit WHERE action = 'acts_lost'")
        assert entry == {
            "subject": "",
            "details": json.dumps({"ranges": [[first, last]]}, separators=(",", ":")),
        }
        assert store.scalar("SELECT count(*) FROM outbox WHERE state <> 'synced'") == 0
    assert registry_uuids(any_registry) == sorted(kept)
    gap = any_registry.one("SELECT * FROM chain_gaps")
    assert gap is not None
    assert (gap["device_id"], gap["seq_from"], gap["seq_to"]) == (device, first, last)
    assert gap["prev_hash"] == before[last]["hash"]  # the lost act's own hash: the chain holds across it
    assert _device_head(any_registry, device) == (65, before[65]["hash"])
    assert stats(any_registry.db)["gaps"] == {"declared": 1, "acts": len(lost)}

    # the next syncs declare nothing more, and new acts chain on
    again = json.loads(hamyon("sync", "--json", home=home).stdout)
    assert again["push"]["sent"] == 0 and again["push"]["gaps_declared"] == []
    hamyon("simulate", "dispenses", "--count", "2", home=home)
    more = json.loads(hamyon("sync", "--json", home=home).stdout)
    assert more["push"]["answers"] == {"accepted": 2} and more["push"]["gaps_declared"] == []
    assert stats(any_registry.db)["gaps"] == {"declared": 1, "acts": len(lost)}
    assert _device_head(any_registry, device)[0] == 67


def test_acts_lost_after_they_reached_the_registry_are_not_declared(
    registry: Registry, tmp_path: Path
) -> None:
    """The registry holds them: its head is past them, nothing waits, nothing is declared."""
    home = tmp_path / "t"
    site = new_terminal(registry, home)
    simulate(site, "dispenses", 40, random.Random(5))
    sync_once(site.store, CLOCK)
    twentieth = site.store.one("SELECT * FROM transactions WHERE seq = 20")
    site.close()
    flip(store_file(home), (_page_of(home, twentieth) - 1) * PAGE + 300)
    done = json.loads(hamyon("store", "recover", "--json", home=home).stdout)
    assert 20 in done["missing"]["transactions"] and done["lost_acts"]
    assert done["sync"]["ok"] is True and done["sync"]["push"]["gaps_declared"] == []
    hamyon("simulate", "dispenses", "--count", "1", home=home)
    more = json.loads(hamyon("sync", "--json", home=home).stdout)
    assert more["push"]["answers"] == {"accepted": 1} and more["push"]["gaps_declared"] == []
    assert stats(registry.db)["gaps"] == NO_GAP


def test_a_gap_is_taken_only_from_the_head_once_and_a_repeat_changes_nothing(
    any_registry: Registry,
) -> None:
    device = Device.enroll(any_registry.address, any_registry.code())
    first = device.act("note", {"n": 1})
    assert device.results(first) == [("rejected", "unknown_kind")]  # stored: the chain goes on
    lost = [device.act("note", {"n": n}) for n in (2, 3, 4)]  # never sent: lost
    fifth = device.act("note", {"n": 5})

    def declare(after: int, next_seq: int, prev: str) -> tuple[int, dict]:
        body = {"after_seq": after, "next_seq": next_seq, "next_prev_hash": prev, "reason": "store_damaged"}
        answer = device.post("/v1/gap", body)
        return answer.status_code, answer.json()

    for after, next_seq in ((0, 5), (2, 5), (1, 2), (1, 1)):  # not from the head, or nothing lost
        status, body = declare(after, next_seq, fifth["prev_hash"])
        assert status == 409 and body["error"]["code"] == "gap_mismatch", body
    assert _device_head(any_registry, device.device) == (1, first["hash"])
    assert stats(any_registry.db)["gaps"] == NO_GAP

    status, body = declare(1, 5, fifth["prev_hash"])
    assert status == 200 and body["declared"] is True
    assert body["head"] == {"seq": 4, "hash": lost[-1]["hash"]}
    status, body = declare(1, 5, fifth["prev_hash"])  # sent again (its answer lost): nothing changes
    assert status == 200 and body["declared"] is False and body["head"]["seq"] == 4
    status, body = declare(1, 5, "0" * 64)  # the same acts, another chain: refused
    assert status == 409 and body["error"]["code"] == "gap_mismatch"
    assert device.results(fifth) == [("rejected", "unknown_kind")]  # chains on the declared hash
    assert device.results(lost[1]) == [("rejected", "sequence_reused")]  # a lost act turning up: refused
    status, body = declare(1, 5, fifth["prev_hash"])  # still harmless once acts came after it
    assert status == 200 and body["declared"] is False and body["head"] == {"seq": 5, "hash": fifth["hash"]}
    assert stats(any_registry.db)["gaps"] == {"declared": 1, "acts": 3}
    assert any_registry.one("SELECT count(*) AS n FROM chain_gaps") == {"n": 1}
