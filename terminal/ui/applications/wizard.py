"""The application form, step by step; the draft is saved at every step and can be resumed.

The face taken at the photo step is checked on the store thread against everyone enrolled
(:func:`terminal.core.application_face.check_applicant_face`, kept with the draft); after the
submission, in the same store task, it is enrolled for Face-ID when that is allowed
(:func:`~terminal.core.application_face.keep_applicant_face`), else dropped with the rest of the
form's memory.
"""

from __future__ import annotations

import copy
import logging

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QListWidget, QScrollArea, QStackedWidget, QVBoxLayout

from terminal.core.application_face import FaceFlag, FaceKept, check_applicant_face, keep_applicant_face
from terminal.core.applications import ApplicationForm, ApplicationView
from terminal.core.site import Site
from terminal.ui.applications import words
from terminal.ui.applications.choices import BenefitStep, ConsentStep
from terminal.ui.applications.fields import FormInfo
from terminal.ui.applications.money import AssetsStep, IncomesStep
from terminal.ui.applications.people import ApplicantStep, MembersStep
from terminal.ui.applications.photo import PhotoStep
from terminal.ui.applications.review import ReviewStep
from terminal.ui.applications.step import Step
from terminal.ui.context import UiContext
from terminal.ui.i18n import core_text, error_text
from terminal.ui.widgets import Banner, Translatable, WrapRow, button, heading, label

log = logging.getLogger("hamyon.ui.applications")


class ApplicationWizard(Translatable):
    closed = Signal(str)  # what to tell the operator on the list page ("" for nothing)
    submitted = Signal(object)  # the ApplicationView, now immutable and queued

    def __init__(self, ctx: UiContext, info: FormInfo) -> None:
        super().__init__()
        self.ctx, self.info = ctx, info
        self.form, self.app_id, self.index, self.busy = ApplicationForm(), None, 0, False
        self.face_kept: FaceKept | None = None  # what became of the face taken, after the last submission
        self.applicant = ApplicantStep(info)
        self.photo = PhotoStep(info, ctx.camera)
        self.photo.taken.connect(self._check_face)
        self.benefit = BenefitStep(info)
        self.review = ReviewStep(info)
        self.review.submit_requested.connect(self.submit)
        self.steps: list[Step] = [
            self.applicant,
            MembersStep(info),
            IncomesStep(info),
            AssetsStep(info),
            self.benefit,
            ConsentStep(info),
            self.photo,
            self.review,
        ]
        self.stack = QStackedWidget()
        for step in self.steps:  # a step longer than the window (a long translation) scrolls
            frame = QScrollArea()
            frame.setWidgetResizable(True)
            frame.setFrameShape(QFrame.Shape.NoFrame)
            frame.setWidget(step)
            self.stack.addWidget(frame)
        self.outline = QListWidget()
        self.outline.setFixedWidth(240)
        self.outline.setWordWrap(True)
        self.outline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.outline.itemClicked.connect(lambda _item: self.go(self.outline.currentRow()))
        self.outline.itemActivated.connect(lambda _item: self.go(self.outline.currentRow()))
        self.title, self.saved = heading(), label(role="muted")
        self.saved_at: str | None = None
        self.banner = Banner(lines=3)
        self.back, self.next, self.close_button = button(), button(role="primary"), button()
        self.back.clicked.connect(lambda: self.go(self.index - 1))
        self.next.clicked.connect(lambda: self.go(self.index + 1))
        self.close_button.clicked.connect(self.save_and_close)
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        trailing = [self.back, self.next, self.review.submit]  # Submit instead of Next on the last step
        buttons = WrapRow([self.close_button, self.saved], trailing, stretch=self.saved)
        column = QVBoxLayout()
        column.addWidget(self.banner)
        column.addWidget(self.stack, 1)
        column.addWidget(buttons)
        row = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.outline, 1)
        row.addLayout(left)
        row.addLayout(column, 1)
        QVBoxLayout(self).addLayout(row)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Application"))
        self.outline.setAccessibleName(self.tr("Steps of the application"))
        self.close_button.setText(self.tr("&Save and close"))
        self.back.setText(self.tr("&Back"))
        self._show_saved()
        self._show_position()

    def _show_saved(self) -> None:
        at = self.saved_at
        self.saved.setText(self.tr("Draft saved at {time}").format(time=at) if at else "")

    def _show_position(self) -> None:
        self.outline.clear()
        for number, step in enumerate(self.steps, start=1):
            self.outline.addItem(self.tr("{number}. {title}").format(number=number, title=step.title()))
        self.outline.setCurrentRow(self.index)
        self.outline.setAccessibleDescription(
            self.tr("Step {number} of {total}: {title}").format(
                number=self.index + 1, total=len(self.steps), title=self.steps[self.index].title()
            )
        )
        last = self.index == len(self.steps) - 1
        self.back.setEnabled(self.index > 0)
        self.next.setVisible(not last)
        if not last:
            self.next.setText(self.tr("&Next: {title}").format(title=self.steps[self.index + 1].title()))

    # --- starting ----------------------------------------------------------------------

    def start_new(self) -> None:
        self._start(ApplicationForm(), None, None)

    def resume(self, view: ApplicationView) -> None:
        self._start(view.form, view.id, view.face_check)

    def _start(self, form: ApplicationForm, app_id: str | None, face: FaceFlag | None) -> None:
        self.form, self.app_id, self.busy, self.face_kept = form, app_id, False, None
        self.photo.camera = self.ctx.camera
        self.photo.reset(face)
        self.review.show_face_check(face)
        for step in self.steps:
            step.load(form)
        self.saved_at: str | None = None
        self.saved.setText("")
        self.banner.clear_message()
        self._show(0)

    @property
    def face_templates(self) -> np.ndarray | None:
        """Taken at the photo step; held in memory only (see the photo step's notes)."""
        return self.photo.templates

    def _check_face(self, templates: np.ndarray) -> None:
        """The face just taken, against everyone enrolled (on the store thread); the result is kept with
        the draft and shown on the photo and review steps."""
        ctx, operator = self.ctx, self.ctx.operator
        if operator is None:
            return
        if self.app_id is None:  # not saved yet: save first, then check
            self._save_draft(lambda: self._check_face(templates) if self.app_id else None)
            return
        if ctx.gallery is None:
            self.photo.check_failed(
                self.tr("The faces enrolled at this site are still loading: take the face template again.")
            )
            return
        app_id, gallery = self.app_id, ctx.gallery

        def checked(flag: FaceFlag) -> None:
            if self.app_id == app_id:
                self.photo.show_check(flag)
                self.review.show_face_check(flag)

        def failed(exc: BaseException) -> None:
            if self.app_id == app_id:
                self.photo.check_failed(error_text(exc))

        def check(site: Site) -> FaceFlag:
            return check_applicant_face(site, operator, app_id, gallery, templates)

        self.photo.show_checking()
        ctx.tasks.store(check, checked, failed)

    # --- moving and saving -------------------------------------------------------------

    def go(self, index: int) -> None:
        """To another step: what this one holds is checked and the draft saved first."""
        if self.busy or not 0 <= index < len(self.steps) or index == self.index:
            self.outline.setCurrentRow(self.index)
            return
        if not self._keep_current(going_on=index > self.index):
            self.outline.setCurrentRow(self.index)
            return
        self._save_draft(lambda: self._show(index))

    def save_and_close(self) -> None:
        if self.busy or not self._keep_current(going_on=False):
            return
        if not self.form.members:  # nothing worth a draft was typed
            self._show(self.index, leaving=True)
            self.closed.emit("")
            return
        name = self.form.members[0].full_name

        def closed() -> None:
            self.steps[self.index].leave()
            self.closed.emit(
                self.tr("The draft of {name} is saved. Resume it from the list.").format(name=name)
            )

        self._save_draft(closed)

    def _keep_current(self, going_on: bool) -> bool:
        step = self.steps[self.index]
        problems = step.problems() + (step.missing() if going_on else [])
        if problems:
            several = self.tr("Some answers need attention: see the messages under the fields.")
            self.banner.show_message(problems[0] if len(problems) == 1 else several, "warn")
            return False
        step.save(self.form)
        self.banner.clear_message()
        self._benefit_still_fits()
        return True

    def _benefit_still_fits(self) -> None:
        """The family changed so that the benefit chosen is ruled out (no child under 2): undo it, say why."""
        chosen = self.form.benefit_type
        self.benefit.entered(self.form)
        if chosen is None or chosen not in self.benefit.ruled_out:
            return
        self.form.benefit_type = None
        reason = self.benefit.ruled_out[chosen]
        benefit = words.benefit_types().get(chosen, chosen)
        self.banner.show_message(
            lambda: self.tr(
                "{benefit} cannot be chosen for this family. {reason}. Choose another benefit."
            ).format(benefit=benefit, reason=core_text(reason.template, reason.params)),
            "warn",
        )

    def _save_draft(self, then) -> None:
        if not self.form.members:
            then()
            return
        operator, form, app_id = self.ctx.operator, copy.deepcopy(self.form), self.app_id

        def save(site: Site) -> tuple[str, str]:
            return site.applications.save_draft(operator, form, app_id), site.clock.now().strftime("%H:%M")

        def saved(result: tuple[str, str]) -> None:
            self.busy = False
            self.app_id = result[0]
            self.saved_at = result[1]
            self._show_saved()
            then()

        self._run(save, saved)

    def _run(self, fn, success) -> None:
        def failed(exc: BaseException) -> None:
            self.busy = False
            self.banner.show_message(lambda: error_text(exc), "error")
            self.review.show_submit()

        self.busy = True
        self.ctx.tasks.store(fn, success, failed)

    def _show(self, index: int, leaving: bool = False) -> None:
        self.steps[self.index].leave()
        if leaving:
            return
        self.index = index
        step = self.steps[index]
        self.stack.setCurrentIndex(index)
        step.entered(self.form)
        self._show_position()
        if step is self.review:
            self._assess()
        self.focus_step()

    def focus_step(self) -> None:
        """Typing goes to the step's first field, never elsewhere in the window (the language box)."""
        target = self.steps[self.index].first_input()
        if target is None:
            target = self.next if self.next.isVisibleTo(self) else self.back
        target.setFocus(Qt.FocusReason.TabFocusReason)

    # --- assessment and submission -----------------------------------------------------

    def _assess(self) -> None:
        form = copy.deepcopy(self.form)

        def failed(exc: BaseException) -> None:
            self.review.show_problem(error_text(exc))

        self.ctx.tasks.store(
            lambda site: site.applications.assess(form).as_dict(), self.review.show_assessment, failed
        )

    def submit(self) -> None:
        """Submit (frozen, queued), then, in the same store task, keep the face taken for Face-ID when
        allowed; the template leaves memory either way."""
        if self.busy or self.app_id is None:
            return
        ctx, operator, app_id = self.ctx, self.ctx.operator, self.app_id
        templates, gallery = self.photo.templates, ctx.gallery
        consent = self.photo.face_consent.isChecked()

        def submit_and_keep(site: Site) -> tuple[ApplicationView, FaceKept | None]:
            view = site.applications.submit(operator, app_id)
            if templates is None:
                return view, None
            try:
                kept = keep_applicant_face(
                    site, operator, app_id, templates, consent=consent, gallery=gallery
                )
            except Exception as exc:  # the application is submitted: a face not kept must not undo that
                log.warning("the applicant's face template was not kept: %s", type(exc).__name__)
                kept = FaceKept((), "failed")
            return view, kept

        def done(result: tuple[ApplicationView, FaceKept | None]) -> None:
            view, self.face_kept = result
            self.busy = False
            self.photo.reset(view.face_check)  # the template is dropped from memory now
            if self.face_kept is not None and self.face_kept.enrolled:
                ctx.bridge.gallery_changed.emit()
            self.submitted.emit(view)

        self.review.submit.hide()
        self._run(submit_and_keep, done)
