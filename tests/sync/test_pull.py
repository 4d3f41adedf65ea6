"""Pull: pages applied with their cursor in one transaction; removals; quantities that merge."""

from __future__ import annotations

import base64

import pytest

from sync.client.cycle import sync_once
from sync.client.pull import cursor, pull
from sync.errors import RegistryUnreachable
from sync.server import records
from sync.server.publish import get
from terminal.core.dispensing import DispenseLine, Identification
from terminal.core.store import Store
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
    from sync.client.enroll import enroll

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
