"""The pre-commit hooks the repository offers, and the ones it uses itself."""

from __future__ import annotations

import re
import shlex
import sys
from typing import Any

import pytest
from pre_commit.clientlib import load_config, load_manifest

from tests.conftest import REPOSITORY, Project

OFFERED = {hook["id"]: hook for hook in load_manifest(str(REPOSITORY / ".pre-commit-hooks.yaml"))}
USED = {
    hook["id"]: hook
    for repo in load_config(str(REPOSITORY / ".pre-commit-config.yaml"))["repos"]
    for hook in repo["hooks"]
}


def run_entry(project: Project, hook: dict[str, Any]) -> Any:
    """Run a hook's command in the project, as pre-commit would (no file names)."""
    command = shlex.split(hook["entry"])
    assert command[0].endswith("silabus")
    return project.run(sys.executable, "-m", "silabus", *command[1:])


def test_the_repository_offers_a_validate_hook() -> None:
    hook = OFFERED["silabus-validate"]
    assert hook["entry"] == "silabus validate --strict"
    assert hook["language"] == "python"  # pre-commit installs Silabus itself
    assert hook["pass_filenames"] is False  # the whole curriculum is checked together
    for path in ("curriculum/modules/a.yml", "curriculum/program.yml", "mkdocs.yml"):
        assert re.search(hook["files"], path), path
    assert not re.search(hook["files"], "README.md")


def test_the_repository_uses_the_hooks_it_offers() -> None:
    assert set(USED) == set(OFFERED)
    for hook_id, used in USED.items():
        offered = OFFERED[hook_id]
        assert used["entry"].split("silabus", 1)[1] == offered["entry"].split("silabus", 1)[1]


@pytest.mark.parametrize("hook_id", ["silabus-validate"])
def test_the_validate_hook_passes_the_sample_and_stops_a_broken_one(
    project: Project, hook_id: str
) -> None:
    hook = OFFERED[hook_id]
    assert run_entry(project, hook).returncode == 0
    project.replace("curriculum/modules/studi-tiru.yml", "\nsummary:", "\nsumary:")
    stopped = run_entry(project, hook)
    assert stopped.returncode == 1
    assert "curriculum/modules/studi-tiru.yml:4:1: error: unknown field 'sumary'" in (
        stopped.stdout
    )


def test_the_schema_hook_finds_a_stale_schema(project: Project) -> None:
    hook = OFFERED["silabus-schema"]
    assert run_entry(project, hook).returncode == 0
    project.write("schema/cohort.schema.json", "{}\n")
    assert run_entry(project, hook).returncode == 1
