"""What every screen shares: the site, the task runner, the signed-in operator, the gallery."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from terminal.core.roles import Operator
from terminal.core.site import Site
from terminal.ui.i18n import Translations
from terminal.ui.tasks import TaskRunner


class Bridge(QObject):
    """Core events reach Qt here (Electrum's pattern): emitted from any thread, received on the UI's."""

    status_changed = Signal(dict)  # the sync status, as ``hamyon status --json`` prints it
    operator_changed = Signal(object)  # Operator | None
    gallery_changed = Signal()  # templates added or removed
    acts_recorded = Signal()  # a store task recorded acts: the queue grew (emitted by the task runner)
    error = Signal(object)  # an exception for the one error display


@dataclass
class UiContext:
    home: Path
    site: Site  # used on the store thread only: ``tasks.store`` hands it to each task
    tasks: TaskRunner
    bridge: Bridge
    translations: Translations
    camera: str | None = None  # a webcam index, a video file or an image folder
    operator: Operator | None = None
    gallery: Any = None  # biometrics.Gallery once loaded
    scheduler: Any = None  # terminal.sync_client.scheduler.SyncScheduler when enrolled
    extras: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.tasks.bind(self.site, self.bridge.acts_recorded.emit)  # store tasks get the site; acts announced

    def may(self, action: str) -> bool:
        from terminal.core.roles import PERMISSIONS

        return self.operator is not None and self.operator.role in PERMISSIONS[action]
