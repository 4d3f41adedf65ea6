"""The last look before medicines leave the pharmacy: what, how much, for how long, at what cost to the state.

The nurse's Enter in a quantity (or "Check and hand out") opens this summary;
nothing is recorded until the nurse confirms it here (Enter). Back (Esc)
returns to the quantities with nothing recorded.

Where the facility scans packs, the summary also asks for every pack: the
focus is in the scan field (:mod:`terminal.ui.dialogs.pack_scan`), each code
is checked by the core as it arrives (its medicine, expiry, once in this
hand-out, never handed out here before) and counted on its line; Hand out waits
until every medicine has its packs, then Enter on the empty field confirms.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QFrame, QGridLayout, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from biometrics.sources import FrameSource
from terminal.core.dispensing import DispenseLine, ItemView
from terminal.core.packs import Pack
from terminal.ui import theme
from terminal.ui.dialogs.pack_scan import PackScanBox
from terminal.ui.i18n import error_text, money_text
from terminal.ui.pack_camera import PackCameraWorker
from terminal.ui.screens.drug_words import dosage, drug_form, drug_unit
from terminal.ui.widgets import button, fit_on_screen, heading, label


@dataclass(frozen=True)
class HandOutLine:
    item: ItemView
    quantity: int

    @property
    def cost(self) -> int:
        return self.quantity * self.item.unit_price

    def line(self) -> DispenseLine:
        return DispenseLine(self.item.item_id, self.quantity)


# Check a scanned code on the store thread: (code, packs taken so far, with (item id, pack), on refusal).
PackCheck = Callable[
    [str, list[Pack], Callable[[tuple[int, Pack]], None], Callable[[BaseException], None]], None
]


class HandOutDialog(QDialog):
    """Accepted: hand out :attr:`lines`; rejected (Back, Esc): nothing happens. Given ``check``, every
    medicine's packs are scanned first; ``camera`` opens the webcam to read a pack's code."""

    def __init__(
        self,
        patient: str,
        lines: list[HandOutLine],
        currency: str,
        parent: QWidget,
        check: PackCheck | None = None,
        camera: Callable[[], FrameSource] | None = None,
    ) -> None:
        super().__init__(parent)
        self.patient, self.items, self.currency = patient, lines, currency
        self.check, self.camera = check, camera
        self.packs: dict[int, list[Pack]] = {line.item.item_id: [] for line in lines}
        self.worker: PackCameraWorker | None = None
        self.scanner: PackScanBox | None = None
        if check is not None:
            self.scanner = PackScanBox()
            self.scanner.scanned.connect(self._check)
            self.scanner.confirm.connect(self._confirm_if_ready)
            self.scanner.camera.connect(self._look)
            self.scanner.camera_button.setVisible(camera is not None)
        self.setModal(True)
        self.title = heading()
        self.who = label()
        theme.text_size(self.who, "large")
        self.table = QWidget()
        self.grid = QGridLayout(self.table)
        self.total = label()
        self.total.setStyleSheet("font-weight: bold;")
        theme.text_size(self.total, "large")
        self.back = button()  # Esc rejects the dialog too
        self.back.setAutoDefault(True)
        self.back.clicked.connect(self.reject)
        self.confirm = button(role="primary")
        self.confirm.setAutoDefault(True)
        self.confirm.setDefault(True)
        self.confirm.clicked.connect(self.accept)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.total, 1)
        row.addWidget(self.back)
        row.addWidget(self.confirm)
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addWidget(self.who)
        column.addWidget(scroll, 1)
        if self.scanner is not None:
            column.addWidget(self.scanner)
        column.addLayout(row)
        self.setTabOrder(self.confirm, self.back)
        self.setMinimumWidth(640)
        self.retranslate()
        # the medicines as wide as their words need (large text: wider than usual), the screen allowing
        margins = column.contentsMargins()
        wide = self.table.minimumSizeHint().width() + margins.left() + margins.right()
        fit_on_screen(self, max(860, wide + scroll.verticalScrollBar().sizeHint().width()), 520)
        self._ready()
        (self.scanner or self.confirm).setFocus()

    @property
    def lines(self) -> list[DispenseLine]:
        return [
            DispenseLine(line.item.item_id, line.quantity, tuple(self.packs[line.item.item_id]))
            for line in self.items
        ]

    def _ready(self) -> bool:
        """Every medicine has its packs (or packs are not scanned here): Hand out may be pressed."""
        ready = self.scanner is None or all(self.packs.values())
        self.confirm.setEnabled(ready)
        return ready

    def _check(self, text: str) -> None:
        if self.check is not None:
            taken = [p for packs in self.packs.values() for p in packs]
            self.check(text, taken, self._scanned, self._refused)

    def _scanned(self, found: tuple[int, Pack]) -> None:
        item_id, pack = found
        self.packs[item_id].append(pack)
        name = next(line.item.drug_name for line in self.items if line.item.item_id == item_id)
        if self.scanner is not None:
            self.scanner.banner.show_message(
                lambda: self.tr("{drug}: pack {serial} scanned.").format(drug=name, serial=pack.serial), "ok"
            )
            self.scanner.looking(False)
            self.scanner.back_to_field()
        self._fill()
        self._ready()

    def _refused(self, exc: BaseException) -> None:
        if self.scanner is not None:
            self.scanner.banner.show_message(lambda: error_text(exc), "error")
            self.scanner.looking(False)
            self.scanner.back_to_field()

    def _confirm_if_ready(self) -> None:
        if self._ready():
            self.accept()
        elif self.scanner is not None:
            words = lambda: self.tr("Scan the packs of every medicine first.")  # noqa: E731
            self.scanner.banner.show_message(words, "warn")

    def _look(self) -> None:
        """The webcam looks for a pack's code; what it reads is checked like a scan."""
        if self.camera is None or self.scanner is None or self.worker is not None:
            return
        self.scanner.looking(True)
        worker = PackCameraWorker(self.camera())
        worker.found.connect(self._check)
        worker.nothing.connect(self._unseen)
        worker.failed.connect(self._refused)
        worker.finished.connect(self._looked)
        self.worker = worker
        worker.start()

    def _unseen(self) -> None:
        if self.scanner is not None:
            self.scanner.banner.show_message(
                lambda: self.tr(
                    "No pack code was seen. Try again, closer and in good light, or use the scanner."
                ),
                "warn",
            )

    def _looked(self) -> None:
        if self.scanner is not None and self.worker is not None:
            self.scanner.camera_button.setEnabled(True)
        self.worker = None

    def done(self, result: int) -> None:
        """Closing stops the camera first: no camera thread outlives its dialog."""
        if self.worker is not None:
            self.worker.stop()
            self.worker.wait(5_000)
        super().done(result)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hand out these medicines?"))
        self.title.setText(self.tr("Hand out these medicines?"))
        self.who.setText(self.tr("To {name}").format(name=self.patient))
        self.back.setText(self.tr("Back (Esc)"))
        self.confirm.setText(self.tr("Hand out (Enter)"))
        money = money_text(sum(line.cost for line in self.items), self.currency)
        self.total.setText(self.tr("Cost to the state: {money}").format(money=money))
        self._fill()

    def _fill(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        heads = (self.tr("Medicine"), self.tr("Quantity"), self.tr("Dosage"), self.tr("Cost to the state"))
        if self.scanner is not None:
            heads += (self.tr("Packs scanned"),)
        for col, words in enumerate(heads):
            self.grid.addWidget(label(words, role="muted"), 0, col, _align(col))
        for row, line in enumerate(self.items, start=1):
            item = line.item
            name = label(self.tr("{drug} ({form})").format(drug=item.drug_name, form=drug_form(item.form)))
            name.setStyleSheet("font-weight: bold;")
            quantity = label(f"{line.quantity} {drug_unit(item.unit)}")
            quantity.setStyleSheet("font-weight: bold;")
            cells = (
                name,
                quantity,
                label(dosage(item.dosage, item.unit)),
                label(money_text(line.cost, self.currency)),
            )
            if self.scanner is not None:
                packs = self.packs[item.item_id]
                cells += (label(", ".join(p.serial for p in packs) if packs else self.tr("none yet")),)
            for col, cell in enumerate(cells):
                if col in (0, 2, 4):  # the words that wrap fill their cell: the row is as high as their lines
                    cell.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                    self.grid.addWidget(cell, row, col)
                else:
                    self.grid.addWidget(cell, row, col, _align(col) | Qt.AlignmentFlag.AlignTop)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(2, 1)
        self.grid.setRowStretch(len(self.items) + 1, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _align(column: int) -> Qt.AlignmentFlag:
    """The quantity and the cost line up on the right."""
    return Qt.AlignmentFlag.AlignRight if column in (1, 3) else Qt.AlignmentFlag.AlignLeft
