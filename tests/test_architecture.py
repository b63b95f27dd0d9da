"""The package's shape, read from the source (AST): what import-linter does not check.

* ``core/`` holds subpackages only, each with an ``__init__`` that says what it
  is for and names its public surface in ``__all__``;
* no import cycle between modules, counting imports inside functions too (a
  deferred import hides a cycle, it does not remove it) and the packages an
  import runs on the way (importing ``core.register.schema`` runs
  ``core/register/__init__.py`` first);
* one core subpackage imports from another only what that one declares public:
  a name listed in its ``__all__``, or anything of a module it lists there.

import-linter (``make lint``) checks the layering: which package may import which.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from .conftest import ROOT

PACKAGE = "a4b_qgis_plugin"
PACKAGE_DIR = ROOT / PACKAGE
CORE_DIR = PACKAGE_DIR / "core"
CORE = f"{PACKAGE}.core"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _sources() -> dict[str, Path]:
    return {
        _module_name(path): path
        for path in sorted(PACKAGE_DIR.rglob("*.py"))
        if "__pycache__" not in path.parts
    }


SOURCES = _sources()
TREES = {name: ast.parse(path.read_text(encoding="utf-8"), str(path)) for name, path in SOURCES.items()}


def _is_package(module: str) -> bool:
    return SOURCES[module].name == "__init__.py"


def _absolute(module: str, node: ast.ImportFrom) -> str:
    """The module a ``from ... import`` statement in *module* reads from."""
    if not node.level:
        return node.module or ""
    base = module.split(".")
    if not _is_package(module):
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _imports(module: str):
    """(target module, imported name or None, line) for every import of *module* inside the package."""
    for node in ast.walk(TREES[module]):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(PACKAGE):
                    yield alias.name, None, node.lineno
        elif isinstance(node, ast.ImportFrom):
            source = _absolute(module, node)
            if source.startswith(PACKAGE):
                for alias in node.names:
                    yield source, alias.name, node.lineno


def _declared_all(package: str) -> list[str] | None:
    """The names in ``__all__`` of *package*'s ``__init__``, or None when it has none."""
    for node in TREES[package].body:
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        if any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets) and node.value is not None:
            return [ast.literal_eval(element) for element in node.value.elts]
    return None


def _edges() -> dict[str, set[str]]:
    """module -> modules it makes Python run: the imported one and the packages on its way."""
    graph: dict[str, set[str]] = {name: set() for name in SOURCES}
    for module in SOURCES:
        for source, name, _line in _imports(module):
            target = f"{source}.{name}" if name and f"{source}.{name}" in SOURCES else source
            if target not in SOURCES:
                continue
            graph[module].add(target)
            parts = target.split(".")
            for depth in range(1, len(parts)):
                ancestor = ".".join(parts[:depth])
                if not module.startswith(ancestor + ".") and ancestor != module:
                    graph[module].add(ancestor)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan), or a module importing itself."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in graph[node]:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _core_packages() -> list[str]:
    return sorted(p.name for p in CORE_DIR.iterdir() if p.is_dir() and p.name != "__pycache__")


def test_core_holds_only_subpackages():
    loose = sorted(p.name for p in CORE_DIR.glob("*.py") if p.name != "__init__.py")
    assert loose == [], "modules directly in core/ belong in a subpackage"
    without_init = [name for name in _core_packages() if not (CORE_DIR / name / "__init__.py").is_file()]
    assert without_init == []


@pytest.mark.parametrize("package", _core_packages())
def test_core_subpackage_names_its_purpose_and_public_surface(package):
    module = f"{CORE}.{package}"
    assert ast.get_docstring(TREES[module]), f"{module}: say in a docstring what the package is for"
    public = _declared_all(module)
    assert public, f"{module}: list what other packages may import in __all__"
    defined = set()
    for node in TREES[module].body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            defined.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            defined.add(node.name)
        elif isinstance(node, ast.Assign):
            defined.update(t.id for t in node.targets if isinstance(t, ast.Name))
    assert sorted(set(public) - defined) == [], f"{module}: __all__ names what the __init__ does not import"


def test_no_import_cycle():
    assert _cycles(_edges()) == []


def test_the_cycle_finder_sees_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]


def test_core_subpackages_import_only_each_others_public_names():
    surfaces = {package: set(_declared_all(f"{CORE}.{package}") or ()) for package in _core_packages()}
    breaches = []
    for module in SOURCES:
        if not module.startswith(CORE + "."):
            continue
        own = module.split(".")[2]
        for source, name, line in _imports(module):
            parts = source.split(".")
            if len(parts) < 3 or parts[:2] != [PACKAGE, "core"] or parts[2] == own:
                continue
            target = parts[2]
            public = surfaces.get(target, set())
            inner = parts[3] if len(parts) > 3 else None
            if inner is None:
                allowed = name is None or name in public
            else:
                allowed = inner in public or (name is not None and name in public)
            if not allowed:
                breaches.append(f"{module}:{line} imports {source}.{name or ''} (not in {target}.__all__)")
    assert breaches == []
