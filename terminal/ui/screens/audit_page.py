"""The audit trail: its newest entries, and a check of the hash chains in the background."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from terminal.core import acts, audit
from terminal.core.chain import ChainBreak
from terminal.core.settings import SETTINGS
from terminal.core.supervision import AuditRow, audit_entries
from terminal.ui.context import UiContext
from terminal.ui.i18n import core_text, error_text
from terminal.ui.screens.formats import stamp_text
from terminal.ui.screens.jobs import JobPanel, on_store
from terminal.ui.screens.supervisor_pages import fill_table, read_only_table
from terminal.ui.tasks import Progress
from terminal.ui.widgets import Banner, Translatable, button, heading, label

Checked = tuple[int, ChainBreak | None]  # (entries checked, the first break or None)


def action_names() -> dict[str, str]:
    """The audit trail's actions in plain words; an action not listed shows as recorded."""
    return {
        "sign_in": QCoreApplication.translate("AuditWords", "Signed in"),
        "sign_in_failed": QCoreApplication.translate("AuditWords", "Sign-in refused"),
        "operator_locked": QCoreApplication.translate("AuditWords", "Locked after wrong PINs"),
        "screen_locked": QCoreApplication.translate("AuditWords", "Screen locked (idle)"),
        "unlocked": QCoreApplication.translate("AuditWords", "Screen unlocked"),
        "override": QCoreApplication.translate("AuditWords", "Supervisor override signed"),
        "manual_identification": QCoreApplication.translate("AuditWords", "Identified by the ID number"),
        "sign_out": QCoreApplication.translate("AuditWords", "Signed out"),
        "pin_set": QCoreApplication.translate("AuditWords", "PIN set"),
        "meal": QCoreApplication.translate("AuditWords", "Meal served"),
        "dispense": QCoreApplication.translate("AuditWords", "Medicines handed over"),
        "application": QCoreApplication.translate("AuditWords", "Application submitted"),
        "aid_handover": QCoreApplication.translate("AuditWords", "Technical aid handed over"),
        "export": QCoreApplication.translate("AuditWords", "Report made"),
        "bundle_export": QCoreApplication.translate("AuditWords", "Acts written to a USB stick"),
        "bundle_import": QCoreApplication.translate("AuditWords", "Registry's answer read from a USB stick"),
        "face_enrolled": QCoreApplication.translate("AuditWords", "Face template enrolled"),
        "face_revoked": QCoreApplication.translate("AuditWords", "Face template withdrawn"),
        "application_face_check": QCoreApplication.translate("AuditWords", "Applicant's face checked"),
        "face_learned": QCoreApplication.translate("AuditWords", "Face template learned from a visit"),
        "face_forgotten": QCoreApplication.translate("AuditWords", "Face template removed"),
        "reversal": QCoreApplication.translate("AuditWords", "Act reversed"),
        "acts_lost": QCoreApplication.translate("AuditWords", "Acts lost to a damaged store"),
        "settings_change": QCoreApplication.translate("AuditWords", "Setting changed"),
        "store_rekey": QCoreApplication.translate("AuditWords", "Data key changed"),
        "purge": QCoreApplication.translate("AuditWords", "Old records removed"),
        "operator_unlocked": QCoreApplication.translate("AuditWords", "Lock lifted by a supervisor"),
        "meal_outside_hours": QCoreApplication.translate(
            "AuditWords", "Meal outside its hours, on a supervisor's word"
        ),
        "patient_search": QCoreApplication.translate("AuditWords", "Patients searched for"),
        "patient_history": QCoreApplication.translate("AuditWords", "Patient's history opened"),
    }


def subject_words(subject: str) -> str:
    """'student:12' -> 'student No. 12': what the entry is about, by internal id (never a personal number)."""
    if subject in SETTINGS:  # a setting changed: what it sets, in the reader's words
        return core_text(SETTINGS[subject].description)
    if subject == "retention":
        return QCoreApplication.translate("AuditWords", "records past their keeping time")
    kind, _, key = subject.partition(":")
    forms = {
        "student": QCoreApplication.translate("AuditWords", "student No. {key}"),
        "citizen": QCoreApplication.translate("AuditWords", "citizen No. {key}"),
        "application": QCoreApplication.translate("AuditWords", "application {key}"),
        "operator": QCoreApplication.translate("AuditWords", "operator {key}"),
        "school": QCoreApplication.translate("AuditWords", "school {key}"),
    }
    if kind not in forms or not key:
        return subject
    return forms[kind].format(key=key[:8] if kind == "application" else key)


class AuditPage(Translatable):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rows: list[AuditRow] = []
        self.title, self.hint = heading(), label(role="muted")
        self.table = read_only_table()
        self.verify = button(role="primary")
        self.verify.clicked.connect(self.start_verify)
        self.reload = button()
        self.reload.clicked.connect(self.refresh)
        self.job = JobPanel(ctx)
        self.banner = Banner(lines=3)
        actions = QHBoxLayout()
        actions.addWidget(self.verify)
        actions.addWidget(self.reload)
        actions.addStretch(1)
        column = QVBoxLayout(self)
        for widget in (self.title, self.hint):
            column.addWidget(widget)
        column.addLayout(actions)
        column.addWidget(self.job)
        column.addWidget(self.banner)
        column.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Audit trail"))
        self.hint.setText(
            self.tr(
                "Every sensitive act, newest first. Each entry is sealed to the one before it:"
                " the check finds any entry changed or removed behind this program's back."
            )
        )
        self.verify.setText(self.tr("Verify the chain"))
        self.reload.setText(self.tr("Refresh"))
        self.table.setAccessibleName(self.tr("Audit trail"))
        self._show()

    def refresh(self) -> None:
        operator = self.ctx.operator
        if operator is None:  # signed out meanwhile
            return
        self.ctx.tasks.store(lambda site: audit_entries(site.store, operator), self._listed, self._failed)

    def _listed(self, rows: list[AuditRow]) -> None:
        self.rows = rows
        self._show()

    def _show(self) -> None:
        names = action_names()
        fill_table(
            self.table,
            [self.tr("No."), self.tr("Time"), self.tr("Operator"), self.tr("Action"), self.tr("Subject")],
            [
                [
                    str(r.seq),
                    stamp_text(r.at),
                    r.operator,
                    names.get(r.action, r.action),
                    subject_words(r.subject),
                ]
                for r in self.rows
            ],
        )

    # --- verification ------------------------------------------------------------------

    def start_verify(self) -> None:
        if self.job.busy:
            return
        ctx = self.ctx
        steps = (self.tr("Checking the audit trail…"), self.tr("Checking the log of acts…"))

        def job(progress: Progress) -> tuple[Checked, Checked]:
            progress.report(0, 2, steps[0])
            trail = on_store(ctx, progress, lambda site: audit.verify(site.store))
            progress.report(1, 2, steps[1])
            log = on_store(ctx, progress, lambda site: acts.verify_log(site.store), final=True)
            progress.report(2, 2, "")
            return trail, log

        self.banner.clear_message()
        self.verify.setEnabled(False)
        self.job.start(job, self._verified, self._failed, self._cancelled)

    def _verified(self, result: tuple[Checked, Checked]) -> None:
        self.verify.setEnabled(True)
        (entries, trail_break), (count, log_break) = result
        if trail_break is None and log_break is None:
            self.banner.show_message(
                lambda: self.tr(
                    "Intact: the audit trail ({entries} entries) and the log of acts ({acts} acts)"
                    " are unbroken. Nothing was changed or removed."
                ).format(entries=entries, acts=count),
                "ok",
            )
            return
        self.banner.show_message(lambda: self._broken(trail_break, log_break), "error")

    def _broken(self, trail_break: ChainBreak | None, log_break: ChainBreak | None) -> str:
        lines = []
        if trail_break is not None:
            lines.append(
                self.tr("The audit trail is broken at entry {seq}: {reason}.").format(
                    seq=trail_break.seq, reason=core_text(trail_break.reason)
                )
            )
        if log_break is not None:
            lines.append(
                self.tr("The log of acts is broken at act {seq}: {reason}.").format(
                    seq=log_break.seq, reason=core_text(log_break.reason)
                )
            )
        lines.append(
            self.tr(
                "Records were changed outside this program. Keep the terminal as it is and call IT and"
                " your manager now."
            )
        )
        return "\n".join(lines)

    def _failed(self, exc: BaseException) -> None:
        self.verify.setEnabled(True)
        self.banner.show_message(lambda: error_text(exc), "error")

    def _cancelled(self) -> None:
        self.verify.setEnabled(True)
        self.banner.show_message(lambda: self.tr("The check was cancelled: nothing is known yet."), "info")
