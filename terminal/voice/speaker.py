"""Plays the recorded instructions on a thread of its own: :meth:`Speaker.say` never waits on sound.

Only the newest instruction is said: one asked for while another is playing replaces any still waiting
(the one playing finishes: a sentence cut in half helps no one). The same instruction is not said
again within :attr:`Speaker.repeat_after` seconds of the speaker's clock. Off, or at volume 0, it says
nothing. Without a sound device it says nothing either, and logs that once (never what was to be said
to whom: no personal data reaches this module).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path

import miniaudio
import numpy as np

from terminal.voice import manifest
from terminal.voice.manifest import VOICE

log = logging.getLogger("hamyon.voice")
SAMPLE_RATE = 16_000
REPEAT_AFTER = 6.0  # seconds before the same instruction is said again
Monotonic = Callable[[], float]


@dataclass(frozen=True)
class Played:
    """What one playback sent to the device: for the supervisor's "try the voice" and for tests."""

    phrase_id: str
    language: str
    volume: int  # percent
    peak: int  # the loudest sample sent, of 32767


def gained(samples: np.ndarray, volume: int) -> np.ndarray:
    """``samples`` (int16) at ``volume`` percent."""
    return (samples.astype(np.float32) * (volume / 100)).astype(np.int16)


class Speaker:
    def __init__(
        self,
        root: Path = VOICE,
        *,
        monotonic: Monotonic = time.monotonic,
        backends: list[miniaudio.Backend] | None = None,  # None: the system's own; tests: [Backend.NULL]
        repeat_after: float = REPEAT_AFTER,
    ) -> None:
        self.root, self.monotonic, self.backends, self.repeat_after = root, monotonic, backends, repeat_after
        self.enabled = False
        self.volume = 80  # percent
        self.played: deque[Played] = deque(maxlen=50)
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._waiting: tuple[str, str, int] | None = None  # (phrase id, language, volume)
        self._last: tuple[str, str] | None = None
        self._last_at = float("-inf")
        self._clips: dict[tuple[str, str], np.ndarray] = {}
        self._manifests: dict[str, manifest.Manifest] = {}
        self._device: miniaudio.PlaybackDevice | None = None
        self._no_device = False
        self._closing = False
        self.idle = threading.Event()  # set while nothing plays or waits
        self.idle.set()
        self._thread = threading.Thread(target=self._run, name="hamyon-voice", daemon=True)
        self._thread.start()  # now, so that the first ``say`` has nothing to start

    def set_options(self, *, enabled: bool, volume: int) -> None:
        self.enabled, self.volume = enabled, max(0, min(100, volume))

    def say(self, phrase_id: str, language: str, *, trial_volume: int | None = None) -> bool:
        """Ask for an instruction to be said; returns at once. False when it will not be (off, repeated).

        ``trial_volume``: the supervisor tries the voice: said at that loudness, even when off or just said.
        """
        trial = trial_volume is not None
        volume = self.volume if trial_volume is None else max(0, min(100, trial_volume))
        if (not self.enabled and not trial) or volume == 0 or self._no_device:
            return False
        now, wanted = self.monotonic(), (phrase_id, language)
        with self._lock:
            if not trial and wanted == self._last and now - self._last_at < self.repeat_after:
                return False
            self._last, self._last_at = wanted, now
            self._waiting = (phrase_id, language, volume)
            self.idle.clear()
            self._wake.notify()
        return True

    def close(self) -> None:
        """Stop after the instruction playing (if any); release the device."""
        with self._lock:
            self._closing, self._waiting = True, None
            self._wake.notify()
        self._thread.join(timeout=15)
        if self._device is not None:
            self._device.close()
            self._device = None

    # --- the speaker's thread ------------------------------------------------------------

    def _run(self) -> None:
        while True:
            with self._lock:
                while self._waiting is None and not self._closing:
                    self.idle.set()
                    self._wake.wait()
                if self._closing:
                    self.idle.set()
                    return
                wanted, self._waiting = self._waiting, None
                assert wanted is not None
            try:
                self._play(*wanted)
            except Exception as exc:  # a bad file or device: the patient is still guided on screen
                log.warning("an instruction could not be played: %s", type(exc).__name__)

    def _play(self, phrase_id: str, language: str, volume: int) -> None:
        clip = self._clip(phrase_id, language)
        device = self._open()
        if clip is None or device is None:
            return
        sound = gained(clip, volume)
        finished = threading.Event()
        stream = _stream(sound, finished)
        next(stream)
        device.start(stream)
        finished.wait(timeout=len(sound) / SAMPLE_RATE + 5)
        time.sleep(device.buffersize_msec / 1000)  # the device's buffer plays out
        device.stop()
        peak = int(np.abs(sound.astype(np.int32)).max()) if len(sound) else 0
        self.played.append(Played(phrase_id, language, volume, peak))

    def _clip(self, phrase_id: str, language: str) -> np.ndarray | None:
        key = (phrase_id, language)
        if key not in self._clips:
            if language not in self._manifests:
                self._manifests[language] = manifest.read(language, self.root)
            path = self._manifests[language].path(phrase_id, self.root)
            if path is None or not path.exists():
                log.warning("no recording of the instruction %s in %s", phrase_id, language)
                return None
            decoded = miniaudio.decode_file(str(path), nchannels=1, sample_rate=SAMPLE_RATE)
            self._clips[key] = np.frombuffer(decoded.samples, dtype=np.int16)
        return self._clips[key]

    def _open(self) -> miniaudio.PlaybackDevice | None:
        if self._device is None and not self._no_device:
            try:
                self._device = miniaudio.PlaybackDevice(
                    nchannels=1, sample_rate=SAMPLE_RATE, backends=self.backends, app_name="Hamyon"
                )
            except miniaudio.MiniaudioError as exc:
                self._no_device = True
                log.warning("no sound device: spoken guidance is silent (%s)", type(exc).__name__)
        return self._device


def _stream(sound: np.ndarray, finished: threading.Event) -> Generator[bytes, int, None]:
    """miniaudio's callback generator: ``sound`` in the pieces the device asks for, then silence."""
    frames = yield b""
    at = 0
    while at < len(sound):
        piece = sound[at : at + frames]
        at += len(piece)
        frames = yield piece.tobytes()
    finished.set()
    while True:
        frames = yield bytes(2 * frames)
