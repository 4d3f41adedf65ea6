"""A prescription's dosage, read from the registry's words: how much a day, and so how much to hand out.

The registry sends the dosage as the doctor wrote it ("kuniga 1 tabletka",
"kuniga 2 marta 1 tabletkadan", "по 1 таблетке 2 раза в день", "1 tablet
twice a day", "as directed"). :func:`parse` finds the amount per take and the
takes a day in Uzbek (Latin and Cyrillic), Karakalpak, Kazakh, Russian and
English; anything it cannot read is kept as free text (``per_day`` None), and
the window then shows it as it came.

:func:`suggested_quantity` is the quantity a nurse hands out by default: a
dispensing period's worth (:data:`DISPENSING_DAYS`), never more than remains
on the prescription or lies in stock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from math import ceil

# The registry's prescriptions carry no dispensing period (the seeds' courses are a month's
# supply, and a prescription runs 30, 60 or 90 days): a patient takes home 30 days at a time.
DISPENSING_DAYS = 30
# Units a dosage counts in; an inhaler or an insulin pen ("pcs") lasts many doses, so its
# dosage says nothing about how many pieces a month needs.
DOSE_UNITS = frozenset({"tab", "cap", "amp", "ml"})

_DAILY = re.compile(
    r"(kuniga|kunda|kúnine|kunine|кунига|кунда|күніне|кунне|в\s+день|в\s+сутки|/\s*сут|"
    r"a\s+day|per\s+day|daily|/\s*day)",
    re.IGNORECASE,
)
_NUMBER = r"(\d+/\d+|\d+(?:[.,]\d+)?)"
_TIMES = re.compile(_NUMBER + r"\s*(?:marta|mahal|марта|маҳал|махал|раза?|рет|ret|times|x|×)", re.I)
_WORD_TIMES = {"once": 1, "twice": 2, "thrice": 3}
_WORD_TIMES_RE = re.compile(r"\b(once|twice|thrice)\b", re.IGNORECASE)
_ANY_NUMBER = re.compile(_NUMBER)


@dataclass(frozen=True)
class Dosage:
    text: str  # as the registry sent it
    per_take: Fraction | None = None  # units each time; None: the text does not say
    times: int | None = None  # takes a day; None: the text does not say

    @property
    def per_day(self) -> Fraction | None:
        if self.per_take is None:
            return None
        return self.per_take * (self.times or 1)


def _number(text: str) -> Fraction:
    return Fraction(text.replace(",", "."))


def parse(text: str) -> Dosage:
    """What ``text`` says about a day's doses; a text without a daily word is free text."""
    words = (text or "").strip()
    if not _DAILY.search(words):
        return Dosage(words)
    times, rest = None, words
    found = _TIMES.search(words)
    if found:
        times, rest = int(_number(found.group(1))), words[: found.start()] + " " + words[found.end() :]
    else:
        said = _WORD_TIMES_RE.search(words)
        if said:
            times = _WORD_TIMES[said.group(1).lower()]
    amount = _ANY_NUMBER.search(rest)
    if amount is None:
        return Dosage(words, Fraction(1), times) if times else Dosage(words)
    per_take = _number(amount.group(1))
    if per_take <= 0 or (times is not None and times <= 0):
        return Dosage(words)
    return Dosage(words, per_take, times or 1)


def describe(dosage: Dosage, unit: str) -> str:
    """The dosage in English (the command line's receipt); free text as it came."""
    if dosage.per_take is None or unit not in DOSE_UNITS:
        return dosage.text
    count = amount_text(dosage.per_take)
    if (dosage.times or 1) == 1:
        return f"{count} {unit} a day"
    return f"{count} {unit} {dosage.times} times a day"


def amount_text(value: Fraction) -> str:
    """1, 2, 0.5: as few digits as the amount needs."""
    if value.denominator == 1:
        return str(value.numerator)
    return f"{float(value):.2f}".rstrip("0").rstrip(".")


def suggested_quantity(
    *,
    dosage: str,
    unit: str,
    prescribed: int,
    remaining: int,
    in_stock: int,
    valid_from: date,
    valid_until: date,
    days: int = DISPENSING_DAYS,
) -> int:
    """A dispensing period's worth, capped by what remains and what is in stock.

    A day's amount is the dosage's when it counts in the drug's unit; otherwise the
    prescription's own pace (what it prescribes over the days it runs), so a 60-day
    prescription of 60 tablets gives 30, and one shorter than the period gives all of it.
    """
    if remaining <= 0 or in_stock <= 0:
        return 0
    per_day = parse(dosage).per_day if unit in DOSE_UNITS else None
    if per_day is not None:
        wanted = ceil(per_day * days)
    else:
        runs = max((valid_until - valid_from).days, 1)
        wanted = ceil(Fraction(prescribed * days, runs))
    return max(0, min(wanted, remaining, in_stock))
