"""First run: connect this terminal to a registry with an enrollment code, or open the demo site."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from terminal.ui.i18n import error_text
from terminal.ui.tasks import Progress, TaskRunner
from terminal.ui.widgets import Banner, Translatable, button, heading, label


def connect(home: Path, url: str, code: str, progress: Progress) -> None:
    """Enroll with the registry and pull this site (on a worker thread)."""
    from sync.protocol.times import UtcClock
    from terminal.core.store import Store
    from terminal.sync_client.cycle import sync_once
    from terminal.sync_client.enroll import enroll

    clock = UtcClock()
    with Store.open(home) as store:
        progress.report(1, 3, "")
        enroll(store, url.strip(), code.strip(), clock, "Terminal")
        progress.report(2, 3, "")
        sync_once(store, clock, cancelled=lambda: progress.cancelled)
        progress.report(3, 3, "")


class SetupScreen(Translatable):
    """Emits ``ready`` with the demo site (or None) once this home has a site."""

    ready = Signal(object)

    def __init__(self, home: Path, tasks: TaskRunner) -> None:
        super().__init__()
        self.home, self.tasks = home, tasks
        self.title = heading()
        self.intro = label(role="muted")
        self.url = QLineEdit()
        self.code = QLineEdit()
        self.code.returnPressed.connect(self.connect)
        # labels of their own: addRow("", field) makes none, and labelForField would be None
        self.url_label, self.code_label = label(), label()
        self.url_label.setBuddy(self.url)
        self.code_label.setBuddy(self.code)
        self.form = QFormLayout()
        self.form.addRow(self.url_label, self.url)
        self.form.addRow(self.code_label, self.code)
        self.connect_button = button(role="primary")
        self.connect_button.clicked.connect(self.connect)
        self.demo_button = button()
        self.demo_button.clicked.connect(self.open_demo)
        self.banner = Banner()
        column = QWidget()
        column.setMinimumWidth(640)  # the address and the code are typed in full view, in any language
        column.setMaximumWidth(760)
        layout = QVBoxLayout(column)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.connect_button)
        layout.addSpacing(24)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hamyon Terminal: set-up"))
        self.title.setText(self.tr("Set up this terminal"))
        self.intro.setText(
            self.tr("Type the registry's address and the one-time code your registry team gave you.")
        )
        self.url_label.setText(self.tr("Registry address"))
        self.code_label.setText(self.tr("Enrollment code"))
        self.url.setPlaceholderText("https://registry.example")
        self.url.setAccessibleName(self.tr("Registry address"))
        self.code.setAccessibleName(self.tr("Enrollment code"))
        self.connect_button.setText(self.tr("Connect"))
        self.demo_button.setText(self.tr("Open the demo site instead"))

    def _busy(self, busy: bool, text: str = "") -> None:
        for widget in (self.connect_button, self.demo_button, self.url, self.code):
            widget.setEnabled(not busy)
        if text:
            self.banner.show_message(text, "info")

    def connect(self) -> None:
        url, code, home = self.url.text(), self.code.text(), self.home
        if not url.strip() or not code.strip():
            self.banner.show_message(lambda: self.tr("Type both the address and the code."), "warn")
            return
        self._busy(True, self.tr("Connecting to the registry and downloading this site …"))
        self.tasks.background(
            lambda p: connect(home, url, code, p), lambda _v: self.ready.emit(None), self._failed
        )

    def open_demo(self) -> None:
        from terminal.demo import prepare

        home = self.home
        self._busy(True, self.tr("Preparing the demo site …"))
        self.tasks.background(lambda _p: prepare(home), self.ready.emit, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.banner.show_message(lambda: error_text(exc), "error")
