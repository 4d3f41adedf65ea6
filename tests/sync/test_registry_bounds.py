"""The registry bounds what a client sends (issue 16, items 3 and 4): nothing is answered 5xx,
what no column can hold is refused 400 before anything is stored, and implausible acts are
stored as refused, with their reason, and never counted. On SQLite and on PostgreSQL."""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
import requests

from sync.protocol import times
from sync.protocol.canonical import GENESIS
from sync.protocol.idnumbers import country_of
from terminal.core.idnumbers import is_valid, make_id_number
from tests.security.device import Device
from tests.security.live import DATABASES, serve
from tests.sync.conftest import Registry

NUL, SURROGATE = "\x00", "\ud800"
SLOTS = itertools.count()  # meals of this module never share a (student, session) slot


@pytest.fixture(scope="module", params=DATABASES)
def live(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Registry]:
    yield from serve(request, tmp_path_factory)


def _entities(reg: Registry, entity: str, scope: str | None = None) -> list[dict]:
    where = " AND scope = :s" if scope else ""
    rows = reg.all(
        f"SELECT data FROM entities WHERE entity = :e{where} ORDER BY key", {"e": entity, "s": scope}
    )
    return [json.loads(r["data"]) for r in rows]


def _stored(reg: Registry, dev: Device) -> int:
    return reg.one("SELECT count(*) AS n FROM transactions WHERE device_id = :d", {"d": dev.device})["n"]


def _prescription(reg: Registry) -> dict:
    """A prescription whose first item is plenty: a few dispenses of 1 never go over it."""
    return max(_entities(reg, "prescription"), key=lambda rx: (rx["items"][0]["qty_prescribed"], rx["id"]))


def _dispense(rx: dict, pin: str | None = None, **fields) -> dict:
    item = rx["items"][0]
    line = {"item_id": item["id"], "prescription_id": rx["id"], "drug_code": item["drug_code"]}
    payload = {"facility": "F1", "citizen_pin": pin or rx["citizen_pin"], "id_method": "face"}
    return payload | {"items": [line | {"quantity": 1, "unit_price": 100}], "total_cost": 100} | fields


def _meal(reg: Registry, facility: str = "F1", **fields) -> dict:
    """A meal for a (student, session) slot no other meal of this module took."""
    school, n = f"{facility}-SCH1", next(SLOTS)
    students = _entities(reg, "student", f"f:{facility}")
    sessions = [s for s in _entities(reg, "meal_session") if s["school_id"] == school]
    student, session = students[n % len(students)], sessions[n // len(students) % len(sessions)]
    payload = {"school": school, "student_id": student["id"], "session": session["id"]}
    return payload | {"served_on": date.today().isoformat(), "price": 0} | fields


def _quantities(reg: Registry) -> list[dict]:
    return reg.all("SELECT id, qty_dispensed FROM rx_items ORDER BY id")


# --- item 3: what answered 500 --------------------------------------------------------------


@pytest.mark.parametrize("sent", ["²", "¹", "01", "1.0", "٣".encode(), "9" * 400])
def test_a_protocol_header_that_is_not_a_version_is_refused_426_signed_or_not(live: Registry, sent) -> None:
    for method, path in (("GET", "/v1/time"), ("POST", "/v1/push"), ("GET", "/v1/changes")):
        answer = requests.request(
            method, live.address + path, headers={"X-Hamyon-Protocol": sent}, timeout=10, data=b"{}"
        )
        assert answer.status_code == 426, (path, answer.text)
        assert answer.json()["error"]["code"] == "protocol_unsupported"


def test_a_cursor_or_a_limit_beyond_64_bits_is_refused_400(live: Registry) -> None:
    dev = Device.enroll(live.address, live.code())
    for query in ("since=9999999999999999999", "since=9223372036854775808", "limit=1180591620717411303424"):
        answer = dev.send("GET", f"/v1/changes?{query}")
        assert answer.status_code == 400, (query, answer.text)
        assert answer.json()["error"]["code"] == "bad_request"
    answer = dev.send("GET", "/v1/changes?since=999999999999999999&limit=9007199254740991")
    assert answer.status_code == 200 and answer.json()["changes"] == []


@pytest.mark.parametrize("field", ["operator_id", "seq"])
def test_numbers_beyond_64_bits_in_an_act_are_refused_400_and_nothing_is_stored(
    live: Registry, field: str
) -> None:
    dev = Device.enroll(live.address, live.code())
    good = dev.act("meal", _meal(live))
    answer = dev.push(good, dev.act("meal", _meal(live), **{field: 2**70}))
    assert answer.status_code == 400, answer.text
    assert field in answer.json()["error"]["message"]
    assert _stored(live, dev) == 0  # the whole batch, the good act with it
    dev.head = (0, GENESIS)
    assert dev.results(dev.act("meal", _meal(live))) == [("accepted", None)]


def test_an_operator_id_beyond_64_bits_in_an_audit_entry_is_refused_400(live: Registry) -> None:
    dev = Device.enroll(live.address, live.code())
    answer = dev.post("/v1/audit", {"entries": [dev.entry("sign_in", {}, operator_id=2**70)]})
    assert answer.status_code == 400 and "operator_id" in answer.json()["error"]["message"]
    assert (
        live.one("SELECT count(*) AS n FROM audit_entries WHERE device_id = :d", {"d": dev.device})["n"] == 0
    )


@pytest.mark.parametrize("bad", [NUL, SURROGATE], ids=["nul", "lone_surrogate"])
@pytest.mark.parametrize("field", ["kind", "operator", "payload", "created_at"])
def test_text_no_column_can_hold_is_refused_400_in_an_act(live: Registry, field: str, bad: str) -> None:
    dev = Device.enroll(live.address, live.code())
    fields = {
        "kind": f"meal{bad}",
        "operator": f"nurse{bad}",
        "created_at": f"{times.iso(datetime.now(UTC))}{bad}",
    }
    payload = json.dumps(_meal(live))[:-1] + f',"note":"{bad}"}}' if field == "payload" else _meal(live)
    kind = fields["kind"] if field == "kind" else "meal"
    act = dev.act(kind, payload, **({field: fields[field]} if field in ("operator", "created_at") else {}))
    answer = dev.push(act)
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"]["code"] == "bad_request" and field in answer.json()["error"]["message"]
    assert _stored(live, dev) == 0


@pytest.mark.parametrize("bad", [NUL, SURROGATE], ids=["nul", "lone_surrogate"])
@pytest.mark.parametrize("field", ["details", "action", "subject", "at"])
def test_text_no_column_can_hold_is_refused_400_in_an_audit_entry(
    live: Registry, field: str, bad: str
) -> None:
    dev = Device.enroll(live.address, live.code())
    entry = dev.entry("export", {"file": "x.pdf"})
    entry[field] = entry[field][:-1] + bad + entry[field][-1:]
    answer = dev.post("/v1/audit", {"entries": [entry]})
    assert answer.status_code == 400, answer.text
    assert field in answer.json()["error"]["message"]


@pytest.mark.parametrize("bad", [NUL, SURROGATE], ids=["nul", "lone_surrogate"])
def test_a_device_name_or_code_no_column_can_hold_is_refused_400_at_enrollment(
    live: Registry, bad: str
) -> None:
    from sync.protocol.signing import DeviceKey

    for field in ("device_name", "code"):
        code = live.code()
        body = {"code": code, "public_key": DeviceKey.generate().public_key, "device_name": "canteen 2"}
        body[field] = body[field] + bad
        answer = requests.post(live.address + "/v1/enroll", json=body, timeout=10)
        assert answer.status_code == 400 and field in answer.json()["error"]["message"], answer.text
        # the code was not spent: it still enrolls a device
        Device.enroll(live.address, code)


# --- item 4: what was stored though implausible ---------------------------------------------


def test_a_megabyte_of_citizen_pin_is_refused_400_and_nothing_is_stored(live: Registry) -> None:
    dev = Device.enroll(live.address, live.code())
    rx = _prescription(live)
    answer = dev.push(dev.act("dispense", _dispense(rx, pin="7" * 1_000_000)))
    assert answer.status_code == 400 and "payload" in answer.json()["error"]["message"]
    assert _stored(live, dev) == 0


def test_a_citizen_pin_without_its_check_digit_is_rejected_and_counts_nothing(live: Registry) -> None:
    dev = Device.enroll(live.address, live.code())
    rx = _prescription(live)
    pin = rx["citizen_pin"]
    broken = pin[:-1] + str((int(pin[-1]) + 1) % 10)
    before = _quantities(live)
    acts = [dev.act("dispense", _dispense(rx, pin=p)) for p in (broken, pin + "0", "x" * 14, pin)]
    assert dev.results(*acts) == [("rejected", "invalid_payload")] * 3 + [("accepted", None)]
    after = {r["id"]: r["qty_dispensed"] for r in _quantities(live)}
    assert sum(after.values()) == sum(r["qty_dispensed"] for r in before) + 1


IN_THREE_DAYS = times.iso(datetime.now(UTC) + timedelta(days=3))


@pytest.mark.parametrize(
    ("created_at", "reason"),
    [
        ("0001-01-01T00:00:00+00:00", "before_enrollment"),
        ("0001-01-01T00:00:00+23:59", "before_enrollment"),
        ("1970-01-01T00:00:00Z", "before_enrollment"),
        ("9999-12-31T23:59:59-23:59", "time_in_future"),
        ("9999-12-31T23:59:59.999+00:00", "time_in_future"),
        pytest.param(IN_THREE_DAYS, "time_in_future", id="in-three-days-time_in_future"),
        ("2026-13-01T00:00:00+00:00", "invalid_time"),
    ],
)
def test_acts_dated_in_year_1_or_9999_are_rejected_and_take_no_slot(
    live: Registry, created_at, reason
) -> None:
    dev = Device.enroll(live.address, live.code())
    day = (
        created_at[:10]
        if created_at.startswith("20") and created_at[5:7] <= "12"
        else date.today().isoformat()
    )
    for payload in (_meal(live, served_on=day), _dispense(_prescription(live))):
        kind = "meal" if "school" in payload else "dispense"
        before = _quantities(live)
        assert dev.results(dev.act(kind, payload, created_at=created_at)) == [("rejected", reason)]
        assert _quantities(live) == before
    assert (
        live.one("SELECT count(*) AS n FROM meals_served WHERE device_id = :d", {"d": dev.device})["n"] == 0
    )
    rows = live.all("SELECT outcome, reason FROM transactions WHERE device_id = :d", {"d": dev.device})
    assert rows == [{"outcome": "rejected", "reason": reason}] * 2  # stored: the chain goes on


def test_a_dispense_from_another_citizens_prescription_is_rejected_and_counts_nothing(live: Registry) -> None:
    dev = Device.enroll(live.address, live.code())
    rx = _prescription(live)
    other = next(c["pin"] for c in _entities(live, "citizen") if c["pin"] != rx["citizen_pin"])
    before = _quantities(live)
    assert dev.results(dev.act("dispense", _dispense(rx, pin=other))) == [("rejected", "wrong_citizen")]
    assert _quantities(live) == before
    assert dev.results(dev.act("dispense", _dispense(rx))) == [("accepted", None)]
    assert _quantities(live) != before


def test_a_meal_for_a_student_or_school_of_elsewhere_is_rejected_and_takes_no_slot(live: Registry) -> None:
    dev = Device.enroll(live.address, live.code("F1"))
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    here, there = _meal(live, "F1", served_on=tomorrow), _meal(live, "F2", served_on=tomorrow)
    acts = [
        dev.act("meal", there),  # a school of another facility
        dev.act("meal", here | {"student_id": there["student_id"]}),  # a student of another school
        dev.act("meal", here | {"session": there["session"]}),  # a session of another school
        dev.act("meal", here | {"student_id": 2**50}),  # a student the registry does not know
        dev.act("meal", here | {"served_on": "2026-02-30"}),  # not a day
        dev.act("meal", here | {"served_on": (date.today() + timedelta(days=9)).isoformat()}),  # not its day
    ]
    assert dev.results(*acts) == [
        ("rejected", "wrong_facility"),
        ("rejected", "wrong_school"),
        ("rejected", "wrong_school"),
        ("rejected", "wrong_school"),
        ("rejected", "invalid_payload"),
        ("rejected", "invalid_payload"),
    ]
    assert (
        live.one("SELECT count(*) AS n FROM meals_served WHERE device_id = :d", {"d": dev.device})["n"] == 0
    )
    assert dev.results(dev.act("meal", here)) == [("accepted", None)]


def test_implausible_audit_times_are_kept_marked_and_oversize_details_refused(live: Registry) -> None:
    dev = Device.enroll(live.address, live.code())
    head = dev.audit_head
    answer = dev.post("/v1/audit", {"entries": [dev.entry("export", {"file": "x" * 5_000_000})]})
    assert answer.status_code == 400 and "details" in answer.json()["error"]["message"]
    dev.audit_head = head
    entries = [
        dev.entry("sign_in", {}, at="yesterday"),
        dev.entry("sign_in", {}, at="0001-01-01T00:00:00+00:00"),
        dev.entry("sign_in", {}, at="9999-12-31T23:59:59+00:00"),
        dev.entry("sign_in", {}),
    ]
    answer = dev.post("/v1/audit", {"entries": entries})
    assert answer.status_code == 200 and answer.json()["stored"] == 4  # the trail goes on
    rows = live.all(
        "SELECT seq, problem FROM audit_entries WHERE device_id = :d ORDER BY seq", {"d": dev.device}
    )
    assert [r["problem"] for r in rows] == ["invalid_time", "invalid_time", "time_in_future", None]


def test_the_protocols_id_number_check_agrees_with_the_terminals() -> None:
    rng = random.Random(16)
    made = [
        make_id_number(country, date(rng.randint(1900, 2025), rng.randint(1, 12), rng.randint(1, 28)), sex, n)
        for n in range(300)
        for country, sex in (("UZ", "M"), ("KZ", "F"))
    ]
    noise = ["".join(rng.choice("0123456789") for _ in range(rng.choice((12, 14)))) for _ in range(3000)]
    for value in made + noise + [v[:-1] + str((int(v[-1]) + 1) % 10) for v in made]:
        expected = next(
            (c for c in ("UZ", "KZ") if len(value) == {"UZ": 14, "KZ": 12}[c] and is_valid(value, c)), None
        )
        assert country_of(value) == expected, value
