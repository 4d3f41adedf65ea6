"""``hamyon bio identify|watch`` and ``hamyon bench bio``: the Face-ID engine from the command line.

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
    from biometrics import detection, matching, pipeline
    from biometrics.errors import BadImage
    from biometrics.images import load_image

    line: dict[str, Any] = {"probe": str(probe), "status": "", "identity": None, "distance": None}
    try:
        image = load_image(probe)
    except BadImage as exc:
        return {**line, "status": "bad_image", "reason": exc.message}
    result = pipeline.analyse(image, policy=pipeline.PHOTO_POLICY, max_side=detection.PHOTO_MAX_SIDE)
    if result.status != "ok" or result.encoding is None:
        return {**line, "status": result.status, "reason": result.reason}
    decision = matching.identify(gallery, result.encoding)
    distance = None if decision.distance is None else round(decision.distance, 4)
    line.update(status=decision.status, identity=decision.identity, distance=distance)
    return {**line, "reason": decision.reason}


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


@bio.command("watch")
@click.option(
    "--camera", "source", required=True, help="A webcam number, a video file or a folder of images."
)
@click.option(
    "--gallery",
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A folder with one sub-folder of photos per identity.",
)
@click.option(
    "--retries",
    type=click.IntRange(1, 1000),
    default=5,
    show_default=True,
    help="Attempts to open (or reopen) the camera before giving up.",
)
def watch(source: str, gallery: Path, retries: int) -> None:
    """Watch a camera, video or folder: one JSON line per decision.

    Each line holds identity, status (match, no_match or low_quality), frame,
    seconds, distance, reason and candidates. Ends when the source ends.
    """
    from biometrics.live import LiveIdentifier
    from biometrics.sources import Frame, open_source
    from biometrics.stream import Backoff, CameraStream

    live = LiveIdentifier(_load_gallery(gallery))
    with CameraStream(open_source(source), backoff=Backoff(attempts=retries)) as stream:
        for item in stream:
            if not isinstance(item, Frame):
                if item.error is not None:
                    click.echo(f"{item.error.message} Trying again in {item.retry_in:.1f} s.", err=True)
                elif item.kind == "recovered":
                    click.echo(f"{item.source} is back.", err=True)
                continue
            _, decision = live.feed(item)
            if decision is not None:
                print_json(decision_line(decision))


def decision_line(decision: Any) -> dict[str, Any]:
    """The watch line for one announced decision."""
    return {
        "identity": decision.identity,
        "status": decision.status,
        "frame": decision.frame,
        "seconds": round(decision.seconds, 3),
        "distance": None if decision.distance is None else round(decision.distance, 4),
        "reason": decision.reason,
        "candidates": [
            {"identity": m.identity, "distance": round(m.distance, 4)} for m in decision.candidates
        ],
    }


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
