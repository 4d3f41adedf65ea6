"""``hamyon setup``: the terminal's key pair, its enrollment at the registry, its identity.

The private key is generated here and written to ``HOME/keys/device.key``
(mode 0600); only the public half leaves the terminal. The facility the
registry enrolled the device into is recorded with the device, in one
transaction; the first pull then brings operators, citizens, templates,
prescriptions, rosters.
"""

from __future__ import annotations

import json
import socket
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from sync.errors import AlreadyEnrolled, HomeNotEmpty, KeyMissing, NotEnrolled, PlainHttpRefused
from sync.protocol import on_this_computer, times
from sync.protocol.models import EnrollRequest
from sync.protocol.signing import DeviceKey
from terminal.core.store import Store
from terminal.sync_client.link import RegistryLink
from terminal.sync_client.registry_key import remember_key
from terminal.sync_client.tls import CA_SETTING, PIN_SETTING, Trust

KEY_FILE = Path("keys") / "device.key"


@dataclass(frozen=True)
class Identity:
    device: str
    facility: str
    registry: str
    key: DeviceKey
    trust: Trust = field(default_factory=Trust)


def key_path(store: Store) -> Path:
    return store.path.parent / KEY_FILE


def identity(store: Store) -> Identity:
    """This terminal as the registry knows it; NotEnrolled or KeyMissing otherwise."""
    row = store.one(
        "SELECT id, facility_id, registry_url FROM device WHERE registered_at IS NOT NULL"
        " AND registry_url IS NOT NULL LIMIT 1"
    )
    if row is None:
        raise NotEnrolled()
    path = key_path(store)
    try:
        key = DeviceKey.load(path)
    except (OSError, ValueError) as exc:
        raise KeyMissing(path=str(path)) from exc
    return Identity(row["id"], row["facility_id"], row["registry_url"], key, trust(store))


def trust(store: Store) -> Trust:
    """The registry's CA bundle and certificate pin, as set up (None: the system store, no pin)."""
    values = {}
    for name in (CA_SETTING, PIN_SETTING):
        raw = store.scalar("SELECT value FROM settings WHERE key = ?", (name,))
        values[name] = json.loads(raw) if raw else None
    return Trust(ca=values[CA_SETTING], pin=values[PIN_SETTING])


def enroll(
    store: Store,
    registry: str,
    code: str,
    clock: times.Clock,
    name: str | None = None,
    trust: Trust | None = None,
    allow_http: bool = False,
) -> Identity:
    """Enroll this (empty) terminal with a one-time code; records the device and its facility, and
    the registry's CA bundle and certificate pin when given (``trust``). A plain http:// registry
    on another computer is refused before anything is sent, unless ``allow_http`` (a closed test
    network)."""
    if urlsplit(registry).scheme.lower() == "http" and not on_this_computer(registry) and not allow_http:
        raise PlainHttpRefused(url=registry)
    _check_empty(store)
    trust = trust or Trust()
    key = DeviceKey.generate()
    name = name or f"Hamyon terminal on {socket.gethostname()}"
    link = RegistryLink(registry, clock, trust=trust)
    try:
        answer = link.enroll(EnrollRequest(code=code.strip(), public_key=key.public_key, device_name=name))
    finally:
        link.close()
    key.save(key_path(store))  # before the store names the device: never a device without its key
    at = times.iso(clock.now())
    facility = answer.facility.model_dump()
    with store.write() as db:
        db.execute(
            "INSERT INTO facility (id, name, kind, country, region, district, catchment, timezone, currency)"
            " VALUES (:id, :name, :kind, :country, :region, :district, :catchment, :timezone, :currency)"
            " ON CONFLICT (id) DO NOTHING",
            facility,
        )
        db.execute("DELETE FROM device WHERE registered_at IS NULL")
        db.execute(
            "INSERT INTO device (id, facility_id, name, created_at, registry_url, registered_at, public_key)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (answer.device_id, facility["id"], name, at, registry.rstrip("/"), at, key.public_key),
        )
        if answer.bundle_key is not None:
            remember_key(db, answer.bundle_key)
        for setting, value in ((CA_SETTING, trust.ca), (PIN_SETTING, trust.pin)):
            if value:
                db.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?)"
                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (setting, json.dumps(value)),
                )
    return Identity(answer.device_id, facility["id"], registry.rstrip("/"), key, trust)


def _check_empty(store: Store) -> None:
    enrolled = store.one("SELECT id, registry_url FROM device WHERE registered_at IS NOT NULL LIMIT 1")
    if enrolled:
        raise AlreadyEnrolled(registry=enrolled["registry_url"], device=enrolled["id"])
    facility = store.one("SELECT name FROM facility LIMIT 1")
    if facility or store.scalar("SELECT count(*) FROM transactions"):
        raise HomeNotEmpty(facility=facility["name"] if facility else "acts recorded offline")


def move_to_registry(store: Store, registry: str, code: str, clock: times.Clock) -> Identity:
    """Enroll this terminal's existing key at another registry (a registry moved; benchmarks).

    The acts already recorded keep their chain; the new registry receives them all.
    """
    current = identity(store)
    link = RegistryLink(registry, clock, trust=current.trust)
    try:
        answer = link.enroll(EnrollRequest(code=code.strip(), public_key=current.key.public_key))
    finally:
        link.close()
    with store.write() as db:
        db.execute(
            "UPDATE device SET id = ?, registry_url = ?, registered_at = ? WHERE id = ?",
            (answer.device_id, registry.rstrip("/"), times.iso(clock.now()), current.device),
        )
        db.execute("UPDATE outbox SET state = 'queued', registry_status = NULL, synced_at = NULL")
        db.execute("DELETE FROM sync_cursors")
    return Identity(answer.device_id, current.facility, registry.rstrip("/"), current.key, current.trust)
