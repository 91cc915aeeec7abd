"""`silabus init`: a new project that validates and builds as it is, written all at
once and never over anything."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
import yaml
from pre_commit.clientlib import load_config

from silabus import __version__
from tests.conftest import REPOSITORY, Project, snapshot

SKELETON = [
    ".github/dependabot.yml",
    ".github/workflows/publish.yml",
    ".github/workflows/pull-request.yml",
    ".gitignore",
    ".pre-commit-config.yaml",
    "README.md",
    "curriculum/modules/{module}.yml",
    "curriculum/program.yml",
    "docs/index.md",
    "docs/{guide}",
    "mkdocs-trainer.yml",
    "mkdocs.yml",
    "requirements.txt",
    "schema/cohort.schema.json",
    "schema/glossary.schema.json",
    "schema/module.schema.json",
    "schema/program.schema.json",
    "schema/references.schema.json",
    "schema/worksheet.schema.json",
]


def init(tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return Project(tmp_path).silabus("init", *arguments)


def files_below(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize(
    ("language", "module", "guide", "label", "modules"),
    [
        ("id", "pengantar", "panduan-peserta.md", "Struktur kurikulum", "modul"),
        ("en", "introduction", "participant-guide.md", "Curriculum structure", "modules"),
    ],
)
def test_a_new_project_validates_and_builds_strictly(
    tmp_path: Path, language: str, module: str, guide: str, label: str, modules: str
) -> None:
    made = init(tmp_path, "kursus", "--language", language)
    assert made.returncode == 0, made.stderr
    assert "Wrote a new Silabus project into kursus (19 files)." in made.stdout
    project = Project(tmp_path / "kursus")
    assert files_below(project.root) == sorted(
        path.format(module=module, guide=guide) for path in SKELETON
    )

    validated = project.silabus("validate", "--strict")
    built = project.mkdocs_build("--strict")
    trainer = project.mkdocs_build("--strict", "-f", "mkdocs-trainer.yml")

    assert validated.returncode == 0, validated.stdout
    assert validated.stdout.startswith("No problems found")
    assert built.returncode == 0, built.stderr
    assert trainer.returncode == 0, trainer.stderr
    assert project.path(f"site/{modules}/{module}/index.html").is_file()
    assert project.path(f"site-trainer/{modules}/{module}/index.html").is_file()
    assert f'<html lang="{language}"' in project.read("site/index.html")
    assert label in project.read("site/program/index.html")


def test_the_sample_option_copies_the_sample_program(tmp_path: Path) -> None:
    made = init(tmp_path, "contoh", "--sample")
    assert made.returncode == 0, made.stderr
    project = Project(tmp_path / "contoh")

    built = project.mkdocs_build("--strict")

    assert built.returncode == 0, built.stderr
    assert snapshot(project.path("curriculum")) == snapshot(REPOSITORY / "curriculum")
    modules = sorted(path.stem for path in (REPOSITORY / "curriculum/modules").glob("*.yml"))
    assert sorted(p.name for p in project.path("site/modul").iterdir() if p.is_dir()) == modules
    site_name = yaml.safe_load(project.read("mkdocs.yml"))["site_name"]
    assert site_name == "Pelatihan Pelayanan Publik Berorientasi Inovasi"


def test_the_project_pins_this_silabus_and_uses_the_plugin(tmp_path: Path) -> None:
    init(tmp_path, "kursus")
    project = Project(tmp_path / "kursus")

    requirements = [
        line for line in project.read("requirements.txt").splitlines() if not line.startswith("#")
    ]
    assert requirements == [f"silabus=={__version__}"]
    config = yaml.safe_load(project.read("mkdocs.yml"))
    assert config["plugins"] == ["search", "tags", "silabus"]
    assert "hooks" not in config


def test_the_project_checks_commits_with_the_hooks_silabus_offers(tmp_path: Path) -> None:
    init(tmp_path, "kursus")
    project = Project(tmp_path / "kursus")
    offered = yaml.safe_load((REPOSITORY / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))

    (repo,) = load_config(str(project.path(".pre-commit-config.yaml")))["repos"]

    assert [(hook["id"], hook["entry"]) for hook in repo["hooks"]] == [
        (hook["id"], hook["entry"]) for hook in offered
    ]
    for hook in repo["hooks"]:
        command = hook["entry"].split()[1:]
        assert project.silabus(*command).returncode == 0


def test_a_folder_that_is_not_empty_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    init(tmp_path, "kursus")
    project = Project(tmp_path / "kursus")
    project.write("curriculum/program.yml", "title: Milik penyelenggara\n")
    before = snapshot(project.root, with_times=True)

    again = init(tmp_path, "kursus", "--sample")

    assert again.returncode == 1
    assert again.stderr == (
        "silabus init: error: kursus is not empty (it holds .github, .gitignore, "
        ".pre-commit-config.yaml, ...); nothing was written. Give the path of a new or "
        "empty folder\n"
    )
    assert snapshot(project.root, with_times=True) == before
    assert sorted(os.listdir(tmp_path)) == ["kursus"]


def test_an_empty_folder_is_filled(tmp_path: Path) -> None:
    (tmp_path / "kursus").mkdir()
    made = Project(tmp_path / "kursus").silabus("init", ".")

    assert made.returncode == 0, made.stderr
    assert Project(tmp_path / "kursus").path("mkdocs.yml").is_file()
    assert sorted(os.listdir(tmp_path)) == ["kursus"]


@pytest.mark.parametrize("kind", ["file", "link to a folder", "link to nowhere"])
def test_a_file_or_link_is_refused(tmp_path: Path, kind: str) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = tmp_path / "kursus"
    if kind == "file":
        target.write_text("catatan\n")
    elif kind == "link to a folder":
        target.symlink_to(elsewhere)
    else:
        target.symlink_to(tmp_path / "missing")

    made = Project(tmp_path).silabus("init", "kursus")

    assert made.returncode == 1
    assert made.stderr.startswith("silabus init: error: kursus ")
    assert "nothing" in made.stderr or "link" in made.stderr
    assert list(elsewhere.iterdir()) == []
    assert not (tmp_path / "missing").exists()
    assert sorted(os.listdir(tmp_path)) == ["elsewhere", "kursus"]


def full_disk(folder: Path, project_root: Path | None = None) -> list[Path]:
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize("target", ["kursus", "kosong", "baru/dalam/kursus"])
def test_a_failure_while_writing_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str
) -> None:
    from silabus import starter
    from silabus.starter import InitRefused, init_project

    monkeypatch.setattr(starter, "write_schemas", full_disk)
    (tmp_path / "kosong").mkdir()

    with pytest.raises(InitRefused) as refused:
        init_project(tmp_path / target, "id", sample=False)

    assert str(refused.value) == (
        f"cannot write {tmp_path / target}: No space left on device; nothing was written"
    )
    assert sorted(os.listdir(tmp_path)) == ["kosong"]
    assert list((tmp_path / "kosong").iterdir()) == []


def test_an_interrupted_init_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from silabus import starter

    moves = []

    def interrupted(source: Path, destination: Path) -> None:
        if len(moves) == 3:
            raise KeyboardInterrupt
        moves.append(destination)
        os.rename(source, destination)

    monkeypatch.setattr(starter, "_move_without_replacing", interrupted)
    (tmp_path / "kosong").mkdir()

    for target in ("kursus", "kosong"):
        moves.clear()
        with pytest.raises(KeyboardInterrupt):
            starter.init_project(tmp_path / target, "id", sample=False)
        assert len(moves) == 3

    assert sorted(os.listdir(tmp_path)) == ["kosong"]
    assert list((tmp_path / "kosong").iterdir()) == []


def test_a_file_made_meanwhile_in_the_folder_is_kept_and_nothing_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from silabus import starter
    from silabus.starter import InitRefused

    target = tmp_path / "kursus"
    target.mkdir()
    write_project = starter._write_project

    def someone_else_writes_too(folder: Path, language: str, *, sample: bool) -> list[str]:
        (target / "mkdocs.yml").write_text("site_name: Milik orang lain\n")
        return write_project(folder, language, sample=sample)  # type: ignore[arg-type]

    monkeypatch.setattr(starter, "_write_project", someone_else_writes_too)

    with pytest.raises(InitRefused) as refused:
        starter.init_project(target, "id", sample=False)

    assert "mkdocs.yml was made by something else meanwhile" in str(refused.value)
    assert os.listdir(target) == ["mkdocs.yml"]
    assert (target / "mkdocs.yml").read_text() == "site_name: Milik orang lain\n"


def test_a_path_through_dot_dot_is_judged_by_the_folder_it_names(tmp_path: Path) -> None:
    (tmp_path / "milik.txt").write_text("milik penyelenggara\n")
    (tmp_path / "asli").mkdir()
    (tmp_path / "asli" / "penting.txt").write_text("penting\n")
    (tmp_path / "tautan").symlink_to(tmp_path / "asli")
    before = snapshot(tmp_path, with_times=True)

    into_this_folder = init(tmp_path, "baru/..")
    through_a_link = init(tmp_path, "hantu/../tautan")

    assert into_this_folder.returncode == 1
    assert "baru/.. is not empty (it holds asli, milik.txt, tautan)" in into_this_folder.stderr
    assert through_a_link.returncode == 1
    assert "hantu/../tautan is a link" in through_a_link.stderr
    assert snapshot(tmp_path, with_times=True) == before
    assert sorted(os.listdir(tmp_path)) == ["asli", "milik.txt", "tautan"]


def test_a_name_too_long_is_one_line_without_a_traceback(tmp_path: Path) -> None:
    made = init(tmp_path, "a" * 300)

    assert made.returncode == 1
    assert made.stderr == (
        f"silabus init: error: cannot write {'a' * 300}: File name too long; nothing was written\n"
    )
    assert os.listdir(tmp_path) == []


def test_the_sample_cannot_be_asked_for_in_english(tmp_path: Path) -> None:
    made = init(tmp_path, "contoh", "--sample", "--language", "en")

    assert made.returncode == 2
    assert "--sample copies the sample program, which is in Indonesian" in made.stderr
    assert os.listdir(tmp_path) == []


def test_init_without_a_folder_is_bad_usage(tmp_path: Path) -> None:
    made = Project(tmp_path).silabus("init")

    assert made.returncode == 2
    assert "the following arguments are required: directory" in made.stderr
