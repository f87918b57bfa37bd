"""Every example in docs/cli.md and docs/pipelines.md (and the README's commands) runs.

``console`` blocks: each ``$`` line is run by bash in a folder holding a copy of
``examples/``; the lines after it must each appear in what it printed (stdout or
stderr), and it must exit with 0, or with N when the command ends in ``# exit: N``.
``python`` blocks of a page run in order in one namespace in that folder; a block
whose first line is ``# requires: MODULE[, MODULE]`` is skipped when a module is
missing (an optional extra that is not installed).
"""

from __future__ import annotations

import importlib.util
import os
import pathlib
import re
import shutil
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
DOCS = ("docs/cli.md", "docs/pipelines.md")
CONSOLE_DOCS = (*DOCS, "README.md")
"""The README's command-line examples run too (its Python snippets are fragments)."""

COMMAND_TIMEOUT = 120
"""Seconds one documented command may take."""

_BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.MULTILINE | re.DOTALL)
_EXIT = re.compile(r"#\s*exit:\s*(\d+)\s*$")
_REQUIRES = re.compile(r"#\s*requires:\s*(.+)")


def blocks(doc: str, language: str) -> list[str]:
    """The bodies of the page's fenced blocks in ``language``."""
    text = (ROOT / doc).read_text(encoding="utf-8")
    return [body for lang, body in _BLOCK.findall(text) if lang == language]


def commands(body: str) -> list[tuple[str, list[str]]]:
    """The ``$`` commands of a console block, each with the output lines shown after it."""
    out: list[tuple[str, list[str]]] = []
    for line in body.splitlines():
        if line.startswith("$ "):
            out.append((line[2:], []))
        elif out and line.strip():
            out[-1][1].append(line.rstrip())
    return out


def shows(printed: list[str], line: str) -> bool:
    """True when ``line`` was printed; a shown line ending in ``...`` is a prefix."""
    if line.endswith("..."):
        return any(p.startswith(line[:-3]) for p in printed)
    return line in printed


@pytest.fixture
def workdir(tmp_path: pathlib.Path) -> pathlib.Path:
    """A folder holding a copy of the repository's examples/."""
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    return tmp_path


def shell_env() -> dict[str, str]:
    """The environment for documented commands: this Python's scripts first on PATH."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(pathlib.Path(sys.executable).parent), env.get("PATH", "")])
    env["PYTHONIOENCODING"] = "utf-8"
    return env


@pytest.mark.parametrize("doc", CONSOLE_DOCS)
def test_console_examples(doc: str, workdir: pathlib.Path) -> None:
    """Each documented command exits as stated and prints the lines shown under it."""
    examples = [c for body in blocks(doc, "console") for c in commands(body)]
    if not examples:
        pytest.skip(f"{doc} has no console examples")
    for command, shown in examples:
        match = _EXIT.search(command)
        expected = int(match.group(1)) if match else 0
        proc = subprocess.run(
            ["bash", "-c", command],
            cwd=workdir,
            env=shell_env(),
            capture_output=True,
            timeout=COMMAND_TIMEOUT,
            check=False,
        )
        printed = [
            line.rstrip()
            for stream in (proc.stdout, proc.stderr)
            for line in stream.decode("utf-8", "replace").splitlines()
        ]
        assert proc.returncode == expected, (command, proc.stderr.decode(errors="replace"))
        for line in shown:
            assert shows(printed, line), (command, line, printed[:20])


@pytest.mark.parametrize("doc", DOCS)
def test_python_examples(doc: str, workdir: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The page's Python blocks run, in order, without error (their asserts hold)."""
    bodies = blocks(doc, "python")
    if not bodies:
        pytest.skip(f"{doc} has no Python examples")
    monkeypatch.chdir(workdir)
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for n, body in enumerate(bodies, 1):
        first = body.splitlines()[0] if body.strip() else ""
        needs = _REQUIRES.match(first)
        if needs:
            missing = [
                m.strip()
                for m in needs.group(1).split(",")
                if importlib.util.find_spec(m.strip()) is None
            ]
            if missing:
                pytest.skip(f"{doc} block {n} needs {', '.join(missing)} (an optional extra)")
        exec(compile(body, f"{doc}:python-block-{n}", "exec"), namespace)
