"""Start the package's build as soon as the session knows it will test the package."""

from __future__ import annotations

import os
import shutil

import pytest

from tests.installer import building


def pytest_collection_finish(session: pytest.Session) -> None:
    wanted = any(item.nodeid.startswith("tests/installer/test_deb.py") for item in session.items)
    skipped = os.environ.get("HAMYON_SKIP_INSTALLER") == "1" or shutil.which("dpkg-deb") is None
    if wanted and not skipped:
        try:
            import PyInstaller  # noqa: F401
        except ImportError:
            return  # the package tests say so themselves
        building.start()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    building.stop(interrupted=exitstatus == pytest.ExitCode.INTERRUPTED)
