"""``hamyon bio identify|watch`` and ``hamyon bench bio`` (the biometrics issue fills these in)."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []  # top-level commands: the ``bio`` group
BENCH: list[click.Command] = []  # subcommands of ``hamyon bench``
