"""Merge the messages found in the code into a language's catalogue, the way ``lupdate`` does.

A message found again keeps its translation and state. A new one is
unfinished; when its source is a small edit of a message that is gone (same
context, same placeholders, similar words) it starts from that translation,
with ``oldsource`` showing what changed, still unfinished. A message gone
from the code becomes ``vanished`` (``lrelease`` leaves it out) and keeps its
translation in case it comes back; ``drop_vanished`` removes it. Contexts the
code was not searched for (``owned`` is false for them) are kept as they are.
"""

from __future__ import annotations

import difflib
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from terminal.ui.catalogue.ts import GONE, Catalogue, Key, Message, State

SIMILAR = 0.7  # difflib ratio above which a changed source keeps its old translation as a start


@dataclass
class Changes:
    added: list[Key] = field(default_factory=list)
    vanished: list[Key] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.vanished)


def merge(
    old: Catalogue,
    found: Sequence[Message],
    owned: Callable[[str], bool],
    *,
    as_source: bool = False,
    drop_vanished: bool = False,
) -> tuple[Catalogue, Changes]:
    """The catalogue updated with ``found`` (messages without translations) in the contexts ``owned``."""
    changes = Changes()
    previous = {m.key: m for m in old.messages if owned(m.context)}
    fresh: list[Message] = []
    for message in found:
        before = previous.pop(message.key, None)
        if as_source:
            fresh.append(_as_source(message))
        elif before is None:
            fresh.append(message)
            changes.added.append(message.key)
        else:
            fresh.append(message.with_translation(before, _kept_state(before)))
    if not as_source:
        fresh = [_from_similar(m, previous) if m.key in changes.added else m for m in fresh]
    gone = [
        replace(m, state="vanished" if m.state != "obsolete" else "obsolete")
        for m in previous.values()
        if not drop_vanished and not as_source and any(m.translations)
    ]
    changes.vanished = [m.key for m in previous.values() if m.state not in GONE]
    kept = [m for m in old.messages if not owned(m.context)]
    merged = Catalogue(old.language, old.source_language, _in_context_order(fresh + gone, kept))
    return merged, changes


def placeholders(text: str) -> set[str]:
    """The names of the ``{placeholders}`` of a template (ValueError if its braces do not pair)."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _kept_state(before: Message) -> State:
    if before.state in GONE:  # back in the code: its translation was finished once
        return "finished" if any(before.translations) else "unfinished"
    return before.state


def _as_source(message: Message) -> Message:
    """The source language's catalogue: every translation is the source itself."""
    forms = (message.source, message.source) if message.numerus else ()
    return replace(message, translation=message.source, forms=forms, state="finished")


def _from_similar(message: Message, leftovers: dict[Key, Message]) -> Message:
    """A new message that edits a gone one starts from its translation (taken out of ``leftovers``)."""
    try:
        names = placeholders(message.source)
    except ValueError:
        return message
    best, best_ratio = None, SIMILAR
    for key, old in leftovers.items():
        if old.context != message.context or not any(old.translations) or _names(old) != names:
            continue
        ratio = difflib.SequenceMatcher(None, old.source, message.source).ratio()
        if ratio > best_ratio:
            best, best_ratio = key, ratio
    if best is None:
        return message
    old = leftovers.pop(best)
    return replace(message.with_translation(old, "unfinished"), oldsource=old.source)


def _names(message: Message) -> set[str] | None:
    try:
        return placeholders(message.source)
    except ValueError:
        return None


def _in_context_order(owned: list[Message], kept: list[Message]) -> list[Message]:
    """ "core" first, then the other contexts by name; each context's messages in the order given."""
    everything = owned + kept
    contexts = sorted(dict.fromkeys(m.context for m in everything), key=lambda c: (c != "core", c))
    return [m for context in contexts for m in everything if m.context == context]
