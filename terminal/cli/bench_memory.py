"""``hamyon bench memory``: the window's memory with 100,000 templates, beside the demo site's own.

``memory-window`` (hidden) is the window it measures, in a process of its own: see terminal/bench/memory.py.
"""

from __future__ import annotations

from pathlib import Path

import click

from terminal.cli.output import print_json

FACES_HELP = "The shared faces folder (default: ../shared/faces beside the project, or HAMYON_FACES)."


@click.command("memory")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option(
    "--templates",
    type=click.IntRange(1000, 1_000_000),
    default=100_000,
    show_default=True,
    help="Templates added to the demo site's store for the measured window.",
)
@click.option(
    "--seconds",
    type=click.FloatRange(1, 600),
    default=25.0,
    show_default=True,
    help="How long each window's camera runs, from its first analysed frame.",
)
@click.option("--faces", type=click.Path(file_okay=False, path_type=Path), default=None, help=FACES_HELP)
def bench_memory(as_json: bool, templates: int, seconds: float, faces: Path | None) -> None:
    """The window's memory (its processes together, the Face-ID worker included) with TEMPLATES more
    templates and the camera on a video, beside the same window on the demo site as it is."""
    from terminal.bench.memory import run

    result = run(templates, seconds, faces)
    if as_json:
        print_json(result)
        return
    click.echo(
        f"window, {result['gallery_templates']:,} templates ({result['templates']:,} added): "
        f"{result['window_rss_mb']} MB after {result['camera_seconds']} s of camera, peak "
        f"{result['window_rss_peak_mb']} MB, PSS {result['window_pss_mb']} MB"
        f" (target {result['target_mb']} MB)"
    )
    click.echo(
        f"baseline, the demo site's {result['baseline_gallery_templates']:,} templates: "
        f"{result['baseline_window_rss_mb']} MB, peak {result['baseline_window_rss_peak_mb']} MB, "
        f"PSS {result['baseline_window_pss_mb']} MB"
    )
    for label, key in (("window", "processes"), ("baseline", "baseline_processes")):
        parts = ", ".join(f"{p['role']} {p['rss_mb']} MB" for p in result[key])
        click.echo(f"  {label}: {parts}")
    click.echo(
        f"camera: {Path(result['video']).name}, {result['frames_analysed']} frames analysed "
        f"(baseline {result['baseline_frames_analysed']}), {result['identified']} identified; "
        f"gallery {result['gallery_mb']} MB, compact copy {'on' if result['compact_copy'] else 'off'}"
    )


@click.command("memory-window", hidden=True)
@click.option("--camera", required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--seconds", type=click.FloatRange(0, 600), required=True)
@click.pass_obj
def memory_window(obj: dict, camera: Path, seconds: float) -> None:
    """The window ``hamyon bench memory`` measures (it starts this itself)."""
    from terminal.bench.memory import window

    window(obj["home"], camera, seconds)


BENCH: list[click.Command] = [bench_memory, memory_window]  # subcommands of ``hamyon bench``
