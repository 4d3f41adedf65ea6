"""The words of a prescription that come with the registry's data: a medicine's form, its unit, a dosage.

A registry sends them in its own words (the demo's are English); those the
window knows are shown in the operator's language, any other as it came.
Each is a literal ``translate`` call so that ``pyside6-lupdate`` finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


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


def dosage(text: str) -> str:
    return _dosages().get(text, text)
