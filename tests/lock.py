"""The locked development environment (requirements-dev.txt): what it pins for this
platform, and how the running environment differs from it.

`python -m tests.lock` prints the differences, one package a line; the weekly run
without the lock uses it to name the packages that moved upstream.
"""

from __future__ import annotations

import sys
from importlib.metadata import distributions
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

LOCK = Path(__file__).resolve().parent.parent / "requirements-dev.txt"
# Installed by the virtual environment or by `pip install -e .` itself, not by the lock.
NOT_LOCKED = frozenset({"pip", "setuptools", "silabus"})


def locked_versions(lock: Path = LOCK) -> dict[str, str]:
    """Package -> the version the lock pins on this platform and Python."""
    pinned = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        requirement = Requirement(line)
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        (specifier,) = requirement.specifier
        assert specifier.operator == "==", f"{line!r} is not an exact pin"
        pinned[canonicalize_name(requirement.name)] = specifier.version
    return pinned


def installed_versions() -> dict[str, str]:
    return {
        canonicalize_name(dist.metadata["Name"]): dist.version
        for dist in distributions()
        if dist.metadata["Name"]
    }


def differences(locked: dict[str, str], installed: dict[str, str]) -> list[str]:
    """One line per package whose installed version is not the locked one."""
    lines = []
    for name in sorted(locked.keys() | installed.keys() - NOT_LOCKED):
        want, have = locked.get(name), installed.get(name)
        if want == have:
            continue
        if have is None:
            lines.append(f"{name}: locked {want}, not installed")
        elif want is None:
            lines.append(f"{name}: {have} installed, not in the lock")
        else:
            lines.append(f"{name}: locked {want}, installed {have}")
    return lines


if __name__ == "__main__":
    moved = differences(locked_versions(), installed_versions())
    print("\n".join(moved) if moved else "Every package is at its locked version.")
    sys.exit(0)
