"""Words for the user, for every package: the one :class:`Phrase` and the one root error.

They live here because biometrics is the floor of the import graph: it imports
neither terminal nor sync, and both may import it (DESIGN.md, Architecture).
This module imports nothing of the project and nothing heavy.

A message is never glued together from English pieces: it is a *template*
(``"it expired on {date}"``) and *params* (``{"date": date(2026, 2, 1)}``).
The window looks the template up in its catalogue (Qt context "core"), then
fills the translated template: a param that is itself a :class:`Phrase` is
translated the same way, a tuple of phrases becomes a list, a ``str`` param is
looked up as a core word too (a field name, a reason), and dates and numbers
are shown as they are. Use a Phrase where words are built from parts (a
camera's name, an HTTP status, a reason with a number in it), never an f-string.

:func:`term` marks a constant word or phrase for the catalogue (the tool in
``terminal.ui.catalogue`` collects its argument, like ``QT_TR_NOOP``).
Every error a user may meet is a :class:`UserError`: each package has its own
base below it (``HamyonError``, ``SyncError``, ``BiometricsError``), and the
command line and the window turn any of them into words in one place.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

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


class UserError(Exception):
    """Root of every error shown to a user: a stable ``code``, an English ``template`` and its ``params``.

    ``message`` is the English text (the command line's one line on stderr). No
    message carries a personal ID number, a face template or a name that the
    operator did not type on this very screen.
    """

    code: ClassVar[str] = "error"
    template: ClassVar[str] = "Something went wrong."

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return render(self.template, self.params)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as its class and parameters (the default would call it with positional arguments):
        errors travel inside replies from the Face-ID process."""
        return _rebuild, (type(self), self.params)


def _rebuild(cls: type[UserError], params: dict[str, Any]) -> UserError:
    return cls(**params)
