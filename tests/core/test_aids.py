"""Technical aids: one entitlement handed over once, with its serial number and state cost, as one act."""

from __future__ import annotations

import json
import random
from datetime import date

import pytest

from sync.protocol.models import PAYLOADS
from terminal.core import acts, overrides, retention
from terminal.core.errors import (
    AidNotAvailable,
    IdentificationRequired,
    InvalidInput,
    PermissionDenied,
)
from terminal.core.identification import Identification
from terminal.core.registry_news import apply_changes
from terminal.core.simulate import simulate
from tests.conftest import snapshot


def entitled(site) -> tuple[int, str]:
    """A citizen of the demo site with an aid to hand over today, and that entitlement."""
    row = site.store.one(
        "SELECT citizen_id, id FROM aid_entitlements WHERE status = 'active'"
        " AND valid_from <= '2026-11-20' AND valid_until >= '2026-11-20' ORDER BY id LIMIT 1"
    )
    assert row is not None, "the demo site entitles some of its people to aids"
    return row["citizen_id"], row["id"]


def test_a_hand_over_records_the_act_its_row_the_entitlement_and_the_receipt_together(site) -> None:
    worker = site.operator("social")
    citizen_id, entitlement = entitled(site)
    cost = site.store.scalar("SELECT state_cost FROM aid_entitlements WHERE id = ?", (entitlement,))
    receipt = site.aids.hand_over(
        worker, Identification(citizen_id, "face", 0.3), entitlement, " WC-2026-0042 "
    )
    assert receipt.serial == "WC-2026-0042" and receipt.state_cost == cost > 0
    pin = site.store.scalar("SELECT pin FROM citizens WHERE id = ?", (citizen_id,))
    assert receipt.masked_pin.endswith(pin[-4:]) and pin not in receipt.masked_pin
    assert receipt.operator_name == "Malika Yusupova"
    tx = site.store.one(
        "SELECT kind, payload, operator_id FROM transactions WHERE uuid = ?", (receipt.tx_uuid,)
    )
    assert tx["kind"] == "aid_handover" and tx["operator_id"] == worker.id
    payload = json.loads(tx["payload"])
    PAYLOADS["aid_handover"].model_validate(payload)  # what the registry will read
    assert payload["entitlement_id"] == entitlement and payload["serial"] == "WC-2026-0042"
    assert payload["state_cost"] == cost and payload["id_method"] == "face"
    assert site.store.scalar("SELECT state FROM outbox WHERE tx_uuid = ?", (receipt.tx_uuid,)) == "queued"
    assert (
        site.store.scalar("SELECT status FROM aid_entitlements WHERE id = ?", (entitlement,)) == "handed_over"
    )
    assert (
        site.store.scalar("SELECT last_seen_at FROM citizens WHERE id = ?", (citizen_id,))
        == receipt.issued_at
    )
    assert acts.verify_log(site.store)[1] is None
    views = {v.id: v for v in site.aids.entitlements(worker, citizen_id)}
    assert views[entitlement].problem is not None and views[entitlement].problem.code == "handed_over"
    assert [r["serial"] for r in site.aids.handed_today(worker)] == ["WC-2026-0042"]
    assert site.aids.receipt(worker, receipt.tx_uuid) == receipt


def test_an_entitlement_is_handed_over_once_and_a_refusal_writes_nothing(site) -> None:
    worker = site.operator("social")
    citizen_id, entitlement = entitled(site)
    ident = Identification(citizen_id, "face", 0.3)
    site.aids.hand_over(worker, ident, entitlement, "A1")
    before = snapshot(site)
    with pytest.raises(AidNotAvailable, match="already handed over"):
        site.aids.hand_over(worker, ident, entitlement, "A2")
    other = site.store.scalar(
        "SELECT id FROM aid_entitlements WHERE citizen_id <> ? AND status = 'active' LIMIT 1", (citizen_id,)
    )
    with pytest.raises(InvalidInput, match="not an entitlement of this person"):
        site.aids.hand_over(worker, ident, other, "A3")
    for serial, words in (
        ("", "type or scan"),
        ("   ", "type or scan"),
        ("AB 12", "only letters"),
        ("x" * 65, "at most 64"),
    ):
        with pytest.raises(InvalidInput, match=words):
            site.aids.hand_over(worker, ident, other, serial)
    with pytest.raises(PermissionDenied, match="may not hand over technical aids"):
        site.aids.hand_over(site.operator("nurse"), ident, entitlement, "A4")
    with pytest.raises(PermissionDenied):
        site.aids.entitlements(site.operator("canteen"), citizen_id)
    assert snapshot(site) == before


def test_expired_cancelled_and_future_entitlements_say_why_and_cannot_be_handed_over(site) -> None:
    worker = site.operator("social")
    citizen_id, entitlement = entitled(site)
    with site.store.write() as db:
        rows = db.execute(
            "SELECT id FROM aid_entitlements WHERE citizen_id <> ? AND status = 'active' ORDER BY id LIMIT 3",
            (citizen_id,),
        ).fetchall()
        ids = [r[0] for r in rows]
        db.execute(
            "UPDATE aid_entitlements SET citizen_id = ?, valid_until = '2026-11-19' WHERE id = ?",
            (citizen_id, ids[0]),
        )
        db.execute(
            "UPDATE aid_entitlements SET citizen_id = ?, status = 'cancelled' WHERE id = ?",
            (citizen_id, ids[1]),
        )
        db.execute(
            "UPDATE aid_entitlements SET citizen_id = ?, valid_from = '2026-12-01' WHERE id = ?",
            (citizen_id, ids[2]),
        )
    views = site.aids.entitlements(worker, citizen_id)
    assert views[0].available and views[0].id == entitlement  # what can be handed over today comes first
    problems = {v.id: v.problem for v in views if not v.available}
    assert problems[ids[0]] == "it expired on 2026-11-19" and problems[ids[0]].params["date"] == date(
        2026, 11, 19
    )
    assert problems[ids[1]].code == "cancelled" and problems[ids[2]].code == "not_yet_valid"
    for refused in ids:
        with pytest.raises(AidNotAvailable):
            site.aids.hand_over(worker, Identification(citizen_id, "face", 0.3), refused, "S-1")


def test_the_shared_identification_step_serves_aids_like_dispensing(site) -> None:
    worker = site.operator("social")
    citizen_id, entitlement = entitled(site)
    with pytest.raises(IdentificationRequired, match="supervisor's signature"):
        site.aids.hand_over(worker, Identification(citizen_id, "override"), entitlement, "S-1")
    with pytest.raises(PermissionDenied, match="may not hand over technical aids"):
        overrides.grant(
            site,
            site.operator("nurse"),
            citizen_id,
            "supervisor",
            "4444",
            "No face",
            action="hand over technical aids",
        )
    grant = overrides.grant(
        site, worker, citizen_id, "supervisor", "4444", "Face bandaged", action="hand over technical aids"
    )
    receipt = site.aids.hand_over(worker, Identification.from_grant(grant), entitlement, "S-1")
    row = site.store.one("SELECT id_method, supervisor_id, override_reason FROM aid_handovers")
    assert row == {
        "id_method": "override",
        "supervisor_id": site.operator("supervisor").id,
        "override_reason": "Face bandaged",
    }
    assert (
        site.store.scalar("SELECT used_tx FROM override_grants WHERE id = ?", (grant.id,)) == receipt.tx_uuid
    )
    # The typed ID number is audited with the act, as it is for a dispense.
    second = site.store.one(
        "SELECT citizen_id, id FROM aid_entitlements WHERE status = 'active' AND citizen_id <> ?"
        " AND valid_from <= '2026-11-20' LIMIT 1",
        (citizen_id,),
    )
    typed = site.aids.hand_over(
        worker, Identification(second["citizen_id"], "id_number_face", 0.41), second["id"], "S-2"
    )
    audited = site.store.one("SELECT details FROM audit WHERE action = 'manual_identification'")
    assert json.loads(audited["details"]) == {"tx": typed.tx_uuid, "match_distance": 0.41}


def test_the_registry_s_entitlements_arrive_wait_for_their_citizen_and_never_undo_a_hand_over(site) -> None:
    worker = site.operator("social")
    citizen_id, entitlement = entitled(site)
    pin = site.store.scalar("SELECT pin FROM citizens WHERE id = ?", (citizen_id,))
    fresh = {
        "id": "REG-AID-1",
        "citizen_pin": pin,
        "aid_code": "hearing_aid_bte",
        "aid_name": "Behind-the-ear hearing aid",
        "category": "hearing",
        "state_cost": 310_000_000,
        "decision_number": "TK-2026-55555",
        "valid_from": "2026-11-01",
        "valid_until": "2027-10-31",
        "status": "active",
        "updated_at": "2026-11-20T09:00:00+05:00",
    }
    stranger = dict(fresh, id="REG-AID-2", citizen_pin="50101015450012")
    with site.store.write() as db:
        counts = apply_changes(
            db,
            [
                {"entity": "aid_entitlement", "key": "REG-AID-1", "op": "upsert", "data": fresh},
                {"entity": "aid_entitlement", "key": "REG-AID-2", "op": "upsert", "data": stranger},
            ],
            "2026-11-20T10:00:00+05:00",
        )
    assert counts["waiting"] == 1  # its citizen has not arrived yet
    assert [v.aid_name for v in site.aids.entitlements(worker, citizen_id)].count(
        "Behind-the-ear hearing aid"
    ) >= 1
    site.aids.hand_over(worker, Identification(citizen_id, "face", 0.3), "REG-AID-1", "HA-1")
    old_word = {"entity": "aid_entitlement", "key": "REG-AID-1", "op": "upsert", "data": fresh}
    with site.store.write() as db:
        apply_changes(db, [old_word, {"entity": "aid_entitlement", "key": entitlement, "op": "remove"}], "t")
    assert site.store.scalar("SELECT status FROM aid_entitlements WHERE id = 'REG-AID-1'") == "handed_over"
    assert (
        site.store.scalar("SELECT status FROM aid_entitlements WHERE id = ?", (entitlement,)) == "cancelled"
    )


def test_hand_overs_are_append_only_and_retention_removes_them_with_their_acts(site) -> None:
    result = simulate(site, "aids", 5, random.Random(2))
    assert result.recorded == 5 and not result.refused
    with pytest.raises(Exception, match="append-only"), site.store.write() as db:
        db.execute("UPDATE aid_handovers SET serial = 'X'")
    with pytest.raises(Exception, match="append-only"), site.store.write() as db:
        db.execute("DELETE FROM aid_handovers")
    with site.store.write() as db:
        db.execute("UPDATE outbox SET state = 'synced', registry_status = 'accepted'")
    site.clock.advance(days=401)
    report = retention.purge(site)
    assert report.counts["aid_handovers"] == 5 and report.counts["transactions"] == 5
    assert site.store.scalar("SELECT count(*) FROM aid_handovers") == 0


def test_the_operators_table_takes_a_social_worker_and_still_refuses_an_unknown_role(site) -> None:
    with site.store.write() as db:
        db.execute(
            "INSERT INTO operators (login, full_name, role, created_at)"
            " VALUES ('sw2', 'A B', 'social_worker', 't')"
        )
    with pytest.raises(Exception, match="CHECK constraint"), site.store.write() as db:
        db.execute(
            "INSERT INTO operators (login, full_name, role, created_at) VALUES ('x', 'A', 'janitor', 't')"
        )
    assert site.store.scalar("PRAGMA integrity_check") == "ok"


def _pdf_text(path) -> str:
    import pypdf

    text = " ".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)
    return " ".join(text.replace("\xa0", " ").split())


def test_the_receipt_and_the_period_s_act_name_each_aid_its_serial_and_state_cost_and_are_audited(
    site, tmp_path
) -> None:
    from terminal.core import aid_documents

    worker = site.operator("social")
    simulate(site, "aids", 3, random.Random(7))
    handed = site.store.all("SELECT tx_uuid, aid_name, serial, state_cost FROM aid_handovers ORDER BY id")
    first = handed[0]
    receipt = aid_documents.export_receipt(site, worker, first["tx_uuid"], tmp_path / "r.pdf")
    text = _pdf_text(receipt)

    def money(minor: int) -> str:
        return " ".join(site.aids.receipt(worker, first["tx_uuid"]).money(minor).replace("\xa0", " ").split())

    assert first["aid_name"] in text and first["serial"] in text and money(first["state_cost"]) in text
    pin = site.store.scalar(
        "SELECT c.pin FROM citizens c JOIN aid_handovers h ON h.citizen_id = c.id WHERE h.tx_uuid = ?",
        (first["tx_uuid"],),
    )
    assert pin not in text and pin[-4:] in text
    paths = aid_documents.export_period(site, worker, "2026-11-01", "2026-11-30", tmp_path / "act")
    act = _pdf_text(paths[0])
    assert all(h["serial"] in act for h in handed)
    total = sum(h["state_cost"] for h in handed)
    assert money(total) in act
    lines = paths[1].read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("# Exported by social") and len(lines) == 2 + len(handed)
    exported = site.store.all("SELECT details FROM audit WHERE action = 'export' ORDER BY seq")
    assert [json.loads(e["details"])["kind"] for e in exported] == ["aid_receipt", "aid_report"]
    with pytest.raises(PermissionDenied):
        aid_documents.export_period(
            site, site.operator("canteen"), "2026-11-01", "2026-11-30", tmp_path / "x"
        )
    with pytest.raises(InvalidInput, match="end comes before"):
        aid_documents.export_period(site, worker, "2026-11-30", "2026-11-01", tmp_path / "x")
