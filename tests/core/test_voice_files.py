"""The shipped recordings of the Face-ID instructions (resources/voice): one per instruction and language,
playable, of a sane length, speaking the catalogue's current words; the render tool's check tells a
missing or stale one (a person's included) without espeak-ng."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import miniaudio
import pytest

from biometrics import quality
from biometrics.liveness import PROMPTS
from terminal.ui import i18n
from terminal.voice import manifest
from terminal.voice.instructions import BY_ID, INSTRUCTIONS, for_cue
from terminal.voice.manifest import VOICE
from terminal.voice.render import VOICES

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = tuple(lang.code for lang in i18n.LANGUAGES)
BUDGET = 2_000_000  # bytes, every language's recordings together


def test_the_voice_speaks_every_language_of_the_window() -> None:
    assert tuple(VOICES) == LANGUAGES
    assert sorted(p.name for p in VOICE.iterdir() if p.is_dir()) == sorted(LANGUAGES)


def test_every_cue_problem_and_liveness_prompt_of_the_face_id_screen_is_an_instruction() -> None:
    problems = [p for p in vars(quality).values() if isinstance(p, quality.Problem)]
    assert len(problems) == 8
    for problem in problems:
        assert for_cue("problem", problem.text) == BY_ID[problem.code]
    for name, words in PROMPTS.items():
        assert for_cue("challenge", words) == BY_ID[name]
    assert {for_cue(kind).id for kind in ("no_face", "good", "turn_either")} == {  # type: ignore[union-attr]
        "look_at_camera",
        "hold_still",
        "turn_either",
    }
    assert for_cue("problem", "words no screen shows") is None
    assert len(INSTRUCTIONS) == len(BY_ID) == 14


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_instruction_has_a_playable_recording_of_sane_length(language: str) -> None:
    recorded = manifest.read(language)
    for instruction in INSTRUCTIONS:
        path = recorded.path(instruction.id)
        assert path is not None and path.stat().st_size > 1_000, f"{language}/{instruction.id}"
        info = miniaudio.vorbis_get_file_info(str(path))
        assert info.nchannels == 1 and info.sample_rate == 16_000
        assert 0.8 <= info.duration <= 8.0, f"{language}/{instruction.id}: {info.duration:.1f} s"
        decoded = miniaudio.decode_file(str(path), nchannels=1, sample_rate=16_000)
        assert max(abs(s) for s in decoded.samples) > 3_000  # speech, not silence


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_recording_speaks_the_words_the_catalogue_has_now(language: str) -> None:
    words = manifest.catalogue_words(language)
    recorded = manifest.read(language)
    for instruction in INSTRUCTIONS:
        assert recorded.phrases[instruction.id].text == manifest.spoken_words(instruction, words)
    assert {r.made_by for r in recorded.phrases.values()} <= {"espeak-ng", "person"}


def test_the_recordings_are_small_enough_to_ship() -> None:
    total = sum(p.stat().st_size for p in VOICE.rglob("*") if p.is_file())
    assert total < BUDGET, f"{total} bytes of recordings"


def check(root: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "terminal.voice.render", "--check", "--root", str(root)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_the_render_check_tells_a_missing_or_stale_recording_and_a_person_s_one(tmp_path: Path) -> None:
    root = tmp_path / "voice"
    shutil.copytree(VOICE, root)
    assert check(root).returncode == 0
    (root / "ru" / "blink.ogg").unlink()
    path = root / "kk" / manifest.MANIFEST
    kazakh = json.loads(path.read_text(encoding="utf-8"))
    kazakh["phrases"]["too_far"]["text"] = "Words the catalogue no longer has"
    kazakh["phrases"]["hold_still"] |= {"text": "Older words", "made_by": "person", "note": "A. B., 2026"}
    path.write_text(json.dumps(kazakh, ensure_ascii=False), encoding="utf-8")
    result = check(root)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "kk/hold_still: stale (a person's recording: record it again)",
        "kk/too_far: stale",
        "ru/blink: missing",
    ]
