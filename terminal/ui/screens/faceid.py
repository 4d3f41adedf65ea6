"""The Face-ID panel: the camera picture with the face box, plain guidance, the automatic capture,
the liveness step; when the face is not recognised, the ID number with a 1:1 face check, or a
supervisor's override. It emits who was identified and how; it never names anyone else.

The camera runs only while the panel is visible (a worker per identification,
see :mod:`terminal.ui.camera`): hidden, minimised or closed, it is stopped.

After a face identification (liveness passed) the visit's template goes to
:func:`terminal.core.faces.learn_from_visit` on the store thread, which marks
the matching template seen and keeps the visit's when the policy allows. It
never holds up the hand-out: a refusal or a failure is only logged. An override
teaches nothing: the override dialog has no face check.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QImage, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from biometrics.learning import Confirmation
from biometrics.sources import open_source
from biometrics.stream import CameraEvent
from terminal.core import faces
from terminal.core.citizens import CitizenView
from terminal.core.identification import Identification
from terminal.core.site import Site
from terminal.ui import theme
from terminal.ui.camera import (
    CameraView,
    CameraWorker,
    FaceIdSettings,
    FaceSession,
    Outcome,
    Step,
    start_worker,
)
from terminal.ui.context import UiContext
from terminal.ui.dialogs.idnumber import IdNumberEntry
from terminal.ui.dialogs.keys import shortcut
from terminal.ui.dialogs.override import OverrideDialog
from terminal.ui.i18n import core_text, error_text
from terminal.ui.voice import Guidance, elderly_mode, set_elderly_mode
from terminal.ui.widgets import Banner, Translatable, button, heading, label

DEFAULT_CAMERA = "0"  # the first webcam, when the terminal names no camera
log = logging.getLogger("hamyon.ui.faceid")


@dataclass(frozen=True)
class Identified:
    identification: Identification
    supervisor_name: str | None = None  # an override's supervisor


class FaceIdPanel(Translatable):
    identified = Signal(object)  # Identified
    find_patient = Signal()  # the nurse asks to find the patient by name, birth date or ID number
    show_day = Signal()  # the nurse asks for today's totals and the stock

    def __init__(self, ctx: UiContext, action: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.action = action  # the workflow's permission an override here is for
        self.settings = FaceIdSettings()
        self.open_source = open_source  # what the camera setting names -> a frame source (tests replace it)
        self.worker: CameraWorker | None = None  # the current session's, None when stopped
        self._started: CameraWorker | None = None  # the last one started, maybe still letting go
        self._pending: CameraWorker | None = None  # waits for that one
        self._claimed: CitizenView | None = None
        self._recorded = False
        self._step: Step | None = None
        self.state = "idle"  # waiting (for the gallery), running, typing (the ID number), paused, finished
        self._said: dict[Banner, Callable[[], tuple[str, str]]] = {}
        self.override_dialog: OverrideDialog | None = None
        self.voice = Guidance(ctx)  # each instruction said aloud in the elderly mode (terminal.ui.voice)
        self._build()
        ctx.bridge.gallery_changed.connect(self._gallery_ready)
        self.retranslate()

    def _build(self) -> None:
        self.view = CameraView()
        self.title = heading()
        self.step_label = label(role="muted")
        self.guidance = label()
        self.guidance.setStyleSheet("font-weight: bold;")
        theme.text_size(self.guidance, "larger")
        self.capture = QProgressBar()
        self.capture.setTextVisible(False)
        self.notice, self.camera_banner = Banner(lines=2), Banner(lines=2)
        self.id_box = IdNumberEntry(self.ctx, self.action)
        self.id_box.found.connect(self._verify)
        self.id_box.hide()
        self.id_number = self.id_box.field
        self.by_id = button()
        shortcut(self.by_id, "F2")
        self.by_id.clicked.connect(self.show_id_entry)
        self.override = button()
        shortcut(self.override, "F3")
        self.override.clicked.connect(self.ask_override)
        self.again = button()
        shortcut(self.again, "F4")
        self.again.clicked.connect(self.try_again)
        self.find = button()
        shortcut(self.find, "F5")
        self.find.clicked.connect(self._find)
        self.today = button()
        shortcut(self.today, "F6")
        self.today.clicked.connect(self._today)
        self.elderly = button()  # large text and the voice, for a patient who reads poorly
        self.elderly.setCheckable(True)
        self.elderly.setChecked(elderly_mode(self.ctx))
        shortcut(self.elderly, "F7")
        self.elderly.toggled.connect(self._set_elderly)
        self.recorded_note = label(role="muted")
        column = QWidget()
        side = QVBoxLayout(column)
        side.setContentsMargins(0, 0, 8, 0)
        for widget in (self.title, self.step_label, self.guidance, self.capture, self.id_box):
            side.addWidget(widget)
        for widget in (self.by_id, self.override, self.again, self.find, self.today, self.elderly):
            side.addWidget(widget)
        side.addWidget(self.recorded_note)
        side.addStretch(1)
        self.side = scroll = QScrollArea()  # large type in a small window: scroll, never squash
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(column)
        # the messages under the picture: one appearing never moves the buttons, and on a small screen
        # the buttons stay in view (the first one, at least) with the messages still in sight
        self.view.setMinimumSize(320, 180)
        picture = QVBoxLayout()
        picture.addWidget(self.view, 1)
        picture.addWidget(self.notice)
        picture.addWidget(self.camera_banner)
        row = QHBoxLayout(self)
        row.addLayout(picture, 1)
        row.addWidget(scroll, 1)
        self.setTabOrder(self.by_id, self.override)
        self.setTabOrder(self.override, self.again)
        self.setTabOrder(self.again, self.find)
        self.setTabOrder(self.find, self.today)
        self.setTabOrder(self.today, self.elderly)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Who is the patient?"))
        self.view.setAccessibleName(self.tr("Camera picture"))
        self.capture.setAccessibleName(self.tr("Taking the picture"))
        self.by_id.setText(self.tr("Type the ID number (F2)"))
        self.override.setText(self.tr("Supervisor override (F3)"))
        self.again.setText(self.tr("Start again (F4)"))
        self.find.setText(self.tr("Find a patient (F5)"))
        self.today.setText(self.tr("Today's hand-outs and stock (F6)"))
        self.elderly.setText(self.tr("Elderly mode (F7)"))
        self.elderly.setToolTip(self.tr("Large text, and each instruction spoken aloud"))
        self.recorded_note.setText(
            self.tr(
                "This camera is a recording (demo). A recording cannot follow a request, so a head turn "
                "to either side is accepted: that shows a real head, not a photo, but not that the "
                "person is here now."
            )
        )
        self.recorded_note.setVisible(self._recorded)
        for banner, say in self._said.items():
            banner.show_message(*say())
        self._show_step(self._step)
        self._fit_side()

    def _fit_side(self) -> None:
        """The side column as wide as its widest button's words (the picture gives way)."""
        bar = self.side.verticalScrollBar().sizeHint().width()
        self.side.setMinimumWidth(self.side.widget().minimumSizeHint().width() + bar)

    # --- the worker's life ---------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.elderly.setChecked(elderly_mode(self.ctx))  # maybe switched on another workspace's panel
        self.voice.refresh()
        if self.worker is None:
            self.start(self._claimed)

    def hideEvent(self, event: QHideEvent) -> None:
        self.stop()
        super().hideEvent(event)

    def start(self, claimed: CitizenView | None = None) -> None:
        """A fresh identification (or, with ``claimed``, a 1:1 check of that citizen's face)."""
        self._claimed = claimed
        self.state = "waiting" if self.ctx.gallery is None else "running"
        self._show_step(None)
        if self.state == "waiting":
            return
        source = self.open_source(self.ctx.camera or DEFAULT_CAMERA)
        self._recorded = not source.live
        self.recorded_note.setVisible(self._recorded)
        session = FaceSession(
            self.ctx.gallery,
            recorded=self._recorded,
            claimed=claimed.id if claimed else None,
            settings=self.settings,
        )
        worker = CameraWorker(source, session)
        worker.frame_ready.connect(self._on_frame)
        worker.camera_event.connect(self._on_camera_event)
        worker.outcome.connect(self._on_outcome)
        worker.failed.connect(self._on_failed)
        self.worker = worker
        self._launch(worker)

    def _launch(self, worker: CameraWorker) -> None:
        """Start ``worker`` once the previous one has let the camera go (a webcam opens once)."""
        old = self._started
        if old is None or old.done.is_set():
            self._started = worker
            start_worker(worker)
            return
        self._pending = worker
        old.released.connect(self._start_pending)
        old.stop()
        if old.done.is_set():  # released before the connection was made
            self._start_pending()

    def _start_pending(self) -> None:
        worker, self._pending = self._pending, None
        if worker is not None and worker is self.worker:
            self._started = worker
            start_worker(worker)

    def stop(self) -> None:
        """Stop the camera (it finishes within one frame's analysis); the panel waits for ``start``."""
        worker, self.worker, self._pending = self.worker, None, None
        if worker is not None:
            worker.stop()

    def reset(self) -> None:
        """Ready for the next patient."""
        self.stop()
        self._claimed = None
        self.id_number.clear()
        self.id_box.hide()
        self.by_id.show()
        self._forget(self.notice)
        self.view.clear()

    def _gallery_ready(self) -> None:
        if self.isVisible() and self.state == "waiting":
            self.start(self._claimed)

    def _current(self) -> bool:
        return self.sender() is self.worker and self.worker is not None

    # --- what the worker reports ---------------------------------------------------------

    def _on_frame(self, image: QImage, scale: float, step: Step | None) -> None:
        if not self._current():
            return
        self.view.show_frame(image, scale, step)
        if step is not None:
            self._show_step(step)
            if step.not_recognised:
                self._say(self.notice, self._not_recognised)

    def _not_recognised(self) -> tuple[str, str]:
        text = self.tr("This face is not recognised. Type the ID number (F2) or ask a supervisor (F3).")
        return text, "warn"

    def _show_step(self, step: Step | None) -> None:
        self._step = step
        self.capture.setVisible(step is not None and step.phase in ("identify", "verify"))
        if step is None:
            self.step_label.setText("")
            self.guidance.setText(self._state_text())
            self.capture.setValue(0)
            return
        self.capture.setRange(0, step.needed)
        self.capture.setValue(step.steady)
        if step.phase == "liveness":
            self.step_label.setText(self.tr("Step 2 of 2: show that you are here"))
        elif step.phase != "done":
            self.step_label.setText(self.tr("Step 1 of 2: look at the camera"))
        self.guidance.setText(self._cue_text(step))
        if step.phase != "done":
            self.voice.say_cue(step.cue.kind, step.cue.text)  # returns at once: the speaker has a thread
        self.view.setAccessibleDescription(self.guidance.text())

    def _state_text(self) -> str:
        if self.state == "waiting":
            return self.tr("Face-ID is getting ready…")
        if self.state == "typing":
            return self.tr("Type the ID number, then press Enter.")
        return "" if self.state == "finished" else self.tr("Please look at the camera.")

    def _cue_text(self, step: Step) -> str:
        cue = step.cue
        if step.phase == "done":
            return ""
        if cue.kind == "turn_either":
            return self.tr("Please turn your head slowly to one side.")
        if cue.kind in ("challenge", "problem") and cue.text:
            words = core_text(cue.text)
            return words[:1].upper() + words[1:]
        if cue.kind == "good":
            return self.tr("Hold still, please.")
        return self.tr("Please look at the camera.")

    def _on_outcome(self, outcome: Outcome) -> None:
        if not self._current():
            return
        self.stop()
        if outcome.kind == "identified" and outcome.citizen_id is not None:
            ident = Identification(outcome.citizen_id, outcome.method or "face", outcome.distance)
            self._forget(self.notice)
            self._learn(outcome)
            self.identified.emit(Identified(ident))
            return
        self.state = "finished"
        self._show_step(None)
        self._say(self.notice, lambda: self._outcome_text(outcome))

    def _learn(self, outcome: Outcome) -> None:
        """The visit's template to the store thread (queued before the screen's own store work)."""
        ctx, template, citizen_id = self.ctx, outcome.template, outcome.citizen_id
        operator, gallery = ctx.operator, ctx.gallery
        if template is None or citizen_id is None or operator is None or gallery is None:
            return
        confirmation = Confirmation(outcome.method or "face", outcome.distance)

        def learn(site: Site) -> faces.VisitLearning:
            return faces.learn_from_visit(site, operator, citizen_id, template, confirmation, gallery=gallery)

        def learned(result: faces.VisitLearning) -> None:
            if result.template_id is not None:
                ctx.bridge.gallery_changed.emit()

        def failed(exc: BaseException) -> None:
            log.warning("a visit's face template was not kept: %s", type(exc).__name__)

        ctx.tasks.store(learn, learned, failed)

    def _outcome_text(self, outcome: Outcome) -> tuple[str, str]:
        masked = self._claimed.masked_pin if self._claimed else ""
        if outcome.kind == "not_verified":
            text = self.tr(
                "The face does not match the ID number {number}. Check the number, or ask a supervisor (F3)."
            )
            return text.format(number=masked), "error"
        if outcome.kind == "no_template":
            text = self.tr(
                "No face is enrolled for the ID number {number}, so it cannot be checked. "
                "Ask a supervisor (F3)."
            )
            return text.format(number=masked), "warn"
        if outcome.kind == "liveness_failed":
            text = self.tr("The check for a live person failed: {reason}. Press F4 to try again.")
            return text.format(reason=core_text(outcome.reason)), "error"
        return self.tr("The recording has ended. Press F4 to play it again."), "info"

    def _on_camera_event(self, event: CameraEvent) -> None:
        if not self._current():
            return
        if event.kind == "lost" and event.error is not None:
            error, wait = event.error, max(1, round(event.retry_in or 1))

            def lost() -> tuple[str, str]:
                text = self.tr("{problem} Trying again in {seconds} s.")
                problem = error_text(error)  # "the video x.mp4 was not found...": a sentence starts big
                return text.format(problem=problem[:1].upper() + problem[1:], seconds=wait), "error"

            self._say(self.camera_banner, lost)
            self.view.clear(self.tr("No picture from the camera"))
        elif event.kind == "recovered":
            self._say(self.camera_banner, lambda: (self.tr("The camera is working again."), "ok"))
        elif event.kind == "connected":
            self._forget(self.camera_banner)

    def _on_failed(self, exc: BaseException) -> None:
        if not self._current():
            return
        self.stop()
        self._say(self.camera_banner, lambda: (error_text(exc), "error"))

    def show_problem(self, words: Callable[[], str]) -> None:
        """A problem in the notice, worded again when the language changes."""
        self._say(self.notice, lambda: (words(), "error"))

    def _say(self, banner: Banner, say: Callable[[], tuple[str, str]]) -> None:
        """Show a message that is worded again when the language changes."""
        self._said[banner] = say
        banner.show_message(*say())

    def _forget(self, banner: Banner) -> None:
        self._said.pop(banner, None)
        banner.clear_message()

    def _set_elderly(self, on: bool) -> None:
        if on != elderly_mode(self.ctx):
            set_elderly_mode(self.ctx, self, on)
        self.voice.update()

    # --- the nurse's ways out ------------------------------------------------------------

    def _find(self) -> None:
        self.stop()  # the camera rests while the nurse searches
        self.find_patient.emit()

    def _today(self) -> None:
        self.stop()
        self.show_day.emit()

    def check_face_of(self, citizen: CitizenView) -> None:
        """Found without a face: check the face against this citizen's only, as after a typed ID number."""
        self._verify(citizen)

    def try_again(self) -> None:
        self._forget(self.notice)
        self.start(self._claimed)

    def show_id_entry(self) -> None:
        """The camera pauses while the number is typed; Enter starts the face check."""
        self.stop()
        self.state = "typing"
        self._show_step(None)
        self.view.clear(self.tr("The camera is paused."))
        self.by_id.hide()
        self.id_box.show()
        self.id_number.setFocus()
        self.id_number.edit.selectAll()

    def _verify(self, citizen: CitizenView) -> None:
        """The typed number is a citizen of this site: check the face against theirs only."""

        def checking() -> tuple[str, str]:
            text = self.tr("Checking the face against the ID number {number}.")
            return text.format(number=citizen.masked_pin), "info"

        self._say(self.notice, checking)
        self.start(citizen)

    def ask_override(self) -> None:
        """The camera pauses while a supervisor fills in the override."""
        self.stop()
        self.state = "paused"
        self._show_step(None)
        self.view.clear(self.tr("The camera is paused."))
        dialog = OverrideDialog(self.ctx, self.action, self.id_number.text(), self)
        dialog.accepted.connect(self._overridden)
        dialog.rejected.connect(lambda: self.isVisible() and self.start(self._claimed))
        self.override_dialog = dialog
        dialog.open()

    def _overridden(self) -> None:
        dialog = self.override_dialog
        if dialog is None or dialog.result_value is None:
            return
        done = dialog.result_value
        self._forget(self.notice)
        self.identified.emit(Identified(done.identification, done.supervisor.full_name))
