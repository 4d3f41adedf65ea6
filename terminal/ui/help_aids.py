"""What F1 says on the social worker's screens (technical aids), in the context ``Help`` like the rest
of :mod:`terminal.ui.help_texts`, which makes each (title, lines) a topic."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

Words = tuple[str, tuple[str, ...]]  # the title and the lines


def aids_faceid() -> Words:
    return (
        QCoreApplication.translate("Help", "Who is the person?"),
        (
            QCoreApplication.translate(
                "Help",
                "Ask the person to look at the camera and to do what the screen says, for example to turn "
                "the head. The person's technical aids open by themselves.",
            ),
            QCoreApplication.translate(
                "Help",
                "F2: type the ID number from the person's document; the face is checked against it. "
                "F3: a supervisor's override, when the face cannot be checked. F4: start again.",
            ),
            QCoreApplication.translate("Help", "F6: today's hand-overs at this terminal."),
        ),
    )


def aids() -> Words:
    return (
        QCoreApplication.translate("Help", "Handing over a technical aid"),
        (
            QCoreApplication.translate(
                "Help",
                "The list shows the person's technical aids. Grey ones cannot be handed over today: the "
                "line says why.",
            ),
            QCoreApplication.translate(
                "Help",
                "Choose the aid with the arrow keys, then type or scan the serial number on its label.",
            ),
            QCoreApplication.translate(
                "Help",
                "Enter hands it over and records it; the receipt follows. Esc: the next person, nothing "
                "recorded.",
            ),
        ),
    )


def aids_day() -> Words:
    return (
        QCoreApplication.translate("Help", "Today's hand-overs"),
        (
            QCoreApplication.translate(
                "Help", "The technical aids handed over at this terminal today, the newest first."
            ),
            QCoreApplication.translate(
                "Help",
                "A line in red was handed over at another office as well: tell the supervisor.",
            ),
            QCoreApplication.translate(
                "Help", "A line struck through was reversed by a supervisor: it no longer counts."
            ),
            QCoreApplication.translate("Help", "Esc goes back to Face-ID."),
        ),
    )
