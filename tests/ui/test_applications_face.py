"""The applicant's face at the photo step, through the window: its own consent, the check against everyone
enrolled, a look-alike named (never by ID number) and the application flagged for the registry; a local
citizen's new face enrolled for Face-ID once the application is submitted."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from terminal.core.applications import ApplicationForm, Member
from tests.ui.conftest import SHARED_FACES, wait_tasks
from tests.ui.test_applications import MOTHER, family, screen  # noqa: F401  (the fixture)
from tests.ui.test_dispensing import on_store

OBAMA = SHARED_FACES / "people" / "obama"


@pytest.fixture(scope="module")
def obama_template():
    from biometrics.pipeline import encode_photo

    if not OBAMA.is_dir():
        pytest.skip(f"the shared face photos are not at {OBAMA}")
    return encode_photo(OBAMA / "obama_1.jpg")


def citizen(qtbot, ui, row: int) -> dict:
    sql = (
        "SELECT id, pin, surname, given_name, patronymic, birth_date FROM citizens"
        " ORDER BY id LIMIT 1 OFFSET ?"
    )
    return on_store(qtbot, ui, lambda: ui.site.store.one(sql, (row,)))


def full_name(c: dict) -> str:
    return " ".join(p for p in (c["surname"], c["given_name"], c["patronymic"]) if p)


def to_the_photo_step(qtbot, ui, screen, form: ApplicationForm):  # noqa: F811
    ui.camera = str(OBAMA)  # a folder of pictures stands in for the webcam
    on_store(qtbot, ui, lambda: ui.site.applications.save_draft(ui.site.operator("inspector"), form))
    screen.refresh()
    qtbot.waitUntil(lambda: screen.draft_list.count() == 1, timeout=10_000)
    screen.resume()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.wizard, timeout=10_000)
    wizard = screen.wizard
    wizard.go(6)
    wait_tasks(qtbot, ui)
    photo = wizard.photo
    assert not photo.take.isVisibleTo(photo) and not photo.face_consent.isChecked()
    assert "has not agreed to a face template" in photo.state.text()
    photo.face_consent.click()  # its own consent, apart from the form's
    assert photo.take.isVisibleTo(photo)
    qtbot.mouseClick(photo.take, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: photo.templates is not None, timeout=30_000)
    qtbot.waitUntil(lambda: photo.flag is not None and not photo.checking, timeout=10_000)
    return wizard


def submit(qtbot, ui, screen, wizard) -> None:  # noqa: F811
    wizard.go(7)
    qtbot.waitUntil(lambda: wizard.review.assessment is not None, timeout=10_000)
    with qtbot.waitSignal(ui.bridge.acts_recorded, timeout=10_000):
        qtbot.mouseClick(wizard.review.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.home, timeout=10_000)


def test_a_face_that_passes_for_an_enrolled_citizen_is_flagged_and_used_for_the_check_only(
    qtbot,
    ui,
    screen,  # noqa: F811
    obama_template,
) -> None:
    from terminal.core import faces

    lookalike = citizen(qtbot, ui, 0)
    qtbot.waitUntil(lambda: ui.gallery is not None, timeout=10_000)
    gallery, site = ui.gallery, ui.site
    on_store(
        qtbot,
        ui,
        lambda: faces.enroll(
            site, site.operator("nurse"), lookalike["id"], obama_template, consent=True, gallery=gallery
        ),
    )
    templates_before = on_store(qtbot, ui, lambda: site.store.scalar("SELECT count(*) FROM face_templates"))
    wizard = to_the_photo_step(qtbot, ui, screen, family())
    photo = wizard.photo

    born = ".".join(reversed(lookalike["birth_date"].split("-")))
    name = full_name(lookalike)
    assert photo.flag.flagged and photo.verdict.property("role") == "danger"
    assert photo.verdict.text() == (
        f"⚠ This face looks like {name}, born {born}, already enrolled at this site. The application is"
        " flagged for the registry to check."
    )
    assert lookalike["pin"] not in photo.verdict.text()
    assert photo.use.text() == "Used for this check only: a face like someone else's is never kept."
    assert photo.state.text() == "✓ The face template is taken. No picture was kept."

    wizard.go(7)
    qtbot.waitUntil(lambda: wizard.review.assessment is not None, timeout=10_000)
    review = wizard.review
    assert review.face.isVisibleTo(review) and review.face.property("role") == "danger"
    assert f"{name}, born {born}" in review.face.text() and "flagged" in review.face.text()
    app_id = wizard.app_id
    submit(qtbot, ui, screen, wizard)
    assert "The face template was used for the check only and is deleted." in screen.banner.text()
    assert wizard.photo.templates is None  # dropped from memory with the submission
    wait_tasks(qtbot, ui)
    assert (
        on_store(qtbot, ui, lambda: site.store.scalar("SELECT count(*) FROM face_templates"))
        == templates_before
    )
    payload = on_store(
        qtbot,
        ui,
        lambda: site.store.scalar(
            "SELECT t.payload FROM transactions t JOIN applications a ON a.tx_uuid = t.uuid WHERE a.id = ?",
            (app_id,),
        ),
    )
    face_check = json.loads(payload)["face_check"]
    assert face_check["result"] == "other" and face_check["looks_like"] == [lookalike["pin"]]
    qtbot.waitUntil(lambda: screen.queue_list.count() == 1, timeout=10_000)
    assert "flagged for the registry's attention" in screen.queue_list.item(0).text()

    qtbot.mouseClick(screen.open_last, Qt.MouseButton.LeftButton)  # the page of the application just sent
    record = screen.record_page
    qtbot.waitUntil(lambda: record.record is not None, timeout=10_000)
    assert record.face.isVisibleTo(record) and f"{name}, born {born}" in record.face.text()
    history = record.history.text().splitlines()
    assert any(
        f"Face checked: it looks like {name}, born {born}; flagged for the registry" in h for h in history
    )
    assert all(lookalike["pin"] not in h for h in history)
    qtbot.mouseClick(record.back_button, Qt.MouseButton.LeftButton)
    assert screen.pages.currentWidget() is screen.home
    qtbot.mouseClick(screen.sent_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.sent_page.items.count() == 1, timeout=10_000)
    assert "⚠ the face looks like someone else's" in screen.sent_page.items.item(0).text()


def test_a_local_citizens_new_face_is_enrolled_for_face_id_after_the_submission(
    qtbot,
    ui,
    screen,  # noqa: F811
    obama_template,
) -> None:
    applicant = citizen(qtbot, ui, 1)
    form = ApplicationForm(
        benefit_type="low_income_aid",
        members=[Member(applicant["pin"], full_name(applicant), "applicant")],
        address="Yunusobod 4-mavze, 12-uy",
        consent=True,
    )
    qtbot.waitUntil(lambda: ui.gallery is not None, timeout=10_000)
    wizard = to_the_photo_step(qtbot, ui, screen, form)
    photo = wizard.photo
    assert photo.flag.result == "new" and photo.flag.citizen_id == applicant["id"]
    assert photo.verdict.text() == "✓ Nobody enrolled at this site looks like the applicant."
    assert photo.use.text() == "Kept for Face-ID at this site once the application is submitted."
    with qtbot.waitSignal(ui.bridge.gallery_changed, timeout=10_000):
        submit(qtbot, ui, screen, wizard)
    assert "The applicant's face template is kept for Face-ID at this site." in screen.banner.text()
    rows = on_store(
        qtbot,
        ui,
        lambda: ui.site.store.all(
            "SELECT source, consent_at FROM face_templates WHERE citizen_id = ? AND source = 'terminal'",
            (applicant["id"],),
        ),
    )
    assert len(rows) == 3 and all(r["consent_at"] for r in rows)
    from biometrics.matching import identify

    assert identify(ui.gallery, obama_template).identity == applicant["id"]
    assert MOTHER  # the module's family is not this one
