"""The Face-ID panel's voice and the elderly mode (large text and the voice, for the patient-facing side).

The terminal has one :class:`terminal.voice.speaker.Speaker` (in ``ctx.extras["speaker"]``; a test puts
one there on the null sound backend). It speaks when the supervisor's setting ``spoken_guidance`` is on
and the elderly mode is: the nurse's switch (F7 on the Face-ID panel), kept for this terminal in
``ui.json`` with the window's other choices. Its loudness is the setting ``guidance_volume``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from terminal.ui import preferences
from terminal.ui.context import UiContext
from terminal.voice.instructions import for_cue
from terminal.voice.speaker import Speaker

ELDERLY = "elderly_mode"  # the ui.json key


def shared_speaker(ctx: UiContext) -> Speaker:
    speaker = ctx.extras.get("speaker")
    if not isinstance(speaker, Speaker):
        speaker = ctx.extras["speaker"] = Speaker()
    return speaker


def elderly_mode(ctx: UiContext) -> bool:
    if ELDERLY not in ctx.extras:
        ctx.extras[ELDERLY] = preferences.read(ctx.home).get(ELDERLY) is True
    return bool(ctx.extras[ELDERLY])


def set_elderly_mode(ctx: UiContext, widget: QWidget, on: bool) -> None:
    """The elderly mode on or off: the window's large text with it, and kept for this terminal."""
    from terminal.ui.main_window import MainWindow  # the window imports the screens

    ctx.extras[ELDERLY] = on
    window = widget.window()
    if isinstance(window, MainWindow):
        window.preferences[ELDERLY] = on
        window.top.large_text.setChecked(on)  # saves the window's choices when it changes
        preferences.write(ctx.home, window.preferences)
    else:
        saved = preferences.read(ctx.home)
        preferences.write(ctx.home, {**saved, ELDERLY: on})


class Guidance:
    """Says the instruction a cue shows, in the window's language, when this terminal speaks."""

    def __init__(self, ctx: UiContext) -> None:
        self.ctx = ctx
        self.allowed, self.volume = False, 0  # the settings, once read from the store

    @property
    def speaker(self) -> Speaker:
        return shared_speaker(self.ctx)

    def refresh(self) -> None:
        """Read this terminal's settings (on the store thread) and apply them."""

        def read(site: Any) -> tuple[bool, int]:
            return bool(site.setting("spoken_guidance")), int(site.setting("guidance_volume"))

        self.ctx.tasks.store(read, self._apply)

    def _apply(self, values: tuple[bool, int]) -> None:
        self.allowed, self.volume = values
        self.update()

    def update(self) -> None:
        self.speaker.set_options(enabled=self.allowed and elderly_mode(self.ctx), volume=self.volume)

    def say_cue(self, kind: str, words: str) -> None:
        instruction = for_cue(kind, words)
        if instruction is not None:
            self.speaker.say(instruction.id, self.ctx.translations.code)
