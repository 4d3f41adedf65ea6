"""Finding a patient without a face, and what was handed to them before.

A search takes what the nurse knows: the ID number (all its digits, checked),
a birth date (``DD.MM.YYYY`` or ``YYYY-MM-DD``), or the name in either script:
"Улуғбек Каримов", "Ulug'bek Karimov" and "ulugbek karim" find the same person,
each word of the query being the start of a word of the name (surname, given
name, patronymic, in any order), give or take a letter in four (Russian-style
spellings: "Юлдашев" finds "Yo'ldoshev"). A name and a birth date together
narrow it.

Finding somebody is not identifying them: a search shows who the person may
be and their history; handing out still needs Face-ID, the ID number with a
face check, or a supervisor's override. Every search is audited (how it
searched and how many it found, never what was typed: that is a name or an
ID number), and needs the role that dispenses medicines.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from rapidfuzz.distance import Levenshtein

from biometrics.phrases import term
from terminal.core import audit
from terminal.core.citizens import CitizenView, view
from terminal.core.clock import stamp
from terminal.core.errors import InvalidInput
from terminal.core.idnumbers import normalise, parse_id_number
from terminal.core.reversals import Reversal, reversal_of
from terminal.core.roles import Operator, require
from terminal.core.site_context import SiteContext

LIMIT = 20  # more than this and the nurse is asked to say more
MIN_LETTERS = 2

# Uzbek, Karakalpak, Kazakh and Russian Cyrillic in the Uzbek Latin spelling, so both scripts meet.
CYRILLIC_TO_LATIN = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "yo",
    "ж": "j", "з": "z", "и": "i", "і": "i", "й": "y", "к": "k", "қ": "q", "л": "l", "м": "m",
    "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ў": "o", "ү": "u", "ұ": "u", "ф": "f", "х": "x", "ҳ": "h", "һ": "h", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip
# Latin spellings of the same sounds, in this order: Russian-style "kh", "zh", "dj"; "sh" and "ch" kept
# whole (S, C) before "h" and "x" meet (Хасан is Xasan, Ҳасан Hasan, and people write either).
LATIN_VARIANTS = (("kh", "x"), ("sh", "S"), ("ch", "C"), ("zh", "j"), ("dj", "j"), ("ts", "s"), ("h", "x"))
APOSTROPHES = re.compile(r"['`ʻʼ‘’´]")
DATE_FORMATS = ("%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y")


def name_key(text: str) -> str:
    """The name as one script spells it: lower case, Latin, no apostrophes, no doubled letters."""
    text = unicodedata.normalize("NFC", text.lower())
    text = "".join(CYRILLIC_TO_LATIN.get(ch, ch) for ch in text)
    text = APOSTROPHES.sub("", text)
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    for spelling, key in LATIN_VARIANTS:
        text = text.replace(spelling, key)
    text = re.sub(r"[^a-zSC0-9 ]+", " ", text.replace("w", "v"))
    return re.sub(r"(.)\1+", r"\1", text).strip()


@dataclass(frozen=True)
class SearchResult:
    citizens: tuple[CitizenView, ...]
    more: bool  # there were more than LIMIT: the nurse should say more
    by: str  # "id_number", "birth_date", "name" or "name_birth_date"


@dataclass(frozen=True)
class Query:
    words: tuple[str, ...]  # name keys
    born: date | None
    id_number: str | None


def parse_query(text: str, site: SiteContext) -> Query:
    """What the nurse typed, understood; InvalidInput / InvalidIdNumber when it cannot be searched."""
    digits = normalise(text)
    if digits.isascii() and digits.isdigit() and len(digits) >= 9:  # an ID number, checked
        return Query((), None, parse_id_number(digits, site.country).value)
    born, words = None, []
    for token in text.split():
        day = _date(token)
        if day is not None:
            born = day
        else:
            words.extend(name_key(token).split())
    if born is None and sum(len(w) for w in words) < MIN_LETTERS:
        raise InvalidInput(field=term("search"), reason=term("type at least two letters of the name"))
    return Query(tuple(words), born, None)


def search(site: SiteContext, operator: Operator, text: str) -> SearchResult:
    """Citizens of this site matching ``text``, by name; audited."""
    require(operator, "dispense medicines")
    query = parse_query(text, site)
    if query.id_number is not None:
        rows = site.store.all(
            "SELECT * FROM citizens WHERE pin = ? AND removed_at IS NULL", (query.id_number,)
        )
        by = "id_number"
    else:
        sql, params = "SELECT * FROM citizens WHERE removed_at IS NULL", []
        if query.born is not None:
            sql, params = sql + " AND birth_date = ?", [query.born.isoformat()]
        rows = [r for r in site.store.all(sql, params) if _name_matches(r, query.words)]
        by = "name" if query.born is None else "name_birth_date" if query.words else "birth_date"
    rows.sort(key=lambda r: (r["surname"], r["given_name"], r["patronymic"], r["birth_date"]))
    found = tuple(view(site, r) for r in rows[:LIMIT])
    with site.store.write() as db:
        audit.append(
            db,
            at=stamp(site.clock),
            operator_id=operator.id,
            action="patient_search",
            details={"by": by, "found": len(rows)},
        )
    return SearchResult(found, len(rows) > LIMIT, by)


def _name_matches(row: dict[str, Any], words: tuple[str, ...]) -> bool:
    if not words:
        return True
    names = name_key(" ".join((row["surname"], row["given_name"], row["patronymic"]))).split()
    return all(any(_starts(n, w) for n in names) for w in words)


def _starts(name: str, word: str) -> bool:
    """``word`` begins ``name``, with one letter off in four (none in the first three letters)."""
    if name.startswith(word):
        return True
    allowed = len(word) // 4
    return allowed > 0 and any(
        Levenshtein.distance(word, name[:length], score_cutoff=allowed) <= allowed
        for length in range(len(word) - allowed, len(word) + allowed + 1)
    )


def _date(token: str) -> date | None:
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(token, pattern).date()
        except ValueError:
            continue
    return None


@dataclass(frozen=True)
class PastDispense:
    tx_uuid: str
    at: str
    lines: tuple[tuple[str, int, str], ...]  # (medicine, quantity, unit)
    total: int
    id_method: str
    operator_name: str
    reversed: Reversal | None = None  # cancelled by a supervisor: when, by whom, why


@dataclass(frozen=True)
class ItemState:
    """One prescribed medicine: how much is left, and when it was last handed out here."""

    prescription_number: str
    drug_name: str
    unit: str
    prescribed: int
    dispensed: int
    last_here: str | None  # when this terminal last handed it out
    elsewhere: int  # handed out at other terminals (the registry's count beyond this terminal's)

    @property
    def remaining(self) -> int:
        return self.prescribed - self.dispensed


@dataclass(frozen=True)
class PatientHistory:
    citizen: CitizenView
    dispenses: tuple[PastDispense, ...]  # newest first
    items: tuple[ItemState, ...]


def history(site: SiteContext, operator: Operator, citizen_id: int, *, limit: int = 50) -> PatientHistory:
    """The citizen's past hand-outs at this terminal and the state of each prescribed medicine; audited."""
    require(operator, "dispense medicines")
    citizen = view(site, site.store.one("SELECT * FROM citizens WHERE id = ?", (citizen_id,)))
    heads = site.store.all(
        "SELECT d.id, d.tx_uuid, d.dispensed_at, d.total_cost, d.id_method, o.full_name AS operator"
        " FROM dispenses d JOIN operators o ON o.id = d.operator_id WHERE d.citizen_id = ?"
        " ORDER BY d.dispensed_at DESC, d.id DESC LIMIT ?",
        (citizen_id, limit),
    )
    lines: dict[int, list[tuple[str, int, str]]] = {h["id"]: [] for h in heads}
    if heads:
        marks = ",".join("?" * len(heads))
        for row in site.store.all(
            "SELECT di.dispense_id, dr.name, di.quantity, dr.unit FROM dispense_items di"
            f" JOIN drugs dr ON dr.code = di.drug_code WHERE di.dispense_id IN ({marks}) ORDER BY di.id",
            [h["id"] for h in heads],
        ):
            lines[row["dispense_id"]].append((row["name"], row["quantity"], row["unit"]))
    past = tuple(
        PastDispense(
            h["tx_uuid"],
            h["dispensed_at"],
            tuple(lines[h["id"]]),
            h["total_cost"],
            h["id_method"],
            h["operator"],
            reversal_of(site, h["tx_uuid"]),
        )
        for h in heads
    )
    items = tuple(
        ItemState(
            r["number"],
            r["name"],
            r["unit"],
            r["qty_prescribed"],
            r["qty_dispensed"],
            r["last_here"],
            max(0, r["qty_dispensed"] - r["here"]),
        )
        for r in site.store.all(
            "SELECT p.number, dr.name, dr.unit, pi.qty_prescribed, pi.qty_dispensed,"
            " (SELECT max(d.dispensed_at) FROM dispense_items di"
            "   JOIN live_dispenses d ON d.id = di.dispense_id"
            "   WHERE di.prescription_item_id = pi.id) AS last_here,"
            " (SELECT coalesce(sum(di.quantity), 0) FROM dispense_items di"
            "   JOIN live_dispenses d ON d.id = di.dispense_id WHERE di.prescription_item_id = pi.id) AS here"
            " FROM prescription_items pi JOIN prescriptions p ON p.id = pi.prescription_id"
            " JOIN drugs dr ON dr.code = pi.drug_code WHERE p.citizen_id = ?"
            " ORDER BY p.valid_until DESC, pi.id",
            (citizen_id,),
        )
    )
    with site.store.write() as db:
        audit.append(
            db,
            at=stamp(site.clock),
            operator_id=operator.id,
            action="patient_history",
            subject=f"citizen:{citizen_id}",
        )
    return PatientHistory(citizen, past, items)
