"""The registry's answers in words a window can translate whole (each a :class:`~biometrics.phrases.Phrase`).

Built from parts (an HTTP status, a code of the registry's answer), never with an f-string.
"""

from __future__ import annotations

from biometrics.phrases import Phrase

# The registry's reason codes for one act it did not take (the wire's ``reason``), in words.
ITEM_REASONS: dict[str, str] = {
    "after_refused": "it comes after an act the registry refused",
    "sequence_gap": "an earlier act has not reached the registry yet",
    "uuid_reused": "its number was already used by another act",
    "bad_signature": "its signature does not match this terminal's key",
    "hash_mismatch": "it was changed after it was recorded",
    "sequence_reused": "its place in the sequence was already used by another act",
    "broken_chain": "it does not follow on from the act before it",
    "unknown_kind": "the registry does not know this kind of act",
    "invalid_payload": "its contents are not valid",
    "wrong_facility": "it belongs to another facility",
    "invalid_time": "its time is not valid",
    "wrong_citizen": "it dispenses from another citizen's prescription",
    "wrong_school": "the student or the meal session is not of its school",
    "before_enrollment": "it is dated before this terminal was set up: check the terminal's clock",
    "time_in_future": "it is dated more than a day ahead of the registry: check the terminal's clock",
    "not_reversible": "it reverses no act of this terminal that may be reversed",
    "already_reversed": "the act it reverses was reversed already",
}
# What failed at the registry (the code of a 5xx answer), in words; "" when the answer names nothing.
FAILURES: dict[str, str] = {
    "": "server error",
    "registry_busy": "the registry is busy",
    "registry_database": "the registry's database cannot be used",
}


def item_reason(code: str | None) -> Phrase:
    """Why the registry did not take an act, from its reason code (an unknown code is named as it is)."""
    words = ITEM_REASONS.get(code or "")
    return (
        Phrase(words, code=code or "")
        if words
        else Phrase("reason code {code}", {"code": code}, code=code or "")
    )


def failure(code: str | None) -> Phrase:
    """What failed at the registry, from the error code of its answer (None: it named nothing)."""
    words = FAILURES.get(code or "")
    return (
        Phrase(words, code=code or "")
        if words
        else Phrase("error code {code}", {"code": code}, code=code or "")
    )
