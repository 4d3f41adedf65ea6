"""The registry protocol, version 1: typed models and signing rules shared by client and server.

See ``docs/sync.md`` for the page a registry team implements from.
"""

from __future__ import annotations

PROTOCOL_VERSION = 1
SUPPORTED_VERSIONS: tuple[int, ...] = (1,)
