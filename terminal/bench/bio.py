"""``hamyon bench bio``: the Face-ID engine's speed, beside face_recognition in the same run.

- ``search_ms``: median time of one 1:N search (nearest 5 identities) over
  galleries of synthetic templates shaped like dlib's (norm about 1.4, two per
  identity); half the queries are enrolled people seen again, half strangers.
  ``face_distance_ms``: ``face_recognition.face_distance`` then ``argmin`` on
  the same templates and queries as float64 arrays (what its ``face_encodings``
  returns); ``face_distance_float32_ms`` on our float32 matrix itself;
  ``matvec_float32_ms``: one plain float32 matrix-vector product (BLAS) over the
  same templates, the least an exact pass costs. From 20,000 templates the search
  chooses the rows it measures from a compact copy (:mod:`biometrics.coarse`).
- ``recall``: the share of ``recall_queries`` queries (at least 1,000 at each
  size, the same mix) whose exact nearest template (every row scored:
  ``Gallery.search_exact``) is the one the search names, at the size where it
  is lowest; ``recall_by_size`` each.
- ``frame_to_decision_ms``: 35 real 640x480 frames (``frames_from`` counts
  them): the 19 photos of ../shared/faces/people, each scaled (up or down)
  to fit and centred on grey, and 16 frames of the 640x360 clip (frames 88, 96, ...,
  208: Lin-Manuel Miranda alone on stage) with grey bars above and below;
  each through detection, quality, encoding, search of a 100k gallery and
  the decision. The baseline is face_recognition as its README shows it
  (``face_locations``, then ``face_encodings``, then ``face_distance``) on
  the same frames.
- ``template_load_ms_100k``: 100k templates from a real store file into a
  gallery through :mod:`terminal.core.faces`; the baseline is the bare
  ``fetchall`` of the same query.
- ``peak_rss_mb``: the whole run's peak, dominated by the float64 copy that
  face_distance needs at 1M; ``gallery_mb`` is the engine's own memory.
- ``search_rows_on_disk_ms`` and ``gallery_rows_on_disk_mb`` (from 50,000 templates): the same
  searches of a gallery keeping its float32 rows on disk, as the terminal's window does
  (:mod:`biometrics.spill`; the file in a temporary folder, read through the page cache), and that
  gallery's memory; it must name the same templates as the gallery in memory.
"""

from __future__ import annotations

import os
import resource
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from terminal.bench import percentile_ms
from terminal.core.errors import InvalidInput

if TYPE_CHECKING:
    import cv2
else:
    from biometrics.opencv import cv2  # imported on first use, set up once

TEMPLATES_PER_PERSON = 2
RECALL_QUERIES = 1000
CLIP_FRAMES = range(88, 211, 8)  # every 8th frame from 88 to 208: Lin-Manuel Miranda alone on stage


def default_faces() -> Path:
    if env := os.environ.get("HAMYON_FACES"):
        return Path(env)
    return Path(__file__).resolve().parents[2].parent / "shared" / "faces"


def run(
    sizes: Sequence[int], faces: Path, *, queries: int = 40, load: int = 100_000, frames: int | None = None
) -> dict[str, Any]:
    """All figures; ``load`` templates for the store timing, the first ``frames`` real frames (None: all)."""
    if not (faces / "people").is_dir():
        raise InvalidInput(field="--faces", reason=f"no face photos in {faces}: pass the shared faces folder")
    rng = np.random.default_rng(20261121)
    face_distance = _face_distance()
    result: dict[str, Any] = {
        "search_ms": {},
        "matvec_float32_ms": {},
        "recall_by_size": {},
        "face_distance_ms": {},
        "face_distance_float32_ms": {},
        "speedup": {},
        "gallery_mb": {},
        "search_rows_on_disk_ms": {},
        "gallery_rows_on_disk_mb": {},
    }
    result.update(_template_load(rng, load))
    result.update(_frame_to_decision(faces, rng, frames))
    for size in sorted(sizes):
        timed = _search(size, rng, queries, face_distance)
        result["search_ms"][str(size)] = timed["ours"]
        result["matvec_float32_ms"][str(size)] = timed["matvec"]
        result["recall_by_size"][str(size)] = timed["recall"]
        result["face_distance_ms"][str(size)] = timed["float64"]
        result["face_distance_float32_ms"][str(size)] = timed["float32"]
        result["speedup"][str(size)] = round(timed["float64"] / timed["ours"], 1)
        result["gallery_mb"][str(size)] = timed["mb"]
        if "on_disk" in timed:
            result["search_rows_on_disk_ms"][str(size)] = timed["on_disk"]
            result["gallery_rows_on_disk_mb"][str(size)] = timed["on_disk_mb"]
    result["recall"] = min(result["recall_by_size"].values(), default=None)
    result["recall_queries"] = max(RECALL_QUERIES, queries)
    result["bytes_per_template"] = {
        size: round(mb * 2**20 / int(size)) for size, mb in result["gallery_mb"].items()
    }
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    result["cpus"] = os.cpu_count()
    return result


def _face_distance() -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
    """face_recognition's own function; its import switches Pillow to accept truncated files: undone."""
    from PIL import ImageFile

    before = ImageFile.LOAD_TRUNCATED_IMAGES
    import face_recognition

    ImageFile.LOAD_TRUNCATED_IMAGES = before
    return face_recognition.face_distance


def _search(
    size: int, rng: np.random.Generator, queries: int, face_distance: Callable[..., np.ndarray]
) -> dict[str, float]:
    """Median ms per query: our search; face_distance + argmin on the same templates, as float64 (what
    ``face_recognition.face_encodings`` returns) and as our float32."""
    from biometrics import Gallery

    block = synthetic_templates(rng, size)
    gallery = Gallery(capacity=size)
    gallery.add_many((np.arange(size) // TEMPLATES_PER_PERSON).tolist(), block)
    enrolled = block[rng.integers(0, size, queries // 2)]
    enrolled = enrolled + rng.normal(0, 0.03, enrolled.shape).astype(np.float32)
    probes = list(np.concatenate([enrolled, synthetic_templates(rng, queries - len(enrolled))]))
    for q in probes[:3]:  # warm up the caches and BLAS threads
        gallery.search(q)
    ours, _ = _median_ms(lambda q: gallery.search(q)[0].key, probes)
    matvec, _ = _median_ms(lambda q: block @ q, probes)  # block: one dense n x 128 float32 matrix
    few = probes[: max(5, min(len(probes), 2_000_000 // size))]  # face_distance is slow: fewer at 1M
    as32, expected = _median_ms(lambda q: int(np.argmin(face_distance(block, q))), few)
    block64 = block.astype(np.float64)
    as64, _ = _median_ms(lambda q: int(np.argmin(face_distance(block64, q.astype(np.float64)))), few)
    exact_found = [gallery.search_exact(q)[0].key - 1 for q in few]
    if exact_found != expected:
        raise RuntimeError("the gallery's exact search and face_distance disagree on the nearest template")
    return {
        **_search_rows_on_disk(block, probes, [gallery.search(q)[0].key for q in probes]),
        "ours": ours,
        "matvec": matvec,
        "float64": as64,
        "float32": as32,
        "mb": round(gallery.nbytes / 2**20, 1),
        "recall": _recall(gallery, block, rng, max(RECALL_QUERIES, queries)),
    }


def _search_rows_on_disk(block: np.ndarray, probes: list[np.ndarray], keys: list[int]) -> dict[str, float]:
    """The same searches, the gallery's rows on disk (from the compact copy's size on); ``keys``: what
    the gallery in memory named."""
    from biometrics import Gallery, coarse

    if len(block) < coarse.MIN_ROWS:
        return {}
    with tempfile.TemporaryDirectory(prefix="hamyon-bench-rows-") as folder:
        gallery = Gallery(capacity=len(block), spill=folder)
        gallery.add_many((np.arange(len(block)) // TEMPLATES_PER_PERSON).tolist(), block)
        if not gallery.spilled_bytes:
            raise RuntimeError("the gallery kept its rows in memory: the folder could not take them")
        for q in probes[:3]:
            gallery.search(q)
        on_disk, named = _median_ms(lambda q: gallery.search(q)[0].key, probes)
        if named != keys:
            raise RuntimeError("the gallery with its rows on disk named other templates than in memory")
        mb = round(gallery.nbytes / 2**20, 1)
    return {"on_disk": on_disk, "on_disk_mb": mb}


def _recall(gallery: Any, block: np.ndarray, rng: np.random.Generator, count: int) -> float:
    """Share of ``count`` queries (half enrolled seen again, half strangers) whose exact nearest template
    is the search's nearest."""
    seen = block[rng.integers(0, len(block), count // 2)]
    seen = seen + rng.normal(0, 0.03, seen.shape).astype(np.float32)
    queries = np.concatenate([seen, synthetic_templates(rng, count - len(seen))])
    hits = sum(gallery.search(q)[0].key == gallery.search_exact(q)[0].key for q in queries)
    return round(hits / count, 5)


def _frame_to_decision(faces: Path, rng: np.random.Generator, count: int | None) -> dict[str, Any]:
    from biometrics import Gallery, matching, pipeline

    named = real_frames(faces)[:count]
    frames = [frame for _, frame in named]
    gallery = Gallery(capacity=100_000 + 64)
    gallery.add_many((np.arange(100_000) // TEMPLATES_PER_PERSON).tolist(), synthetic_templates(rng, 100_000))
    pipeline.analyse(frames[0])  # load the models outside the timing

    def decide(frame: np.ndarray) -> str:
        result = pipeline.analyse(frame)
        if result.encoding is None:
            return result.status
        return matching.identify(gallery, result.encoding).status

    ours = _timings(decide, frames)
    readme = _timings(_readme_way(gallery.templates_of(0)), frames)
    return {
        "frame_to_decision_ms": {"p50": percentile_ms(ours, 50), "p95": percentile_ms(ours, 95)},
        "baseline_frame_to_decision_ms": {"p50": percentile_ms(readme, 50), "p95": percentile_ms(readme, 95)},
        "frames": len(frames),
        "frames_from": dict(Counter(origin for origin, _ in named)),
    }


def _readme_way(known: np.ndarray) -> Callable[[np.ndarray], Any]:
    from PIL import ImageFile

    before = ImageFile.LOAD_TRUNCATED_IMAGES
    import face_recognition as fr

    ImageFile.LOAD_TRUNCATED_IMAGES = before

    def decide(frame: np.ndarray) -> Any:
        locations = fr.face_locations(frame)
        return [fr.face_distance(known, e) for e in fr.face_encodings(frame, locations)]

    return decide


def _timings(fn: Callable[[np.ndarray], Any], frames: Sequence[np.ndarray]) -> list[float]:
    times = []
    for frame in frames:
        started = time.perf_counter()
        fn(frame)
        times.append(time.perf_counter() - started)
    return times


def real_frames(faces: Path) -> list[tuple[str, np.ndarray]]:
    """640x480 frames, each with where it comes from ("photo" or "clip").

    Every photo of people/ scaled to fit and centred on grey, then the frames
    :data:`CLIP_FRAMES` of the 640x360 clip with grey bars above and below.
    """
    from biometrics.images import load_image

    frames = [("photo", _letterbox(load_image(photo))) for photo in sorted((faces / "people").glob("*/*"))]
    capture = cv2.VideoCapture(str(faces / "video" / "short_hamilton_clip.mp4"))
    for index in range(CLIP_FRAMES.stop):
        ok, bgr = capture.read()
        if not ok:
            break
        if index in CLIP_FRAMES:
            frames.append(("clip", _letterbox(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB))))
    capture.release()
    return frames


def _letterbox(image: np.ndarray, width: int = 640, height: int = 480) -> np.ndarray:
    """The picture scaled to fit a width x height frame (small photos are enlarged) and centred on grey."""
    scale = min(width / image.shape[1], height / image.shape[0])
    if scale != 1.0:
        image = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    frame = np.full((height, width, 3), 128, dtype=np.uint8)
    top, left = (height - image.shape[0]) // 2, (width - image.shape[1]) // 2
    frame[top : top + image.shape[0], left : left + image.shape[1]] = image
    return frame


def _template_load(rng: np.random.Generator, count: int = 100_000) -> dict[str, Any]:
    """Time loading ``count`` templates from a real store file, and the bare fetch of the same rows."""
    from terminal.core import faces
    from terminal.core.store import Store

    with tempfile.TemporaryDirectory(prefix="hamyon-bench-bio-") as tmp:
        with Store.open(Path(tmp)) as store:
            _fill_store(store, rng, count)
        loads, fetches = [], []
        for _ in range(3):
            with Store.open(Path(tmp)) as store:
                started = time.perf_counter()
                gallery = faces.load_gallery(store)
                loads.append(time.perf_counter() - started)
                started = time.perf_counter()
                rows = store.db.conn.execute(faces.IN_FORCE).fetchall()
                fetches.append(time.perf_counter() - started)
            if len(gallery) != count or len(rows) != count:
                raise RuntimeError(f"{len(gallery)} templates loaded, {count} stored")
    name = f"{count // 1000}k" if count % 1000 == 0 else str(count)
    return {
        f"template_load_ms_{name}": round(statistics.median(loads) * 1000, 1),
        f"baseline_fetch_ms_{name}": round(statistics.median(fetches) * 1000, 1),
    }


def _fill_store(store: Any, rng: np.random.Generator, count: int) -> None:
    from biometrics import templates

    people = count // TEMPLATES_PER_PERSON
    block = synthetic_templates(rng, count).astype(templates.WIRE_DTYPE)
    with store.write() as db:
        db.conn.executemany(
            "INSERT INTO citizens (id, pin, surname, given_name, birth_date, sex, catchment, updated_at)"
            " VALUES (?, ?, 'Bench', 'Citizen', '1950-01-01', 'M', 'BENCH', '2026-01-01T00:00:00+05:00')",
            ((i + 1, f"{30000000000000 + i}") for i in range(people)),
        )
        db.conn.executemany(
            "INSERT INTO face_templates (citizen_id, encoding, source, registry_id, created_at)"
            " VALUES (?, ?, 'registry', ?, '2026-01-01T00:00:00+05:00')",
            ((i // TEMPLATES_PER_PERSON + 1, block[i].tobytes(), f"bench-{i}") for i in range(count)),
        )


def synthetic_templates(rng: np.random.Generator, count: int) -> np.ndarray:
    """Random templates with the norms of dlib's (1.3 to 1.5)."""
    block = rng.standard_normal((count, 128), dtype=np.float32)
    block *= (rng.uniform(1.3, 1.5, count) / np.linalg.norm(block, axis=1)).astype(np.float32)[:, None]
    return block


def _median_ms(fn: Callable[[Any], Any], inputs: Sequence[Any]) -> tuple[float, list[Any]]:
    """Median milliseconds of ``fn`` over the inputs, and its answers."""
    times, answers = [], []
    for x in inputs:
        started = time.perf_counter()
        answers.append(fn(x))
        times.append(time.perf_counter() - started)
    return round(statistics.median(times) * 1000, 3), answers
