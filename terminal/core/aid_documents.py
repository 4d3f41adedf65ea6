"""Documents of technical aids: the hand-over receipt, and the period's act of aids handed over.

The receipt (PDF, in English for the command line; the window prints its own in the operator's
language) names the aid, its serial number and what it cost the state. The act lists a period's
hand-overs with their serial numbers and the state cost, per aid and in total, as PDF and CSV (the
CSV's first line is the export's mark, see :mod:`terminal.core.exports`). Every export is audited.
Neither carries a full ID number: a receipt shows it masked, the act none at all.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from terminal.core import exports, pdf, receipt_exports, receipt_statements
from terminal.core.aids import ACTION, AidReceipt, load_aid_receipt
from terminal.core.dates import parse_date
from terminal.core.errors import InvalidInput
from terminal.core.money import format_money
from terminal.core.receipts import ID_METHOD_WORDS, reversed_words
from terminal.core.roles import Operator, require
from terminal.core.site_context import SiteContext


def export_receipt(site: SiteContext, operator: Operator | None, tx_uuid: str, path: Path) -> Path:
    """The hand-over's receipt as a PDF with its signed QR code, marked with who exported it (an
    operator, or the command line when None); the export is audited."""
    receipt_exports.allow(operator, ACTION)
    receipt = load_aid_receipt(site, tx_uuid)
    qr = receipt_statements.qr_text(site, tx_uuid)
    written = write_receipt_pdf(receipt, path, receipt_exports.mark(site, operator), qr)
    receipt_exports.record(site, operator, "aid_receipt", f"tx:{tx_uuid}", {"files": [written.name]})
    return written


def write_receipt_pdf(
    receipt: AidReceipt, path: Path, mark: str | None = None, qr: str | None = None
) -> Path:
    doc = pdf.new_document(f"Receipt {receipt.number}", mark)
    pdf.key_values(
        doc,
        [
            ("Facility", receipt.facility_name),
            ("Date", receipt.issued_at[:16].replace("T", " ")),
            ("Citizen", f"{receipt.citizen_name}, ID {receipt.masked_pin}"),
            ("Identified by", ID_METHOD_WORDS[receipt.id_method]),
            ("Handed over by", receipt.operator_name),
            ("Commission decision", receipt.decision_number),
            *([("Reversed", reversed_words(receipt.reversed))] if receipt.reversed else []),
        ],
    )
    pdf.table(
        doc,
        ["Technical aid", "Serial number", "Cost to the state"],
        [[receipt.aid_name, receipt.serial, receipt.money(receipt.state_cost)]],
        widths=(80, 55, 55),
        right_aligned=(2,),
    )
    pdf.key_values(
        doc,
        [
            ("Paid by the state", receipt.money(receipt.state_cost)),
            ("Paid by the citizen", receipt.money(0)),
        ],
    )
    if qr:
        pdf.qr_code(doc, qr, receipt_statements.CAPTION)
    return pdf.save(doc, path)


def export_period(
    site: SiteContext, operator: Operator, start: date | str, end: date | str, folder: Path
) -> list[Path]:
    """The act of aids handed over from ``start`` to ``end`` (inclusive) as PDF and CSV; audited. Reversed
    hand-overs do not count: the act lists the live ones and says how many were reversed."""
    require(operator, ACTION)
    first, last = parse_date(str(start), "start"), parse_date(str(end), "end")
    if last < first:
        raise InvalidInput(field="period", reason="the end comes before the start")
    rows = site.store.all(
        "SELECT handed_at, aid_code, aid_name, serial, state_cost FROM live_aid_handovers"
        " WHERE substr(handed_at, 1, 10) BETWEEN ? AND ? ORDER BY handed_at, id",
        (first.isoformat(), last.isoformat()),
    )
    reversed_count = site.store.scalar(
        "SELECT count(*) FROM aid_handovers WHERE substr(handed_at, 1, 10) BETWEEN ? AND ?"
        " AND tx_uuid IN (SELECT reversed_tx FROM reversals)",
        (first.isoformat(), last.isoformat()),
    )
    stem = f"aids_{first}_{last}"
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    marked = exports.mark(site, operator)
    paths = [
        _act_pdf(site, rows, reversed_count or 0, first, last, folder / f"{stem}.pdf", marked),
        exports.write_csv(
            folder / f"{stem}.csv",
            ["handed_at", "aid_code", "aid_name", "serial", "state_cost"],
            [[r[k] for k in ("handed_at", "aid_code", "aid_name", "serial")] + [_amount(r)] for r in rows],
            marked,
        ),
    ]
    exports.record(
        site,
        operator,
        "aid_report",
        f"facility:{site.facility.id}",
        {"start": str(first), "end": str(last), "files": [p.name for p in paths]},
    )
    return paths


def _act_pdf(
    site: SiteContext,
    rows: list[dict[str, Any]],
    reversed_count: int,
    first: date,
    last: date,
    path: Path,
    mark: str,
) -> Path:
    def money(minor: int) -> str:
        return format_money(minor, site.facility.currency)

    doc = pdf.new_document("Act: technical aids handed over", mark)
    pdf.key_values(
        doc,
        [
            ("Facility", site.facility.name),
            ("Period", f"{first} to {last}"),
            ("Aids handed over", str(len(rows))),
            ("Cost to the state", money(sum(r["state_cost"] for r in rows))),
            *([("Reversed, not counted", str(reversed_count))] if reversed_count else []),
        ],
    )
    count, cost = Counter[str](), Counter[str]()
    for r in rows:
        count[r["aid_name"]] += 1
        cost[r["aid_name"]] += r["state_cost"]
    pdf.table(
        doc,
        ["Technical aid", "Handed over", "Cost to the state"],
        [[name, str(count[name]), money(cost[name])] for name in sorted(count)],
        widths=(90, 40, 60),
        right_aligned=(1, 2),
    )
    pdf.table(
        doc,
        ["Date", "Technical aid", "Serial number", "Cost to the state"],
        [
            [r["handed_at"][:16].replace("T", " "), r["aid_name"], r["serial"], money(r["state_cost"])]
            for r in rows
        ],
        widths=(35, 70, 40, 45),
        right_aligned=(3,),
    )
    return pdf.save(doc, path)


def _amount(row: dict[str, Any]) -> str:
    """A state cost in the CSV: major units with two decimals, as the meal invoices write them."""
    return f"{row['state_cost'] / 100:.2f}"
