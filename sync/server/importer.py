"""``hamyon registry import``: real lists (CSV or JSON) and face photos into the registry.

A JSON file holds an object of lists keyed by kind (``citizens``, ``prescriptions``
...) and optionally ``removals``; a CSV file holds one kind (``--kind``), one
row per record (prescriptions: one row per item). Each record is checked
against the protocol's entity model; a bad record is reported (by position,
never by ID number or name) and skipped, the rest is imported in one
transaction per file. Photos become templates through the encoder the caller
passes in (the command line lazily wires in ``biometrics.encode_photo``).
"""

from __future__ import annotations

import base64
import csv
import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from sync.errors import ImportFailed, SyncError
from sync.protocol import models, times
from sync.server import records
from sync.server.db import RegistryDB, Tx

Encoder = Callable[[Path], bytes]  # a photo -> 512 bytes (128 float32 little-endian)
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")
KINDS: dict[str, type[models.Model]] = {
    "citizens": models.CitizenData,
    "templates": models.TemplateData,
    "drugs": models.DrugData,
    "prescriptions": models.PrescriptionData,
    "aid_entitlements": models.AidEntitlementData,
    "deliveries": models.DeliveryData,
    "operators": models.OperatorData,
    "schools": models.SchoolData,
    "classes": models.ClassData,
    "meal_sessions": models.MealSessionData,
    "students": models.StudentData,
    "decisions": models.DecisionData,
}
# In dependency order: a prescription or an aid entitlement needs its citizen, a student their class.
ORDER = tuple(KINDS)
FACILITY_KINDS = {"deliveries", "operators", "schools", "classes", "meal_sessions", "students", "decisions"}
_INT_FIELDS = {
    "state_price",
    "state_cost",
    "quantity",
    "grade",
    "price",
    "qty_prescribed",
    "qty_dispensed",
    "id",
}
_BOOL_FIELDS = {"active", "meal_eligible"}


@dataclass
class ImportReport:
    imported: Counter[str] = field(default_factory=Counter)
    rejected: list[dict[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"imported": dict(self.imported), "rejected": self.rejected}


def import_file(
    db: RegistryDB, path: Path, clock: times.Clock, kind: str | None = None, facility: str | None = None
) -> ImportReport:
    batches = _read(path, kind)
    report = ImportReport()
    at = times.iso(clock.now())
    with db.transaction() as tx:
        if facility is not None:
            records.facility_or_fail(tx, facility)
        for name in ORDER:
            for n, raw in enumerate(batches.get(name, ()), start=1):
                _one(tx, report, name, raw, f"{path.name}:{name}[{n}]", facility, at)
        for name, keys in (batches.get("removals") or {}).items():
            for key in keys:
                _remove(tx, report, name, str(key), at)
    return report


def _one(
    tx: Tx, report: ImportReport, kind: str, raw: Any, where: str, facility: str | None, at: str
) -> None:
    if kind in FACILITY_KINDS and facility is None:
        report.rejected.append({"where": where, "reason": f"--facility is needed to import {kind}"})
        return
    try:
        data = KINDS[kind].model_validate(raw).model_dump()
        _write(tx, kind, data, facility or "", at)
    except ValidationError as exc:
        first = exc.errors()[0]
        reason = f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"
        report.rejected.append({"where": where, "reason": reason})
        return
    except SyncError as exc:
        report.rejected.append({"where": where, "reason": exc.params.get("reason", exc.message)})
        return
    report.imported[kind] += 1


def _write(tx: Tx, kind: str, data: dict[str, Any], facility: str, at: str) -> None:
    if kind == "citizens":
        records.put_citizen(tx, data, at)
    elif kind == "templates":
        if len(base64.b64decode(data["encoding"])) != 512:
            raise ImportFailed(source="template", reason="the encoding is not 128 float32 values")
        records.put_template(tx, data, at)
    elif kind == "drugs":
        records.put_drug(tx, data, at)
    elif kind == "prescriptions":
        records.put_prescription(tx, data, at)
    elif kind == "aid_entitlements":
        records.put_aid_entitlement(tx, data, at)
    elif kind == "students":
        records.put_student(tx, facility, data, at)
    elif kind == "decisions":
        records.put_decision(tx, facility, data, at)
    else:
        writer = {
            "deliveries": records.put_delivery,
            "operators": records.put_operator,
            "schools": records.put_school,
            "classes": records.put_class,
            "meal_sessions": records.put_meal_session,
        }[kind]
        writer(tx, facility, data, at)


def _remove(tx: Tx, report: ImportReport, kind: str, key: str, at: str) -> None:
    remover = {
        "citizens": records.remove_citizen,
        "templates": records.revoke_template,
        "prescriptions": records.cancel_prescription,
        "aid_entitlements": records.cancel_aid_entitlement,
    }.get(kind)
    if remover is None:
        reason = "only citizens, templates, prescriptions, aid_entitlements"
        report.rejected.append({"where": f"removals.{kind}", "reason": reason})
    elif remover(tx, key, at):
        report.imported[f"removed_{kind}"] += 1


# --- reading files -------------------------------------------------------------------------------


def _read(path: Path, kind: str | None) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportFailed(source=str(path), reason=f"it cannot be read ({exc})") from exc
    if path.suffix.lower() == ".json":
        try:
            value = json.loads(text)
        except ValueError as exc:
            raise ImportFailed(source=str(path), reason=f"it is not valid JSON ({exc})") from exc
        if isinstance(value, list):
            return {_kind(path, kind): value}
        if isinstance(value, dict) and set(value) <= {*KINDS, "removals"}:
            return value
        raise ImportFailed(source=str(path), reason=f"expected a list or an object of {', '.join(KINDS)}")
    if path.suffix.lower() == ".csv":
        rows = [_typed(r) for r in csv.DictReader(text.splitlines())]
        name = _kind(path, kind)
        return {name: _group_items(rows) if name == "prescriptions" else rows}
    raise ImportFailed(source=str(path), reason="only .csv and .json files can be imported")


def _kind(path: Path, kind: str | None) -> str:
    name = kind or path.stem
    if name not in KINDS:
        raise ImportFailed(source=str(path), reason=f"say which kind it holds (--kind {'|'.join(KINDS)})")
    return name


def _typed(row: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in row.items():
        value = (value or "").strip()
        if key in _INT_FIELDS or (key.startswith("item_") and key[5:] in _INT_FIELDS):
            out[key] = int(value) if value.lstrip("-").isdigit() else value or None
        elif key in _BOOL_FIELDS:
            out[key] = value.lower() in ("1", "true", "yes")
        else:
            out[key] = value
    return {k: v for k, v in out.items() if v is not None}


def _group_items(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Prescription CSV rows (one per item, item fields prefixed ``item_``) into prescriptions."""
    grouped: dict[str, dict[str, Any]] = {}
    for row in rows:
        head = {k: v for k, v in row.items() if not k.startswith("item_")}
        item = {k[5:]: v for k, v in row.items() if k.startswith("item_")}
        grouped.setdefault(str(head.get("id")), {**head, "items": []})["items"].append(item)
    return list(grouped.values())


# --- photos ------------------------------------------------------------------------------------------


def import_photos(db: RegistryDB, folder: Path, encode: Encoder, clock: times.Clock) -> ImportReport:
    """``FOLDER/<ID number>.jpg`` (or ``FOLDER/<ID number>/*.jpg``): one template per photo."""
    report = ImportReport()
    photos = sorted(p for p in folder.rglob("*") if p.suffix.lower() in PHOTO_SUFFIXES)
    encoded = []
    for n, photo in enumerate(photos, start=1):
        pin = photo.stem if photo.parent == folder else photo.parent.name
        where = f"photo {n} of {len(photos)} (…{pin[-4:]})"
        try:
            encoding = encode(photo)
        except Exception as exc:  # the encoder's typed error; its message may name the file (an ID number)
            report.rejected.append({"where": where, "reason": str(getattr(exc, "code", type(exc).__name__))})
            continue
        digest = hashlib.sha256(photo.read_bytes()).hexdigest()[:20]
        encoded.append((where, pin, f"PHOTO-{digest}", base64.b64encode(encoding).decode("ascii")))
    at = times.iso(clock.now())
    with db.transaction() as tx:
        for where, pin, tid, encoding_b64 in encoded:
            raw = {"id": tid, "citizen_pin": pin, "encoding": encoding_b64, "created_at": at}
            _one(tx, report, "templates", raw, where, None, at)
    return report
