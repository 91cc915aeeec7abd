"""The versions Silabus runs with: the lock that `make` installs, and the oldest and
newest releases of a dependency that the package's ranges allow."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import REPOSITORY, Project, require
from tests.lock import differences, installed_versions, locked_versions


def declared_requirements() -> list[Requirement]:
    """What pyproject.toml asks for: the package's dependencies and its extras."""
    project = tomllib.loads((REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))
    declared = project["project"]["dependencies"]
    for extra in project["project"]["optional-dependencies"].values():
        declared += extra
    return [Requirement(text) for text in declared]


def test_the_environment_holds_exactly_the_locked_versions() -> None:
    if os.environ.get("SILABUS_UNLOCKED"):
        pytest.skip("SILABUS_UNLOCKED is set: this run installs the newest versions on purpose")

    assert differences(locked_versions(), installed_versions()) == []


def test_the_lock_satisfies_every_range_of_pyproject() -> None:
    locked = locked_versions()

    unmet = [
        f"{requirement}: locked {locked.get(canonicalize_name(requirement.name))}"
        for requirement in declared_requirements()
        if (requirement.marker is None or requirement.marker.evaluate())
        and locked.get(canonicalize_name(requirement.name)) not in requirement.specifier
    ]

    assert unmet == [], "pyproject.toml changed without `make lock`"


def test_major_releases_known_to_break_are_excluded() -> None:
    bounds = {str(r.name).lower(): str(r.specifier) for r in declared_requirements()}

    assert "<2" in bounds["mkdocs"]
    assert "<10" in bounds["mkdocs-material"]
    assert "<3" in bounds["pydantic"]
    assert "<8" in bounds["icalendar"]


def oldest_allowed(package: str) -> str:
    (requirement,) = (r for r in declared_requirements() if r.name.lower() == package)
    (version,) = (s.version for s in requirement.specifier if s.operator == ">=")
    return version


@pytest.fixture(scope="module")
def oldest_pyyaml(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the oldest PyYAML the package allows, to put before the
    environment's own on the module path."""
    folder = tmp_path_factory.mktemp("oldest-pyyaml")
    installed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--only-binary=:all:",
            "--target",
            str(folder),
            f"pyyaml=={oldest_allowed('pyyaml')}",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    require(
        installed.returncode == 0,
        f"PyYAML {oldest_allowed('pyyaml')}",
        f"pip could not fetch it from the package registry: {installed.stderr.strip()}",
    )
    return folder


@pytest.mark.parametrize("pyyaml", ["oldest allowed", "locked"])
def test_data_nested_too_deep_gets_the_same_message_with_every_pyyaml(
    pyyaml: str, project: Project, request: pytest.FixtureRequest
) -> None:
    """PyYAML 6.0.3 and later bundle a libyaml that stops deep nesting itself; older
    ones do not. Both must print Silabus's own line and hint."""
    path = request.getfixturevalue("oldest_pyyaml") if pyyaml == "oldest allowed" else None
    expected_version = oldest_allowed("pyyaml") if path else locked_versions()["pyyaml"]
    project.write("curriculum/modules/dalam.yml", "id: dalam\ntitle: " + "[" * 5000 + "\n")

    shown = project.run(
        sys.executable,
        "-c",
        "import sys, yaml; from silabus.cli import main; "
        "print(yaml.__version__, yaml.__with_libyaml__); sys.exit(main(['validate']))",
        env={"PYTHONPATH": str(path)} if path else None,
    )

    version, *lines = shown.stdout.splitlines()
    assert version == f"{expected_version} True"
    # The mapping is the first level, the 50th bracket (column 57) the 51st.
    assert lines[:2] == [
        "curriculum/modules/dalam.yml:2:57: error: the data is nested more than 50 levels deep"
        "  [Y027]",
        "    hint: a curriculum file needs only a few levels; check the indentation",
    ]
    assert shown.returncode == 1
