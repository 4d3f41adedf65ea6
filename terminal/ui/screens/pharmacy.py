"""The nurse's workspace: Face-ID, then the patient's prescriptions to hand out, then the receipt.

Three pages, in a loop: :class:`FaceIdPanel` finds who the patient is;
:class:`DispensingPanel` shows their prescriptions with the quantities to hand
out (what remains, capped by the stock) and the warnings; Enter confirms, the
dispense is recorded on the store thread, and :class:`ReceiptPanel` shows the
receipt with its cost to the state, to print or save. "Next patient" (Esc)
always goes back to Face-ID.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from terminal.core import citizens
from terminal.core.citizens import CitizenView
from terminal.core.dispensing import DispenseLine, ItemView, PrescriptionView
from terminal.core.receipts import Receipt
from terminal.ui.context import UiContext
from terminal.ui.dialogs.keys import shortcut
from terminal.ui.i18n import core_text, error_text, money_text
from terminal.ui.screens.drug_words import dosage, drug_form, drug_unit
from terminal.ui.screens.faceid import FaceIdPanel, Identified
from terminal.ui.screens.receipt import ReceiptPanel
from terminal.ui.widgets import Banner, Translatable, button, heading, label


@dataclass(frozen=True)
class Patient:
    citizen: CitizenView
    identified: Identified
    prescriptions: tuple[PrescriptionView, ...]


def when(day: date) -> str:
    """A date as the region writes it (the status panel's form)."""
    return day.strftime("%d.%m.%Y")


class QuantityField(QWidget):
    """A number with big − and + buttons: touch targets, not a spin box's small arrows."""

    def __init__(self, maximum: int, value: int) -> None:
        super().__init__()
        self.spin = QSpinBox()
        self.spin.setRange(0, maximum)
        self.spin.setValue(value)
        # NoButtons leaves a styled spin box 1 px of text (a Qt style sheet quirk): hide the arrows instead
        self.spin.setStyleSheet("QSpinBox::up-button, QSpinBox::down-button { width: 0; border: none; }")
        self.spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.spin.setFixedWidth(96)
        self.less, self.more = button("−"), button("+")
        for step_button in (self.less, self.more):
            step_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard uses the arrows in the field
        self.less.clicked.connect(self.spin.stepDown)
        self.more.clicked.connect(self.spin.stepUp)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for widget in (self.less, self.spin, self.more):
            row.addWidget(widget)
        self.setFocusProxy(self.spin)
        self.setEnabled(maximum > 0)

    def value(self) -> int:
        return self.spin.value()


class DispensingPanel(Translatable):
    confirmed = Signal(list)  # [DispenseLine]
    next_patient = Signal()

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.patient: Patient | None = None
        self.fields: dict[int, tuple[QuantityField, ItemView]] = {}
        self.name = heading()
        self.name.setStyleSheet("font-size: 28pt;")
        self.details = label()
        self.how = label(role="muted")
        self.banner = Banner()
        self.list = QWidget()
        self.rows = QVBoxLayout(self.list)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.list)
        self.total = label()
        self.total.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.next = button()
        shortcut(self.next, "Esc")
        self.next.setAutoDefault(True)
        self.next.clicked.connect(self.next_patient.emit)
        self.confirm = button(role="primary")
        self.confirm.setAutoDefault(True)
        self.confirm.clicked.connect(self.submit)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.next)
        bottom.addWidget(self.confirm)
        column = QVBoxLayout(self)
        for widget in (self.name, self.details, self.how, self.banner):
            column.addWidget(widget)
        column.addWidget(scroll, 1)
        column.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        self.next.setText(self.tr("Next patient (Esc)"))
        self.confirm.setText(self.tr("Hand out (Enter)"))
        if self.patient is not None:
            self.show_patient(self.patient, keep=True)

    def show_patient(self, patient: Patient, keep: bool = False) -> None:
        """The patient's card and prescriptions; ``keep``: keep the quantities typed so far."""
        typed = {item_id: f.value() for item_id, (f, _i) in self.fields.items()} if keep else {}
        self.patient = patient
        person = patient.citizen
        self.name.setText(person.full_name)
        details = self.tr("Age {age} · ID number {number}")
        self.details.setText(details.format(age=person.age, number=person.masked_pin))
        self.how.setText(self._how(patient.identified))
        if not keep:
            self.banner.clear_message()
        self._fill(patient.prescriptions, typed)

    def _how(self, identified: Identified) -> str:
        ident = identified.identification
        if ident.method == "override":
            text = self.tr("Identified by a supervisor's override ({supervisor}): {reason}")
            return text.format(supervisor=identified.supervisor_name or "", reason=ident.reason)
        if ident.method == "id_number_face":
            return self.tr("Identified by the ID number, face checked")
        return self.tr("Identified by Face-ID")

    def _fill(self, prescriptions: tuple[PrescriptionView, ...], typed: dict[int, int]) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.fields = {}
        for prescription in prescriptions:
            self.rows.addWidget(self._prescription_box(prescription, typed))
        if not prescriptions:
            self.rows.addWidget(label(self.tr("This patient has no prescriptions."), role="warn"))
        self.rows.addStretch(1)
        order = [f for f, _i in self.fields.values() if f.isEnabled()]
        chain = [*order, self.confirm, self.next]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)
        self._update_total()
        if order:
            order[0].setFocus()
        else:
            self.next.setFocus()

    def _prescription_box(self, p: PrescriptionView, typed: dict[int, int]) -> QFrame:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(box)
        title = self.tr("Prescription {number} from {prescriber}, valid until {date}")
        words = title.format(number=p.number, prescriber=p.prescriber, date=when(p.valid_until))
        grid.addWidget(label(words, "muted"), 0, 0)
        if p.problem:
            grid.addWidget(label(self._problem_text(p), role="danger"), 1, 0, 1, 3)
        for row, item in enumerate(p.items, start=2):
            cap = 0 if p.problem else max(0, min(item.remaining, item.in_stock))
            field = QuantityField(cap, typed.get(item.item_id, cap))
            field.spin.setAccessibleName(self.tr("Quantity of {drug}").format(drug=item.drug_name))
            field.less.setAccessibleName(self.tr("One less of {drug}").format(drug=item.drug_name))
            field.more.setAccessibleName(self.tr("One more of {drug}").format(drug=item.drug_name))
            field.spin.valueChanged.connect(self._update_total)
            self.fields[item.item_id] = (field, item)
            grid.addWidget(self._item_words(p, item), row, 0)
            grid.addWidget(field, row, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        return box

    def _item_words(self, p: PrescriptionView, item: ItemView) -> QWidget:
        """The medicine in bold, what is left and in stock, and its warnings."""
        words = QWidget()
        column = QVBoxLayout(words)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        name = label(self.tr("{drug} ({form})").format(drug=item.drug_name, form=drug_form(item.form)))
        name.setStyleSheet("font-weight: bold;")
        left = self.tr("{dosage}; {remaining} of {prescribed} {unit} left; {stock} in stock")
        column.addWidget(name)
        column.addWidget(
            label(
                left.format(
                    dosage=dosage(item.dosage),
                    remaining=item.remaining,
                    prescribed=item.prescribed,
                    unit=drug_unit(item.unit),
                    stock=item.in_stock,
                )
            )
        )
        for warning in item.warnings:
            if warning != p.problem:
                column.addWidget(label(self._warning_text(item, warning), role="warn"))
        return words

    def _problem_text(self, p: PrescriptionView) -> str:
        problem = p.problem or ""
        if problem.startswith("it expired"):
            return self.tr("Expired on {date}: it cannot be dispensed.").format(date=when(p.valid_until))
        if problem.startswith("it is valid only from"):
            return self.tr("Valid only from {date}: it cannot be dispensed yet.").format(
                date=when(p.valid_from)
            )
        if problem == "it was cancelled":
            return self.tr("Cancelled by the doctor: it cannot be dispensed.")
        return core_text(problem)

    def _warning_text(self, item: ItemView, warning: str) -> str:
        if warning == "nothing left on the prescription":
            return self.tr("Nothing left on this prescription")
        if warning == "out of stock":
            return self.tr("Out of stock")
        if warning.startswith("low stock"):
            return self.tr("Low stock: {count} left").format(count=item.in_stock)
        return core_text(warning)

    def lines(self) -> list[DispenseLine]:
        return [DispenseLine(item_id, f.value()) for item_id, (f, _i) in self.fields.items() if f.value() > 0]

    def _update_total(self) -> None:
        cost = sum(f.value() * item.unit_price for f, item in self.fields.values())
        money = money_text(cost, self.ctx.site.facility.currency)
        self.total.setText(self.tr("Cost to the state: {money}").format(money=money))
        self.confirm.setEnabled(bool(self.lines()))

    def submit(self) -> None:
        lines = self.lines()
        if not lines:
            self.banner.show_message(lambda: self.tr("Choose at least one medicine to hand out."), "warn")
            return
        self.confirm.setEnabled(False)
        self.confirmed.emit(lines)

    def failed(self, text: str) -> None:
        self.banner.show_message(text, "error")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a quantity (the spin box passes it on) confirms; a focused button takes its own Enter."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.confirm.isEnabled():
            self.submit()
            return
        super().keyPressEvent(event)


class PharmacyScreen(Translatable):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.faceid = FaceIdPanel(ctx)
        self.dispensing = DispensingPanel(ctx)
        self.receipt = ReceiptPanel(ctx)
        self.pages = QStackedWidget()
        for page in (self.faceid, self.dispensing, self.receipt):
            self.pages.addWidget(page)
        QVBoxLayout(self).addWidget(self.pages)
        self.faceid.identified.connect(self.load_patient)
        self.dispensing.confirmed.connect(self.dispense)
        self.dispensing.next_patient.connect(self.next_patient)
        self.receipt.next_patient.connect(self.next_patient)
        self.setFocusProxy(self.pages)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Medicines"))

    def load_patient(self, identified: Identified, problem: str | None = None) -> None:
        """The identified citizen's card and prescriptions, read on the store thread."""
        site, citizen_id, operator = self.ctx.site, identified.identification.citizen_id, self.ctx.operator
        if operator is None:
            return

        def read() -> Patient:
            person = citizens.get(site, operator, citizen_id)
            return Patient(person, identified, tuple(site.dispensing.prescriptions(operator, citizen_id)))

        self.ctx.tasks.store(read, lambda patient: self._show_patient(patient, problem), self._failed_to_load)

    def _show_patient(self, patient: Patient, problem: str | None = None) -> None:
        self.dispensing.show_patient(patient)
        if problem:
            self.dispensing.failed(problem)
        self.pages.setCurrentWidget(self.dispensing)

    def _failed_to_load(self, exc: BaseException) -> None:
        self.faceid.try_again()
        self.faceid.show_problem(error_text(exc))

    def dispense(self, lines: list[DispenseLine]) -> None:
        patient, operator = self.dispensing.patient, self.ctx.operator
        if patient is None or operator is None:
            return
        site, ident = self.ctx.site, patient.identified.identification

        def record() -> Receipt:
            return site.dispensing.dispense(operator, ident, lines)

        self.ctx.tasks.store(record, self._dispensed, self._not_dispensed)

    def _dispensed(self, receipt: Receipt) -> None:
        self.ctx.bridge.acts_recorded.emit()
        self.receipt.show_receipt(receipt)
        self.pages.setCurrentWidget(self.receipt)

    def _not_dispensed(self, exc: BaseException) -> None:
        """Say why, and show the prescriptions as they are now (another terminal may have changed them)."""
        patient = self.dispensing.patient
        if patient is not None:
            self.load_patient(patient.identified, error_text(exc))

    def next_patient(self) -> None:
        self.faceid.reset()
        self.dispensing.patient = None
        self.pages.setCurrentWidget(self.faceid)
        self.faceid.setFocus()
