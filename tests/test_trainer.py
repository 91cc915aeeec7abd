"""Trainer notes reach the trainer build (mkdocs-trainer.yml, site-trainer/) and no
file of the participant site, calendars, search index and sitemap included."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Project

SECRET = "catatan-rahasia-pelatih-8c1f3a"


def _with_secret_notes(project: Project) -> None:
    """The secret in the program's trainer notes, every module's and one session's."""
    for path in sorted(project.path("curriculum/modules").glob("*.yml")):
        text = path.read_text(encoding="utf-8")
        if "\ntrainer_notes:" in text:
            text = text.replace("\ntrainer_notes: |\n", f"\ntrainer_notes: |\n  {SECRET}\n", 1)
        else:
            text += f'trainer_notes: "{SECRET} untuk {path.stem}"\n'
        path.write_text(text, encoding="utf-8")
    project.write(
        "curriculum/program.yml",
        project.read("curriculum/program.yml") + f"trainer_notes: {SECRET} untuk program\n",
    )
    project.replace(
        "curriculum/cohorts/angkatan-ii-2027.yml",
        "            activity: learning_commitment\n",
        f"            activity: learning_commitment\n            trainer_notes: {SECRET}\n",
    )


def _files_with(folder: Path, needle: str) -> list[str]:
    return sorted(
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and needle.encode() in path.read_bytes()
    )


@pytest.fixture
def both_built(project: Project) -> Project:
    _with_secret_notes(project)
    project.write(
        "mkdocs-trainer.yml",
        (Path(__file__).parent.parent / "mkdocs-trainer.yml").read_text(encoding="utf-8"),
    )
    for arguments in (("--strict",), ("--strict", "-f", "mkdocs-trainer.yml")):
        result = project.mkdocs_build(*arguments)
        assert result.returncode == 0, result.stderr
    return project


def test_trainer_notes_are_in_no_file_of_the_participant_site(both_built: Project) -> None:
    site = both_built.path("site")

    assert len(list(site.rglob("*.html"))) > 20
    assert _files_with(site, SECRET) == []


def test_the_trainer_site_shows_every_program_module_and_session_note(both_built: Project) -> None:
    found = _files_with(both_built.path("site-trainer"), SECRET)

    modules = sorted(path.stem for path in both_built.path("curriculum/modules").glob("*.yml"))
    assert [f"modul/{module}/index.html" for module in modules] == [
        path for path in found if path.startswith("modul/")
    ]
    assert "angkatan/angkatan-ii-2027/index.html" in found
    assert "program/index.html" in found
    assert "search/search_index.json" in found
    assert "Catatan pelatih" in both_built.read("site-trainer/modul/studi-tiru/index.html")


def test_export_leaves_trainer_notes_out_unless_asked(project: Project) -> None:
    _with_secret_notes(project)

    participant = project.silabus("export", "out")
    trainer = project.silabus("export", "out-trainer", "--audience", "trainer")

    assert participant.returncode == 0 and trainer.returncode == 0, participant.stderr
    assert _files_with(project.path("out"), SECRET) == []
    assert "modul/studi-tiru.md" in _files_with(project.path("out-trainer"), SECRET)
