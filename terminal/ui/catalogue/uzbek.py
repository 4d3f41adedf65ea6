"""Uzbek in Cyrillic from Uzbek in Latin: drafts of ``hamyon_uz_Cyrl.ts`` from ``hamyon_uz_Latn.ts``.

The Latin text is written with ``o‘`` and ``g‘`` (U+2018) and the tutuq
``’`` (U+2019); quotes are «» or “”, never ’. The rules:

- sh ш, ch ч, o‘ ў, g‘ ғ, ’ ъ, h ҳ, q қ, x х, j ж, y й; ng is н + г;
- yo ё, yu ю, ya я, ye е (but yo‘ is й + ў);
- e at the start of a word or after a vowel is э (ekran экран, poeziya поэзия);
- ts is ц only in loanwords: -tsiya -ция, -tsion -цион, tsent цент...
  (ketsa stays кетса); Russian loanwords with ь or ъ are listed in :data:`STEMS`;
- {placeholders}, 'commands', options (--home), addresses, file names and the
  words in :data:`KEEP` stay as they are (key names as the keyboard writes them:
  F2, Enter, Esc, Ctrl+P).

Review the output: a new loanword may need a line in :data:`STEMS`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from terminal.ui.catalogue import ts
from terminal.ui.i18n import ts_file

LETTERS = dict(zip("abdefghijklmnopqrstuvxyzcw", "абдефгҳижклмнопқрстувхйзсв", strict=True))
DIGRAPHS = {"o‘": "ў", "g‘": "ғ", "sh": "ш", "ch": "ч", "yo": "ё", "yu": "ю", "ya": "я", "ye": "е"}
TUTUQ = "’ʼ"
VOWELS = set("aeiouаеиоуўэёюя")
# Loanword parts (anywhere in a word) and whole stems (a word's beginning) spelt otherwise in Cyrillic.
LOAN_PARTS = {"tsiya": "ция", "tsion": "цион", "tsent": "цент", "tsikl": "цикл", "litsen": "лицен"}
STEMS = {
    "kompyuter": "компьютер",
    "obyekt": "объект",
    "subyekt": "субъект",
    "reyestr": "реестр",
    "retsept": "рецепт",
    "shpris": "шприц",
    "kabel": "кабель",
    "parol": "пароль",
    "fayl": "файл",
    "aprel": "апрель",
    "iyul": "июль",
    "iyun": "июнь",
    "sentabr": "сентябрь",
    "oktabr": "октябрь",
    "noyabr": "ноябрь",
    "dekabr": "декабрь",
    "yanvar": "январь",
    "fevral": "февраль",
    "avgust": "август",
}
KEEP = {
    *("PIN", "IT", "ID", "URL", "CODE", "Face-ID", "YYYY-MM-DD", "Hamyon Terminal", "Hamyon", "DejaVu Sans"),
    *("fonts-dejavu-core", "dlib", "gzip", "identity", "nonce", "ISO", "JSON", "CSV", "SQLite", "PostgreSQL"),
    *(
        "PDF",
        "HTTP",
        "HTTPS",
        "CA",  # a certificate authority's bundle, as the file and the tools say
        "Enter",
        "Esc",
        "Ctrl+P",
        "Ctrl+S",
        "Ctrl+R",
        "Ctrl+Plus",
        "Ctrl+Minus",
        "A+",  # the large-text button's sign
    ),  # as the keyboard and the file say, in every language
}
PROTECTED = re.compile(
    r"\{[^{}]*\}"  # placeholders
    r"|'[^']*'"  # commands
    r"|--[\w-]+"  # options
    r"|\S+://\S*"  # addresses
    r"|[\w-]*(?:[_0-9]|[./:]\w)[\w./:-]*"  # file and package names, versions, numbers
    r"|\b(?:" + "|".join(re.escape(k) for k in sorted(KEEP, key=len, reverse=True)) + r")(?!\w)"
)
WORD = re.compile(r"[A-Za-z‘’ʼ]+")


def to_cyrillic(text: str) -> str:
    out, at = [], 0
    for kept in PROTECTED.finditer(text):
        out.append(WORD.sub(lambda m: _word(m.group()), text[at : kept.start()]))
        out.append(kept.group())
        at = kept.end()
    out.append(WORD.sub(lambda m: _word(m.group()), text[at:]))
    return "".join(out)


def _word(word: str) -> str:
    lower = word.lower()
    for stem, cyrillic in STEMS.items():
        if lower.startswith(stem):
            return _cased(word[: len(stem)], cyrillic) + _word(word[len(stem) :])
    out: list[str] = []
    i = 0
    while i < len(word):
        unit, cyrillic = _unit(lower, i, out)
        out.append(_cased(word[i : i + len(unit)], cyrillic))
        i += len(unit)
    return "".join(out)


def _unit(lower: str, i: int, before: list[str]) -> tuple[str, str]:
    """The Latin letters at ``i`` that make one Cyrillic letter (or a loanword part), and that letter."""
    for part, cyrillic in LOAN_PARTS.items():
        if lower.startswith(part, i):
            return part, cyrillic
    if lower.startswith("yo‘", i):  # y + o‘, not yo + ‘
        return "y", "й"
    pair = lower[i : i + 2]
    if pair in DIGRAPHS:
        return pair, DIGRAPHS[pair]
    letter = lower[i]
    if letter in TUTUQ:
        return letter, "ъ"
    if letter == "e" and (not before or before[-1].lower() in VOWELS):
        return letter, "э"
    return letter, LETTERS.get(letter, letter)


def _cased(latin: str, cyrillic: str) -> str:
    """``cyrillic`` in the case of ``latin``: Sh Ш, SH Ш, sh ш; a stem keeps only its first letter's case."""
    if latin[:1].isupper():
        whole = len(latin) > 1 and latin.isupper() and len(cyrillic) > 1
        return cyrillic.upper() if whole else cyrillic[:1].upper() + cyrillic[1:]
    return cyrillic


def transliterate_catalogue(*, redo: bool = False, finished: bool = False) -> int:
    """Fill ``hamyon_uz_Cyrl.ts`` from the finished ``hamyon_uz_Latn.ts`` messages; returns how many."""
    latin = {m.key: m for m in ts.read(ts_file("uz_Latn")).messages if m.state == "finished"}
    path = ts_file("uz_Cyrl")
    target = ts.read(path)
    done = 0
    for n, message in enumerate(target.messages):
        source = latin.get(message.key)
        if source is None or message.state in ts.GONE or (message.state == "finished" and not redo):
            continue
        target.messages[n] = replace(
            message,
            translation=to_cyrillic(source.translation),
            forms=tuple(to_cyrillic(f) for f in source.forms),
            state="finished" if finished else "unfinished",
        )
        done += 1
    path.write_text(ts.dumps(target), encoding="utf-8")
    return done
