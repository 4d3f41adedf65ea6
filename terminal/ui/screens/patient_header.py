"""The patient's header on the dispensing page: their name and the facts about them in as few lines as
the width allows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget


def _one_line(words: QLabel) -> int:
    """The width ``words`` take on one line, with the label's margins."""
    margins = words.contentsMargins()
    return words.fontMetrics().horizontalAdvance(words.text()) + margins.left() + margins.right() + 2


class PatientHeader(QWidget):
    """The patient's name, large, with the facts about them (age and ID number, how they were
    identified) in as few lines as the width allows: beside the name one above the other; else under
    it side by side; else how they were identified beside the name, the age and ID number under it;
    else one below the other. The prescriptions under the header keep the height (a 1024 x 600
    netbook)."""

    BESIDE, UNDER, SPLIT, STACKED = "beside", "under", "split", "stacked"
    SPACING = 16  # px between the name and the facts, and between the two facts

    def __init__(self, name: QLabel, facts: tuple[QLabel, QLabel]) -> None:
        super().__init__()
        self.name, self.facts = name, facts
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(self.SPACING)
        self.grid.setVerticalSpacing(0)
        self.mode = ""
        self._place(self.STACKED)

    def _mode_for(self, width: int) -> str:
        name, (details, how) = _one_line(self.name), (_one_line(w) for w in self.facts)
        if name + self.SPACING + max(details, how) <= width:
            return self.BESIDE
        if details + self.SPACING + how <= width:
            return self.UNDER
        if name + self.SPACING + how <= width and details <= width:
            return self.SPLIT
        return self.STACKED

    def _place(self, mode: str) -> None:
        if mode == self.mode:
            return
        self.mode = mode
        details, how = self.facts
        for widget in (self.name, details, how):
            self.grid.removeWidget(widget)
        for column in range(2):
            self.grid.setColumnStretch(column, 0)
        if mode == self.BESIDE:  # the name; at the right, the facts one above the other
            self.grid.addWidget(self.name, 0, 0, 2, 1, Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(details, 0, 1)
            self.grid.addWidget(how, 1, 1)
            self.grid.setColumnStretch(0, 1)
        elif mode == self.UNDER:  # the name; under it, the facts side by side
            self.grid.addWidget(self.name, 0, 0, 1, 2)
            self.grid.addWidget(details, 1, 0)
            self.grid.addWidget(how, 1, 1)
            self.grid.setColumnStretch(1, 1)
        elif mode == self.SPLIT:  # the name and how, at the right; under them the age and ID number
            self.grid.addWidget(self.name, 0, 0)
            self.grid.addWidget(how, 0, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(details, 1, 0, 1, 2)
            self.grid.setColumnStretch(0, 1)
        else:
            self.grid.addWidget(self.name, 0, 0, 1, 2)
            self.grid.addWidget(details, 1, 0, 1, 2)
            self.grid.addWidget(how, 2, 0, 1, 2)
            self.grid.setColumnStretch(0, 1)
        for words in self.facts:  # on one line where they were measured to fit; else wrapped
            words.setWordWrap(mode == self.STACKED)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the facts one below the other allow (their longest word), not their one line."""
        longest = max(
            (w.fontMetrics().horizontalAdvance(word) for w in self.facts for word in w.text().split()),
            default=0,
        )
        width = max(self.name.minimumSizeHint().width(), longest + 4)
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(self._mode_for(self.width()))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # new words (a patient, a language): measured again
            self._place(self._mode_for(self.width()))
        return super().event(event)
