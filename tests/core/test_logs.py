"""Logs never hold a personal ID number: a workflow run leaves none in the log file."""

from __future__ import annotations

import logging
from pathlib import Path

from terminal.core.logs import IdNumberScrubber, scrub
from tests.cli_runner import hamyon


def test_scrub_masks_twelve_and_fourteen_digit_runs_only() -> None:
    assert scrub("pin 31503852610453 iin 850315401234 phone 998901234567") == (
        "pin ••••••••••0453 iin ••••••••1234 phone ••••••••4567"
    )
    assert scrub("order 123456 and 1234567890123") == "order 123456 and 1234567890123"


def test_the_filter_scrubs_messages_arguments_and_tracebacks(tmp_path: Path) -> None:
    logger = logging.getLogger("test.scrub")
    handler = logging.FileHandler(tmp_path / "x.log")
    handler.addFilter(IdNumberScrubber())
    logger.addHandler(handler)
    try:
        logger.warning("looked up %s", "31503852610453")
        try:
            raise ValueError("bad number 850315401234")
        except ValueError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
        handler.close()
    text = (tmp_path / "x.log").read_text()
    assert "31503852610453" not in text and "850315401234" not in text
    assert "••••0453" in text and "••••1234" in text


def test_a_full_workflow_run_logs_no_id_number(tmp_path: Path) -> None:
    hamyon("simulate", "applications", "--count", "5", home=tmp_path)
    hamyon("simulate", "dispenses", "--count", "5", home=tmp_path)
    from terminal.core.store_cipher import raw_connection

    pins = [
        r[0]
        for r in raw_connection(tmp_path).execute(
            "SELECT pin FROM citizens UNION SELECT pin FROM application_members"
        )
    ]
    logs = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "logs").glob("*.log*"))
    assert pins and not [p for p in pins if p in logs]
