"""``hamyon bio identify`` and ``hamyon bench bio`` (``watch``: bio_watch.py): Face-ID on the command line.

Output formats are the acceptance interface of the biometrics issue; keep them
stable. Face images and templates never appear in the output, only paths,
identities (folder names), distances and plain-words reasons.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

from terminal.cli.output import print_json

F = TypeVar("F", bound=Callable[..., Any])
FACES_HELP = "The shared face photos (default: ../shared/faces beside the project, or HAMYON_FACES)."


@click.group("bio")
def bio() -> None:
    """Face-ID: identify photos against a gallery, or watch a camera."""


@bio.command("identify")
@click.option(
    "--gallery",
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A folder with one sub-folder of photos per identity (the sub-folder's name).",
)
@click.option(
    "--probes",
    required=True,
    type=click.Path(exists=True, path_type=Path),
    help="A folder of pictures to identify (searched recursively), or one picture.",
)
def identify(gallery: Path, probes: Path) -> None:
    """Identify pictures against a gallery: one JSON line per probe.

    Each line holds probe, status (match, no_match, no_face, low_quality or
    bad_image), identity, distance and reason.
    """
    known = _load_gallery(gallery)
    for probe in _probe_files(probes):
        print_json(identify_probe(known, probe))


def identify_probe(gallery: Any, probe: Path) -> dict[str, Any]:
    """The identify line for one picture."""
    from biometrics.photo_id import identify_photo

    found = identify_photo(gallery, probe)
    distance = None if found.distance is None else round(found.distance, 4)
    return {
        "probe": str(probe),
        "status": found.status,
        "identity": found.identity,
        "distance": distance,
        "reason": found.reason,
    }


def _probe_files(probes: Path) -> Iterator[Path]:
    if probes.is_file():
        yield probes
        return
    for path in sorted(probes.rglob("*")):
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(probes).parts):
            yield path


def _load_gallery(folder: Path) -> Any:
    """The gallery of a folder per identity; photos that cannot be used are named on stderr."""
    from biometrics.enrollment import gallery_from_folder

    loaded = gallery_from_folder(folder)
    for problem in loaded.problems:
        click.echo(f"gallery: {problem}", err=True)
    return loaded.gallery


@click.command("bio")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option(
    "--sizes",
    default="10000,100000,1000000",
    show_default=True,
    help="Gallery sizes (templates) to time the 1:N search on, comma-separated.",
)
@click.option("--faces", type=click.Path(file_okay=False, path_type=Path), default=None, help=FACES_HELP)
@click.option(
    "--load",
    "load_count",
    type=click.IntRange(1000, 1_000_000),
    default=100_000,
    show_default=True,
    help="Templates to write to a store file and load back.",
)
@click.option("--frames", type=click.IntRange(1), default=None, help="Time only the first N real frames.")
def bench_bio(as_json: bool, sizes: str, faces: Path | None, load_count: int, frames: int | None) -> None:
    """Face-ID speed: 1:N search, frame to decision, template loading, memory.

    Each figure is printed beside face_recognition's way of doing the same in
    the same run (see terminal/bench/bio.py).
    """
    from terminal.bench.bio import default_faces, run

    try:
        counts = [int(s) for s in sizes.split(",") if s.strip()]
    except ValueError:
        raise click.BadParameter(
            "sizes must be whole numbers, e.g. 10000,100000", param_hint="--sizes"
        ) from None
    result = run(counts, faces or default_faces(), load=load_count, frames=frames)
    if as_json:
        print_json(result)
        return
    for size, ms in result["search_ms"].items():
        baseline = result["face_distance_ms"][size]
        click.echo(f"1:N search {int(size):>9,}: {ms} ms per query; face_distance {baseline} ms")
    frame, old = result["frame_to_decision_ms"], result["baseline_frame_to_decision_ms"]
    click.echo(
        f"frame to decision p50 {frame['p50']} ms, p95 {frame['p95']} ms; README way p50 {old['p50']} ms"
    )
    loaded = next(v for k, v in result.items() if k.startswith("template_load_ms_"))
    click.echo(f"{load_count:,} templates loaded in {loaded} ms; peak memory {result['peak_rss_mb']} MB")


COMMANDS: list[click.Command] = [bio]  # top-level commands: the ``bio`` group
BENCH: list[click.Command] = [bench_bio]  # subcommands of ``hamyon bench``
