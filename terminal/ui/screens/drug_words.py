"""The words of a prescription that come with the registry's data: a medicine's form, its unit, a dosage.

A registry sends them in its own words (the demo's are English, a doctor's
dosage is often Uzbek: "kuniga 1 tabletka"); those the window knows are shown
in the operator's language, any other as it came. A dosage the core can read
(:mod:`terminal.core.dosage`: an amount and the takes a day) is worded anew.
Each is a literal ``translate`` call so that ``pyside6-lupdate`` finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from terminal.core.dosage import DOSE_UNITS, amount_text, parse


def _forms() -> dict[str, str]:
    return {
        "tablets": QCoreApplication.translate("DrugWords", "tablets"),
        "capsules": QCoreApplication.translate("DrugWords", "capsules"),
        "inhaler": QCoreApplication.translate("DrugWords", "inhaler"),
        "pen": QCoreApplication.translate("DrugWords", "pen", "an insulin pen"),
        "syrup": QCoreApplication.translate("DrugWords", "syrup"),
        "drops": QCoreApplication.translate("DrugWords", "drops"),
        "ointment": QCoreApplication.translate("DrugWords", "ointment"),
        "ampoules": QCoreApplication.translate("DrugWords", "ampoules"),
    }


def _units() -> dict[str, str]:
    return {
        "tab": QCoreApplication.translate("DrugWords", "tab", "tablets, short: 30 tab"),
        "cap": QCoreApplication.translate("DrugWords", "cap", "capsules, short: 28 cap"),
        "pcs": QCoreApplication.translate("DrugWords", "pcs", "pieces, short: 2 pcs"),
        "ml": QCoreApplication.translate("DrugWords", "ml", "millilitres"),
        "amp": QCoreApplication.translate("DrugWords", "amp", "ampoules, short: 10 amp"),
    }


def _dosages() -> dict[str, str]:
    return {
        "as directed": QCoreApplication.translate("DrugWords", "as directed", "a dosage: as the doctor said")
    }


def drug_form(text: str) -> str:
    return _forms().get(text, text)


def drug_unit(text: str) -> str:
    return _units().get(text, text)


def dosage(text: str, unit: str = "") -> str:
    """The dosage in the window's language: "1 tab a day" when the core reads an amount a day in
    the drug's ``unit``, a known phrase ("as directed") translated, anything else as it came."""
    read = parse(text)
    if read.per_take is None or unit not in DOSE_UNITS:
        return _dosages().get(read.text, read.text)
    count, unit_words = amount_text(read.per_take), drug_unit(unit)
    if (read.times or 1) == 1:
        words = QCoreApplication.translate("DrugWords", "{count} {unit} a day", "a dosage: 1 tab a day")
        return words.format(count=count, unit=unit_words)
    words = QCoreApplication.translate(
        "DrugWords", "{count} {unit} {times} times a day", "a dosage: 1 tab 2 times a day"
    )
    return words.format(count=count, unit=unit_words, times=read.times)
