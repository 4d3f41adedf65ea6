"""Reversing a mistaken act (a hand-out, a meal, an aid's hand-over) from the window: a supervisor's word,
then the core's reversal.

The dialog is the supervisor's-word dialog (:mod:`terminal.ui.dialogs.supervisor_word`) with one
difference: a supervisor signed in may give their own word (they type their PIN again), so they are in
its list, first. The operator at the desk picks a supervisor, as for a meal outside its hours. The act
runs on the store thread (:meth:`terminal.core.reversals.ReversalService.reverse`); the dialog closes
only once the reversal is recorded, and says why not otherwise (a wrong PIN, no reason, reversed
already).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from terminal.core.operators import SupervisorWord
from terminal.core.reversals import Reversal
from terminal.ui.context import UiContext
from terminal.ui.dialogs.supervisor_word import SupervisorWordDialog
from terminal.ui.screens.drug_words import drug_unit


def reversed_text(rev: Reversal) -> str:
    """A reversed act's mark in a list: by whom and why."""
    words = QCoreApplication.translate("Reversal", "Reversed by {name}: {reason}")
    return words.format(name=rev.supervisor, reason=rev.reason)


def medicines_text(lines: tuple[tuple[str, int, str], ...], separator: str = ", ") -> str:
    return separator.join(f"{name} × {qty} {drug_unit(unit)}" for name, qty, unit in lines)


class ReversalWordDialog(SupervisorWordDialog):
    """The supervisor's word for reversing one act; ``kind`` is the act's ("dispense", "meal",
    "aid_handover"), ``what`` names the act (when, who, what) so the supervisor sees which one they
    reverse."""

    def __init__(
        self,
        ctx: UiContext,
        kind: str,
        what: Callable[[], str],
        act: Callable[[SupervisorWord], Reversal],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, lambda: self.title_for(kind), lambda: self.warning_for(kind, what), act, parent)

    def title_for(self, kind: str) -> str:
        titles = {
            "dispense": self.tr("Reverse a hand-out"),
            "meal": self.tr("Reverse a meal"),
            "aid_handover": self.tr("Reverse an aid's hand-over"),
        }
        return titles.get(kind, self.tr("Reverse an act"))

    def warning_for(self, kind: str, what: Callable[[], str]) -> str:
        outcomes = {
            "dispense": self.tr("The medicines go back on the prescription and in stock."),
            "meal": self.tr("The meal no longer counts; the student may be served again."),
            "aid_handover": self.tr("The aid no longer counts; its entitlement can be handed over again."),
        }
        then = outcomes.get(kind, self.tr("The act no longer counts."))
        return f"{what()}\n{then}"

    own_word = True  # the supervisor signed in first: their own word is enough


def ask_to_reverse(
    parent: QWidget,
    ctx: UiContext,
    tx_uuid: str,
    kind: str,
    what: Callable[[], str],
    done: Callable[[Reversal | None], None],
) -> ReversalWordDialog | None:
    """Open the dialog for the act ``tx_uuid``; once it closes, ``done(reversal)`` (None: not reversed)."""
    site, operator = ctx.site, ctx.operator
    if operator is None:  # signed out meanwhile
        return None

    def act(word: SupervisorWord) -> Reversal:
        return site.reversals.reverse(operator, tx_uuid, word=word)

    dialog = ReversalWordDialog(ctx, kind, what, act, parent)
    dialog.finished.connect(lambda _result: done(dialog.result_value))
    dialog.open()
    return dialog
