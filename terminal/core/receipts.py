"""The dispense receipt: each medicine with what it cost the state, and the total."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sync.errors import KeyMissing
from terminal.core import pdf, receipt_exports, receipt_statements
from terminal.core.citizens import full_name
from terminal.core.dosage import describe, parse
from terminal.core.errors import InvalidInput
from terminal.core.idnumbers import mask
from terminal.core.money import format_money
from terminal.core.reversals import Reversal, reversal_of
from terminal.core.roles import Operator
from terminal.core.site_context import SiteContext

log = logging.getLogger(__name__)

ID_METHOD_WORDS = {
    "face": "Face-ID",
    "id_number_face": "ID number with face verification",
    "override": "supervisor override",
}


@dataclass(frozen=True)
class ReceiptLine:
    drug_name: str
    form: str
    prescription_number: str
    quantity: int
    unit: str
    unit_price: int
    cost: int
    dosage: str = ""  # as the prescription says it (terminal.core.dosage reads it)
    serials: tuple[str, ...] = ()  # the packs scanned at hand-out: "GTIN/serial" each (terminal.core.packs)


@dataclass(frozen=True)
class Receipt:
    number: str
    tx_uuid: str
    issued_at: str
    facility_name: str
    citizen_name: str
    masked_pin: str
    operator_name: str
    id_method: str
    override_reason: str | None
    currency: str
    lines: tuple[ReceiptLine, ...]
    total: int
    reversed: Reversal | None = None  # cancelled later by a supervisor: nothing of it counts
    qr: str = ""  # its signed statement (terminal.core.receipt_statements); "" when no key can sign it

    def money(self, minor: int) -> str:
        return format_money(minor, self.currency)


def load_receipt(site: SiteContext, tx_uuid: str) -> Receipt:
    head = site.store.one(
        "SELECT d.*, t.seq, c.surname, c.given_name, c.patronymic, c.pin, o.full_name AS operator"
        " FROM dispenses d JOIN transactions t ON t.uuid = d.tx_uuid"
        " JOIN citizens c ON c.id = d.citizen_id JOIN operators o ON o.id = d.operator_id"
        " WHERE d.tx_uuid = ?",
        (tx_uuid,),
    )
    if head is None:
        raise InvalidInput(field="receipt", reason="no dispense with this number")
    lines = site.store.all(
        "SELECT di.*, dr.name, dr.form, dr.unit, p.number, pi.dosage FROM dispense_items di"
        " JOIN drugs dr ON dr.code = di.drug_code"
        " JOIN prescription_items pi ON pi.id = di.prescription_item_id"
        " JOIN prescriptions p ON p.id = pi.prescription_id"
        " WHERE di.dispense_id = ? ORDER BY di.id",
        (head["id"],),
    )
    return Receipt(
        number=f"{site.facility.id}-{head['seq']:07d}",
        tx_uuid=tx_uuid,
        issued_at=head["dispensed_at"],
        facility_name=site.facility.name,
        citizen_name=full_name(head),
        masked_pin=mask(head["pin"]),
        operator_name=head["operator"],
        id_method=head["id_method"],
        override_reason=head["override_reason"],
        currency=site.facility.currency,
        lines=tuple(
            ReceiptLine(
                r["name"],
                r["form"],
                r["number"],
                r["quantity"],
                r["unit"],
                r["unit_price"],
                r["cost"],
                r["dosage"] or "",
                _serials(site, head["id"], r["prescription_item_id"]),
            )
            for r in lines
        ),
        total=head["total_cost"],
        reversed=reversal_of(site, tx_uuid),
        qr=_signed(site, tx_uuid),
    )


def _signed(site: SiteContext, tx_uuid: str) -> str:
    """The QR text the printed receipt carries; a receipt is still printed when no key can sign it."""
    try:
        return receipt_statements.qr_text(site, tx_uuid)
    except KeyMissing:
        log.warning("a receipt printed without its QR code: this terminal's device key is missing")
        return ""


def _serials(site: SiteContext, dispense_id: int, item_id: int) -> tuple[str, ...]:
    rows = site.store.all(
        "SELECT gtin, serial FROM dispense_packs WHERE dispense_id = ? AND prescription_item_id = ?"
        " ORDER BY id",
        (dispense_id, item_id),
    )
    return tuple(f"{r['gtin']}/{r['serial']}" for r in rows)


def reversed_words(rev: Reversal) -> str:
    """The line a receipt of a reversed dispense carries (English: the PDF's language)."""
    return f"REVERSED {rev.at[:16].replace('T', ' ')} by {rev.supervisor}: {rev.reason}"


def export_pdf(site: SiteContext, operator: Operator | None, tx_uuid: str, path: Path) -> Path:
    """The receipt as a PDF with its signed QR code, marked with who exported it (an operator, or the
    command line when None); the export is audited (by the act's id)."""
    receipt_exports.allow(operator, "dispense medicines")
    receipt = load_receipt(site, tx_uuid)
    qr = receipt_statements.qr_text(site, tx_uuid)
    written = write_pdf(receipt, path, receipt_exports.mark(site, operator), qr)
    receipt_exports.record(site, operator, "receipt", f"tx:{tx_uuid}", {"files": [written.name]})
    return written


def write_pdf(receipt: Receipt, path: Path, mark: str | None = None, qr: str | None = None) -> Path:
    doc = pdf.new_document(f"Receipt {receipt.number}", mark)
    pdf.key_values(
        doc,
        [
            ("Facility", receipt.facility_name),
            ("Date", receipt.issued_at[:16].replace("T", " ")),
            ("Patient", f"{receipt.citizen_name}, ID {receipt.masked_pin}"),
            ("Identified by", ID_METHOD_WORDS[receipt.id_method]),
            ("Dispensed by", receipt.operator_name),
            *([("Reversed", reversed_words(receipt.reversed))] if receipt.reversed else []),
        ],
    )
    pdf.table(
        doc,
        ["Medicine", "Prescription", "Quantity", "State price", "Cost to the state"],
        [
            [
                f"{ln.drug_name} ({ln.form})"
                + (f", {describe(parse(ln.dosage), ln.unit)}" if ln.dosage else "")
                + (f"; packs {', '.join(ln.serials)}" if ln.serials else ""),
                ln.prescription_number,
                f"{ln.quantity} {ln.unit}",
                receipt.money(ln.unit_price),
                receipt.money(ln.cost),
            ]
            for ln in receipt.lines
        ],
        widths=(60, 30, 25, 35, 40),
        right_aligned=(2, 3, 4),
    )
    pdf.key_values(
        doc,
        [
            ("Paid by the state", receipt.money(receipt.total)),
            ("Paid by the patient", receipt.money(0)),
        ],
    )
    if qr:
        pdf.qr_code(doc, qr, receipt_statements.CAPTION)
    return pdf.save(doc, path)
