"""The preliminary need assessment of an application, with its reasons in plain words.

Per-capita income (all monthly incomes / household size) against a
configurable threshold, declared assets against a limit, the benefit's own
condition (a child under 2, children under 14), and the rule that families of
staff of the defence, interior, emergency, security, national guard and
customs bodies may not apply: such an application is flagged. The registry
makes the decision; this tells the inspector and the family what to expect.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from biometrics.phrases import render, term
from terminal.core.citizens import age_on
from terminal.core.money import format_money

BENEFIT_TYPES = {
    "childcare_under_2": term("child-care allowance (child under 2)"),
    "children_under_14": term("allowance for families with children under 14"),
    "low_income_aid": term("material aid for low-income families"),
}
# A family member's place of work -> the reason that flags the application (one whole sentence each).
RESTRICTED_BODIES = {
    "defence": term("{name} serves in the defence bodies: their families may not receive these benefits"),
    "interior": term(
        "{name} serves in the internal affairs bodies: their families may not receive these benefits"
    ),
    "emergency": term(
        "{name} serves in the emergency situations bodies: their families may not receive these benefits"
    ),
    "security": term(
        "{name} serves in the state security bodies: their families may not receive these benefits"
    ),
    "national_guard": term(
        "{name} serves in the national guard bodies: their families may not receive these benefits"
    ),
    "customs": term("{name} serves in the customs bodies: their families may not receive these benefits"),
}


@dataclass(frozen=True)
class Reason:
    """One reason of the verdict: ``template`` (English, translated whole by the UI) filled by ``params``.

    Money in ``params`` is already formatted (``format_money``); ``text`` is the English sentence.
    """

    code: str
    template: str
    favourable: bool
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return render(self.template, self.params)


@dataclass(frozen=True)
class Assessment:
    benefit_type: str
    eligible: bool
    flagged: bool
    household_size: int
    total_income: int
    per_capita_income: int
    threshold: int
    total_assets: int
    asset_limit: int
    reasons: tuple[Reason, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "benefit_type": self.benefit_type,
            "eligible": self.eligible,
            "flagged": self.flagged,
            "household_size": self.household_size,
            "total_income": self.total_income,
            "per_capita_income": self.per_capita_income,
            "threshold": self.threshold,
            "total_assets": self.total_assets,
            "asset_limit": self.asset_limit,
            "reasons": [
                {
                    "code": r.code,
                    "template": r.template,
                    "params": r.params,
                    "text": r.text,
                    "favourable": r.favourable,
                }
                for r in self.reasons
            ],
        }


@dataclass(frozen=True)
class Household:
    """What the assessment reads: (name, birth date, restricted body or None) per member."""

    members: tuple[tuple[str, date, str | None], ...]
    monthly_incomes: tuple[int, ...]
    asset_values: tuple[int, ...]


def assess(
    benefit_type: str,
    household: Household,
    on: date,
    threshold: int,
    asset_limit: int,
    currency: str,
) -> Assessment:
    def money(v: int) -> str:
        return format_money(v, currency)

    size = len(household.members)
    total = sum(household.monthly_incomes)
    per_capita = total // size if size else total
    assets = sum(household.asset_values)
    reasons: list[Reason] = []
    flagged = False

    for name, _born, body in household.members:
        if body:
            flagged = True
            reasons.append(
                Reason("restricted_body", RESTRICTED_BODIES[body], False, {"name": name, "body": body})
            )

    params = {"per_capita": money(per_capita), "threshold": money(threshold), "size": size}
    if per_capita <= threshold:
        reasons.append(
            Reason(
                "income_within_threshold",
                "Income per person {per_capita} a month ({size} in the family) is at or below"
                " the threshold of {threshold}",
                True,
                params,
            )
        )
    else:
        reasons.append(
            Reason(
                "income_above_threshold",
                "Income per person {per_capita} a month ({size} in the family) is above"
                " the threshold of {threshold}",
                False,
                params,
            )
        )

    if assets > asset_limit:
        reasons.append(
            Reason(
                "assets_above_limit",
                "Declared assets worth {assets} exceed the limit of {limit}",
                False,
                {"assets": money(assets), "limit": money(asset_limit)},
            )
        )

    reasons.extend(_benefit_condition(benefit_type, household, on))
    eligible = not any(not r.favourable for r in reasons)
    return Assessment(
        benefit_type,
        eligible,
        flagged,
        size,
        total,
        per_capita,
        threshold,
        assets,
        asset_limit,
        tuple(reasons),
    )


def _benefit_condition(benefit_type: str, household: Household, on: date) -> list[Reason]:
    ages = [(name, born, age_on(born, on)) for name, born, _ in household.members]
    if benefit_type == "childcare_under_2":
        babies = [(name, _months(born, on)) for name, born, age in ages if age < 2]
        if babies:
            name, months = min(babies, key=lambda b: b[1])
            return [
                Reason(
                    "child_under_2", "{name} is {months} months old", True, {"name": name, "months": months}
                )
            ]
        return [Reason("no_child_under_2", "No child in the family is under 2", False)]
    if benefit_type == "children_under_14":
        children = [name for name, _, age in ages if age < 14]
        if children:
            return [
                Reason(
                    "children_under_14",
                    "{count} children under 14 in the family",
                    True,
                    {"count": len(children)},
                )
            ]
        return [Reason("no_child_under_14", "No child in the family is under 14", False)]
    return []


# A benefit the children's ages rule out, and why (the youngest member, with their birth date, shows it).
_AGE_LIMITS = {
    "childcare_under_2": (
        2,
        term("No child in the family is under 2: the youngest, {name}, was born on {born}"),
    ),
    "children_under_14": (
        14,
        term("No child in the family is under 14: the youngest, {name}, was born on {born}"),
    ),
}


def benefits_ruled_out(members: Sequence[tuple[str, date]], on: date) -> dict[str, Reason]:
    """The benefits this family's ages already rule out, each with its reason, before anything else is known.

    ``members``: (name, birth date) of everyone in the family. An empty family rules nothing out yet.
    """
    if not members:
        return {}
    name, born = max(members, key=lambda m: m[1])
    youngest = age_on(born, on)
    return {
        code: Reason(f"no_child_under_{limit}", template, False, {"name": name, "born": born})
        for code, (limit, template) in _AGE_LIMITS.items()
        if youngest >= limit
    }


def _months(born: date, on: date) -> int:
    return (on.year - born.year) * 12 + on.month - born.month - (on.day < born.day)
