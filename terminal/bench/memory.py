"""``hamyon bench memory``: the window's memory with 100,000 templates, the Face-ID worker included.

The demo site is prepared in a temporary folder (:func:`terminal.demo.prepare`: the embedded
registry, the seeded population, Lin-Manuel Miranda enrolled from ../shared/faces), its registry
served by this process. Then the real window runs twice, each time in a fresh process of its own
(``hamyon --home H bench memory-window``, offscreen), as the installed ``hamyon`` runs it: the
gallery loaded on the store thread, sync with the registry, the demo's nurse signed in
(:func:`terminal.ui.demo_app.open_signed_in`, what ``hamyon demo`` does) and the dispensing
workspace's Face-ID panel running on a video file as its camera (a recording is analysed frame by
frame, in order, in the Face-ID process of :mod:`biometrics.analysis_process`). When the recording
ends, or someone is identified, the panel starts again, as the nurse would for the next person.

1. the baseline: the demo site as it is (about 400 templates);
2. the same home with ``templates`` more (synthetic citizens and templates written to the store,
   two a person); the window must load them all (its gallery's size is checked).

While each window runs, this process samples every ``interval`` seconds the resident memory
(``/proc/PID/statm``) of the window's process and all its descendants: the Face-ID worker and
any other process it starts. ``window_rss_mb`` is their sum after ``seconds`` of camera
(counted from the first analysed frame), the processes all still running; ``window_rss_peak_mb`` the
highest sum sampled from the window's start (the gallery's load included). Shared pages (the
libraries) count once per process in RSS: ``window_pss_mb`` shares them out (``smaps_rollup``).
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from terminal.core.errors import InvalidInput

TARGET_MB = 400
TEMPLATES = 100_000
CAMERA_SECONDS = 25.0
INTERVAL = 0.1  # seconds between samples
WINDOW_LIMIT = 300.0  # seconds a window may take from its start to the end of its camera run
CLIP = Path("video") / "short_hamilton_clip.mp4"
PERSON = Path("people") / "lin_manuel_miranda"
MARK = "hamyon-memory "  # the window's reports on stdout: MARK + one JSON object
SEED = 20261207
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


# --- the command: the demo site, two windows, the figures ------------------------------------


def run(
    templates: int = TEMPLATES,
    seconds: float = CAMERA_SECONDS,
    faces: Path | None = None,
    interval: float = INTERVAL,
) -> dict[str, Any]:
    """Both windows measured; one dict of figures (see the module's docstring)."""
    from terminal.bench.bio import default_faces
    from terminal.core.store_key import key_files_only
    from terminal.demo import prepare

    if not Path("/proc/self/statm").exists():
        raise InvalidInput(field="the system", reason="measuring memory needs Linux's /proc")
    faces = faces or default_faces()
    clip, person = faces / CLIP, faces / PERSON
    for needed in (clip, person):
        if not needed.exists():
            raise InvalidInput(field="--faces", reason=f"{needed} is missing: pass the shared faces folder")
    started = time.monotonic()
    with key_files_only(), tempfile.TemporaryDirectory(prefix="hamyon-bench-memory-") as tmp:
        scratch = Path(tmp)
        people = scratch / "faces"
        people.mkdir()
        (people / person.name).symlink_to(person)
        home = scratch / "home"
        demo = prepare(home, people)
        try:
            baseline = measure_window(home, clip, seconds, interval, scratch / "baseline.err")
            before, after = add_templates(home, templates)
            loaded = measure_window(home, clip, seconds, interval, scratch / "window.err")
        finally:
            demo.stop()
    if after - before != templates or loaded.report["gallery"]["templates"] != after:
        raise RuntimeError(
            f"{templates} templates asked, {after - before} stored, "
            f"{loaded.report['gallery']['templates']} in the window's gallery ({after} expected)"
        )
    result = {
        "window_rss_mb": loaded.final_mb,
        "window_rss_peak_mb": loaded.peak_mb,
        "window_pss_mb": loaded.final_pss_mb,
        "baseline_window_rss_mb": baseline.final_mb,
        "baseline_window_rss_peak_mb": baseline.peak_mb,
        "baseline_window_pss_mb": baseline.final_pss_mb,
        "target_mb": TARGET_MB,
        "templates": templates,
        "gallery_templates": loaded.report["gallery"]["templates"],
        "demo_templates": before,
        "baseline_gallery_templates": baseline.report["gallery"]["templates"],
        "gallery_mb": loaded.report["gallery"]["mb"],
        "gallery_on_disk_mb": loaded.report["gallery"]["on_disk_mb"],
        "compact_copy": loaded.report["gallery"]["compact"],
        "video": str(clip),
        "camera_seconds": loaded.report["done"]["seconds"],
        "frames_analysed": loaded.report["done"]["frames"],
        "baseline_frames_analysed": baseline.report["done"]["frames"],
        "identified": loaded.report["done"]["identified"],
        "baseline_identified": baseline.report["done"]["identified"],
        "restarts": loaded.report["done"]["restarts"],
        "processes": loaded.processes,
        "baseline_processes": baseline.processes,
        "timeline_s": loaded.timeline,
        "baseline_timeline_s": baseline.timeline,
        "exit_codes": {"baseline": baseline.exit_code, "window": loaded.exit_code},
        "samples": loaded.samples,
        "interval_ms": round(interval * 1000),
        "cpus": os.cpu_count(),
        "total_s": round(time.monotonic() - started, 1),
    }
    return result


def add_templates(home: Path, count: int, seed: int = SEED) -> tuple[int, int]:
    """``count`` synthetic templates (two a citizen, new citizens after the demo's) into the store of
    ``home``; the templates in force before and after."""
    import numpy as np

    from biometrics import templates
    from terminal.bench.bio import TEMPLATES_PER_PERSON, synthetic_templates
    from terminal.core import faces
    from terminal.core.store import Store

    block = synthetic_templates(np.random.default_rng(seed), count).astype(templates.WIRE_DTYPE)
    people = -(-count // TEMPLATES_PER_PERSON)
    with Store.open(home) as store:
        before = int(store.scalar(f"SELECT count(*) FROM ({faces.IN_FORCE})"))
        first = int(store.scalar("SELECT coalesce(max(id), 0) FROM citizens")) + 1
        with store.write() as db:
            db.conn.executemany(
                "INSERT INTO citizens (id, pin, surname, given_name, birth_date, sex, catchment, updated_at)"
                " VALUES (?, ?, 'Bench', 'Citizen', '1950-01-01', 'M', 'BENCH', '2026-01-01T00:00:00+05:00')",
                ((first + i, f"9{i:013d}") for i in range(people)),
            )
            db.conn.executemany(
                "INSERT INTO face_templates (citizen_id, encoding, source, registry_id, created_at)"
                " VALUES (?, ?, 'registry', ?, '2026-01-01T00:00:00+05:00')",
                (
                    (first + i // TEMPLATES_PER_PERSON, block[i].tobytes(), f"bench-memory-{i}")
                    for i in range(count)
                ),
            )
        after = int(store.scalar(f"SELECT count(*) FROM ({faces.IN_FORCE})"))
    return before, after


# --- one window, sampled ------------------------------------------------------------------------


@dataclass
class Measured:
    """One window's run: what it reported, and its processes' memory."""

    report: dict[str, dict[str, Any]]  # "gallery", "signed_in", "online", "camera", "done"
    final_mb: float  # RSS of the window's processes together after the camera run
    final_pss_mb: float
    peak_mb: float  # the highest sample from the window's start to the end of the camera run
    processes: list[dict[str, Any]]  # each process after the camera run
    timeline: dict[str, float]  # seconds from the window's start
    exit_code: int | None = None  # the window's, once closed
    samples: int = 0
    series: list[tuple[float, float]] = field(default_factory=list)  # (seconds, MB)


def window_command(home: Path, clip: Path, seconds: float) -> list[str]:
    """The window as the installed command runs it (the Face-ID worker then starts as it would)."""
    args = ["--home", str(home), "bench", "memory-window", "--camera", str(clip), "--seconds", str(seconds)]
    if getattr(sys, "frozen", False):
        return [sys.executable, *args]
    script = Path(sys.executable).with_name("hamyon")
    if script.exists():
        return [sys.executable, str(script), *args]
    return [sys.executable, "-m", "terminal.cli", *args]


def measure_window(home: Path, clip: Path, seconds: float, interval: float, errors: Path) -> Measured:
    """Start the window, sample its processes until it has run its camera ``seconds``, then close it."""
    env = {k: v for k, v in os.environ.items() if k != "HAMYON_HOME"} | {"QT_QPA_PLATFORM": "offscreen"}
    with errors.open("wb") as err:
        child = subprocess.Popen(
            window_command(home, clip, seconds),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=err,
            env=env,
            start_new_session=True,  # its own process group: what is left of it can be ended by its id
        )
    reports: queue.Queue[tuple[float, str, dict[str, Any]] | None] = queue.Queue()
    threading.Thread(target=_read_reports, args=(child, reports), daemon=True).start()
    started = time.monotonic()
    said: dict[str, dict[str, Any]] = {}
    timeline: dict[str, float] = {}
    series: list[tuple[float, float]] = []
    try:
        while "done" not in said:
            tick = time.monotonic()
            series.append((tick - started, tree_rss(child.pid)[0] / 2**20))
            while not reports.empty():
                item = reports.get()
                if item is None:
                    raise RuntimeError(f"the window ended early ({child.wait()}): {_tail(errors)}")
                at, name, data = item
                said[name], timeline[name] = data, round(at - started, 1)
            if tick - started > WINDOW_LIMIT + seconds:
                raise RuntimeError(f"the window did not finish its camera run in time: {_tail(errors)}")
            time.sleep(max(0.0, interval - (time.monotonic() - tick)))
        total, pss, processes = tree_rss(child.pid, detail=True)
        series.append((time.monotonic() - started, total / 2**20))
        _close(child)
    finally:
        _end(child)
    timeline["closed"] = round(time.monotonic() - started, 1)
    return Measured(
        report=said,
        final_mb=round(total / 2**20, 1),
        final_pss_mb=round(pss / 2**20, 1),
        peak_mb=round(max(mb for _, mb in series), 1),
        processes=processes,
        timeline=timeline,
        exit_code=child.returncode,
        samples=len(series),
        series=series,
    )


def _read_reports(child: subprocess.Popen[bytes], out: queue.Queue[Any]) -> None:
    assert child.stdout is not None
    for raw in child.stdout:
        line = raw.decode("utf-8", "replace").strip()
        if line.startswith(MARK):
            data = json.loads(line[len(MARK) :])
            out.put((time.monotonic(), data.pop("event"), data))
    out.put(None)


def _close(child: subprocess.Popen[bytes]) -> None:
    """Tell the window it has been measured: it closes as the operator's quitting would."""
    assert child.stdin is not None
    with contextlib.suppress(OSError):
        child.stdin.write(b"close\n")
        child.stdin.close()
    child.wait(timeout=60)


def _end(child: subprocess.Popen[bytes]) -> None:
    """Whatever is left of the window's process group (started here, ended by its id)."""
    if child.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    for stream in (child.stdin, child.stdout):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()


def _tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no error output)"


# --- /proc -------------------------------------------------------------------------------------


def descendants(root: int) -> list[int]:
    """``root`` and every process below it (by each process's parent in /proc/PID/stat)."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        parent = int(stat.rsplit(b")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, ()))
    return found


def rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0  # gone meanwhile


def _fields(path: str) -> dict[str, int]:
    """The ``Name: N kB`` lines of a /proc file, in bytes."""
    found = {}
    try:
        with open(path, encoding="ascii", errors="replace") as f:
            for line in f:
                name, _, rest = line.partition(":")
                parts = rest.split()
                if len(parts) == 2 and parts[1] == "kB":
                    found[name] = int(parts[0]) * 1024
    except OSError:
        pass
    return found


def role(pid: int, root: int) -> str:
    """What a process of the window's is: the window, the Face-ID worker or the resource tracker."""
    if pid == root:
        return "window"
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            command = f.read().replace(b"\0", b" ")
    except OSError:
        return "gone"
    if b"resource_tracker" in command:
        return "resource_tracker"
    if b"biometrics.analysis_process" in command or b"--face-analysis-process" in command:
        return "face_id"
    return "other"


def tree_rss(root: int, detail: bool = False) -> tuple[int, int, list[dict[str, Any]]]:
    """RSS of ``root`` and its descendants together (bytes); with ``detail`` also their PSS together
    and each process's figures (MB)."""
    pids = descendants(root)
    if not detail:
        return sum(rss_bytes(p) for p in pids), 0, []
    rows, total, pss = [], 0, 0
    for pid in pids:
        status, rollup = _fields(f"/proc/{pid}/status"), _fields(f"/proc/{pid}/smaps_rollup")
        rss = status.get("VmRSS", 0)
        total, pss = total + rss, pss + rollup.get("Pss", 0)
        rows.append(
            {
                "role": role(pid, root),
                "rss_mb": round(rss / 2**20, 1),
                "pss_mb": round(rollup.get("Pss", 0) / 2**20, 1),
                "anon_mb": round(status.get("RssAnon", 0) / 2**20, 1),
                "file_mb": round(status.get("RssFile", 0) / 2**20, 1),
                "peak_rss_mb": round(status.get("VmHWM", 0) / 2**20, 1),
            }
        )
    return total, pss, rows


# --- the window's side (``hamyon bench memory-window``) ----------------------------------------


def say(event: str, **data: Any) -> None:
    print(MARK + json.dumps({"event": event, **data}), flush=True)


class _Driver:
    """The event loop run by hand, as an operator's clicks would leave it to run."""

    def __init__(self, app: Any, limit: float) -> None:
        self.app, self.deadline = app, time.monotonic() + limit

    def wait(self, condition: Callable[[], bool], what: str) -> None:
        while not condition():
            if time.monotonic() > self.deadline:
                raise RuntimeError(f"memory: gave up waiting for {what}")
            self.pump()

    def pump(self) -> None:
        self.app.processEvents()
        time.sleep(0.01)


def window(home: Path, camera: Path, seconds: float, limit: float = WINDOW_LIMIT) -> None:
    """The window on ``home`` with the nurse signed in and Face-ID on ``camera`` for ``seconds``
    after its first analysed frame; reports on stdout (``gallery`` ... ``done``), then waits
    for a line on stdin (the parent's last sample) and closes."""
    from terminal.core.site import Site
    from terminal.core.store import Store
    from terminal.ui import camera as cameras
    from terminal.ui.app import application, build_context, start_sync, stop
    from terminal.ui.demo_app import open_signed_in

    app = application()
    store = Store.open(home)
    ctx = build_context(home, Site(store), str(camera), "en")
    start_sync(ctx)
    shown: Any = open_signed_in(ctx)
    drive = _Driver(app, limit)
    try:
        drive.wait(lambda: ctx.gallery is not None, "the gallery")
        gallery = ctx.gallery
        compact = getattr(gallery, "_compact", None)
        say(
            "gallery",
            templates=len(gallery),
            mb=round(gallery.nbytes / 2**20, 1),
            on_disk_mb=round(gallery.spilled_bytes / 2**20, 1),
            compact=bool(compact is not None and compact.active),
        )
        drive.wait(lambda: ctx.operator is not None, "the nurse's sign-in")
        say("signed_in")
        drive.wait(lambda: shown.status_panel.state.get("online") is True, "the first sync")
        say("online")
        _camera_run(shown, drive, seconds)
        sys.stdin.readline()  # measured: close
    finally:
        cameras.stop_all(10_000)
        shown.close()
        stop(ctx)
        store.close()
        cameras.ANALYSER.shutdown()


def _camera_run(shown: Any, drive: _Driver, seconds: float) -> None:
    """The workspace's Face-ID panel, frames counted, started again whenever it stops."""
    screen = shown.workspace.currentWidget()
    face = screen.faceid
    frames: list[int] = [0]
    hooked: list[Any] = [None]  # the worker counted (held: a new one never takes a freed one's id)

    def analysed(_picture: object, _scale: float, step: object) -> None:
        if step is not None:
            frames[0] += 1

    def hook() -> bool:
        worker = face.worker
        if worker is not None and worker is not hooked[0]:
            hooked[0] = worker
            worker.frame_ready.connect(analysed)
        return frames[0] > 0

    drive.wait(hook, "the first analysed frame")
    say("camera")
    started, counted, identified, restarts = time.monotonic(), frames[0], 0, 0
    while time.monotonic() < started + seconds:
        drive.pump()
        hook()
        if screen.pages.currentWidget() is screen.dispensing:  # identified: the next person
            identified += 1
            screen.next_patient()
        elif face.worker is None and face.state == "finished":  # the recording ended: play it again
            restarts += 1
            face.try_again()
    say(
        "done",
        seconds=round(time.monotonic() - started, 1),
        frames=frames[0] - counted,
        identified=identified,
        restarts=restarts,
    )
