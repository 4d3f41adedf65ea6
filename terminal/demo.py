"""The demo site: an embedded registry on SQLite, a seeded population, this terminal enrolled at it.

``hamyon demo`` prepares it and opens the window. ``--faces DIR`` (one folder
per person) enrolls those people as demo citizens, with face templates made
from their photos and active prescriptions, so that a camera showing one of
them identifies them and their medicines are ready to dispense.
"""

from __future__ import annotations

import base64
import contextlib
import random
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sync.protocol.times import UtcClock
from terminal.core.store import Store

if TYPE_CHECKING:
    import numpy as np

    from sync.server.db import RegistryDB, Tx

CITIZENS = 400
DEMO_PORT = 8470  # the embedded registry's port when it is free (the terminal follows it when it moves)
PHOTOS_PER_PERSON = 3
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")
Say = Callable[[str], None]


@dataclass
class DemoSite:
    home: Path
    registry: object  # sync.server.embedded.EmbeddedRegistry, running
    faces: list[str] = field(default_factory=list)  # names of the people enrolled from --faces
    skipped_photos: int = 0

    def stop(self) -> None:
        self.registry.stop()  # type: ignore[attr-defined]


def registry_url(home: Path) -> str:
    return f"sqlite:///{Path(home) / 'registry' / 'registry.db'}"


def facility_id(country: str) -> str:
    return f"DEMO-{country}-001"


def prepare(
    home: Path,
    faces: Path | None = None,
    say: Say = lambda _text: None,
    country: str = "UZ",
    port: int | None = DEMO_PORT,
) -> DemoSite:
    """Seed the registry (first time), add the --faces people, serve it, enroll and sync this terminal.
    ``port``: where the registry listens when that port is free (None: any free port)."""
    from sync.server.db import RegistryDB
    from sync.server.embedded import EmbeddedRegistry
    from sync.server.schema import migrate

    home = Path(home)
    (home / "registry").mkdir(parents=True, exist_ok=True)
    clock = UtcClock()
    db = RegistryDB(registry_url(home))
    migrate(db)
    facility = _registry_facility(db) or facility_id(country)
    if _registry_facility(db) is None:
        say("Seeding the demo registry …")
        from sync.server.seed import seed

        seed(db, facility, CITIZENS, demo_people(country), clock, country)
    site = DemoSite(home, None)
    if faces is not None:
        site.faces, site.skipped_photos = add_face_people(db, facility, Path(faces), clock, say)
    site.registry = EmbeddedRegistry(db, port=port).start()
    say("Connecting this terminal …")
    _enroll_or_move(home, db, facility, site.registry.url, clock)  # type: ignore[attr-defined]
    return site


def demo_people(country: str):
    """The terminal's ID-number generator and name lists, handed to the registry's seed."""
    from sync.server.seed import People
    from terminal.core.demo_aids import AIDS
    from terminal.core.demo_names import DRUGS, KZ_PRICE_DIVISOR, NAMES
    from terminal.core.demo_packs import GTINS
    from terminal.core.idnumbers import make_id_number

    return People(
        make_pin=make_id_number,  # type: ignore[arg-type]
        names=NAMES[country],
        drugs=DRUGS,
        aids=AIDS,
        gtins=GTINS,
        price_factor=1.0 if country == "UZ" else 1 / KZ_PRICE_DIVISOR,
    )


def _registry_facility(db: RegistryDB) -> str | None:
    """The demo registry's one facility, once seeded."""
    with db.transaction() as tx:
        row = tx.one("SELECT key FROM entities WHERE entity = 'facility' ORDER BY key LIMIT 1", {})
    return row["key"] if row else None


def add_face_people(
    db: RegistryDB, facility: str, folder: Path, clock: UtcClock, say: Say
) -> tuple[list[str], int]:
    """Each sub-folder a person: a citizen of the demo catchment with templates and prescriptions."""
    from biometrics import encode_photo
    from biometrics.errors import BiometricsError
    from sync.protocol import times
    from terminal.core.idnumbers import make_id_number

    people = sorted(p for p in folder.iterdir() if p.is_dir())
    names, skipped = [], 0
    at = times.iso(clock.now())
    for n, person in enumerate(people, start=1):
        say(f"Enrolling demo faces: {n} of {len(people)} …")
        words = [w.capitalize() for w in person.name.replace("-", "_").split("_") if w]
        rng = random.Random(zlib.crc32(person.name.encode()))
        born = date(rng.randint(1938, 1958), rng.randint(1, 12), rng.randint(1, 28))
        pin = make_id_number("UZ", born, "M", 5000 + zlib.crc32(person.name.encode()) % 4000)
        templates = []
        for photo in sorted(p for p in person.iterdir() if p.suffix.lower() in PHOTO_SUFFIXES)[
            :PHOTOS_PER_PERSON
        ]:
            try:
                templates.append(encode_photo(photo))
            except BiometricsError:
                skipped += 1
        if not templates:
            continue
        with db.transaction() as tx:
            _put_person(tx, facility, pin, words, born, templates, clock.now().date(), at)
        names.append(" ".join(words))
    return names, skipped


def _put_person(
    tx: Tx,
    facility: str,
    pin: str,
    words: list[str],
    born: date,
    templates: list[np.ndarray],
    today: date,
    at: str,
) -> None:
    from sync.server import records

    catchment = f"{facility}-AREA"
    records.put_citizen(
        tx,
        dict(
            pin=pin,
            surname=words[-1],
            given_name=" ".join(words[:-1]),
            patronymic="",
            birth_date=born.isoformat(),
            sex="M",
            catchment=catchment,
            address="Demo street, 1",
            updated_at=at,
        ),
        at,
    )
    for i, encoding in enumerate(templates, start=1):
        data = {
            "id": f"DEMO-FACE-{pin}-{i}",
            "citizen_pin": pin,
            "created_at": at,
            "encoding": base64.b64encode(encoding.astype("<f4").tobytes()).decode("ascii"),
        }
        records.put_template(tx, data, at)
    records.put_prescription(
        tx,
        {
            "id": f"RX-DEMO-{pin}",
            "citizen_pin": pin,
            "number": f"DEMO/{pin[-6:]}",
            "prescriber": "Saidov A. A.",
            "issued_on": (today - timedelta(days=5)).isoformat(),
            "valid_from": (today - timedelta(days=5)).isoformat(),
            "valid_until": (today + timedelta(days=55)).isoformat(),
            "status": "active",
            "items": [
                {"drug_code": "AML5", "dosage": "kuniga 1 tabletka", "qty_prescribed": 60},
                {"drug_code": "MET500", "dosage": "kuniga 2 tabletka", "qty_prescribed": 120},
            ],
        },
        at,
    )


def _enroll_or_move(home: Path, db: RegistryDB, facility: str, address: str, clock: UtcClock) -> None:
    from sync.errors import SyncError
    from sync.server.enroll import issue_code
    from terminal.sync_client.cycle import sync_once
    from terminal.sync_client.enroll import enroll

    with Store.open(home) as store:
        device = store.one("SELECT id, registry_url FROM device LIMIT 1")
        if device is None:
            with db.transaction() as tx:
                code = issue_code(tx, facility, clock)
            enroll(store, address, code, clock, "Demo terminal")
        elif device["registry_url"] != address:  # the demo registry came up on another port
            with store.write() as w:
                w.execute("UPDATE device SET registry_url = ?", (address,))
        with contextlib.suppress(SyncError):  # the window shows the state; the scheduler tries again
            sync_once(store, clock)
