"""A project's templates/ folder replaces packaged page templates by name."""

from __future__ import annotations

from importlib.resources import files

from tests.conftest import REPOSITORY, Project, mkdocs_lines

PACKAGED = files("silabus.render").joinpath("templates")


def _module_template() -> str:
    return PACKAGED.joinpath("module.md.j2").read_text(encoding="utf-8")


def test_a_project_template_replaces_the_packaged_one(project: Project) -> None:
    own = _module_template().replace(
        "# {{ module.title }}", "# {{ module.title }}\n\nDisusun oleh Tim Kurikulum BPSDM.", 1
    )
    assert own != _module_template()
    project.write("templates/module.md.j2", own)
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    module = project.read("site/modul/studi-tiru/index.html")
    assert "Disusun oleh Tim Kurikulum BPSDM." in module
    assert "Disusun oleh" not in project.read("site/program/index.html")
    # The export writes the same pages.
    exported = project.silabus("export", "out")
    assert exported.returncode == 0, exported.stderr
    assert "Disusun oleh Tim Kurikulum BPSDM." in project.read("out/modul/studi-tiru.md")


def test_a_template_named_after_no_page_is_a_warning(project: Project) -> None:
    project.write("templates/modul.md.j2", _module_template())
    validated = project.silabus("validate", "--strict")
    assert validated.returncode == 1
    lines = validated.stdout.splitlines()
    warning = lines.index(
        "templates/modul.md.j2:1:1: warning: 'modul.md.j2' replaces no template of Silabus, "
        "so it is not used"
    )
    assert lines[warning + 1] == "    hint: did you mean 'module.md.j2'?"
    built = project.mkdocs_build("--strict")
    assert built.returncode == 1
    assert "templates/modul.md.j2:1:1: warning: 'modul.md.j2' replaces no template of " in (
        built.stderr
    )


def test_a_syntax_error_in_a_template_is_shown_at_its_line(project: Project) -> None:
    project.write("templates/program.md.j2", "# {{ program.title }}\n\n{% if program %}\n")
    built = project.mkdocs_build("--strict")
    assert built.returncode == 1
    assert (
        "templates/program.md.j2:3:1: error: Unexpected end of template. Jinja was looking "
        "for the following tags: 'elif' or 'else' or 'endif'. The innermost block that needs "
        "to be closed is 'if'."
    ) in mkdocs_lines(built.stderr)
    assert "Traceback" not in built.stderr
    assert not project.path("site").exists()


def test_a_template_using_an_unknown_name_is_shown_at_its_line(project: Project) -> None:
    project.write("templates/program.md.j2", "# {{ program.title }}\n\n{{ organiser.name }}\n")
    built = project.mkdocs_build("--strict")
    assert built.returncode == 1
    lines = mkdocs_lines(built.stderr)
    assert (
        "templates/program.md.j2:3:1: error: the template failed: 'organiser' is undefined; "
        "a template can use only what Silabus's own passes on"
    ) in lines
    assert "    hint: fix the template, or delete it to use Silabus's own" in lines
    assert "Traceback" not in built.stderr
    exported = project.silabus("export", "out")
    assert exported.returncode == 1
    assert "templates/program.md.j2:3:1: error: the template failed" in exported.stderr
    assert not project.path("out").exists()


def test_the_trainer_guide_lists_every_template() -> None:
    from silabus.render.overrides import packaged_templates

    guide = (REPOSITORY / "docs" / "panduan-pelatih.md").read_text(encoding="utf-8")
    section = guide[guide.index("{#templat}") : guide.index("{#ekspor}")]
    for name in packaged_templates():
        assert f"`{name}`" in section, name


def test_validate_finds_what_fails_while_a_template_is_filled_in(project: Project) -> None:
    own = _module_template().replace("# {{ module.title }}", "# {{ module.title }} {{ penyusun }}")
    project.write("templates/module.md.j2", own)
    line = own.splitlines().index("# {{ module.title }} {{ penyusun }}") + 1
    validated = project.silabus("validate", "--strict")
    assert validated.returncode == 1
    assert (
        f"templates/module.md.j2:{line}:1: error: the template failed: 'penyusun' is undefined"
    ) in validated.stdout


def test_serve_watches_the_templates_folder(project: Project) -> None:
    from mkdocs.config import load_config

    project.write("templates/module.md.j2", _module_template())
    config = load_config(str(project.path("mkdocs.yml")))
    config.plugins.on_config(config)
    assert str(project.path("templates")) in config.watch
    assert str(project.path("curriculum")) in config.watch


def test_a_template_can_extend_silabus_own_and_include_a_part(project: Project) -> None:
    project.write(
        "templates/program.md.j2",
        '{% include "penyusun.md.j2" %}\n\n{% include "silabus/program.md.j2" %}\n',
    )
    project.write("templates/penyusun.md.j2", "Disusun oleh Tim Kurikulum.\n")
    validated = project.silabus("validate", "--strict")
    assert validated.returncode == 0, validated.stdout  # the part is no stray file
    built = project.mkdocs_build("--strict")
    assert built.returncode == 0, built.stderr
    program = project.read("site/program/index.html")
    assert "Disusun oleh Tim Kurikulum." in program
    assert "Struktur kurikulum" in program  # Silabus's own page follows


def test_a_replaced_part_that_breaks_silabus_own_templates_is_reported(project: Project) -> None:
    project.write("templates/_macros.md.j2", "{# nothing here #}\n")
    built = project.mkdocs_build("--strict")
    assert built.returncode == 1
    assert "Traceback" not in built.stderr
    lines = mkdocs_lines(built.stderr)
    assert any(
        line.startswith("templates/_macros.md.j2:1:1: error: Silabus's own template failed (")
        and "with the templates of this project (_macros.md.j2)" in line
        for line in lines
    ), lines
    validated = project.silabus("validate")
    assert validated.returncode == 1
    assert "Traceback" not in validated.stderr
