"""The terminal's log file, which never holds a personal ID number.

Code logs internal ids, never names, ID numbers or face data; as a second
line of defence a filter masks any run of 12 or 14 digits (an IIN or PINFL)
before a record is written.
"""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from terminal.core import private

_ID_NUMBER = re.compile(r"(?<!\d)(\d{8})(\d{4}|\d{6})(?!\d)")
LOG_FILE = "hamyon.log"


def scrub(text: str) -> str:
    """Mask every 12- or 14-digit run but its last four digits."""
    return _ID_NUMBER.sub(lambda m: "•" * (len(m.group(0)) - 4) + m.group(0)[-4:], text)


class IdNumberScrubber(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        return True


class PrivateFileHandler(RotatingFileHandler):
    """Rotated log files readable by the service account only (0600), the new one after a rollover too."""

    def _open(self):  # type: ignore[no-untyped-def]
        private.make_file(Path(self.baseFilename))
        return super()._open()


def configure(home: Path, level: int = logging.INFO) -> Path:
    """Log to ``home/logs/hamyon.log`` (rotated, 5 x 1 MB; the home 0700, the logs 0600); returns the
    file's path."""
    private.make_home(Path(home))
    folder = Path(home) / "logs"
    private.make_folder(folder)
    path = folder / LOG_FILE
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        handler = PrivateFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.addFilter(IdNumberScrubber())
        root.addHandler(handler)
    root.setLevel(level)
    return path
