"""Render every screen of the terminal window in each language to small PNGs, under Xvfb.

    .venv/bin/python -m terminal.ui.screenshots
    .venv/bin/python -m terminal.ui.screenshots --languages en ru --only sign-in dispensing

It starts an Xvfb of its own (1366x768, or ``--size 1024x600``: then the pictures go to
``docs/screens/1024x600/``), opens the real window (``QT_QPA_PLATFORM=xcb``)
on a fresh demo site in a temporary folder (``terminal.demo.prepare``: the embedded
registry, the seeded population, Lin-Manuel Miranda enrolled from ``../shared/faces``),
walks through every workspace as its operator would (Face-ID from a recording,
dispensing, the receipt, the canteen, the application form step by step, technical
aids, the supervisor's pages, the high-contrast theme), and at each stop switches the language
from the top bar, as an operator does, and grabs the X screen once per language
(dialogs included). The pictures are scaled (50 % by default) and reduced to a
palette, into ``docs/screens/<language>/NN-<screen>.png``, with ``index.md`` listing them.

The window's words come from whatever catalogues exist in ``resources/i18n``: a ``.qm``
older than its ``.ts`` is rebuilt by the window itself (in the demo home's cache).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from terminal.core.clock import Clock

if TYPE_CHECKING:
    from terminal.core.site import Site

ROOT = Path(__file__).resolve().parents[2]
FACES = ROOT.parent / "shared" / "faces"
LIN = FACES / "people" / "lin_manuel_miranda"
STRANGER = FACES / "people" / "obama" / "obama_480p.jpg"
CLIP = FACES / "video" / "short_hamilton_clip.mp4"
CLIP_SLICE = range(80, 140)  # Lin-Manuel Miranda walks in and turns his head (see docs/biometrics.md)
SIZE = (1366, 768)
OUT = ROOT / "docs" / "screens"
LANGUAGES = ("uz_Latn", "uz_Cyrl", "kaa", "kaa_Latn", "kk", "ru", "en")
WAIT = 60.0  # seconds for any one step of the walk


# --- the display ---------------------------------------------------------------------------


@contextlib.contextmanager
def xvfb(size: tuple[int, int] = SIZE) -> Iterator[str]:
    """An X server of our own on a free display number; stopped (by its pid) at the end."""
    for number in range(91, 160):
        if Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
            continue
        screen = f"{size[0]}x{size[1]}x24"
        proc = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", screen, "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while proc.poll() is None and time.monotonic() < deadline:
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                try:
                    yield f":{number}"
                finally:
                    proc.terminate()
                    proc.wait(timeout=10)
                return
            time.sleep(0.05)
        proc.kill()
        proc.wait(timeout=10)
    raise SystemExit("screenshots: Xvfb could not start on any display from :91 to :159")


# --- waiting and shooting ------------------------------------------------------------------


class Walk:
    """The window, its context, and the camera: wait for things, sign in, take pictures."""

    def __init__(self, app, window, args: argparse.Namespace) -> None:
        self.app, self.window, self.ctx = app, window, window.ctx
        self.languages, self.only = args.languages, set(args.only or ())
        self.scale, self.colors, self.out = args.scale, args.colors, args.out
        self.number = 0
        self.saved: dict[str, list[tuple[str, Path]]] = {}  # screen -> [(language, file)]

    def wait(self, condition: Callable[[], bool], what: str, seconds: float = WAIT) -> None:
        from PySide6.QtCore import QEventLoop

        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit(f"screenshots: gave up waiting for {what}")
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.01)

    def settle(self, ms: int = 300) -> None:
        """Let the store's queued reads come back and the layouts settle."""
        done: list[bool] = []
        self.ctx.tasks.store(lambda _site: None, lambda _v: done.append(True))
        self.wait(lambda: bool(done), "the store's tasks")
        end = time.monotonic() + ms / 1000
        self.wait(lambda: time.monotonic() >= end, "a pause")

    def on_store(self, fn: Callable[[Site], object]) -> object:
        box: list[tuple[bool, object]] = []
        self.ctx.tasks.store(fn, lambda v: box.append((True, v)), lambda e: box.append((False, e)))
        self.wait(lambda: bool(box), "a store task")
        ok, value = box[0]
        if not ok:
            raise value  # type: ignore[misc]
        return value

    def sign_in(self, login: str, pin: str) -> None:
        from PySide6.QtCore import Qt

        window = self.window
        if self.ctx.operator is not None:
            window.sign_out()
        self.settle(100)
        names = window.signin.names
        self.wait(lambda: names.count() > 0, "the operators' names")
        for row in range(names.count()):
            if names.item(row).data(Qt.ItemDataRole.UserRole) == login:
                names.setCurrentRow(row)
        window.signin.pin.setText(pin)
        window.signin.submit()
        self.wait(
            lambda: self.ctx.operator is not None and self.ctx.operator.login == login, f"{login}'s sign-in"
        )
        self.settle()

    def workspace(self, kind: type):
        """The signed-in operator's workspace of this kind, brought to the front."""
        tabs = self.window.workspace
        screen = next(tabs.widget(i) for i in range(tabs.count()) if isinstance(tabs.widget(i), kind))
        tabs.setCurrentWidget(screen)
        self.settle()
        return screen

    def language(self, code: str) -> None:
        """Switch the language from the top bar's menu, as an operator does."""
        menu = self.window.top.language
        menu.setCurrentIndex(menu.findData(code))
        menu.activated.emit(menu.currentIndex())  # what the menu says when the operator picks a line

    def shoot(self, name: str, ms: int = 300, dialog=None) -> None:
        """The screen as it is now, once in each language; an open ``dialog`` gets a frame drawn
        around it (Xvfb has no window manager to draw one)."""
        self.number += 1
        if self.only and name not in self.only:
            return
        for code in self.languages:
            self.language(code)
            self.settle(ms)
            path = self.out / code / f"{self.number:02d}-{name}.png"
            self.save(path, dialog)
            self.saved.setdefault(f"{self.number:02d}-{name}", []).append((code, path))
        print(f"  {self.number:02d} {name}", flush=True)

    def save(self, path: Path, dialog=None) -> None:
        from PIL import Image, ImageDraw
        from PySide6.QtCore import QBuffer, QIODevice

        picture = self.app.primaryScreen().grabWindow(0)  # the whole X screen: dialogs too
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        picture.save(buffer, "PNG")
        image = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
        if dialog is not None:
            box = dialog.frameGeometry()
            edges = (box.left() - 3, box.top() - 3, box.right() + 3, box.bottom() + 3)
            ImageDraw.Draw(image).rectangle(edges, outline="#5b6470", width=3)
        size = (round(image.width * self.scale), round(image.height * self.scale))
        small = image.resize(size, Image.Resampling.LANCZOS)
        reduced = small.quantize(
            colors=self.colors, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        reduced.save(path, optimize=True)


# --- the walk through the workspaces -------------------------------------------------------


def nurse(walk: Walk, cameras: dict[str, str]) -> None:
    from terminal.ui.screens.dispensing import DispensingScreen

    ctx = walk.ctx
    walk.shoot("sign-in")
    ctx.camera = cameras["stranger"]
    walk.sign_in("nurse", "1111")
    screen = walk.workspace(DispensingScreen)
    face = screen.faceid
    walk.wait(lambda: face.view.image is not None and face.view.box is not None, "a face on the camera")
    walk.shoot("face-id")
    walk.wait(lambda: face.notice.isVisibleTo(face), "the stranger not recognised")
    walk.shoot("face-id-not-recognised")
    face.show_id_entry()
    face.id_number.edit.setText("3120")
    walk.shoot("face-id-id-number")
    face.ask_override()
    walk.wait(lambda: face.override_dialog is not None and face.override_dialog.isVisible(), "the override")
    walk.shoot("face-id-supervisor-override", dialog=face.override_dialog)
    face.override_dialog.reject()
    identify_lin(walk, screen, cameras["lin"])
    walk.shoot("dispensing")
    screen.dispensing.confirm.click()
    summary = screen.dispensing.summary
    walk.wait(lambda: summary is not None and summary.isVisible(), "the hand-out summary")
    walk.shoot("dispensing-summary", dialog=summary)
    summary.confirm.click()
    walk.wait(lambda: screen.pages.currentWidget() is screen.receipt, "the receipt")
    walk.shoot("receipt")
    face.stop()
    patient_pages(walk, screen, screen.dispensing.patient.citizen.full_name.split()[0])


def patient_pages(walk: Walk, screen, surname: str) -> None:
    """Find a patient without a face, their history, enrolling their face, and the nurse's day."""
    screen.find_patient()
    screen.search.query.setText(surname)
    screen.search.search()
    walk.wait(lambda: bool(screen.search.found), "the patients found")
    walk.shoot("patient-search")
    screen.search.open_row(0)
    walk.wait(lambda: screen.history.history is not None, "the patient's history")
    walk.shoot("patient-history")
    history = screen.history
    history.ask_enroll()
    walk.wait(lambda: history.enroll_dialog is not None and history.enroll_dialog.isVisible(), "enrolling")
    walk.shoot("enroll-face", dialog=history.enroll_dialog)
    history.enroll_dialog.reject()
    walk.wait(lambda: history.enroll_dialog is None, "the enrolment closed")
    screen.show_day()
    walk.wait(lambda: screen.day.day is not None, "the day's totals")
    walk.shoot("pharmacy-day")
    screen.next_patient()
    screen.faceid.stop()


def identify_lin(walk: Walk, screen, clip: str) -> None:
    face = screen.faceid
    walk.ctx.camera = clip
    face.reset()
    face.try_again()
    walk.wait(lambda: screen.pages.currentWidget() is screen.dispensing, "Lin-Manuel Miranda identified")


def canteen(walk: Walk) -> None:
    with walk.window.ctx.site.clock.at_lunch():
        _canteen(walk)


def _canteen(walk: Walk) -> None:
    from terminal.ui.screens.meals import MealsScreen

    walk.sign_in("canteen", "2222")
    screen = walk.workspace(MealsScreen)
    walk.wait(lambda: len(screen.grid.tiles) > 0, "the class roster")
    walk.settle()
    served = []
    for index, tile in enumerate(screen.grid.tiles):
        if len(served) == 4:
            break
        if tile.entry.eligible and tile.entry.served_at is None:
            tile.click()
            walk.wait(lambda i=index: screen.grid.tiles[i].entry.served_at is not None, "a meal served")
            served.append(index)
    walk.shoot("canteen")
    screen.grid.tiles[served[0]].click()  # a second serving: refused, and said so
    walk.wait(lambda: screen.banner.property("kind") == "error", "the second serving refused")
    walk.shoot("canteen-second-serving-refused")
    screen.open_reports()
    walk.wait(lambda: screen._report_dialog is not None and screen._report_dialog.isVisible(), "the reports")
    walk.shoot("canteen-service-act-and-invoice", dialog=screen._report_dialog)
    screen._report_dialog.accept()


STEPS = ("applicant", "family", "incomes", "assets", "benefit", "consent", "photo", "review")


def inspector(walk: Walk) -> None:
    from terminal.core.applications import ApplicationForm, Asset, Income, Member
    from terminal.core.idnumbers import make_id_number
    from terminal.ui.screens.applications import ApplicationsScreen

    walk.sign_in("inspector", "3333")
    screen = walk.workspace(ApplicationsScreen)
    walk.wait(lambda: screen.wizard is not None, "the application form")
    mother = make_id_number("UZ", date(1994, 4, 2), "F", 11)
    father = make_id_number("UZ", date(1990, 7, 19), "M", 12)
    baby = make_id_number("UZ", date(2025, 8, 14), "F", 14)
    form = ApplicationForm(
        benefit_type="childcare_under_2",
        members=[
            Member(mother, "Rahimova Malika", "applicant"),
            Member(father, "Rahimov Jasur", "spouse"),
            Member(baby, "Rahimova Zarina", "child"),
        ],
        incomes=[Income(father, "salary", 150_000_000)],
        assets=[Asset("vehicle", 6_000_000_000, "Nexia, 2012")],
        address="Yunusobod 4-mavze, 12-uy",
        phone="+998 90 123 45 67",
        consent=True,
    )
    walk.on_store(lambda site: site.applications.save_draft(site.operator("inspector"), form))
    screen.refresh()
    walk.wait(lambda: screen.draft_list.count() == 1, "the draft in the list")
    walk.shoot("applications")
    screen.draft_list.setCurrentRow(0)
    screen.resume()
    wizard = screen.wizard
    walk.wait(lambda: screen.pages.currentWidget() is wizard, "the draft resumed")
    for index, name in enumerate(STEPS):
        wizard.go(index)
        walk.wait(lambda i=index: wizard.index == i, f"step {index + 1}")
        if name == "review":
            walk.wait(lambda: wizard.review.assessment is not None, "the assessment")
        walk.shoot(f"application-{index + 1}-{name}")
    wizard.photo.stop()
    wizard.review.submit.click()
    walk.wait(
        lambda: screen.pages.currentWidget() is screen.home and screen.queue_list.count() == 1, "the queue"
    )
    walk.shoot("applications-queue")
    screen.show_sent()
    walk.wait(lambda: bool(screen.sent_page.rows), "the sent applications")
    walk.shoot("applications-sent")
    screen.sent_page.items.setCurrentRow(0)
    screen.sent_page.open_current()
    walk.wait(lambda: screen.record_page.record is not None, "the application's page")
    walk.shoot("application-record")
    screen.show_home()


def social_worker(walk: Walk, cameras: dict[str, str]) -> None:
    """Technical aids: Face-ID, a person who had one aid handed over last visit and has one more to
    receive (the first greyed), the receipt of the second, and the day."""
    from terminal.core.identification import Identification
    from terminal.ui.screens.aids import AidsScreen
    from terminal.ui.screens.faceid import Identified

    walk.ctx.camera = cameras["stranger"]
    walk.sign_in("social", "5555")
    screen = walk.workspace(AidsScreen)
    face = screen.faceid
    walk.wait(lambda: face.view.image is not None and face.view.box is not None, "a face on the camera")
    walk.shoot("aids-face-id")
    face.stop()

    def earlier_visit(site: Site) -> int:
        row = site.store.one(
            "SELECT citizen_id, min(id) AS first FROM aid_entitlements WHERE status = 'active'"
            " GROUP BY citizen_id ORDER BY count(*) DESC, citizen_id LIMIT 1"
        )
        ident = Identification(row["citizen_id"], "face", 0.3)
        site.aids.hand_over(site.operator("social"), ident, row["first"], "WF-2026-0007")
        return row["citizen_id"]

    citizen = walk.on_store(earlier_visit)
    screen.load_person(Identified(Identification(citizen, "face", 0.31)))  # type: ignore[arg-type]
    walk.wait(lambda: screen.pages.currentWidget() is screen.entitlements, "the person's technical aids")
    walk.shoot("aids-entitlements")
    screen.entitlements.serial.setText("WC-2026-0042")
    screen.entitlements.submit()
    walk.wait(lambda: screen.pages.currentWidget() is screen.receipt, "the aid's receipt")
    walk.shoot("aids-receipt")
    screen.show_day()
    walk.wait(lambda: screen.day.rows is not None, "today's hand-overs")
    walk.shoot("aids-day")
    screen.next_person()
    screen.faceid.stop()


def supervisor(walk: Walk) -> None:
    from terminal.ui.screens.supervisor import SupervisorScreen

    walk.sign_in("supervisor", "4444")
    screen = walk.workspace(SupervisorScreen)
    pages = ("operators", "overrides", "meal-reports", "audit-trail", "sync-problems", "todays-acts")
    for index, name in enumerate(pages):
        screen.nav.setCurrentRow(index)
        walk.settle(500)
        walk.shoot(f"supervisor-{name}")


def high_contrast(walk: Walk, cameras: dict[str, str]) -> None:
    from terminal.ui.screens.dispensing import DispensingScreen
    from terminal.ui.screens.meals import MealsScreen

    window = walk.window
    window.top.contrast.setChecked(True)
    walk.settle()
    walk.shoot("high-contrast-supervisor")
    window.sign_out()
    walk.settle()
    walk.shoot("high-contrast-sign-in")
    walk.sign_in("nurse", "1111")
    screen = walk.workspace(DispensingScreen)
    identify_lin(walk, screen, cameras["lin"])
    walk.shoot("high-contrast-dispensing")
    screen.faceid.stop()
    walk.sign_in("canteen", "2222")
    canteen_screen = walk.workspace(MealsScreen)
    walk.wait(lambda: len(canteen_screen.grid.tiles) > 0, "the class roster")
    walk.shoot("high-contrast-canteen")
    window.top.contrast.setChecked(False)


# --- the demo site and the cameras ---------------------------------------------------------


def recordings(folder: Path) -> dict[str, str]:
    """The cameras: a stranger's photo held still (not recognised), and the slice of the clip."""
    import cv2

    stranger = folder / "stranger"
    stranger.mkdir()
    for i in range(900):
        (stranger / f"{i:03d}.jpg").symlink_to(STRANGER)
    lin = folder / "lin.mp4"
    source, writer, index = cv2.VideoCapture(str(CLIP)), None, 0
    fps = source.get(cv2.CAP_PROP_FPS)
    while index < CLIP_SLICE.stop:
        ok, frame = source.read()
        if not ok:
            break
        if index in CLIP_SLICE:
            if writer is None:
                size = (frame.shape[1], frame.shape[0])
                writer = cv2.VideoWriter(str(lin), cv2.VideoWriter_fourcc(*"mp4v"), fps, size)
            writer.write(frame)
        index += 1
    source.release()
    if writer is None:
        raise SystemExit(f"screenshots: cannot read {CLIP}")
    writer.release()
    return {"stranger": str(stranger), "lin": str(lin)}


class _WalkClock:
    """The site's clock, moved to the demo school's lunch (12:30-13:15) while the canteen is shot,
    whenever the pictures are made (acts stay within the registry's day of slack)."""

    def __init__(self, site_clock: Clock) -> None:
        self.site_clock, self.shift = site_clock, timedelta(0)

    def now(self) -> datetime:
        return self.site_clock.now() + self.shift

    @contextlib.contextmanager
    def at_lunch(self) -> Iterator[None]:
        now = self.site_clock.now()
        self.shift = now.replace(hour=12, minute=31, second=0, microsecond=0) - now
        try:
            yield
        finally:
            self.shift = timedelta(0)


def render(args: argparse.Namespace, scratch: Path) -> Walk:
    from terminal.core.site import Site
    from terminal.core.store import Store
    from terminal.demo import prepare
    from terminal.ui import camera
    from terminal.ui.app import application, build_context, start_sync, stop
    from terminal.ui.main_window import MainWindow

    app = application()
    faces = scratch / "faces"
    faces.mkdir()
    (faces / LIN.name).symlink_to(LIN)
    cameras = recordings(scratch)
    home = scratch / "home"
    print("preparing the demo site …", flush=True)
    demo = prepare(home, faces)
    store = Store.open(home)
    ctx = build_context(home, Site(store, _WalkClock(Site(store).clock)), cameras["stranger"], "en")
    start_sync(ctx)
    window = MainWindow(ctx)
    window.setGeometry(0, 0, *args.size)
    window.show()
    walk = Walk(app, window, args)
    try:
        walk.wait(lambda: window.isVisible() and ctx.gallery is not None, "the window")
        walk.wait(lambda: walk.window.status_panel.state.get("online") is True, "the first sync")
        nurse(walk, cameras)
        canteen(walk)
        inspector(walk)
        social_worker(walk, cameras)
        supervisor(walk)
        high_contrast(walk, cameras)
    finally:
        camera.stop_all(10_000)
        window.close()
        stop(ctx)
        store.close()
        demo.stop()
        camera.ANALYSER.shutdown()
    return walk


def write_index(walk: Walk) -> Path:
    lines = [
        "# The window in seven languages",
        "",
        "Made by `python -m terminal.ui.screenshots` (see README.md)."
        " Each row is one screen; click a language.",
        "",
        "| screen | " + " | ".join(walk.languages) + " |",
        "|---" * (len(walk.languages) + 1) + "|",
    ]
    for screen, files in walk.saved.items():
        links = {code: f"[{code}]({path.relative_to(walk.out).as_posix()})" for code, path in files}
        lines.append(f"| {screen} | " + " | ".join(links.get(c, "") for c in walk.languages) + " |")
    index = walk.out / "index.md"
    index.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return index


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    try:
        return int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT, e.g. 1024x600") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES), choices=LANGUAGES)
    parser.add_argument("--only", nargs="+", metavar="SCREEN", help="screen names, e.g. sign-in dispensing")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--scale", type=float, default=0.5)
    parser.add_argument("--colors", type=int, default=64, help="palette size of each PNG")
    parser.add_argument(
        "--size", type=_size, default=SIZE, help="screen and window, e.g. 1024x600 (default 1366x768)"
    )
    args = parser.parse_args(argv)
    if args.size != SIZE and args.out == OUT:  # other screens beside the usual pictures
        args.out = OUT / f"{args.size[0]}x{args.size[1]}"
    for needed in (LIN, STRANGER, CLIP):
        if not needed.exists():
            print(
                f"screenshots: {needed} is missing (the shared face set beside the repository)",
                file=sys.stderr,
            )
            return 1
    if shutil.which("Xvfb") is None:
        print("screenshots: Xvfb is not installed", file=sys.stderr)
        return 1
    if not args.only:  # a full run replaces the pictures of the languages it renders
        for code in args.languages:
            for old in (args.out / code).glob("*.png"):
                old.unlink()
    started = time.monotonic()
    with xvfb(args.size) as display, tempfile.TemporaryDirectory(prefix="hamyon-screens-") as scratch:
        os.environ.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        print(f"Xvfb on {display}", flush=True)
        walk = render(args, Path(scratch))
    files = [path for shots in walk.saved.values() for _code, path in shots]
    size = sum(p.stat().st_size for p in files)
    if not args.only:
        print(f"index: {write_index(walk)}")
    print(
        f"{len(files)} pictures, {size / 1e6:.1f} MB, in {time.monotonic() - started:.0f} s under {args.out}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
