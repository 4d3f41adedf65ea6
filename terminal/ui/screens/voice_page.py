"""The supervisor's page for this terminal's spoken guidance: on or off, and how loud (both audited
settings, :mod:`terminal.core.settings`); "Try the voice" says one instruction at the chosen loudness."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QSpinBox, QVBoxLayout

from terminal.core import settings
from terminal.ui.context import UiContext
from terminal.ui.i18n import error_text
from terminal.ui.voice import shared_speaker
from terminal.ui.widgets import Banner, Translatable, button, heading, label

TRY_PHRASE = "look_at_camera"  # what "Try the voice" says


class VoicePage(Translatable):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.title, self.hint = heading(), label(role="muted")
        self.spoken = QCheckBox()
        self.volume_label = label()
        self.volume = QSpinBox()
        self.volume.setRange(0, 100)
        self.volume.setSuffix(" %")
        self.volume_label.setBuddy(self.volume)
        self.save = button()
        self.save.clicked.connect(self.save_settings)
        self.try_voice = button()
        self.try_voice.clicked.connect(self.say_sample)
        self.banner = Banner(lines=2)
        column = QVBoxLayout(self)
        for widget in (self.title, self.hint, self.spoken, self.volume_label, self.volume):
            column.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addWidget(self.try_voice)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addWidget(self.banner)
        column.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Spoken guidance"))
        self.hint.setText(
            self.tr(
                "In the elderly mode (F7 on the Face-ID screen: large text and voice) this terminal says "
                "each Face-ID instruction aloud in the language of the window."
            )
        )
        self.spoken.setText(self.tr("Speak the Face-ID instructions on this terminal"))
        self.volume_label.setText(self.tr("&Loudness"))
        self.save.setText(self.tr("Save"))
        self.try_voice.setText(self.tr("Try the voice"))

    def refresh(self) -> None:
        """The settings as stored now."""

        def read(site: Any) -> tuple[bool, int]:
            return bool(site.setting("spoken_guidance")), int(site.setting("guidance_volume"))

        self.ctx.tasks.store(read, self._show, self._failed)

    def _show(self, values: tuple[bool, int]) -> None:
        self.spoken.setChecked(values[0])
        self.volume.setValue(values[1])

    def save_settings(self) -> None:
        operator = self.ctx.operator
        if operator is None:
            return
        spoken, volume = self.spoken.isChecked(), self.volume.value()

        def put(site: Any) -> None:
            settings.put(site.store, site.clock, operator, "spoken_guidance", spoken)
            settings.put(site.store, site.clock, operator, "guidance_volume", volume)

        def done(_none: None) -> None:
            self.banner.show_message(self.tr("Saved. The Face-ID screen speaks so from now on."), "ok")

        self.ctx.tasks.store(put, done, self._failed)

    def say_sample(self) -> None:
        """One instruction at the loudness shown (saved or not), in the window's language."""
        speaker = shared_speaker(self.ctx)
        speaker.say(TRY_PHRASE, self.ctx.translations.code, trial_volume=self.volume.value())

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_message(lambda: error_text(exc), "error")
