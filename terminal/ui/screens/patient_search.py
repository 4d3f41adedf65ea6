"""Find a patient without a face: a name in either script, a birth date or the ID number.

Enter searches (on the store thread: every search is audited); Enter or a
double click on a row opens that patient's history. Finding somebody is not
identifying them: the history's own button checks the face before anything is
handed out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout

from terminal.core import patients
from terminal.core.citizens import CitizenView
from terminal.ui.context import UiContext
from terminal.ui.dialogs.keys import shortcut
from terminal.ui.i18n import error_text
from terminal.ui.screens.formats import date_text
from terminal.ui.screens.supervisor_pages import fill_table, read_only_table
from terminal.ui.widgets import Banner, Translatable, button, heading, label


class PatientSearchPanel(Translatable):
    chosen = Signal(object)  # CitizenView
    back = Signal()

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.found: tuple[CitizenView, ...] = ()
        self._result: patients.SearchResult | None = None
        self.title, self.hint = heading(), label(role="muted")
        self.query = QLineEdit()
        self.query.returnPressed.connect(self.search)
        self.go = button(role="primary")
        self.go.clicked.connect(self.search)
        self.banner = Banner(lines=1)  # short messages; a longer one grows
        self.table = read_only_table()
        self.table.cellDoubleClicked.connect(lambda row, _column: self.open_row(row))
        self.table.installEventFilter(self)
        self.close_button = button()
        shortcut(self.close_button, "Esc")
        self.close_button.clicked.connect(self.back.emit)
        top = QHBoxLayout()  # "Back" beside the title: the list keeps the height of a small window
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        line = QHBoxLayout()
        line.addWidget(self.query, 1)
        line.addWidget(self.go)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.hint)
        column.addLayout(line)
        column.addWidget(self.banner)
        column.addWidget(self.table, 1)
        self.setFocusProxy(self.query)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Find a patient"))
        self.hint.setText(
            self.tr(
                "Type the name (in Latin or Cyrillic letters), the birth date (DD.MM.YYYY) or the ID "
                "number, then Enter. Finding a patient does not identify them: their face is checked "
                "before anything is handed out."
            )
        )
        self.query.setAccessibleName(self.tr("Name, birth date or ID number"))
        self.query.setPlaceholderText(self.tr("Name, birth date or ID number"))
        self.go.setText(self.tr("Search (Enter)"))
        self.close_button.setText(self.tr("Back (Esc)"))
        self._show()

    def start(self) -> None:
        """A fresh search: the field empty and focused, no list."""
        self.query.clear()
        self.found, self._result = (), None
        self.banner.clear_message()
        self._show()
        self.query.setFocus()

    def search(self) -> None:
        operator, text = self.ctx.operator, self.query.text()
        if operator is None:
            return
        self.go.setEnabled(False)
        self.ctx.tasks.store(lambda site: patients.search(site, operator, text), self._found, self._failed)

    def _found(self, result: patients.SearchResult) -> None:
        self.go.setEnabled(True)
        self._result, self.found = result, result.citizens
        self.banner.clear_message()
        self._show()
        if self.found:
            self.table.setFocus()
            self.table.selectRow(0)

    def _failed(self, exc: BaseException) -> None:
        self.go.setEnabled(True)
        self.banner.show_message(lambda: error_text(exc), "error")
        self.query.setFocus()

    def _show(self) -> None:
        headers = [self.tr("Name"), self.tr("Born"), self.tr("Age"), self.tr("ID number")]
        rows = [[c.full_name, date_text(c.birth_date), str(c.age), c.masked_pin] for c in self.found]
        fill_table(self.table, headers, rows)
        if self._result is None:
            return
        if not self.found:
            self.banner.show_message(lambda: self.tr("Nobody of this site matches."), "warn")
        elif self._result.more:
            more = self.tr("More than {count} patients match: type more of the name or the birth date.")
            self.banner.show_message(lambda: more.format(count=len(self.found)), "info")

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.found):
            self.chosen.emit(self.found[row])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on the list opens the chosen row (a table has no Enter of its own)."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_row(self.table.currentRow())
            return True
        return super().eventFilter(watched, event)
