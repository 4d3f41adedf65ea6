"""Karakalpak in Latin letters from Karakalpak in Cyrillic: ``hamyon_kaa_Latn.ts`` from ``hamyon_kaa.ts``.

The Karakalpak Latin alphabet of 2016: á ǵ ı ń ó ú for ә ғ ы ң ө ү, w for ў,
x for х and h for ҳ, c for ц, sh and ch for ш (щ) and ч, j for ж, y for й;
ё ю я are yo yu ya; ъ and ь are not written. Only Cyrillic letters change:
{placeholders}, 'commands', key names, numbers and Latin words (PIN, Face-ID)
stay as they are. Every message is a letter-for-letter mapping of a reviewed
Cyrillic translation, so it is marked finished.
"""

from __future__ import annotations

from dataclasses import replace

from terminal.ui.catalogue import ts
from terminal.ui.i18n import ts_file

LETTERS = {
    "а": "a", "ә": "á", "б": "b", "в": "v", "г": "g", "ғ": "ǵ", "д": "d", "е": "e", "ё": "yo",
    "ж": "j", "з": "z", "и": "i", "і": "i", "й": "y", "к": "k", "қ": "q", "л": "l", "м": "m",
    "н": "n", "ң": "ń", "о": "o", "ө": "ó", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ү": "ú", "ў": "w", "ф": "f", "х": "x", "ҳ": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "sh",
    "ъ": "", "ы": "ı", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip


def to_latin(text: str) -> str:
    """``text`` in Karakalpak Latin letters (its Cyrillic letters mapped, nothing else touched)."""
    out = []
    for i, char in enumerate(text):
        latin = LETTERS.get(char.lower())
        if latin is None:
            out.append(char)
        elif not char.isupper():
            out.append(latin)
        else:  # Ш -> Sh, but ШЫ -> SHI: a whole capital word stays capital
            after = text[i + 1 : i + 2]
            out.append(latin.upper() if after.isupper() else latin[:1].upper() + latin[1:])
    return "".join(out)


def transliterate_catalogue() -> int:
    """Fill ``hamyon_kaa_Latn.ts`` from the finished ``hamyon_kaa.ts`` messages; returns how many."""
    cyrillic = {m.key: m for m in ts.read(ts_file("kaa")).messages if m.state == "finished"}
    path = ts_file("kaa_Latn")
    target = ts.read(path)
    done = 0
    for n, message in enumerate(target.messages):
        source = cyrillic.get(message.key)
        if source is None or message.state in ts.GONE:
            continue
        target.messages[n] = replace(
            message,
            translation=to_latin(source.translation),
            forms=tuple(to_latin(f) for f in source.forms),
            state="finished",
        )
        done += 1
    path.write_text(ts.dumps(target), encoding="utf-8")
    return done
