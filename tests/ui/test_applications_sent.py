"""After an application is submitted: its number on the banner, the page of sent applications with their
status, one application's page with its history, and the family's slip printed through the print dialog."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt

from terminal.core.applications import ApplicationForm, Income, Member
from tests.ui.conftest import wait_tasks
from tests.ui.test_applications import MOTHER, family, screen  # noqa: F401  (the fixture)
from tests.ui.test_dispensing import accept_print_dialog, on_store, pdf_printer


def pdftotext(path: Path) -> str:
    """The printed words, as poppler reads them from the PDF."""
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(done.stdout.split())


def neighbours() -> ApplicationForm:
    from datetime import date

    from terminal.core.idnumbers import make_id_number

    mother = make_id_number("UZ", date(1985, 2, 3), "F", 21)
    return ApplicationForm(
        benefit_type="low_income_aid",
        members=[Member(mother, "Aliyeva Nodira", "applicant")],
        incomes=[Income(mother, "salary", 10_000_000)],
        address="Chilonzor 9",
        consent=True,
    )


def submit_through_the_wizard(qtbot, ui, screen) -> str:  # noqa: F811
    on_store(qtbot, ui, lambda: ui.site.applications.save_draft(ui.site.operator("inspector"), family()))
    screen.refresh()
    qtbot.waitUntil(lambda: screen.draft_list.count() == 1, timeout=10_000)
    screen.resume()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.wizard, timeout=10_000)
    wizard = screen.wizard
    wizard.go(7)
    qtbot.waitUntil(lambda: wizard.review.assessment is not None, timeout=10_000)
    app_id = wizard.app_id
    with qtbot.waitSignal(ui.bridge.acts_recorded, timeout=10_000):
        wizard.review.submit.click()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.home, timeout=10_000)
    return app_id


def test_sent_applications_are_listed_opened_with_their_history_and_the_slip_printed(
    qtbot,
    ui,
    screen,  # noqa: F811
    tmp_path,
) -> None:
    site = ui.site
    inspector = on_store(qtbot, ui, lambda: site.operator("inspector"))

    def earlier() -> str:
        app_id = site.applications.save_draft(inspector, neighbours())
        site.applications.submit(inspector, app_id)
        tx = site.store.scalar("SELECT tx_uuid FROM applications WHERE id = ?", (app_id,))
        with site.store.write() as db:  # the registry took it, as a push records it
            db.execute(
                "UPDATE outbox SET state = 'synced', registry_status = 'accepted',"
                " synced_at = '2026-11-20T05:30:00.000Z' WHERE tx_uuid = ?",
                (tx,),
            )
        site.clock.advance(minutes=30)
        return app_id

    first = on_store(qtbot, ui, earlier)
    app_id = submit_through_the_wizard(qtbot, ui, screen)
    view = on_store(qtbot, ui, lambda: site.applications.load(inspector, app_id))
    number = view.number
    assert number.startswith(f"{site.facility.id}-261120-") and number.endswith(app_id[:8].upper())
    assert number in screen.banner.text() and "print the slip for the family" in screen.banner.text()
    assert screen.after_submit.isVisible() and screen.print_last.isVisible()
    qtbot.waitUntil(lambda: screen.queue_list.count() == 1, timeout=10_000)
    assert screen.queue_list.item(0).text().startswith(number)

    # the slip at once, from the banner: through the system's print dialog, to a PDF
    screen.slips.new_printer = lambda: pdf_printer(tmp_path / "first.pdf")
    qtbot.mouseClick(screen.print_last, Qt.MouseButton.LeftButton)
    accept_print_dialog(qtbot)
    qtbot.waitUntil(lambda: screen.banner.text() == "The slip is sent to the printer.", timeout=10_000)
    assert number in pdftotext(tmp_path / "first.pdf")

    # the page of sent applications: newest first, with number, applicant, benefit and status
    qtbot.mouseClick(screen.sent_button, Qt.MouseButton.LeftButton)
    page = screen.sent_page
    assert screen.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.items.count() == 2, timeout=10_000)
    newest, older = page.items.item(0).text(), page.items.item(1).text()
    assert newest.splitlines() == [
        f"{number} · Rahimova Malika",
        "Child-care allowance (a child under 2) · submitted 20.11.2026 10:30",
        "Submitted on 20.11.2026, waiting to be sent to the registry",
    ]
    assert older.splitlines()[1:] == [
        "Material aid for low-income families · submitted 20.11.2026 10:00",
        "Received by the registry on 20.11.2026",
    ]
    assert page.items.item(1).data(Qt.ItemDataRole.UserRole) == first
    qtbot.keyClicks(page.search, "aliyeva")
    qtbot.waitUntil(lambda: page.items.count() == 1, timeout=10_000)
    page.search.clear()
    qtbot.keyClicks(page.search, number[-8:])  # the last group of the number, as the family reads it out
    qtbot.waitUntil(lambda: page.items.count() == 1 and page.current() == app_id, timeout=10_000)
    page.search.clear()
    qtbot.keyClicks(page.search, "nobody at all")
    qtbot.waitUntil(lambda: page.items.count() == 0, timeout=10_000)
    assert page.empty.isVisible() and not page.open_button.isEnabled()
    page.search.clear()
    qtbot.waitUntil(lambda: page.items.count() == 2, timeout=10_000)

    # one application: its number, status, details (the ID number masked) and history
    page.items.setCurrentRow(0)
    qtbot.keyClick(page.items, Qt.Key.Key_Return)
    record = screen.record_page
    qtbot.waitUntil(lambda: record.record is not None, timeout=10_000)
    assert screen.pages.currentWidget() is record
    assert record.title.text() == f"Application {number}"
    assert record.status.text() == "Submitted on 20.11.2026, waiting to be sent to the registry"
    assert MOTHER[-4:] in record.details.text() and MOTHER not in record.details.text()
    assert "Rahimova Malika" in record.details.text() and "Family members: 3" in record.details.text()
    history = record.history.text().splitlines()
    assert history == [
        "20.11.2026 10:30 · Started by Bekzod Tursunov",
        "20.11.2026 10:30 · Submitted by Bekzod Tursunov",
    ]
    assert not record.face.isVisibleTo(record)

    record.slips.new_printer = lambda: pdf_printer(tmp_path / "slip.pdf")
    qtbot.mouseClick(record.print_button, Qt.MouseButton.LeftButton)
    accept_print_dialog(qtbot)
    qtbot.waitUntil(lambda: record.banner.text() == "The slip is sent to the printer.", timeout=10_000)
    printed = pdftotext(tmp_path / "slip.pdf")
    assert number in printed and "Rahimova Malika" in printed
    assert MOTHER not in printed and MOTHER[-4:] in printed  # masked but for the last four digits
    for words in (
        site.facility.name,
        "Child-care allowance (a child under 2)",
        "Family members: 3",
        "the family appears to be eligible",
        "Status on 20.11.2026: Submitted on 20.11.2026, waiting to be sent to the registry",
        "What happens next",
        "Printed by inspector",
    ):
        assert words in printed, (words, printed)
    exports = on_store(
        qtbot,
        ui,
        lambda: site.store.all("SELECT subject, details FROM audit WHERE action = 'export' ORDER BY seq"),
    )
    assert [e["subject"] for e in exports] == [f"application:{app_id}"] * 2
    assert json.loads(exports[-1]["details"]) == {"kind": "application_slip", "printer": "slip.pdf"}

    window = screen.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(record.print_button, Qt.Key.Key_Escape)  # back to the list it was opened from
    assert screen.pages.currentWidget() is page
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert screen.pages.currentWidget() is screen.home
    wait_tasks(qtbot, ui)
