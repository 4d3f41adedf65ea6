"""Languages: Qt Linguist catalogues (``resources/i18n/hamyon_<code>.ts``), switchable at run time.

The window's own words are ``self.tr(...)`` calls, extracted by
``pyside6-lupdate``. Words that come from the core (an error, a reason of an
assessment, a prescription's problem, a Face-ID guidance) are translated here
by their English template in the context "core", then their placeholders are
filled: so a translation must keep every ``{placeholder}`` of its source (a
test checks). A placeholder's value is translated too when it is a core word
(any ``str``: a field name, a reason) or a phrase with its own template (see
:mod:`biometrics.phrases`); dates are written dd.mm.yyyy, and an amount of
money the core wrote ("100 000.00 so'm") gets the currency's sign as the
language writes it (the signs are core words too). The window writes its own
amounts with :func:`money_text`.

Show core words with :func:`error_text` (an exception of any package),
:func:`core_text` (a template and params, or a ``Phrase``) or
:func:`core_words` (a ``Reason``, a stored reason dict, anything with
``template`` and ``params``). The catalogues are kept in step with the code by
``python -m terminal.ui.catalogue update`` (see that package).

The ``.qm`` files are built by the project (``python -m terminal.ui.i18n``,
run by the set-up script); a missing or stale one is rebuilt at start.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from biometrics.phrases import LIST_SEPARATOR, UserError, render
from terminal.core.errors import UNEXPECTED
from terminal.core.money import CURRENCY_SIGNS, format_money, with_sign

log = logging.getLogger("hamyon.ui.i18n")

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
CORE_CONTEXT = "core"


@dataclass(frozen=True)
class Language:
    code: str  # file suffix
    name: str  # in the language itself, as the language menu shows it
    locale: str  # for QLocale: number and date formats


LANGUAGES: tuple[Language, ...] = (
    Language("uz_Latn", "O‘zbekcha", "uz_Latn_UZ"),
    Language("uz_Cyrl", "Ўзбекча", "uz_Cyrl_UZ"),
    Language("kaa", "Қарақалпақша", "kaa"),
    Language("kaa_Latn", "Qaraqalpaqsha", "kaa"),
    Language("kk", "Қазақша", "kk_KZ"),
    Language("ru", "Русский", "ru_RU"),
    Language("en", "English", "en_GB"),
)
BY_CODE = {lang.code: lang for lang in LANGUAGES}
SOURCE_LANGUAGE = "en"


def ts_file(code: str) -> Path:
    return I18N / f"hamyon_{code}.ts"


def _lrelease() -> Path:
    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError("Qt's lrelease is not installed with PySide6")


def build(dest: Path = I18N) -> list[Path]:
    """Compile every ``.ts`` into ``.qm`` in ``dest``; returns the files written."""
    dest.mkdir(parents=True, exist_ok=True)
    built = []
    for lang in LANGUAGES:
        source = ts_file(lang.code)
        if not source.exists():
            continue
        target = dest / f"hamyon_{lang.code}.qm"
        subprocess.run(
            [str(_lrelease()), "-silent", str(source), "-qm", str(target)], check=True, capture_output=True
        )
        built.append(target)
    return built


def _qm_for(code: str, cache: Path) -> Path | None:
    source = ts_file(code)
    for folder in (I18N, cache):
        qm = folder / f"hamyon_{code}.qm"
        if qm.exists() and (not source.exists() or qm.stat().st_mtime >= source.stat().st_mtime):
            return qm
    if not source.exists():
        return None
    try:
        return next(p for p in build(cache) if p.name == f"hamyon_{code}.qm")
    except (OSError, subprocess.CalledProcessError, StopIteration) as exc:
        log.warning("cannot build the %s translation: %s", code, exc)
        return None


def _qt_own(code: str) -> QTranslator | None:
    """Qt's own words (the file and print dialogs' buttons) where Qt has them: Russian and Kazakh."""
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{code}", folder) else None


class Translations:
    """The installed catalogue; ``switch`` changes the language of every open window at once."""

    def __init__(self, cache: Path) -> None:
        self.cache = cache
        self.code = SOURCE_LANGUAGE
        self._translators: list[QTranslator] = []

    def switch(self, code: str) -> bool:
        if code not in BY_CODE:
            raise ValueError(f"unknown language {code!r}")
        app = QCoreApplication.instance()
        for old in self._translators:
            app.removeTranslator(old)
        self._translators = []
        ok = True
        if code != SOURCE_LANGUAGE:
            qm = _qm_for(code, self.cache)
            translator = QTranslator()
            ok = qm is not None and translator.load(str(qm))
            qt_own = _qt_own(code) if ok else None
            for installed in (qt_own, translator if ok else None):
                if installed is not None:
                    app.installTranslator(installed)  # sends LanguageChange to every widget
                    self._translators.append(installed)
        QLocale.setDefault(QLocale(BY_CODE[code].locale))
        self.code = code
        return ok


def currency_sign(currency: str) -> str:
    """The sign of a currency (UZS, KZT) as the current language writes it: so‘m, сўм, сум, ₸."""
    return _core_word(CURRENCY_SIGNS.get(currency, currency))


def money_text(minor: int, currency: str) -> str:
    """An amount of money in the current language's words: "123 456.00 сум"."""
    return format_money(minor, currency, sign=currency_sign(currency))


def core_word(text: str) -> str:
    """A word of the core in the current language (a registry's data word stays as it is)."""
    return QCoreApplication.translate(CORE_CONTEXT, text)


_core_word = core_word


def core_text(template: str, params: Mapping[str, Any] | None = None) -> str:
    """A core message in the current language, its placeholders filled.

    ``template`` may be a :class:`~biometrics.phrases.Phrase` (a prescription's
    problem, a warning, a break in the audit trail) given without params: its own
    template and params are used then.
    """
    if params is None and (parts := _phrase(template)) is not None:
        template, params = parts
    params = params or {}
    words = QCoreApplication.translate(CORE_CONTEXT, template)
    try:
        return words.format(**{k: _param(v) for k, v in params.items()})
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the message
        log.warning("translation of %r does not fit its placeholders", template[:60])
        return render(template, params)


def _param(value: object) -> object:
    """A placeholder's value in the current language.

    Core words (a field name, a reason: a ``str``) are looked up in the catalogue
    too, a :class:`Phrase` is translated whole, a tuple of words becomes a list,
    a date is written as dates are written in Uzbekistan and Kazakhstan, an
    amount of money gets its sign in the language; numbers and data (names,
    paths) stay as they are.
    """
    if (parts := _phrase(value)) is not None:
        return core_text(*parts)
    if isinstance(value, str):
        return with_sign(_core_word(value), _core_word)
    if isinstance(value, (tuple, list)):
        return LIST_SEPARATOR.join(str(_param(v)) for v in value)
    if isinstance(value, datetime):
        return f"{value:%d.%m.%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    return value


def _phrase(value: object) -> tuple[str, Mapping[str, Any]] | None:
    """(template, params) of words that carry them: a :class:`Phrase`, or any ``str`` built alike."""
    template, params = getattr(value, "template", None), getattr(value, "params", None)
    if isinstance(value, str) and isinstance(template, str) and isinstance(params, Mapping):
        return template, params
    return None


def core_words(item: object) -> str:
    """Any words from the core in the current language.

    A Phrase or a plain English core word; anything with ``template`` and
    ``params`` (an assessment's :class:`~terminal.core.assessment.Reason`, an
    error); a stored reason ``{"template": ..., "params": ...}`` (an older one
    with only ``"text"`` is looked up whole).
    """
    if isinstance(item, str):
        return core_text(item)
    if isinstance(item, Mapping):
        template = item.get("template")
        if isinstance(template, str):
            return core_text(template, item.get("params") or {})
        return core_text(str(item.get("text", "")))
    template = getattr(item, "template", None)
    if isinstance(template, str):
        return core_text(template, getattr(item, "params", None) or {})
    return QCoreApplication.translate(CORE_CONTEXT, UNEXPECTED)


def error_text(exc: BaseException) -> str:
    """The plain words for any package's error (a :class:`UserError`), as a sentence."""
    if isinstance(exc, UserError):
        text = core_text(exc.template, exc.params)
        return text[:1].upper() + text[1:]
    return QCoreApplication.translate(CORE_CONTEXT, UNEXPECTED)


if __name__ == "__main__":  # python -m terminal.ui.i18n: build the .qm files
    for path in build():
        print(path)
    sys.exit(0)
