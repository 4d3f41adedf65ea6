"""The speaker plays the shipped recordings on miniaudio's null backend (a real device that needs no
sound card, playing in real time): ``say`` returns at once, the newest instruction wins, the same one
is not repeated within seconds, the loudness is applied, off is silent, and no device is silence
logged once."""

from __future__ import annotations

import logging
import time

import miniaudio
import numpy as np
import pytest

from terminal.voice import manifest
from terminal.voice.speaker import SAMPLE_RATE, Speaker

NULL = [miniaudio.Backend.NULL]


@pytest.fixture
def speakers():
    made: list[Speaker] = []

    def make(**kw) -> Speaker:
        speaker = Speaker(backends=kw.pop("backends", NULL), **kw)
        speaker.set_options(enabled=True, volume=80)
        made.append(speaker)
        return speaker

    yield make
    for speaker in made:
        speaker.close()


def recorded_peak(phrase_id: str, language: str) -> int:
    path = manifest.read(language).path(phrase_id)
    decoded = miniaudio.decode_file(str(path), nchannels=1, sample_rate=SAMPLE_RATE)
    return int(np.abs(np.frombuffer(decoded.samples, np.int16).astype(np.int32)).max())


def test_saying_returns_at_once_and_the_instruction_plays_in_the_background(speakers) -> None:
    speaker = speakers()
    took = []
    for phrase in ("blink", "hold_still", "too_far", "blink"):
        start = time.perf_counter()
        speaker.say(phrase, "ru")
        took.append(time.perf_counter() - start)
        time.sleep(0.2)  # a few frames of the camera later, the first still playing
    assert max(took) < 0.010  # far under one frame's time (33 ms at 30 frames a second)
    assert not speaker.idle.is_set()
    assert speaker.idle.wait(20)
    # the first played whole; of those asked for meanwhile only the newest was said
    assert [(p.phrase_id, p.language) for p in speaker.played] == [("blink", "ru"), ("blink", "ru")]


def test_the_same_instruction_is_not_said_again_within_a_few_seconds(speakers) -> None:
    now = [100.0]
    speaker = speakers(monotonic=lambda: now[0], repeat_after=6.0)
    assert speaker.say("too_dark", "uz_Latn")
    now[0] += 5.0
    assert not speaker.say("too_dark", "uz_Latn")
    assert speaker.say("too_dark", "kk")  # the language changed: said in the new one
    now[0] += 6.5
    assert speaker.say("too_dark", "kk")


def test_the_loudness_is_applied_to_what_reaches_the_device(speakers) -> None:
    speaker = speakers(repeat_after=0)
    full = recorded_peak("blink", "en")
    speaker.set_options(enabled=True, volume=100)
    speaker.say("blink", "en")
    assert speaker.idle.wait(20)
    speaker.set_options(enabled=True, volume=25)
    speaker.say("blink", "en")
    assert speaker.idle.wait(20)
    assert [(p.volume, p.peak) for p in speaker.played] == [(100, full), (25, int(full * 0.25))]


def test_switched_off_or_at_loudness_zero_nothing_is_played(speakers) -> None:
    speaker = speakers()
    speaker.set_options(enabled=False, volume=80)
    assert not speaker.say("blink", "en")
    speaker.set_options(enabled=True, volume=0)
    assert not speaker.say("blink", "en")
    time.sleep(0.3)
    assert speaker.idle.is_set() and not speaker.played
    assert speaker.say("blink", "en", trial_volume=40)  # the supervisor's "try the voice" still speaks
    assert speaker.idle.wait(20)
    assert [(p.phrase_id, p.volume) for p in speaker.played] == [("blink", 40)]


def test_without_a_sound_device_it_is_silent_and_says_so_once_in_the_log(speakers, caplog) -> None:
    speaker = speakers(backends=[miniaudio.Backend.WASAPI])  # Windows' sound system: never here
    caplog.set_level(logging.WARNING, logger="hamyon.voice")
    speaker.say("blink", "en")
    assert speaker.idle.wait(10)
    assert not speaker.say("hold_still", "en")
    assert not speaker.played
    assert [r.getMessage() for r in caplog.records] == [
        "no sound device: spoken guidance is silent (MiniaudioError)"
    ]
