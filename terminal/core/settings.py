"""Declared, typed site settings with defaults per country; stored as JSON in ``settings``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from biometrics.phrases import Phrase, term
from terminal.core import audit
from terminal.core.clock import Clock, stamp
from terminal.core.errors import InvalidInput
from terminal.core.roles import Operator, require
from terminal.core.store import Store


@dataclass(frozen=True)
class Setting:
    key: str
    kind: type
    defaults: dict[str, Any]  # country -> default value
    description: str  # also what the operator reads in "{field}: {reason}." when a value is refused
    limits: tuple[int, int] | None = None  # the lowest and highest value allowed, for numbers


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting(
            "low_income_threshold",
            int,
            # Monthly per-capita income, minor units: UZ's minimum consumer spending,
            # KZ's poverty line (70 % of the subsistence minimum).
            {"UZ": 64_800_000, "KZ": 3_236_000},
            term("Per-capita monthly income at or below which a family counts as low-income"),
        ),
        Setting(
            "asset_value_limit",
            int,
            {"UZ": 30_000_000_000, "KZ": 1_200_000_000},
            term("Total declared asset value above which material aid is not recommended"),
        ),
        Setting(
            "idle_lock_minutes",
            int,
            # A nurse steps away from a screen full of a patient's data: it locks itself.
            {"UZ": 5, "KZ": 5},
            term("Minutes without use after which the terminal locks its screen"),
            limits=(1, 60),
        ),
        # Retention (terminal.core.retention), in days; 0 keeps forever.
        Setting(
            "retention_template_days",
            int,
            {"UZ": 730, "KZ": 730},
            term("Days after which the face templates of a citizen not seen here are erased"),
        ),
        Setting(
            "retention_transaction_days",
            int,
            {"UZ": 400, "KZ": 400},
            term("Days after which acts the registry holds are removed from this terminal"),
        ),
        Setting(
            "retention_audit_days",
            int,
            {"UZ": 1095, "KZ": 1095},
            term("Days after which audit entries the registry holds are removed from this terminal"),
        ),
        Setting(
            "retention_draft_days",
            int,
            # A draft holds a family's ID numbers, incomes and property and never leaves the terminal.
            {"UZ": 90, "KZ": 90},
            term("Days after which application drafts not touched since are discarded"),
        ),
        # Medicine packs (terminal.core.packs): a clinic without scanners leaves it off.
        Setting(
            "scan_packs",
            bool,
            {"UZ": False, "KZ": False},
            term("Every medicine pack is scanned at hand-out (the square code on it)"),
        ),
        Setting(
            "pack_scanner_gs",
            str,
            # What a USB scanner types for the code's group separator, if not the character itself.
            {"UZ": "", "KZ": ""},
            term("The character the pack scanner types for a group separator"),
        ),
        # Spoken guidance (terminal.voice): the Face-ID instructions said aloud in the elderly mode.
        Setting(
            "spoken_guidance",
            bool,
            {"UZ": True, "KZ": True},
            term("The Face-ID instructions are spoken aloud in the elderly mode"),
        ),
        Setting(
            "guidance_volume",
            int,
            {"UZ": 80, "KZ": 80},
            term("Loudness of the spoken guidance, in percent"),
            limits=(0, 100),
        ),
    )
}


_KIND_WORDS: dict[type, str] = {
    int: term("it must be a whole number"),
    float: term("it must be a number"),
    bool: term("it must be yes or no"),
    str: term("it must be text"),
}


def problem(setting: Setting, value: Any) -> str | None:
    """Why ``value`` cannot be this setting (of the wrong kind, out of its limits), or None."""
    if not isinstance(value, setting.kind) or (isinstance(value, bool) and setting.kind is not bool):
        return _KIND_WORDS[setting.kind]
    if setting.limits is not None:
        low, high = setting.limits
        if not (isinstance(value, int | float) and low <= value <= high):
            return Phrase("it must be from {low} to {high}", {"low": low, "high": high})
    return None


def get(store: Store, key: str, country: str) -> Any:
    setting = SETTINGS[key]
    raw = store.scalar("SELECT value FROM settings WHERE key = ?", (key,))
    return setting.defaults[country] if raw is None else setting.kind(json.loads(raw))


def put(store: Store, clock: Clock, operator: Operator, key: str, value: Any) -> None:
    """Change a setting (supervisors only); audited with the old and the new value (no setting is secret)."""
    require(operator, "change settings")
    setting = SETTINGS.get(key)
    if setting is None:
        raise InvalidInput(field=key, reason="there is no such setting")
    if (reason := problem(setting, value)) is not None:
        raise InvalidInput(field=setting.description, reason=reason)
    old = get(store, key, store.scalar("SELECT country FROM facility LIMIT 1") or "UZ")
    if old == value:
        return
    with store.write() as db:
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value)),
        )
        audit.append(
            db,
            at=stamp(clock),
            operator_id=operator.id,
            action="settings_change",
            subject=key,
            details={"old": old, "new": value},
        )
