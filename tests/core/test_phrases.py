"""Words for the user are templates and params: English for the command line, whole sentences for the UI."""

from __future__ import annotations

import copy
import json
import pickle
from datetime import date

from biometrics.phrases import Phrase, render
from terminal.core.assessment import Household, assess
from terminal.core.chain import first_break
from terminal.core.dispensing import prescription_problem
from terminal.core.errors import ApplicationIncomplete, InvalidIdNumber, InvalidInput
from terminal.core.idnumbers import parse_id_number


def test_a_phrase_is_its_english_text_and_keeps_its_parts() -> None:
    words = Phrase("it expired on {date}", {"date": date(2026, 2, 1)}, code="expired")
    assert words == "it expired on 2026-02-01" and words.startswith("it expired")
    assert (words.template, words.code, words.params["date"]) == (
        "it expired on {date}",
        "expired",
        date(2026, 2, 1),
    )
    assert json.dumps({"problem": words}) == '{"problem": "it expired on 2026-02-01"}'
    for again in (copy.deepcopy(words), pickle.loads(pickle.dumps(words))):
        assert again == words and again.template == words.template and again.params == words.params


def test_lists_and_nested_phrases_fill_english_templates() -> None:
    assert render("{a}: {b}.", {"a": ("x", "y"), "b": Phrase("at most {n}", {"n": 3})}) == "x, y: at most 3."
    err = ApplicationIncomplete(missing=("the applicant", "the address"))
    assert err.message == "The application is not complete: the applicant, the address."
    assert err.params["missing"] == ("the applicant", "the address")


def test_an_id_number_of_the_wrong_length_says_so_in_a_template() -> None:
    try:
        parse_id_number("1234", "UZ")
    except InvalidIdNumber as exc:
        reason = exc.params["reason"]
        assert reason.template == "it must have {length} digits, not {count}"
        assert reason.params == {"length": 14, "count": 4}
        assert "must have 14 digits, not 4" in exc.message
    else:
        raise AssertionError("a 4-digit number was accepted")


def test_prescription_problems_carry_a_code_and_a_date_param() -> None:
    row = {"status": "active", "valid_from": "2026-01-01", "valid_until": "2026-02-01"}
    expired = prescription_problem(row, date(2026, 3, 1))
    early = prescription_problem(row, date(2025, 12, 1))
    cancelled = prescription_problem({**row, "status": "cancelled"}, date(2026, 1, 10))
    assert (expired.code, expired.params, expired) == (
        "expired",
        {"date": date(2026, 2, 1)},
        "it expired on 2026-02-01",
    )
    assert early.code == "not_yet_valid" and early.template == "it is valid only from {date}"
    assert cancelled.code == "cancelled" and prescription_problem(row, date(2026, 1, 10)) is None


def test_assessment_reasons_have_templates_with_money_already_formatted() -> None:
    household = Household((("Karimova Nodira", date(1990, 1, 1), "customs"),), (10_000_000,), ())
    result = assess("low_income_aid", household, date(2026, 11, 20), 64_800_000, 10**12, "UZS")
    restricted, income = result.reasons
    assert restricted.template.startswith("{name} serves in the customs bodies")
    assert restricted.text.startswith("Karimova Nodira serves in the customs bodies")
    assert income.params["per_capita"] == "100\u00a0000.00\u00a0so'm" and income.params["size"] == 1
    stored = result.as_dict()["reasons"][1]
    assert stored["template"] == income.template and stored["text"] == income.text


def test_audit_breaks_and_field_errors_are_phrases_too() -> None:
    brk = first_break([{"seq": 2, "prev_hash": "", "hash": ""}], ())
    assert brk is not None and brk.reason == "entry 1 is missing" and brk.reason.code == "missing"
    too_long = InvalidInput(field="address", reason=Phrase("at most {limit} characters", {"limit": 500}))
    assert too_long.message == "address: at most 500 characters."
