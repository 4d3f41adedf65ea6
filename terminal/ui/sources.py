"""Keep the source of every module imported after PySide6 out of the window's memory.

PySide6 checks each module imported after it for the word "PySide6" (for its
``__feature__`` switches, PYSIDE-2029) with ``inspect.getsource``, which keeps
the whole source file in ``linecache``: in the window some 360,000 lines
(fontTools, fpdf, NumPy, pydantic, faiss, ...), about 20 MB that freeing later
does not give back (the lines lie among the imports' own objects).
:func:`read_sources_once` makes the same check read the file and forget it.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs the check this module replaces)

CHECK = "_mod_uses_pyside"


def uses_pyside(module: ModuleType) -> bool:
    """The check's answer, the same words searched: does the module's source mention PySide6?"""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built in, compiled or without a source file: the check's answer too
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def read_sources_once() -> bool:
    """Replace PySide6's check; False when this PySide6 has no such check (nothing to do)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, CHECK, None)):
        return False
    setattr(feature, CHECK, uses_pyside)
    return True


read_sources_once()
