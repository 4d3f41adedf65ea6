"""Words for the user that can be translated whole: an English template and the values that fill it.

The core speaks English; the window translates. A message is never glued
together from English pieces: it is a *template* (``"it expired on {date}"``)
and *params* (``{"date": date(2026, 2, 1)}``). The UI looks the template up
in its catalogue (Qt context "core"), then fills the translated template:
a param that is itself a :class:`Phrase` is translated the same way, a tuple
of phrases becomes a list, a ``str`` param is looked up as a core word too
(a field name, a reason), and dates and numbers are shown as they are.

:func:`term` marks a constant word or phrase for the catalogue (the tool in
``terminal.ui.catalogue`` collects its argument, like ``QT_TR_NOOP``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

LIST_SEPARATOR = ", "


def term(text: str) -> str:
    """A constant word or phrase the UI translates (a field name, a reason, a role); returns ``text``."""
    return text


def english(value: object) -> object:
    """A param as it fills an English template: a sequence of words becomes a list."""
    if isinstance(value, (tuple, list)):
        return LIST_SEPARATOR.join(str(english(v)) for v in value)
    return value


def render(template: str, params: Mapping[str, Any]) -> str:
    """The English words: ``template`` filled with ``params``."""
    return template.format(**{key: english(value) for key, value in params.items()})


class Phrase(str):
    """English words (the string itself) that also carry their template, params and a stable code.

    Being a ``str``, it prints, compares and serialises as its English text
    (the command line, logs, JSON payloads and tests read it unchanged); the
    UI renders it with ``terminal.ui.i18n.core_text(phrase)`` instead.
    """

    template: str
    params: Mapping[str, Any]
    code: str

    def __new__(cls, template: str, params: Mapping[str, Any] | None = None, code: str = "") -> Phrase:
        values = dict(params or {})
        self = super().__new__(cls, render(template, values))
        self.template = template
        self.params = values
        self.code = code
        return self

    def __getnewargs__(self) -> tuple[Any, ...]:  # copy and pickle keep the parts
        return (self.template, dict(self.params), self.code)
