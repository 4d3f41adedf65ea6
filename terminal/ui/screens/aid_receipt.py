"""The hand-over receipt of a technical aid: the aid, its serial number, its cost to the state.

It is the dispense receipt's panel (:class:`~terminal.ui.screens.receipt.ReceiptPanel`) with the aid's
own document: the same paper choice, Print (Ctrl+P) and Save as PDF (Ctrl+S), marked with who printed
or saved it and audited like an export; the person's ID number masked.
"""

from __future__ import annotations

import html

from terminal.core.aids import AidReceipt
from terminal.ui.i18n import money_text
from terminal.ui.screens.aid_entitlements import category_word
from terminal.ui.screens.formats import stamp_text
from terminal.ui.screens.receipt import ReceiptPanel


class AidReceiptPanel(ReceiptPanel):
    def retranslate(self) -> None:
        super().retranslate()  # the paper, Print and Save; then this receipt's own words
        self.title.setText(self.tr("Handed over: the receipt"))
        self.next.setText(self.tr("Next person (Enter)"))

    def show_receipt(self, receipt: AidReceipt) -> None:  # type: ignore[override]
        super().show_receipt(receipt)  # type: ignore[arg-type]

    def html(self, narrow: bool = False) -> str:
        """The receipt as a small HTML document in the current language (names escaped); it is narrow
        enough for a receipt printer's roll as it is."""
        r = self.receipt
        if not isinstance(r, AidReceipt):
            return ""
        e = html.escape
        number = self.tr("Receipt {number}, {time}").format(number=r.number, time=stamp_text(r.issued_at))
        person = self.tr("Person: {name}, ID number {number}").format(
            name=r.citizen_name, number=r.masked_pin
        )
        how = self.tr("Identified by: {how}").format(how=self._method(r))  # type: ignore[arg-type]
        aid = self.tr("{aid} ({category})").format(aid=r.aid_name, category=category_word(r.category))
        serial = self.tr("Serial number: {serial}").format(serial=r.serial)
        decision = self.tr("Decision: {number}").format(number=r.decision_number)
        state = self.tr("Paid by the state: {money}").format(money=money_text(r.state_cost, r.currency))
        person_paid = self.tr("Paid by the person: {money}").format(money=money_text(0, r.currency))
        by = self.tr("Handed over by: {name}").format(name=r.operator_name)
        rule = "<hr>" if narrow else ""
        # what was handed over and its cost first: on a small screen they show without scrolling
        return "".join(
            [
                f"<p><b>{e(r.facility_name)}</b><br>{e(number)}</p>",
                rule,
                f"<p><b>{e(aid)}</b><br>{e(serial)}<br><b>{e(state)}</b><br>{e(person_paid)}</p>",
                rule,
                f"<p>{e(person)}<br>{e(how)}<br>{e(decision)}<br>{e(by)}</p>",
            ]
        )

    def _method(self, r) -> str:  # type: ignore[override]
        if r.id_method == "override":
            return self.tr("supervisor override")
        return super()._method(r)
