"""The supervisor's pages: the operators of this terminal (their PINs, their locks) and the overrides."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from terminal.core import operators
from terminal.core.lockout import Lock
from terminal.core.supervision import OperatorRow, OverrideRow, operator_list, overrides
from terminal.ui.context import UiContext
from terminal.ui.i18n import error_text
from terminal.ui.screens.formats import stamp_text
from terminal.ui.widgets import Banner, Translatable, button, heading, label


def role_names() -> dict[str, str]:
    return {
        "nurse": QCoreApplication.translate("Roles", "Nurse"),
        "canteen": QCoreApplication.translate("Roles", "Canteen staff"),
        "inspector": QCoreApplication.translate("Roles", "Field inspector"),
        "social_worker": QCoreApplication.translate("Roles", "Social worker"),
        "supervisor": QCoreApplication.translate("Roles", "Supervisor"),
    }


def read_only_table() -> QTableWidget:
    table = QTableWidget()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    table.resizeRowsToContents()


class ColumnFit(QObject):
    """Caps the columns ``shares`` names at that share of the list's width, their words wrapped, so the
    last column (which stretches) stays in view; again whenever the list is resized. Call :meth:`fit`
    after filling the list."""

    def __init__(self, table: QTableWidget, shares: dict[int, float]) -> None:
        super().__init__(table)
        self.table, self.shares, self.busy = table, shares, False
        table.viewport().installEventFilter(self)

    def fit(self) -> None:
        if self.busy:  # the rows' new heights may bring a scroll bar, which resizes the list again
            return
        self.busy = True
        try:
            table, room = self.table, self.table.viewport().width()
            for column, share in self.shares.items():
                if column < table.columnCount() - 1:
                    least = table.horizontalHeader().sectionSizeHint(column)  # its title whole
                    width = max(least, min(table.sizeHintForColumn(column), int(room * share)))
                    table.setColumnWidth(column, width)
            table.resizeRowsToContents()
        finally:
            self.busy = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


class OperatorsPage(Translatable):
    """Who works at this terminal; a supervisor sets or resets anyone's PIN, and ends a lock."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rows: list[OperatorRow] = []
        self.locks: dict[str, Lock] = {}
        self.title, self.hint = heading(), label(role="muted")
        self.table = read_only_table()
        self.table.itemSelectionChanged.connect(self._chosen)
        self.pin_title = label()
        self.pin_title.setStyleSheet("font-weight: bold;")
        self.pin, self.again = QLineEdit(), QLineEdit()
        self.pin_label, self.again_label = label(), label()
        for edit, caption in ((self.pin, self.pin_label), (self.again, self.again_label)):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(64)
            caption.setBuddy(edit)
            caption.setWordWrap(False)  # "PIN again" on one line; the field takes the rest
        self.again.returnPressed.connect(self.set_pin)
        self.save = button(role="primary")
        self.save.clicked.connect(self.set_pin)
        self.lock_state = label()
        self.unlock = button()
        self.unlock.clicked.connect(self.unlock_chosen)
        self.banner = Banner()
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        form = QGridLayout()
        form.addWidget(self.pin_title, 0, 0, 1, 2)
        form.addWidget(self.pin_label, 1, 0)
        form.addWidget(self.pin, 1, 1)
        form.addWidget(self.again_label, 2, 0)
        form.addWidget(self.again, 2, 1)
        form.addWidget(self.save, 3, 1)
        form.addWidget(self.lock_state, 4, 0, 1, 2)
        form.addWidget(self.unlock, 5, 1)
        form.addWidget(self.banner, 6, 0, 1, 2)
        form.setRowStretch(7, 1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)  # the form as wide as the list: its captions on one line, its
        row.addLayout(form, 1)  # "Set the PIN" in view in a small window
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addWidget(self.hint)
        column.addLayout(row, 1)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Operators of this terminal"))
        self.hint.setText(
            self.tr("Choose an operator to set a new PIN, for example when they forgot theirs.")
        )
        self.pin_label.setText(self.tr("New PIN"))
        self.again_label.setText(self.tr("The PIN again"))
        self.pin.setAccessibleName(self.tr("New PIN"))
        self.again.setAccessibleName(self.tr("The PIN again"))
        self.table.setAccessibleName(self.tr("Operators"))
        self.save.setText(self.tr("Set the PIN"))
        self.unlock.setText(self.tr("Unlock"))
        self._show()

    def refresh(self) -> None:
        operator = self.ctx.operator
        if operator is None:  # signed out meanwhile
            return
        self.ctx.tasks.store(
            lambda site: (operator_list(site.store, operator), operators.locks(site, operator)),
            self._listed,
            self._failed,
        )

    def _listed(self, found: tuple[list[OperatorRow], dict[str, Lock]]) -> None:
        chosen = self.chosen
        self.rows, self.locks = found
        self._show()
        logins = [r.login for r in self.rows]
        self.table.selectRow(logins.index(chosen.login) if chosen and chosen.login in logins else 0)

    def _show(self) -> None:
        roles = role_names()
        fill_table(
            self.table,
            [self.tr("Name"), self.tr("Role"), self.tr("PIN"), self.tr("Status")],
            [
                [
                    r.full_name,
                    roles.get(r.role, r.role),
                    self.tr("set") if r.has_pin else self.tr("not set yet"),
                    self._status(r),
                ]
                for r in self.rows
            ],
        )
        self._chosen()

    def _status(self, row: OperatorRow) -> str:
        if not row.active:
            return self.tr("disabled")
        lock = self.locks.get(row.login)
        if lock is None:
            return self.tr("active")
        if lock.until is None:
            return self.tr("locked until a new PIN is set")
        return self.tr("locked until {time}").format(time=lock.until.strftime("%H:%M"))

    @property
    def chosen(self) -> OperatorRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def choose(self, login: str) -> None:
        for i, r in enumerate(self.rows):
            if r.login == login:
                self.table.selectRow(i)

    def _chosen(self) -> None:
        who = self.chosen
        self.pin_title.setText(
            self.tr("New PIN for {name}").format(name=who.full_name)
            if who
            else self.tr("Choose an operator.")
        )
        self.save.setEnabled(who is not None)
        lock = self.locks.get(who.login) if who else None
        if lock is None:
            self.lock_state.setText("")
        elif lock.until is None:
            self.lock_state.setText(
                self.tr("{name} typed a wrong PIN too many times: set a new PIN to unlock them.").format(
                    name=who.full_name  # type: ignore[union-attr]
                )
            )
        else:
            self.lock_state.setText(
                self.tr("{name} is locked after wrong PINs until {time}.").format(
                    name=who.full_name,  # type: ignore[union-attr]
                    time=lock.until.strftime("%H:%M"),
                )
            )
        self.lock_state.setVisible(lock is not None)
        self.unlock.setVisible(lock is not None)
        self.unlock.setEnabled(lock is not None and lock.until is not None)

    def set_pin(self) -> None:
        who, pin = self.chosen, self.pin.text()
        if who is None or self.ctx.operator is None:
            return
        if len(pin) < operators.MIN_PIN:
            self.banner.show_message(
                self.tr("A PIN has at least {count} characters.").format(count=operators.MIN_PIN), "warn"
            )
            return
        if pin != self.again.text():
            words = self.tr("The two PINs are not the same: type them again.")
            self.banner.show_message(words, "warn")
            self.again.clear()
            self.again.setFocus()
            return
        by = self.ctx.operator

        def done(_none: None) -> None:
            self.pin.clear()
            self.again.clear()
            self.banner.show_message(
                self.tr("The PIN of {name} is set. They can sign in with it now.").format(name=who.full_name),
                "ok",
            )
            self.refresh()

        self.ctx.tasks.store(lambda site: operators.set_pin(site, by, who.login, pin), done, self._failed)

    def unlock_chosen(self) -> None:
        """End the chosen operator's lock now (audited): they may sign in with their PIN at once."""
        who, by = self.chosen, self.ctx.operator
        if who is None or by is None or who.login not in self.locks:
            return

        def done(_none: None) -> None:
            self.banner.show_message(
                self.tr("{name} is unlocked and can sign in with their PIN now.").format(name=who.full_name),
                "ok",
            )
            self.refresh()

        self.unlock.setEnabled(False)
        self.ctx.tasks.store(lambda site: operators.unlock_operator(site, by, who.login), done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_message(lambda: error_text(exc), "error")
        self._chosen()


class OverridesPage(Translatable):
    """Dispenses where Face-ID could not match and a supervisor vouched for the citizen."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rows: list[OverrideRow] = []
        self.title, self.hint, self.empty = heading(), label(role="muted"), label(role="muted")
        self.table = read_only_table()
        column = QVBoxLayout(self)
        for widget in (self.title, self.hint, self.empty):
            column.addWidget(widget)
        column.addWidget(self.table, 100)
        column.addStretch(1)  # no overrides (the table hidden): the words stay at the top
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Overrides"))
        self.hint.setText(
            self.tr(
                "Medicines handed over when Face-ID could not match, on a supervisor's word. Newest first."
            )
        )
        self.empty.setText(self.tr("No overrides recorded on this terminal."))
        self.table.setAccessibleName(self.tr("Overrides"))
        self._show()

    def refresh(self) -> None:
        operator = self.ctx.operator
        if operator is None:  # signed out meanwhile
            return
        self.ctx.tasks.store(lambda site: overrides(site.store, operator), self._listed)

    def _listed(self, rows: list[OverrideRow]) -> None:
        self.rows = rows
        self._show()

    def _show(self) -> None:
        fill_table(
            self.table,
            [self.tr("When"), self.tr("Citizen"), self.tr("Who"), self.tr("Reason")],
            [
                [
                    stamp_text(r.at),
                    f"{r.citizen}\n{r.masked_pin}",
                    self.tr("Handed over by {nurse}\nApproved by {supervisor}").format(
                        nurse=r.dispensed_by, supervisor=r.approved_by
                    ),
                    r.reason,
                ]
                for r in self.rows
            ],
        )
        self.empty.setVisible(not self.rows)
        self.table.setVisible(bool(self.rows))
