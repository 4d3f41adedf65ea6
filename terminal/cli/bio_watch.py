"""``hamyon bio watch``: identify whoever comes before a camera, a video or a folder of images.

With ``--liveness``, each match is followed by the check for a live person
that the terminal's window asks (:func:`biometrics.liveness.challenges_for`):
a blink and a head turn to a random side at a webcam, whose requests are
written on stderr; a turn to either side in a recording, which cannot follow
a request. Output lines are the acceptance interface of the biometrics issue;
keep them stable. Face images and templates never appear in the output.
"""

from __future__ import annotations

import random
from collections.abc import Hashable
from pathlib import Path
from typing import Any

import click

from terminal.cli.output import print_json

ENDED = "the recording ended before the person responded"
LOST = "the camera stopped before the person responded"
LEFT = "the face left the view before the person responded"


@click.command("watch")
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
@click.option(
    "--liveness",
    is_flag=True,
    help="After each match, check for a live person as the window does (a recording: a head turn).",
)
def watch(source: str, gallery: Path, retries: int, liveness: bool) -> None:
    """Watch a camera, video or folder: one JSON line per decision.

    Each line holds identity, status (match, no_match or low_quality), frame,
    seconds, distance, reason and candidates. With --liveness, each match is
    followed by a line with identity, liveness (passed or failed), reason,
    frame and seconds. Ends when the source ends.
    """
    from biometrics.live import LiveIdentifier
    from biometrics.sources import Frame, open_source
    from biometrics.stream import Backoff, CameraStream
    from terminal.cli.bio_commands import _load_gallery

    live = LiveIdentifier(_load_gallery(gallery))
    camera = open_source(source)
    guard = LivenessWatch(recorded=not camera.live) if liveness else None
    last: Frame | None = None
    try:
        with CameraStream(camera, backoff=Backoff(attempts=retries)) as stream:
            for item in stream:
                if not isinstance(item, Frame):
                    if item.error is not None:
                        click.echo(f"{item.error.message} Trying again in {item.retry_in:.1f} s.", err=True)
                    elif item.kind == "recovered":
                        click.echo(f"{item.source} is back.", err=True)
                    continue
                analysis, decision = live.feed(item)
                if decision is not None:
                    print_json(decision_line(decision))
                if guard is not None:
                    for line in guard.feed(item, analysis, decision):
                        print_json(line)
                last = item
    finally:
        if guard is not None and (line := guard.ended(last)) is not None:
            print_json(line)


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


class LivenessWatch:
    """After each match, the window's liveness request over the following frames; one line per outcome."""

    def __init__(self, *, recorded: bool, rng: random.Random | None = None) -> None:
        self.recorded, self.rng = recorded, rng or random.SystemRandom()
        self.identity: Hashable | None = None
        self._request: Any = None
        self._prompt: str | None = None

    def feed(self, frame: Any, analysis: Any, decision: Any) -> list[dict[str, Any]]:
        """One analysed frame and the decision it caused; the liveness lines it ends."""
        from biometrics.liveness import DIFFERENT_FACE

        lines = []
        if decision is not None and decision.status == "match":  # a new presence: a new check
            if self._request is not None:
                same = decision.identity == self.identity
                lines.append(self._line("failed", LEFT if same else DIFFERENT_FACE, frame))
            self._start(decision.identity)
            return lines  # the check starts with the next frame
        if self._request is None:
            return lines
        face = analysis.subject
        points, box = (face.points, face.box) if face else (None, None)
        result = self._request.feed(points, box, frame.seconds, frame.image)
        if result.status != "pending":
            lines.append(self._line(result.status, result.reason, frame))
        elif result.prompt != self._prompt and not self.recorded:
            self._prompt = result.prompt
            click.echo(f"liveness: {result.prompt}", err=True)
        return lines

    def ended(self, last: Any) -> dict[str, Any] | None:
        """The line of a check still pending when the source ended, if any."""
        if self._request is None:
            return None
        return self._line("failed", ENDED if self.recorded else LOST, last)

    def _start(self, identity: Hashable | None) -> None:
        from biometrics.liveness import LivenessRequest, challenges_for

        self.identity, self._prompt = identity, None
        self._request = LivenessRequest(challenges_for(self.recorded, self.rng))

    def _line(self, status: str, reason: str, frame: Any) -> dict[str, Any]:
        line = {
            "identity": self.identity,
            "liveness": status,
            "reason": reason,
            "frame": frame.index if frame is not None else None,
            "seconds": round(frame.seconds, 3) if frame is not None else None,
        }
        self._request, self._prompt = None, None
        return line
