"""``resources/voice/<language>/manifest.json``: what each recording says and who made it.

One manifest per language::

    {"language": "ru", "phrases": {"blink": {"file": "blink.ogg", "text": "Пожалуйста, ...",
                                            "made_by": "espeak-ng", "note": "espeak-ng 1.51, voice ru"}}}

``text`` is the catalogue's words the recording speaks (a recording whose words the catalogue has
since changed is stale); ``made_by`` is ``espeak-ng`` (the render tool may redo it) or ``person`` (a
native speaker's: the tool never overwrites it). The file is written to a temporary name, then renamed.
"""

from __future__ import annotations

import json
import os
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

from terminal.voice.instructions import Instruction

VOICE = Path(__file__).resolve().parents[2] / "resources" / "voice"
I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
MANIFEST = "manifest.json"
Maker = Literal["espeak-ng", "person"]


@dataclass(frozen=True)
class Recording:
    file: str  # in the language's folder
    text: str  # the words it speaks
    made_by: Maker
    note: str = ""  # the voice used, or the speaker and the date


@dataclass
class Manifest:
    language: str
    phrases: dict[str, Recording] = field(default_factory=dict)

    def path(self, phrase_id: str, root: Path = VOICE) -> Path | None:
        recording = self.phrases.get(phrase_id)
        return None if recording is None else root / self.language / recording.file


def read(language: str, root: Path = VOICE) -> Manifest:
    """The manifest of ``language`` (empty when there is none yet)."""
    path = root / language / MANIFEST
    if not path.exists():
        return Manifest(language)
    raw = json.loads(path.read_text(encoding="utf-8"))
    phrases = {key: Recording(**value) for key, value in raw.get("phrases", {}).items()}
    return Manifest(raw.get("language", language), phrases)


def write(manifest: Manifest, root: Path = VOICE) -> None:
    folder = root / manifest.language
    folder.mkdir(parents=True, exist_ok=True)
    body = {
        "language": manifest.language,
        "phrases": {key: asdict(manifest.phrases[key]) for key in sorted(manifest.phrases)},
    }
    fd, temp = tempfile.mkstemp(dir=folder, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(body, out, ensure_ascii=False, indent=2)
        out.write("\n")
    os.replace(temp, folder / MANIFEST)


def catalogue_words(language: str, i18n: Path = I18N) -> dict[tuple[str, str], str]:
    """(context, source) -> the words the window shows in ``language``: the finished translation, else
    the English source (as ``lrelease`` compiles it: an unfinished translation is left out)."""
    words: dict[tuple[str, str], str] = {}
    for context in ET.parse(i18n / f"hamyon_{language}.ts").getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue  # gone from the code: the window no longer shows it
            finished = translation is not None and translation.get("type") is None and translation.text
            words[(name, source)] = translation.text if finished and translation is not None else source
    return words


def spoken_words(instruction: Instruction, words: dict[tuple[str, str], str]) -> str:
    """What the screen shows for ``instruction`` (a sentence starts big, as the panel shows it)."""
    text = words.get((instruction.context, instruction.source), instruction.source) or ""
    return text[:1].upper() + text[1:]
