"""What F1 says on each screen: a title and a few plain sentences, in the operator's language.

One topic per screen (:data:`TOPICS`), found from the widget in view by :data:`SCREENS` (see
:mod:`terminal.ui.dialogs.help`). The words are read when the help opens, so they are in the language
chosen then; they are translated in the context ``Help`` (``QCoreApplication.translate``, which
``pyside6-lupdate`` extracts like ``self.tr``). Key names are written as the keyboard writes them
(F5, Enter, Esc, Ctrl+P), in every language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from terminal.ui import help_aids


@dataclass(frozen=True)
class HelpText:
    title: str
    lines: tuple[str, ...]


def _signin() -> HelpText:
    return HelpText(
        QCoreApplication.translate("Help", "Signing in"),
        (
            QCoreApplication.translate(
                "Help", "Choose your name in the list: tap it, or use the arrow keys."
            ),
            QCoreApplication.translate("Help", "Type your PIN and press Enter. The PIN is never shown."),
            QCoreApplication.translate(
                "Help",
                "After several wrong PINs in a row your name is locked for some minutes. A supervisor can "
                "set a new PIN for you.",
            ),
        ),
    )


def _lock() -> HelpText:
    return HelpText(
        QCoreApplication.translate("Help", "The terminal is locked"),
        (
            QCoreApplication.translate(
                "Help",
                "The terminal locked itself after some minutes without use, so that nobody passing by "
                "sees a patient's details.",
            ),
            QCoreApplication.translate("Help", "Type your PIN and press Enter to go on where you were."),
            QCoreApplication.translate(
                "Help",
                "Someone else may choose their own name and sign in instead: the first operator is then "
                "signed out.",
            ),
        ),
    )


def _faceid() -> HelpText:
    return HelpText(
        QCoreApplication.translate("Help", "Who is the patient?"),
        (
            QCoreApplication.translate(
                "Help",
                "Ask the patient to look at the camera and to do what the screen says, for example to turn "
                "the head. The patient's prescriptions open by themselves.",
            ),
            QCoreApplication.translate(
                "Help",
                "F2: type the ID number from the patient's document; the face is checked against it. "
                "F3: a supervisor's override, when the face cannot be checked. F4: start again.",
            ),
            QCoreApplication.translate(
                "Help",
                "F5: find a patient by name, birth date or ID number. F6: today's hand-outs and the stock.",
            ),
        ),
    )


def _dispensing() -> HelpText:
    return HelpText(
        QCoreApplication.translate("Help", "Handing out medicines"),
        (
            QCoreApplication.translate(
                "Help",
                "Each prescription shows the quantity to hand out for one period: never more than is left "
                "on the prescription or in stock.",
            ),
            QCoreApplication.translate(
                "Help", "Change a quantity with − and + or with the arrow keys; 0 hands out none of it."
            ),
            QCoreApplication.translate(
                "Help",
                "Enter shows a summary first: check it with the patient, then Enter hands out and records "
                "it, Esc goes back. Esc here: the next patient, nothing recorded.",
            ),
        ),
    )


def _handout() -> HelpText:
    return HelpText(
        QCoreApplication.translate("Help", "Before the hand-out"),
        (
            QCoreApplication.translate("Help", "Check the medicines and the quantities with the patient."),
            QCoreApplication.translate("Help", "Enter hands them out and records it; the receipt follows."),
            QCoreApplication.translate("Help", "Esc goes back to the quantities: nothing is recorded."),
        ),
    )


def _receipt() -> HelpText:
    return HelpText(
        QCoreApplication.translate("Help", "The receipt"),
        (
            QCoreApplication.translate("Help", "The hand-out is recorded."),
            QCoreApplication.translate(
                "Help", "Choose the paper, then Ctrl+P prints the receipt. Ctrl+S saves it as a PDF file."
            ),
            QCoreApplication.translate("Help", "Enter or Esc: the next patient."),
        ),
    )


def _search() -> HelpText:
    return HelpText(
        QCoreApplication.translate("Help", "Find a patient"),
        (
            QCoreApplication.translate(
                "Help",
                "Type the name (in Latin or Cyrillic letters), the birth date (DD.MM.YYYY) or the ID "
                "number, then press Enter.",
            ),
            QCoreApplication.translate(
                "Help", "Choose the patient with the arrow keys and press Enter to open their history."
            ),
            QCoreApplication.translate(
                "Help",
                "Finding a patient does not identify them: the face is checked before anything is handed "
                "out. Esc goes back.",
            ),
        ),
    )


def _history() -> HelpText:
    return HelpText(
        QCoreApplication.translate("Help", "The patient's history"),
        (
            QCoreApplication.translate(
                "Help", "The prescribed medicines, what is left of them, and what was handed out here."
            ),
            QCoreApplication.translate(
                "Help",
                "Enter checks the patient's face, then the medicines can be handed out. Ctrl+R prints the "
                "last receipt again. Esc goes back to the list.",
            ),
            QCoreApplication.translate(
                "Help",
                "Enroll face takes the patient's face template, with their consent, so that Face-ID knows "
                "them at the next visit.",
            ),
        ),
    )


def _enroll_face() -> HelpText:
    return HelpText(
        QCoreApplication.translate("Help", "Enrolling a face"),
        (
            QCoreApplication.translate(
                "Help",
                "Read the consent to the citizen. Tick it only if they agree: without it no face template "
                "can be taken. Only numbers that describe the face are kept, never a picture.",
            ),
            QCoreApplication.translate(
                "Help",
                "Ask them to look at the camera in good light until five good pictures are counted.",
            ),
            QCoreApplication.translate(
                "Help",
                "If the face looks like someone already enrolled, their name is shown and only a supervisor "
                "can let it be enrolled, with their PIN and a reason. Esc cancels: nothing is kept.",
            ),
        ),
    )


def _day() -> HelpText:
    return HelpText(
        QCoreApplication.translate("Help", "Today's hand-outs and stock"),
        (
            QCoreApplication.translate(
                "Help",
                "Today's hand-outs at this terminal and what they cost the state, then the stock of each "
                "medicine: the ones running low first, marked.",
            ),
            QCoreApplication.translate("Help", "Esc goes back to Face-ID."),
        ),
    )


def _override() -> HelpText:
    return HelpText(
        QCoreApplication.translate("Help", "Supervisor override"),
        (
            QCoreApplication.translate(
                "Help",
                "When Face-ID cannot identify the citizen, a supervisor can vouch for them. Type the "
                "citizen's ID number from their document.",
            ),
            QCoreApplication.translate(
                "Help",
                "The supervisor chooses their own name, types their own PIN and writes the reason. It is "
                "recorded with the act it allows.",
            ),
            QCoreApplication.translate("Help", "Esc cancels: nothing is recorded."),
        ),
    )


def _supervisor_word() -> HelpText:
    return HelpText(
        QCoreApplication.translate("Help", "A supervisor's word"),
        (
            QCoreApplication.translate(
                "Help",
                "This act is out of the ordinary, for example a meal outside its hours or an act to "
                "reverse. It is recorded only on a supervisor's word.",
            ),
            QCoreApplication.translate(
                "Help",
                "The supervisor chooses their own name, types their own PIN and writes the reason.",
            ),
            QCoreApplication.translate("Help", "Esc cancels: nothing is recorded."),
        ),
    )


def _canteen() -> HelpText:
    return HelpText(
        QCoreApplication.translate("Help", "School meals"),
        (
            QCoreApplication.translate(
                "Help",
                "Choose the meal and the class. Then tap each child as they are served, or move with the "
                "arrow keys and press Enter.",
            ),
            QCoreApplication.translate(
                "Help",
                "A served child's tile shows the time; a child is served once a meal. A dashed tile: not "
                "eligible for free meals.",
            ),
            QCoreApplication.translate(
                "Help",
                "Outside the meal's hours a meal is recorded only on a supervisor's word: their name, their "
                "PIN and the reason.",
            ),
            QCoreApplication.translate(
                "Help", "Service act and invoice: the documents for the meals served in a period."
            ),
        ),
    )


def _meal_reports() -> HelpText:
    return HelpText(
        QCoreApplication.translate("Help", "Service act and invoice"),
        (
            QCoreApplication.translate(
                "Help",
                "Choose the school, the first day and the last day, then make the documents: a PDF to "
                "print and sign, and a CSV file for spreadsheets.",
            ),
            QCoreApplication.translate("Help", "Only the meals actually served are counted."),
        ),
    )


def _applications() -> HelpText:
    return HelpText(
        QCoreApplication.translate("Help", "Applications for social support"),
        (
            QCoreApplication.translate(
                "Help",
                "New application opens the form. A draft is saved at every step: resume it or discard it "
                "here.",
            ),
            QCoreApplication.translate(
                "Help",
                "Submitted applications wait here until they reach the registry; they are sent whenever the "
                "terminal is online.",
            ),
            QCoreApplication.translate(
                "Help",
                "Every sent application has a number and a status. Open one to see its history and to print "
                "the slip for the family.",
            ),
        ),
    )


def _wizard() -> HelpText:
    return HelpText(
        QCoreApplication.translate("Help", "The application form"),
        (
            QCoreApplication.translate(
                "Help",
                "Fill in one step at a time. Next checks the step and saves the draft; Back goes to the "
                "step before. The list on the left shows every step.",
            ),
            QCoreApplication.translate(
                "Help", "Save and close keeps the draft, to finish it later from the list of drafts."
            ),
            QCoreApplication.translate(
                "Help",
                "The last step shows the assessment. Submit puts the application in the queue for the "
                "registry; it cannot be changed after that.",
            ),
            QCoreApplication.translate(
                "Help",
                "The face step needs the applicant's own consent to a face template. If the face looks like "
                "someone already enrolled, the application is marked for the registry to check.",
            ),
        ),
    )


def _operators() -> HelpText:
    return HelpText(
        QCoreApplication.translate("Help", "Operators"),
        (
            QCoreApplication.translate(
                "Help",
                "Choose an operator to set a new PIN, for example when they forgot theirs: type it twice.",
            ),
            QCoreApplication.translate(
                "Help", "Unlock lets an operator locked after wrong PINs sign in again."
            ),
        ),
    )


def _overrides() -> HelpText:
    return HelpText(
        QCoreApplication.translate("Help", "Overrides"),
        (
            QCoreApplication.translate(
                "Help",
                "Medicines handed over on a supervisor's word when Face-ID could not match, newest first: "
                "who handed them over, who approved, and why.",
            ),
        ),
    )


def _audit() -> HelpText:
    return HelpText(
        QCoreApplication.translate("Help", "Audit trail"),
        (
            QCoreApplication.translate("Help", "Every sensitive act at this terminal, newest first."),
            QCoreApplication.translate(
                "Help",
                "Verify the chain checks that no entry was changed or removed behind the program's back.",
            ),
        ),
    )


def _sync_problems() -> HelpText:
    return HelpText(
        QCoreApplication.translate("Help", "Sync problems"),
        (
            QCoreApplication.translate(
                "Help",
                "Acts the registry did not take, and news from the registry this terminal could not apply.",
            ),
            QCoreApplication.translate(
                "Help",
                "Nothing is lost: every act stays on this terminal. Give the act's number to the registry's "
                "help desk.",
            ),
        ),
    )


def _todays_acts() -> HelpText:
    return HelpText(
        QCoreApplication.translate("Help", "Today's acts"),
        (
            QCoreApplication.translate(
                "Help", "Hand-outs, meals and aids recorded at this terminal today, newest first."
            ),
            QCoreApplication.translate(
                "Help",
                "Choose a mistaken one and reverse it, on a supervisor's word with the reason. Medicines go "
                "back on the prescription and in stock; a meal no longer counts; an aid's entitlement can "
                "be handed over again.",
            ),
        ),
    )


def _status() -> HelpText:
    return HelpText(
        QCoreApplication.translate("Help", "The bar at the bottom"),
        (
            QCoreApplication.translate(
                "Help",
                "Online or offline: offline, work goes on and the acts wait in the queue until the registry "
                "can be reached.",
            ),
            QCoreApplication.translate(
                "Help",
                "Queue: acts not sent yet. Set aside: acts the registry did not take; a supervisor sees them "
                "under Sync problems. Sync now (F9) sends at once.",
            ),
        ),
    )


def _general() -> HelpText:
    return HelpText(
        QCoreApplication.translate("Help", "Hamyon Terminal"),
        (QCoreApplication.translate("Help", "Press F1 on any screen for help about it."),),
    )


def _everywhere() -> HelpText:
    """Said under every screen's help: the keys of the whole window."""
    return HelpText(
        QCoreApplication.translate("Help", "On every screen"),
        (
            QCoreApplication.translate(
                "Help",
                "A+ at the top makes the text larger, for you or for a patient who reads along "
                "(Ctrl+Plus); press it again for the usual size (Ctrl+Minus).",
            ),
        ),
    )


TOPICS: dict[str, Callable[[], HelpText]] = {
    "signin": _signin,
    "lock": _lock,
    "faceid": _faceid,
    "dispensing": _dispensing,
    "handout": _handout,
    "receipt": _receipt,
    "search": _search,
    "history": _history,
    "enroll_face": _enroll_face,
    "day": _day,
    "override": _override,
    "supervisor_word": _supervisor_word,
    "canteen": _canteen,
    "meal_reports": _meal_reports,
    "applications": _applications,
    "wizard": _wizard,
    "operators": _operators,
    "overrides": _overrides,
    "audit": _audit,
    "sync_problems": _sync_problems,
    "todays_acts": _todays_acts,
    "status": _status,
    "general": _general,
    "everywhere": _everywhere,
}


def _aids_topic(words: Callable[[], help_aids.Words]) -> Callable[[], HelpText]:
    return lambda: HelpText(*words())


# the social worker's topics, kept in their own module
TOPICS.update(
    aids_faceid=_aids_topic(help_aids.aids_faceid),
    aids=_aids_topic(help_aids.aids),
    aids_day=_aids_topic(help_aids.aids_day),
)

# The widget (its class's name, or a base class's) whose help a topic is: the nearest one around the
# focus, else the innermost one in view. A page's words are the page's own, not its workspace's.
SCREENS: dict[str, str] = {
    "LockScreen": "lock",
    "SignInScreen": "signin",
    "FaceIdPanel": "faceid",
    "DispensingPanel": "dispensing",
    "HandOutDialog": "handout",
    "ReceiptPanel": "receipt",
    "PatientSearchPanel": "search",
    "PatientHistoryPanel": "history",
    "EnrollFaceDialog": "enroll_face",
    "PharmacyDayPanel": "day",
    "OverrideDialog": "override",
    "SupervisorWordDialog": "supervisor_word",
    "MealsScreen": "canteen",
    "MealReportPanel": "meal_reports",
    "ApplicationsScreen": "applications",
    "SentApplicationsPage": "applications",
    "ApplicationRecordPage": "applications",
    "ApplicationWizard": "wizard",
    "OperatorsPage": "operators",
    "OverridesPage": "overrides",
    "AuditPage": "audit",
    "SyncProblemsPage": "sync_problems",
    "TodaysActsPage": "todays_acts",
    "StatusPanel": "status",
    "AidsFaceIdPanel": "aids_faceid",
    "EntitlementsPanel": "aids",
    "AidsDayPanel": "aids_day",
}


def help_for(topic: str) -> HelpText:
    """The words of ``topic`` in the current language (the general help for a topic not known)."""
    return TOPICS.get(topic, _general)()
