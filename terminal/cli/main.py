"""``hamyon``: the command-line surface of DESIGN.md.

Exit status 0 means success; a failure prints one clear line on stderr and
exits non-zero. Machine-readable output is JSON. Heavy modules are imported
inside the commands, so ``hamyon --help`` and short commands start fast.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path

import click

from biometrics.phrases import UserError
from terminal.core.store import default_home

log = logging.getLogger("hamyon.cli")


def user_error_message(exc: BaseException) -> str | None:
    """The plain words of an error meant for the user (any package's), else None."""
    return exc.message if isinstance(exc, UserError) else None


class HamyonGroup(click.Group):
    """The one place errors become one line on stderr; unexpected ones also go to the log file."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except KeyboardInterrupt:
            raise click.exceptions.Exit(130) from None
        except Exception as exc:
            message = user_error_message(exc)
            if message is not None:
                raise click.ClickException(message) from exc
            log.exception("unexpected failure")
            where = ctx.obj.get("log_file") if isinstance(ctx.obj, dict) else None
            raise click.ClickException(
                f"unexpected failure ({type(exc).__name__}); details are in {where or 'the log'}"
            ) from exc


@click.group(cls=HamyonGroup, invoke_without_command=True)
@click.option(
    "--home",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="HAMYON_HOME",
    help="The terminal's data folder (default: HAMYON_HOME or the user's data folder).",
)
@click.option(
    "--camera", default=None, help="For the window: a webcam number, a video file or an image folder."
)
@click.option("--language", default=None, help="For the window: uz_Latn, uz_Cyrl, kaa, kk, ru or en.")
@click.version_option(package_name="hamyon-terminal", prog_name="hamyon")
@click.pass_context
def cli(ctx: click.Context, home: Path | None, camera: str | None, language: str | None) -> None:
    """Hamyon Terminal: Face-ID, free medicines, school meals and benefit applications, offline.

    Without a command it opens the terminal window (the first-run set-up on a new home).
    """
    home = home or default_home()
    ctx.obj = {"home": home, "log_file": None}
    if "--help" not in sys.argv:
        from terminal.core import logs

        with contextlib.suppress(OSError):  # a read-only home: the command itself will say so
            ctx.obj["log_file"] = logs.configure(home)
    if ctx.invoked_subcommand is None:
        from terminal.ui.app import run

        raise click.exceptions.Exit(run(home, camera or "0", language))


def _register() -> None:
    from terminal.cli import (
        audit_commands,
        bench_commands,
        bench_memory,
        bench_store_check,
        bio_commands,
        bio_watch,
        bundle_commands,
        receipt_commands,
        retention_commands,
        site_commands,
        store_commands,
        sync_commands,
    )

    for command in (
        site_commands.demo,
        site_commands.status,
        site_commands.simulate,
        bench_commands.bench,
        audit_commands.audit,
        store_commands.store,
        retention_commands.purge,
        receipt_commands.receipt,
        *bio_commands.COMMANDS,
        *sync_commands.COMMANDS,
        bundle_commands.bundle,
    ):
        cli.add_command(command)
    for command in bundle_commands.REGISTRY:
        sync_commands.registry.add_command(command)
    bio_commands.bio.add_command(bio_watch.watch)
    for command in (
        *bio_commands.BENCH,
        *sync_commands.BENCH,
        bench_store_check.bench_store_check,
        *bench_memory.BENCH,
    ):
        bench_commands.bench.add_command(command)


_register()


def main(argv: list[str] | None = None) -> None:
    import multiprocessing

    multiprocessing.freeze_support()  # the Face-ID analysis runs in a spawned child (frozen builds)
    cli.main(args=argv, prog_name="hamyon")
