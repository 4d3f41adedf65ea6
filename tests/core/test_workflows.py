"""The workflow descriptors: every reader of a workflow finds all of it in one place."""

from __future__ import annotations

from sync.protocol.models import ENTITIES, PAYLOADS
from terminal.core import registry_news, retention, simulate
from terminal.core.roles import PERMISSIONS
from terminal.core.workflows import WORKFLOWS, by_act_kind, by_name


def test_each_workflow_is_read_by_the_store_sync_retention_and_the_simulator() -> None:
    names = [w.name for w in WORKFLOWS]
    assert names == ["dispensing", "meals", "applications", "aids"]
    for w in WORKFLOWS:
        assert by_name(w.name) is w and by_act_kind(w.act_kind) is w
        assert w.act_kind in PAYLOADS, f"{w.name}: the registry cannot read its acts"
        assert w.permission in PERMISSIONS, f"{w.name}: no role may do it"
        assert set(w.news) <= set(ENTITIES), f"{w.name}: news the protocol does not carry"
        assert all(registry_news.HANDLERS[entity] == handlers for entity, handlers in w.news.items())
        assert set(w.purge) <= set(retention._TX_DELETES), f"{w.name}: retention would keep its rows"
        assert simulate.RUNNERS[w.simulated_as], f"{w.name}: `hamyon simulate` does not know it"
    assert set(simulate.RUNNERS) == {w.simulated_as for w in WORKFLOWS}
    assert by_act_kind("reversal") is None


def test_every_entity_of_the_protocol_has_a_handler_and_every_table_with_acts_is_purged() -> None:
    assert set(ENTITIES) == set(registry_news.HANDLERS)
    purged = {table for table, _ in retention._TX_DELETES}
    for table in ("dispenses", "dispense_items", "meals", "applications", "aid_handovers"):
        assert table in purged


def test_the_reversible_workflows_are_those_the_terminal_the_protocol_and_the_registry_can_undo() -> None:
    from typing import get_args

    from sync.protocol.models import ReversalPayload
    from sync.server.reversals import UNDO
    from terminal.core import reversals

    kinds = {w.act_kind for w in WORKFLOWS if w.reversible}
    assert kinds == {"dispense", "meal", "aid_handover"}
    assert set(reversals.REVERSIBLE) == set(reversals._UNDO) == kinds
    assert set(get_args(ReversalPayload.model_fields["reverses_kind"].annotation)) == kinds
    assert set(UNDO) == kinds
    assert all(reversals.REVERSIBLE[w.act_kind] == w.permission for w in WORKFLOWS if w.reversible)
