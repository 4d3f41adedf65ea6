"""The registry protocol, version 1: typed models and signing rules shared by client and server.

See ``docs/sync.md`` for the page a registry team implements from.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

PROTOCOL_VERSION = 1
SUPPORTED_VERSIONS: tuple[int, ...] = (1,)


def on_this_computer(url: str) -> bool:
    """Is the registry at ``url`` on this computer (a demo, a test), its traffic never on a network?"""
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:  # a name: it may resolve anywhere
        return False
