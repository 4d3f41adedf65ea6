"""One step of the application form, and the list-with-add-form shape three of the steps share."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from terminal.core.applications import ApplicationForm
from terminal.ui.applications.fields import FormInfo
from terminal.ui.widgets import Translatable, button, heading, label

LIST_WIDTH = 300  # px: the smallest width of the list of what was added (its lines wrap)


class Step(Translatable):
    """A page of the form: ``load`` fills it from a draft, ``save`` writes it back into the form.

    ``problems`` shows what is wrong next to each field and returns it: nothing
    is saved while there is any. ``missing`` is what a draft may lack but the
    next step needs (the benefit, the consent): it only stops going on.
    """

    changed = Signal()

    def __init__(self, info: FormInfo) -> None:
        super().__init__()
        self.info = info
        self.heading = heading()
        self.hint = label(role="muted")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.heading)
        self.body.addWidget(self.hint)

    def title(self) -> str:
        raise NotImplementedError

    def load(self, form: ApplicationForm) -> None:
        pass

    def entered(self, form: ApplicationForm) -> None:
        """The step is shown: refresh what depends on other steps (the family, say)."""

    def save(self, form: ApplicationForm) -> None:
        pass

    def problems(self) -> list[str]:
        return []

    def missing(self) -> list[str]:
        return []

    def leave(self) -> None:
        """The step is left (or the form closed): stop what runs (the camera)."""

    def first_input(self) -> QWidget | None:
        """Where typing starts when the step is shown: its first field that takes the keyboard."""
        return first_focusable(self)

    def retranslate(self) -> None:
        self.heading.setText(self.title())


def first_focusable(container: QWidget) -> QWidget | None:
    """The first widget inside ``container`` (in the order they were laid out) that Tab can reach."""
    for widget in container.findChildren(QWidget):
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if takes_tab and widget.isEnabled() and widget.isVisibleTo(container):
            return widget
    return None


class ListStep(Step):
    """A list of what was added (members, incomes, assets) with Remove, beside a small form to add one."""

    def __init__(self, info: FormInfo) -> None:
        super().__init__(info)
        self.items = QListWidget()
        self.items.setWordWrap(True)
        self.items.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setMinimumWidth(LIST_WIDTH)
        self.remove = button(role="danger")
        self.remove.clicked.connect(self.remove_current)
        self.add = button(role="primary")
        self.add.clicked.connect(self.add_entry)
        self.empty = label(role="muted")
        self.adder = QWidget()
        self.adder_column = QVBoxLayout(self.adder)
        self.adder_column.setContentsMargins(0, 0, 0, 0)
        self.left = left = QVBoxLayout()
        left.addWidget(self.items, 1)
        left.addWidget(self.empty)
        left.addWidget(self.remove)
        # the list beside the form; below it where the two do not fit side by side (a long choice in a
        # long language, a narrow window): what is typed first, what was added under it
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.row.addLayout(left, 1)
        self.row.addWidget(self.adder, 1)
        self.body.addLayout(self.row, 1)

    def _widths(self) -> tuple[int, int]:
        """The smallest widths of the list's column and of the form."""
        return self.left.minimumSize().width(), self.adder.minimumSizeHint().width()

    def _fit(self) -> None:
        left, adder = self._widths()
        wide = self.width() >= left + self.row.spacing() + adder
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.BottomToTop
        if self.row.direction() != direction:
            self.row.setDirection(direction)

    def minimumSizeHint(self) -> QSize:
        """As narrow as one column: a step too wide for the window goes to one column."""
        hint = super().minimumSizeHint()
        if self.row.direction() == QBoxLayout.Direction.LeftToRight:
            left, adder = self._widths()
            hint.setWidth(hint.width() - (left + self.row.spacing() + adder - max(left, adder)))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # new words (a language): measured again
            self._fit()
        return super().event(event)

    def first_input(self) -> QWidget | None:
        """The form to add one: the list beside it is read, not typed into."""
        return first_focusable(self.adder)

    def finish_adder(self) -> None:
        """Call after the subclass has added its fields to ``adder_column``."""
        self.adder_column.addWidget(self.add)
        self.adder_column.addStretch(1)

    def show_items(self, texts: list[str]) -> None:
        self.items.clear()
        for text in texts:
            item = QListWidgetItem(text)
            self.items.addItem(item)
        self.empty.setVisible(not texts)
        self.remove.setEnabled(bool(texts))
        if texts:
            self.items.setCurrentRow(len(texts) - 1)

    def remove_current(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            self.remove_at(row)
            self.changed.emit()

    def remove_at(self, row: int) -> None:
        raise NotImplementedError

    def add_entry(self) -> None:
        raise NotImplementedError
