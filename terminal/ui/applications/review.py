"""The last step: what will be sent, the preliminary assessment with its reasons, the face check, and
Submit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from terminal.core.application_face import FaceFlag
from terminal.core.applications import ApplicationForm
from terminal.ui import theme
from terminal.ui.applications import words
from terminal.ui.applications.fields import FormInfo
from terminal.ui.applications.people import applicant_of
from terminal.ui.applications.photo import look_alikes_text
from terminal.ui.applications.step import Step
from terminal.ui.dialogs.keys import set_role
from terminal.ui.i18n import core_text, money_text
from terminal.ui.widgets import Banner, button, label


def reason_text(reason: dict[str, Any]) -> str:
    """A reason of the assessment in the operator's language.

    With a ``template`` (English words with ``{placeholders}``) it is translated
    and filled like any core message; a reason without one (the core's current
    form) can only be shown as its English ``text``, looked up whole.
    """
    template = reason.get("template")
    if isinstance(template, str):
        return core_text(template, reason.get("params") or {})
    return core_text(reason.get("text", ""))


class ReviewStep(Step):
    submit_requested = Signal()

    def __init__(self, info: FormInfo) -> None:
        super().__init__(info)
        self.summary = label()
        self.verdict = label()
        self.verdict.setStyleSheet("font-weight: bold;")
        theme.text_size(self.verdict, "large")
        self.reasons = QWidget()
        self.reason_rows = QVBoxLayout(self.reasons)
        self.reason_rows.setContentsMargins(12, 0, 0, 0)
        self.face = label()  # the applicant's face check, when a face was taken
        self.face_check: FaceFlag | None = None
        self.note = label(role="muted")
        self.banner = Banner()
        # the wizard puts it in its row of actions, always in view: the summary above it scrolls
        self.submit = button(role="primary")
        self.submit.clicked.connect(self.submit_requested)
        self.submit.hide()  # until the assessment is shown
        self.current = False  # the step is shown: the button shows with the assessment
        self.assessment: dict[str, Any] | None = None
        for widget in (self.summary, self.verdict, self.reasons, self.face, self.banner, self.note):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.form = ApplicationForm()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Check and submit")

    def retranslate(self) -> None:
        super().retranslate()
        self.hint.setText(self.tr("Check the summary with the applicant, then submit."))
        self.note.setText(
            self.tr(
                "This is a preliminary assessment: the registry makes the decision. Once submitted, the"
                " application cannot be changed; it is sent to the registry when the terminal is online."
            )
        )
        self.submit.setText(self.tr("Submit the application"))
        self._show_summary()
        self._show_assessment()
        self._show_face()

    def entered(self, form: ApplicationForm) -> None:
        self.form = form
        self.assessment = None
        self.current = True
        self.banner.clear_message()
        self.show_submit()
        self._show_summary()
        self._show_assessment()

    def leave(self) -> None:
        self.current = False
        self.show_submit()

    def show_assessment(self, assessment: dict[str, Any]) -> None:
        self.assessment = assessment
        self.show_submit()
        self._show_assessment()

    def show_submit(self) -> None:
        """Submit shows on this step once the assessment is shown (an answer after the step was left
        shows nothing)."""
        self.submit.setVisible(self.current and self.assessment is not None)

    def show_problem(self, text: str) -> None:
        self.banner.show_message(text, "error")

    def show_face_check(self, flag: FaceFlag | None) -> None:
        self.face_check = flag
        self._show_face()

    def _show_face(self) -> None:
        flag = self.face_check
        if flag is None:
            self.face.hide()
            return
        if flag.flagged:
            text = self.tr(
                "⚠ The applicant's face looks like {people}: the application goes to the registry flagged,"
                " for it to check who applies."
            ).format(people=look_alikes_text(flag))
        else:
            text = self.tr("✓ The applicant's face was checked: it looks like nobody else enrolled here.")
        self.face.setText(text)
        set_role(self.face, "danger" if flag.flagged else "ok")
        self.face.show()

    def _show_summary(self) -> None:
        form, money = self.form, self.info.currency
        applicant = applicant_of(form)
        benefit = words.benefit_types().get(form.benefit_type or "", "")
        self.summary.setText(
            self.tr(
                "{applicant}, {benefit}. Family: {size} people. Incomes: {income} a month."
                " Property: {assets}."
            ).format(
                applicant=applicant.full_name if applicant else "?",
                benefit=benefit,
                size=len(form.members),
                income=money_text(sum(i.monthly_amount for i in form.incomes), money),
                assets=money_text(sum(a.value for a in form.assets), money),
            )
        )

    def _show_assessment(self) -> None:
        while self.reason_rows.count():
            old = self.reason_rows.takeAt(0).widget()
            if old is not None:
                old.deleteLater()
        a = self.assessment
        if a is None:
            self.verdict.setText(self.tr("Assessing…"))
            self._role(self.verdict, "muted")
            return
        if a["flagged"]:
            verdict, role = self.tr("Flagged: this family may not receive these benefits."), "danger"
        elif a["eligible"]:
            verdict, role = self.tr("The family appears to be eligible."), "ok"
        else:
            verdict, role = self.tr("The family appears not to be eligible; it may still apply."), "warn"
        self.verdict.setText(verdict)
        self._role(self.verdict, role)
        for reason in a["reasons"]:
            good = bool(reason["favourable"])
            words_ = reason_text(reason)
            row = label(
                (self.tr("✓ {reason}") if good else self.tr("✗ {reason}")).format(reason=words_),
                "ok" if good else "danger",
            )
            row.setAccessibleName(
                (self.tr("In favour: {reason}") if good else self.tr("Against: {reason}")).format(
                    reason=words_
                )
            )
            row.setProperty("favourable", good)
            self.reason_rows.addWidget(row)

    @staticmethod
    def _role(widget: QWidget, role: str) -> None:
        widget.setProperty("role", role)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
