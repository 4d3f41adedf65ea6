"""Field applications: drafts to resume or discard, what waits for the registry, a new application, and
the sent ones with their status, history and the family's slip (:mod:`.sent_applications`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from terminal.core.application_face import FaceKept
from terminal.core.applications import ApplicationView
from terminal.core.clock import today
from terminal.core.idnumbers import KIND_NAMES, LENGTHS
from terminal.core.site import Site
from terminal.ui.applications import words
from terminal.ui.applications.fields import FormInfo
from terminal.ui.applications.people import applicant_of
from terminal.ui.applications.wizard import ApplicationWizard
from terminal.ui.context import UiContext
from terminal.ui.i18n import error_text
from terminal.ui.screens.application_slip import SlipPrinter
from terminal.ui.screens.formats import stamp_text
from terminal.ui.screens.sent_applications import ApplicationRecordPage, SentApplicationsPage
from terminal.ui.widgets import Banner, Translatable, WrapRow, button, heading, label, scrolled


def load_form_info(site: Site) -> FormInfo:
    """On the store thread: the site's country, today and currency."""
    return FormInfo(
        site.country,
        today(site.clock),
        site.facility.currency,
        KIND_NAMES[site.country],
        LENGTHS[site.country],
    )


class ApplicationsScreen(Translatable):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.wizard: ApplicationWizard | None = None
        self.discard_box: QMessageBox | None = None
        self.drafts: list[dict] = []
        self.queue: list[dict] = []
        self.last_submitted: str | None = None  # its slip and page are offered under the banner
        self.pages = QStackedWidget()
        self.home = QWidget()
        self.pages.addWidget(self.home)
        self.sent_page, self.record_page = SentApplicationsPage(ctx), ApplicationRecordPage(ctx)
        self.pages.addWidget(self.sent_page)
        self.pages.addWidget(self.record_page)
        self.sent_page.back.connect(self.show_home)
        self.sent_page.opened.connect(lambda app_id: self.open_application(app_id, self.sent_page))
        self.record_page.back.connect(self._record_closed)
        self._record_from: QWidget = self.home
        self.title = heading()
        self.new = button(role="primary", shortcut=QKeySequence("Ctrl+N").toString())
        self.new.clicked.connect(self.new_application)
        self.new.setEnabled(False)
        self.sent_button = button()
        self.sent_button.clicked.connect(self.show_sent)
        self.banner = Banner()
        self.slips = SlipPrinter(ctx, self, self.banner.show_message)
        self.print_last, self.open_last = button(role="primary"), button()
        self.print_last.clicked.connect(lambda: self.slips.ask(self.last_submitted or ""))
        self.open_last.clicked.connect(lambda: self.open_application(self.last_submitted or "", self.home))
        self.after_submit = WrapRow([], [self.open_last, self.print_last])
        self.after_submit.hide()
        self.draft_title, self.queue_title = heading(), heading()
        self.draft_list, self.queue_list = QListWidget(), QListWidget()
        for items in (self.draft_list, self.queue_list):
            items.setWordWrap(True)
        self.draft_list.itemActivated.connect(lambda _item: self.resume())
        self.no_drafts, self.empty_queue = label(role="muted"), label(role="muted")
        self.resume_button, self.discard_button = button(), button(role="danger")
        self.resume_button.clicked.connect(self.resume)
        self.discard_button.clicked.connect(self.discard)
        self._layout()
        QVBoxLayout(self).addWidget(self.pages)
        ctx.bridge.status_changed.connect(self._status_changed)
        self.retranslate()
        ctx.tasks.store(load_form_info, self._ready, self._failed)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.sent_button)
        top.addWidget(self.new)
        drafts = QVBoxLayout()
        for widget in (self.draft_title, self.draft_list, self.no_drafts):
            drafts.addWidget(widget)
        actions = QHBoxLayout()
        actions.addWidget(self.resume_button)
        actions.addWidget(self.discard_button)
        actions.addStretch(1)
        drafts.addLayout(actions)
        queue = QVBoxLayout()
        for widget in (self.queue_title, self.queue_list, self.empty_queue):
            queue.addWidget(widget)
        both = QWidget()  # the lists scroll in a small window; "New application" stays in view
        lists = QHBoxLayout(both)
        lists.setContentsMargins(0, 0, 0, 0)
        lists.addLayout(drafts, 1)
        lists.addSpacing(24)
        lists.addLayout(queue, 1)
        column = QVBoxLayout(self.home)
        column.addLayout(top)
        column.addWidget(self.banner)
        column.addWidget(self.after_submit)
        column.addWidget(scrolled(both), 1)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Applications"))
        self.title.setText(self.tr("Applications for social support"))
        self.new.setText(self.tr("New application"))
        self.sent_button.setText(self.tr("Sent applications"))
        self.print_last.setText(self.tr("Print the slip for the family"))
        self.open_last.setText(self.tr("Open the application"))
        self.draft_title.setText(self.tr("Drafts"))
        self.queue_title.setText(self.tr("Waiting for the registry"))
        self.draft_list.setAccessibleName(self.tr("Drafts"))
        self.queue_list.setAccessibleName(self.tr("Submitted applications waiting for the registry"))
        self.no_drafts.setText(self.tr("No drafts."))
        self.empty_queue.setText(
            self.tr("Nothing waits: every submitted application has reached the registry.")
        )
        self.resume_button.setText(self.tr("Resume the draft"))
        self.discard_button.setText(self.tr("Discard the draft"))
        self._show_lists()

    def _status_changed(self, _status: dict) -> None:
        """Sync may have sent some of the queue, or brought the registry's news: show it."""
        shown = self.pages.currentWidget()
        if shown is self.home and self.wizard is not None:
            self.refresh()
        elif shown is self.sent_page:
            self.sent_page.refresh()
        elif shown is self.record_page and self.record_page.record is not None:
            self.record_page.show_application(self.record_page.record.view.id)

    def _ready(self, info: FormInfo) -> None:
        self.wizard = ApplicationWizard(self.ctx, info)
        self.wizard.closed.connect(self._closed)
        self.wizard.submitted.connect(self._submitted)
        self.pages.addWidget(self.wizard)
        self.new.setEnabled(True)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_message(lambda: error_text(exc), "error")

    # --- the lists ---------------------------------------------------------------------

    def refresh(self) -> None:
        operator = self.ctx.operator
        if operator is None:
            return
        self.ctx.tasks.store(
            lambda site: (site.applications.drafts(operator), site.applications.queue(operator)),
            self._listed,
            self._failed,
        )

    def _listed(self, found: tuple[list[dict], list[dict]]) -> None:
        self.drafts, self.queue = found
        self._show_lists()

    def _show_lists(self) -> None:
        benefits, states = words.benefit_types(), words.sync_states()
        self.draft_list.clear()
        for draft in self.drafts:
            text = self.tr("{applicant} · {benefit} · saved {time}").format(
                applicant=draft["applicant"] or self.tr("(no name yet)"),
                benefit=benefits.get(draft["benefit_type"] or "", self.tr("benefit not chosen")),
                time=stamp_text(draft["updated_at"]),
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, draft["id"])
            self.draft_list.addItem(item)
        self.queue_list.clear()
        for waiting in self.queue:
            text = self.tr("{number} · {applicant} · {benefit} · submitted {time} · {state}").format(
                number=waiting["number"],
                applicant=waiting["applicant"] or "?",
                benefit=benefits.get(waiting["benefit_type"], waiting["benefit_type"]),
                time=stamp_text(waiting["submitted_at"]),
                state=states.get(waiting["state"], waiting["state"]),
            )
            if waiting["flagged"] or waiting["face_flagged"]:
                text = self.tr("{application} · flagged for the registry's attention").format(
                    application=text
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, waiting["id"])
            self.queue_list.addItem(item)
        self.no_drafts.setVisible(not self.drafts)
        self.empty_queue.setVisible(not self.queue)
        self.resume_button.setEnabled(bool(self.drafts))
        self.discard_button.setEnabled(bool(self.drafts))
        if self.drafts and self.draft_list.currentRow() < 0:
            self.draft_list.setCurrentRow(0)

    def _chosen_draft(self) -> str | None:
        item = self.draft_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    # --- actions -----------------------------------------------------------------------

    def show_home(self) -> None:
        self.pages.setCurrentWidget(self.home)
        self.refresh()
        self.new.setFocus()

    def show_sent(self) -> None:
        """The page of every sent application, newest first."""
        self.pages.setCurrentWidget(self.sent_page)
        self.sent_page.refresh()
        self.sent_page.search.setFocus()

    def open_application(self, app_id: str, back_to: QWidget) -> None:
        """A submitted application's page (its status, history and slip); Back returns to ``back_to``."""
        if not app_id:
            return
        self._record_from = back_to
        self.record_page.record = None
        self.record_page.retranslate()
        self.pages.setCurrentWidget(self.record_page)
        self.record_page.show_application(app_id)

    def _record_closed(self) -> None:
        if self._record_from is self.sent_page:
            self.show_sent()
        else:
            self.show_home()

    def _forget_last(self) -> None:
        self.last_submitted = None
        self.after_submit.hide()

    def new_application(self) -> None:
        if self.wizard is not None:
            self._forget_last()
            self.banner.clear_message()
            self.pages.setCurrentWidget(self.wizard)  # shown first: the first field can take the keyboard
            self.wizard.start_new()

    def resume(self) -> None:
        app_id, operator = self._chosen_draft(), self.ctx.operator
        if app_id is None or operator is None or self.wizard is None:
            return
        self.ctx.tasks.store(
            lambda site: site.applications.load(operator, app_id), self._resumed, self._failed
        )

    def _resumed(self, view: ApplicationView) -> None:
        if self.wizard is not None:
            self._forget_last()
            self.banner.clear_message()
            self.pages.setCurrentWidget(self.wizard)
            self.wizard.resume(view)

    def discard(self) -> None:
        app_id = self._chosen_draft()
        if app_id is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard the draft"),
            self.tr("Discard this draft? What was typed in it is deleted."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Discard"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep it"))
        box.finished.connect(lambda _result: self._discard(app_id) if box.clickedButton() is yes else None)
        self.discard_box = box
        box.open()

    def _discard(self, app_id: str) -> None:
        operator = self.ctx.operator

        def done(_none: None) -> None:
            self.banner.show_message(lambda: self.tr("The draft is discarded."), "info")
            self.refresh()

        self.ctx.tasks.store(
            lambda site: site.applications.discard_draft(operator, app_id), done, self._failed
        )

    def _closed(self, message: str) -> None:
        self.pages.setCurrentWidget(self.home)
        if message:
            self._forget_last()
            self.banner.show_message(message, "ok")
        self.refresh()
        self.new.setFocus()

    def _submitted(self, view: ApplicationView) -> None:
        """The application is frozen and queued: say its number, offer its slip and its page."""
        applicant = applicant_of(view.form)
        face = self.wizard.face_kept if self.wizard is not None else None
        name, number = applicant.full_name if applicant else "?", view.number or ""
        self.pages.setCurrentWidget(self.home)
        self.banner.show_message(
            lambda: " ".join(
                [
                    self.tr(
                        "The application of {name} is submitted and can no longer be changed. Its number is"
                        " {number}: print the slip for the family. It waits in the queue and is sent to the"
                        " registry when the terminal is online."
                    ).format(name=name, number=number),
                    self._face_words(face),
                ]
            ).strip(),
            "ok",
        )
        self.last_submitted = view.id
        self.after_submit.show()
        self.refresh()
        self.print_last.setFocus()

    def _face_words(self, kept: FaceKept | None) -> str:
        """What became of the face template taken at the photo step."""
        if kept is None:
            return ""
        if kept.enrolled:
            return self.tr("The applicant's face template is kept for Face-ID at this site.")
        if kept.reason in ("flagged", "not_registered", "no_consent"):
            return self.tr("The face template was used for the check only and is deleted.")
        return self.tr("The face template is deleted: it was not kept for Face-ID.")
