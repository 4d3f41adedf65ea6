"""Where the store lives: the terminal's home folder and the store file's name in it.

The lowest of the store's modules: it imports none of them, so any of them may use it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

STORE_FILE = "hamyon.db"


def default_home() -> Path:
    """``HAMYON_HOME``, else the platform's per-user data folder."""
    if env := os.environ.get("HAMYON_HOME"):
        return Path(env)
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", Path.home())) / "Hamyon"
    return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "hamyon"
