"""Enrollment with one-time codes, and how the registry refuses requests it cannot trust."""

from __future__ import annotations

import stat
import uuid
from datetime import timedelta

import pytest
import requests

from sync.errors import (
    AlreadyEnrolled,
    BadSignature,
    DeviceRevoked,
    EnrollmentCodeInvalid,
    HomeNotEmpty,
    UnknownDevice,
)
from sync.protocol.signing import DeviceKey
from terminal.core.store import Store
from terminal.sync_client.cycle import sync_once
from terminal.sync_client.enroll import enroll, identity, key_path
from terminal.sync_client.link import RegistryLink
from tests.conftest import open_copy
from tests.sync.conftest import CLOCK, new_terminal


def test_setup_creates_a_private_key_enrolls_and_pulls_the_site(registry, tmp_path) -> None:
    site = new_terminal(registry, tmp_path / "t1")
    store = site.store
    me = identity(store)
    path = key_path(store)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    device = registry.one("SELECT * FROM devices WHERE id = :id", {"id": me.device})
    assert device["public_key"] == me.key.public_key == store.scalar("SELECT public_key FROM device")
    assert path.read_text().startswith("-----BEGIN PRIVATE KEY-----")
    assert "PRIVATE" not in str(registry.all("SELECT * FROM devices"))
    assert site.facility.id == "F1" and site.facility.catchment == "F1-AREA"
    counts = {
        t: store.scalar(f"SELECT count(*) FROM {t}")
        for t in (
            "citizens",
            "face_templates",
            "operators",
            "prescriptions",
            "students",
            "stock",
            "meal_sessions",
        )
    }
    held = registry.all("SELECT entity, count(*) AS n FROM entities GROUP BY entity")
    held = {r["entity"]: r["n"] for r in held}
    assert counts["citizens"] == held["citizen"] == 300
    assert counts["face_templates"] == held["template"]
    assert counts["prescriptions"] == held["prescription"]
    assert counts["students"] == held["student"] and counts["operators"] == 5
    assert counts["stock"] == held["delivery"] and counts["meal_sessions"] == 2
    site.close()


def test_a_code_works_once_and_only_for_an_empty_home(registry, uz_template, tmp_path) -> None:
    code = registry.code()
    with Store.open(tmp_path / "a") as store:
        enroll(store, registry.address, code, CLOCK)
        with pytest.raises(AlreadyEnrolled):
            enroll(store, registry.address, registry.code(), CLOCK)
    with Store.open(tmp_path / "b") as store, pytest.raises(EnrollmentCodeInvalid):
        enroll(store, registry.address, code, CLOCK)
    with Store.open(tmp_path / "c") as store, pytest.raises(EnrollmentCodeInvalid):
        enroll(store, registry.address, "AAAA-BBBB-CCCC", CLOCK)
    demo = open_copy(uz_template, tmp_path / "demo")
    with pytest.raises(HomeNotEmpty):
        enroll(demo.store, registry.address, registry.code(), CLOCK)
    demo.close()
    assert registry.one("SELECT count(*) AS n FROM devices")["n"] == 1


def test_an_expired_code_is_refused(registry, tmp_path) -> None:
    from sync.server.enroll import issue_code

    with registry.db.transaction() as tx:
        code = issue_code(tx, "F1", CLOCK, valid=timedelta(seconds=-1))
    with Store.open(tmp_path / "t") as store, pytest.raises(EnrollmentCodeInvalid):
        enroll(store, registry.address, code, CLOCK)


def test_unknown_devices_bad_signatures_replays_and_revoked_devices_are_refused(registry, tmp_path) -> None:
    site = new_terminal(registry, tmp_path / "t1")
    me = identity(site.store)
    stranger = RegistryLink(registry.address, CLOCK, "DEV-NOBODY", me.key)
    with pytest.raises(UnknownDevice):
        stranger.changes("0", 10)
    forger = RegistryLink(registry.address, CLOCK, me.device, DeviceKey.generate())
    with pytest.raises(BadSignature):
        forger.push([])
    # A captured request sent again, byte for byte, is a replay.
    link = RegistryLink(registry.address, CLOCK, me.device, me.key)
    headers = link._signature("GET", "/v1/changes?since=0&limit=5", b"")
    first = requests.get(registry.address + "/v1/changes?since=0&limit=5", headers=headers, timeout=5)
    again = requests.get(registry.address + "/v1/changes?since=0&limit=5", headers=headers, timeout=5)
    assert first.status_code == 200 and len(first.json()["changes"]) == 5
    assert again.status_code == 401 and again.json()["error"]["code"] == "replayed_request"
    registry.db.run(
        lambda tx: tx.execute("UPDATE devices SET revoked_at = 'now' WHERE id = :d", {"d": me.device})
    )
    with pytest.raises(DeviceRevoked):
        sync_once(site.store, CLOCK)
    assert site.store.scalar("SELECT last_error FROM sync_state") == DeviceRevoked().message
    site.close()


def test_a_terminal_clock_far_off_is_corrected_from_the_registry_time(registry, tmp_path) -> None:
    site = new_terminal(registry, tmp_path / "t1")
    me = identity(site.store)

    class Late:
        def now(self):
            return CLOCK.now() - timedelta(hours=3)

    late = RegistryLink(registry.address, Late(), me.device, me.key)
    page = late.changes("0", 3)
    assert len(page["changes"]) == 3 and abs(late.offset - timedelta(hours=3)) < timedelta(minutes=1)
    raw = requests.get(
        registry.address + "/v1/changes",
        headers={
            "X-Hamyon-Device": me.device,
            "X-Hamyon-Time": "2001-01-01T00:00:00+00:00",
            "X-Hamyon-Nonce": uuid.uuid4().hex,
            "X-Hamyon-Signature": "AAAA",
        },
        timeout=5,
    )
    assert raw.status_code == 401 and raw.json()["error"]["code"] == "clock_skew"
    site.close()


def test_staff_sign_in_offline_with_the_pin_hashes_the_registry_sent(registry, tmp_path) -> None:
    from terminal.core import operators
    from terminal.core.operators import SignInFailed

    site = new_terminal(registry, tmp_path / "t1")
    hashes = [r["secret_hash"] for r in site.store.all("SELECT secret_hash FROM operators")]
    assert len(hashes) == 5 and all(h.startswith("$argon2id$") for h in hashes)
    staff = {op.login for op in operators.roster(site)}
    assert staff == {"nurse", "canteen", "inspector", "supervisor", "social"}
    assert operators.sign_in(site, "nurse", "1111").role == "nurse"
    with pytest.raises(SignInFailed):
        operators.sign_in(site, "nurse", "4444")
    site.close()
