"""The shape of the house (docs/style.md, "Shape of the house"), checked on the source.

Every module under ``vsvkit/`` is parsed with :mod:`ast` (nothing of vsvkit is imported) and
checked for the rules of style.md:

* no import cycle between modules (imports at module level and inside functions count;
  imports under ``if TYPE_CHECKING:`` do not, they never run);
* no module imports a module of a layer above its own (:data:`LAYERS`: the one-way data flow);
* no module over :data:`MAX_LINES` lines of code (non-blank, non-comment lines), except the
  string catalogues;
* a private name (leading underscore) never crosses a module border: no
  ``from vsvkit.x import _y``, no ``module._y`` of another module, no ``obj._y`` of a private
  attribute that only another module defines, and a private module (``plots/_common.py``)
  is imported only from inside its own package;

and, in a fresh interpreter, ``import vsvkit.scoring`` does not import ipywidgets.

Each violation is reported with its file and line. The checker itself is tested on a small
planted tree (:func:`test_the_checker_finds_planted_violations`).
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

PACKAGE_DIR = Path(__file__).resolve().parents[1] / "vsvkit"

#: A module past this many lines of code is two modules (style.md).
MAX_LINES = 400

#: String catalogues: long by nature, exempt from :data:`MAX_LINES` (a prefix covers a package).
CATALOGUES = ("vsvkit.i18n", "vsvkit.locale")

#: The layers of the house, lowest first; a module may import its own layer and those below.
#: An entry names a module or a package (then every module in it). The data flows one way
#: (style.md): file or questionnaire page -> intake -> store -> scoring -> privacy ->
#: mirror/comparison -> plots/widgets/report. Two places where the import direction is not
#: the data's direction, on purpose:
#: * privacy sits below scoring: the privacy decision is made on group sizes (counts of
#:   respondents), not on scores, and scoring asks it which groups it may show; privacy
#:   knows nothing of scores.
#: * formatting sits above scoring: it formats what the core computed, at the edges.
LAYERS: tuple[tuple[str, ...], ...] = (
    # the one catalogue of strings users see
    ("vsvkit.locale", "vsvkit.i18n"),
    # leaves: the exception hierarchy (its messages come from the catalogue), where files are
    ("vsvkit.errors", "vsvkit.paths", "vsvkit.safe_cells"),
    # the questionnaire and the conversation guide (and the YAML reader they share)
    ("vsvkit._questionnaire", "vsvkit._yaml", "vsvkit.instrument", "vsvkit.guide"),
    # files -> validated answers -> stored sessions; invitation codes (the store keeps their
    # digests); the import templates for a trainer's own survey tool
    (
        "vsvkit.intake",
        "vsvkit.store",
        "vsvkit.survey.codes",
        "vsvkit.survey.export_templates",
        "vsvkit.survey.limesurvey",
    ),
    # the questionnaire pages' form, validation (by intake's rules) and HTML
    ("vsvkit.survey", "vsvkit.survey.form", "vsvkit.survey.submission", "vsvkit.survey.pages"),
    # what may be shown, decided on group sizes
    ("vsvkit.privacy",),
    # answers -> tidy score tables
    ("vsvkit.scoring",),
    # numbers, dates and tables in the user's language
    ("vsvkit.formatting",),
    # what a session's views show; sessions compared; VSVs compared; the plan
    (
        "vsvkit.sessions",
        "vsvkit.mirror",
        "vsvkit.change",
        "vsvkit.comparison",
        "vsvkit.region",
        "vsvkit.plan",
        "vsvkit.domain_view",
        "vsvkit.survey.response",
    ),
    # tidy tables -> Axes
    ("vsvkit.plots",),
    # the report; the paper questionnaire and the invitation sheet (printed by the report's
    # browser); the sample data
    # the room view's steps and what the projector shows of them
    (
        "vsvkit.report",
        "vsvkit.paper",
        "vsvkit.sample",
        "vsvkit.survey.invitation",
        "vsvkit.room",
    ),
    # ipywidgets views
    ("vsvkit.widgets",),
    # serving: Voilà config, kernel client, the questionnaire pages
    ("vsvkit.app",),
    # the edges: the one argument parser; the public API for notebooks (may import anything)
    ("vsvkit.cli", "vsvkit.__main__", "vsvkit"),
)

#: Known violations in files that other helpers of issue 10 are changing at the same time;
#: they are fixed when their branches are merged. Key -> who fixes it. EMPTY THIS LIST after
#: the merge: an entry that no longer matches a violation fails
#: :func:`test_the_allow_list_has_no_stale_entries`.
ALLOWED: dict[str, str] = {}


# -- the checker -------------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Violation:
    """One broken rule: where, which rule, what; ``key`` (no line number) for :data:`ALLOWED`."""

    path: str
    line: int
    rule: str
    message: str
    key: str = field(compare=False)

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: [{self.rule}] {self.message}"


@dataclass(frozen=True)
class Module:
    name: str
    path: Path
    is_package: bool
    tree: ast.Module
    lines: tuple[str, ...]

    @property
    def package(self) -> str:
        """The package a relative import starts from."""
        return self.name if self.is_package else self.name.rpartition(".")[0]


@dataclass(frozen=True)
class Import:
    importer: str
    target: str  # a module of the tree
    line: int
    name: str | None  # the name taken from the target (``from target import name``), or None


def load_modules(package_dir: Path) -> dict[str, Module]:
    """Every ``.py`` file under ``package_dir``, by dotted module name, parsed."""
    root = package_dir.parent
    modules = {}
    for path in sorted(package_dir.rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        is_package = parts[-1] == "__init__"
        name = ".".join(parts[:-1] if is_package else parts)
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text, filename=str(path))
        modules[name] = Module(name, path, is_package, tree, tuple(text.splitlines()))
    return modules


def _is_type_checking(test: ast.expr) -> bool:
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    return isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node that can run: the bodies of ``if TYPE_CHECKING:`` are left out."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            continue
        stack.extend(ast.iter_child_nodes(node))


def _within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def imports_of(module: Module, modules: dict[str, Module]) -> list[Import]:
    """The imports of the tree's own modules that ``module`` makes when it runs."""
    top = next(iter(modules)).split(".")[0] if modules else ""
    found = []
    for node in _runtime_nodes(module.tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if _within(alias.name, top) and alias.name in modules:
                    found.append(Import(module.name, alias.name, node.lineno, None))
        elif isinstance(node, ast.ImportFrom):
            base = _import_base(module, node)
            if base is None or not _within(base, top):
                continue
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                if sub in modules:  # from package import submodule
                    found.append(Import(module.name, sub, node.lineno, None))
                elif base in modules:
                    found.append(Import(module.name, base, node.lineno, alias.name))
    return sorted(found, key=lambda imp: imp.line)


def _import_base(module: Module, node: ast.ImportFrom) -> str | None:
    if not node.level:
        return node.module
    parts = module.package.split(".")
    if node.level - 1 >= len(parts):
        return None
    parts = parts[: len(parts) - (node.level - 1)]
    return ".".join(parts + ([node.module] if node.module else []))


def module_aliases(module: Module, modules: dict[str, Module]) -> dict[str, str]:
    """Local names bound to a module of the tree (``import a.b as m``, ``from a import b``)."""
    aliases = {}
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in modules:
                    local = alias.asname or alias.name.split(".")[0]
                    aliases[local] = alias.name if alias.asname else local
        elif isinstance(node, ast.ImportFrom):
            base = _import_base(module, node)
            for alias in node.names:
                if base is not None and f"{base}.{alias.name}" in modules:
                    aliases[alias.asname or alias.name] = f"{base}.{alias.name}"
    return aliases


def layer_of(name: str, layers: tuple[tuple[str, ...], ...], top: str) -> int | None:
    """The layer of a module: its most specific entry (the top package only by its own name)."""
    best, best_len = None, -1
    for index, entries in enumerate(layers):
        for entry in entries:
            matches = name == entry or (entry != top and name.startswith(entry + "."))
            if matches and len(entry) > best_len:
                best, best_len = index, len(entry)
    return best


def _rel(module: Module, root: Path) -> str:
    return module.path.relative_to(root).as_posix()


def check_cycles(modules: dict[str, Module], root: Path) -> list[Violation]:
    """Every import between modules of one import cycle (a strongly connected component)."""
    edges: dict[str, dict[str, Import]] = {name: {} for name in modules}
    for module in modules.values():
        for imp in imports_of(module, modules):
            if imp.target != module.name:
                edges[module.name].setdefault(imp.target, imp)
    out = []
    for component in _strongly_connected(edges):
        if len(component) < 2:
            continue
        members = set(component)
        for source in sorted(members):
            for target, imp in sorted(edges[source].items()):
                if target in members:
                    cycle = " -> ".join(_cycle_through(edges, source, target, members))
                    out.append(
                        Violation(
                            _rel(modules[source], root),
                            imp.line,
                            "cycle",
                            f"{source} imports {target}, which imports it back: {cycle}",
                            f"cycle {source} -> {target}",
                        )
                    )
    return out


def _strongly_connected(edges: dict[str, dict[str, Import]]) -> list[list[str]]:
    """Tarjan's algorithm (recursive; the graph has a few hundred nodes at most)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in edges[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            components.append(component)

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return components


def _cycle_through(edges, source: str, target: str, members: set[str]) -> list[str]:
    """A shortest path target -> ... -> source inside the component, as a cycle from source."""
    paths = {target: [source, target]}
    queue = [target]
    while queue:
        node = queue.pop(0)
        if node == source:
            return paths[node]
        for nxt in sorted(edges[node]):
            if nxt in members and nxt not in paths:
                paths[nxt] = paths[node] + [nxt]
                queue.append(nxt)
    return [source, target, source]


def check_layers(
    modules: dict[str, Module], root: Path, layers: tuple[tuple[str, ...], ...]
) -> list[Violation]:
    """Imports of a higher layer, and modules in no layer.

    Importing ``a.b.c`` runs the packages ``a.b`` on the way (not the top package, and not
    the importer's own packages, which run already): they count as imported too.
    """
    top = next(iter(modules)).split(".")[0]
    out = []
    for module in modules.values():
        own = layer_of(module.name, layers, top)
        if own is None:
            out.append(
                Violation(
                    _rel(module, root),
                    1,
                    "layer",
                    f"{module.name} is in no layer: add it to LAYERS in tests/test_shape.py",
                    f"layer {module.name} unplaced",
                )
            )
            continue
        for imp in imports_of(module, modules):
            parts = imp.target.split(".")
            run = [imp.target] + [".".join(parts[:i]) for i in range(len(parts) - 1, 1, -1)]
            for target in run:  # the module itself first, then the packages on the way
                if target not in modules or _within(module.name, target):
                    continue
                theirs = layer_of(target, layers, top)
                if theirs is not None and theirs > own:
                    via = "" if target == imp.target else f" (the package of {imp.target})"
                    out.append(
                        Violation(
                            _rel(module, root),
                            imp.line,
                            "layer",
                            f"{module.name} (layer {own}) imports {target}{via} of layer "
                            f"{theirs} above it",
                            f"layer {module.name} -> {target}",
                        )
                    )
                    break  # one violation per import
    return out


def lines_of_code(lines: Iterable[str]) -> int:
    """Non-blank lines that are not comments (docstrings count: they are read)."""
    return sum(1 for line in lines if line.strip() and not line.strip().startswith("#"))


def check_length(
    modules: dict[str, Module], root: Path, limit: int, exempt: tuple[str, ...]
) -> list[Violation]:
    out = []
    for module in modules.values():
        if any(_within(module.name, e) for e in exempt):
            continue
        n = lines_of_code(module.lines)
        if n > limit:
            out.append(
                Violation(
                    _rel(module, root),
                    1,
                    "length",
                    f"{module.name} has {n} lines of code (at most {limit}): split it",
                    f"length {module.name}",
                )
            )
    return out


def _private(name: str) -> bool:
    return (
        len(name) > 1
        and name.startswith("_")
        and not (name.startswith("__") and name.endswith("__"))
    )


def private_definitions(module: Module) -> set[str]:
    """Private names a module defines: functions, classes, assigned names and attributes."""
    names = set()
    for node in ast.walk(module.tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            names.add(node.attr)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return {n for n in names if _private(n)}


def _dotted(node: ast.expr) -> list[str] | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    return [node.id, *reversed(parts)]


def check_private(modules: dict[str, Module], root: Path) -> list[Violation]:
    defined = {name: private_definitions(m) for name, m in modules.items()}
    out = []

    def add(module: Module, line: int, message: str, key: str) -> None:
        out.append(Violation(_rel(module, root), line, "private", message, f"private {key}"))

    for module in modules.values():
        for imp in imports_of(module, modules):
            if imp.name is not None and _private(imp.name) and imp.target != module.name:
                add(
                    module,
                    imp.line,
                    f"{module.name} imports the private name {imp.name} of {imp.target}",
                    f"{module.name} <- {imp.target}.{imp.name}",
                )
            parts = imp.target.split(".")
            for i, part in enumerate(parts):
                home = ".".join(parts[:i])
                if _private(part) and not _within(module.name, home):
                    add(
                        module,
                        imp.line,
                        f"{module.name} imports the private module {imp.target} from outside "
                        f"{home}",
                        f"{module.name} <- {imp.target}",
                    )
                    break
        aliases = module_aliases(module, modules)
        for node in _runtime_nodes(module.tree):
            if not isinstance(node, ast.Attribute) or not _private(node.attr):
                continue
            chain = _dotted(node.value)
            target = _module_of_chain(chain, aliases, modules) if chain else None
            if target is not None:
                if target != module.name:
                    add(
                        module,
                        node.lineno,
                        f"{module.name} uses {target}.{node.attr}, a private name of {target}",
                        f"{module.name} <- {target}.{node.attr}",
                    )
                continue
            if node.attr in defined[module.name]:
                continue
            owners = sorted(n for n, names in defined.items() if node.attr in names)
            if owners:
                add(
                    module,
                    node.lineno,
                    f"{module.name} uses .{node.attr}, a private attribute defined in "
                    f"{', '.join(owners)}",
                    f"{module.name} <- .{node.attr}",
                )
    return out


def _module_of_chain(chain: list[str], aliases: dict[str, str], modules) -> str | None:
    """The module a dotted name ``a.b.c`` ends at, when its head is an imported module."""
    if chain[0] not in aliases:
        return None
    name = aliases[chain[0]]
    for part in chain[1:]:
        if f"{name}.{part}" not in modules:
            return None
        name = f"{name}.{part}"
    return name


def check_tree(
    package_dir: Path,
    *,
    layers: tuple[tuple[str, ...], ...] = LAYERS,
    limit: int = MAX_LINES,
    exempt: tuple[str, ...] = CATALOGUES,
) -> list[Violation]:
    """Every violation of the shape rules in the package at ``package_dir``, sorted."""
    modules = load_modules(package_dir)
    root = package_dir.parent
    return sorted(
        check_cycles(modules, root)
        + check_layers(modules, root, layers)
        + check_length(modules, root, limit, exempt)
        + check_private(modules, root)
    )


# -- the house ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def violations() -> list[Violation]:
    return check_tree(PACKAGE_DIR)


def _check(found: list[Violation], rule: str) -> None:
    shown = [str(v) for v in found if v.rule == rule and v.key not in ALLOWED]
    if shown:
        pytest.fail(f"{len(shown)} violation(s):\n" + "\n".join(shown), pytrace=False)


def test_no_import_cycles(violations):
    _check(violations, "cycle")


def test_no_module_imports_a_layer_above_it(violations):
    _check(violations, "layer")


def test_no_module_is_over_400_lines_of_code(violations):
    _check(violations, "length")


def test_no_private_name_crosses_a_module_border(violations):
    _check(violations, "private")


def test_the_allow_list_has_no_stale_entries(violations):
    found = {v.key for v in violations}
    stale = sorted(set(ALLOWED) - found)
    assert not stale, f"fixed: remove from ALLOWED in tests/test_shape.py: {stale}"


def test_every_layer_entry_names_a_module():
    modules = load_modules(PACKAGE_DIR)
    unknown = [
        entry
        for entries in LAYERS
        for entry in entries
        if not any(_within(m, entry) for m in modules)
    ]
    assert not unknown


def test_importing_scoring_does_not_import_ipywidgets():
    code = (
        "import sys, vsvkit.scoring; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'ipywidgets'))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=PACKAGE_DIR.parent,
    )
    assert done.stdout.strip() == "[]", f"import vsvkit.scoring imported {done.stdout.strip()}"


# -- the checker on a planted tree -------------------------------------------------------------

_PLANTED = {
    "__init__.py": "",
    "low.py": """\
        from typing import TYPE_CHECKING

        if TYPE_CHECKING:
            from pkg.high import High  # never runs: no cycle, no upward import

        _secret = 1


        class Thing:
            def __init__(self):
                self._hidden = 2
        """,
    "high.py": """\
        from pkg.low import Thing, _secret
        from pkg import low


        def late():
            from pkg.mid import value  # inside a function: counts

            return value + low._secret + Thing()._hidden
        """,
    "mid.py": """\
        from .high import late  # relative: resolved


        value = 3
        """,
    "up.py": """\
        def f():
            from pkg.high import late

            return late
        """,
    "long.py": "\n".join(["x = 1", "# a comment", ""] * 9),
    "orphan.py": "",
    "sub/__init__.py": "",
    "sub/_inner.py": "helper = 1\n",
    "sub/user.py": "from pkg.sub._inner import helper  # inside its package: fine\n",
    "outside.py": "from pkg.sub._inner import helper\n",
}

_PLANTED_LAYERS = (
    ("pkg.low", "pkg.long", "pkg.sub", "pkg.outside"),
    ("pkg.mid", "pkg.up"),
    ("pkg.high",),
    ("pkg",),
)


def _plant(tmp_path: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = tmp_path / "pkg" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return tmp_path / "pkg"


def test_the_checker_finds_planted_violations(tmp_path):
    found = check_tree(_plant(tmp_path, _PLANTED), layers=_PLANTED_LAYERS, limit=8, exempt=())
    text = [str(v) for v in found]
    assert sorted(v.key for v in found) == sorted(
        [
            "cycle pkg.high -> pkg.mid",
            "cycle pkg.mid -> pkg.high",
            "layer pkg.mid -> pkg.high",
            "layer pkg.up -> pkg.high",
            "layer pkg.orphan unplaced",
            "length pkg.long",
            "private pkg.high <- pkg.low._secret",  # imported by name
            "private pkg.high <- pkg.low._secret",  # read as low._secret
            "private pkg.high <- ._hidden",
            "private pkg.outside <- pkg.sub._inner",
        ]
    ), text
    # every violation says where it is
    assert "pkg/mid.py:1: [cycle] pkg.mid imports pkg.high" in "\n".join(text)
    assert "pkg/high.py:6: [cycle] pkg.high imports pkg.mid" in "\n".join(text)
    assert "pkg/up.py:2: [layer] pkg.up (layer 1) imports pkg.high of layer 2" in "\n".join(text)
    assert "pkg/high.py:1: [private] pkg.high imports the private name _secret" in "\n".join(text)
    assert "pkg/high.py:8: [private] pkg.high uses pkg.low._secret" in "\n".join(text)
    assert "pkg/high.py:8: [private] pkg.high uses ._hidden" in "\n".join(text)
    assert "pkg/long.py:1: [length] pkg.long has 9 lines of code (at most 8)" in "\n".join(text)


def test_the_checker_passes_a_clean_tree(tmp_path):
    files = {
        "__init__.py": "from pkg.b import g\n",
        "a.py": "_x = 1\n\n\ndef f():\n    return _x\n",
        "b.py": "from pkg.a import f\n\n\ndef g():\n    return f()\n",
    }
    layers = (("pkg.a",), ("pkg.b",), ("pkg",))
    assert check_tree(_plant(tmp_path, files), layers=layers, limit=5, exempt=()) == []


def test_the_checker_counts_a_package_run_on_the_way(tmp_path):
    """Importing pkg.hi.leaf runs pkg/hi/__init__.py: a layer above counts, via the package."""
    files = {
        "__init__.py": "",
        "lo.py": "from pkg.hi.leaf import x\n",
        "hi/__init__.py": "",
        "hi/leaf.py": "x = 1\n",
    }
    layers = (("pkg.lo", "pkg.hi.leaf"), ("pkg.hi",), ("pkg",))
    found = check_tree(_plant(tmp_path, files), layers=layers, limit=5, exempt=())
    assert [str(v) for v in found] == [
        "pkg/lo.py:1: [layer] pkg.lo (layer 0) imports pkg.hi (the package of pkg.hi.leaf) "
        "of layer 1 above it"
    ]
