"""Every main screen in every language at 1024 x 560 (a 1024 x 600 netbook less its taskbar), 1366 x 768
and 1920 x 1080: no words cut off, no controls over each other, the primary action in view without
scrolling, no window larger than the screen.

The walk is ``tests.ui.shots`` (run it as a script for the pictures): the sign-in, the status bar of
an offline terminal, the nurse's Face-ID, ID number, prescriptions, hand-out summary, receipt, patient
search, history and day, and the supervisor's override, the canteen and its act-and-invoice dialog, the
applications and each step of the form, the social worker's Face-ID, technical aids, receipt and day,
the supervisor's pages and the first-run set-up. All of it, every language at every size, takes about
two minutes on two cores.
"""

from __future__ import annotations

from terminal.ui.i18n import LANGUAGES
from tests.ui import shots


def test_every_screen_fits_every_size_in_every_language(qapp) -> None:
    walked = shots.run([lang.code for lang in LANGUAGES], out=None)
    assert len(walked.problems) == shots.SCREENS * len(shots.SIZES) * len(LANGUAGES)
    assert {key: found for key, found in walked.problems.items() if found} == {}
