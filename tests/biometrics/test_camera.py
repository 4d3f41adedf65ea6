"""Camera sources behind one interface, read on their own thread, recovering when the device comes back."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import cv2
import numpy as np
import pytest

from biometrics.errors import CameraNotFound
from biometrics.sources import (
    Frame,
    FrameSource,
    ImageFolderSource,
    VideoFileSource,
    WebcamSource,
    open_source,
)
from biometrics.stream import Backoff, CameraEvent, CameraStream
from tests.biometrics.conftest import write_video

QUICK = Backoff(first=0.02, longest=0.1)


def numbered(index: int) -> np.ndarray:
    """A frame that carries its number as its grey level."""
    return np.full((48, 64, 3), 10 * index + 5, dtype=np.uint8)


def number_of(frame: Frame) -> int:
    return round((float(frame.image.mean()) - 5) / 10)


def image_folder(folder: Path, count: int) -> Path:
    folder.mkdir()
    for i in range(count):
        cv2.imwrite(str(folder / f"frame_{i:03d}.png"), numbered(i))
    return folder


def test_a_video_file_is_read_whole_in_order(tmp_path: Path) -> None:
    path = write_video(tmp_path / "clip.avi", [numbered(i) for i in range(12)], fps=6.0)
    with CameraStream(VideoFileSource(path)) as stream:
        items = list(stream)
    assert isinstance(items[0], CameraEvent) and items[0].kind == "connected"
    assert isinstance(items[-1], CameraEvent) and items[-1].kind == "ended"
    frames = [i for i in items if isinstance(i, Frame)]
    assert [f.index for f in frames] == list(range(12))
    assert [number_of(f) for f in frames] == list(range(12))
    assert frames[6].seconds == pytest.approx(1.0)
    assert frames[0].image.shape == (48, 64, 3) and frames[0].image.dtype == np.uint8


def test_a_video_is_read_where_opencv_has_no_ffmpeg(tmp_path: Path) -> None:
    """OpenCV's own MJPEG reader refuses the one-thread setting (a build without FFmpeg, as a frozen
    program can be): the video is opened without it and read whole."""
    script = f"""
import cv2, numpy as np
from biometrics.sources import VideoFileSource
path = {str(tmp_path / "clip.avi")!r}
writer = cv2.VideoWriter(path, cv2.CAP_OPENCV_MJPEG, cv2.VideoWriter_fourcc(*"MJPG"), 10, (64, 48))
for i in range(5):
    writer.write(np.full((48, 64, 3), 40 * i + 20, np.uint8))
writer.release()
assert not cv2.VideoCapture(path, cv2.CAP_ANY, [cv2.CAP_PROP_N_THREADS, 1]).isOpened()
source = VideoFileSource(path)
source.open()
levels = []
while (frame := source.read()) is not None:
    levels.append(round(float(frame.image.mean())))
source.close()
print(levels)
"""
    env = {**os.environ, "OPENCV_VIDEOIO_PRIORITY_FFMPEG": "0"}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    levels = [int(v) for v in done.stdout.strip().strip("[]").split(",")]
    assert len(levels) == 5
    assert all(abs(level - (40 * i + 20)) <= 3 for i, level in enumerate(levels))


def test_a_folder_is_read_in_name_order_skipping_what_is_not_a_picture(tmp_path: Path) -> None:
    folder = image_folder(tmp_path / "shots", 4)
    (folder / "frame_001b.png").write_bytes(b"damaged")
    (folder / "notes.txt").write_text("not a picture")
    source = ImageFolderSource(folder, fps=2.0)
    with CameraStream(source) as stream:
        frames = list(stream.frames())
    assert [number_of(f) for f in frames] == [0, 1, 2, 3]
    assert [f.seconds for f in frames] == [0.0, 0.5, 1.0, 1.5]
    assert source.skipped == 1


def test_what_the_user_typed_picks_the_source(tmp_path: Path) -> None:
    assert isinstance(open_source("0"), WebcamSource) and isinstance(open_source(2), WebcamSource)
    assert isinstance(open_source(tmp_path), ImageFolderSource)
    assert isinstance(open_source(tmp_path / "clip.mp4"), VideoFileSource)


def test_a_camera_that_is_not_there_gives_a_clear_error(tmp_path: Path) -> None:
    stream = CameraStream(WebcamSource(97), backoff=Backoff(attempts=1))
    with stream, pytest.raises(CameraNotFound) as caught:
        list(stream)
    assert caught.value.code == "camera_not_found"
    assert caught.value.message == "camera 97 was not found: no camera with this number is connected."


def test_retries_then_gives_up(tmp_path: Path) -> None:
    backoff = Backoff(first=0.01, longest=0.02, attempts=3)
    seen = []
    stream = CameraStream(VideoFileSource(tmp_path / "missing.avi"), backoff=backoff)
    with stream, pytest.raises(CameraNotFound, match=r"missing\.avi was not found: the file does not exist"):
        for item in stream:
            seen.append(item)
    assert [e.kind for e in seen] == ["lost", "lost"]
    assert all(e.error is not None and e.retry_in is not None for e in seen)


def test_the_backoff_grows_to_its_longest() -> None:
    assert [Backoff().wait(n) for n in (1, 2, 3, 4, 5, 9)] == [0.5, 1.0, 2.0, 4.0, 5.0, 5.0]


def test_a_video_that_appears_later_is_picked_up(tmp_path: Path) -> None:
    path = tmp_path / "later.avi"
    with CameraStream(VideoFileSource(path), backoff=QUICK) as stream:
        items = iter(stream)
        first = next(items)
        assert isinstance(first, CameraEvent) and first.kind == "lost"
        write_video(tmp_path / "writing.avi", [numbered(i) for i in range(5)])
        (tmp_path / "writing.avi").rename(path)  # appears whole, as a device plugged in
        rest = list(items)
    kinds = [i.kind for i in rest if isinstance(i, CameraEvent)]
    assert "recovered" in kinds and kinds[-1] == "ended"
    assert [number_of(f) for f in rest if isinstance(f, Frame)] == list(range(5))


def test_a_folder_that_goes_away_and_comes_back_resumes_where_it_was(tmp_path: Path) -> None:
    folder = image_folder(tmp_path / "shots", 8)
    away = tmp_path / "unplugged"
    numbers, kinds = [], []
    with CameraStream(ImageFolderSource(folder), backoff=QUICK, buffer=1) as stream:
        for item in stream:
            if isinstance(item, Frame):
                numbers.append(number_of(item))
                if len(numbers) == 2:
                    folder.rename(away)  # unplugged while frames are still to come
                continue
            kinds.append(item.kind)
            if item.kind == "lost" and away.exists():
                away.rename(folder)  # plugged back in
    assert numbers == list(range(8))  # every frame once, in order
    assert kinds[0] == "connected" and "lost" in kinds and "recovered" in kinds and kinds[-1] == "ended"
    assert kinds.index("lost") < kinds.index("recovered")


def test_stopping_while_waiting_to_retry_ends_the_reader_at_once(tmp_path: Path) -> None:
    stream = CameraStream(VideoFileSource(tmp_path / "none.avi"), backoff=Backoff(first=3600.0))
    stream.start()
    assert next(iter(stream)).kind == "lost"  # now waiting an hour before the next try
    stream.stop()  # waits for the reader at most 5 s: far less than the hour it would still sleep
    assert not stream.running  # the reader woke up and ended before stop() returned
    assert list(stream) == []  # and it ended without trying the camera again


def test_a_stop_from_another_thread_wakes_a_consumer_waiting_on_a_camera_that_sends_nothing() -> None:
    from tests.ui.quiet_camera import QUIET_SECONDS, QuietCamera

    stream = CameraStream(QuietCamera(portable=False))
    stream.start()
    assert next(iter(stream)).kind == "connected"
    got: list[object] = []
    consumer = threading.Thread(target=lambda: got.extend(stream))  # waits: the camera sends nothing
    consumer.start()
    consumer.join(0.3)
    assert consumer.is_alive() and got == []
    started = time.monotonic()
    stream.stop(timeout=0)  # as the window's stop does: never waits for the reader
    consumer.join(5)
    assert not consumer.is_alive() and time.monotonic() - started < QUIET_SECONDS / 10
    assert got == [] and stream.over


class TickingCamera(FrameSource):
    """A stand-in for a webcam (none is attached here): a new frame every 2 ms, like a live device."""

    live = True
    name = "camera 0"

    def __init__(self) -> None:
        self.count = 0
        self.reader = ""

    def open(self) -> None:
        self.count = 0

    def read(self) -> Frame | None:
        time.sleep(0.002)
        self.reader = threading.current_thread().name
        self.count += 1
        return Frame(self.count - 1, self.count * 0.002, numbered(self.count % 20))

    def close(self) -> None:
        pass


def test_a_live_camera_keeps_only_the_newest_frame_and_reads_on_its_own_thread() -> None:
    camera = TickingCamera()
    taken = []
    with CameraStream(camera) as stream:
        for frame in stream.frames():
            taken.append(frame.index)
            time.sleep(0.03)  # a slow consumer: the pipeline takes longer than a camera frame
            if len(taken) == 5:
                break
    assert camera.reader.startswith("camera: ") and camera.reader != threading.current_thread().name
    gaps = np.diff(taken)
    assert (gaps > 1).all()  # stale frames were dropped, the newest one delivered
    assert camera.count > taken[-1]
