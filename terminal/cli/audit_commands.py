"""``hamyon audit verify``: check the audit trail's and the transaction log's hash chains."""

from __future__ import annotations

import click

from terminal.cli.output import print_json


@click.group()
def audit() -> None:
    """The audit trail."""


@audit.command("verify")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_obj
def verify(obj: dict, as_json: bool) -> None:
    """Report the first entry that was edited, removed or reordered; exit 1 if there is one."""
    from terminal.core import acts
    from terminal.core import audit as audit_trail
    from terminal.core.store import Store

    with Store.open(obj["home"]) as store:
        entries, audit_break = audit_trail.verify(store)
        txs, log_break = acts.verify_log(store)
        anchors = {r["chain"]: r["seq"] for r in store.all("SELECT chain, seq FROM chain_anchors")}
    report = {
        "audit_entries": entries,
        "transactions": txs,
        "ok": audit_break is None and log_break is None,
        "audit_break": audit_break and {"seq": audit_break.seq, "reason": audit_break.reason},
        "log_break": log_break and {"seq": log_break.seq, "reason": log_break.reason},
        "purged_up_to": anchors,  # retention anchors: each chain is checked from there
    }
    if as_json:
        print_json(report)
    else:
        chains = (
            ("audit trail", entries, audit_break, "audit"),
            ("transaction log", txs, log_break, "transactions"),
        )
        for name, count, brk, chain in chains:
            since = f" after the purged entries up to {anchors[chain]}" if chain in anchors else ""
            if brk is None:
                click.echo(f"{name}: {count} entries{since}, chain intact")
            else:
                click.echo(f"{name}: BROKEN at entry {brk.seq}: {brk.reason}")
    if not report["ok"]:
        raise click.exceptions.Exit(1)
