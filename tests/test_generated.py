"""The generated modules: committed as the generator makes them, and real source files."""

from __future__ import annotations

import ast
import inspect
import shutil
import subprocess
import sys
from pathlib import Path
from typing import cast

import smscodec as sc
from smscodec._codegen import emit
from smscodec._fastpath import CHECKERS, DECODERS, ENCODERS, sealed
from smscodec._generated import json_fast, xml_plain
from smscodec._spec.bodies import KINDS

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "smscodec"
SCRIPT = ROOT / "scripts" / "generate_code.py"


def _committed() -> dict[str, str]:
    folder = ROOT / emit.FOLDER
    return {
        f"{emit.FOLDER}/{path.name}": path.read_text("utf-8")
        for path in folder.glob("*.py")
        if path.name != "__init__.py"
    }


def test_committed_modules_are_what_the_generator_makes_now() -> None:
    generated = emit.generate()
    committed = _committed()
    assert set(committed) == set(generated), "run scripts/generate_code.py"
    for path, text in generated.items():
        assert committed[path] == text, f"{path} is stale: run scripts/generate_code.py"


def test_each_module_says_it_is_generated_and_from_what() -> None:
    for path, text in emit.generate().items():
        header = text.split('"""')[1]
        assert "GENERATED FILE: do not edit by hand" in header, path
        assert "scripts/generate_code.py" in header and "smscodec/_spec/bodies.py" in header, path


def test_the_script_regenerates_over_broken_modules(tmp_path: Path) -> None:
    # After a description changed, the committed modules may not even import any more; the
    # script must still write them (it runs none of them), and --check then passes.
    shutil.copytree(PACKAGE, tmp_path / "smscodec",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "scripts").mkdir()
    shutil.copy(SCRIPT, tmp_path / "scripts")
    broken = tmp_path / "smscodec" / "_generated" / "json_fast.py"
    broken.write_text("raise ImportError('stale')\n", "utf-8")
    (tmp_path / "smscodec" / "_generated" / "xml_plain.py").unlink()
    left_over = tmp_path / "smscodec" / "_generated" / "gone.py"
    left_over.write_text("", "utf-8")
    script = str(tmp_path / "scripts" / "generate_code.py")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, script, *args], capture_output=True,
                              text=True, cwd=tmp_path, timeout=120, check=False)

    check = run("--check")
    assert check.returncode == 1, check.stderr
    assert set(check.stdout.split()) == {
        "stale:", "smscodec/_generated/json_fast.py", "smscodec/_generated/xml_plain.py",
        "smscodec/_generated/gone.py",
    }
    wrote = run()
    assert wrote.returncode == 0, wrote.stderr
    assert not left_over.exists()
    for path, text in emit.generate().items():
        assert (tmp_path / path).read_text("utf-8") == text
    assert run("--check").returncode == 0


def _calls(path: Path, names: set[str]) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        func = node.func if isinstance(node, ast.Call) else None
        if isinstance(func, ast.Name) and func.id in names:
            found.append(f"{path.relative_to(ROOT)}:{func.lineno}: {func.id}()")
    return found


def test_no_source_is_compiled_at_run_time() -> None:
    # Valid cases are ordinary functions that the generator inlines (smscodec._spec.inline): no
    # source is evaluated anywhere, at import or later.
    calls = [c for path in sorted(PACKAGE.rglob("*.py"))
             for c in _calls(path, {"exec", "compile", "eval"})]
    assert calls == []


def test_tables_name_the_generated_functions_of_every_body() -> None:
    for body in KINDS.values():
        name = body.name.replace("-", "_") if body.name else ""
        assert DECODERS[body.model] is getattr(json_fast, f"decode_{name}")
        assert ENCODERS[body.model] is getattr(json_fast, f"encode_{name}")
        if sealed(body):
            assert CHECKERS[body.model] is getattr(json_fast, f"check_{name}")
        else:
            assert body.model not in CHECKERS
    assert set(xml_plain.PLAIN_READERS) == {body.model for body in KINDS.values()}


def test_generated_functions_have_their_source_and_lines() -> None:
    decode = DECODERS[sc.BinaryMultiRequest]
    assert inspect.getsourcefile(decode) == str(PACKAGE / "_generated" / "json_fast.py")
    source = inspect.getsource(decode)
    assert source.startswith("def decode_binary_multi_request(")
    read, _ = xml_plain.PLAIN_READERS[sc.BinaryMultiRequest]
    assert inspect.getsource(read).startswith("def read_xml_binary_multi_request(")
    # A traceback from inside one names its file and line: here, the limits are not Limits.
    try:
        decode({"messages": [{}]}, cast(sc.Limits, object()))
    except AttributeError as exc:
        assert exc.__traceback__ is not None
        frame = inspect.getinnerframes(exc.__traceback__)[-1]
        assert frame.filename.endswith("json_fast.py")
        assert frame.code_context is not None and "L.max_messages" in frame.code_context[0]
    else:
        raise AssertionError("a decoder without limits read its messages")
