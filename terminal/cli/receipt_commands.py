"""``hamyon receipt export|verify``: the receipt of a dispense or an aid hand-over as a PDF with a signed QR
code, marked and audited; and the check of such a receipt (its PDF, a photo of it, or the QR's text)."""

from __future__ import annotations

from pathlib import Path

import click

EXIT_INVALID = 1  # the receipt was read and is not what it says
EXIT_UNREADABLE = 3  # no receipt could be read from the input


@click.group()
def receipt() -> None:
    """Receipts of dispenses and technical aids handed over: export one, check one."""


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
    "--operator",
    "login",
    default=None,
    help="Who exports it: an operator whose role does that act (signs in with a PIN). Without it the"
    " export is recorded as made from the command line of this terminal.",
)
@click.option(
    "--pin",
    default=None,
    envvar="HAMYON_PIN",
    help="The operator's PIN (asked for when --operator is given without it; or HAMYON_PIN).",
)
@click.pass_obj
def export(obj: dict, tx_uuid: str | None, last: bool, out: Path, login: str | None, pin: str | None) -> None:
    """Write the receipt of one dispense or aid hand-over (--tx ID, or --last) as a PDF to --out.

    The receipt carries a QR code: the act's facts signed by this terminal's device key ('hamyon receipt
    verify' checks it). With --operator, the operator signs in with their PIN (wrong PINs count toward the
    lockout, as in the window); the PDF carries who exported it, when and from which terminal, and the
    export goes into the audit trail.
    """
    if (tx_uuid is None) == (not last):
        raise click.UsageError("give either --tx ID or --last")
    if login is not None and pin is None:
        pin = click.prompt("PIN", hide_input=True)
    from terminal.core import act_receipts, operators
    from terminal.core.site_context import SiteContext
    from terminal.core.store import Store

    with Store.open(obj["home"]) as store:
        site = SiteContext(store)
        operator = None if login is None else operators.check_pin(site, login, str(pin), purpose="export")
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


@receipt.command("verify")
@click.argument("source")
@click.option(
    "--db",
    "db_url",
    default=None,
    envvar="HAMYON_REGISTRY_DB",
    help="Check against the registry's devices (sqlite:///... or postgresql://...) instead of this"
    " terminal's own key: any terminal's receipts, revoked devices named.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the verdict as JSON.")
@click.pass_obj
def verify(obj: dict, source: str, db_url: str | None, as_json: bool) -> None:
    """Check the receipt in SOURCE: a receipt PDF, a photo of one (JPEG, PNG...), a file holding the QR
    code's text, or that text itself (it starts HR1:).

    Prints what the receipt says, then 'valid' or 'INVALID: why'. Offline: the signature is checked
    against the device key this terminal knows (its own), or with --db against the registry's devices;
    when the act was recorded here, the receipt must also say what the act says. Exit status 0: valid;
    1: INVALID; 3: no receipt could be read from SOURCE.
    """
    from terminal.cli import receipt_verify

    checked = receipt_verify.run(obj["home"], source, db_url)
    if checked is None:
        raise click.exceptions.Exit(EXIT_UNREADABLE)
    receipt_verify.show(checked, as_json)
    if not checked.verdict.valid:
        raise click.exceptions.Exit(EXIT_INVALID)
