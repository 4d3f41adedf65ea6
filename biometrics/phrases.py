"""Words for the user that a window can translate whole: English text that carries its template.

The same idea as ``terminal.core.phrases.Phrase``, which this package may not
import: a :class:`Phrase` is a ``str`` (its English words: logs, the command
line and tests read it unchanged) that also carries its ``template`` and
``params``, so that the window looks the template up in its catalogue (Qt
context "core") and fills it. Use it where words are built from parts (a
camera's name, a reason with a number in it), never an f-string.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class Phrase(str):
    template: str
    params: Mapping[str, Any]
    code: str

    def __new__(cls, template: str, params: Mapping[str, Any] | None = None, code: str = "") -> Phrase:
        values = dict(params or {})
        self = super().__new__(cls, template.format(**values))
        self.template, self.params, self.code = template, values, code
        return self

    def __getnewargs__(self) -> tuple[Any, ...]:  # copy and pickle keep the parts
        return (self.template, dict(self.params), self.code)
