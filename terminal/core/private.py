"""Folders and files for the account the terminal runs as, and no one else (POSIX modes; Windows
keeps its per-user profile's rights)."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

POSIX = sys.platform != "win32"


def make_home(home: Path) -> None:
    """Create ``home`` 0700 (its missing parents as the umask says: they may be shared)."""
    home = Path(home)
    if home.is_dir():
        return
    home.parent.mkdir(parents=True, exist_ok=True)
    home.mkdir(mode=0o700, exist_ok=True)
    if POSIX:
        os.chmod(home, 0o700)  # whatever the umask said


def make_folder(folder: Path) -> None:
    """A folder inside the home, 0700."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if POSIX:
        os.chmod(folder, 0o700)


def make_file(path: Path) -> None:
    """Create ``path`` empty and 0600 if it is not there; tighten it if it is ours and looser."""
    if not POSIX:
        path.touch(exist_ok=True)
        return
    if not path.exists():
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        return
    info = path.stat()
    if info.st_mode & 0o077 and info.st_uid == os.getuid():
        with contextlib.suppress(OSError):  # a read-only disk: readable as it is
            os.chmod(path, 0o600)
