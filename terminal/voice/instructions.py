"""The instructions the Face-ID screen shows a patient, each with a stable id that names its recording.

An instruction's words are the catalogue's: its Qt context and English source text, the same the screen
translates (the panel's own words in context ``FaceIdPanel``, the core's quality problems and liveness
prompts in context ``core``). A recording is stale when the catalogue's words for its language differ
from the words its manifest says it speaks.
"""

from __future__ import annotations

from dataclasses import dataclass

from biometrics import quality
from biometrics.liveness import PROMPTS

PANEL = "FaceIdPanel"  # the Face-ID panel's Qt context (its ``self.tr`` words)
CORE = "core"  # the core's words (terminal.ui.i18n.CORE_CONTEXT)


@dataclass(frozen=True)
class Instruction:
    id: str  # the recording's file name, without the extension
    context: str  # the catalogue context of its words
    source: str  # the English words, the catalogue's source text


# The panel's cues (terminal.ui.camera.Cue.kind) with fixed words: the same literals as in faceid.py.
CUE_WORDS = {
    "no_face": Instruction("look_at_camera", PANEL, "Please look at the camera."),
    "good": Instruction("hold_still", PANEL, "Hold still, please."),
    "turn_either": Instruction("turn_either", PANEL, "Please turn your head slowly to one side."),
}
PROBLEMS = tuple(
    Instruction(p.code, CORE, p.text) for p in vars(quality).values() if isinstance(p, quality.Problem)
)
CHALLENGES = tuple(Instruction(name, CORE, words) for name, words in PROMPTS.items())
INSTRUCTIONS: tuple[Instruction, ...] = (*CUE_WORDS.values(), *PROBLEMS, *CHALLENGES)
BY_ID = {i.id: i for i in INSTRUCTIONS}
_BY_WORDS = {i.source: i for i in (*PROBLEMS, *CHALLENGES)}


def for_cue(kind: str, words: str = "") -> Instruction | None:
    """The instruction a cue shows: by its kind, or by the core's English ``words`` (a problem, a prompt)."""
    return CUE_WORDS.get(kind) or _BY_WORDS.get(words)
