"""Make the recordings: each Face-ID instruction in each language, spoken by espeak-ng (a developer's tool).

    .venv/bin/python -m terminal.voice.render            # missing and stale espeak-ng recordings
    .venv/bin/python -m terminal.voice.render --check    # exit 1 if a recording is missing or stale
    .venv/bin/python -m terminal.voice.render --all      # redo every espeak-ng recording

Needs ``espeak-ng`` and ``oggenc`` (Debian: espeak-ng, vorbis-tools) on the developer's machine only:
the app ships the files. A recording a person made (``made_by: person``) is never overwritten; when its
words changed in the catalogue it is reported as stale, for the speaker to record again.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from terminal.voice import manifest
from terminal.voice.instructions import INSTRUCTIONS
from terminal.voice.manifest import VOICE, Recording

EXTENSION = ".ogg"
SAMPLE_RATE = 16_000  # speech needs no more; the files stay small
QUALITY = "0"  # oggenc's -q: about 30 kbit/s for 16 kHz mono speech
SPEED = 140  # espeak-ng words per minute: slower than its 175, for old ears


@dataclass(frozen=True)
class Voice:
    espeak: str  # espeak-ng's voice
    letters: dict[str, str]  # letters that voice does not know -> the nearest it reads


# The window's languages (terminal.ui.i18n.LANGUAGES). espeak-ng's Uzbek reads Latin letters only: Cyrillic
# Uzbek is read in its Latin spelling (letter by letter; a word's first "е" is read "e", not "ye").
# espeak-ng has no Karakalpak: its Cyrillic is read by the Kazakh voice (Ў, Ҳ as the nearest Kazakh
# letters), its Latin by the Uzbek voice, which reads á, ó, ú, ı, ń, ǵ sensibly (w as v). Both are
# stand-ins until a native speaker records them (docs/voice.md).
_CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшъьэюяўқғҳ"
_LATIN = "a b v g d e yo j z i y k l m n o p r s t u f x ts ch sh ’ - e yu ya o‘ q g‘ h"
UZBEK_CYRILLIC = {c: latin.strip("-") for c, latin in zip(_CYRILLIC, _LATIN.split(" "), strict=True)}
UZBEK_CYRILLIC |= {c.upper(): latin.capitalize() for c, latin in UZBEK_CYRILLIC.items()}

VOICES: dict[str, Voice] = {
    "uz_Latn": Voice("uz", {}),
    "uz_Cyrl": Voice("uz", UZBEK_CYRILLIC),  # the Uzbek voice reads Latin letters only
    "kaa": Voice("kk", {"Ў": "У", "ў": "у", "Ҳ": "Һ", "ҳ": "һ"}),
    "kaa_Latn": Voice("uz", {"w": "v", "W": "V"}),  # Uzbek has no w: its v is near
    "kk": Voice("kk", {}),
    "ru": Voice("ru", {}),
    "en": Voice("en-gb", {}),
}


def espeak_version() -> str:
    out = subprocess.run(["espeak-ng", "--version"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split()[3:4]) or "?"  # "eSpeak NG text-to-speech: 1.51  Data at: ..."


def speak(text: str, voice: Voice, target: Path) -> None:
    """``text`` spoken by ``voice`` into ``target`` (Ogg Vorbis, mono), written whole or not at all."""
    reading = "".join(voice.letters.get(ch, ch) for ch in text)
    with tempfile.TemporaryDirectory() as work:
        wav = Path(work) / "speech.wav"
        subprocess.run(
            ["espeak-ng", "-v", voice.espeak, "-s", str(SPEED), "-w", str(wav), reading],
            check=True,
            capture_output=True,
        )
        ogg = Path(work) / target.name
        command = ["oggenc", "-Q", "-q", QUALITY, "--downmix", "--resample", str(SAMPLE_RATE)]
        subprocess.run([*command, "-o", str(ogg), str(wav)], check=True, capture_output=True)
        _move(ogg, target)


def _move(source: Path, target: Path) -> None:
    """Copy next to ``target``, then rename over it: a reader never sees half a file."""
    temp = target.with_suffix(target.suffix + ".tmp")
    shutil.copyfile(source, temp)
    os.replace(temp, target)


@dataclass(frozen=True)
class Finding:
    language: str
    phrase_id: str
    problem: str  # "missing", "stale", "stale (a person's recording: record it again)"

    def __str__(self) -> str:
        return f"{self.language}/{self.phrase_id}: {self.problem}"


def findings(root: Path = VOICE) -> list[Finding]:
    """Every recording missing or not speaking the catalogue's current words."""
    found = []
    for language in VOICES:
        words = manifest.catalogue_words(language)
        recorded = manifest.read(language, root)
        for instruction in INSTRUCTIONS:
            recording = recorded.phrases.get(instruction.id)
            path = recorded.path(instruction.id, root)
            if recording is None or path is None or not path.exists():
                found.append(Finding(language, instruction.id, "missing"))
            elif recording.text != manifest.spoken_words(instruction, words):
                person = recording.made_by == "person"
                problem = "stale (a person's recording: record it again)" if person else "stale"
                found.append(Finding(language, instruction.id, problem))
    return found


def render(root: Path = VOICE, *, everything: bool = False) -> list[str]:
    """Record what is missing or stale (everything made by espeak-ng with ``everything``); what was done."""
    version, done = espeak_version(), []
    for language, voice in VOICES.items():
        words = manifest.catalogue_words(language)
        recorded = manifest.read(language, root)
        (root / language).mkdir(parents=True, exist_ok=True)
        for instruction in INSTRUCTIONS:
            text = manifest.spoken_words(instruction, words)
            old = recorded.phrases.get(instruction.id)
            if old is not None and old.made_by == "person":
                continue
            path = root / language / (instruction.id + EXTENSION)
            if not everything and old is not None and old.text == text and path.exists():
                continue
            speak(text, voice, path)
            note = f"espeak-ng {version}, voice {voice.espeak}"
            recorded.phrases[instruction.id] = Recording(path.name, text, "espeak-ng", note)
            manifest.write(recorded, root)  # after each file: an interrupted run keeps what it made
            done.append(f"{language}/{path.name}")
    return done


def main(argv: list[str] | None = None) -> int:
    about = (__doc__ or "").split("\n")[0]
    parser = argparse.ArgumentParser(prog="python -m terminal.voice.render", description=about)
    parser.add_argument("--check", action="store_true", help="only list missing or stale recordings")
    parser.add_argument("--all", action="store_true", help="redo every recording espeak-ng made")
    parser.add_argument("--root", type=Path, default=VOICE, help="the recordings' folder (resources/voice)")
    args = parser.parse_args(argv)
    if not args.check:
        for name in render(args.root, everything=args.all):
            print(f"recorded {name}")
    problems = findings(args.root)
    for finding in problems:
        print(finding, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
