"""`plugins: [silabus]` in mkdocs.yml: the plugin, its options, and the hook file
that projects made before the plugin still name."""

from __future__ import annotations

from tests.conftest import Project, mkdocs_lines

SECRET = "catatan-rahasia-pelatih-5e0b"


def with_trainer_note(project: Project) -> None:
    project.replace(
        "curriculum/modules/studi-tiru.yml",
        "\ntrainer_notes: |\n",
        f"\ntrainer_notes: |\n  {SECRET}\n",
    )


def as_hook_project(project: Project) -> None:
    project.replace("mkdocs.yml", "  - silabus\n", "")
    project.write("mkdocs.yml", project.read("mkdocs.yml") + "hooks:\n  - hooks/silabus_hook.py\n")


def test_the_plugin_adds_the_curriculum(project: Project) -> None:
    built = project.mkdocs_build("--strict")

    assert built.returncode == 0, built.stderr
    page = project.read("site/modul/studi-tiru/index.html")
    assert "Studi Tiru" in page
    assert project.path("site/angkatan/angkatan-ii-2027.ics").is_file()


def test_a_project_with_the_hook_file_builds_the_same_pages(project: Project) -> None:
    assert project.mkdocs_build("--strict", "--site-dir", "plugin-site").returncode == 0
    as_hook_project(project)

    built = project.mkdocs_build("--strict", "--site-dir", "hook-site")

    assert built.returncode == 0, built.stderr
    pages = sorted(
        p.relative_to(project.path("hook-site")).as_posix()
        for p in project.path("hook-site").rglob("*.html")
    )
    assert pages == sorted(
        p.relative_to(project.path("plugin-site")).as_posix()
        for p in project.path("plugin-site").rglob("*.html")
    )


def test_the_audience_option_makes_the_trainer_site(project: Project) -> None:
    with_trainer_note(project)
    project.replace("mkdocs.yml", "  - silabus\n", "  - silabus:\n      audience: trainer\n")

    built = project.mkdocs_build("--strict")

    assert built.returncode == 0, built.stderr
    assert SECRET in project.read("site/modul/studi-tiru/index.html")


def test_without_an_audience_the_site_is_the_participants(project: Project) -> None:
    with_trainer_note(project)

    assert project.mkdocs_build("--strict").returncode == 0
    assert SECRET not in project.read("site/modul/studi-tiru/index.html")


def test_a_wrong_audience_is_reported_by_mkdocs_config_validation(project: Project) -> None:
    project.replace("mkdocs.yml", "  - silabus\n", "  - silabus:\n      audience: pelatih\n")

    built = project.mkdocs_build("--strict")

    assert built.returncode == 1
    assert "Traceback" not in built.stderr
    assert any(
        "Plugin 'silabus' option 'audience'" in line and "'pelatih'" in line
        for line in mkdocs_lines(built.stderr)
    ), built.stderr


def test_two_different_audiences_are_refused(project: Project) -> None:
    project.replace("mkdocs.yml", "  - silabus\n", "  - silabus:\n      audience: participant\n")
    project.write(
        "mkdocs.yml", project.read("mkdocs.yml") + "extra:\n  silabus:\n    audience: trainer\n"
    )

    built = project.mkdocs_build("--strict")

    assert built.returncode == 1
    assert (
        "mkdocs.yml sets the audience twice: 'audience: participant' for the silabus plugin "
        "and 'extra.silabus.audience: trainer'; keep one of them"
    ) in built.stdout
    assert "Traceback" not in built.stderr


def test_the_plugin_and_the_hook_together_are_refused(project: Project) -> None:
    project.write("mkdocs.yml", project.read("mkdocs.yml") + "hooks:\n  - hooks/silabus_hook.py\n")

    built = project.mkdocs_build("--strict")

    assert built.returncode == 1
    assert (
        "mkdocs.yml adds Silabus more than once ('silabus', 'hooks/silabus_hook.py'), which "
        "would make every page twice; name `silabus` once in `plugins:` and remove "
        "hooks/silabus_hook.py from `hooks:`"
    ) in built.stdout
    assert not project.path("site").exists()


def test_two_hook_files_of_the_same_silabus_are_refused(project: Project) -> None:
    project.path("hooks/silabus_hook.py").rename(project.path("hooks/eins.py"))
    project.write("hooks/zwei.py", project.read("hooks/eins.py"))
    as_hook_project(project)
    project.replace(
        "mkdocs.yml", "  - hooks/silabus_hook.py\n", "  - hooks/eins.py\n  - hooks/zwei.py\n"
    )

    built = project.mkdocs_build("--strict")

    assert built.returncode == 1
    assert (
        "mkdocs.yml adds Silabus more than once ('hooks/eins.py', 'hooks/zwei.py'), which "
        "would make every page twice; name `silabus` once in `plugins:` and remove "
        "hooks/eins.py, hooks/zwei.py from `hooks:`"
    ) in built.stdout
