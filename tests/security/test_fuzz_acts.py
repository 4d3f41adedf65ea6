"""Hostile acts and audit entries, correctly chained and signed by an enrolled device, pushed to
the real registry on SQLite and on PostgreSQL (hypothesis): whatever the payload, time, numbers or
text, the answer is 200 with a verdict per act (or 400 for what no column can hold), never 5xx,
and the registry's chain head is the last act it stored."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync.protocol import times
from sync.protocol.models import PAYLOADS, REJECT_REASONS
from tests.security.device import Device
from tests.security.live import DATABASES, serve
from tests.sync.conftest import Registry

SETTINGS = settings(
    max_examples=40, derandomize=True, deadline=None, database=None, suppress_health_check=list(HealthCheck)
)
NOW = datetime.now(UTC)
INTS = st.one_of(
    st.integers(-(2**70), 2**70),
    st.sampled_from([0, -1, 1, 2**31, 2**53 - 1, 2**53, 2**63 - 1, 2**63, 2**64, 10**30]),
)
TEXT = st.one_of(
    st.text(max_size=20),
    st.sampled_from(
        ["", "\x00", "a\x00b", "\ud800", "²", "٣", "'; DROP TABLE transactions;--", "x" * 3000, "\u202eevil"]
    ),
)
TIMES = st.one_of(
    st.sampled_from(
        [
            "0001-01-01T00:00:00+00:00",
            "9999-12-31T23:59:59-23:59",
            "2026-02-30T10:00:00+05:00",
            "yesterday",
            "",
            "2026-01-01",
            times.iso(NOW + timedelta(days=2)),
            times.iso(NOW - timedelta(days=2)),
        ]
    ),
    st.just(times.iso(NOW)),
    st.text(max_size=40),
)


def mostly(good: st.SearchStrategy, bad: st.SearchStrategy, one_in: int = 6) -> st.SearchStrategy:
    """``good`` but one time in ``one_in``: most acts get past their shape to the deeper checks."""
    return st.integers(1, one_in).flatmap(lambda n: bad if n == 1 else good)


LEAVES = st.one_of(st.none(), st.booleans(), INTS, st.floats(), TEXT, TIMES)
ANYTHING = st.recursive(
    LEAVES, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3), max_leaves=6
)


@pytest.fixture(scope="module", params=DATABASES)
def live(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Registry]:
    yield from serve(request, tmp_path_factory)


def _plausible(reg: Registry) -> dict[str, list[Any]]:
    """Values the registry holds, so that some acts get past their shape to the references."""
    data = {
        e: [json.loads(r["data"]) for r in reg.all("SELECT data FROM entities WHERE entity = :e", {"e": e})]
        for e in ("citizen", "prescription", "student", "meal_session", "school")
    }
    rx = data["prescription"][:20]
    return {
        "facility": ["F1", "F2"],
        "citizen_pin": [c["pin"] for c in data["citizen"][:20]],
        "pin": [c["pin"] for c in data["citizen"][:20]],
        "prescription_id": [p["id"] for p in rx],
        "drug_code": [i["drug_code"] for p in rx for i in p["items"]],
        "item_id": [i["id"] for p in rx for i in p["items"]],
        "student_id": [s["id"] for s in data["student"][:20]],
        "session": [s["id"] for s in data["meal_session"]],
        "school": [s["id"] for s in data["school"]],
        "served_on": [NOW.date().isoformat(), "2026-02-30", "9999-01-01"],
        "quantity": [1, 2, 10**9],
        "unit_price": [0, 100],
        "total_cost": [0, 100],
        "price": [0, 5000],
        "id_method": ["face", "id_number"],
        "relation": ["applicant", "child"],
        "benefit_type": ["childcare_under_2", "low_income_aid"],
        "application_id": ["A-1", "A-2"],
        "learned_from": ["face", "override_face"],
    }


@st.composite
def payloads(draw: st.DrawFn, plausible: dict[str, list[Any]], kind: str) -> Any:
    model = PAYLOADS.get(kind)
    if model is None or draw(st.integers(0, 9)) == 0:
        return draw(ANYTHING)

    def value(name: str) -> Any:
        known = plausible.get(name)
        return draw(mostly(st.sampled_from(known), ANYTHING)) if known else draw(ANYTHING)

    body = {name: value(name) for name in model.model_fields if draw(st.integers(0, 11))}
    if kind == "dispense" and draw(mostly(st.just(True), st.just(False))):
        body["items"] = [{n: value(n) for n in PAYLOADS_LINE} for _ in range(draw(st.integers(1, 3)))]
    if kind == "application" and draw(mostly(st.just(True), st.just(False))):
        body["members"] = [{"pin": value("pin"), "relation": value("relation")}]
    return body


PAYLOADS_LINE = ("item_id", "prescription_id", "drug_code", "quantity", "unit_price")


@st.composite
def acts(draw: st.DrawFn, plausible: dict[str, list[Any]]) -> dict[str, Any]:
    kind = draw(st.sampled_from([*PAYLOADS, "teleport"]))
    payload = draw(payloads(plausible, kind))
    if not isinstance(payload, str) or draw(mostly(st.just(True), st.just(False))):
        payload = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return {
        "kind": kind,
        "payload": payload,
        "created_at": draw(mostly(st.just(times.iso(NOW)), TIMES, one_in=2)),
        "operator_id": draw(mostly(st.one_of(st.none(), st.integers(1, 50)), INTS)),
        "operator": draw(mostly(st.sampled_from([None, "nurse", "canteen"]), TEXT)),
    }


def test_no_signed_act_makes_the_registry_fail(live: Registry) -> None:
    dev = Device.enroll(live.address, live.code())
    plausible = _plausible(live)

    @given(batch=st.lists(acts(plausible), min_size=1, max_size=4))
    @SETTINGS
    def check(batch: list[dict[str, Any]]) -> None:
        head = dev.head
        envelopes = [dev.act(a.pop("kind"), a.pop("payload"), **a) for a in batch]
        answer = dev.push(*envelopes)
        assert answer.status_code in (200, 400), answer.text
        if answer.status_code == 400:
            assert answer.json()["error"]["code"] == "bad_request"
            dev.head = head  # nothing was stored
            return
        body = answer.json()
        assert [r["uuid"] for r in body["results"]] == [e["uuid"] for e in envelopes]
        for r in body["results"]:
            assert r["status"] in ("accepted", "conflict", "rejected"), r
            assert r["status"] != "rejected" or r["reason"] in REJECT_REASONS, r
        assert (body["head"]["seq"], body["head"]["hash"]) == dev.head

    check()
    stored = live.one("SELECT count(*) AS n FROM transactions WHERE device_id = :d", {"d": dev.device})
    assert stored["n"] == dev.head[0]


@st.composite
def entries(draw: st.DrawFn) -> dict[str, Any]:
    details = draw(st.one_of(TEXT, ANYTHING.map(lambda v: json.dumps(v, ensure_ascii=False))))
    return {
        "action": draw(st.one_of(st.sampled_from(["sign_in", "export"]), TEXT)),
        "details": details,
        "at": draw(TIMES),
        "operator_id": draw(st.one_of(st.none(), INTS)),
        "subject": draw(TEXT),
    }


def test_no_signed_audit_entry_makes_the_registry_fail(live: Registry) -> None:
    dev = Device.enroll(live.address, live.code())

    @given(batch=st.lists(entries(), min_size=1, max_size=4))
    @SETTINGS
    def check(batch: list[dict[str, Any]]) -> None:
        head = dev.audit_head
        made = [dev.entry(e.pop("action"), e.pop("details"), **e) for e in batch]
        answer = dev.post("/v1/audit", {"entries": made})
        assert answer.status_code in (200, 400), answer.text
        if answer.status_code == 400:
            dev.audit_head = head
            return
        assert answer.json()["stored"] == len(made)
        assert answer.json()["head"] == {"seq": dev.audit_head[0], "hash": dev.audit_head[1]}

    check()
