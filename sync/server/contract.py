"""The registry's ``/openapi.json`` as the contract it keeps: signed routes declare the four
signature headers as a security scheme (all four required together), and validation failures
are documented as the 400 the registry answers, not FastAPI's default 422."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from sync.protocol.signing import HEADER_DEVICE, HEADER_NONCE, HEADER_PROTOCOL, HEADER_SIGNATURE, HEADER_TIME

SCHEMES: dict[str, dict[str, Any]] = {
    "HamyonDevice": {"name": HEADER_DEVICE, "description": "the device id the enrollment answered"},
    "HamyonTime": {
        "name": HEADER_TIME,
        "description": "the device's time, ISO 8601 with an offset, within 300 s of the registry's",
    },
    "HamyonNonce": {
        "name": HEADER_NONCE,
        "description": "a random value of at most 64 characters, never sent twice by this device",
    },
    "HamyonSignature": {
        "name": HEADER_SIGNATURE,
        "description": "base64 Ed25519 over the UTF-8 bytes of 'HAMYON-REQ-1\\n{METHOD}\\n{path with query}"
        "\\n{device}\\n{time}\\n{nonce}\\n{sha256 hex of the decompressed body}'",
    },
}
# One requirement object holding all four: every one of them is needed (a list would mean any one).
SIGNED: dict[str, Any] = {"security": [{name: [] for name in SCHEMES}]}
DESCRIPTION = (
    "Device enrollment, push of signed acts and audit entries, declaration of acts lost before they"
    " reached the registry, pull of the change feed (docs/sync.md)."
    f" Every request may carry `{HEADER_PROTOCOL}: 1`; another version is answered 426. Signed routes"
    " answer 401 `unsigned_request` when the signature headers are missing. Request bodies may be"
    " gzip (`Content-Encoding`), 64 MB at most decompressed (413). Strings hold no NUL and no lone"
    " surrogate; integers fit 64 bits; a request outside the declared bounds is answered 400."
)


def document(app: FastAPI) -> dict[str, Any]:
    """The OpenAPI document of ``app``, made once and kept."""
    if app.openapi_schema is None:
        doc = get_openapi(title=app.title, version=app.version, description=DESCRIPTION, routes=app.routes)
        components = doc.setdefault("components", {})
        components["securitySchemes"] = {
            key: {"type": "apiKey", "in": "header", **scheme} for key, scheme in SCHEMES.items()
        }
        for schema in ("HTTPValidationError", "ValidationError"):
            components.get("schemas", {}).pop(schema, None)
        for operations in doc.get("paths", {}).values():
            for operation in operations.values():
                operation.get("responses", {}).pop("422", None)
        app.openapi_schema = doc
    return app.openapi_schema
