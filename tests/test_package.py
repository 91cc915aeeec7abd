"""The package organizers install: a wheel and a source archive that hold everything
a site needs, and a wheel that works in an environment of its own, away from this
repository."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

from silabus import __version__
from tests.conftest import REPOSITORY, Project, require


@pytest.fixture(scope="module")
def distributions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """`python -m build` of the repository: the wheel and the source archive."""
    output = tmp_path_factory.mktemp("dist")
    built = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(output)],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = output.glob("*.whl")
    (sdist,) = output.glob("*.tar.gz")
    return {"wheel": wheel, "sdist": sdist}


def test_the_changelog_has_a_section_for_the_version() -> None:
    project = tomllib.loads((REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))
    version = project["project"]["version"]
    changelog = (REPOSITORY / "CHANGELOG.md").read_text(encoding="utf-8")

    assert __version__ == version  # the installed package is this source
    assert f"\n## {version} " in changelog


def test_the_wheel_holds_what_a_site_needs(distributions: dict[str, Path]) -> None:
    assert distributions["wheel"].name == f"silabus-{__version__}-py3-none-any.whl"
    names = set(zipfile.ZipFile(distributions["wheel"]).namelist())

    expected = {
        "silabus/render/templates/module.md.j2",
        "silabus/render/assets/silabus.css",
        "silabus/render/assets/silabus-search-on-demand.js",
        "silabus/theme/404.html",
        "silabus/theme/partials/search.html",
        "silabus/starter/files/common/dot-github/workflows/publish.yml",
        "silabus/starter/files/id/mkdocs.yml.j2",
        "silabus/starter/files/en/docs/participant-guide.md",
        "silabus/sample/curriculum/program.yml",
        "silabus/sample/docs/panduan-peserta.md",
    }
    sample_modules = {
        f"silabus/sample/curriculum/modules/{path.name}"
        for path in (REPOSITORY / "curriculum/modules").glob("*.yml")
    }
    assert expected | sample_modules <= names
    assert not [name for name in names if name.startswith(("tests/", "benchmarks/"))]
    entry_points = zipfile.ZipFile(distributions["wheel"]).read(
        f"silabus-{__version__}.dist-info/entry_points.txt"
    )
    assert b"[mkdocs.plugins]\nsilabus = silabus.engines.mkdocs:SilabusPlugin" in entry_points
    assert b"[console_scripts]\nsilabus = silabus.cli:command" in entry_points


def test_the_source_archive_holds_the_repository(distributions: dict[str, Path]) -> None:
    with tarfile.open(distributions["sdist"]) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}

    for needed in (
        "pyproject.toml",
        "requirements-dev.txt",
        "CHANGELOG.md",
        "LICENSE",
        "README.md",
        "src/silabus/engines/mkdocs.py",
        "curriculum/program.yml",
        "tests/test_package.py",
    ):
        assert needed in names, needed


def test_the_wheel_makes_and_builds_a_new_project_in_a_clean_environment(
    distributions: dict[str, Path], tmp_path: Path
) -> None:
    environment = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(environment)], check=True)
    installed = subprocess.run(
        [
            str(environment / "bin" / "python"),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--constraint",
            str(REPOSITORY / "requirements-dev.txt"),
            str(distributions["wheel"]),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    require(
        installed.returncode == 0,
        "the wheel's dependencies",
        f"pip could not fetch them from the package registry: {installed.stderr.strip()}",
    )
    outside = Project(tmp_path)
    bin_folder = environment / "bin"

    where = outside.run(str(bin_folder / "python"), "-c", "import silabus; print(silabus.__file__)")
    made = outside.run(str(bin_folder / "silabus"), "init", "kursus")
    built = outside.run(str(bin_folder / "mkdocs"), "build", "--strict", cwd=tmp_path / "kursus")
    again = outside.run(str(bin_folder / "silabus"), "init", "kursus")
    sample = outside.run(str(bin_folder / "silabus"), "init", "contoh", "--sample")
    built_sample = outside.run(
        str(bin_folder / "mkdocs"), "build", "--strict", cwd=tmp_path / "contoh"
    )

    assert Path(where.stdout.strip()).is_relative_to(environment), where.stdout
    assert made.returncode == 0, made.stderr
    assert built.returncode == 0, built.stderr
    assert (tmp_path / "kursus/site/modul/pengantar/index.html").is_file()
    assert again.returncode == 1
    assert "kursus is not empty" in again.stderr
    assert sample.returncode == 0, sample.stderr
    assert built_sample.returncode == 0, built_sample.stderr
    modules = sorted(path.stem for path in (REPOSITORY / "curriculum/modules").glob("*.yml"))
    pages = sorted(p.name for p in (tmp_path / "contoh/site/modul").iterdir() if p.is_dir())
    assert pages == modules
