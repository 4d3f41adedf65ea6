"""An act of a pushed batch on its way through the registry's checks and effects, and its conflict.

Its own module so that :mod:`sync.server.push`, which makes candidates, and the modules that judge
them (:mod:`sync.server.checks`, :mod:`sync.server.effects`, :mod:`sync.server.reversals`) need not
import each other.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sync.protocol.models import ConflictInfo, ConflictKind, ItemStatus, TxEnvelope


@dataclass
class Conflict:
    """A conflict no offline device could prevent, sent to every device involved."""

    kind: ConflictKind
    tx_uuid: str
    with_tx: list[str]
    devices: set[str]
    details: dict[str, Any]
    id: str = field(default_factory=lambda: str(uuid.uuid4()))

    def info(self) -> ConflictInfo:
        return ConflictInfo(id=self.id, kind=self.kind, with_tx=self.with_tx)


@dataclass
class Candidate:
    """An act to store: its envelope, its payload (the model its kind names; None once refused)
    and its outcome so far."""

    env: TxEnvelope
    payload: Any  # one of the protocol's payload models, by env.kind: read by attribute
    outcome: ItemStatus = "accepted"
    reason: str | None = None
    conflict: Conflict | None = None
