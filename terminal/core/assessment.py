"""The preliminary need assessment of an application, with its reasons in plain words.

Per-capita income (all monthly incomes / household size) against a
configurable threshold, declared assets against a limit, the benefit's own
condition (a child under 2, children under 14), and the rule that families of
staff of the defence, interior, emergency, security, national guard and
customs bodies may not apply: such an application is flagged. The registry
makes the decision; this tells the inspector and the family what to expect.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from terminal.core.citizens import age_on
from terminal.core.money import format_money

BENEFIT_TYPES = {
    "childcare_under_2": "child-care allowance (child under 2)",
    "children_under_14": "allowance for families with children under 14",
    "low_income_aid": "material aid for low-income families",
}
RESTRICTED_BODIES = {
    "defence": "defence",
    "interior": "internal affairs",
    "emergency": "emergency situations",
    "security": "state security",
    "national_guard": "national guard",
    "customs": "customs",
}


@dataclass(frozen=True)
class Reason:
    code: str
    text: str
    favourable: bool
    params: dict[str, Any] = field(default_factory=dict)


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
                {"code": r.code, "text": r.text, "favourable": r.favourable, "params": r.params}
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
                Reason(
                    "restricted_body",
                    f"{name} serves in the {RESTRICTED_BODIES[body]} bodies: their families may not "
                    "receive these benefits",
                    False,
                    {"name": name, "body": body},
                )
            )

    params = {"per_capita": per_capita, "threshold": threshold, "size": size}
    if per_capita <= threshold:
        reasons.append(
            Reason(
                "income_within_threshold",
                f"Income per person {money(per_capita)} a month ({size} in the family) is at or below "
                f"the threshold of {money(threshold)}",
                True,
                params,
            )
        )
    else:
        reasons.append(
            Reason(
                "income_above_threshold",
                f"Income per person {money(per_capita)} a month ({size} in the family) is above "
                f"the threshold of {money(threshold)}",
                False,
                params,
            )
        )

    if assets > asset_limit:
        reasons.append(
            Reason(
                "assets_above_limit",
                f"Declared assets worth {money(assets)} exceed the limit of {money(asset_limit)}",
                False,
                {"assets": assets, "limit": asset_limit},
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
                    "child_under_2", f"{name} is {months} months old", True, {"name": name, "months": months}
                )
            ]
        return [Reason("no_child_under_2", "No child in the family is under 2", False)]
    if benefit_type == "children_under_14":
        children = [name for name, _, age in ages if age < 14]
        if children:
            return [
                Reason(
                    "children_under_14",
                    f"{len(children)} children under 14 in the family",
                    True,
                    {"count": len(children)},
                )
            ]
        return [Reason("no_child_under_14", "No child in the family is under 14", False)]
    return []


def _months(born: date, on: date) -> int:
    return (on.year - born.year) * 12 + on.month - born.month - (on.day < born.day)
