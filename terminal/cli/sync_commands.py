"""``hamyon setup``, ``sync``, ``registry ...`` and ``bench sync`` (the sync issue fills these in)."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []  # top-level commands: setup, sync, the ``registry`` group
BENCH: list[click.Command] = []  # subcommands of ``hamyon bench``
