"""The period's service act and invoice for school meals, as PDF and CSV.

Funding follows meals actually served: the act lists meals per day and class,
the invoice bills meals x the price they were served at, per class and in
total. Every export is marked as such and written to the audit trail.

The PDFs are written in the words of a :class:`ReportWords` (English by
default, for the command line); the window passes its operator's language,
the currency's sign as that language writes it and dates as dd.mm.yyyy. The
CSV files keep English column names: they are read by programs; their first
line is the export's mark as a ``#`` comment (see :mod:`terminal.core.exports`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from biometrics.phrases import term
from terminal.core import exports, pdf
from terminal.core.dates import parse_date
from terminal.core.errors import InvalidInput
from terminal.core.money import format_money
from terminal.core.roles import Operator, require
from terminal.core.site_context import SiteContext

if TYPE_CHECKING:
    from fpdf import FPDF

_Day = date  # the name inside ReportWords, whose field ``date`` hides the type


@dataclass(frozen=True)
class ReportWords:
    """The words printed on the act and the invoice; ``{placeholders}`` are filled as named."""

    invoice_title: str = "Invoice for free school meals"
    act_title: str = "Service act: free school meals served"
    facility: str = "Facility"
    school: str = "School"
    period: str = "Period"
    period_range: str = "{start} to {end}"
    date: str = "Date"
    class_name: str = "Class"
    meal: str = "Meal"
    meals_served: str = "Meals served"
    price: str = "Price"
    amount: str = "Amount"
    total_due: str = "Total due"
    meals_in_period: str = "Meals served in the period"
    director: str = "School director: ____________________"
    provider: str = "Canteen provider: ____________________"
    exported_by: str = exports.MARK  # {operator}, {time}, {device}
    currency_sign: str | None = None  # None: the core's (so'm, ₸)
    date_format: str = "%Y-%m-%d"

    def day(self, value: _Day | str) -> str:
        return (value if isinstance(value, date) else date.fromisoformat(value)).strftime(self.date_format)


ENGLISH = ReportWords()


@dataclass(frozen=True)
class InvoiceRow:
    class_name: str
    session_name: str
    meals: int
    price: int
    amount: int


@dataclass(frozen=True)
class ActRow:
    served_on: str
    class_name: str
    session_name: str
    meals: int


@dataclass(frozen=True)
class MealReport:
    school_id: str
    school_name: str
    facility_name: str
    start: date
    end: date
    currency: str
    invoice: tuple[InvoiceRow, ...]
    act: tuple[ActRow, ...]

    @property
    def total_meals(self) -> int:
        return sum(r.meals for r in self.invoice)

    @property
    def total_amount(self) -> int:
        return sum(r.amount for r in self.invoice)

    def money(self, minor: int, sign: str | None = None) -> str:
        return format_money(minor, self.currency, sign)

    def class_totals(self) -> dict[str, tuple[int, int]]:
        """class -> (meals, amount)."""
        totals: dict[str, tuple[int, int]] = {}
        for r in self.invoice:
            meals, amount = totals.get(r.class_name, (0, 0))
            totals[r.class_name] = (meals + r.meals, amount + r.amount)
        return totals


def build_report(site: SiteContext, school_id: str, start: date | str, end: date | str) -> MealReport:
    start, end = parse_date(start, term("the first day")), parse_date(end, term("the last day"))
    if start > end:
        raise InvalidInput(field="period", reason="the first day is after the last day")
    school = site.store.one("SELECT * FROM schools WHERE id = ?", (school_id,))
    if school is None:
        raise InvalidInput(field="school", reason="no such school at this site")
    period = (school_id, start.isoformat(), end.isoformat())
    invoice = site.store.all(
        "SELECT cl.name AS class_name, ms.name AS session_name, count(*) AS meals, m.price,"
        " sum(m.price) AS amount"
        " FROM live_meals m JOIN classes cl ON cl.id = m.class_id"
        " JOIN meal_sessions ms ON ms.id = m.session_id"
        " WHERE cl.school_id = ? AND m.served_on BETWEEN ? AND ?"
        " GROUP BY cl.grade, cl.name, ms.starts_at, ms.name, m.price"
        " ORDER BY cl.grade, cl.name, ms.starts_at, m.price",
        period,
    )
    act = site.store.all(
        "SELECT m.served_on, cl.name AS class_name, ms.name AS session_name, count(*) AS meals"
        " FROM live_meals m JOIN classes cl ON cl.id = m.class_id"
        " JOIN meal_sessions ms ON ms.id = m.session_id"
        " WHERE cl.school_id = ? AND m.served_on BETWEEN ? AND ?"
        " GROUP BY m.served_on, cl.grade, cl.name, ms.starts_at, ms.name"
        " ORDER BY m.served_on, cl.grade, cl.name, ms.starts_at",
        period,
    )
    return MealReport(
        school_id=school_id,
        school_name=school["name"],
        facility_name=site.facility.name,
        start=start,
        end=end,
        currency=site.facility.currency,
        invoice=tuple(InvoiceRow(**r) for r in invoice),
        act=tuple(ActRow(**r) for r in act),
    )


def export_period(
    site: SiteContext,
    operator: Operator,
    school_id: str,
    start: date | str,
    end: date | str,
    folder: Path,
    words: ReportWords = ENGLISH,
) -> list[Path]:
    """Write the service act and the invoice (PDF in ``words``, CSV) into ``folder``; audited."""
    require(operator, "export meal reports")
    report = build_report(site, school_id, start, end)
    stem = f"{_file_safe(school_id)}_{report.start}_{report.end}"
    folder = Path(folder)
    marked, marked_csv = exports.mark(site, operator, words.exported_by), exports.mark(site, operator)
    paths = [
        write_act_pdf(report, folder / f"service-act_{stem}.pdf", words, marked),
        write_act_csv(report, folder / f"service-act_{stem}.csv", marked_csv),
        write_invoice_pdf(report, folder / f"invoice_{stem}.pdf", words, marked),
        write_invoice_csv(report, folder / f"invoice_{stem}.csv", marked_csv),
    ]
    exports.record(
        site,
        operator,
        "meal_report",
        f"school:{school_id}",
        {
            "what": "meal act and invoice",
            "start": str(report.start),
            "end": str(report.end),
            "files": [p.name for p in paths],
        },
    )
    return paths


def _file_safe(text: str) -> str:
    """A school's id (from the registry) as part of a file name: no folder, no '..', no oddities."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", text)[:80] or "_"


def _period_words(report: MealReport, words: ReportWords) -> str:
    return words.period_range.format(start=words.day(report.start), end=words.day(report.end))


def write_invoice_csv(report: MealReport, path: Path, mark: str | None = None) -> Path:
    rows: list[list[object]] = [
        [r.class_name, r.session_name, r.meals, f"{r.price / 100:.2f}", f"{r.amount / 100:.2f}"]
        for r in report.invoice
    ]
    rows.append(["TOTAL", "", report.total_meals, "", f"{report.total_amount / 100:.2f}"])
    return exports.write_csv(
        path,
        ["class", "meal_session", "meals", f"price_{report.currency}", f"amount_{report.currency}"],
        rows,
        mark,
    )


def write_act_csv(report: MealReport, path: Path, mark: str | None = None) -> Path:
    rows: list[list[object]] = [[r.served_on, r.class_name, r.session_name, r.meals] for r in report.act]
    rows.append(["TOTAL", "", "", report.total_meals])
    return exports.write_csv(path, ["date", "class", "meal_session", "meals"], rows, mark)


def _heading(doc: FPDF, report: MealReport, words: ReportWords) -> None:
    pdf.key_values(
        doc,
        [
            (words.facility, report.facility_name),
            (words.school, report.school_name),
            (words.period, _period_words(report, words)),
        ],
    )


def write_invoice_pdf(
    report: MealReport, path: Path, words: ReportWords = ENGLISH, mark: str | None = None
) -> Path:
    doc = pdf.new_document(words.invoice_title, mark)
    _heading(doc, report, words)

    def money(minor: int) -> str:
        return report.money(minor, words.currency_sign)

    pdf.table(
        doc,
        [words.class_name, words.meal, words.meals_served, words.price, words.amount],
        [
            [r.class_name, r.session_name, str(r.meals), money(r.price), money(r.amount)]
            for r in report.invoice
        ],
        widths=(25, 40, 30, 40, 45),
        right_aligned=(2, 3, 4),
    )
    pdf.table(
        doc,
        [words.class_name, words.meals_served, words.amount],
        [[name, str(meals), money(amount)] for name, (meals, amount) in report.class_totals().items()],
        widths=(60, 50, 70),
        right_aligned=(1, 2),
    )
    pdf.key_values(
        doc, [(words.meals_served, str(report.total_meals)), (words.total_due, money(report.total_amount))]
    )
    return pdf.save(doc, path)


def write_act_pdf(
    report: MealReport, path: Path, words: ReportWords = ENGLISH, mark: str | None = None
) -> Path:
    doc = pdf.new_document(words.act_title, mark)
    _heading(doc, report, words)
    pdf.table(
        doc,
        [words.date, words.class_name, words.meal, words.meals_served],
        [[words.day(r.served_on), r.class_name, r.session_name, str(r.meals)] for r in report.act],
        widths=(40, 40, 60, 40),
        right_aligned=(3,),
    )
    doc.set_font("body", "B", 10)  # one line: the label is longer than key_values' column in English
    doc.multi_cell(0, 6, f"{words.meals_in_period}: {report.total_meals}", new_x="LMARGIN", new_y="NEXT")
    doc.set_font("body", "", 10)
    doc.ln(8)
    doc.cell(90, 6, words.director)
    doc.cell(90, 6, words.provider)
    return pdf.save(doc, path)
