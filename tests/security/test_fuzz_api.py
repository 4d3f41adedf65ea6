"""The registry's API fuzzed against its own OpenAPI document: no 5xx, no answer outside the
documented schema, every schema-valid request accepted (a missing signature is the documented
401) and every schema-violating one refused. In-process, and from outside against a real
``hamyon registry serve`` on SQLite and PostgreSQL with every request signed by an enrolled
device (``tests/security/st_hooks.py``). Deterministic and bounded."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from sync.server.app import create_app
from terminal.bench.pg import scratch_database
from tests.security.device import Device
from tests.sync.conftest import ServerProcess, make_registry

ROOT = Path(__file__).resolve().parents[2]
SCHEMATHESIS = str(Path(sys.executable).with_name("schemathesis"))


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[schemathesis.BaseSchema]:
    folder: Path = tmp_path_factory.mktemp("fuzz")
    reg = make_registry(f"sqlite:///{folder / 'registry.db'}", citizens=5)
    yield schemathesis.openapi.from_asgi("/openapi.json", create_app(reg.db))
    reg.db.close()


SETTINGS = settings(
    max_examples=15,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)


def test_the_registry_api_holds_to_its_schema(api: schemathesis.BaseSchema) -> None:
    operations = [result.ok() for result in api.get_all_operations()]
    assert {op.path for op in operations} >= {
        "/",
        "/v1/enroll",
        "/v1/push",
        "/v1/gap",
        "/v1/audit",
        "/v1/changes",
        "/v1/receipts/verify",
    }
    runs = [(op, GenerationMode.POSITIVE) for op in operations] + [
        (op, GenerationMode.NEGATIVE)
        for op in operations
        if op.path.startswith("/v1/") and op.path != "/v1/time"
    ]  # an operation without parameters has no invalid request
    for operation, mode in runs:

        @given(case=operation.as_strategy(generation_mode=mode))
        @SETTINGS
        def check(case: schemathesis.Case) -> None:
            case.call_and_validate()  # every check, schema-valid requests accepted included

        check()


def test_the_document_declares_the_signature_and_the_bounds(api: schemathesis.BaseSchema) -> None:
    doc = api.raw_schema
    schemes = doc["components"]["securitySchemes"]
    assert {s["name"] for s in schemes.values()} == {
        "X-Hamyon-Device",
        "X-Hamyon-Time",
        "X-Hamyon-Nonce",
        "X-Hamyon-Signature",
    }
    signed = [
        (path, method)
        for path, operations in doc["paths"].items()
        for method, op in operations.items()
        if op.get("security")
    ]
    assert sorted(signed) == [
        ("/v1/audit", "post"),
        ("/v1/bundle-key", "get"),
        ("/v1/changes", "get"),
        ("/v1/gap", "post"),
        ("/v1/push", "post"),
    ]
    for path in ("/v1/push", "/v1/gap"):
        assert doc["paths"][path]["post"]["security"] == [{name: [] for name in schemes}]  # all four
    envelope = doc["components"]["schemas"]["TxEnvelope"]["properties"]
    assert envelope["seq"]["maximum"] == 2**53 - 1 and envelope["payload"]["pattern"] == "^[^\\x00]*$"
    assert all("422" not in op["responses"] for ops in doc["paths"].values() for op in ops.values())


@pytest.fixture(params=["sqlite", "postgresql"])
def served(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[ServerProcess, Device, str]]:
    """A ``hamyon registry serve`` process, and a device enrolled at it (its key saved)."""
    where: AbstractContextManager[str]
    if request.param == "sqlite":
        where = nullcontext(f"sqlite:///{tmp_path / 'registry.db'}")
    else:
        where = scratch_database("hamyon_test")
    with where as url:
        reg = make_registry(url, citizens=10)
        server = ServerProcess(url).start()
        try:
            device = Device.enroll(server.url, reg.code())
            device.key.save(tmp_path / "device.key")
            yield server, device, url
            reg.db.close()
        finally:
            server.kill()


def _schemathesis(url: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    command = [SCHEMATHESIS, "run", f"{url}/openapi.json", "--checks", "all", "--no-color"]
    bounded = ["--max-examples", "10", "--seed", "16", "--generation-database", "none"]
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        command + bounded, cwd=cwd, env=environment, capture_output=True, text=True, timeout=300
    )


def test_schemathesis_from_outside_finds_nothing_in_signed_requests(served, tmp_path: Path) -> None:
    """``schemathesis run URL/openapi.json --checks all`` (docs/security.md, section 7), signing
    as the enrolled device, with fewer examples than a manual run; unsigned runs are in-process above
    and in the probes schemathesis sends without the headers."""
    server, device, url = served
    signing = {
        "SCHEMATHESIS_HOOKS": "tests.security.st_hooks",
        "HAMYON_FUZZ_DEVICE": device.device,
        "HAMYON_FUZZ_KEY": str(tmp_path / "device.key"),
    }
    signed = _schemathesis(server.url, tmp_path, signing)
    assert signed.returncode == 0, signed.stdout[-6000:]
    assert "No issues found" in signed.stdout
    # The signed requests got past authentication: each left its nonce at the registry.
    from sync.server.db import RegistryDB

    db = RegistryDB(url)
    seen = db.run(
        lambda tx: tx.scalar("SELECT count(*) FROM nonces WHERE device_id = :d", {"d": device.device})
    )
    db.close()
    assert seen >= 20
