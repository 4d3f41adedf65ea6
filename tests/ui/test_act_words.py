"""Every kind of act the terminal sends has words on the audit trail and on the Sync problems page: a
supervisor never reads an internal name such as ``face_learned``."""

from __future__ import annotations

import pytest

from sync.protocol.models import PAYLOADS


@pytest.mark.parametrize("kind", sorted(PAYLOADS))
def test_every_act_kind_is_worded_for_the_supervisor(qapp, kind: str) -> None:
    from terminal.ui.screens.audit_page import action_names
    from terminal.ui.screens.sync_problems_page import act_kinds

    assert action_names()[kind].strip() and action_names()[kind] != kind
    assert act_kinds()[kind].strip() and act_kinds()[kind] != kind


def test_every_audit_action_the_core_writes_is_worded(qapp) -> None:
    """The actions are read from the core's source (``action="..."``): a new one without words fails."""
    import re
    from pathlib import Path

    from terminal.ui.screens.audit_page import action_names

    core = Path(__file__).resolve().parents[2] / "terminal" / "core"
    written = {m for f in core.glob("*.py") for m in re.findall(r'\baction="([a-z_]+)"', f.read_text())}
    assert {"sign_in_failed", "operator_unlocked", "patient_search"} <= written  # the scan works
    assert sorted(written - set(action_names())) == []
