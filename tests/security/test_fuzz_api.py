"""The registry's API fuzzed against its own OpenAPI document (schemathesis, in-process ASGI):
no 5xx, no answer outside the documented schema. Deterministic and bounded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance

from sync.server.app import create_app
from tests.sync.conftest import make_registry


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[schemathesis.BaseSchema]:
    folder: Path = tmp_path_factory.mktemp("fuzz")
    reg = make_registry(f"sqlite:///{folder / 'registry.db'}", citizens=5)
    yield schemathesis.openapi.from_asgi("/openapi.json", create_app(reg.db))
    reg.db.close()


SETTINGS = settings(
    max_examples=30,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)


def test_the_registry_api_holds_to_its_schema(api: schemathesis.BaseSchema) -> None:
    operations = [result.ok() for result in api.get_all_operations()]
    assert {op.path for op in operations} >= {"/", "/v1/enroll", "/v1/push", "/v1/changes"}
    runs = [(op, GenerationMode.POSITIVE) for op in operations] + [
        (op, GenerationMode.NEGATIVE)
        for op in operations
        if op.path.startswith("/v1/") and op.path != "/v1/time"
    ]  # an operation without parameters has no invalid request
    for operation, mode in runs:

        @given(case=operation.as_strategy(generation_mode=mode))
        @SETTINGS
        def check(case: schemathesis.Case) -> None:
            # Not checked: that every schema-valid request is accepted. The registry refuses more
            # than the schema says (a public key that is not Ed25519, an unsigned push) with a 4xx.
            case.call_and_validate(excluded_checks=[positive_data_acceptance])

        check()
