"""Shared fixtures: a copy of the sample project that a test may break as it likes."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings

from silabus import load, render

# Short property runs in `make test`; `make fuzz` selects the long profile.
settings.register_profile("default", max_examples=60, deadline=None)
settings.register_profile("fuzz", max_examples=3000, deadline=None)
settings.load_profile("default")

REPOSITORY = Path(__file__).resolve().parent.parent

# The tests read Silabus's messages in English, whatever the program's language;
# the tests of the Indonesian messages (and the corpus) choose their language.
os.environ["SILABUS_LANG"] = "en"
PROJECT_PARTS = ("curriculum", "docs", "hooks", "schema", "mkdocs.yml")
NODE_MODULES = REPOSITORY / "node_modules"


def require(available: bool, what: str, how: str) -> None:
    """Skip a test whose outside tool is missing, saying how to get it; under CI
    (CI=true) fail instead, so that a CI run never passes without it."""
    if available:
        return
    message = f"{what} is not installed: {how}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def node_package(name: str) -> Path:
    """The folder of an npm package the tests use (package.json), or skip/fail."""
    folder = NODE_MODULES / name
    require(
        shutil.which("node") is not None and folder.is_dir(),
        f"Node.js with the npm package {name}",
        "install Node.js and npm, then run `npm ci` (`make test` does it when npm is there)",
    )
    return folder


@dataclass
class Project:
    """A Silabus project in a temporary folder."""

    root: Path

    def path(self, relative: str) -> Path:
        return self.root / relative

    def read(self, relative: str) -> str:
        return self.path(relative).read_text(encoding="utf-8")

    def write(self, relative: str, text: str) -> Path:
        target = self.path(relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        return target

    def replace(self, relative: str, old: str, new: str) -> None:
        text = self.read(relative)
        assert old in text, f"{old!r} not in {relative}"
        self.write(relative, text.replace(old, new, 1))

    def run(
        self, *command: str, cwd: Path | None = None, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
        return subprocess.run(
            command,
            cwd=cwd or self.root,
            capture_output=True,
            text=True,
            env=environment,
            check=False,
            timeout=120,
        )

    def silabus(self, *arguments: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        return self.run(sys.executable, "-m", "silabus", *arguments, cwd=cwd)

    def mkdocs_build(self, *arguments: str) -> subprocess.CompletedProcess[str]:
        return self.run(sys.executable, "-m", "mkdocs", "build", *arguments)


def snapshot(folder: Path, *, with_times: bool = False) -> dict[str, object]:
    """Every file below `folder` (links left out) with its bytes and, if asked, its
    modification time: equal snapshots mean nothing was written there."""
    return {
        path.relative_to(folder).as_posix(): (
            (path.read_bytes(), path.stat().st_mtime_ns) if with_times else path.read_bytes()
        )
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.is_symlink()
    }


def served_page(address: str) -> str:
    """The page a local server gives at `address`; empty while it gives none."""
    try:
        with urllib.request.urlopen(address, timeout=10) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return ""


def mkdocs_lines(stderr: str) -> list[str]:
    """The lines MkDocs printed, without their level prefix (`ERROR    -  `); notes are
    printed at the INFO level."""
    return [re.sub(r"^(ERROR|WARNING|INFO) +-  ", "", line) for line in stderr.splitlines()]


def copy_sample(root: Path) -> Project:
    """A copy of the sample project in the new folder `root`."""
    root.mkdir(parents=True)
    for part in PROJECT_PARTS:
        source = REPOSITORY / part
        if source.is_dir():
            shutil.copytree(source, root / part)
        else:
            shutil.copy2(source, root / part)
    return Project(root)


@pytest.fixture(autouse=True)
def _nothing_made_before() -> None:
    """Each test starts without files read or pages made by an earlier test in the
    same process (Silabus keeps them for `mkdocs serve`)."""
    load.clear_cache()
    render.clear_caches()


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """A fresh copy of the sample project."""
    return copy_sample(tmp_path / "project")


@pytest.fixture
def make_project(tmp_path: Path) -> Callable[[dict[str, str]], Project]:
    """A project made of exactly the given files (path -> text)."""

    def make(files: dict[str, str]) -> Project:
        root = tmp_path / "made"
        root.mkdir(exist_ok=True)
        made = Project(root)
        for relative, text in files.items():
            made.write(relative, text)
        return made

    return make


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """One line for the corpus of broken curricula: `N cases, N passed`."""
    outcomes = [
        report.outcome
        for key in ("passed", "failed")
        for report in terminalreporter.stats.get(key, [])
        if getattr(report, "when", "") == "call" and "test_corpus.py::test_case[" in report.nodeid
    ]
    if outcomes:
        passed = outcomes.count("passed")
        terminalreporter.write_line(
            f"corpus of broken curricula: {len(outcomes)} cases, {passed} passed"
        )
