"""The need assessment as a pure rule: per-capita income against the threshold, and the conditions."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from terminal.core.assessment import Household, assess

ON = date(2026, 11, 20)
ages = st.integers(0, 90 * 365)
members = st.lists(st.tuples(ages, st.sampled_from([None, None, None, "customs"])), min_size=1, max_size=9)
money = st.integers(0, 2_000_000_000)


def household(people, incomes, assets) -> Household:
    return Household(
        tuple((f"member {i}", ON - timedelta(days=days), body) for i, (days, body) in enumerate(people)),
        tuple(incomes),
        tuple(assets),
    )


@given(
    members,
    st.lists(money, max_size=5),
    st.lists(money, max_size=3),
    money,
    money,
    st.sampled_from(["childcare_under_2", "children_under_14", "low_income_aid"]),
)
def test_eligibility_follows_the_rules(people, incomes, assets, threshold, limit, benefit) -> None:
    result = assess(benefit, household(people, incomes, assets), ON, threshold, limit, "UZS")
    per_capita = sum(incomes) // len(people)
    assert result.per_capita_income == per_capita
    assert result.household_size == len(people)
    restricted = any(body for _, body in people)
    assert result.flagged == restricted
    condition = {
        "childcare_under_2": any(_age(d) < 2 for d, _ in people),
        "children_under_14": any(_age(d) < 14 for d, _ in people),
        "low_income_aid": True,
    }[benefit]
    expected = per_capita <= threshold and sum(assets) <= limit and not restricted and condition
    assert result.eligible == expected
    # Every negative verdict carries at least one unfavourable reason, in words.
    if not result.eligible:
        assert any(not r.favourable and r.text for r in result.reasons)


def _age(days_old: int) -> int:
    born = ON - timedelta(days=days_old)
    return ON.year - born.year - ((ON.month, ON.day) < (born.month, born.day))


def test_income_exactly_at_the_threshold_qualifies() -> None:
    h = household([(30 * 365, None), (3 * 365, None)], [200], [])
    assert assess("low_income_aid", h, ON, 100, 10, "UZS").eligible
    assert not assess("low_income_aid", h, ON, 99, 10, "UZS").eligible


def test_a_child_turning_two_today_no_longer_counts() -> None:
    born = date(2024, 11, 20)
    h = Household((("mother", date(1995, 1, 1), None), ("child", born, None)), (0,), ())
    result = assess("childcare_under_2", h, ON, 10, 10, "UZS")
    assert not result.eligible
    day_before = assess("childcare_under_2", h, ON - timedelta(days=1), 10, 10, "UZS")
    assert day_before.eligible and "23 months old" in day_before.reasons[-1].text


def test_the_childrens_ages_rule_out_a_benefit_before_anything_else_is_known() -> None:
    from terminal.core.assessment import benefits_ruled_out

    on = date(2026, 11, 20)
    mother, son = ("Rahimova Malika", date(1994, 4, 2)), ("Rahimov Aziz", date(2015, 3, 9))
    out = benefits_ruled_out([mother, son], on)
    assert list(out) == ["childcare_under_2"]  # an 11-year-old: not under 2, still under 14
    assert out["childcare_under_2"].text == (
        "No child in the family is under 2: the youngest, Rahimov Aziz, was born on 2015-03-09"
    )
    assert not out["childcare_under_2"].favourable
    assert benefits_ruled_out([mother, son, ("Rahimova Zarina", date(2025, 8, 14))], on) == {}
    assert set(benefits_ruled_out([mother], on)) == {"childcare_under_2", "children_under_14"}
    assert benefits_ruled_out([], on) == {}  # nobody typed yet: nothing ruled out
    second_birthday = benefits_ruled_out([mother, ("Rahimov Aziz", date(2024, 11, 20))], on)
    assert list(second_birthday) == ["childcare_under_2"]  # 2 today: no longer under 2
