"""The operator's words for the codes the core uses in applications (benefits, relations, sources...).

Each is a literal ``translate`` call so that ``pyside6-lupdate`` finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def benefit_types() -> dict[str, str]:
    return {
        "childcare_under_2": QCoreApplication.translate(
            "ApplicationWords", "Child-care allowance (a child under 2)"
        ),
        "children_under_14": QCoreApplication.translate(
            "ApplicationWords", "Allowance for families with children under 14"
        ),
        "low_income_aid": QCoreApplication.translate(
            "ApplicationWords", "Material aid for low-income families"
        ),
    }


def relations() -> dict[str, str]:
    """Relations to the applicant (the applicant is entered on the first step)."""
    return {
        "spouse": QCoreApplication.translate("ApplicationWords", "Spouse"),
        "child": QCoreApplication.translate("ApplicationWords", "Child"),
        "parent": QCoreApplication.translate("ApplicationWords", "Parent"),
        "sibling": QCoreApplication.translate("ApplicationWords", "Brother or sister"),
        "grandchild": QCoreApplication.translate("ApplicationWords", "Grandchild"),
        "other": QCoreApplication.translate("ApplicationWords", "Other relative"),
        "applicant": QCoreApplication.translate("ApplicationWords", "Applicant"),
    }


def income_sources() -> dict[str, str]:
    return {
        "salary": QCoreApplication.translate("ApplicationWords", "Salary"),
        "pension": QCoreApplication.translate("ApplicationWords", "Pension"),
        "allowance": QCoreApplication.translate("ApplicationWords", "Allowance"),
        "business": QCoreApplication.translate("ApplicationWords", "Business"),
        "agriculture": QCoreApplication.translate("ApplicationWords", "Farming"),
        "other": QCoreApplication.translate("ApplicationWords", "Other income"),
    }


def asset_kinds() -> dict[str, str]:
    return {
        "dwelling": QCoreApplication.translate("ApplicationWords", "Home"),
        "land": QCoreApplication.translate("ApplicationWords", "Land"),
        "vehicle": QCoreApplication.translate("ApplicationWords", "Vehicle"),
        "livestock": QCoreApplication.translate("ApplicationWords", "Livestock"),
        "deposit": QCoreApplication.translate("ApplicationWords", "Bank deposit"),
        "other": QCoreApplication.translate("ApplicationWords", "Other property"),
    }


def restricted_bodies() -> dict[str, str]:
    """Where a family member serves, for the rule that such families may not apply; "": none of these."""
    return {
        "": QCoreApplication.translate("ApplicationWords", "None of these bodies"),
        "defence": QCoreApplication.translate("ApplicationWords", "Defence"),
        "interior": QCoreApplication.translate("ApplicationWords", "Internal affairs"),
        "emergency": QCoreApplication.translate("ApplicationWords", "Emergency situations"),
        "security": QCoreApplication.translate("ApplicationWords", "State security"),
        "national_guard": QCoreApplication.translate("ApplicationWords", "National guard"),
        "customs": QCoreApplication.translate("ApplicationWords", "Customs"),
    }


def sync_states() -> dict[str | None, str]:
    return {
        "queued": QCoreApplication.translate("ApplicationWords", "Waiting to be sent to the registry"),
        "set_aside": QCoreApplication.translate(
            "ApplicationWords", "Set aside: the registry did not take it; ask a supervisor"
        ),
        "synced": QCoreApplication.translate("ApplicationWords", "At the registry"),
        None: QCoreApplication.translate("ApplicationWords", "Not submitted"),
    }


def sexes() -> dict[str, str]:
    return {
        "M": QCoreApplication.translate("ApplicationWords", "male"),
        "F": QCoreApplication.translate("ApplicationWords", "female"),
    }
