"""The window's choices kept for this terminal in ``HOME/ui.json``: language, high contrast, large text.

One reader for the start-up (the language) and the window (all of them). A file that is missing,
unreadable, broken or not a JSON object gives no preferences (the defaults), with one line in the log
that never quotes the file; a value of the wrong kind is left out. Written whole or not at all: a
temporary file beside it, then moved into place.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from pathlib import Path
from typing import Any

from terminal.ui.i18n import BY_CODE

log = logging.getLogger("hamyon.ui")
FILE = "ui.json"
SWITCHES = ("high_contrast", "large_text")


def read(home: Path) -> dict[str, Any]:
    """The saved preferences; {} when there are none that can be read."""
    try:
        data = json.loads((home / FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:  # ValueError: broken JSON or text that is not UTF-8
        log.warning(
            "the window preferences (%s) cannot be read (%s): defaults are used", FILE, type(exc).__name__
        )
        return {}
    if not isinstance(data, dict):
        log.warning("the window preferences (%s) are not a JSON object: defaults are used", FILE)
        return {}
    if data.get("language") not in BY_CODE:
        data.pop("language", None)
    for key in SWITCHES:
        if not isinstance(data.get(key, False), bool):
            data.pop(key)
    return data


def write(home: Path, preferences: dict[str, Any]) -> None:
    """Save ``preferences`` (a failure is logged: the window goes on with them for this run)."""
    part = home / (FILE + ".part")
    try:
        part.write_text(json.dumps(preferences), encoding="utf-8")
        os.replace(part, home / FILE)
    except OSError:
        log.warning("cannot save the window preferences")
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
