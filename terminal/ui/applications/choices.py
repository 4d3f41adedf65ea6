"""The benefit asked for, and the applicant's consent."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QCheckBox, QLabel, QRadioButton, QWidget

from terminal.core.applications import ApplicationForm
from terminal.core.assessment import Reason, benefits_ruled_out
from terminal.ui.applications import words
from terminal.ui.applications.fields import FormInfo
from terminal.ui.applications.people import birth_dates
from terminal.ui.applications.step import Step
from terminal.ui.i18n import core_text
from terminal.ui.theme import TARGET_PX
from terminal.ui.widgets import label


class BenefitStep(Step):
    """One benefit; those the family's ages rule out (no child under 2, say) cannot be chosen, and say why."""

    def __init__(self, info: FormInfo) -> None:
        super().__init__(info)
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        self.why_not: dict[str, QLabel] = {}
        self.ruled_out: dict[str, Reason] = {}
        for code in words.benefit_types():
            choice = QRadioButton()
            choice.setMinimumHeight(TARGET_PX)
            choice.toggled.connect(lambda _on: self.changed.emit())
            self.group.addButton(choice)
            self.choices[code] = choice
            self.body.addWidget(choice)
            why = label(role="muted")
            why.setContentsMargins(32, 0, 0, 0)
            why.hide()
            self.why_not[code] = why
            self.body.addWidget(why)
        self.message = label(role="danger")
        self.message.hide()
        self.body.addWidget(self.message)
        self.body.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("The benefit")

    def retranslate(self) -> None:
        super().retranslate()
        self.hint.setText(self.tr("Which support does the family ask for? Choose one."))
        for code, text in words.benefit_types().items():
            self.choices[code].setText(text)
        self._show_ruled_out()

    @property
    def code(self) -> str | None:
        return next((c for c, b in self.choices.items() if b.isChecked()), None)

    def load(self, form: ApplicationForm) -> None:
        self.group.setExclusive(False)
        for code, choice in self.choices.items():
            choice.setChecked(code == form.benefit_type)
        self.group.setExclusive(True)
        self.entered(form)

    def entered(self, form: ApplicationForm) -> None:
        """The family may have changed: what its ages rule out cannot be chosen (a choice made is undone)."""
        self.ruled_out = benefits_ruled_out(birth_dates(form, self.info), self.info.today)
        for code, choice in self.choices.items():
            out = code in self.ruled_out
            if out and choice.isChecked():
                self.group.setExclusive(False)
                choice.setChecked(False)
                self.group.setExclusive(True)
            choice.setEnabled(not out)
        self._show_ruled_out()

    def _show_ruled_out(self) -> None:
        for code, why in self.why_not.items():
            reason = self.ruled_out.get(code)
            words_ = core_text(reason.template, reason.params) if reason else ""
            text = self.tr("Not for this family. {reason}.").format(reason=words_) if reason else ""
            why.setText(text)
            why.setVisible(bool(text))
            self.choices[code].setAccessibleDescription(text)

    def first_input(self) -> QWidget | None:
        enabled = [c for c in self.choices.values() if c.isEnabled()]
        return next((c for c in enabled if c.isChecked()), enabled[0] if enabled else None)

    def missing(self) -> list[str]:
        if self.code is None:
            msg = self.tr("Choose the benefit the family asks for.")
            self.message.setText(msg)
            self.message.show()
            return [msg]
        self.message.hide()
        return []

    def save(self, form: ApplicationForm) -> None:
        form.benefit_type = self.code


class ConsentStep(Step):
    def __init__(self, info: FormInfo) -> None:
        super().__init__(info)
        self.terms = label()
        self.consent = QCheckBox()
        self.consent.toggled.connect(lambda _on: self.changed.emit())
        self.message = label(role="danger")
        self.message.hide()
        for widget in (self.terms, self.consent, self.message):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Consent")

    def retranslate(self) -> None:
        super().retranslate()
        self.hint.setText(self.tr("Read this to the applicant, or let them read it."))
        self.terms.setText(
            self.tr(
                "The data in this application (the family, incomes and property) is sent to the"
                " social protection registry, which checks it and decides on the benefit. The"
                " registry may compare it with what other state bodies already hold, so no"
                " certificates need to be brought. A face template is asked for separately, at the"
                " face step, with its own consent."
            )
        )
        self.consent.setText(self.tr("The applicant agrees to this"))
        self.consent.setAccessibleName(self.tr("The applicant agrees to this"))

    def load(self, form: ApplicationForm) -> None:
        self.consent.setChecked(form.consent)

    def missing(self) -> list[str]:
        if not self.consent.isChecked():
            msg = self.tr(
                "Without the applicant's consent the application cannot be submitted. If they want to"
                " think about it, save the draft and close it."
            )
            self.message.setText(msg)
            self.message.show()
            return [msg]
        self.message.hide()
        return []

    def save(self, form: ApplicationForm) -> None:
        form.consent = self.consent.isChecked()
