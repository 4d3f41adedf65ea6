"""The sync cycle: a failed push still lets the registry's news in; a registry that is not there
fails the cycle at once, while a link that fails mid-transfer is retried."""

from __future__ import annotations

import random

import pytest

from sync.errors import (
    BadRequest,
    BadSignature,
    DeviceRevoked,
    PushStalled,
    RegistryFailed,
    RegistryNotListening,
    RegistryUnreachable,
    UnknownDevice,
)
from sync.server import records
from terminal.bench.sync import free_port
from terminal.core.simulate import simulate
from terminal.core.status import status
from terminal.sync_client.cycle import CycleReport, pull_after, sync_once
from tests.sync.conftest import CLOCK, new_terminal
from tests.sync.proxy import FaultProxy

AT = "2026-11-20T10:00:00.000+00:00"


def _break_the_chain(site, seq: int) -> None:
    """The act ``seq`` edited on the terminal after it was recorded: the registry refuses it."""
    site.store.db.conn.execute("DROP TRIGGER transactions_no_update")
    site.store.db.conn.execute("UPDATE transactions SET payload = payload || ' ' WHERE seq = ?", (seq,))


def test_a_stalled_push_still_pulls_the_registrys_news_and_the_cycle_fails(registry, tmp_path) -> None:
    site = new_terminal(registry, tmp_path / "t1")
    store = site.store
    simulate(site, "dispenses", 4, random.Random(3))
    _break_the_chain(site, 2)
    face = store.scalar("SELECT registry_id FROM face_templates WHERE revoked_at IS NULL ORDER BY id LIMIT 1")
    rx = store.scalar("SELECT id FROM prescriptions WHERE status = 'active' ORDER BY id DESC LIMIT 1")
    with registry.db.transaction() as tx:
        records.revoke_template(tx, face, AT)
        records.cancel_prescription(tx, rx, AT)
    last_success = status(store)["last_success"]
    report = CycleReport()
    with pytest.raises(PushStalled):
        sync_once(store, CLOCK, report=report)
    revoked = store.one("SELECT id, revoked_at, encoding FROM face_templates WHERE registry_id = ?", (face,))
    assert revoked["revoked_at"] is not None and revoked["encoding"] == bytes(512)
    assert store.scalar("SELECT status FROM prescriptions WHERE id = ?", (rx,)) == "cancelled"
    assert report.pull.applied["template:remove"] == 1 and revoked["id"] in report.templates
    assert report.push.answers == {"accepted": 1, "rejected": 1, "deferred": 2}
    st = status(store)
    assert "ask a supervisor" in st["last_error"] and st["sync_failures"] == 1 and st["online"] is True
    assert st["last_success"] == last_success and st["queue_depth"] == 2
    site.close()


def test_a_pull_follows_a_failed_push_unless_the_registry_is_out_of_reach_or_refuses_the_device() -> None:
    assert pull_after(PushStalled(count=2, reason="after_refused"))
    assert pull_after(RegistryFailed(status=500, reason="server error"))
    assert pull_after(BadRequest(reason="transactions.0.seq: too small"))
    for refusal in (
        RegistryUnreachable(url="http://r", reason="no connection"),
        UnknownDevice(),
        DeviceRevoked(),
        BadSignature(),
    ):
        assert not pull_after(refusal)


def test_a_registry_that_is_not_there_fails_the_cycle_at_once(registry, tmp_path) -> None:
    site = new_terminal(registry, tmp_path / "t1")
    nowhere = f"http://127.0.0.1:{free_port()}"
    with site.store.write() as db:
        db.execute("UPDATE device SET registry_url = ?", (nowhere,))
    for queued in (0, 5):  # the first request is a pull, then a push
        if queued:
            simulate(site, "meals", queued, random.Random(queued))
        slept: list[float] = []
        with pytest.raises(RegistryNotListening) as err:
            sync_once(site.store, CLOCK, sleep=slept.append)
        assert slept == [], "a registry that is not there was tried again within the cycle"
        assert "cannot be reached" in err.value.message
        assert status(site.store)["online"] is False
    assert site.store.scalar("SELECT max(attempts) FROM outbox WHERE state = 'queued'") == 1
    site.close()


def test_a_link_that_fails_mid_transfer_at_the_first_request_is_still_retried(registry, tmp_path) -> None:
    proxy = FaultProxy(registry.server.port)
    site = new_terminal(registry, tmp_path / "t1", address=proxy.url)
    simulate(site, "meals", 5, random.Random(1))
    proxy.plan = ["drop_request", "drop_response"]  # the push's first request, then its retry
    report = sync_once(site.store, CLOCK, sleep=lambda s: None)
    assert report.push.retries == 2 and report.push.answers == {"duplicate": 5}
    assert registry.one("SELECT count(*) AS n FROM transactions")["n"] == 5
    site.close()
    proxy.close()
