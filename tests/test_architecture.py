"""Dependency direction: only terminal.ui imports PySide6, sync never imports terminal, biometrics imports
neither, no modules import each other in a circle; the types check; the code is ruff clean."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from functools import cache
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]

BLOCK_QT_AND_IMPORT_ALL = textwrap.dedent(
    """
    import importlib, pkgutil, sys

    class BlockQt:
        def find_spec(self, name, path=None, target=None):
            if name == "PySide6" or name.startswith("PySide6."):
                raise ImportError("PySide6 is blocked: only terminal.ui may import it")
            return None

    sys.meta_path.insert(0, BlockQt())
    imported = []
    for top in ("terminal", "sync", "biometrics"):
        package = importlib.import_module(top)
        for info in pkgutil.walk_packages(package.__path__, top + "."):
            if info.name == "terminal.ui" or info.name.startswith("terminal.ui."):
                continue
            if info.name.endswith("__main__"):
                continue
            importlib.import_module(info.name)
            imported.append(info.name)
    assert not [m for m in sys.modules if m.startswith("PySide6")]
    print(len(imported))
    """
)


def test_every_package_but_the_ui_imports_without_qt() -> None:
    done = subprocess.run(
        [sys.executable, "-c", BLOCK_QT_AND_IMPORT_ALL], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= 20  # the walk really found the modules


def test_no_module_outside_the_ui_mentions_pyside() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for top in ("terminal", "sync", "biometrics")
        for p in (ROOT / top).rglob("*.py")
        if "ui" not in p.relative_to(ROOT).parts[:2] and "PySide6" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_ruff_is_clean() -> None:
    ruff = Path(sys.executable).with_name("ruff")
    done = subprocess.run(
        [str(ruff), "check", "--output-format", "concise", "."], capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 0, done.stdout + done.stderr


@cache
def imports() -> grimp.ImportGraph:
    """Every import of the three packages, at module level or inside functions alike."""
    return grimp.build_graph("terminal", "sync", "biometrics")


def test_sync_never_imports_the_terminal_and_biometrics_imports_neither() -> None:
    graph = imports()
    for importer, imported in (("sync", "terminal"), ("biometrics", "terminal"), ("biometrics", "sync")):
        chains = graph.find_shortest_chains(importer=importer, imported=imported)
        assert not chains, f"{importer} reaches {imported}: {sorted(chains)}"


def test_sync_takes_only_the_shared_words_from_biometrics() -> None:
    graph = imports()
    reached = {
        imported
        for module in graph.find_descendants("sync") | {"sync"}
        for imported in graph.find_modules_directly_imported_by(module)
        if imported.split(".")[0] == "biometrics"
    }
    assert reached == {"biometrics.phrases"}


def test_the_domain_never_imports_the_window_or_the_command_line() -> None:
    graph = imports()
    for importer in ("terminal.core", "terminal.sync_client"):
        for imported in ("terminal.ui", "terminal.cli"):
            assert not graph.find_shortest_chains(importer=importer, imported=imported)


def test_no_modules_import_each_other_in_a_circle() -> None:
    graph = imports()
    circles = [sorted(c) for c in _circles(graph)]
    assert circles == [], "modules that import each other in a circle: " + "; ".join(map(str, circles))


def _circles(graph: grimp.ImportGraph) -> list[set[str]]:
    """The strongly connected components of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child)))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(component)
    return found


def test_the_types_check() -> None:
    """mypy, strict, on the packages pyproject.toml names (the domain, sync and the Face-ID engine)."""
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]


def test_one_phrase_and_one_root_error_serve_every_package() -> None:
    from biometrics.errors import BiometricsError
    from biometrics.phrases import Phrase, UserError
    from sync.errors import SyncError
    from sync.phrases import item_reason
    from terminal.core.errors import HamyonError
    from terminal.core.idnumbers import parse_id_number

    defined = [
        str(p.relative_to(ROOT))
        for top in ("terminal", "sync", "biometrics")
        for p in (ROOT / top).rglob("*.py")
        if "class Phrase(" in p.read_text(encoding="utf-8")
    ]
    assert defined == ["biometrics/phrases.py"]
    assert all(issubclass(base, UserError) for base in (HamyonError, SyncError, BiometricsError))
    assert type(item_reason("sequence_gap")) is Phrase
    try:
        parse_id_number("12345", "UZ")
    except UserError as exc:
        assert type(exc).__module__ == "terminal.core.errors"
        assert isinstance(exc.params["reason"], Phrase)
    else:
        raise AssertionError("a short ID number must be refused")


def test_the_words_every_package_imports_load_nothing_heavy() -> None:
    probe = (
        "import sys, sync.errors, terminal.core.errors; print(sorted({'numpy', 'cv2'} & sys.modules.keys()))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
