"""The package's architecture, checked: its layers, and an import graph with no cycle.

The graph is read from the source with `ast`, so it holds every import: those inside functions
and under ``if TYPE_CHECKING:`` too. A function-level import only postpones a cycle to the first
call; it does not remove it, and a reader still has to hold both modules in mind at once.
"""

from __future__ import annotations

import ast
import fnmatch
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "smscodec"

#: The layers, bottom to top. A module imports only from its own layer and the layers below;
#: within a layer, only the absence of cycles is required. Every module of the package is in
#: exactly one layer, so a new module has to be placed here (entries are `fnmatch` patterns
#: over module names relative to the package, with dots for subpackages).
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Plain values and helpers that know nothing of bodies: issues and their codes, limits, the
    # neutral tree (what JSON and XML are both read into), the issue report and its paths,
    # frozen values built through a mutable class, what XML 1.0 can carry.
    ("foundation", ("_version", "_core", "_core.*")),
    # SMS text: alphabets, national tables, segment counting, transliteration. Beside the
    # codecs; the rules use them to bound a text.
    ("text", ("_sms", "_sms.*")),
    # The published status and error catalogue: its entries (generated data, loaded on the
    # first lookup) and the lookups. Beside the codecs; the strict rules and models use it.
    ("catalogue", ("_catalogue", "_catalogue.*")),
    # The description vocabulary (Body, Field, Kind) and the field rules, one module per
    # subject; the values of the richer kinds (decimals, timestamps, booleans and enums) too.
    ("vocabulary", ("_spec", "_spec.vocabulary", "_spec.inline", "_spec.rules", "_spec.rules.*")),
    # The validator: the walker, the combinators descriptions are made of, and the check a
    # model's constructor runs. It finds a model's description on the model class
    # (``__sms_body__``), so it never imports the list of bodies.
    ("validator", ("_validate", "_validate.*")),
    # The models and, beside them, the description of each one: where a new body goes.
    ("models", ("_spec.models", "_spec.parts", "_spec.bodies", "_spec.models_v3", "_spec.errors_v3",
                "_spec.bodies_v3", "_spec.models_bulks", "_spec.bodies_bulks", "_spec.models_v2",
                "_spec.models_reports", "_spec.bodies_reports",
                "_spec.bodies_v2", "_spec.mixups", "_spec.models_preview", "_spec.bodies_preview")),
    # Decoders and encoders derived from the descriptions, for the common valid case:
    # generated from the descriptions (committed modules), their lookup tables, and the XML
    # leaf readers the generated XML readers share with the careful reader.
    ("fastpath", ("_generated", "_generated.*", "_fastpath", "_xml.values")),
    # The wire formats, with the same shape: each reads into the neutral tree, validates, and
    # writes a model's canonical bytes.
    ("codecs", ("_json", "_json.*", "_xml", "_xml.parse", "_xml.markup", "_xml.read", "_xml.lines",
                "_xml.codec", "_xml.write")),
    # What ``import smscodec`` gives: dispatch by format and type, and the small helpers.
    ("api", ("__init__", "_api", "_api_advanced", "_api_preview", "_shipped_schemas")),
    # Tools over the public API: the command line, the schema generator (lxml), the code
    # generator and the Hypothesis strategies (hypothesis), the ASGI validation layer and the
    # emulator (uvicorn, httpx). ``import smscodec`` imports none.
    ("tools", ("_cli", "_cli.*", "__main__", "schemas", "strategies", "strategies.*",
               "_codegen", "_codegen.*", "asgi", "_server", "_server.*")),
)


def _modules() -> dict[str, Path]:
    """Every module of the package by its name relative to the package (``bodies``)."""
    found: dict[str, Path] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        if len(parts) > 1 and parts[-1] == "__init__":
            parts = parts[:-1]  # a subpackage is named by its folder
        found[".".join(parts)] = path
    return found


def _package_of(module: str) -> list[str]:
    """The package a module's relative imports start from, as a list of name parts."""
    parts = [] if module == "__init__" else module.split(".")
    if module != "__init__" and not (PACKAGE / Path(*parts) / "__init__.py").exists():
        parts = parts[:-1]  # a plain module: its package is its folder
    return parts


def _imports(module: str, path: Path, modules: set[str]) -> set[str]:
    """The package's modules that ``module`` imports anywhere in its source."""

    def resolve(parts: list[str]) -> str | None:
        name = ".".join(parts) or "__init__"
        return name if name in modules else None

    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                head, _, rest = alias.name.partition(".")
                if head == PACKAGE.name:
                    found.add(resolve(rest.split(".") if rest else []) or "__init__")
        elif isinstance(node, ast.ImportFrom):
            named = node.module.split(".") if node.module else []
            if node.level:
                package = _package_of(module)
                base = package[: len(package) - (node.level - 1)] + named
            elif named[:1] == [PACKAGE.name]:
                base = named[1:]
            else:
                continue
            target = resolve(base)
            for alias in node.names:
                # ``from . import models`` imports the module; ``from .api import decode`` a name.
                sub = resolve([*base, alias.name])
                found.add(sub or target or "__init__")
    found.discard(module)
    return found


def import_graph() -> dict[str, set[str]]:
    """Module name to the package modules it imports."""
    modules = _modules()
    names = set(modules)
    return {name: _imports(name, path, names) for name, path in modules.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as ``[a, b, ..., a]``, or None when the graph has none."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                return [*stack[stack.index(target):], target]
            if target not in state:
                cycle = visit(target)
                if cycle is not None:
                    return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            cycle = visit(node)
            if cycle is not None:
                return cycle
    return None


def _layer_of() -> dict[str, int]:
    out: dict[str, int] = {}
    for module in _modules():
        places = [
            i for i, (_, patterns) in enumerate(LAYERS)
            if any(fnmatch.fnmatchcase(module, p) for p in patterns)
        ]
        assert len(places) == 1, (
            f"smscodec.{module} is in {len(places)} layers; place it in exactly one of LAYERS "
            "in tests/test_architecture.py"
        )
        out[module] = places[0]
    return out


def test_the_import_graph_has_no_cycle() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or ())


def test_each_module_imports_only_from_its_layer_and_below() -> None:
    layer = _layer_of()
    upward = [
        f"{module} ({LAYERS[layer[module]][0]}) imports {target} ({LAYERS[layer[target]][0]})"
        for module, targets in sorted(import_graph().items())
        for target in sorted(targets)
        if layer[target] > layer[module]
    ]
    assert not upward, "imports that go up a layer:\n" + "\n".join(upward)


def test_the_graph_reader_sees_every_kind_of_import(tmp_path: Path) -> None:
    # The checks above are only as good as the graph: a missed import is a missed cycle.
    source = (
        "from ._spec import models as m\n"
        "from ._api import decode\n"
        "import smscodec._spec.bodies\n"
        "from smscodec._spec import vocabulary\n"
        "from smscodec._core.report import Report\n"
        "from smscodec import decode as d\n"
        "import json\n"
        "def f():\n"
        "    from ._core.tree import show\n"
        "    from ._validate import walk\n"
    )
    path = tmp_path / "probe.py"
    path.write_text(source, "utf-8")
    found = _imports("probe", path, set(_modules()))
    assert found == {"_spec.models", "_api", "_spec.bodies", "_spec.vocabulary", "_core.report",
                     "__init__", "_core.tree", "_validate.walk"}
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


def _run(code: str) -> None:
    # A fresh interpreter: this one has long since imported everything the tests use.
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_import_smscodec_is_light() -> None:
    _run(
        "import sys, smscodec\n"
        "heavy = sorted({'lxml', 'hypothesis'} & set(sys.modules))\n"
        "assert not heavy, heavy\n"
    )


def test_json_and_shipped_schemas_need_no_lxml() -> None:
    _run(
        "import sys, smscodec as sc\n"
        "request = sc.TextSingleRequest(to=('41793026727',), text='Hi')\n"
        "assert sc.decode(sc.encode(request), sc.TextSingleRequest) == request\n"
        "try:\n"
        "    sc.decode('{\"to\": \"1\", \"text\": \"\"}', sc.TextSingleRequest)\n"
        "except sc.ValidationError as error:\n"
        "    assert len(error.issues) == 2, error.issues\n"
        "else:\n"
        "    raise AssertionError('decoded')\n"
        "assert sc.schema('sms-response').startswith('{')\n"
        "assert sc.schema('sms-response', 'xsd').startswith('<?xml')\n"
        "assert 'lxml' not in sys.modules\n"
    )


#: Modules allowed past `MAX_LINES`, with the reason: tables, and what a generator writes.
LONG_MODULES: dict[str, str] = {
    "_sms.national": "the national language tables of 3GPP TS 23.038, one row a line",
    "_generated.json_fast": "generated: every body's decoder, checker and encoder inlined",
    "_generated.xml_plain": "generated: every body's plain XML reader inlined",
    "_catalogue.data": "generated: the published status and error catalogue, one entry a line",
}
MAX_LINES = 600


def test_no_module_is_longer_than_it_can_be_read() -> None:
    # A module over this length holds more than one job; split it by job (see README,
    # Architecture), or list it above if it is a table or generated.
    long = {
        name: n for name, path in _modules().items()
        if (n := len(path.read_text("utf-8").splitlines())) > MAX_LINES
    }
    assert set(long) <= set(LONG_MODULES), f"modules over {MAX_LINES} lines: {long}"
    assert all(name in _modules() for name in LONG_MODULES), "LONG_MODULES names a module gone"
