"""A synthetic demo site: a polyclinic with its catchment population and pharmacy,
a school with classes and free meals, a mahalla office, people entitled to technical aids, and the
five operators.

Used by ``hamyon demo`` and ``hamyon simulate`` on an empty home. Everything is
generated from a seeded random source: the same seed gives the same site.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from terminal.core.clock import Clock, SystemClock, stamp, today
from terminal.core.demo_aids import issue_entitlements
from terminal.core.demo_names import DRUGS, KZ_PRICE_DIVISOR, NAMES
from terminal.core.demo_packs import GTINS
from terminal.core.idnumbers import Country, make_id_number
from terminal.core.operators import hash_secret
from terminal.core.site import Site
from terminal.core.store import Store

FACILITIES = {
    "UZ": dict(
        id="UZ-TSH-YUN-012",
        name="Yunusobod tumani 12-oilaviy poliklinika (demo)",
        region="Tashkent city",
        district="Yunusobod",
        catchment="TSH-YUN",
        timezone="Asia/Tashkent",
        currency="UZS",
    ),
    "KZ": dict(
        id="KZ-ALA-ALM-007",
        name="Алмалы ауданы №7 қалалық емхана (демо)",
        region="Almaty city",
        district="Almaly",
        catchment="ALA-ALM",
        timezone="Asia/Almaty",
        currency="KZT",
    ),
}
OPERATORS = (
    ("nurse", "Dilnoza Rahimova", "nurse"),
    ("canteen", "Gulnora Usmonova", "canteen"),
    ("inspector", "Bekzod Tursunov", "inspector"),
    ("supervisor", "Akmal Karimov", "supervisor"),
    ("social", "Malika Yusupova", "social_worker"),
)
DEMO_PINS = {"nurse": "1111", "canteen": "2222", "inspector": "3333", "social": "5555", "supervisor": "4444"}
# name, starts, ends, price in UZS minor units
MEAL_SESSIONS = (("Breakfast", "08:30", "09:00", 800_000), ("Lunch", "12:30", "13:15", 1_500_000))
STUDENTS_PER_CLASS = 22


@dataclass(frozen=True)
class SeedSummary:
    facility: str
    country: str
    operators: int
    citizens: int
    drugs: int
    prescriptions: int
    prescription_items: int
    schools: int
    classes: int
    students: int
    meal_sessions: int
    aid_entitlements: int


def is_seeded(store: Store) -> bool:
    return bool(store.scalar("SELECT count(*) FROM facility") > 0)


def open_demo_site(
    home: Path, country: Country = "UZ", clock: Clock | None = None, elderly: int = 300
) -> tuple[Site, SeedSummary | None]:
    """Open the site in ``home``, seeding a demo site first if the store is empty."""
    store = Store.open(home)
    try:
        summary = None
        if not is_seeded(store):
            tz = ZoneInfo(FACILITIES[country]["timezone"])
            summary = seed(store, clock or SystemClock(tz), country, elderly=elderly)
        return Site(store, clock), summary
    except BaseException:
        store.close()
        raise


def seed(
    store: Store, clock: Clock, country: Country = "UZ", *, elderly: int = 300, rng_seed: int = 20261121
) -> SeedSummary:
    """Fill an empty store with a demo site, in one transaction."""
    rng = random.Random(rng_seed)
    population = _Population(rng, country, today(clock))
    at = stamp(clock)
    fac = FACILITIES[country]
    with store.write() as db:
        db.table("facility").insert(dict(fac, kind="mixed", country=country))
        db.table("device").insert(
            dict(id=f"{fac['id']}-T1", facility_id=fac["id"], name="Demo terminal 1", created_at=at)
        )
        for login, name, role in OPERATORS:
            db.table("operators").insert(
                dict(
                    login=login,
                    full_name=name,
                    role=role,
                    created_at=at,
                    secret_hash=hash_secret(DEMO_PINS[login]),
                )
            )
        price = 1 if country == "UZ" else 1 / KZ_PRICE_DIVISOR
        for code, name, form, unit, uzs, _course in DRUGS:
            db.table("drugs").insert(
                dict(
                    code=code, name=name, form=form, unit=unit, state_price=round(uzs * price), updated_at=at
                )
            )
            db.table("drug_gtins").insert_all(dict(gtin=g, drug_code=code) for g in GTINS.get(code, ()))
        restock(db, at)
        old = [population.citizen(db, at, rng.randint(60, 92)) for _ in range(elderly)]
        for _ in range(max(elderly // 4, 10)):
            population.citizen(db, at, rng.randint(25, 59))
        issue_prescriptions(db, rng, clock, old, per_citizen=(1, 2))
        classes, students = _seed_school(db, rng, population, fac, at, price)
        # A random source of their own: the rest of the demo stays as it was before aids came.
        aids = issue_entitlements(db, random.Random(rng_seed + 1), clock, old, price=price, share=0.2)
    counts = {
        t: store.scalar(f"SELECT count(*) FROM {t}")
        for t in ("operators", "citizens", "drugs", "prescriptions", "prescription_items")
    }
    return SeedSummary(
        fac["name"],
        country,
        counts["operators"],
        counts["citizens"],
        counts["drugs"],
        counts["prescriptions"],
        counts["prescription_items"],
        1,
        classes,
        students,
        len(MEAL_SESSIONS),
        aids,
    )


def restock(db: Database, at: str, below: int = 500) -> int:
    """Bring every drug below ``below`` units back to a full shelf; returns drugs restocked."""
    restocked = 0
    for code, _name, form, *_ in DRUGS:
        full = 300 if form in ("pen", "inhaler") else 20_000
        cur = db.execute("SELECT quantity FROM stock WHERE drug_code = ?", (code,)).fetchone()
        if cur is None or cur[0] < min(below, full // 2):
            db.execute(
                "INSERT INTO stock (drug_code, quantity, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT (drug_code) DO UPDATE SET quantity = excluded.quantity,"
                " updated_at = excluded.updated_at",
                (code, full, at),
            )
            restocked += 1
    return restocked


def issue_prescriptions(
    db: Database,
    rng: random.Random,
    clock: Clock,
    citizen_ids: list[int],
    per_citizen: tuple[int, int] = (1, 1),
) -> int:
    """Give each citizen new e-prescriptions as a registry would: mostly valid today."""
    on = today(clock)
    country = db.execute("SELECT country FROM facility").fetchone()[0]
    count: int = db.execute("SELECT count(*) FROM prescriptions").fetchone()[0]
    for cid in citizen_ids:
        for _ in range(rng.randint(*per_citizen)):
            count += 1
            issued = on - timedelta(days=rng.randint(0, 40))
            days = rng.choice((30, 60, 90))
            if rng.random() < 0.06:  # some have lapsed already
                issued, days = on - timedelta(days=120), 30
            pid = f"RX-{issued.year}-{count:07d}-{rng.randrange(16**4):04x}"
            db.table("prescriptions").insert(
                dict(
                    id=pid,
                    citizen_id=cid,
                    number=f"{issued.year}/{count:06d}",
                    prescriber=f"Dr {rng.choice(NAMES[country]['surnames'])}",
                    issued_on=issued.isoformat(),
                    valid_from=issued.isoformat(),
                    valid_until=(issued + timedelta(days=days)).isoformat(),
                    status="cancelled" if rng.random() < 0.03 else "active",
                )
            )
            for code, _n, _f, _u, _p, course in rng.sample(DRUGS, rng.randint(1, 3)):
                db.table("prescription_items").insert(
                    dict(
                        prescription_id=pid,
                        drug_code=code,
                        dosage="as directed",
                        qty_prescribed=course * max(days // 30, 1) if course > 5 else course,
                    )
                )
    return count


class _Population:
    """Citizens with valid, unique ID numbers for the site's country."""

    def __init__(self, rng: random.Random, country: Country, on: date) -> None:
        self.rng, self.country, self.on = rng, country, on
        self.names = NAMES[country]
        self.serial = rng.randint(100, 900)
        self.fac = FACILITIES[country]

    def citizen(self, db: Database, at: str, age: int, surname: str | None = None) -> int:
        rng, names = self.rng, self.names
        born = self.on - timedelta(days=age * 365 + rng.randint(0, 364))
        sex = rng.choice("MF")
        self.serial += rng.randint(1, 7)
        family = surname or rng.choice(names["surnames"])
        father = rng.choice(names["male"])
        citizen_id = (
            db.table("citizens")
            .insert(
                dict(
                    pin=make_id_number(self.country, born, sex, self.serial),
                    surname=family if sex == "M" else family + "a",
                    given_name=rng.choice(names["male" if sex == "M" else "female"]),
                    patronymic=f"{father} {names['son' if sex == 'M' else 'daughter']}",
                    birth_date=born.isoformat(),
                    sex=sex,
                    catchment=self.fac["catchment"],
                    address=f"{rng.choice(names['streets'])}, {rng.randint(1, 120)}",
                    updated_at=at,
                )
            )
            .last_pk
        )
        assert citizen_id is not None  # the insert gave the row its id
        return int(citizen_id)


def _seed_school(
    db: Database, rng: random.Random, population: _Population, fac: dict[str, Any], at: str, price: float
) -> tuple[int, int]:
    school_id = "SCH-045"
    name = "45-sonli maktab (demo)" if fac["currency"] == "UZS" else "№45 мектеп (демо)"
    db.table("schools").insert(dict(id=school_id, facility_id=fac["id"], name=name))
    for name, starts, ends, uzs in MEAL_SESSIONS:
        db.table("meal_sessions").insert(
            dict(
                id=f"{school_id}-{name.upper()}",
                school_id=school_id,
                name=name,
                starts_at=starts,
                ends_at=ends,
                price=round(uzs * price),
            )
        )
    students = classes = 0
    for grade in range(1, 6):
        for letter in "AB":
            class_id = f"{school_id}-{grade}{letter}"
            db.table("classes").insert(
                dict(id=class_id, school_id=school_id, name=f"{grade}-{letter}", grade=grade)
            )
            classes += 1
            for _ in range(STUDENTS_PER_CLASS):
                cid = population.citizen(db, at, grade + 6)
                low_income = rng.random() < 0.25
                eligible = grade <= 4 or low_income  # primary grades eat free; older: low-income only
                db.table("students").insert(
                    dict(
                        citizen_id=cid,
                        class_id=class_id,
                        meal_eligible=int(eligible),
                        eligibility_basis="primary grade"
                        if grade <= 4
                        else ("low-income family" if low_income else ""),
                    )
                )
                students += 1
    return classes, students
