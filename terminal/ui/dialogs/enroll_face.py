"""Enrolling a citizen's face at the clinic, from their history: consent, the camera, the check, the store.

The citizen's consent to a face template comes first (separate from the consent to share their data):
until it is ticked the camera cannot be started. :class:`~terminal.ui.applications.photo.FaceCapture` then
reads the camera on its own thread under the strict enrollment policy and hands over the templates,
never a picture. The templates are checked against everyone enrolled on the store thread
(:func:`terminal.core.faces.check_face`): a face nobody else has, or this citizen's own, is enrolled on
the nurse's word; a face that would pass for another citizen (twins, a mistake, a fraud) is shown with
who it looks like, and enrolled only on a supervisor's word (their PIN and the reason), which the core
checks and records with the acts. Nothing is written before Enroll succeeds; Esc or Cancel stops the
camera and keeps nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QHideEvent, QImage, QPixmap
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from terminal.core import faces
from terminal.core.citizens import CitizenView
from terminal.core.errors import FaceEnrolledForAnother
from terminal.core.operators import SupervisorWord
from terminal.core.roles import Operator
from terminal.ui.applications.photo import FaceCapture, camera_preview, guidance_label
from terminal.ui.context import UiContext
from terminal.ui.dialogs.keys import set_role
from terminal.ui.dialogs.supervisor_word import SupervisorWordDialog
from terminal.ui.i18n import core_text, error_text
from terminal.ui.screens.formats import date_text
from terminal.ui.widgets import Banner, button, fit_on_screen, heading, label, scrolled

ENROLL_FACE = "enroll a citizen's face"  # the permission (terminal.core.roles)


class LookAlikeWordDialog(SupervisorWordDialog):
    """The supervisor's word for a face that passes for another citizen's. A supervisor signed in may give
    their own word (they type their PIN again), so they are in the list, first; anyone else picks one."""

    own_word = True


class EnrollFaceDialog(QDialog):
    """Accepted once the templates are stored; ``result_value`` is their ids. Rejected: nothing written.

    Two pages: the consent and the camera, then (once the template is taken and checked) what the check
    found, with room for a long list of look-alikes."""

    def __init__(self, ctx: UiContext, citizen: CitizenView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.citizen = ctx, citizen
        self.result_value: list[int] | None = None
        self.capture: FaceCapture | None = None
        self.templates: np.ndarray | None = None  # (k, 128): numbers, never a picture
        self.checking: np.ndarray | None = None  # the templates being checked on the store thread
        self.check: faces.FaceCheck | None = None
        self.writing = False  # the enrollment runs on the store thread: it finishes before the dialog closes
        self.word_dialog: LookAlikeWordDialog | None = None
        self.setModal(True)
        self.title, self.who = heading(), label(role="muted")
        self.terms = label()
        self.consent = QCheckBox()
        self.consent.toggled.connect(self._consent_changed)
        self.preview, self.guidance = camera_preview(), guidance_label()
        self.count, self.state = label(role="muted"), label()
        self.taken = label(role="ok")
        self.result = Banner()  # what the check found: nobody else, this citizen, or look-alikes
        self.problem = label(role="danger")  # why the enrollment was not written
        self.problem.hide()
        self.pages = QStackedWidget()
        self.cancel = button()  # Esc rejects the dialog too
        self.cancel.clicked.connect(self.reject)
        self.take = button()
        self.take.setAutoDefault(True)
        self.take.clicked.connect(self.start)
        self.enroll = button(role="primary")
        self.enroll.setAutoDefault(True)
        self.enroll.clicked.connect(self.submit)
        self._lay_out()
        self.retranslate()
        self._clear_preview()
        fit_on_screen(self, 960, 540)  # a 1024 x 600 screen; larger text makes it higher, never off screen
        self.consent.setFocus()

    def _lay_out(self) -> None:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.terms, self.consent, self.guidance, self.count, self.state):
            column.addWidget(widget)
        column.addStretch(1)
        camera = QWidget()
        row = QHBoxLayout(camera)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(scrolled(side), 1)  # long words or large text scroll; the buttons stay in view
        found = QWidget()
        lines = QVBoxLayout(found)
        lines.setContentsMargins(0, 0, 0, 0)
        for widget in (self.taken, self.result, self.problem):
            lines.addWidget(widget)
        lines.addStretch(1)
        self.pages.addWidget(camera)
        self.pages.addWidget(scrolled(found))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for widget in (self.cancel, self.take, self.enroll):
            buttons.addWidget(widget)
        outer = QVBoxLayout(self)
        outer.addWidget(self.title)
        outer.addWidget(self.who)
        outer.addWidget(self.pages, 1)
        outer.addLayout(buttons)
        self.setTabOrder(self.consent, self.take)
        self.setTabOrder(self.take, self.enroll)
        self.setTabOrder(self.enroll, self.cancel)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Enroll a face"))
        self.title.setText(self.tr("Enroll a face"))
        words = self.tr("{name}, born {date}")
        self.who.setText(words.format(name=self.citizen.full_name, date=date_text(self.citizen.birth_date)))
        self.terms.setText(
            self.tr(
                "Read this to the citizen. A face template is kept to identify them at the terminals:"
                " numbers that describe the face, never a picture. This is separate from the consent to"
                " share their data. They can withdraw it at any time, and the template is then deleted."
            )
        )
        self.consent.setText(self.tr("The citizen agrees"))
        self.consent.setAccessibleName(self.tr("The citizen agrees to keep a face template"))
        self.preview.setAccessibleName(self.tr("Camera picture, to frame the face"))
        self.taken.setText(self.tr("✓ The face template is taken. No picture was kept."))
        self.cancel.setText(self.tr("Cancel"))
        self.enroll.setText(self.tr("Enroll"))
        if self.capture is None:
            self.preview.setText(self.tr("Camera off"))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the state shown --------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.checking is not None or self.writing

    def _show_state(self, error: str | None = None) -> None:
        running, agreed = self.capture is not None, self.consent.isChecked()
        self.take.setText(
            self.tr("Take the face template again")
            if self.templates is not None
            else self.tr("Take the face template")
        )
        self.take.setEnabled(agreed and bool(self.ctx.camera) and not running and not self.busy)
        self.enroll.setEnabled(agreed and self.check is not None and not running and not self.busy)
        if error:
            self.state.setText(error)
            set_role(self.state, "danger")
        elif not self.ctx.camera:
            self.state.setText(
                self.tr("No camera is set up on this terminal: a face cannot be enrolled here.")
            )
            set_role(self.state, "muted")
        elif not agreed:
            self.state.setText(
                self.tr("Tick the citizen's consent first: no face template is taken without it.")
            )
            set_role(self.state, "muted")
        elif self.checking is not None:
            self.state.setText(self.tr("Checking the face against everyone enrolled…"))
            set_role(self.state, "muted")
        else:
            self.state.setText("" if running else self.tr("No face template yet."))
            set_role(self.state, "muted")

    def _show_check(self) -> None:
        """The page of what the check found, or the camera's page while there is nothing to show."""
        check = self.check
        self.problem.hide()
        if check is None:
            self.result.clear_message()
            self.pages.setCurrentIndex(0)
            return
        if check.result == "other":
            self.result.show_message(lambda: look_alike_text(check), "warn")
        elif check.result == "same":
            self.result.show_message(
                lambda: self.tr(
                    "This face is already {name}'s. A further template is added to it when you enroll."
                ).format(name=self.citizen.full_name),
                "ok",
            )
        else:
            self.result.show_message(lambda: self.tr("No one else enrolled has this face."), "ok")
        self.pages.setCurrentIndex(1)

    def _consent_changed(self, agreed: bool) -> None:
        if not agreed:  # withdrawn before it was kept: nothing taken stays
            self.stop()
            self.templates, self.check = None, None
            self._show_check()
        self._show_state()

    # --- the camera -------------------------------------------------------------------------------

    def start(self) -> None:
        if self.capture is not None or self.busy or not self.ctx.camera or not self.consent.isChecked():
            return
        capture = FaceCapture(self.ctx.camera)
        capture.preview.connect(self._preview)
        capture.progressed.connect(self._progressed)
        capture.captured.connect(self._captured)
        capture.failed.connect(self._capture_failed)
        capture.gave_up.connect(self._gave_up)
        self.capture, self.templates, self.check = capture, None, None
        self._show_check()
        self.guidance.setText(self.tr("Look at the camera"))
        self.count.setText("")
        self._show_state()
        capture.start()

    def stop(self) -> None:
        if self.capture is not None:
            self.capture.stop()
            self.capture = None
        self._clear_preview()

    def _preview(self, image: QImage) -> None:
        if self.capture is not None and self.sender() is self.capture:
            self.preview.setPixmap(QPixmap.fromImage(image))

    def _progressed(self, collected: int, needed: int, problem: str) -> None:
        if self.capture is None or self.sender() is not self.capture:
            return
        self.guidance.setText(core_text(problem) if problem else self.tr("Good, hold still"))
        self.count.setText(
            self.tr("{count} of {needed} good pictures").format(count=collected, needed=needed)
        )

    def _captured(self, templates: np.ndarray) -> None:
        if self.capture is None or self.sender() is not self.capture:
            return  # stopped meanwhile: nothing kept
        self.capture, self.templates = None, templates
        self._clear_preview()
        self._check_face()

    def _capture_failed(self, exc: BaseException) -> None:
        if self.sender() is self.capture:
            self.stop()
            self._show_state(error_text(exc))

    def _gave_up(self) -> None:
        if self.sender() is self.capture:
            self.stop()
            self._show_state(
                self.tr(
                    "No good picture in time. Add light in front of the face, ask the citizen to look at the"
                    " camera and try again."
                )
            )

    def _clear_preview(self) -> None:
        self.preview.clear()
        self.preview.setText(self.tr("Camera off"))
        self.guidance.setText("")
        self.count.setText("")

    # --- the check and the enrollment, on the store thread ---------------------------------------

    def _check_face(self) -> None:
        """Does the face already pass for someone enrolled? Nothing is written."""
        gallery, block, citizen_id = self.ctx.gallery, self.templates, self.citizen.id
        self.check = None
        self._show_check()
        if gallery is None or block is None:  # never enrolled unchecked: the check needs the gallery
            self._show_state(
                self.tr("The enrolled faces are still being read. Take the template again in a moment.")
            )
            return
        self.checking = block
        self._show_state()
        self.ctx.tasks.store(
            lambda site: faces.check_face(site, gallery, block, citizen_id), self._checked, self._check_failed
        )

    def _checked(self, check: faces.FaceCheck) -> None:
        block, self.checking = self.checking, None
        if block is None or block is not self.templates:  # taken again, or consent withdrawn, meanwhile
            self._show_state()
            return
        self.check = check
        self._show_check()
        self._show_state()
        self.enroll.setDefault(True)
        self.enroll.setFocus()

    def _check_failed(self, exc: BaseException) -> None:
        self.checking = None
        self._show_state(error_text(exc))

    def submit(self) -> None:
        """Enroll: at once for a face nobody else has; on a supervisor's word for a look-alike."""
        operator = self.ctx.operator
        if self.check is None or self.templates is None or self.busy or not self.consent.isChecked():
            return
        if operator is None:  # signed out meanwhile
            return
        self.problem.hide()
        act = self._act(operator)
        if self.check.flagged:
            self._ask_word(self.check, act)
            return
        self.writing = True
        self._show_state()
        self.ctx.tasks.store(lambda _site: act(None), self._enrolled, self._failed)

    def _act(self, operator: Operator) -> Callable[[SupervisorWord | None], list[int]]:
        """The enrollment of the templates taken by ``operator``, with or without a supervisor's word."""
        site, gallery, citizen_id, block = self.ctx.site, self.ctx.gallery, self.citizen.id, self.templates

        def act(word: SupervisorWord | None) -> list[int]:
            return faces.enroll(site, operator, citizen_id, block, consent=True, gallery=gallery, word=word)

        return act

    def _ask_word(self, check: faces.FaceCheck, act: Callable[[SupervisorWord | None], list[int]]) -> None:
        """The look-alike enrolled only once a supervisor's word is taken (the word dialog closes then)."""
        dialog = LookAlikeWordDialog(
            self.ctx,
            lambda: self.tr("Enroll a look-alike face"),
            lambda: look_alike_text(check, to_supervisor=True),
            act,
            self,
        )

        def finished(_result: int) -> None:
            self.word_dialog = None
            if dialog.result_value is not None:
                self._enrolled(dialog.result_value)
            else:
                self._show_state()
                self.enroll.setFocus()

        dialog.finished.connect(finished)
        self.word_dialog = dialog
        dialog.open()

    def _enrolled(self, ids: list[int]) -> None:
        self.writing = False
        self.result_value = ids
        self.templates, self.check = None, None  # kept in the store now; not here
        self.ctx.bridge.gallery_changed.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.writing = False
        if isinstance(exc, FaceEnrolledForAnother) and self.templates is not None:
            self._check_face()  # someone like it was enrolled since the check (a sync): check again
            return
        self.problem.setText(error_text(exc))
        self.problem.show()
        self._show_state()

    # --- leaving ----------------------------------------------------------------------------------

    def reject(self) -> None:
        if self.writing:  # the enrollment is being written: it finishes first
            return
        self.stop()
        self.templates, self.check = None, None
        super().reject()

    def hideEvent(self, event: QHideEvent) -> None:
        self.stop()  # the camera never runs unseen
        super().hideEvent(event)


def look_alike_text(check: faces.FaceCheck, to_supervisor: bool = False) -> str:
    """The warning for a face that would pass for other enrolled citizens: who (name, birth date; never
    their ID number), and that a supervisor decides (or, in the supervisor's own dialog, on what)."""
    people = "\n".join(
        QCoreApplication.translate("EnrollFaceDialog", "• {name}, born {date}").format(
            name=a.full_name, date=date_text(date.fromisoformat(a.birth_date))
        )
        for a in check.others
    )
    head = QCoreApplication.translate(
        "EnrollFaceDialog", "⚠ Warning: this face would pass for someone already enrolled:"
    )
    if to_supervisor:
        tail = QCoreApplication.translate(
            "EnrollFaceDialog",
            "Confirm only once you are sure they are different people (twins, for example).",
        )
    else:
        tail = QCoreApplication.translate(
            "EnrollFaceDialog", "A supervisor must decide. Enroll asks for a supervisor's PIN and the reason."
        )
    return f"{head}\n{people}\n{tail}"
