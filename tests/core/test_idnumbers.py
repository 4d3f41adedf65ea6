"""Check digits and birth dates of IIN (Kazakhstan) and PINFL (Uzbekistan)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from terminal.core.errors import InvalidIdNumber
from terminal.core.idnumbers import (
    iin_check_digit,
    is_valid,
    make_id_number,
    make_iin,
    make_pinfl,
    mask,
    parse_id_number,
    pinfl_check_digit,
)

births = st.dates(min_value=date(1900, 1, 1), max_value=date(2026, 11, 1))
sexes = st.sampled_from("MF")


def test_pinfl_worked_example() -> None:
    # 3 (male, 1900s) 150385 (15 March 1985) 261 (district) 045 (serial) + check digit
    head = "3150385261045"
    weights = [7, 3, 1] * 4 + [7]
    check = sum(int(d) * w for d, w in zip(head, weights, strict=True)) % 10
    number = parse_id_number(head + str(check), "UZ")
    assert number.birth_date == date(1985, 3, 15)
    assert number.sex == "M"
    assert not is_valid(head + str((check + 1) % 10), "UZ")


def test_iin_worked_example() -> None:
    # 850315 (15 March 1985) 4 (female, 1900s) 0123 serial
    head = [int(c) for c in "85031540123"]
    first = sum(d * w for d, w in zip(head, range(1, 12), strict=True)) % 11
    assert first != 10  # this example needs no second pass
    number = parse_id_number("85031540123" + str(first), "KZ")
    assert (number.birth_date, number.sex) == (date(1985, 3, 15), "F")


def test_iin_second_weights_used_when_first_sum_gives_ten() -> None:
    # Find 11 digits whose first checksum is 10 and check the second weights decide.
    for serial in range(10000):
        head = [int(c) for c in f"9001013{serial:04d}"]
        if sum(d * w for d, w in zip(head, range(1, 12), strict=True)) % 11 == 10:
            second = sum(d * w for d, w in zip(head, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), strict=True)) % 11
            assert iin_check_digit(head) == (None if second == 10 else second)
            break
    else:
        pytest.fail("no serial needs the second weights")


@given(births, sexes, st.integers(0, 899), st.integers(0, 999))
def test_generated_pinfl_is_valid_and_carries_its_birth_date(born, sex, district, serial) -> None:
    number = parse_id_number(make_pinfl(born, sex, district, serial), "UZ")
    assert (number.birth_date, number.sex) == (born, sex)


@given(births, sexes, st.integers(0, 9999))
def test_generated_iin_is_valid_and_carries_its_birth_date(born, sex, serial) -> None:
    iin = make_iin(born, sex, serial)
    if iin is None:  # about one serial in eleven has no check digit: make_id_number skips those
        century = {1800: 1, 1900: 3, 2000: 5}[born.year // 100 * 100] + (sex == "F")
        head = f"{born.year % 100:02d}{born:%m%d}{century}{serial:04d}"
        assert iin_check_digit([int(c) for c in head]) is None
        return
    number = parse_id_number(iin, "KZ")
    assert (number.birth_date, number.sex) == (born, sex)


@given(births, sexes, st.integers(0, 10**6), st.integers(0, 13), st.integers(1, 9))
def test_any_single_digit_change_breaks_a_pinfl(born, sex, serial, position, delta) -> None:
    pin = make_id_number("UZ", born, sex, serial)
    changed = pin[:position] + str((int(pin[position]) + delta) % 10) + pin[position + 1 :]
    assert not is_valid(changed, "UZ")


@given(births, sexes, st.integers(0, 10**4), st.integers(1, 9))
def test_a_changed_iin_check_digit_is_refused(born, sex, serial, delta) -> None:
    iin = make_id_number("KZ", born, sex, serial)
    assert not is_valid(iin[:-1] + str((int(iin[-1]) + delta) % 10), "KZ")


@given(st.text(max_size=20))
def test_arbitrary_text_never_crashes_the_validator(text) -> None:
    for country in ("UZ", "KZ"):
        try:
            parse_id_number(text, country)
        except InvalidIdNumber as exc:
            assert exc.code == "invalid_id_number"


@pytest.mark.parametrize(
    ("text", "country", "reason"),
    [
        ("1234", "UZ", "14 digits"),
        ("12345678901234", "KZ", "12 digits"),
        ("3150385A610451", "UZ", "digits only"),
        ("٣١٥٠٣٨٥٢٦١٠٤٥٣", "UZ", "digits only"),  # Arabic-Indic digits are not ID digits
    ],
)
def test_wrong_shapes_are_refused_with_the_reason(text, country, reason) -> None:
    with pytest.raises(InvalidIdNumber, match=reason):
        parse_id_number(text, country)


def test_impossible_birth_date_is_invalid_even_with_a_fitting_check_digit() -> None:
    head = "3300285261045"  # 30 February 1985
    number = head + str(pinfl_check_digit([int(c) for c in head]))
    with pytest.raises(InvalidIdNumber, match="impossible"):
        parse_id_number(number, "UZ")
    iin_head = [int(c) for c in "85023040123"]  # 30 February
    check = iin_check_digit(iin_head)
    assert check is not None
    with pytest.raises(InvalidIdNumber, match="impossible"):
        parse_id_number("85023040123" + str(check), "KZ")


def test_birth_in_the_future_is_invalid() -> None:
    pin = make_pinfl(date(2026, 12, 24), "F", 100, 1)
    assert is_valid(pin, "UZ")
    assert not is_valid(pin, "UZ", today=date(2026, 11, 20))


def test_century_digit_outside_one_to_six_is_invalid() -> None:
    head = "7150385261045"
    number = head + str(pinfl_check_digit([int(c) for c in head]))
    with pytest.raises(InvalidIdNumber, match="century"):
        parse_id_number(number, "UZ")


def test_spaces_and_dashes_between_groups_are_accepted() -> None:
    pin = make_pinfl(date(1950, 1, 2), "M", 261, 7)
    assert parse_id_number(f" {pin[:7]} {pin[7:10]}-{pin[10:]} ", "UZ").value == pin


def test_mask_shows_only_the_last_four_digits() -> None:
    assert mask("31503852610453") == "••••••••••0453"
    assert "3150385" not in mask("31503852610453")
