"""The translation catalogues, ``resources/i18n/hamyon_<code>.ts``: kept up to date with the code.

Two kinds of words live in them:

- the context ``core``: every template and word the core packages show (errors
  of ``terminal.core``, ``biometrics`` and ``sync``, assessment reasons,
  prescription problems, Face-ID guidance...), collected from their code by
  :mod:`.core_words`; the UI translates them with ``terminal.ui.i18n.core_text``;
- the window's own words, one context per class (``self.tr``), extracted by
  ``pyside6-lupdate`` from ``terminal/ui`` (:mod:`.window`), merged in the same
  way (never let ``lupdate`` write these files: it would mark the context
  ``core``, which it cannot see, ``vanished``; ``-no-obsolete`` would drop it).

Workflow (from the project folder)::

    .venv/bin/python -m terminal.ui.catalogue update        # new words in, as unfinished; gone ones vanished
    .venv/bin/pyside6-linguist resources/i18n/hamyon_ru.ts  # translate (or edit the XML), mark finished
    .venv/bin/python -m terminal.ui.catalogue transliterate # uz_Cyrl drafts from uz_Latn (review them)
    .venv/bin/python -m terminal.ui.catalogue check         # exit 1 if the .ts files lag behind the code
    .venv/bin/python -m terminal.ui.catalogue stats         # finished / unfinished per language
    .venv/bin/python -m terminal.ui.catalogue lint          # words built in English that cannot be translated
    .venv/bin/python -m terminal.ui.i18n                    # compile the .qm files (the set-up does it too)

``update`` and ``check`` also extract the window's words (:data:`WINDOW_STRINGS`;
``--no-window`` leaves them out, for the core's words alone).
``--drop-vanished`` removes the translations of words gone from the code.
English (``en``) is the source language: its catalogue is rewritten with
every translation equal to its source, finished.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from terminal.ui.catalogue import core_words, ts, window
from terminal.ui.catalogue.merge import Changes, merge
from terminal.ui.i18n import CORE_CONTEXT, I18N, LANGUAGES, SOURCE_LANGUAGE, ts_file

WINDOW_STRINGS = True  # the window's words are in the catalogues too: `update` and `check` cover them


@dataclass(frozen=True)
class Plan:
    """What ``update`` would write for one language."""

    code: str
    path: Path
    text: str
    changes: Changes
    up_to_date: bool


def core_messages(i18n: Path = I18N) -> list[ts.Message]:
    return [
        ts.Message(
            CORE_CONTEXT,
            text,
            extracomment=notes,
            locations=tuple(core_words.relative(p, i18n) for p in paths),
        )
        for text, (notes, paths) in core_words.unique(core_words.collect()).items()
    ]


def plan(*, with_window: bool = WINDOW_STRINGS, drop_vanished: bool = False) -> list[Plan]:
    found = core_messages()
    if with_window:
        found += window.extract(I18N)

    def owned(context: str) -> bool:
        return context == CORE_CONTEXT or with_window

    plans = []
    for lang in LANGUAGES:
        path = ts_file(lang.code)
        before = path.read_text(encoding="utf-8") if path.exists() else ""
        old = ts.read(path) if before else ts.Catalogue(lang.locale)
        old.language, old.source_language = lang.locale, _locale(SOURCE_LANGUAGE)
        new, changes = merge(
            old, found, owned, as_source=lang.code == SOURCE_LANGUAGE, drop_vanished=drop_vanished
        )
        text = ts.dumps(new)
        plans.append(Plan(lang.code, path, text, changes, text == before))
    return plans


def update(*, with_window: bool = WINDOW_STRINGS, drop_vanished: bool = False) -> list[Plan]:
    plans = plan(with_window=with_window, drop_vanished=drop_vanished)
    I18N.mkdir(parents=True, exist_ok=True)
    for p in plans:
        if not p.up_to_date:
            p.path.write_text(p.text, encoding="utf-8")
    return plans


def check(*, with_window: bool = WINDOW_STRINGS) -> list[str]:
    """What is out of date (empty: the .ts files match the code)."""
    problems = []
    for p in plan(with_window=with_window):
        if p.up_to_date:
            continue
        added = [key[1] for key in p.changes.added]
        vanished = [key[1] for key in p.changes.vanished]
        detail = f"{len(added)} new, {len(vanished)} gone" if p.changes else "notes, order or locations"
        examples = (added + vanished)[:3]
        problems.append(f"{p.path.name}: run `python -m terminal.ui.catalogue update` ({detail}): {examples}")
    return problems


def stats() -> dict[str, Counter[str]]:
    """Per language: how many messages are finished, unfinished, vanished."""
    counts = {}
    for lang in LANGUAGES:
        path = ts_file(lang.code)
        counts[lang.code] = Counter(m.state for m in ts.read(path).messages) if path.exists() else Counter()
    return counts


def _locale(code: str) -> str:
    return next(lang.locale for lang in LANGUAGES if lang.code == code)
