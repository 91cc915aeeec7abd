"""The benchmarks' synthetic curricula are valid and schedule every module fully,
so that what the benchmarks time is a real, clean build (no timing is asserted)."""

from __future__ import annotations

import sys
from pathlib import Path

from benchmarks.synthetic import make_project
from tests.conftest import Project


def test_a_synthetic_curriculum_is_clean_and_builds(tmp_path: Path) -> None:
    project = Project(make_project(tmp_path / "synthetic", modules=23))
    validated = project.silabus("validate", "--strict")
    assert validated.returncode == 0, validated.stdout
    assert validated.stdout.splitlines()[-1] == "No problems found (28 files checked)."
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    assert project.path("site/modul/modul-00023/index.html").is_file()
    assert project.path("site/agenda/agenda-0003/index.html").is_file()  # 23 = 10 + 10 + 3
    stats = project.run(sys.executable, "-m", "silabus", "stats", "--json")
    assert stats.returncode == 0, stats.stderr


def test_the_same_size_gives_the_same_files(tmp_path: Path) -> None:
    first = make_project(tmp_path / "a", modules=5)
    second = make_project(tmp_path / "b", modules=5)
    names = sorted(path.relative_to(first) for path in first.rglob("*.yml"))
    assert names == sorted(path.relative_to(second) for path in second.rglob("*.yml"))
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
