"""The workflows as units: what the store, sync, retention, simulator, demo, audit pages and window read.

A workflow (dispensing medicines, school meals, applications, technical aids) is described once here:
its name (the same word names its core module and its window screen), the
kind of its acts, the permission an operator's role must give, the registry's news it applies, and
what retention removes with its acts. Adding one means its own modules, a migration, a role's
permission, and one descriptor here (see docs/adding-a-workflow.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from biometrics.phrases import term
from terminal.core import aids_news, application_news, dispensing_news, meal_news
from terminal.core.news_rules import Handlers

# In a retention statement, the acts being purged (``:upto`` is the last purged sequence number).
PURGED_ACTS = "(SELECT uuid FROM transactions WHERE seq <= :upto)"


@dataclass(frozen=True)
class Workflow:
    name: str  # its core module and window screen
    title: str  # what the window and the command line call it
    simulated_as: str  # `hamyon simulate KIND`: its acts, in the plural
    act_kind: str  # the kind of its acts in the outbox and on the wire (sync.protocol PAYLOADS)
    permission: str  # what an operator's role must allow (terminal.core.roles.PERMISSIONS)
    news: Handlers  # the registry's entities it applies (terminal.core.registry_news)
    purge: tuple[tuple[str, str], ...]  # retention: (table, DELETE of the purged acts' rows), children first
    reversible: bool = False  # a supervisor may cancel a mistaken act (terminal.core.reversals)


_APPLICATIONS = f"(SELECT id FROM applications WHERE tx_uuid IN {PURGED_ACTS})"

DISPENSING = Workflow(
    name="dispensing",
    simulated_as="dispenses",
    title=term("medicines"),
    act_kind="dispense",
    permission=term("dispense medicines"),
    news=dispensing_news.NEWS,
    reversible=True,
    purge=(
        (
            "dispense_packs",
            "DELETE FROM dispense_packs WHERE dispense_id IN"
            f" (SELECT id FROM dispenses WHERE tx_uuid IN {PURGED_ACTS})",
        ),
        (
            "dispense_items",
            "DELETE FROM dispense_items WHERE dispense_id IN"
            f" (SELECT id FROM dispenses WHERE tx_uuid IN {PURGED_ACTS})",
        ),
        ("dispenses", f"DELETE FROM dispenses WHERE tx_uuid IN {PURGED_ACTS}"),
    ),
)
MEALS = Workflow(
    name="meals",
    simulated_as="meals",
    title=term("school meals"),
    act_kind="meal",
    permission=term("serve school meals"),
    news=meal_news.NEWS,
    reversible=True,
    purge=(("meals", f"DELETE FROM meals WHERE tx_uuid IN {PURGED_ACTS}"),),
)
APPLICATIONS = Workflow(
    name="applications",
    simulated_as="applications",
    title=term("applications"),
    act_kind="application",
    permission=term("register applications"),
    news=application_news.NEWS,
    purge=(
        *(
            (table, f"DELETE FROM {table} WHERE application_id IN {_APPLICATIONS}")
            for table in ("application_members", "application_incomes", "application_assets")
        ),
        (
            "application_decisions",
            f"DELETE FROM application_decisions WHERE application_id IN {_APPLICATIONS}",
        ),
        ("applications", f"DELETE FROM applications WHERE tx_uuid IN {PURGED_ACTS}"),
    ),
)
AIDS = Workflow(
    name="aids",
    simulated_as="aids",
    title=term("technical aids"),
    act_kind="aid_handover",
    permission=term("hand over technical aids"),
    news=aids_news.NEWS,
    reversible=True,
    purge=(("aid_handovers", f"DELETE FROM aid_handovers WHERE tx_uuid IN {PURGED_ACTS}"),),
)
WORKFLOWS: tuple[Workflow, ...] = (DISPENSING, MEALS, APPLICATIONS, AIDS)


_BY_NAME = {w.name: w for w in WORKFLOWS}


def by_name(name: str) -> Workflow:
    """The workflow called ``name``; KeyError if there is none."""
    return _BY_NAME[name]


def by_act_kind(kind: str) -> Workflow | None:
    """The workflow whose acts are of ``kind`` (None for acts of no workflow: faces, reversals)."""
    return next((w for w in WORKFLOWS if w.act_kind == kind), None)
