"""The period's service act and invoice for school meals, as PDF and CSV, made in the background."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from terminal.core import exports
from terminal.core.clock import today
from terminal.core.meal_reports import MealReport, ReportWords, build_report, export_period
from terminal.ui.context import UiContext
from terminal.ui.i18n import core_word, currency_sign, error_text, money_text
from terminal.ui.screens.formats import DATE_FORMAT, date_text
from terminal.ui.screens.jobs import JobPanel, on_store
from terminal.ui.tasks import Progress
from terminal.ui.widgets import Banner, Translatable, button, fit_on_screen, heading, label

REPORTS_FOLDER = "reports"


class MealReportPanel(Translatable):
    """Choose the school and the period; the act and invoice are written to the terminal's reports folder."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.folder: Path = ctx.home / REPORTS_FOLDER
        self.title = heading()
        self.hint = label(role="muted")
        self.school = QComboBox()
        self.school_label = label()
        self.start, self.end = QDateEdit(), QDateEdit()
        self.start_label, self.end_label = label(), label()
        for edit, buddy in ((self.start, self.start_label), (self.end, self.end_label)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
            buddy.setBuddy(edit)
        self.school_label.setBuddy(self.school)
        self.make = button(role="primary")
        self.make.clicked.connect(self.make_documents)
        self.job = JobPanel(ctx)
        self.banner = Banner(lines=3)
        self.open_folder = button()
        self.open_folder.clicked.connect(self.show_folder)
        self.open_folder.hide()
        self._layout()
        self.retranslate()
        self.load()

    def _layout(self) -> None:
        fields = QGridLayout()
        fields.addWidget(self.school_label, 0, 0)
        fields.addWidget(self.school, 0, 1)
        fields.addWidget(self.start_label, 1, 0)
        fields.addWidget(self.start, 1, 1)
        fields.addWidget(self.end_label, 2, 0)
        fields.addWidget(self.end, 2, 1)
        fields.setColumnStretch(2, 1)
        for edit in (self.school, self.start, self.end):
            edit.setMinimumWidth(260)
        actions = QHBoxLayout()
        actions.addWidget(self.make)
        actions.addWidget(self.open_folder)
        actions.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addWidget(self.hint)
        column.addLayout(fields)
        column.addLayout(actions)
        column.addWidget(self.job)
        column.addWidget(self.banner)
        column.addStretch(1)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Service act and invoice"))
        self.hint.setText(
            self.tr(
                "Funding follows the meals actually served. Choose the period, then make the documents:"
                " PDF to print and sign, CSV for spreadsheets."
            )
        )
        self.school_label.setText(self.tr("School"))
        self.start_label.setText(self.tr("First day"))
        self.end_label.setText(self.tr("Last day"))
        self.make.setText(self.tr("Make the act and invoice"))
        self.open_folder.setText(self.tr("Open the folder"))
        self.school.setAccessibleName(self.tr("School"))
        self.start.setAccessibleName(self.tr("First day of the period"))
        self.end.setAccessibleName(self.tr("Last day of the period"))

    def load(self) -> None:
        """Schools and today's date (the site's clock), from the store thread."""
        self.ctx.tasks.store(lambda site: (site.meals.schools(), today(site.clock)), self._loaded)

    def _loaded(self, found: tuple[list[dict], date]) -> None:
        schools, on = found
        self.school.clear()
        for school in schools:
            self.school.addItem(school["name"], school["id"])
        many = len(schools) > 1
        self.school.setVisible(many)
        self.school_label.setVisible(many)
        self.make.setEnabled(bool(schools))
        if not schools:
            self.banner.show_message(lambda: self.tr("No school is set up at this site."), "warn")
        self.set_period(on.replace(day=1), on)

    def set_period(self, start: date, end: date) -> None:
        self.start.setDate(QDate(start.year, start.month, start.day))
        self.end.setDate(QDate(end.year, end.month, end.day))

    def make_documents(self) -> None:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        if start > end:
            self.banner.show_message(
                lambda: self.tr("The first day is after the last day: change one of them."), "warn"
            )
            return
        school_id, operator = self.school.currentData(), self.ctx.operator
        if school_id is None or operator is None or self.job.busy:
            return
        folder, words = self.folder, self.report_words()
        steps = (self.tr("Counting the meals served…"), self.tr("Writing the act and the invoice…"))

        def job(progress: Progress) -> tuple[MealReport, list[Path]]:
            progress.report(0, 2, steps[0])
            report = on_store(self.ctx, progress, lambda site: build_report(site, school_id, start, end))
            progress.report(1, 2, steps[1])
            paths = on_store(
                self.ctx,
                progress,
                lambda site: export_period(site, operator, school_id, start, end, folder, words),
                final=True,
            )
            progress.report(2, 2, "")
            return report, paths

        self.banner.clear_message()
        self.open_folder.hide()
        self.make.setEnabled(False)
        self.job.start(job, self._done, self._failed, self._cancelled)

    def report_words(self) -> ReportWords:
        """The words of the act and the invoice in the operator's language: the PDFs are printed in them."""
        return ReportWords(
            invoice_title=self.tr("Invoice for free school meals"),
            act_title=self.tr("Service act: free school meals served"),
            facility=self.tr("Facility"),
            school=self.tr("School"),
            period=self.tr("Period"),
            period_range=self.tr("{start} to {end}"),
            date=self.tr("Date"),
            class_name=self.tr("Class"),
            meal=self.tr("Meal"),
            meals_served=self.tr("Meals served"),
            price=self.tr("Price"),
            amount=self.tr("Amount"),
            total_due=self.tr("Total due"),
            meals_in_period=self.tr("Meals served in the period"),
            director=self.tr("School director: ____________________"),
            provider=self.tr("Canteen provider: ____________________"),
            currency_sign=currency_sign(self.ctx.site.facility.currency),
            date_format="%d.%m.%Y",
            exported_by=core_word(exports.MARK),
        )

    def _done(self, result: tuple[MealReport, list[Path]]) -> None:
        report, _paths = result
        self.make.setEnabled(True)
        folder = str(self.folder)

        def words() -> str:  # said again in a new language
            return self.tr(
                "The service act and the invoice for {start} to {end} are ready: {meals} meals served,"
                " {amount} to pay. The PDF and CSV files are in the folder {folder}."
            ).format(
                start=date_text(report.start),
                end=date_text(report.end),
                meals=report.total_meals,
                amount=money_text(report.total_amount, report.currency),
                folder=folder,
            )

        self.banner.show_message(words, "ok")
        self.open_folder.show()

    def _failed(self, exc: BaseException) -> None:
        self.make.setEnabled(True)
        self.banner.show_message(lambda: error_text(exc), "error")

    def _cancelled(self) -> None:
        self.make.setEnabled(True)
        self.banner.show_message(lambda: self.tr("Cancelled: no documents were made."), "info")

    def show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))


class MealReportDialog(QDialog):
    """The panel in a window of its own, for the canteen screen."""

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.panel = MealReportPanel(ctx)
        self.close_button = button()
        self.close_button.clicked.connect(self.accept)
        column = QVBoxLayout(self)
        column.addWidget(self.panel)
        column.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(780, 560)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        fit_on_screen(self, self.width(), self.height())  # large text: higher, not squashed
        super().showEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Service act and invoice"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
