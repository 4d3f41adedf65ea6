"""The nurse's workspace: Face-ID, then the patient's prescriptions to hand out, then the receipt.

Three pages, in a loop: :class:`FaceIdPanel` finds who the patient is;
:class:`DispensingPanel` shows their prescriptions with the quantities to hand
out (a dispensing period's worth, :func:`terminal.core.dosage.suggested_quantity`,
never more than remains or is in stock) and the warnings; Enter opens the
summary (:class:`HandOutDialog`), whose Enter records the dispense on the store
thread (Esc goes back, nothing recorded), and :class:`ReceiptPanel` shows the
receipt with its cost to the state, to print or save. "Next patient" (Esc)
always goes back to Face-ID.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from biometrics.sources import FrameSource, open_source
from terminal.core import citizens
from terminal.core.citizens import CitizenView
from terminal.core.dispensing import DispenseLine, ItemView, PrescriptionView
from terminal.core.packs import Pack
from terminal.core.receipts import Receipt
from terminal.core.site import Site
from terminal.core.workflows import DISPENSING
from terminal.ui import theme
from terminal.ui.context import UiContext
from terminal.ui.dialogs.handout import HandOutDialog, HandOutLine
from terminal.ui.dialogs.keys import shortcut
from terminal.ui.i18n import core_text, error_text, money_text
from terminal.ui.screens.drug_words import dosage, drug_form, drug_unit
from terminal.ui.screens.faceid import DEFAULT_CAMERA, FaceIdPanel, Identified
from terminal.ui.screens.patient_header import PatientHeader
from terminal.ui.screens.patient_history import PatientHistoryPanel
from terminal.ui.screens.patient_search import PatientSearchPanel
from terminal.ui.screens.pharmacy_day_panel import PharmacyDayPanel
from terminal.ui.screens.receipt import ReceiptPanel
from terminal.ui.widgets import (
    Banner,
    SizedByCurrent,
    Translatable,
    WrapRow,
    button,
    heading,
    label,
    scrolled,
)


@dataclass(frozen=True)
class Patient:
    citizen: CitizenView
    identified: Identified
    prescriptions: tuple[PrescriptionView, ...]
    scan_packs: bool = False  # the facility scans every pack handed out (terminal.core.packs)


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
            step_button.setProperty("compact", True)  # square: the medicine's words keep the width
            step_button.setMinimumWidth(theme.TARGET_PX)
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
        self.summary: HandOutDialog | None = None
        self.open_source = open_source  # what the camera setting names -> a frame source (tests replace it)
        self.name = heading()
        theme.text_size(self.name, "largest")
        self.details = label()
        self.how = label(role="muted")
        self.header = PatientHeader(self.name, (self.details, self.how))
        # over the action row, no place kept: a message shortens the list above it, moves no control
        self.banner = Banner(lines=0)
        self.list = QWidget()  # the prescriptions scroll; the patient's header and the actions stay
        self.rows = QVBoxLayout(self.list)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.scroll = scrolled(self.list)
        self.total = label()
        self.total.setStyleSheet("font-weight: bold;")
        theme.text_size(self.total, "large")
        self.next = button()
        shortcut(self.next, "Esc")
        self.next.setAutoDefault(True)
        self.next.clicked.connect(self.next_patient.emit)
        self.confirm = button(role="primary")
        self.confirm.setAutoDefault(True)
        self.confirm.clicked.connect(self.review)
        # the total beside the buttons, in two lines if it must: the row takes a second line only then
        bottom = WrapRow([self.total], [self.next, self.confirm], stretch=self.total, squeeze=True)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 4, 8, 4)
        column.addWidget(self.header)
        column.addWidget(self.scroll, 1)
        column.addWidget(self.banner)
        column.addWidget(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        self.next.setText(self.tr("Next patient (Esc)"))
        self.confirm.setText(self.tr("Check and hand out (Enter)"))
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
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setVerticalSpacing(4)
        title = self.tr("Prescription {number} from {prescriber}, valid until {date}")
        words = title.format(number=p.number, prescriber=p.prescriber, date=when(p.valid_until))
        grid.addWidget(label(words, "muted"), 0, 0)
        if p.problem:
            grid.addWidget(label(self._problem_text(p), role="danger"), 1, 0, 1, 3)
        for row, item in enumerate(p.items, start=2):
            cap = 0 if p.problem else max(0, min(item.remaining, item.in_stock))
            field = QuantityField(cap, typed.get(item.item_id, min(item.suggested, cap)))
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
                    dosage=dosage(item.dosage, item.unit),
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

    def review(self) -> None:
        """The summary of what is about to be handed out; its Enter hands out, its Esc comes back."""
        lines = self.lines()
        if not lines:
            self.banner.show_message(lambda: self.tr("Choose at least one medicine to hand out."), "warn")
            return
        if self.summary is not None and self.summary.isVisible():
            return
        chosen = [HandOutLine(item, f.value()) for f, item in self.fields.values() if f.value() > 0]
        name = self.patient.citizen.full_name if self.patient is not None else ""
        scanning = self.patient is not None and self.patient.scan_packs
        dialog = HandOutDialog(
            name,
            chosen,
            self.ctx.site.facility.currency,
            self,
            check=self._check_pack if scanning else None,
            camera=self._pack_camera if scanning else None,
        )
        dialog.accepted.connect(lambda: self.submit(dialog.lines))
        dialog.rejected.connect(self._back)
        self.summary = dialog
        dialog.open()

    def _check_pack(
        self,
        text: str,
        taken: list[Pack],
        scanned: Callable[[tuple[int, Pack]], None],
        refused: Callable[[BaseException], None],
    ) -> None:
        """A scanned code checked on the store thread against the medicines being handed out."""
        operator = self.ctx.operator
        if operator is None:  # signed out meanwhile
            return
        item_ids = [item_id for item_id, (f, _i) in self.fields.items() if f.value() > 0]
        self.ctx.tasks.store(
            lambda site: site.dispensing.scan_pack(operator, item_ids, text, taken), scanned, refused
        )

    def _pack_camera(self) -> FrameSource:
        return self.open_source(self.ctx.camera or DEFAULT_CAMERA)

    def _back(self) -> None:
        """Back from the summary: the quantities as they were, nothing recorded."""
        order = [f for f, _i in self.fields.values() if f.isEnabled()]
        (order[0] if order else self.confirm).setFocus()

    def submit(self, lines: list[DispenseLine] | None = None) -> None:
        """Hand out ``lines`` (the summary's; by default the quantities shown) now."""
        lines = self.lines() if lines is None else lines
        if not lines:
            self.banner.show_message(lambda: self.tr("Choose at least one medicine to hand out."), "warn")
            return
        self.confirm.setEnabled(False)
        self.confirmed.emit(lines)

    def failed(self, words: Callable[[], str]) -> None:
        """Why the hand-out was refused, said again in a new language."""
        self.banner.show_message(words, "error")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a quantity (the spin box passes it on) opens the summary; a focused button takes its
        own Enter."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.confirm.isEnabled():
            self.review()
            return
        super().keyPressEvent(event)


class DispensingScreen(Translatable):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.faceid = FaceIdPanel(ctx, DISPENSING.permission)
        self.dispensing = DispensingPanel(ctx)
        self.receipt = ReceiptPanel(ctx)
        self.search = PatientSearchPanel(ctx)
        self.history = PatientHistoryPanel(ctx)
        self.day = PharmacyDayPanel(ctx)
        self.pages = QStackedWidget()
        for page in (self.faceid, self.dispensing, self.receipt, self.search, self.history, self.day):
            self.pages.addWidget(page)
        self.sized = SizedByCurrent(self.pages)  # with large text, a page that fits does not scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)  # each page has its own margins
        outer.addWidget(self.pages)
        self.faceid.identified.connect(self.load_patient)
        self.dispensing.confirmed.connect(self.dispense)
        self.dispensing.next_patient.connect(self.next_patient)
        self.receipt.next_patient.connect(self.next_patient)
        self.faceid.find_patient.connect(self.find_patient)
        self.faceid.show_day.connect(self.show_day)
        self.search.chosen.connect(self.show_history)
        self.search.back.connect(self.next_patient)
        self.history.back.connect(self.find_patient_again)
        self.history.check_face.connect(self.check_face)
        self.history.reprint.connect(self.reprint)
        self.day.back.connect(self.next_patient)
        self.setFocusProxy(self.pages)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Medicines"))

    def find_patient(self) -> None:
        """Find a patient without a face (the camera rests meanwhile)."""
        self.search.start()
        self.pages.setCurrentWidget(self.search)
        self.search.query.setFocus()

    def find_patient_again(self) -> None:
        """Back from a history to the list it was chosen from."""
        self.pages.setCurrentWidget(self.search)
        self.search.table.setFocus()

    def show_history(self, citizen: CitizenView) -> None:
        self.history.load(citizen)
        self.pages.setCurrentWidget(self.history)

    def check_face(self, citizen: CitizenView) -> None:
        """Found by a search: Face-ID checks the face against this citizen's before anything is handed out."""
        self.faceid.check_face_of(citizen)  # started before it shows, so it does not start unclaimed
        self.pages.setCurrentWidget(self.faceid)

    def reprint(self, tx_uuid: str) -> None:
        """A past receipt on the receipt page, to print or save again."""
        operator = self.ctx.operator
        if operator is None:
            return

        def shown(receipt: Receipt) -> None:
            self.receipt.show_receipt(receipt)
            self.pages.setCurrentWidget(self.receipt)

        def failed(exc: BaseException) -> None:
            self.history.banner.show_message(lambda: error_text(exc), "error")

        self.ctx.tasks.store(lambda site: site.dispensing.receipt(operator, tx_uuid), shown, failed)

    def show_day(self) -> None:
        self.day.load()
        self.pages.setCurrentWidget(self.day)
        self.day.close_button.setFocus()

    def load_patient(self, identified: Identified, problem: Callable[[], str] | None = None) -> None:
        """The identified citizen's card and prescriptions, read on the store thread."""
        citizen_id, operator = identified.identification.citizen_id, self.ctx.operator
        if operator is None:
            return

        def read(site: Site) -> Patient:
            person = citizens.get(site, operator, citizen_id, action=DISPENSING.permission)
            prescriptions = tuple(site.dispensing.prescriptions(operator, citizen_id))
            return Patient(person, identified, prescriptions, bool(site.setting("scan_packs")))

        self.ctx.tasks.store(read, lambda patient: self._show_patient(patient, problem), self._failed_to_load)

    def _show_patient(self, patient: Patient, problem: Callable[[], str] | None = None) -> None:
        self.dispensing.show_patient(patient)
        if problem:
            self.dispensing.failed(problem)
        self.pages.setCurrentWidget(self.dispensing)

    def _failed_to_load(self, exc: BaseException) -> None:
        self.faceid.try_again()
        self.faceid.show_problem(lambda: error_text(exc))

    def dispense(self, lines: list[DispenseLine]) -> None:
        patient, operator = self.dispensing.patient, self.ctx.operator
        if patient is None or operator is None:
            return
        ident = patient.identified.identification

        def record(site: Site) -> Receipt:
            return site.dispensing.dispense(operator, ident, lines)

        self.ctx.tasks.store(record, self._dispensed, self._not_dispensed)

    def _dispensed(self, receipt: Receipt) -> None:
        self.receipt.show_receipt(receipt)
        self.pages.setCurrentWidget(self.receipt)

    def _not_dispensed(self, exc: BaseException) -> None:
        """Say why, and show the prescriptions as they are now (another terminal may have changed them)."""
        patient = self.dispensing.patient
        if patient is not None:
            self.load_patient(patient.identified, lambda: error_text(exc))

    def next_patient(self) -> None:
        self.faceid.reset()
        self.dispensing.patient = None
        self.pages.setCurrentWidget(self.faceid)
        self.faceid.setFocus()
