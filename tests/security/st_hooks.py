"""Schemathesis hooks that sign every request as an enrolled device, so that a run from outside
reaches past authentication: ``SCHEMATHESIS_HOOKS=tests.security.st_hooks`` with
``HAMYON_FUZZ_DEVICE`` (the device id) and ``HAMYON_FUZZ_KEY`` (its private key, PEM)."""

from __future__ import annotations

import os
from pathlib import Path

import schemathesis

from sync.protocol.signing import DeviceKey
from tests.security.device import Signer

schemathesis.auth.set_from_requests(
    Signer(
        os.environ["HAMYON_FUZZ_DEVICE"],
        DeviceKey.load(Path(os.environ["HAMYON_FUZZ_KEY"])),
        as_declared=True,
    )
)
