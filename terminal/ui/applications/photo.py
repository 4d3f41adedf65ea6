"""The photo step: a face TEMPLATE taken at the camera with consent, never a photo kept.

:class:`FaceCapture` has the camera read and each frame analysed in the
Face-ID process (:class:`terminal.ui.camera_feed.CameraFeed`, as the Face-ID
panel's camera is: the window never loads dlib's models nor OpenCV; about
160 MB), keeps only the encodings of good frames (:class:`EnrollmentCapture`)
and sends the screen a downscaled preview to frame the face. If that process
ends, the capture goes on from the next picture in a new one (or, after a few
such ends, on its own thread). No picture is written anywhere; the preview is
dropped when the step is left.

The applicant agrees to the face template on this step, apart from the form's
consent to share the family's data: the camera starts only with it. Once the
template is taken (``taken``), the wizard checks it against everyone enrolled
(:mod:`terminal.core.application_face`) and the step shows the result
(:meth:`PhotoStep.show_check`): a face that passes for someone else's names
them (name and birth date, never their ID number) and flags the application.
The template stays in memory; after the submission it is enrolled for Face-ID
or dropped, and the step says which it will be.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from datetime import date

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QHideEvent, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout

from biometrics import BiometricsError, FrameAnalysis
from biometrics.enrollment import EnrollmentCapture, EnrollmentSettings
from biometrics.sources import open_source
from terminal.core.application_face import FaceFlag
from terminal.core.applications import ApplicationForm
from terminal.ui import theme
from terminal.ui.applications.fields import FormInfo
from terminal.ui.applications.step import Step
from terminal.ui.camera_feed import CameraFeed, Fed
from terminal.ui.dialogs.keys import set_role
from terminal.ui.i18n import core_text, error_text
from terminal.ui.screens.formats import date_text
from terminal.ui.widgets import button, label

log = logging.getLogger("hamyon.ui.photo")
PREVIEW_WIDTH, PREVIEW_HEIGHT = 400, 300
TIME_LIMIT = 30.0  # seconds at the camera before giving up with advice


class FaceCapture(QObject):
    """One capture run; signals arrive on the UI thread. ``stop`` ends it quietly."""

    preview = Signal(QImage)
    progressed = Signal(int, int, str)  # good pictures, needed, the problem of the last one (core words)
    captured = Signal(object)  # (k, 128) float32 templates
    failed = Signal(object)  # an exception, for error_text
    gave_up = Signal()  # no good pictures before the time limit or the end of the file

    def __init__(self, spec: str, settings: EnrollmentSettings | None = None) -> None:
        super().__init__()
        self.spec = spec
        self.settings = settings or EnrollmentSettings()
        self._stop = threading.Event()  # set by a stop, and by the time limit (the feed's)
        self._cancelled = False  # stopped by the user: nothing more to say
        self.thread: threading.Thread | None = None
        self.feed: CameraFeed | None = None

    def start(self) -> None:
        self.thread = threading.Thread(target=self._run, name="face-capture", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self._cancelled = True
        if self.feed is not None:
            self.feed.stop()
        self._stop.set()

    def _run(self) -> None:
        capture = EnrollmentCapture(self.settings)
        try:
            self.feed = feed = CameraFeed(
                open_source(self.spec),
                self._stop,
                preview_width=PREVIEW_WIDTH,
                policy=self.settings.policy,
                time_limit=TIME_LIMIT,
            )
            with contextlib.closing(feed.items()) as items:
                for item in items:
                    if isinstance(item, Fed):
                        assert item.analysis is not None  # every frame is analysed
                        if self._offer(capture, item.frame.image, item.analysis, item.scale):
                            return
                    elif item.kind == "ended":  # a file or folder came to its end
                        break
                    elif item.kind == "lost" and item.error is not None:
                        raise item.error  # the screen says what to do
            if not self._cancelled:  # the file ended, or the time limit came
                self.gave_up.emit()
        except BiometricsError as exc:
            self.failed.emit(exc)
        except Exception as exc:  # an unexpected failure must reach the screen, not kill it quietly
            log.error("face capture failed", exc_info=exc)
            self.failed.emit(exc)

    def _offer(
        self, capture: EnrollmentCapture, image: np.ndarray, analysis: FrameAnalysis, scale: float
    ) -> bool:
        """One analysed frame shown and offered to the capture (``scale``: the picture's size to the
        frame's); True when the templates are taken."""
        self.preview.emit(preview_image(image, analysis, scale))
        progress = capture.add(analysis)
        self.progressed.emit(progress.collected, progress.needed, first_problem(analysis))
        if capture.complete:
            self.captured.emit(capture.templates())
        return capture.complete


def first_problem(analysis: FrameAnalysis) -> str:
    if analysis.subject is None:
        return "no face in view"
    return analysis.problems[0].text if analysis.problems else ""


def preview_image(image: np.ndarray, analysis: FrameAnalysis, scale: float = 1.0) -> QImage:
    """A small copy of the frame with the face box, for framing only; it is never stored. ``scale``:
    ``image``'s size to the analysed frame's."""
    height, width = image.shape[:2]
    rgb = np.ascontiguousarray(image)
    full = QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888)
    small = full.scaled(
        PREVIEW_WIDTH,
        PREVIEW_HEIGHT,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.FastTransformation,
    ).convertToFormat(QImage.Format.Format_RGB888)
    if analysis.subject is not None:
        scale *= small.width() / width
        box = analysis.subject.box
        painter = QPainter(small)
        painter.setPen(QPen(QColor("#00c853" if not analysis.problems else "#ffb300"), 4))
        painter.drawRect(
            QRect(
                int(box.left * scale), int(box.top * scale), int(box.width * scale), int(box.height * scale)
            )
        )
        painter.end()
    return small


def look_alikes_text(flag: FaceFlag) -> str:
    """Whom a flagged face looks like, as the window names them: names and birth dates, never ID numbers."""
    return "; ".join(
        QCoreApplication.translate("PhotoStep", "{name}, born {date}").format(
            name=a.full_name, date=date_text(date.fromisoformat(a.birth_date))
        )
        for a in flag.looks_like
    )


def camera_preview() -> QLabel:
    """Where the downscaled camera picture shows while a face template is taken (never stored)."""
    preview = QLabel()
    preview.setFixedSize(PREVIEW_WIDTH, PREVIEW_HEIGHT)
    preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
    preview.setProperty("role", "banner")
    return preview


def guidance_label() -> QLabel:
    """The advice for the person at the camera, large and bold."""
    guidance = label()
    guidance.setStyleSheet("font-weight: bold;")
    theme.text_size(guidance, "large")
    return guidance


class PhotoStep(Step):
    """Take the applicant's face template (with their consent to it), or skip."""

    taken = Signal(object)  # the (k, 128) templates just taken: the wizard checks them

    def __init__(self, info: FormInfo, camera: str | None) -> None:
        super().__init__(info)
        self.camera = camera
        self.consent = False  # the form's consent to share the data (the consent step's)
        self.templates: np.ndarray | None = None
        self.capture: FaceCapture | None = None
        self.flag: FaceFlag | None = None  # the last face check, kept with the draft
        self.checking = False
        self.face_terms = label(role="muted")
        self.face_consent = QCheckBox()
        self.face_consent.toggled.connect(self._face_consent_changed)
        self.preview, self.guidance = camera_preview(), guidance_label()
        self.count = label(role="muted")
        self.state = label()
        self.verdict = label()
        self.use = label(role="muted")
        self.take = button(role="primary")
        self.take.clicked.connect(self.start)
        self.stop_button = button()
        self.stop_button.clicked.connect(self.stop)
        self.forget = button(role="danger")
        self.forget.clicked.connect(self.drop_template)
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        self.body.addWidget(self.face_terms)
        self.body.addWidget(self.face_consent)
        side = QVBoxLayout()
        widgets = (self.guidance, self.count, self.state, self.verdict, self.use)
        for widget in (*widgets, self.take, self.stop_button, self.forget):
            side.addWidget(widget)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(side, 1)
        self.body.addLayout(row, 1)

    def title(self) -> str:
        return self.tr("Face template")

    def retranslate(self) -> None:
        super().retranslate()
        self.hint.setText(
            self.tr(
                "Only a face template is taken: numbers that describe the face, never the picture. It is"
                " compared with the faces enrolled here, so that nobody applies under two names. You may"
                " skip this step."
            )
        )
        self.face_terms.setText(
            self.tr(
                "Ask the applicant first. If they are on this site's list of citizens, the template is"
                " also kept for Face-ID. They may refuse: the application goes on without it."
            )
        )
        self.face_consent.setText(self.tr("The applicant agrees to the face template"))
        self.face_consent.setAccessibleName(self.tr("The applicant agrees to the face template"))
        self.stop_button.setText(self.tr("Stop the camera"))
        self.forget.setText(self.tr("Delete the template"))
        self.preview.setAccessibleName(self.tr("Camera picture, to frame the face"))
        self._show_state()
        self._show_check()

    def entered(self, form: ApplicationForm) -> None:
        self.consent = form.consent
        self._show_state()

    def leave(self) -> None:
        self.stop()

    def reset(self, flag: FaceFlag | None) -> None:
        """A new or resumed application: no template, no consent yet, the draft's last check (if any)."""
        self.stop()
        self.templates, self.flag, self.checking = None, flag, False
        self.face_consent.setChecked(False)
        self._show_state()
        self._show_check()

    def _face_consent_changed(self, agreed: bool) -> None:
        if not agreed:
            self.stop()
            self.templates = None  # consent withdrawn: the template goes at once
        self._show_state()
        self._show_check()
        self.changed.emit()

    # --- the face check (the wizard runs it on the store thread) --------------------------

    def show_checking(self) -> None:
        self.checking = True
        self._show_check()

    def show_check(self, flag: FaceFlag) -> None:
        self.checking, self.flag = False, flag
        self._show_check()

    def check_failed(self, text: str) -> None:
        self.checking = False
        self._show_check(text)

    def _show_check(self, error: str | None = None) -> None:
        flag = self.flag
        if error:
            text, role = error, "danger"
        elif self.checking:
            text, role = self.tr("Checking the face against everyone enrolled at this site…"), "muted"
        elif flag is None:
            text, role = "", "muted"
        elif flag.flagged:
            text = self.tr(
                "⚠ This face looks like {people}, already enrolled at this site. The application is flagged"
                " for the registry to check."
            ).format(people=look_alikes_text(flag))
            role = "danger"
        elif flag.result == "same":
            text, role = self.tr("✓ This is the applicant's own face, enrolled before."), "ok"
        else:
            text, role = self.tr("✓ Nobody enrolled at this site looks like the applicant."), "ok"
        self.verdict.setText(text)
        self.verdict.setVisible(bool(text))
        set_role(self.verdict, role)
        self.use.setText(self._use_words() if self.templates is not None and not self.checking else "")
        self.use.setVisible(bool(self.use.text()))

    def _use_words(self) -> str:
        """What becomes of the template taken: kept for Face-ID after the submission, or dropped."""
        flag = self.flag
        if flag is None:
            return ""
        if flag.flagged:
            return self.tr("Used for this check only: a face like someone else's is never kept.")
        if flag.citizen_id is None:
            return self.tr("Used for this check only: the applicant is not on this site's list of citizens.")
        return self.tr("Kept for Face-ID at this site once the application is submitted.")

    def _show_state(self, error: str | None = None) -> None:
        running = self.capture is not None
        agreed = self.face_consent.isChecked()
        self.take.setVisible(not running and bool(self.camera) and agreed)
        self.take.setText(
            self.tr("Take the face template again")
            if self.templates is not None
            else self.tr("Take the face template")
        )
        self.stop_button.setVisible(running)
        self.forget.setVisible(self.templates is not None and not running)
        if error:
            self.state.setText(error)
            self.state.setProperty("role", "danger")
        elif self.templates is not None:
            self.state.setText(self.tr("✓ The face template is taken. No picture was kept."))
            self.state.setProperty("role", "ok")
        elif not self.camera:
            self.state.setText(self.tr("No camera is set up on this terminal: skip this step."))
            self.state.setProperty("role", "muted")
        elif not agreed:
            self.state.setText(
                self.tr(
                    "The applicant has not agreed to a face template: none can be taken. Tick the box if"
                    " they agree, or skip this step."
                )
            )
            self.state.setProperty("role", "muted")
        else:
            self.state.setText("" if running else self.tr("No face template yet."))
            self.state.setProperty("role", None)
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)

    def start(self) -> None:
        if self.capture is not None or not self.camera or not self.face_consent.isChecked():
            return
        capture = FaceCapture(self.camera)
        capture.preview.connect(self._preview)
        capture.progressed.connect(self._progressed)
        capture.captured.connect(self._captured)
        capture.failed.connect(self._failed)
        capture.gave_up.connect(self._gave_up)
        self.capture, self.templates = capture, None
        self.guidance.setText(self.tr("Look at the camera"))
        self.count.setText("")
        self._show_state()
        self._show_check()
        capture.start()

    def stop(self) -> None:
        if self.capture is not None:
            self.capture.stop()
            self.capture = None
        self._clear_preview()
        self._show_state()

    def drop_template(self) -> None:
        self.templates = None
        self._show_state()
        self._show_check()
        self.changed.emit()

    def _preview(self, image: QImage) -> None:
        if self.capture is not None:
            self.preview.setPixmap(QPixmap.fromImage(image))

    def _progressed(self, collected: int, needed: int, problem: str) -> None:
        if self.capture is None:
            return
        self.guidance.setText(core_text(problem) if problem else self.tr("Good, hold still"))
        self.count.setText(
            self.tr("{count} of {needed} good pictures").format(count=collected, needed=needed)
        )

    def _captured(self, templates: np.ndarray) -> None:
        if self.sender() is not self.capture:  # a capture stopped before: its news is old
            return
        self.capture = None
        self.templates = templates
        self._clear_preview()
        self._show_state()
        self.changed.emit()
        self.taken.emit(templates)

    def _failed(self, exc: BaseException) -> None:
        if self.sender() is not self.capture:
            return
        self.capture = None
        self._clear_preview()
        self._show_state(error_text(exc))

    def _gave_up(self) -> None:
        if self.sender() is not self.capture:
            return
        self.capture = None
        self._clear_preview()
        self._show_state(
            self.tr(
                "No good picture in time. Add light in front of the face, ask the applicant to look at the"
                " camera and try again, or skip this step."
            )
        )

    def hideEvent(self, event: QHideEvent) -> None:
        self.stop()  # the camera never runs unseen
        super().hideEvent(event)

    def _clear_preview(self) -> None:
        self.preview.clear()
        self.preview.setText(self.tr("Camera off"))
        self.guidance.setText("")
        self.count.setText("")
