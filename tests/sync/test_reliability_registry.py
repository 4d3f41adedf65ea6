"""Issue 16 against the real embedded registry: a wrong clock is measured from the registry's answers,
warned about, never purges and never misdates the last sync; a recovered store pulls again what the
registry holds; a sync with nothing to send says so. The real ``hamyon`` and ``faketime``."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from sync.protocol.times import UtcClock
from terminal.core.store_cipher import raw_connection
from terminal.sync_client.link import RegistryLink
from tests.cli_runner import hamyon
from tests.damage import flip, root_page, store_file
from tests.sync.test_hostile_answers import Hostile
from tests.test_reliability_cli import faked, needs_faketime

COUNTED = ("transactions", "audit", "face_templates", "citizens")


def _terminal(registry, home: Path, acts: int = 4) -> None:
    hamyon("setup", "--registry", registry.address, "--code", registry.code(), home=home)
    hamyon("simulate", "dispenses", "--count", str(acts), home=home)
    hamyon("sync", home=home)


def _counts(home: Path) -> dict[str, int]:
    conn = raw_connection(home)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}
    finally:
        conn.close()


@needs_faketime
def test_a_clock_1200_days_ahead_is_measured_warned_and_purges_nothing(registry, tmp_path: Path) -> None:
    home = tmp_path / "t"
    _terminal(registry, home)
    year = str(datetime.now(UTC).year)
    before = _counts(home)
    st = json.loads(faked("+1200d", "status", "--json", home=home).stdout)
    assert st["clock_offset_seconds"] == pytest.approx(1200 * 86400, abs=300) and st["clock_warning"] is True
    assert (
        faked("+1200d", "sync", home=home).returncode == 0
    )  # its requests are signed at the registry's time
    st = json.loads(faked("+1200d", "status", "--json", home=home).stdout)
    assert st["last_sync"].startswith(year) and st["last_sync_attempt"].startswith(year)
    # every act is at the registry and 1200 days is past every retention period: without the registry's
    # time this purge would remove every act, the audit trail and the faces seen today
    done = faked("+1200d", "purge", "--json", home=home)
    assert done.returncode == 1 and "1200 days ahead of the registry's" in done.stderr
    assert _counts(home) == before
    right = json.loads(hamyon("status", "--json", home=home).stdout)
    assert abs(right["clock_offset_seconds"]) < 60 and right["clock_warning"] is False


def test_a_sync_with_nothing_to_send_says_so(registry, tmp_path: Path) -> None:
    home = tmp_path / "t"
    _terminal(registry, home)
    out = json.loads(hamyon("sync", "--json", home=home).stdout)
    assert out["push"]["sent"] == 0 and out["audit"]["sent"] == 0
    assert out["audit"]["head"] is None  # not "head": 0, as if the registry held no entry


def test_a_recovered_store_sends_its_queue_and_pulls_again_what_the_registry_holds(
    registry, tmp_path: Path
) -> None:
    home = tmp_path / "t"
    _terminal(registry, home, acts=6)
    hamyon("simulate", "dispenses", "--count", "3", home=home)  # queued, not yet at the registry
    before = _counts(home)
    flip(store_file(home), (root_page(home, "face_templates") - 1) * 4096 + 300)  # every face unreachable
    refused = hamyon("sync", home=home, check=False)
    assert refused.returncode == 1 and "is damaged" in refused.stderr
    done = json.loads(hamyon("store", "recover", "--json", home=home).stdout)
    assert done["copied"]["face_templates"] == 0 and done["sync"]["ok"] is True
    assert done["sync"]["push"]["answers"] == {"accepted": 3}
    assert done["sync"]["pull"]["applied"].get("template:upsert", 0) >= before["face_templates"]
    assert _counts(home) == {**before, "audit": before["audit"] + 1}  # the recovery's own entry
    st = json.loads(hamyon("status", "--json", home=home).stdout)
    assert st["store_state"] == "sound" and st["queued"] == 0 and st["synced"] == 9


def test_a_registry_time_out_of_all_reason_is_not_taken_as_the_time() -> None:
    server = Hostile()
    try:
        link = RegistryLink(server.url, UtcClock())
        server.answer(b'{"protocol": [1], "server_time": "9999-12-31T00:00:00.000+00:00"}')
        link.info()
        assert link.reading is None
        now = datetime.now(UTC)
        server.answer(json.dumps({"protocol": [1], "server_time": now.isoformat()}).encode())
        link.info()
        assert link.reading is not None and abs(link.reading.registry - now).total_seconds() < 5
        link.close()
    finally:
        server.close()
