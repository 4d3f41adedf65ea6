"""The social worker's workspace: technical aids for people with disabilities.

Pages in a loop, like the nurse's: the shared Face-ID step (:class:`AidsFaceIdPanel`: Face-ID, the
ID number with a face check, or a supervisor's override for this workflow) finds who the person is;
:class:`~.aid_entitlements.EntitlementsPanel` lists their entitlements (those that can be handed over
today first, the others greyed with the reason), the serial number is typed or scanned and Enter hands
the chosen aid over on the store thread; :class:`~.aid_receipt.AidReceiptPanel` shows the receipt, to
print or save. "Next person" (Esc) always goes back to Face-ID. F6: today's hand-overs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout

from terminal.core import citizens
from terminal.core.aids import AidReceipt
from terminal.core.site import Site
from terminal.core.workflows import AIDS
from terminal.ui.context import UiContext
from terminal.ui.i18n import error_text
from terminal.ui.screens.aid_entitlements import EntitlementsPanel, Person
from terminal.ui.screens.aid_receipt import AidReceiptPanel
from terminal.ui.screens.aids_day_panel import AidsDayPanel
from terminal.ui.screens.faceid import FaceIdPanel, Identified
from terminal.ui.widgets import SizedByCurrent, Translatable


class AidsFaceIdPanel(FaceIdPanel):
    """The shared identification step, for a person (not a patient), without the patient search."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx, AIDS.permission)

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Who is the person?"))
        self.today.setText(self.tr("Today's hand-overs (F6)"))
        self.find.hide()  # no patient search here: the person is identified at the desk


class AidsScreen(Translatable):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.faceid = AidsFaceIdPanel(ctx)
        self.entitlements = EntitlementsPanel(ctx)
        self.receipt = AidReceiptPanel(ctx)
        self.day = AidsDayPanel(ctx)
        self.pages = QStackedWidget()
        for page in (self.faceid, self.entitlements, self.receipt, self.day):
            self.pages.addWidget(page)
        self.sized = SizedByCurrent(self.pages)  # with large text, a page that fits does not scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)  # each page has its own margins
        outer.addWidget(self.pages)
        self.faceid.identified.connect(self.load_person)
        self.faceid.show_day.connect(self.show_day)
        self.entitlements.confirmed.connect(self.hand_over)
        self.entitlements.next_person.connect(self.next_person)
        self.receipt.next_patient.connect(self.next_person)
        self.day.back.connect(self.next_person)
        self.setFocusProxy(self.pages)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Technical aids"))

    def load_person(
        self, identified: Identified, problem: Callable[[], str] | None = None, keep: bool = False
    ) -> None:
        """The identified person's card and entitlements, read on the store thread."""
        citizen_id, operator = identified.identification.citizen_id, self.ctx.operator
        if operator is None:
            return

        def read(site: Site) -> Person:
            person = citizens.get(site, operator, citizen_id, action=AIDS.permission)
            return Person(person, identified, tuple(site.aids.entitlements(operator, citizen_id)))

        def shown(person: Person) -> None:
            self.entitlements.show_person(person, keep=keep)
            if problem:
                self.entitlements.failed(problem)
            self.pages.setCurrentWidget(self.entitlements)

        self.ctx.tasks.store(read, shown, self._failed_to_load)

    def _failed_to_load(self, exc: BaseException) -> None:
        self.faceid.try_again()
        self.faceid.show_problem(lambda: error_text(exc))

    def hand_over(self, entitlement_id: str, serial: str) -> None:
        person, operator = self.entitlements.person, self.ctx.operator
        if person is None or operator is None:
            return
        ident = person.identified.identification

        def record(site: Site) -> AidReceipt:
            return site.aids.hand_over(operator, ident, entitlement_id, serial)

        self.ctx.tasks.store(record, self._handed_over, self._refused)

    def _handed_over(self, receipt: AidReceipt) -> None:
        self.receipt.show_receipt(receipt)
        self.pages.setCurrentWidget(self.receipt)

    def _refused(self, exc: BaseException) -> None:
        """Say why, and show the entitlements as they are now (another office may have changed them);
        the aid chosen and the number typed stay, to correct."""
        person = self.entitlements.person
        if person is not None:
            self.load_person(person.identified, lambda: error_text(exc), keep=True)

    def show_day(self) -> None:
        self.day.load()
        self.pages.setCurrentWidget(self.day)
        self.day.close_button.setFocus()

    def next_person(self) -> None:
        self.faceid.reset()
        self.entitlements.person = None
        self.pages.setCurrentWidget(self.faceid)
        self.faceid.setFocus()
