"""The supervisor's page for what did not go through: acts the registry refused, registry news
that could not be applied, and medicine packs the registry found handed out twice. All are kept on the
terminal; the page says what they are and why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout

from terminal.core.pack_conflicts import PackConflict, pack_conflicts
from terminal.core.supervision import SetAsideAct, UnappliedChange, set_aside_acts, unapplied_changes
from terminal.ui.context import UiContext
from terminal.ui.i18n import core_text, error_text
from terminal.ui.screens.formats import stamp_text
from terminal.ui.screens.supervisor_pages import fill_table, read_only_table
from terminal.ui.widgets import Banner, Translatable, heading, label


def act_kinds() -> dict[str, str]:
    return {
        "dispense": QCoreApplication.translate("SyncProblems", "Medicines handed out"),
        "meal": QCoreApplication.translate("SyncProblems", "School meal"),
        "application": QCoreApplication.translate("SyncProblems", "Application"),
        "aid_handover": QCoreApplication.translate("SyncProblems", "Technical aid handed over"),
        "face_enrolled": QCoreApplication.translate("SyncProblems", "Face template enrolled"),
        "face_learned": QCoreApplication.translate("SyncProblems", "Face template learned from a visit"),
        "face_forgotten": QCoreApplication.translate("SyncProblems", "Face template removed"),
        "reversal": QCoreApplication.translate("SyncProblems", "Reversal of an act"),
    }


def news_kinds() -> dict[str, str]:
    return {
        "facility": QCoreApplication.translate("SyncProblems", "Facility"),
        "setting": QCoreApplication.translate("SyncProblems", "Setting"),
        "operator": QCoreApplication.translate("SyncProblems", "Operator"),
        "citizen": QCoreApplication.translate("SyncProblems", "Citizen"),
        "template": QCoreApplication.translate("SyncProblems", "Face template"),
        "drug": QCoreApplication.translate("SyncProblems", "Medicine"),
        "delivery": QCoreApplication.translate("SyncProblems", "Stock delivery"),
        "prescription": QCoreApplication.translate("SyncProblems", "Prescription"),
        "school": QCoreApplication.translate("SyncProblems", "School"),
        "class": QCoreApplication.translate("SyncProblems", "Class"),
        "meal_session": QCoreApplication.translate("SyncProblems", "Meal session"),
        "student": QCoreApplication.translate("SyncProblems", "Student"),
        "decision": QCoreApplication.translate("SyncProblems", "Decision on an application"),
        "aid_entitlement": QCoreApplication.translate("SyncProblems", "Entitlement to a technical aid"),
        "conflict": QCoreApplication.translate("SyncProblems", "Conflict"),
    }


class SyncProblemsPage(Translatable):
    """Acts set aside and registry news not applied, newest first; read only."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.acts: list[SetAsideAct] = []
        self.news: list[UnappliedChange] = []
        self.packs: list[PackConflict] = []
        self.title, self.hint = heading(), label(role="muted")
        self.acts_title, self.acts_empty = label(role="strong"), label(role="muted")
        self.news_title, self.news_empty = label(role="strong"), label(role="muted")
        self.packs_title, self.packs_hint = label(role="strong"), label(role="muted")
        self.banner = Banner()
        self.acts_table, self.news_table = read_only_table(), read_only_table()
        self.packs_table = read_only_table()
        column = QVBoxLayout(self)
        for widget in (self.title, self.hint, self.banner, self.acts_title, self.acts_empty):
            column.addWidget(widget)
        column.addWidget(self.acts_table, 100)
        for widget in (self.news_title, self.news_empty):
            column.addWidget(widget)
        column.addWidget(self.news_table, 100)
        column.addWidget(self.packs_title)
        column.addWidget(self.packs_hint)
        column.addWidget(self.packs_table, 100)
        column.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Not sent or not applied"))
        self.hint.setText(
            self.tr(
                "Nothing here is lost: every act stays on this terminal. Quote the act's number to the"
                " registry's help desk; news the terminal could not apply is replaced when the registry"
                " sends it again."
            )
        )
        self.hint.setWordWrap(True)
        self.acts_title.setText(self.tr("Acts the registry did not take"))
        self.acts_empty.setText(self.tr("None: every act was taken or is waiting in the queue."))
        self.news_title.setText(self.tr("News from the registry not applied"))
        self.news_empty.setText(self.tr("None."))
        self.packs_title.setText(self.tr("Medicine packs handed out twice"))
        self.packs_hint.setText(
            self.tr(
                "The registry found these packs handed out before, here or at another terminal: check the"
                " packs and the patients' receipts, and tell the registry's help desk the act's number."
            )
        )
        self.packs_hint.setWordWrap(True)
        self.packs_table.setAccessibleName(self.tr("Medicine packs handed out twice"))
        self.acts_table.setAccessibleName(self.tr("Acts the registry did not take"))
        self.news_table.setAccessibleName(self.tr("News from the registry not applied"))
        self._show()

    def refresh(self) -> None:
        operator = self.ctx.operator
        if operator is None:  # signed out meanwhile
            return
        self.ctx.tasks.store(
            lambda site: (
                set_aside_acts(site.store, operator),
                unapplied_changes(site.store, operator),
                pack_conflicts(site.store, operator),
            ),
            self._listed,
            self._failed,
        )

    def _listed(self, found: tuple[list[SetAsideAct], list[UnappliedChange], list[PackConflict]]) -> None:
        self.acts, self.news, self.packs = found
        self.banner.clear_message()
        self._show()

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_message(lambda: error_text(exc), "error")

    def _show(self) -> None:
        kinds, entities = act_kinds(), news_kinds()
        fill_table(
            self.acts_table,
            [self.tr("When"), self.tr("What"), self.tr("Who"), self.tr("Number"), self.tr("Why")],
            [
                [stamp_text(a.at), kinds.get(a.kind, a.kind), a.operator, a.number, core_text(a.reason)]
                for a in self.acts
            ],
        )
        fill_table(
            self.news_table,
            [self.tr("Received"), self.tr("What"), self.tr("Details for the help desk")],
            [[stamp_text(n.at), entities.get(n.entity, n.entity), n.reason] for n in self.news],
        )
        fill_table(
            self.packs_table,
            [self.tr("Found"), self.tr("Number"), self.tr("Handed out"), self.tr("Packs")],
            [
                [
                    stamp_text(p.detected_at),
                    p.number,
                    self.tr("at this terminal") if p.here else self.tr("at another terminal"),
                    ", ".join(p.serials),
                ]
                for p in self.packs
            ],
        )
        for table, empty, rows in (
            (self.acts_table, self.acts_empty, self.acts),
            (self.news_table, self.news_empty, self.news),
        ):
            empty.setVisible(not rows)
            table.setVisible(bool(rows))
        for widget in (self.packs_title, self.packs_hint, self.packs_table):
            widget.setVisible(bool(self.packs))  # a section only when there is something to say
