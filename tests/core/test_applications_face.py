"""The applicant's face: checked against everyone enrolled, flagged for the registry when it passes for
someone else, enrolled for Face-ID after the submission only when that is allowed; never stored with the
application."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from biometrics import pipeline
from biometrics.images import load_image
from biometrics.matching import identify
from terminal.core import faces
from terminal.core.application_face import check_applicant_face, keep_applicant_face
from terminal.core.application_record import record
from terminal.core.applications import ApplicationForm, Member
from terminal.core.errors import ApplicationNotEditable, PermissionDenied
from terminal.core.site import Site

PEOPLE = Path(__file__).resolve().parents[2].parent / "shared" / "faces" / "people"


@pytest.fixture(scope="module")
def encodings() -> dict[str, np.ndarray]:
    if not PEOPLE.is_dir():
        pytest.skip(f"the shared face photos are not at {PEOPLE}")
    found = {}
    for name in ("obama_1.jpg", "obama_2.jpg", "obama_3.jpg", "biden_1.jpg", "biden_2.jpg"):
        path = PEOPLE / name.rsplit("_", 1)[0] / name
        result = pipeline.analyse(load_image(path), policy=pipeline.PHOTO_POLICY, max_side=1280, photo=True)
        assert result.encoding is not None
        found[name] = result.encoding
    return found


def citizens(site: Site, count: int) -> list[dict]:
    return site.store.all(
        "SELECT id, pin, surname, given_name, patronymic, birth_date FROM citizens WHERE removed_at IS NULL"
        " ORDER BY id LIMIT ?",
        (count,),
    )


def draft_for(site: Site, pin: str, name: str) -> str:
    form = ApplicationForm(
        benefit_type="low_income_aid",
        members=[Member(pin, name, "applicant")],
        address="Yunusobod 4-mavze, 12-uy",
        consent=True,
    )
    return site.applications.save_draft(site.operator("inspector"), form)


def test_a_face_that_passes_for_another_citizen_flags_the_application_and_is_never_kept(
    site, encodings
) -> None:
    lookalike, applicant = citizens(site, 2)
    inspector = site.operator("inspector")
    gallery = faces.load_gallery(site.store)
    faces.enroll(site, inspector, lookalike["id"], encodings["obama_1.jpg"], consent=True, gallery=gallery)
    app_id = draft_for(site, applicant["pin"], "Someone Else")
    taken = np.stack([encodings["obama_2.jpg"], encodings["obama_3.jpg"]])

    flag = check_applicant_face(site, inspector, app_id, gallery, taken)
    assert flag.flagged and flag.citizen_id == applicant["id"]
    [other] = flag.looks_like
    name = " ".join(p for p in (lookalike["surname"], lookalike["given_name"], lookalike["patronymic"]) if p)
    assert (other.citizen_id, other.full_name, other.birth_date) == (
        lookalike["id"],
        name,
        lookalike["birth_date"],
    )
    view = site.applications.load(inspector, app_id)
    assert view.face_check == flag  # kept with the draft
    stored = site.store.scalar("SELECT face_check FROM applications WHERE id = ?", (app_id,))
    assert lookalike["pin"] not in stored and applicant["pin"] not in stored
    [entry] = site.store.all("SELECT subject, details FROM audit WHERE action = 'application_face_check'")
    assert entry["subject"] == f"application:{app_id}"
    assert json.loads(entry["details"]) == {"result": "other", "looks_like": [lookalike["id"]]}

    submitted = site.applications.submit(inspector, app_id)
    assert submitted.face_check is not None and submitted.face_check.flagged
    payload = json.loads(
        site.store.scalar(
            "SELECT payload FROM transactions WHERE uuid = (SELECT tx_uuid FROM applications WHERE id = ?)",
            (app_id,),
        )
    )
    assert payload["face_check"] == {
        "result": "other",
        "checked_at": flag.at,
        "looks_like": [lookalike["pin"]],
    }
    history = record(site, inspector, app_id).history
    assert [e.code for e in history] == ["created", "face_checked", "submitted"]
    assert (
        history[1].words
        == f"Face checked: it looks like {name}, born {lookalike['birth_date']}; flagged for the registry"
    )

    before = site.store.scalar("SELECT count(*) FROM face_templates")
    kept = keep_applicant_face(site, inspector, app_id, taken, consent=True, gallery=gallery)
    assert kept.reason == "flagged" and not kept.enrolled
    assert site.store.scalar("SELECT count(*) FROM face_templates") == before
    with pytest.raises(ApplicationNotEditable):  # the check belongs to the draft
        check_applicant_face(site, inspector, app_id, gallery, taken)


def test_a_new_face_of_a_local_citizen_is_enrolled_after_the_submission_with_consent(site, encodings) -> None:
    [applicant] = citizens(site, 1)
    inspector = site.operator("inspector")
    gallery = faces.load_gallery(site.store)
    app_id = draft_for(site, applicant["pin"], "Local Applicant")
    taken = np.stack([encodings["biden_1.jpg"], encodings["biden_2.jpg"]])
    flag = check_applicant_face(site, inspector, app_id, gallery, taken)
    assert flag.result == "new" and flag.looks_like == () and flag.citizen_id == applicant["id"]
    assert keep_applicant_face(site, inspector, app_id, taken, consent=True, gallery=gallery).reason == (
        "not_submitted"
    )
    site.applications.submit(inspector, app_id)
    assert keep_applicant_face(site, inspector, app_id, taken, consent=False, gallery=gallery).reason == (
        "no_consent"
    )
    assert (
        keep_applicant_face(site, inspector, app_id, None, consent=True, gallery=gallery).reason
        == "no_template"
    )
    kept = keep_applicant_face(site, inspector, app_id, taken, consent=True, gallery=gallery)
    assert kept.reason == "enrolled" and len(kept.template_ids) == 2
    rows = site.store.all(
        "SELECT citizen_id, source FROM face_templates WHERE id IN (?, ?)", kept.template_ids
    )
    assert rows == [{"citizen_id": applicant["id"], "source": "terminal"}] * 2
    assert identify(gallery, encodings["biden_1.jpg"]).identity == applicant["id"]

    # the same face checked again for the enrolled citizen (a new draft of theirs): it is theirs
    again = draft_for(site, applicant["pin"], "Local Applicant")
    assert check_applicant_face(site, inspector, again, gallery, taken).result == "same"

    # a face never checked is never enrolled
    unchecked = draft_for(site, citizens(site, 2)[1]["pin"], "Never Checked")
    site.applications.submit(inspector, unchecked)
    kept = keep_applicant_face(site, inspector, unchecked, taken, consent=True, gallery=gallery)
    assert kept.reason == "not_checked" and not kept.enrolled


def test_the_face_of_someone_not_on_the_sites_list_is_used_for_the_check_only(site, encodings) -> None:
    from datetime import date

    from terminal.core.idnumbers import make_id_number

    inspector = site.operator("inspector")
    gallery = faces.load_gallery(site.store)
    app_id = draft_for(site, make_id_number("UZ", date(1994, 4, 2), "F", 11), "Rahimova Malika")
    taken = np.stack([encodings["biden_1.jpg"]])
    flag = check_applicant_face(site, inspector, app_id, gallery, taken)
    assert flag.result == "new" and flag.citizen_id is None
    site.applications.submit(inspector, app_id)
    before = site.store.scalar("SELECT count(*) FROM face_templates")
    assert keep_applicant_face(site, inspector, app_id, taken, consent=True, gallery=gallery).reason == (
        "not_registered"
    )
    assert site.store.scalar("SELECT count(*) FROM face_templates") == before
    # nothing of the template is in the application's tables
    blob = taken[0].astype("<f4").tobytes()
    for table in ("applications", "application_members", "application_incomes", "application_assets"):
        for row in site.store.all(f"SELECT * FROM {table}"):
            assert not any(isinstance(v, bytes) and blob[:64] in v for v in row.values())
            assert not any(isinstance(v, str) and "encoding" in v for v in row.values())
    with pytest.raises(PermissionDenied):
        check_applicant_face(site, site.operator("nurse"), app_id, gallery, taken)
