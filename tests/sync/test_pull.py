"""Pull: pages applied with their cursor in one transaction; removals; quantities that merge."""

from __future__ import annotations

import base64
import json

import numpy as np
import pytest

from sync.errors import RegistryUnreachable
from sync.server import publish, records
from sync.server.publish import catchment_scope, get
from terminal.core.dispensing import DispenseLine
from terminal.core.identification import Identification
from terminal.core.store import Store
from terminal.sync_client.cycle import sync_once
from terminal.sync_client.pull import cursor, pull
from tests.sync.conftest import CLOCK, new_terminal, quick_link
from tests.sync.proxy import FaultProxy


def _local_counts(store: Store) -> dict[str, int]:
    return {
        t: store.scalar(f"SELECT count(*) FROM {t}")
        for t in (
            "citizens",
            "face_templates",
            "prescriptions",
            "prescription_items",
            "students",
            "operators",
        )
    }


def test_an_interrupted_pull_resumes_where_it_stopped(registry, tmp_path) -> None:
    from terminal.sync_client.enroll import enroll

    proxy = FaultProxy(registry.server.port)
    store = Store.open(tmp_path / "t1")
    enroll(store, proxy.url, registry.code(), CLOCK)
    link = quick_link(type("S", (), {"store": store})(), proxy.url)
    proxy.seen.clear()
    proxy.plan = ["pass", "pass", *["drop_response"] * 3, *["truncate"] * 3]
    with pytest.raises(RegistryUnreachable):
        pull(store, link, CLOCK, page_size=100, sleep=lambda s: None)
    after_two = cursor(store)
    assert int(after_two) > 0 and store.scalar("SELECT count(*) FROM citizens") <= 200
    assert proxy.seen[:2] == ["pass", "pass"] and len(proxy.seen) == 8  # the first try and five retries
    proxy.plan = ["http503", "drop_request", "delay"]
    proxy.delay = 4.0
    report = pull(store, link, CLOCK, page_size=100, sleep=lambda s: None)
    assert report.retries == 3
    fresh = Store.open(tmp_path / "t2")
    enroll(fresh, registry.address, registry.code(), CLOCK)
    sync_once(fresh, CLOCK)
    assert _local_counts(store) == _local_counts(fresh)
    assert store.scalar("SELECT count(*) FROM citizens") == 300
    assert cursor(store) == cursor(fresh)
    for s in (store, fresh):
        s.close()
    proxy.close()


def test_removals_reach_the_terminal(registry, tmp_path) -> None:
    site = new_terminal(registry, tmp_path / "t1")
    store = site.store
    pins = [r["pin"] for r in store.all("SELECT pin FROM citizens ORDER BY pin LIMIT 3")]
    moved, gone, faceless = pins
    template = store.one(
        "SELECT registry_id FROM face_templates t JOIN citizens c ON c.id = t.citizen_id WHERE c.pin = ?",
        (faceless,),
    )["registry_id"]
    rx = store.one("SELECT id FROM prescriptions WHERE status = 'active' LIMIT 1")["id"]
    at = "2026-11-20T10:00:00.000+00:00"
    with store.write() as db:  # a face captured on this terminal, with consent
        db.execute(
            "INSERT INTO face_templates (citizen_id, encoding, source, consent_at, created_at)"
            " SELECT id, randomblob(512), 'terminal', ?, ? FROM citizens WHERE pin = ?",
            (at, at, moved),
        )
    with registry.db.transaction() as tx:
        data = get(tx, "citizen", moved)
        records.put_citizen(tx, dict(data, catchment="ELSEWHERE"), at)
        records.remove_citizen(tx, gone, at)
        records.revoke_template(tx, template, at)
        records.cancel_prescription(tx, rx, at)
    report = sync_once(store, CLOCK)
    assert report.pull.applied["citizen:remove"] == 2
    for pin in (moved, gone):
        row = store.one("SELECT id, removed_at FROM citizens WHERE pin = ?", (pin,))
        assert row["removed_at"] is not None
        faces = store.all(
            "SELECT encoding, revoked_at FROM face_templates WHERE citizen_id = ?", (row["id"],)
        )
        assert faces and all(f["revoked_at"] and f["encoding"] == bytes(512) for f in faces)
        if pin == moved:  # the terminal's own capture goes with the registry's templates
            assert len(faces) == 2
    revoked = store.one("SELECT encoding, revoked_at FROM face_templates WHERE registry_id = ?", (template,))
    assert revoked["revoked_at"] is not None and revoked["encoding"] == bytes(512)
    assert store.scalar("SELECT status FROM prescriptions WHERE id = ?", (rx,)) == "cancelled"
    assert store.scalar("SELECT count(*) FROM citizens WHERE removed_at IS NULL") == 298
    site.close()


def test_templates_arrive_as_the_registry_holds_them(registry, tmp_path) -> None:
    site = new_terminal(registry, tmp_path / "t1")
    rows = site.store.all("SELECT registry_id, encoding FROM face_templates ORDER BY registry_id LIMIT 5")
    for row in rows:
        data = registry.db.run(lambda tx, key=row["registry_id"]: get(tx, "template", key))
        assert base64.b64decode(data["encoding"]) == row["encoding"] and len(row["encoding"]) == 512
    site.close()


def test_quantities_dispensed_elsewhere_merge_with_local_unsynced_ones(registry, tmp_path) -> None:
    a = new_terminal(registry, tmp_path / "a")
    b = new_terminal(registry, tmp_path / "b")
    item = a.store.one(
        "SELECT i.registry_id, i.qty_prescribed, p.citizen_id, c.pin FROM prescription_items i"
        " JOIN prescriptions p ON p.id = i.prescription_id JOIN citizens c ON c.id = p.citizen_id"
        " WHERE p.status = 'active' AND p.valid_until >= date('now') AND p.valid_from <= date('now')"
        " AND i.qty_prescribed >= 30 ORDER BY i.registry_id LIMIT 1"
    )

    def dispense(site, quantity: int) -> None:
        local = site.store.one(
            "SELECT i.id FROM prescription_items i WHERE i.registry_id = ?", (item["registry_id"],)
        )
        citizen = site.store.scalar("SELECT id FROM citizens WHERE pin = ?", (item["pin"],))
        ident = Identification(citizen, "face", distance=0.3)
        site.dispensing.dispense(site.operator("nurse"), ident, [DispenseLine(local["id"], quantity)])

    def dispensed(site) -> int:
        return site.store.scalar(
            "SELECT qty_dispensed FROM prescription_items WHERE registry_id = ?", (item["registry_id"],)
        )

    dispense(a, 10)
    sync_once(a.store, CLOCK)
    dispense(b, 5)  # offline: B does not know of A's 10 yet
    assert dispensed(b) == 5
    b_link = quick_link(b, registry.address)
    pull(b.store, b_link, CLOCK)  # pull only: B's 5 are still unsynced
    assert dispensed(b) == 15  # the registry's 10 plus B's own unsynced 5
    sync_once(b.store, CLOCK)
    assert dispensed(b) == 15  # B's 5 are now in the registry's figure: not counted twice
    sync_once(a.store, CLOCK)
    assert dispensed(a) == 15
    assert (
        registry.one("SELECT qty_dispensed FROM rx_items WHERE id = :id", {"id": item["registry_id"]})[
            "qty_dispensed"
        ]
        == 15
    )
    # A stale figure from the registry never lowers what the terminal knows.
    with a.store.write() as db:
        from terminal.core.registry_news import apply_changes

        data = registry.db.run(
            lambda tx: get(
                tx,
                "prescription",
                a.store.scalar(
                    "SELECT prescription_id FROM prescription_items WHERE registry_id = ?",
                    (item["registry_id"],),
                ),
            )
        )
        for it in data["items"]:
            it["qty_dispensed"] = 0
        apply_changes(db, [{"entity": "prescription", "key": data["id"], "op": "upsert", "data": data}], "t")
    assert dispensed(a) == 15
    a.close()
    b.close()


def test_a_change_that_arrives_before_its_parent_waits_for_it(registry, tmp_path) -> None:
    site = new_terminal(registry, tmp_path / "t1")
    at = "2026-11-20T10:00:00.000+00:00"
    newcomer = {
        "pin": "31507995730069",
        "surname": "Yangi",
        "given_name": "Odam",
        "patronymic": "",
        "birth_date": "1999-07-15",
        "sex": "M",
        "catchment": "F1-AREA",
        "address": "",
        "updated_at": at,
    }
    face = {
        "id": "NEW-T1",
        "citizen_pin": newcomer["pin"],
        "encoding": base64.b64encode(bytes(range(256)) * 2).decode(),
        "created_at": at,
    }
    from terminal.core.registry_news import apply_changes

    with site.store.write() as db:
        counts = apply_changes(
            db, [{"entity": "template", "key": "NEW-T1", "op": "upsert", "data": face}], at
        )
    assert counts["waiting"] == 1 and site.store.scalar("SELECT count(*) FROM sync_pending") == 1
    with site.store.write() as db:
        apply_changes(
            db, [{"entity": "citizen", "key": newcomer["pin"], "op": "upsert", "data": newcomer}], at
        )
    assert site.store.scalar("SELECT count(*) FROM sync_pending") == 0
    assert site.store.scalar("SELECT count(*) FROM face_templates WHERE registry_id = 'NEW-T1'") == 1
    site.close()


def test_a_page_and_its_cursor_commit_together_or_not_at_all(registry, tmp_path) -> None:
    from terminal.core.errors import StoreError

    site = new_terminal(registry, tmp_path / "t1")
    before = cursor(site.store)
    pins = [r["pin"] for r in site.store.all("SELECT pin FROM citizens ORDER BY pin LIMIT 20")]
    with registry.db.transaction() as tx:
        for n, pin in enumerate(pins):
            records.put_citizen(
                tx, dict(get(tx, "citizen", pin), address=f"new street {n}"), "2026-11-20T10:00Z"
            )
    # The cursor cannot be written (as if the disk failed at that moment).
    site.store.db.conn.execute(
        "CREATE TRIGGER cursor_fails BEFORE UPDATE ON sync_cursors"
        " BEGIN SELECT RAISE(ABORT, 'disk failed'); END"
    )
    with pytest.raises(StoreError):
        pull(site.store, quick_link(site, registry.address), CLOCK, page_size=10)
    assert cursor(site.store) == before
    assert site.store.scalar("SELECT count(*) FROM citizens WHERE address LIKE 'new street%'") == 0
    site.store.db.conn.execute("DROP TRIGGER cursor_fails")
    report = pull(site.store, quick_link(site, registry.address), CLOCK, page_size=10)
    assert report.pages == 2 and report.changes == 20
    assert site.store.scalar("SELECT count(*) FROM citizens WHERE address LIKE 'new street%'") == 20
    site.close()


AT = "2026-11-20T10:00:00.000+00:00"


def _encoding(seed: int) -> str:
    vector = np.random.default_rng(seed).normal(0, 0.09, 128).astype("<f4")
    return base64.b64encode(vector.tobytes()).decode("ascii")


def _gallery_contents(gallery, store: Store) -> dict[int, tuple[int, bytes]]:
    """Every template in the gallery: its key, its identity and its bytes."""
    found: dict[int, tuple[int, bytes]] = {}
    for citizen in [r["id"] for r in store.all("SELECT id FROM citizens")]:
        for key, row in zip(gallery.keys_of(citizen), gallery.templates_of(citizen), strict=True):
            found[key] = (citizen, row.tobytes())
    assert len(found) == len(gallery)
    return found


def test_the_templates_a_pull_touches_bring_a_loaded_gallery_up_to_date(registry, tmp_path) -> None:
    from terminal.core import faces

    site = new_terminal(registry, tmp_path / "t1")
    store = site.store
    gallery = faces.load_gallery(store)
    before = _gallery_contents(gallery, store)
    faced = store.all(
        "SELECT c.pin, t.registry_id FROM face_templates t JOIN citizens c ON c.id = t.citizen_id"
        " ORDER BY c.pin LIMIT 5"
    )
    revoked, gone, changed, *more = faced
    with registry.db.transaction() as tx:
        records.revoke_template(tx, revoked["registry_id"], AT)
        records.remove_citizen(tx, gone["pin"], AT)
        records.put_template(tx, dict(get(tx, "template", changed["registry_id"]), encoding=_encoding(1)), AT)
        for n, row in enumerate(more):  # a second face for two citizens
            face = {
                "id": f"NEW-{n}",
                "citizen_pin": row["pin"],
                "encoding": _encoding(2 + n),
                "created_at": AT,
            }
            records.put_template(tx, face, AT)
    report = sync_once(store, CLOCK)
    touched = store.all(
        "SELECT t.id FROM face_templates t JOIN citizens c ON c.id = t.citizen_id"
        " WHERE t.registry_id IN (?, ?, 'NEW-0', 'NEW-1') OR c.pin = ?",
        (revoked["registry_id"], changed["registry_id"], gone["pin"]),
    )
    assert report.templates == {r["id"] for r in touched} and len(report.templates) == 5
    faces.refresh(gallery, store, report.templates)
    after = _gallery_contents(gallery, store)
    assert after == _gallery_contents(faces.load_gallery(store), store)
    assert len(after) == len(before) + 2 - 2 and after != before
    site.close()


def _bad_prescription(pin: str, drugs: list[str]) -> dict:
    return {
        "id": "RX-BAD",
        "citizen_pin": pin,
        "number": "2026/77",
        "prescriber": "Dr A",
        "issued_on": "2026-11-01",
        "valid_from": "2026-11-01",
        "valid_until": "2027-02-01",
        "status": "active",
        "items": [
            {"id": 9001, "drug_code": drugs[0], "qty_prescribed": 30},
            {"id": 9002, "drug_code": drugs[1]},  # no quantity: cannot be applied
        ],
    }


def test_a_change_that_cannot_be_applied_leaves_nothing_half_written_and_is_kept(registry, tmp_path) -> None:
    from terminal.core.status import status

    site = new_terminal(registry, tmp_path / "t1")
    store = site.store
    pin, moved = [r["pin"] for r in store.all("SELECT pin FROM citizens ORDER BY pin LIMIT 2")]
    drugs = [r["code"] for r in store.all("SELECT code FROM drugs ORDER BY code LIMIT 2")]
    bad = _bad_prescription(pin, drugs)
    with registry.db.transaction() as tx:
        scope = catchment_scope(get(tx, "citizen", pin)["catchment"])
        publish.put(tx, "prescription", bad["id"], bad, scope, AT, owner=pin)
        records.put_citizen(tx, dict(get(tx, "citizen", moved), address="Navoiy 7"), AT)
    report = sync_once(store, CLOCK)
    assert store.scalar("SELECT count(*) FROM prescriptions WHERE id = 'RX-BAD'") == 0
    assert store.scalar("SELECT count(*) FROM prescription_items WHERE registry_id = 9001") == 0
    assert report.pull.applied["unapplied"] == 1 and report.pull.applied["citizen:upsert"] == 1
    kept = store.one("SELECT * FROM sync_rejected_changes")
    assert (kept["entity"], kept["key"], kept["op"]) == ("prescription", "RX-BAD", "upsert")
    assert json.loads(kept["data"])["items"][1]["drug_code"] == drugs[1] and "KeyError" in kept["reason"]
    assert status(store)["unapplied_changes"] == 1
    assert store.scalar("SELECT address FROM citizens WHERE pin = ?", (moved,)) == "Navoiy 7"  # it went on
    assert sync_once(store, CLOCK).pull.changes == 0  # the cursor moved past it, and it is not lost
    good = dict(bad, items=[{"drug_code": d, "qty_prescribed": 30} for d in drugs])
    with registry.db.transaction() as tx:
        records.put_prescription(tx, good, AT)
    sync_once(store, CLOCK)
    assert store.scalar("SELECT count(*) FROM prescription_items WHERE prescription_id = 'RX-BAD'") == 2
    assert store.scalar("SELECT count(*) FROM sync_rejected_changes") == 0
    assert status(store)["unapplied_changes"] == 0
    site.close()


def test_changes_without_entity_key_or_usable_data_are_kept_and_the_page_applies(registry, tmp_path) -> None:
    from terminal.core.registry_news import apply_changes

    site = new_terminal(registry, tmp_path / "t1")
    pin = site.store.scalar("SELECT pin FROM citizens ORDER BY pin LIMIT 1")
    citizen = registry.db.run(lambda tx: get(tx, "citizen", pin))
    changes = [
        {"entity": "citizen", "op": "upsert", "data": citizen},  # no key
        "not a change",
        {"entity": "template", "key": "T-X", "op": "upsert", "data": [1, 2, 3]},
        {"entity": "citizen", "key": pin, "op": "upsert", "data": dict(citizen, address="Navoiy 9")},
    ]
    with site.store.write() as db:
        applied = apply_changes(db, changes, AT)
    assert applied["unapplied"] == 3 and applied["citizen:upsert"] == 1
    assert site.store.scalar("SELECT count(*) FROM sync_rejected_changes") == 3
    assert site.store.scalar("SELECT address FROM citizens WHERE pin = ?", (pin,)) == "Navoiy 9"
    site.close()


def test_a_page_that_applies_whole_needs_no_savepoint_a_change_and_one_that_waits_is_applied_change_by_change(
    registry, tmp_path
) -> None:
    """A first pull's page, where every change applies, is applied in one savepoint (two statements a
    change fewer); a page where one change waits is applied a change at a time from its start: the
    others once each, the waiting one kept, nothing of the first attempt left."""
    from terminal.core.registry_news import apply_changes

    site = new_terminal(registry, tmp_path / "t1")
    people = [
        {
            "pin": pin,
            "surname": "Yangi",
            "given_name": name,
            "birth_date": "1999-07-15",
            "sex": "M",
            "catchment": "F1-AREA",
            "updated_at": AT,
        }
        for pin, name in (("31507995730069", "Bir"), ("31507995730070", "Ikki"), ("31507995730071", "Uch"))
    ]

    def face(key: str, pin: str) -> dict:
        data = {
            "id": key,
            "citizen_pin": pin,
            "encoding": base64.b64encode(bytes(512)).decode(),
            "created_at": AT,
        }
        return {"entity": "template", "key": key, "op": "upsert", "data": data}

    def citizen(d: dict) -> dict:
        return {"entity": "citizen", "key": d["pin"], "op": "upsert", "data": d}

    statements: list[str] = []
    conn = site.store.db.conn
    conn.set_trace_callback(statements.append)
    with site.store.write() as db:
        whole = apply_changes(db, [citizen(people[0]), face("T-1", people[0]["pin"])], AT)
    assert whole["citizen:upsert"] == 1 and whole["template:upsert"] == 1 and len(whole.templates) == 1
    assert not [s for s in statements if s.startswith("SAVEPOINT change")]

    statements.clear()
    page = [
        citizen(people[1]),
        face("T-2", "31507995730099"),
        citizen(people[2]),
        face("T-3", people[2]["pin"]),
    ]
    with site.store.write() as db:
        stepwise = apply_changes(db, page, AT)
    conn.set_trace_callback(None)
    assert [s for s in statements if s.startswith("SAVEPOINT change")]  # applied a change at a time
    assert stepwise["citizen:upsert"] == 2 and stepwise["template:upsert"] == 1 and stepwise["waiting"] == 1
    assert len(stepwise.templates) == 1
    pins = [p["pin"] for p in people]
    marks = ",".join("?" * len(pins))
    assert site.store.scalar(f"SELECT count(*) FROM citizens WHERE pin IN ({marks})", pins) == 3
    assert site.store.scalar("SELECT count(*) FROM face_templates WHERE registry_id LIKE 'T-%'") == 2
    assert site.store.scalar("SELECT count(*) FROM sync_pending") == 1
    site.close()


def test_settings_from_the_registry_are_declared_checked_and_audited(registry, tmp_path) -> None:
    """The feed may set a site setting within its limits (audited as the registry's change); an
    undeclared key, such as the terminal's certificate pin, or a value out of limits is set aside."""
    from terminal.core import settings, supervision

    site = new_terminal(registry, tmp_path / "t1")
    facility, at = site.facility.id, "2026-11-20T10:00:00Z"
    with site.store.write() as db:
        db.execute("INSERT INTO settings (key, value) VALUES ('registry_tls_pin', '\"ab12\"')")
    with registry.db.transaction() as tx:
        records.put_setting(tx, facility, "idle_lock_minutes", 10, at)
        records.put_setting(tx, facility, "retention_audit_days", "forever", at)
        records.put_setting(tx, facility, "registry_tls_pin", "00" * 32, at)
    pull(site.store, quick_link(site, registry.address), CLOCK)

    assert settings.get(site.store, "idle_lock_minutes", "UZ") == 10
    assert settings.get(site.store, "retention_audit_days", "UZ") == 1095  # the default stands
    assert site.store.scalar("SELECT value FROM settings WHERE key = 'registry_tls_pin'") == '"ab12"'
    aside = {r["key"].rsplit("/", 1)[-1] for r in site.store.all("SELECT key FROM sync_rejected_changes")}
    assert aside == {"retention_audit_days", "registry_tls_pin"}
    listed = supervision.unapplied_changes(site.store, site.operator("supervisor"))
    assert sorted(c.entity for c in listed) == ["setting", "setting"]
    assert all("MalformedChange" in c.reason and c.at for c in listed)
    entry = site.store.one("SELECT * FROM audit WHERE action = 'settings_change'")
    assert entry["subject"] == "idle_lock_minutes" and entry["operator_id"] is None
    assert json.loads(entry["details"]) == {"old": None, "new": 10, "by": "registry"}

    with registry.db.transaction() as tx:
        publish.remove(tx, "setting", f"{facility}/idle_lock_minutes", at)
    pull(site.store, quick_link(site, registry.address), CLOCK)
    assert settings.get(site.store, "idle_lock_minutes", "UZ") == 5
    site.close()
