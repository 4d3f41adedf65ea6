"""School canteen: pick the meal and the class, tap each child served; today's counters beside."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from terminal.core.clock import today
from terminal.core.meals import DayCounts, MealServed, RosterEntry
from terminal.ui.context import UiContext
from terminal.ui.i18n import core_word, error_text
from terminal.ui.screens.canteen_counters import DayCounters
from terminal.ui.screens.meal_report_panel import MealReportDialog
from terminal.ui.screens.roster_grid import RosterGrid
from terminal.ui.widgets import Banner, Translatable, button, heading, label

COUNTERS_WIDTH = 360
MAX_BUTTONS = 12  # more classes than this: a large list instead of a row of buttons


@dataclass(frozen=True)
class SchoolDay:
    """What the screen needs to start: the school, its classes and sessions, today and the time now."""

    schools: list[dict]
    school_id: str | None
    classes: list[dict]
    sessions: list[dict]
    on: date
    now: str  # HH:MM


def load_school_day(ctx: UiContext, school_id: str | None) -> SchoolDay:
    """On the store thread."""
    meals, clock = ctx.site.meals, ctx.site.clock
    schools = meals.schools()
    if school_id is None and schools:
        school_id = schools[0]["id"]
    classes = meals.classes(school_id) if school_id else []
    sessions = meals.sessions(school_id) if school_id else []
    return SchoolDay(schools, school_id, classes, sessions, today(clock), clock.now().strftime("%H:%M"))


def current_session(sessions: list[dict], now: str) -> str | None:
    """The session being served now, else the next one today, else the last one."""
    for session in sessions:
        if now <= session["ends_at"]:
            return session["id"]
    return sessions[-1]["id"] if sessions else None


class ChoiceRow(QWidget):
    """Big toggle buttons, one chosen at a time (drawn as primary); a large list when there are many."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.buttonToggled.connect(self._restyle)
        self.group.buttonClicked.connect(lambda _b: self.changed.emit())
        self.combo = QComboBox()
        self.combo.activated.connect(lambda _i: self.changed.emit())
        self.combo.hide()
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.caption = label()
        self.caption.setMinimumWidth(80)
        self.caption.setBuddy(self.combo)
        self.row.addWidget(self.caption)
        self.row.addWidget(self.combo, 1)
        self.row.addStretch(1)

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        for old in self.group.buttons():
            self.group.removeButton(old)
            old.deleteLater()
        self.combo.clear()
        many = len(choices) > MAX_BUTTONS
        self.combo.setVisible(many)
        for key, text in choices:
            self.combo.addItem(text, key)
            if many:
                continue
            choice = button(text)
            choice.setStyleSheet("QPushButton { padding: 4px 10px; }")
            choice.setCheckable(True)
            choice.setProperty("key", key)
            choice.setAccessibleName(text)
            self.group.addButton(choice)
            self.row.insertWidget(self.row.count() - 1, choice)

    def choose(self, key: str | None) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(key), 0))
        for choice in self.group.buttons():
            if choice.property("key") == key:
                choice.setChecked(True)

    @property
    def chosen(self) -> str | None:
        if self.combo.isVisibleTo(self):
            return self.combo.currentData()
        checked = self.group.checkedButton()
        return checked.property("key") if checked else None

    def set_accessible_name(self, text: str) -> None:
        self.caption.setText(text)
        self.combo.setAccessibleName(text)

    def _restyle(self, choice: QPushButton, checked: bool) -> None:
        choice.setProperty("role", "primary" if checked else None)
        choice.style().unpolish(choice)
        choice.style().polish(choice)


class CanteenScreen(Translatable):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.day: SchoolDay | None = None
        self.entries: list[RosterEntry] = []
        self._serving: set[int] = set()
        self.school = QComboBox()
        self.school.hide()
        self.school.activated.connect(lambda _i: self.load(self.school.currentData()))
        self.sessions, self.classes = ChoiceRow(), ChoiceRow()
        self.sessions.changed.connect(self.refresh)
        self.classes.changed.connect(self.refresh)
        self.class_title = heading()
        self.banner = Banner()
        self.grid = RosterGrid()
        self.grid.serve_requested.connect(self.serve)
        self.counters = DayCounters()
        self.reports = button()
        self.reports.clicked.connect(self.open_reports)
        self._report_dialog: MealReportDialog | None = None
        self._layout()
        self.retranslate()
        self.load()

    def _layout(self) -> None:
        left = QVBoxLayout()
        for widget in (self.school, self.sessions, self.classes, self.class_title, self.banner):
            left.addWidget(widget)
        left.addWidget(self.grid, 1)
        self.side = side = QWidget()
        side.setFixedWidth(COUNTERS_WIDTH)  # wider only when a language's words need it (retranslate)
        right = QVBoxLayout(side)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.counters, 1)
        right.addWidget(self.reports)
        row = QHBoxLayout(self)
        row.addLayout(left, 1)
        row.addWidget(side)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("School meals"))
        self.sessions.set_accessible_name(self.tr("Meal"))
        self.classes.set_accessible_name(self.tr("Class"))
        self.school.setAccessibleName(self.tr("School"))
        self.grid.setAccessibleName(self.tr("Students of the class"))
        self.reports.setText(self.tr("Service act and invoice…"))
        self.side.setFixedWidth(max(COUNTERS_WIDTH, self.reports.sizeHint().width()))
        self._name_sessions()
        self._show_class_title()

    # --- loading -----------------------------------------------------------------------

    def load(self, school_id: str | None = None) -> None:
        ctx = self.ctx
        ctx.tasks.store(lambda: load_school_day(ctx, school_id), self._loaded, self._failed)

    def _loaded(self, day: SchoolDay) -> None:
        self.day = day
        self.school.clear()
        for school in day.schools:
            self.school.addItem(school["name"], school["id"])
        self.school.setCurrentIndex(max(self.school.findData(day.school_id), 0))
        self.school.setVisible(len(day.schools) > 1)
        if not day.schools:
            self.banner.show_message(lambda: self.tr("No school is set up at this site."), "warn")
        self._name_sessions()
        self.classes.set_choices([(c["id"], c["name"]) for c in day.classes])
        self.sessions.choose(current_session(day.sessions, day.now))
        self.classes.choose(day.classes[0]["id"] if day.classes else None)
        self.refresh()

    def _name_sessions(self) -> None:
        """The meals' names (in the language when the registry uses a known one) and hours."""
        day, chosen = self.day, self.sessions.chosen
        if day is None:
            return
        names = [core_word(s["name"]) for s in day.sessions]
        hours = [f"{s['starts_at']}–{s['ends_at']}" for s in day.sessions]
        self.sessions.set_choices(
            [(s["id"], f"{n} {h}") for s, n, h in zip(day.sessions, names, hours, strict=True)]
        )
        if chosen is not None:
            self.sessions.choose(chosen)
        self.counters.set_layout([c["name"] for c in day.classes], [s["name"] for s in day.sessions])

    def refresh(self) -> None:
        """The chosen class's roster for the chosen meal, and today's counters."""
        day, class_id, session_id = self.day, self.classes.chosen, self.sessions.chosen
        operator = self.ctx.operator
        if day is None or day.school_id is None or operator is None:
            return
        meals, school_id = self.ctx.site.meals, day.school_id

        def read() -> tuple[list[RosterEntry], DayCounts]:
            roster = meals.roster(operator, class_id, session_id) if class_id and session_id else []
            return roster, meals.day_counts(school_id)

        self.ctx.tasks.store(read, self._show, self._failed)

    def _show(self, found: tuple[list[RosterEntry], DayCounts]) -> None:
        self.entries, counts = found
        self.grid.show_roster(self.entries)
        self.counters.show_counts(counts)
        self._show_class_title()

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_message(lambda: error_text(exc), "error")

    def _show_class_title(self) -> None:
        names = {c["id"]: c["name"] for c in self.day.classes} if self.day else {}
        sessions = {s["id"]: core_word(s["name"]) for s in self.day.sessions} if self.day else {}
        class_name, session = names.get(self.classes.chosen), sessions.get(self.sessions.chosen)
        if class_name is None or session is None:
            self.class_title.setText(self.tr("Choose the meal and the class."))
            return
        eligible = [e for e in self.entries if e.eligible]
        self.class_title.setText(
            self.tr("Class {name}, {session}: {served} of {eligible} served").format(
                name=class_name,
                session=session,
                served=sum(1 for e in eligible if e.served_at),
                eligible=len(eligible),
            )
        )

    # --- serving -----------------------------------------------------------------------

    def serve(self, student_id: int) -> None:
        """Record one meal (store thread); a second serving is refused by the core with its message."""
        session_id, operator = self.sessions.chosen, self.ctx.operator
        if session_id is None or operator is None or student_id in self._serving:
            return
        self._serving.add(student_id)
        meals = self.ctx.site.meals

        def failed(exc: BaseException) -> None:
            self._serving.discard(student_id)
            self._failed(exc)

        self.ctx.tasks.store(
            lambda: meals.serve(operator, student_id, session_id),
            lambda served: self._served(student_id, served),
            failed,
        )

    def _served(self, student_id: int, served: MealServed) -> None:
        self._serving.discard(student_id)
        self.grid.mark_served(student_id, served.served_at)
        self.entries = [t.entry for t in self.grid.tiles]
        self.banner.show_message(
            lambda: self.tr("Served: {student}, {session} at {time}.").format(
                student=served.student_name, session=core_word(served.session_name), time=served.served_at
            ),
            "ok",
        )
        self._show_class_title()
        self.ctx.bridge.acts_recorded.emit()
        if self.day is not None and self.day.school_id is not None:
            meals, school_id = self.ctx.site.meals, self.day.school_id
            self.ctx.tasks.store(lambda: meals.day_counts(school_id), self.counters.show_counts)

    # --- reports -----------------------------------------------------------------------

    def open_reports(self) -> None:
        if self._report_dialog is None:
            self._report_dialog = MealReportDialog(self.ctx, self)
        self._report_dialog.open()
