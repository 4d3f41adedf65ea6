"""A realistic synthetic registry for one facility: staff, pharmacy, catchment population with
face templates and e-prescriptions, a school with classes, rosters and meal sessions, a social
worker and the technical aids some people are entitled to (:mod:`sync.server.seed_aids`).

The registry knows nothing of how ID numbers are built: the caller passes a
:class:`People` (the command line wires in the terminal's ID-number and name
modules), which keeps ``sync.server`` free of ``terminal`` imports.
"""

from __future__ import annotations

import base64
import random
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import numpy as np
from argon2 import PasswordHasher

from sync.errors import ImportFailed
from sync.protocol import times
from sync.server import publish, records, seed_aids
from sync.server.db import RegistryDB, Tx
from sync.server.publish import ALL, catchment_scope, facility_scope

TIMEZONES = {
    "UZ": ("Asia/Tashkent", "UZS", "Tashkent city", "Yunusobod"),
    "KZ": ("Asia/Almaty", "KZT", "Almaty city", "Almaly"),
}
_HASHER = PasswordHasher()  # argon2id
STAFF = (("nurse", "nurse"), ("canteen", "canteen"), ("inspector", "inspector"), ("supervisor", "supervisor"))
SOCIAL_WORKER = ("social", "social_worker")  # seeded after the rest, from the aids' random stream
# A synthetic registry's staff sign in with these PINs (the registry keeps only their argon2id hashes).
SYNTHETIC_PINS = {
    "nurse": "1111",
    "canteen": "2222",
    "inspector": "3333",
    "social": "5555",
    "supervisor": "4444",
}
# What a synthetic registry calls its polyclinic and school, in the country's language.
SITE_NAMES = {
    "UZ": ("{fid} oilaviy poliklinikasi (sintetik)", "{fid} 1-sonli maktabi (sintetik)"),
    "KZ": ("{fid} отбасылық емханасы (синтетикалық)", "{fid} №1 мектебі (синтетикалық)"),
}
SESSIONS = (
    ("BREAKFAST", "Breakfast", "08:30", "09:00", 800_000),
    ("LUNCH", "Lunch", "12:30", "13:15", 1_500_000),
)


@dataclass(frozen=True)
class People:
    """What the seed needs to invent people: valid ID numbers, names, the drug and aid lists."""

    make_pin: Callable[[str, date, str, int], str]  # (country, birth date, sex, serial) -> ID number
    names: Mapping[str, Any]  # male, female, surnames, son, daughter, streets
    drugs: Sequence[tuple[str, str, str, str, int, int]]  # code, name, form, unit, price, course
    aids: Sequence[tuple[str, str, str, int]] = ()  # code, name, category, state cost (none: no aids)
    gtins: Mapping[str, Sequence[str]] = field(default_factory=dict)  # drug code -> its packs' GTINs
    price_factor: float = 1.0


@dataclass
class SeedSummary:
    facility: str
    citizens: int = 0
    templates: int = 0
    prescriptions: int = 0
    students: int = 0
    aid_entitlements: int = 0
    changes: int = 0


def seed(
    db: RegistryDB,
    facility_id: str,
    citizens: int,
    people: People,
    clock: times.Clock,
    country: str = "UZ",
    templates: bool = True,
    rng_seed: int = 20261121,
) -> SeedSummary:
    """Create ``facility_id`` with ``citizens`` people in its catchment, in one transaction."""
    rng = random.Random(f"{rng_seed}:{facility_id}")
    with db.transaction() as tx:
        if publish.facility(tx, facility_id) is not None:
            raise ImportFailed(source=f"facility {facility_id}", reason="it is in the registry already")
        builder = _Builder(tx, rng, facility_id, country, people, clock)
        builder.site()
        builder.population(citizens, templates)
        builder.school()
        builder.aids(random.Random(f"{rng_seed}:{facility_id}:aids"))
        summary = builder.summary
        summary.changes = len(tx._changes)
    return summary


class _Builder:
    def __init__(
        self, tx: Tx, rng: random.Random, facility_id: str, country: str, people: People, clock: times.Clock
    ) -> None:
        self.tx, self.rng, self.fid, self.country, self.people = tx, rng, facility_id, country, people
        self.now = clock.now()
        self.at = times.iso(self.now)
        self.today = self.now.date()
        tz, currency, region, district = TIMEZONES[country]
        self.catchment = f"{facility_id}-AREA"
        self.facility = dict(
            id=facility_id,
            name=SITE_NAMES[country][0].format(fid=facility_id),
            kind="mixed",
            country=country,
            region=region,
            district=district,
            catchment=self.catchment,
            timezone=tz,
            currency=currency,
        )
        self.summary = SeedSummary(facility_id)
        # zlib.crc32, not hash(): a str's hash differs from process to process, the seed must not
        self.serial = rng.randint(100, 900) + zlib.crc32(facility_id.encode()) % 1000 * 100
        self.children: list[str] = []
        self.ages: list[tuple[str, int]] = []  # (ID number, age) of everyone, for the aids
        self.rx_count = 0

    def site(self) -> None:
        tx, at, fid = self.tx, self.at, self.fid
        records.put_facility(tx, self.facility, at)
        names = self.people.names
        for login, role in STAFF:
            full = f"{self.rng.choice(names['surnames'])}a {self.rng.choice(names['female'])}"  # staff: women
            staff = {"login": login, "full_name": full, "role": role, "active": True}
            records.put_operator(tx, fid, staff | {"secret_hash": _HASHER.hash(SYNTHETIC_PINS[login])}, at)
        for code, name, form, unit, price, _course in self.people.drugs:
            drug = dict(
                code=code,
                name=name,
                form=form,
                unit=unit,
                state_price=round(price * self.people.price_factor),
                gtins=list(self.people.gtins.get(code, ())),
            )
            publish.put(tx, "drug", code, drug | {"updated_at": at}, ALL, at)
            quantity = 300 if form in ("pen", "inhaler") else 20_000
            delivery = {
                "id": f"{fid}-DLV-{code}-1",
                "drug_code": code,
                "quantity": quantity,
                "delivered_at": at,
            }
            records.put_delivery(tx, fid, delivery, at)

    def population(self, count: int, templates: bool) -> None:
        rng, names = self.rng, self.people.names
        scope = catchment_scope(self.catchment)
        rows, faces, prescriptions = [], [], []
        encodings = _encodings(count, rng.randrange(2**32)) if templates else None
        for n in range(count):
            roll = rng.random()
            age = (
                rng.randint(60, 92)
                if roll < 0.3
                else rng.randint(6, 11)
                if roll < 0.42
                else rng.randint(18, 59)
            )
            born = self.today - timedelta(days=age * 365 + rng.randint(0, 364))
            sex = rng.choice("MF")
            self.serial += rng.randint(1, 3)
            pin = self.people.make_pin(self.country, born, sex, self.serial)
            family = rng.choice(names["surnames"])
            citizen = dict(
                pin=pin,
                surname=family if sex == "M" else family + "a",
                given_name=rng.choice(names["male" if sex == "M" else "female"]),
                patronymic=f"{rng.choice(names['male'])} {names['son' if sex == 'M' else 'daughter']}",
                birth_date=born.isoformat(),
                sex=sex,
                catchment=self.catchment,
                address=f"{rng.choice(names['streets'])}, {rng.randint(1, 120)}",
                updated_at=self.at,
            )
            rows.append((pin, citizen, scope, pin))
            self.ages.append((pin, age))
            if encodings is not None:
                tid = f"{self.fid}-T{n + 1:07d}"
                enc = base64.b64encode(encodings[n].tobytes()).decode("ascii")
                faces.append(
                    (tid, {"id": tid, "citizen_pin": pin, "encoding": enc, "created_at": self.at}, scope, pin)
                )
            if age >= 60:
                prescriptions += self._prescriptions(pin, scope)
            elif age <= 11:
                self.children.append(pin)
        publish.put_new(self.tx, "citizen", rows, self.at)
        publish.put_new(self.tx, "template", faces, self.at)
        publish.put_new(self.tx, "prescription", prescriptions, self.at)
        self.summary.citizens, self.summary.templates = len(rows), len(faces)
        self.summary.prescriptions = len(prescriptions)

    def _prescriptions(self, pin: str, scope: str) -> list[tuple[str, dict[str, Any], str, str]]:
        rng, out = self.rng, []
        for _ in range(rng.randint(1, 2)):
            self.rx_count += 1
            n = self.rx_count
            issued = self.today - timedelta(days=rng.randint(0, 40))
            days = rng.choice((30, 60, 90))
            if rng.random() < 0.06:
                issued, days = self.today - timedelta(days=120), 30
            pid = f"RX-{self.fid}-{n:07d}-{rng.randrange(16**4):04x}"
            drugs = rng.sample(list(self.people.drugs), rng.randint(1, 3))
            first = self.tx.allocate("rx_items", len(drugs))
            items = []
            for i, (code, *_rest, course) in enumerate(drugs):
                qty = course * max(days // 30, 1) if course > 5 else course
                items.append(
                    {"id": first + i, "drug_code": code, "dosage": "as directed", "qty_prescribed": qty}
                )
            self.tx.many(
                "INSERT INTO rx_items (id, prescription_id, drug_code, qty_prescribed)"
                " VALUES (:id, :p, :d, :q)",
                [{"id": it["id"], "p": pid, "d": it["drug_code"], "q": it["qty_prescribed"]} for it in items],
            )
            data = dict(
                id=pid,
                citizen_pin=pin,
                number=f"{issued.year}/{n:06d}",
                prescriber=f"Dr {rng.choice(self.people.names['surnames'])}",
                issued_on=issued.isoformat(),
                valid_from=issued.isoformat(),
                valid_until=(issued + timedelta(days=days)).isoformat(),
                status="cancelled" if rng.random() < 0.03 else "active",
                items=items,
            )
            out.append((pid, data, scope, pin))
        return out

    def school(self) -> None:
        tx, at, fid, rng = self.tx, self.at, self.fid, self.rng
        school = f"{fid}-SCH1"
        name = SITE_NAMES[self.country][1].format(fid=fid)
        records.put_school(tx, fid, {"id": school, "name": name}, at)
        for key, name, starts, ends, price in SESSIONS:
            session = dict(
                id=f"{school}-{key}",
                school_id=school,
                name=name,
                starts_at=starts,
                ends_at=ends,
                price=round(price * self.people.price_factor),
                active=True,
            )
            records.put_meal_session(tx, fid, session, at)
        classes = [(f"{school}-{g}{letter}", f"{g}-{letter}", g) for g in range(1, 6) for letter in "AB"]
        for cid, name, grade in classes:
            records.put_class(tx, fid, {"id": cid, "school_id": school, "name": name, "grade": grade}, at)
        first = tx.allocate("students", max(len(self.children), 1))
        rows = []
        for i, pin in enumerate(self.children):
            cid, _name, grade = classes[i % len(classes)]
            low_income = rng.random() < 0.25
            student = dict(
                id=first + i,
                citizen_pin=pin,
                class_id=cid,
                meal_eligible=grade <= 4 or low_income,
                eligibility_basis="primary grade"
                if grade <= 4
                else ("low-income family" if low_income else ""),
                active=True,
            )
            rows.append((str(first + i), student, facility_scope(fid), pin))
        publish.put_new(tx, "student", rows, at)
        self.summary.students = len(rows)

    def aids(self, rng: random.Random) -> None:
        """The facility's social worker, and the entitlements to technical aids of its people."""
        login, role = SOCIAL_WORKER
        names = self.people.names
        full = f"{rng.choice(names['surnames'])}a {rng.choice(names['female'])}"
        staff = {"login": login, "full_name": full, "role": role, "active": True}
        records.put_operator(
            self.tx, self.fid, staff | {"secret_hash": _HASHER.hash(SYNTHETIC_PINS[login])}, self.at
        )
        self.summary.aid_entitlements = seed_aids.issue(
            self.tx,
            rng,
            self.fid,
            self.ages,
            self.people.aids,
            catchment_scope(self.catchment),
            self.today,
            self.at,
            self.people.price_factor,
        )


def _encodings(count: int, seed: int) -> np.ndarray:
    """Face-like 128-d encodings: dlib's are roughly normal around 0 with norm near 1."""
    gen = np.random.default_rng(seed)
    vectors = gen.normal(0.0, 0.09, size=(count, 128)).astype("<f4")
    return vectors
