"""Every main screen in every language at 1366 x 768: no words cut off, no window wider than the screen.

The walk is ``tests.ui.shots`` (run it as a script for the pictures): the sign-in, the status bar of
an offline terminal, the nurse's Face-ID, ID number, prescriptions, receipt and the supervisor's
override, the canteen and its act-and-invoice dialog, the applications and each step of the form,
the supervisor's pages and the first-run set-up.
"""

from __future__ import annotations

from terminal.ui.i18n import LANGUAGES
from tests.ui import shots


def test_no_screen_cuts_off_its_words_in_any_language(qapp) -> None:
    walked = shots.run([lang.code for lang in LANGUAGES], out=None)
    assert len(walked.problems) == 24 * len(LANGUAGES)
    assert {key: found for key, found in walked.problems.items() if found} == {}
