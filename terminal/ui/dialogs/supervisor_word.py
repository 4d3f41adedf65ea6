"""A supervisor's word for an act out of the ordinary (a meal outside its session's hours, say).

The pattern of the override dialog (:mod:`terminal.ui.dialogs.override`): the
supervisor picks their own name, types their own PIN and writes the reason;
the act itself runs on the store thread with that word, which the core checks
like a sign-in (audited, counting toward the lockout) and audits with the act.
The dialog is accepted only once the act is recorded; see ``result_value``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from terminal.core import operators
from terminal.core.operators import SupervisorWord
from terminal.core.roles import Operator
from terminal.core.site import Site
from terminal.ui.context import UiContext
from terminal.ui.i18n import error_text
from terminal.ui.widgets import Banner, button, heading, label


class SupervisorWordDialog(QDialog):
    """``act(word)`` runs on the store thread once the form is complete; its result is ``result_value``."""

    own_word = False  # a supervisor at the desk may give their own word for this act

    def __init__(
        self,
        ctx: UiContext,
        title: Callable[[], str],
        warning: Callable[[], str],
        act: Callable[[SupervisorWord], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.title_words, self.warning_words, self.act = ctx, title, warning, act
        self.result_value: Any = None
        self.setModal(True)
        self.title = heading()
        self.warning = label(role="warn")
        self.explain = label(role="muted")
        self.supervisor_label, self.pin_label, self.reason_label = label(), label(), label()
        self.supervisor = QComboBox()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(64)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)  # Tab leaves the field: no keyboard trap
        self.reason.setFixedHeight(88)
        for caption, field in (
            (self.supervisor_label, self.supervisor),
            (self.pin_label, self.pin),
            (self.reason_label, self.reason),
        ):
            caption.setBuddy(field)
        self.banner = Banner()
        self.cancel = button()  # Esc rejects the dialog too
        self.cancel.clicked.connect(self.reject)
        self.confirm = button(role="primary")
        self.confirm.setAutoDefault(True)
        self.confirm.clicked.connect(self.submit)
        self._lay_out()
        self.retranslate()
        self._load_supervisors()

    def _lay_out(self) -> None:
        form = QWidget()
        fields = QVBoxLayout(form)
        for widget in (self.title, self.warning, self.explain, self.supervisor_label, self.supervisor):
            fields.addWidget(widget)
        for widget in (self.pin_label, self.pin, self.reason_label, self.reason):
            fields.addWidget(widget)
        fields.addStretch(1)
        scroll = QScrollArea()  # a small screen scrolls the form; the answer and the buttons stay in view
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel)
        row.addWidget(self.confirm)
        column = QVBoxLayout(self)
        column.addWidget(scroll, 1)
        column.addWidget(self.banner)
        column.addLayout(row)
        self.setMinimumWidth(640)
        self.resize(760, 640)
        self.setTabOrder(self.supervisor, self.pin)
        self.setTabOrder(self.pin, self.reason)
        self.setTabOrder(self.reason, self.confirm)
        self.setTabOrder(self.confirm, self.cancel)

    def retranslate(self) -> None:
        self.setWindowTitle(self.title_words())
        self.title.setText(self.title_words())
        self.warning.setText(self.warning_words())
        self.explain.setText(
            self.tr("A supervisor confirms it with their own PIN. It is recorded with their name and reason.")
        )
        self.supervisor_label.setText(self.tr("Supervisor"))
        self.supervisor.setAccessibleName(self.tr("Supervisor"))
        self.pin_label.setText(self.tr("Supervisor's own PIN"))
        self.pin.setAccessibleName(self.tr("Supervisor's PIN"))
        self.reason_label.setText(self.tr("Reason (written out)"))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.cancel.setText(self.tr("Cancel"))
        self.confirm.setText(self.tr("Confirm"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _load_supervisors(self) -> None:
        """Four eyes: never the operator at the desk; unless their own word counts for the act (a
        supervisor signed in who types their PIN again), then they come first."""
        me, own = self.ctx.operator.id if self.ctx.operator else None, self.own_word

        def supervisors(site: Site) -> list[Operator]:
            found = [op for op in operators.roster(site) if op.role == "supervisor" and (own or op.id != me)]
            return sorted(found, key=lambda op: op.id != me)

        self.ctx.tasks.store(supervisors, self._show_supervisors, self._failed)

    def _show_supervisors(self, roster: list[Operator]) -> None:
        self.supervisor.clear()
        for op in roster:
            self.supervisor.addItem(op.full_name, op.login)
        if not roster:
            self.banner.show_message(
                lambda: self.tr("No other supervisor can sign in on this terminal."), "warn"
            )
        (self.pin if roster else self.cancel).setFocus()

    def submit(self) -> None:
        """Check the form here; the PIN and the act itself on the store thread."""
        login, secret = self.supervisor.currentData(), self.pin.text()
        reason = self.reason.toPlainText().strip()
        problem, focus = None, None
        if login is None:
            problem, focus = self.tr("Choose the supervisor."), self.supervisor
        elif not secret:
            problem, focus = self.tr("The supervisor types their own PIN."), self.pin
        elif len(reason) < operators.MIN_REASON:
            problem, focus = self.tr("Write the reason."), self.reason
        if problem is not None and focus is not None:
            self.banner.show_message(problem, "warn")
            focus.setFocus()
            return
        self.confirm.setEnabled(False)
        word, act = SupervisorWord(login, secret, reason), self.act
        self.pin.clear()  # never left on screen, whatever the answer
        self.ctx.tasks.store(lambda _site: act(word), self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.result_value = result
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.confirm.setEnabled(True)
        self.pin.clear()
        self.banner.show_message(lambda: error_text(exc), "error")
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
