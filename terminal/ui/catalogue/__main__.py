"""``python -m terminal.ui.catalogue update|check|stats|lint|transliterate|karakalpak-latin``: see the
package's docstring."""

from __future__ import annotations

import argparse
import sys

from terminal.ui import catalogue
from terminal.ui.catalogue import core_words, karakalpak, uzbek


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m terminal.ui.catalogue", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    for name, words in (("update", "write the .ts files"), ("check", "exit 1 if they lag behind the code")):
        command = commands.add_parser(name, help=words)
        command.add_argument(
            "--window",
            action=argparse.BooleanOptionalAction,
            default=catalogue.WINDOW_STRINGS,
            help="also the window's words (pyside6-lupdate over terminal/ui)",
        )
        if name == "update":
            command.add_argument(
                "--drop-vanished", action="store_true", help="forget words gone from the code"
            )
    commands.add_parser("stats", help="finished and unfinished messages per language")
    commands.add_parser("lint", help="words built in English (f-strings, joins) that cannot be translated")
    translit = commands.add_parser("transliterate", help="uz_Cyrl drafts of the uz_Latn translations")
    translit.add_argument("--all", action="store_true", help="redo finished uz_Cyrl messages too")
    translit.add_argument("--finished", action="store_true", help="mark the drafts finished (after review)")
    commands.add_parser("karakalpak-latin", help="kaa_Latn from the finished kaa (Cyrillic) translations")
    args = parser.parse_args(argv)

    if args.command == "update":
        for p in catalogue.update(with_window=args.window, drop_vanished=args.drop_vanished):
            print(f"{p.path.name}: {len(p.changes.added)} new, {len(p.changes.vanished)} gone")
        return 0
    if args.command == "check":
        problems = catalogue.check(with_window=args.window)
        print("\n".join(problems) or "the catalogues are up to date")
        return 1 if problems else 0
    if args.command == "stats":
        for code, counts in catalogue.stats().items():
            print(code, dict(sorted(counts.items())))
        return 0
    if args.command == "lint":
        found = core_words.untranslatable()
        print("\n".join(map(str, found)) or "nothing")
        return 1 if found else 0
    if args.command == "karakalpak-latin":
        print(f"hamyon_kaa_Latn.ts: {karakalpak.transliterate_catalogue()} messages from hamyon_kaa.ts")
        return 0
    done = uzbek.transliterate_catalogue(redo=args.all, finished=args.finished)
    print(f"hamyon_uz_Cyrl.ts: {done} messages transliterated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
