"""School canteen: pick the meal and the class, tap each child served; today's counters beside."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from terminal.core.clock import today
from terminal.core.meals import DayCounts, MealOutsideHours, MealServed, RosterEntry
from terminal.core.operators import SupervisorWord
from terminal.core.site import Site
from terminal.ui import theme
from terminal.ui.context import UiContext
from terminal.ui.dialogs.supervisor_word import SupervisorWordDialog
from terminal.ui.i18n import core_word, error_text
from terminal.ui.screens.canteen_counters import DayCounters
from terminal.ui.screens.meal_report_panel import MealReportDialog
from terminal.ui.screens.roster_grid import RosterGrid
from terminal.ui.widgets import Banner, Translatable, button, heading, label

COUNTERS_WIDTH = 360
MARGIN = 4  # px around the screen: in a 1024 x 600 window every pixel goes to the tiles
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


def load_school_day(site: Site, school_id: str | None) -> SchoolDay:
    """On the store thread."""
    meals, clock = site.meals, site.clock
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
    """Big toggle buttons, one chosen at a time (drawn as primary); a large list when there are many, or
    when the buttons do not fit the width (a small screen, long words): the list and the buttons always
    show the same choice."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.buttonToggled.connect(self._restyle)
        self.group.buttonClicked.connect(lambda _b: self.changed.emit())
        self.group.buttonClicked.connect(
            lambda b: self.combo.setCurrentIndex(self.combo.findData(b.property("key")))
        )
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # never cut a choice
        self.combo.activated.connect(lambda _i: self.changed.emit())
        self.combo.activated.connect(lambda _i: self._check(self.combo.currentData()))
        self.combo.hide()
        self.many = False
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
        many = self.many = len(choices) > MAX_BUTTONS
        for key, text in choices:
            self.combo.addItem(text, key)
            self.combo.setMinimumWidth(self.combo.sizeHint().width())  # the longest choice in full
            if many:
                continue
            choice = button(text)
            choice.setStyleSheet("QPushButton { padding: 4px 10px; }")
            choice.setCheckable(True)
            choice.setProperty("key", key)
            choice.setAccessibleName(text)
            self.group.addButton(choice)
            self.row.insertWidget(self.row.count() - 1, choice)
            choice.ensurePolished()  # measured in the house style now, not when first shown
        self._fit()

    def _buttons_width(self) -> int:
        buttons = self.group.buttons()
        spacing = self.row.spacing() * (len(buttons) + 1)
        return self.caption.sizeHint().width() + sum(b.sizeHint().width() for b in buttons) + spacing

    def _fit(self) -> None:
        """The list instead of the buttons when there are many or the buttons do not fit."""
        compact = self.many or self._buttons_width() > self.width()
        changed = compact != self.combo.isVisibleTo(self)
        self.combo.setVisible(compact)
        for choice in self.group.buttons():
            choice.setVisible(not compact)
        if changed:
            self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        """As small as the list: a narrow window shows the list instead of the buttons."""
        caption, combo = self.caption.minimumSizeHint(), self.combo.sizeHint()
        height = max(combo.height(), *(b.sizeHint().height() for b in self.group.buttons()), caption.height())
        return QSize(caption.width() + self.row.spacing() + combo.width(), height)

    def sizeHint(self) -> QSize:
        """As high with the list as with the buttons: a change between them never moves what is below."""
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # new words (a language): measured again
            self._fit()
        return super().event(event)

    def choose(self, key: str | None) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(key), 0))
        self._check(key)

    def _check(self, key: str | None) -> None:
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


class MealsScreen(Translatable):
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
        self.word_dialog: SupervisorWordDialog | None = None
        self._layout()
        self.retranslate()
        self.load()

    def _layout(self) -> None:
        left = QVBoxLayout()
        # the meal and the class one above the other; side by side as two lists in a narrow window
        self.choices = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.choices.addWidget(self.sessions)
        self.choices.addWidget(self.classes)
        left.addWidget(self.school)
        left.addLayout(self.choices)
        left.addWidget(self.class_title)
        left.addWidget(self.grid, 1)
        self.side = side = QWidget()
        side.setFixedWidth(COUNTERS_WIDTH)  # wider only when a language's words need it (retranslate)
        right = QVBoxLayout(side)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.counters, 1)
        right.addWidget(self.reports)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addWidget(side)
        self.row = row
        column = QVBoxLayout(self)  # the message under the tiles, the whole width: the first row of tiles
        column.addLayout(row, 1)  # stays in view in a low window, and a message never moves a tile
        column.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        column.addWidget(self.banner)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_choices()

    def _fit_choices(self) -> None:
        """Side by side when neither row's buttons fit the width (both show lists); the class's title in
        smaller type in a low window, so that the first row of tiles stays in view."""
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right() - self.row.spacing() - self.side.width()
        rows = (self.sessions, self.classes)
        together = sum(row.minimumSizeHint().width() for row in rows) + self.choices.spacing()
        side_by_side = together <= room and all(row.many or row._buttons_width() > room for row in rows)
        direction = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        if self.choices.direction() != direction:
            self.choices.setDirection(direction)
            self.layout().activate()  # placed now, not some events later (a busy netbook): never cut off
        compact = self.height() < 480
        if bool(self.class_title.property("compact")) != compact:
            self.class_title.setProperty("compact", compact)
            self.class_title.style().unpolish(self.class_title)
            self.class_title.style().polish(self.class_title)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("School meals"))
        self.sessions.set_accessible_name(self.tr("Meal"))
        self.classes.set_accessible_name(self.tr("Class"))
        self.school.setAccessibleName(self.tr("School"))
        self.grid.setAccessibleName(self.tr("Students of the class"))
        self.reports.setText(self.tr("Service act and invoice…"))
        self._fit_side()
        self._name_sessions()
        self._show_class_title()
        self._fit_choices()

    def _fit_side(self) -> None:
        """The counters' column as wide as its button's words (a language) need; wider with large text."""
        usual = round(COUNTERS_WIDTH * self.font().pointSizeF() / theme.BODY_PT)
        self.side.setFixedWidth(max(COUNTERS_WIDTH, usual, self.reports.sizeHint().width()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # large text: measured once every word has its size
            QTimer.singleShot(0, self, self._fit_side)
        super().changeEvent(event)

    # --- loading -----------------------------------------------------------------------

    def load(self, school_id: str | None = None) -> None:
        self.ctx.tasks.store(lambda site: load_school_day(site, school_id), self._loaded, self._failed)

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
        self._fit_choices()
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
        school_id = day.school_id

        def read(site: Site) -> tuple[list[RosterEntry], DayCounts, MealOutsideHours | None]:
            meals = site.meals
            roster = meals.roster(operator, class_id, session_id) if class_id and session_id else []
            late = meals.outside_hours(session_id) if session_id else None
            return roster, meals.day_counts(school_id), late

        self.ctx.tasks.store(read, self._show, self._failed)

    def _show(self, found: tuple[list[RosterEntry], DayCounts, MealOutsideHours | None]) -> None:
        self.entries, counts, late = found
        self.grid.show_roster(self.entries)
        self.counters.show_counts(counts)
        self._show_class_title()
        if late is not None:  # said before the first tap: each meal now needs a supervisor's word
            self.banner.show_message(lambda: error_text(late), "warn")
        elif self.banner.property("kind") == "warn":
            self.banner.clear_message()

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
        """Record one meal (store thread); a second serving is refused by the core with its message.

        Outside the meal's hours the core refuses it too: the warning is shown and a supervisor's
        word asked for (audited with the meal), or the meal is not recorded.
        """
        session_id, operator = self.sessions.chosen, self.ctx.operator
        if session_id is None or operator is None or student_id in self._serving:
            return
        self._serving.add(student_id)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, MealOutsideHours):
                self._ask_word(student_id, session_id, exc)
                return
            self._serving.discard(student_id)
            self._failed(exc)

        self.ctx.tasks.store(
            lambda site: site.meals.serve(operator, student_id, session_id, keep_hours=True),
            lambda served: self._served(student_id, served),
            failed,
        )

    def _ask_word(self, student_id: int, session_id: str, warning: MealOutsideHours) -> None:
        """The meal is outside its hours: say so, and record it only on a supervisor's word."""
        meals, operator = self.ctx.site.meals, self.ctx.operator
        self.banner.show_message(lambda: error_text(warning), "warn")

        def act(word: SupervisorWord) -> MealServed:
            return meals.serve(operator, student_id, session_id, keep_hours=True, word=word)  # type: ignore[arg-type]

        dialog = SupervisorWordDialog(
            self.ctx,
            lambda: self.tr("A meal outside its hours"),
            lambda: error_text(warning),
            act,
            self,
        )

        def finished(_result: int) -> None:
            self.word_dialog = None
            if dialog.result_value is not None:
                self._served(student_id, dialog.result_value)
                return
            self._serving.discard(student_id)
            self.banner.show_message(
                lambda: self.tr(
                    "Not recorded: the meal is outside its hours and no supervisor confirmed it."
                ),
                "warn",
            )

        dialog.finished.connect(finished)
        self.word_dialog = dialog
        dialog.open()

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
        if self.day is not None and self.day.school_id is not None:
            school_id = self.day.school_id
            self.ctx.tasks.store(lambda site: site.meals.day_counts(school_id), self.counters.show_counts)

    # --- reports -----------------------------------------------------------------------

    def open_reports(self) -> None:
        if self._report_dialog is None:
            self._report_dialog = MealReportDialog(self.ctx, self)
        self._report_dialog.open()
