"""Field applications: the form step by step with inline checks, drafts, the assessment, submission."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from terminal.core.applications import ApplicationForm, Asset, Income, Member
from terminal.core.errors import ApplicationNotEditable
from terminal.core.idnumbers import make_id_number, pinfl_check_digit
from tests.ui.conftest import SHARED_FACES, choose_language, sign_in, wait_tasks

MOTHER = make_id_number("UZ", date(1994, 4, 2), "F", 11)
FATHER = make_id_number("UZ", date(1990, 7, 19), "M", 12)
BABY = make_id_number("UZ", date(2025, 8, 14), "F", 14)


def impossible_birth_date() -> str:
    """A PINFL whose check digit fits but whose birth date (31 February) cannot be."""
    head = "4310294100011"
    return head + str(pinfl_check_digit([int(c) for c in head]))


@pytest.fixture
def screen(qtbot, ui):
    from terminal.ui.main_window import MainWindow
    from terminal.ui.screens.applications import ApplicationsScreen

    window = MainWindow(ui)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    sign_in(qtbot, window, "inspector", "3333")
    found = window.workspace.currentWidget()
    assert isinstance(found, ApplicationsScreen)
    qtbot.waitUntil(lambda: found.wizard is not None, timeout=10_000)
    wait_tasks(qtbot, ui)
    yield found
    if found.wizard is not None:
        found.wizard.photo.stop()
    wait_tasks(qtbot, ui)


def type_into(qtbot, field, text: str) -> None:
    field.edit.clear()
    qtbot.keyClicks(field.edit, text)


def next_step(qtbot, ui, wizard) -> int:
    """Press Next; returns the step shown once the draft is saved (or the same step when refused)."""
    wizard.next.click()
    wait_tasks(qtbot, ui)
    return wizard.index


def saved_draft(ui, form: ApplicationForm) -> str:
    return ui.site.applications.save_draft(ui.site.operator("inspector"), form)


def family(**changes) -> ApplicationForm:
    form = ApplicationForm(
        benefit_type="childcare_under_2",
        members=[
            Member(MOTHER, "Rahimova Malika", "applicant"),
            Member(FATHER, "Rahimov Jasur", "spouse"),
            Member(BABY, "Rahimova Zarina", "child"),
        ],
        incomes=[Income(FATHER, "salary", 150_000_000)],
        address="Yunusobod 4-mavze, 12-uy",
        consent=True,
    )
    for key, value in changes.items():
        setattr(form, key, value)
    return form


def test_the_form_step_by_step_checks_as_it_is_typed_saves_drafts_and_submits(qtbot, ui, screen) -> None:
    screen.new.click()
    wizard = screen.wizard
    applicant = wizard.applicant
    assert screen.pages.currentWidget() is wizard and wizard.index == 0
    # nothing typed: Next is refused and says what is missing, where
    assert next_step(qtbot, ui, wizard) == 0
    assert applicant.name.message.text() == "Please fill this in."
    assert applicant.pin.message.text() == "Type the ID number (PINFL)."
    assert ui.site.applications.drafts(ui.operator) == []
    # the ID number is checked on every keystroke: length, check digit, birth date
    type_into(qtbot, applicant.name, "Rahimova Malika")
    type_into(qtbot, applicant.pin, MOTHER[:6])
    assert applicant.pin.message.text() == "6 of 14 digits"
    type_into(qtbot, applicant.pin, MOTHER[:13] + str((int(MOTHER[13]) + 1) % 10))
    assert "the check digit does not match" in applicant.pin.message.text()
    type_into(qtbot, applicant.pin, impossible_birth_date())
    assert "the birth date in it is impossible" in applicant.pin.message.text()
    type_into(qtbot, applicant.pin, MOTHER)
    assert applicant.pin.message.text() == "✓ Born on 02.04.1994, female. Compare with the document."
    type_into(qtbot, applicant.phone, "call me")
    assert "digits only" in applicant.phone.message.text()
    type_into(qtbot, applicant.phone, "+998 90 123 45 67")
    assert next_step(qtbot, ui, wizard) == 0  # the address is still missing
    assert applicant.address.message.text() == "Please fill this in."
    type_into(qtbot, applicant.address, "Yunusobod 4-mavze, 12-uy")
    assert next_step(qtbot, ui, wizard) == 1
    assert [d["applicant"] for d in ui.site.applications.drafts(ui.operator)] == [
        "Rahimova Malika"
    ]  # saved at each step
    assert wizard.saved.text() == "Draft saved at 10:00"

    members = wizard.steps[1]
    type_into(qtbot, members.name, "Rahimov Jasur")
    type_into(qtbot, members.pin, FATHER)
    members.relation.choose("spouse")
    members.add.click()
    type_into(qtbot, members.name, "Rahimova Malika")
    type_into(qtbot, members.pin, MOTHER)
    members.add.click()
    assert members.pin.message.text() == "This ID number is already in the family."
    type_into(qtbot, members.name, "Rahimova Zarina")
    type_into(qtbot, members.pin, BABY)
    members.relation.choose("child")
    members.add.click()
    assert members.items.count() == 2
    assert (
        MOTHER not in members.items.item(0).text() and FATHER[-4:] in members.items.item(0).text()
    )  # masked
    assert next_step(qtbot, ui, wizard) == 2

    incomes = wizard.steps[2]
    incomes.who.choose(FATHER)
    type_into(qtbot, incomes.amount, "1 5OO")
    assert "Type an amount in so'm" in incomes.amount.message.text()
    type_into(qtbot, incomes.amount, "1 500 000")
    assert incomes.amount.message.text() == "1\u00a0500\u00a0000.00\u00a0so'm"
    incomes.add.click()
    assert next_step(qtbot, ui, wizard) == 3
    assets = wizard.steps[3]
    type_into(qtbot, assets.value, "200 000 000,00")
    assets.add.click()
    assert next_step(qtbot, ui, wizard) == 4
    assert next_step(qtbot, ui, wizard) == 4  # a benefit must be chosen
    assert wizard.banner.text() == "Choose the benefit the family asks for."
    wizard.steps[4].choices["childcare_under_2"].click()
    assert next_step(qtbot, ui, wizard) == 5
    assert next_step(qtbot, ui, wizard) == 5  # the consent
    wizard.steps[5].consent.click()
    assert next_step(qtbot, ui, wizard) == 6
    assert wizard.photo.state.text() == "No camera is set up on this terminal: skip this step."
    assert next_step(qtbot, ui, wizard) == 7

    review = wizard.review
    qtbot.waitUntil(lambda: review.assessment is not None, timeout=10_000)
    assert review.verdict.text() == "The family appears to be eligible."
    rows = [review.reason_rows.itemAt(i).widget() for i in range(review.reason_rows.count())]
    assert [r.text() for r in rows] == [
        "✓ Income per person 500\u00a0000.00\u00a0so'm a month (3 in the family) is at or below the threshold"
        " of 648\u00a0000.00\u00a0so'm",
        "✓ Rahimova Zarina is 15 months old",
    ]
    assert all(r.property("favourable") for r in rows)
    app_id = wizard.app_id
    with qtbot.waitSignal(ui.bridge.acts_recorded, timeout=10_000):
        review.submit.click()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.home, timeout=10_000)
    assert "is submitted and can no longer be changed" in screen.banner.text()
    qtbot.waitUntil(lambda: screen.queue_list.count() == 1, timeout=10_000)
    assert "Waiting to be sent to the registry" in screen.queue_list.item(0).text()
    assert screen.draft_list.count() == 0
    wait_tasks(qtbot, ui)
    view = ui.site.applications.load(ui.operator, app_id)
    assert view.status == "submitted" and view.sync_state == "queued"
    assert len(view.form.members) == 3 and view.form.assets[0].value == 20_000_000_000
    with pytest.raises(ApplicationNotEditable):  # immutable once submitted
        saved = ApplicationForm(benefit_type="low_income_aid", members=view.form.members)
        ui.site.applications.save_draft(ui.site.operator("inspector"), saved, app_id)


def test_a_draft_is_kept_resumed_and_discarded(qtbot, ui, screen) -> None:
    screen.new.click()
    wizard = screen.wizard
    type_into(qtbot, wizard.applicant.name, "Rahimova Malika")
    type_into(qtbot, wizard.applicant.pin, MOTHER)
    wizard.close_button.click()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.home, timeout=10_000)
    assert screen.banner.text() == "The draft of Rahimova Malika is saved. Resume it from the list."
    qtbot.waitUntil(lambda: screen.draft_list.count() == 1, timeout=10_000)
    assert "Rahimova Malika" in screen.draft_list.item(0).text()
    screen.resume_button.click()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is wizard, timeout=10_000)
    assert wizard.applicant.name.text == "Rahimova Malika" and wizard.applicant.pin.edit.text() == MOTHER
    type_into(qtbot, wizard.applicant.address, "Chilonzor 9")
    assert next_step(qtbot, ui, wizard) == 1
    type_into(qtbot, wizard.steps[1].name, "Rahimov Jasur")
    type_into(qtbot, wizard.steps[1].pin, FATHER)
    wizard.close_button.click()  # typed but not added: not lost silently
    assert "typed but not added" in wizard.banner.text()
    wizard.steps[1].add.click()
    wizard.close_button.click()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.home, timeout=10_000)
    wait_tasks(qtbot, ui)
    (draft,) = ui.site.applications.drafts(ui.operator)
    kept = ui.site.applications.load(ui.operator, draft["id"]).form
    assert [m.full_name for m in kept.members] == ["Rahimova Malika", "Rahimov Jasur"]
    assert kept.address == "Chilonzor 9"
    screen.discard_button.click()
    screen.discard_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: screen.draft_list.count() == 0, timeout=10_000)
    assert ui.site.applications.drafts(ui.operator) == []


def test_unfavourable_reasons_are_marked_and_a_flagged_family_said_so(qtbot, ui, screen) -> None:
    form = family(
        benefit_type="low_income_aid",
        incomes=[Income(FATHER, "salary", 900_000_000)],
        assets=[Asset("vehicle", 40_000_000_000, "car")],
    )
    form.members[1].restricted_body = "customs"
    saved_draft(ui, form)
    screen.refresh()
    qtbot.waitUntil(lambda: screen.draft_list.count() == 1, timeout=10_000)
    screen.resume()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.wizard, timeout=10_000)
    screen.wizard.go(7)
    review = screen.wizard.review
    qtbot.waitUntil(lambda: review.assessment is not None, timeout=10_000)
    assert review.verdict.text() == "Flagged: this family may not receive these benefits."
    assert review.verdict.property("role") == "danger"
    rows = [review.reason_rows.itemAt(i).widget() for i in range(review.reason_rows.count())]
    assert [r.property("favourable") for r in rows] == [False, False, False]
    assert rows[0].text().startswith("✗ Rahimov Jasur serves in the customs bodies")
    assert rows[0].accessibleName().startswith("Against: ")
    assert "above the threshold" in rows[1].text() and "exceed the limit" in rows[2].text()


def test_the_photo_step_keeps_a_face_template_and_never_a_picture(qtbot, ui, screen) -> None:
    ui.camera = str(SHARED_FACES / "people" / "obama")  # a folder of pictures stands in for the webcam
    saved_draft(ui, family(consent=False))
    screen.refresh()
    qtbot.waitUntil(lambda: screen.draft_list.count() == 1, timeout=10_000)
    screen.resume()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.wizard, timeout=10_000)
    wizard = screen.wizard
    photo = wizard.photo
    wizard.go(6)
    wait_tasks(qtbot, ui)
    assert not photo.take.isVisibleTo(photo)  # no consent, no template
    assert "has not agreed" in photo.state.text()
    wizard.go(5)
    wait_tasks(qtbot, ui)
    wizard.steps[5].consent.click()
    wizard.go(6)
    wait_tasks(qtbot, ui)
    assert not photo.take.isVisibleTo(photo)  # the face template has a consent of its own
    photo.face_consent.click()
    assert photo.take.isVisibleTo(photo)
    files_before = sorted(p.name for p in ui.home.rglob("*") if p.is_file())
    photo.camera = str(SHARED_FACES / "people" / "kit_harington")  # three pictures: not enough good ones
    photo.take.click()
    qtbot.waitUntil(lambda: photo.capture is None, timeout=30_000)
    assert photo.templates is None and photo.state.text().startswith("No good picture in time.")
    photo.camera = ui.camera
    photo.take.click()
    stopped = photo.capture
    photo.stop_button.click()  # stopped, then taken again at once
    photo.take.click()
    assert photo.capture is not None and photo.capture is not stopped
    stopped.gave_up.emit()  # late news from the stopped capture's thread: not about this one
    stopped.failed.emit(RuntimeError("the stopped capture's camera"))
    assert photo.capture is not None and not photo.state.text().startswith("No good picture")
    assert photo.stop_button.isVisibleTo(photo)
    qtbot.waitUntil(lambda: photo.templates is not None, timeout=30_000)
    assert photo.templates.shape == (3, 128) and wizard.face_templates is photo.templates
    assert photo.state.text() == "✓ The face template is taken. No picture was kept."
    assert photo.preview.pixmap().isNull()  # the preview is gone once the template is taken
    files_after = sorted(p.name for p in ui.home.rglob("*") if p.is_file())
    assert files_after == files_before  # nothing written: no picture on disk
    photo.forget.click()
    assert photo.templates is None


SON = make_id_number("UZ", date(2015, 3, 9), "M", 15)  # 11 years old on 20 November 2026


def focused():
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()


def test_typing_goes_to_the_first_field_of_every_step_and_never_changes_the_language(
    qtbot, ui, screen
) -> None:
    from PySide6.QtCore import Qt

    window = screen.window()
    choose_language(qtbot, window, "uz_Latn")
    assert ui.translations.code == "uz_Latn"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.mouseClick(screen.new, Qt.MouseButton.LeftButton)
    wizard = screen.wizard
    assert focused() is wizard.applicant.name.edit
    qtbot.keyClicks(focused(), "Ernazarova Elmira")  # an "E" in the language box would mean English
    assert wizard.applicant.name.text == "Ernazarova Elmira"
    assert ui.translations.code == "uz_Latn" and window.top.language.currentData() == "uz_Latn"
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is wizard.applicant.pin.edit
    qtbot.keyClicks(focused(), MOTHER)
    type_into(qtbot, wizard.applicant.address, "Yunusobod 4-mavze, 12-uy")
    firsts = {
        1: wizard.steps[1].name.edit,  # the family: the form to add one, not the list
        2: wizard.steps[2].who.combo,
        3: wizard.steps[3].kind.combo,
        4: wizard.steps[4].choices["childcare_under_2"],
        5: wizard.steps[5].consent,
    }
    for index, first in firsts.items():
        assert next_step(qtbot, ui, wizard) == index
        assert focused() is first, f"step {index + 1}"
        if index == 1:
            qtbot.keyClicks(focused(), "Ernazarov Elyor")
            assert ui.translations.code == "uz_Latn"
            type_into(qtbot, wizard.steps[1].pin, BABY)
            wizard.steps[1].add.click()
            assert focused() is wizard.steps[1].name.edit  # ready for the next one
        if index == 4:
            qtbot.keyClick(focused(), Qt.Key.Key_Space)
            assert wizard.steps[4].code == "childcare_under_2"
        if index == 5:
            qtbot.keyClick(focused(), Qt.Key.Key_Space)
            assert wizard.steps[5].consent.isChecked()
    for index in (6, 7):  # the photo and the review: their buttons, never the window's language box
        assert next_step(qtbot, ui, wizard) == index
        assert wizard.isAncestorOf(focused()), f"step {index + 1}"
    assert ui.translations.code == "uz_Latn"


def test_the_id_number_takes_digits_only_and_has_one_name_in_its_label_and_its_messages(
    qtbot, ui, screen
) -> None:
    screen.new.click()
    pin = screen.wizard.applicant.pin
    assert pin.caption.text() == "ID number (PINFL)"
    qtbot.keyClicks(pin.edit, "3O1 2a-b45")  # letters (an O for a 0 too) are refused as they are typed
    assert pin.edit.text() == "31245"
    assert pin.message.text() == "5 of 14 digits"
    type_into(qtbot, pin, MOTHER[:13] + str((int(MOTHER[13]) + 1) % 10))
    assert pin.message.text().startswith("The ID number (PINFL) is not valid: the check digit does not match")
    qtbot.keyClicks(pin.edit, "7")  # a 15th digit is refused
    assert len(pin.edit.text()) == 14
    pin.edit.clear()
    grouped = " ".join(MOTHER[i : i + 4] for i in range(0, 14, 4))
    pin.edit.insert(grouped)  # pasted in groups of four: the spaces go, the digits stay
    assert pin.edit.text() == MOTHER


def test_the_patients_id_number_field_takes_digits_only_and_names_the_number_as_its_messages(
    qtbot, ui
) -> None:
    from terminal.ui.dialogs.idnumber import IdNumberEntry

    entry = IdNumberEntry(ui)
    qtbot.addWidget(entry)
    field = entry.field
    assert entry.title.text() == "ID number (PINFL) from the citizen's document"
    assert field.edit.placeholderText() == "14 digits"
    assert field.edit.accessibleName() == "ID number (PINFL)"
    qtbot.keyClicks(field.edit, "12ab-34")
    assert field.edit.text() == "1234"
    assert field.hint.text() == "4 of 14 digits"
    field.check(final=True)
    assert field.hint.text() == (
        "The ID number (PINFL) is not valid: it must have 14 digits, not 4."
        " Please check it against the document."
    )


def test_a_benefit_the_childrens_ages_rule_out_cannot_be_chosen_and_says_why(qtbot, ui, screen) -> None:
    form = family(
        members=[Member(MOTHER, "Rahimova Malika", "applicant"), Member(SON, "Rahimov Aziz", "child")],
        incomes=[],
    )
    saved_draft(ui, form)  # chosen before the family was typed: the child-care allowance, for an 11-year-old
    screen.refresh()
    qtbot.waitUntil(lambda: screen.draft_list.count() == 1, timeout=10_000)
    screen.resume()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.wizard, timeout=10_000)
    wizard = screen.wizard
    benefit = wizard.steps[4]
    childcare, under_14 = benefit.choices["childcare_under_2"], benefit.choices["children_under_14"]
    assert not childcare.isEnabled() and not childcare.isChecked()  # as soon as the ages are known
    assert benefit.why_not["childcare_under_2"].text() == (
        "Not for this family. No child in the family is under 2: the youngest, Rahimov Aziz,"
        " was born on 09.03.2015."
    )
    assert benefit.why_not["childcare_under_2"].isVisibleTo(benefit)
    assert under_14.isEnabled() and not benefit.why_not["children_under_14"].isVisibleTo(benefit)
    wizard.go(4)
    wait_tasks(qtbot, ui)
    assert wizard.index == 4 and focused() is under_14  # the first choice that can be made
    childcare.click()  # a disabled choice does not take a click
    assert benefit.code is None
    assert next_step(qtbot, ui, wizard) == 4
    assert wizard.banner.text() == "Choose the benefit the family asks for."
    # a baby added to the family: the allowance can be chosen again
    wizard.go(1)
    wait_tasks(qtbot, ui)
    members = wizard.steps[1]
    type_into(qtbot, members.name, "Rahimova Zarina")
    type_into(qtbot, members.pin, BABY)
    members.add.click()
    wizard.go(4)
    wait_tasks(qtbot, ui)
    assert wizard.index == 4 and childcare.isEnabled()
    assert not benefit.why_not["childcare_under_2"].isVisibleTo(benefit)
    childcare.click()
    assert next_step(qtbot, ui, wizard) == 5
    wait_tasks(qtbot, ui)
    (draft,) = ui.site.applications.drafts(ui.operator)
    assert draft["benefit_type"] == "childcare_under_2"


def test_removing_the_baby_undoes_the_child_care_allowance_at_once_and_says_why(qtbot, ui, screen) -> None:
    saved_draft(ui, family(incomes=[]))  # the allowance chosen for a family with a baby
    screen.refresh()
    qtbot.waitUntil(lambda: screen.draft_list.count() == 1, timeout=10_000)
    screen.resume()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.wizard, timeout=10_000)
    wizard = screen.wizard
    assert wizard.benefit.code == "childcare_under_2"
    wizard.go(1)
    wait_tasks(qtbot, ui)
    members = wizard.steps[1]
    members.items.setCurrentRow(1)  # Rahimova Zarina, 15 months
    members.remove.click()
    assert next_step(qtbot, ui, wizard) == 2
    assert wizard.banner.property("kind") == "warn"
    assert wizard.banner.text() == (
        "Child-care allowance (a child under 2) cannot be chosen for this family. No child in the family"
        " is under 2: the youngest, Rahimova Malika, was born on 02.04.1994. Choose another benefit."
    )
    assert wizard.benefit.code is None and not wizard.benefit.choices["childcare_under_2"].isEnabled()
    wait_tasks(qtbot, ui)
    (draft,) = ui.site.applications.drafts(ui.operator)
    assert draft["benefit_type"] is None  # the draft saved without it
