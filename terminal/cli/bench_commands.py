"""``hamyon bench WHAT``: benchmark figures as JSON, beside a baseline from the same run."""

from __future__ import annotations

import click

from terminal.cli.output import print_json


@click.group()
def bench() -> None:
    """Benchmarks: each prints its figures beside a baseline measured in the same run."""


@bench.command("store")
@click.option(
    "--count", type=click.IntRange(100, 1_000_000), default=2000, show_default=True, help="Dispenses to time."
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def bench_store(count: int, as_json: bool) -> None:
    """Commit time of a confirmed dispense vs plain sqlite3 inserts with the same durability."""
    from terminal.bench.store import run

    result = run(count)
    if as_json:
        print_json(result)
        return
    click.echo(
        f"dispense commit p50 {result['commit_p50_ms']} ms, p95 {result['commit_p95_ms']} ms, "
        f"{result['acts_per_second']} acts/s"
    )
    click.echo(
        f"plain sqlite3    p50 {result['baseline_commit_p50_ms']} ms, "
        f"p95 {result['baseline_commit_p95_ms']} ms, {result['baseline_acts_per_second']} inserts/s"
    )
