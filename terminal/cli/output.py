"""Machine-readable output: JSON on stdout."""

from __future__ import annotations

import json
from typing import Any

import click


def print_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, default=str))
