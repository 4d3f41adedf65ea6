"""The Qt context "core": every English template and word the core packages show, found in their code.

What is collected, in this order:

1. the ``template`` of every error class: :class:`biometrics.phrases.UserError`
   and its subclasses, each package's base among them (every module of the
   packages is imported to find them);
2. constants the packages declare as words: the values of :data:`CONSTANTS`;
3. with ``ast``, from the packages' sources: constant ``str`` keyword arguments
   of calls to those error classes (a field name, a reason, a hint), and the
   arguments of the calls in :data:`SINKS` (``term``, ``Phrase``, ``Reason``,
   the quality gates' ``Problem``...). A value may also be ``a or "words"``,
   ``x if c else "words"`` or a call of a helper in the same module: the
   helper's returned constants are collected.

An f-string or a ``join`` passed where words belong cannot be translated: it
is reported by :func:`untranslatable` (``python -m terminal.ui.catalogue lint``).
"""

from __future__ import annotations

import ast
import importlib
import os
import pkgutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[3]
PACKAGES = ("terminal.core", "terminal.sync_client", "biometrics", "sync")
ROOT_ERROR = ("biometrics.phrases", "UserError")
# Calls whose arguments are words for the user: the callee's name -> (position, keyword) of the words.
SINKS: dict[str, tuple[int, str]] = {
    "term": (0, "text"),  # biometrics.phrases: a constant word or phrase
    "Phrase": (0, "template"),  # biometrics.phrases: a template and params
    "Reason": (1, "template"),  # terminal.core.assessment: a reason of the verdict
    "Problem": (1, "text"),  # biometrics.quality: why a face cannot be used yet
}
SINK_NOTES = {
    "term": "A word or phrase of the core; it fills a {placeholder} of another core message.",
    "Phrase": "Words of the core; often a {reason} that fills a placeholder of another core message.",
    "Reason": "A reason of the preliminary assessment of an application, shown as a line under the verdict.",
    "Problem": "Face-ID guidance for the person at the camera (too far, too dark...).",
}
# Words kept in module constants: "module:name" -> the note for translators.
CONSTANTS = {
    "biometrics.liveness:PROMPTS": "What the person at the camera is asked to do to prove they are there.",
    "biometrics.liveness:REASONS": "Why the check for a live person ended; it fills {reason} on the screen.",
    "sync.phrases:ITEM_REASONS": "Why the registry did not take an act; fills {reason} of a core message.",
    "sync.phrases:FAILURES": "What went wrong at the registry; fills {reason} in “{status}: {reason}”.",
    "terminal.core.money:CURRENCY_SIGNS": "A currency's sign after an amount (100 000.00 so'm): as written in"
    " this language.",
}


@dataclass(frozen=True)
class Found:
    text: str
    note: str  # for translators: where the words appear
    path: Path  # the source file


@dataclass(frozen=True)
class Untranslatable:
    path: Path
    line: int
    call: str
    argument: str
    why: str

    def __str__(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}: {self.call}({self.argument}=...) {self.why}"


def modules() -> list[ModuleType]:
    """Every module of the packages, imported (``__main__`` modules excepted), sorted by name."""
    found = []
    for top in PACKAGES:
        package = importlib.import_module(top)
        found.append(package)
        for info in pkgutil.walk_packages(package.__path__, top + "."):
            if not info.name.endswith("__main__"):
                found.append(importlib.import_module(info.name))
    return sorted(found, key=lambda m: (PACKAGES.index(_package(m.__name__)), m.__name__))


def _package(name: str) -> str:
    return next(top for top in PACKAGES if name == top or name.startswith(top + "."))


def error_classes() -> list[type]:
    """The packages' error classes, module by module, each module's in the order it defines them."""
    root = getattr(importlib.import_module(ROOT_ERROR[0]), ROOT_ERROR[1])
    found: list[type] = []
    for module in modules():
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, root)
                and value.__module__ == module.__name__
                and value not in found
            ):
                found.append(value)
    return found


def collect() -> list[Found]:
    """Everything of the context "core", in a stable order (texts may repeat; the caller merges)."""
    classes = error_classes()
    found = [
        Found(cls.__dict__["template"], f"An error message ({cls.__module__}.{cls.__name__}).", _file(cls))
        for cls in classes
        if isinstance(cls.__dict__.get("template"), str)
    ]
    for where, note in CONSTANTS.items():
        module_name, name = where.split(":")
        module = importlib.import_module(module_name)
        found += [Found(text, note, Path(str(module.__file__))) for text in _strings(getattr(module, name))]
    templates = {cls.__name__: cls.__dict__.get("template") or cls.template for cls in classes}  # type: ignore[attr-defined]
    for path in source_files():
        found += _from_source(path, templates)
    return found


def untranslatable() -> list[Untranslatable]:
    """Places where words for the user are built in English (an f-string, a join) and cannot be translated."""
    names = {cls.__name__ for cls in error_classes()}
    found = []
    for path in source_files():
        for name, argument, value in _calls(ast.parse(path.read_text(encoding="utf-8")), names):
            why = _why_untranslatable(value)
            if why:
                found.append(Untranslatable(path, value.lineno, name, argument, why))
    return found


def source_files() -> list[Path]:
    files: list[Path] = []
    for top in PACKAGES:
        folder = ROOT.joinpath(*top.split("."))
        files += sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)
    return files


def _file(cls: type) -> Path:
    return Path(str(importlib.import_module(cls.__module__).__file__))


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        yield from (s for v in value.values() for s in _strings(v))
    elif isinstance(value, (tuple, list, set, frozenset)):
        yield from (s for v in value for s in _strings(v))


def _from_source(path: Path, templates: dict[str, str]) -> list[Found]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helpers = {
        node.name: node
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
    }
    found = []
    for name, argument, value in _calls(tree, set(templates)):
        note = SINK_NOTES[name] if name in SINKS else f"Fills {{{argument}}} in “{templates[name]}”"
        found += [Found(text, note, path) for text in _constants(value, helpers)]
    return found


def _calls(tree: ast.AST, error_names: set[str]) -> Iterator[tuple[str, str, ast.expr]]:
    """(callee, argument, value) for the words passed to error classes and sinks, in source order."""
    calls = sorted(
        (n for n in ast.walk(tree) if isinstance(n, ast.Call)), key=lambda n: (n.lineno, n.col_offset)
    )
    for call in calls:
        name = _callee(call)
        if name in SINKS:
            position, keyword = SINKS[name]
            if len(call.args) > position:
                yield name, keyword, call.args[position]
            yield from ((name, k.arg, k.value) for k in call.keywords if k.arg == keyword)
        elif name in error_names:
            yield from ((name, k.arg, k.value) for k in call.keywords if k.arg)


def _callee(call: ast.Call) -> str:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return ""


def _constants(
    node: ast.AST, helpers: dict[str, ast.FunctionDef | ast.AsyncFunctionDef], depth: int = 0
) -> list[str]:
    """The constant words ``node`` may evaluate to."""
    if isinstance(node, ast.Constant):
        return [node.value] if isinstance(node.value, str) and node.value.strip() else []
    if isinstance(node, ast.BoolOp):
        return [s for v in node.values for s in _constants(v, helpers, depth)]
    if isinstance(node, ast.IfExp):
        return _constants(node.body, helpers, depth) + _constants(node.orelse, helpers, depth)
    if isinstance(node, ast.Call) and _callee(node) in SINKS:  # Phrase("...") passed as a reason
        position, keyword = SINKS[_callee(node)]
        words = node.args[position : position + 1] + [k.value for k in node.keywords if k.arg == keyword]
        return [s for w in words for s in _constants(w, helpers, depth)]
    if isinstance(node, ast.Call) and depth < 2:
        helper = helpers.get(_callee(node))
        if helper is not None:
            returns = sorted(
                (r.value for r in ast.walk(helper) if isinstance(r, ast.Return) and r.value is not None),
                key=lambda value: (value.lineno, value.col_offset),
            )
            return [s for value in returns for s in _constants(value, helpers, depth + 1)]
    return []


def _why_untranslatable(value: ast.expr) -> str:
    if isinstance(value, ast.JoinedStr):
        return "is an f-string: give its words a template of their own (a Phrase or an error class)"
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr == "join":
        return "joins words in English: pass the first one, or a tuple of words"
    if isinstance(value, ast.BinOp) and isinstance(value.op, (ast.Add, ast.Mod)):
        sides = (value.left, value.right)
        if any(
            isinstance(s, ast.JoinedStr) or (isinstance(s, ast.Constant) and isinstance(s.value, str))
            for s in sides
        ):
            return "glues words together: give them a template of their own"
    return ""


def relative(path: Path, start: Path) -> str:
    """``path`` as a TS location: relative to the folder of the .ts file, with forward slashes."""
    return Path(os.path.relpath(path, start)).as_posix()


def unique(found: Iterable[Found]) -> dict[str, tuple[str, tuple[Path, ...]]]:
    """text -> (notes, files), in the order the texts were first found."""
    merged: dict[str, tuple[list[str], list[Path]]] = {}
    for f in found:
        notes, paths = merged.setdefault(f.text, ([], []))
        if f.note not in notes:
            notes.append(f.note)
        if f.path not in paths:
            paths.append(f.path)
    return {text: ("\n".join(notes), tuple(paths)) for text, (notes, paths) in merged.items()}
