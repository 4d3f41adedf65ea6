"""Bounds on what the wire carries, declared in the models (and so in ``/openapi.json``).

Every string a database stores is bounded in length and holds no NUL (PostgreSQL text cannot
hold one) and no lone surrogate (UTF-8 cannot encode one; not expressible in the document's
patterns, so checked beside them). Every integer is at most 2**53 - 1: it fits a 64-bit column
and is read exactly by clients and validators that hold numbers as doubles (JavaScript, JSON
Schema tools). A request outside these bounds is refused 400 before anything is stored.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field
from pydantic_core import PydanticUndefined

MAX_INT = 2**53 - 1
STORABLE = r"^[^\x00]*$"
BASE64 = r"^[A-Za-z0-9+/]*={0,2}$"
DATE = r"^20[0-9]{2}-[0-9]{2}-[0-9]{2}$"  # a date in years a terminal can have lived
KIND = r"^[a-z][a-z0-9_]{0,63}$"
# How far a device's clock may be off before its acts are refused (see sync.server.checks).
CLOCK_SLACK = timedelta(days=1)

MAX_PAYLOAD = 64 * 1024  # an act's canonical JSON, in characters: a large family's application: a few KB
MAX_DETAILS = 16 * 1024  # an audit entry's details: internal ids and a few words


def _encodable(value: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("it holds a lone surrogate, which UTF-8 cannot encode") from None
    return value


def _json_integer(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("an integer is required")  # not true, not "1": what JSON Schema calls one
    return value


Stored = Annotated[str, AfterValidator(_encodable)]
JsonInt = Annotated[int, BeforeValidator(_json_integer)]
Int64 = Annotated[int, Field(ge=0, le=MAX_INT), BeforeValidator(_json_integer)]
Positive64 = Annotated[int, Field(ge=1, le=MAX_INT), BeforeValidator(_json_integer)]


def text(
    max_length: int, min_length: int = 0, description: str | None = None, default: Any = PydanticUndefined
) -> Any:
    """The field of a ``Stored`` string: at most ``max_length`` characters, no NUL."""
    return Field(
        default, min_length=min_length, max_length=max_length, pattern=STORABLE, description=description
    )
