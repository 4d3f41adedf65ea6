"""The supervisor's override: when Face-ID cannot identify the citizen, a supervisor vouches for them.

The supervisor picks their own name, types their own PIN and writes the
reason; the citizen's ID number is typed from their document. The core checks
the PIN like a sign-in (audited, counting toward the lockout) and gives a
one-time grant for this citizen, this operator and this workflow (:mod:`terminal.core.overrides`),
audited as an override; the act (a dispense, an aid's hand-over...) uses it up. Its words name a
citizen, not a patient: the social worker's workspace asks for it too.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from terminal.core import citizens, operators, overrides
from terminal.core.citizens import CitizenView
from terminal.core.identification import Identification
from terminal.core.overrides import OverrideGrant
from terminal.core.roles import Operator
from terminal.core.site import Site
from terminal.ui.context import UiContext
from terminal.ui.dialogs.idnumber import IdNumberField
from terminal.ui.i18n import error_text
from terminal.ui.widgets import Banner, button, heading, label

MIN_REASON = overrides.MIN_REASON  # characters; the core refuses shorter reasons too


@dataclass(frozen=True)
class Override:
    identification: Identification
    citizen: CitizenView
    supervisor: Operator


class OverrideDialog(QDialog):
    """Accepted only once the supervisor signed a grant for the citizen found; see ``result_value``."""

    def __init__(self, ctx: UiContext, action: str, id_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.action = action  # the workflow's permission the override is for (dispense medicines...)
        self.result_value: Override | None = None
        self.setModal(True)
        self.title = heading()
        self.explain = label(role="muted")
        self.patient_label = label()
        self.patient = IdNumberField(ctx)
        self.patient.set_text(id_text)
        self.supervisor_label = label()
        self.supervisor = QComboBox()
        self.pin_label = label()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(64)
        self.reason_label = label()
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)  # Tab leaves the field: no keyboard trap
        self.reason.setFixedHeight(88)
        self.banner = Banner()
        self.cancel = button()  # Esc rejects the dialog too
        self.cancel.clicked.connect(self.reject)
        self.confirm = button(role="primary")
        self.confirm.setAutoDefault(True)
        self.confirm.clicked.connect(self.submit)
        self.pin.returnPressed.connect(self.submit)
        self.patient.submitted.connect(self.supervisor.setFocus)
        for text_label, field in (
            (self.patient_label, self.patient.edit),
            (self.supervisor_label, self.supervisor),
            (self.pin_label, self.pin),
            (self.reason_label, self.reason),
        ):
            text_label.setBuddy(field)
        self._lay_out()
        self.retranslate()
        self._load_supervisors()

    def _lay_out(self) -> None:
        form = QWidget()
        fields = QVBoxLayout(form)
        for widget in (self.title, self.explain, self.patient_label, self.patient, self.supervisor_label):
            fields.addWidget(widget)
        for widget in (self.supervisor, self.pin_label, self.pin, self.reason_label, self.reason):
            fields.addWidget(widget)
        fields.addStretch(1)
        scroll = QScrollArea()  # a small screen scrolls the form; the answer and the buttons stay in view
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel)
        row.addWidget(self.confirm)
        column = QVBoxLayout(self)
        column.addWidget(scroll, 1)
        column.addWidget(self.banner)
        column.addLayout(row)
        self.setMinimumWidth(640)
        self.resize(760, 700)
        self.setTabOrder(self.patient.edit, self.supervisor)
        self.setTabOrder(self.supervisor, self.pin)
        self.setTabOrder(self.pin, self.reason)
        self.setTabOrder(self.reason, self.confirm)
        self.setTabOrder(self.confirm, self.cancel)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Supervisor override"))
        self.title.setText(self.tr("Supervisor override"))
        self.explain.setText(
            self.tr(
                "Only when Face-ID cannot identify the citizen. It is recorded with the supervisor's name."
            )
        )
        self.patient_label.setText(self.tr("Citizen's ID number, from their document"))
        self.supervisor_label.setText(self.tr("Supervisor"))
        self.supervisor.setAccessibleName(self.tr("Supervisor"))
        self.pin_label.setText(self.tr("Supervisor's own PIN"))
        self.pin.setAccessibleName(self.tr("Supervisor's PIN"))
        self.reason_label.setText(self.tr("Reason (written out)"))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("For example: the face is bandaged after an operation."))
        self.cancel.setText(self.tr("Cancel"))
        self.confirm.setText(self.tr("Confirm the override"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _load_supervisors(self) -> None:
        me = self.ctx.operator.id if self.ctx.operator else None

        def supervisors(site: Site) -> list[Operator]:  # four eyes: never the operator at the desk
            return [op for op in operators.roster(site) if op.role == "supervisor" and op.id != me]

        self.ctx.tasks.store(supervisors, self._show_supervisors, self._failed)

    def _show_supervisors(self, roster: list[Operator]) -> None:
        self.supervisor.clear()
        for op in roster:
            self.supervisor.addItem(op.full_name, op.login)
        if not roster and self.ctx.operator is not None and self.ctx.operator.role == "supervisor":
            self.banner.show_message(
                lambda: self.tr("Another supervisor must sign: no one approves their own override."), "warn"
            )
        elif not roster:
            self.banner.show_message(lambda: self.tr("No supervisor can sign in on this terminal."), "warn")
        (self.supervisor if self.patient.check(final=False) else self.patient).setFocus()

    def submit(self) -> None:
        """Check the form here, then the PIN and the citizen on the store thread."""
        number = self.patient.check()
        login = self.supervisor.currentData()
        secret, reason = self.pin.text(), self.reason.toPlainText().strip()
        problem = None
        if number is None:
            problem, focus = self.tr("Type the citizen's ID number."), self.patient
        elif login is None:
            problem, focus = self.tr("Choose the supervisor."), self.supervisor
        elif not secret:
            problem, focus = self.tr("The supervisor types their own PIN."), self.pin
        elif len(reason) < MIN_REASON:
            problem, focus = self.tr("Write the reason for the override."), self.reason
        if problem is not None:
            self.banner.show_message(problem, "warn")
            focus.setFocus()
            return
        self.confirm.setEnabled(False)
        value, nurse, action = number.value, self.ctx.operator, self.action  # type: ignore[union-attr]

        def sign(site: Site) -> tuple[OverrideGrant, CitizenView]:
            citizen = citizens.find_by_pin(site, nurse, value, action=action)  # type: ignore[arg-type]
            grant = overrides.grant(site, nurse, citizen.id, login, secret, reason, action=action)  # type: ignore[arg-type]
            return grant, citizen

        self.ctx.tasks.store(sign, self._done, self._failed)

    def _done(self, signed: tuple[OverrideGrant, CitizenView]) -> None:
        grant, citizen = signed
        self.result_value = Override(Identification.from_grant(grant), citizen, grant.supervisor)
        self.pin.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.confirm.setEnabled(True)
        self.pin.clear()
        self.banner.show_message(lambda: error_text(exc), "error")
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
