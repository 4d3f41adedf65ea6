"""The wire contract: hashes as the terminal's log computes them, signatures, the OpenAPI document."""

from __future__ import annotations

import requests

from sync.protocol.canonical import canonical_json, tx_hash
from sync.protocol.signing import DeviceKey, request_message, tx_message, verify
from terminal.core import chain
from terminal.core.simulate import simulate
from tests.conftest import open_copy


def test_the_protocol_hashes_acts_exactly_as_the_terminal_log_does(uz_template, tmp_path) -> None:
    import random

    site = open_copy(uz_template, tmp_path / "t")
    simulate(site, "dispenses", 5, random.Random(1))
    simulate(site, "applications", 2, random.Random(2))
    rows = site.store.all("SELECT * FROM transactions ORDER BY seq")
    assert len(rows) == 7
    for row in rows:
        assert tx_hash(row) == row["hash"]
        assert canonical_json({"b": 1, "a": "ш"}) == chain.canonical_json({"b": 1, "a": "ш"})
    tampered = dict(rows[3], payload=rows[3]["payload"].replace('"quantity":', '"quantity":1'))
    assert tx_hash(tampered) != rows[3]["hash"]
    site.close()


def test_signatures_verify_only_for_the_same_key_device_and_content() -> None:
    key, other = DeviceKey.generate(), DeviceKey.generate()
    signature = key.sign(tx_message("DEV-1", "ab" * 32))
    assert verify(key.public_key, tx_message("DEV-1", "ab" * 32), signature)
    assert not verify(key.public_key, tx_message("DEV-2", "ab" * 32), signature)
    assert not verify(key.public_key, tx_message("DEV-1", "ac" * 32), signature)
    assert not verify(other.public_key, tx_message("DEV-1", "ab" * 32), signature)
    assert not verify(key.public_key, b"x", "not base64!")
    message = request_message("post", "/v1/push", "DEV-1", "t", "n", "d")
    assert message.startswith(b"HAMYON-REQ-1\nPOST\n/v1/push\n")


def test_the_registry_serves_its_openapi_document(registry) -> None:
    doc = requests.get(registry.address + "/openapi.json", timeout=5).json()
    assert {"/v1/enroll", "/v1/push", "/v1/changes", "/v1/time", "/"} <= set(doc["paths"])
    schemas = doc["components"]["schemas"]
    assert {"TxEnvelope", "PushResponse", "ChangesPage", "ErrorBody"} <= set(schemas)
    assert set(schemas["TxEnvelope"]["required"]) >= {
        "uuid",
        "seq",
        "prev_hash",
        "hash",
        "signature",
        "payload",
    }
    assert "401" in doc["paths"]["/v1/push"]["post"]["responses"]


def test_an_unsupported_protocol_version_is_refused_with_426(registry) -> None:
    answer = requests.get(registry.address + "/v1/time", headers={"X-Hamyon-Protocol": "9"}, timeout=5)
    assert answer.status_code == 426
    assert answer.json()["error"]["code"] == "protocol_unsupported"


def test_the_registry_and_the_protocol_never_import_the_terminal() -> None:
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys

        class Block:
            def find_spec(self, name, path=None, target=None):
                if name == "terminal" or name.startswith("terminal."):
                    raise ImportError("sync.server and sync.protocol may not import " + name)

        sys.meta_path.insert(0, Block())
        import sync.protocol, sync.server
        names = [
            info.name
            for package in (sync.protocol, sync.server)
            for info in pkgutil.walk_packages(package.__path__, package.__name__ + ".")
        ]
        for name in names:
            importlib.import_module(name)
        print(len(names))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= 12


def test_an_acts_time_must_be_iso_8601_with_an_offset() -> None:
    from sync.protocol.models import TxEnvelope

    def envelope(created_at: str) -> TxEnvelope:
        return TxEnvelope(
            uuid="0b7e3c6a-1d2f-4a5b-8c9d-0e1f2a3b4c5d",
            seq=1,
            kind="meal",
            operator_id=1,
            created_at=created_at,
            payload="{}",
            prev_hash="0" * 64,
            hash="a" * 64,
            signature="",
        )

    assert envelope("2026-11-20T10:00:00.000+05:00").device_time() is not None
    assert envelope("2026-11-20T05:00:00Z").device_time() is not None
    for bad in ("yesterday", "2026-11-20", "2026-11-20T10:00:00", "2026-13-01T00:00:00+00:00", ""):
        assert envelope(bad).device_time() is None, bad
