"""``hamyon receipt export``: the receipt of a dispense or an aid hand-over as a PDF, marked and audited."""

from __future__ import annotations

from pathlib import Path

import click


@click.group()
def receipt() -> None:
    """Receipts of dispenses and technical aids handed over."""


@receipt.command("export")
@click.option("--tx", "tx_uuid", default=None, help="The act's id ('hamyon simulate --jsonl' prints them).")
@click.option("--last", is_flag=True, help="The newest dispense or hand-over recorded at this terminal.")
@click.option(
    "--out",
    required=True,
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="The PDF file to write (its folder is made if needed).",
)
@click.option(
    "--operator", "login", required=True, help="Who exports it: an operator whose role does that act."
)
@click.option(
    "--pin",
    prompt="PIN",
    hide_input=True,
    envvar="HAMYON_PIN",
    help="The operator's PIN (asked for when not given; or HAMYON_PIN).",
)
@click.pass_obj
def export(obj: dict, tx_uuid: str | None, last: bool, out: Path, login: str, pin: str) -> None:
    """Write the receipt of one dispense or aid hand-over (--tx ID, or --last) as a PDF to --out.

    The operator signs in with their PIN (wrong PINs count toward the lockout, as in the window); the PDF
    carries who exported it, when and from which terminal, and the export goes into the audit trail.
    """
    if (tx_uuid is None) == (not last):
        raise click.UsageError("give either --tx ID or --last")
    from terminal.core import act_receipts, operators
    from terminal.core.site_context import SiteContext
    from terminal.core.store import Store

    with Store.open(obj["home"]) as store:
        site = SiteContext(store)
        operator = operators.check_pin(site, login, pin, purpose="export")
        if last:
            tx_uuid = act_receipts.newest(site)
            if tx_uuid is None:
                raise click.ClickException("nothing with a receipt has been recorded at this terminal yet")
        assert tx_uuid is not None
        try:
            written = act_receipts.export(site, operator, tx_uuid, out)
        except OSError as exc:
            raise click.ClickException(f"cannot write {out}: {exc.strerror or exc}") from exc
    click.echo(f"receipt of {tx_uuid} written to {written}")
