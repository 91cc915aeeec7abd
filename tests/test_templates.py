"""A project's templates/ folder replaces packaged page templates by name."""

from __future__ import annotations

from importlib.resources import files

import pytest

from silabus.pipeline import validate_project
from silabus.render import SiteOptions
from silabus.render.overrides import render_with_templates
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
        "so it is not used  [P007]"
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
        "to be closed is 'if'.  [P004]"
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
        "a template can use only what Silabus's own passes on  [P008]"
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


FIX = "fix the template, or delete it to use Silabus's own"
TOO_LONG = (
    "look for a text or list multiplied by a large number, joined to itself, or padded or "
    "indented by a large width"
)


@pytest.mark.parametrize(
    ("written", "message", "hint"),
    [
        ("{{ 1 / 0 }}", "it divides by zero (ZeroDivisionError)", FIX),
        (
            "{{ program.title|round }}",
            "type str doesn't define __round__ method (TypeError)",
            FIX,
        ),
        (
            '{{ "x" * 10**10 }}',
            "it would make a text or list of 10,000,000,000 characters or items, more than "
            "the 5,000,000 a template may make at once",
            TOO_LONG,
        ),
        (
            '{{ "x"|center(10**10) }}',
            "it would make a text or list of 10,000,000,000 characters or items, more than "
            "the 5,000,000 a template may make at once",
            TOO_LONG,
        ),
        (
            "{{ range(10**9)|list }}",
            "range() would count 1,000,000,000 numbers, more than the 100,000 a template "
            "may count at once",
            "count fewer numbers, or go through a list of the curriculum instead",
        ),
        (
            "{% for i in range(100000) %}{{ 'x' * 1000000 }}{% endfor %}",
            "it made more than 50,000,000 characters for one page",
            "look for text repeated in loops inside loops, or a text joined to itself again "
            "and again",
        ),
        (
            "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
            "it ran more than 5,000,000 rounds of loops and calls for one page",
            "look for a loop that never ends, a macro that calls itself, or loops inside "
            "loops over long lists",
        ),
        (
            "{% macro again() %}{{ again() }}{% endmacro %}{{ again() }}",
            "it calls itself without end: a template that extends or includes itself, a "
            "macro that calls itself, or a loop that calls loop() again and again",
            "make the template include another one, or give the macro or loop a case that stops",
        ),
        (
            "{{ program.__class__.__mro__ }}",
            "access to attribute '__class__' of 'Program' object is unsafe.",
            "a template can use the curriculum and what Silabus's own templates use, not "
            "the workings of Python; remove what the template reaches for",
        ),
    ],
)
def test_what_fails_while_a_template_is_filled_in_is_shown_at_its_line(
    project: Project, written: str, message: str, hint: str
) -> None:
    project.write("templates/program.md.j2", f"# {{{{ program.title }}}}\n\n{written}\n")

    validated = project.silabus("validate")

    assert validated.returncode == 1
    lines = validated.stdout.splitlines()
    error = lines.index(
        f"templates/program.md.j2:3:1: error: the template failed: {message}  [P008]"
    )
    assert lines[error + 1] == f"    hint: {hint}"
    assert "Traceback" not in validated.stderr


@pytest.mark.parametrize("written", ["{{ 1 / 0 }}", '{{ "x" * 10**10 }}'])
def test_the_build_stops_with_the_message_validate_gives_for_a_failing_template(
    project: Project, written: str
) -> None:
    project.write("templates/module.md.j2", _module_template() + f"\n{written}\n")
    validated = project.silabus("validate")
    error = next(line for line in validated.stdout.splitlines() if ": error: " in line)

    built = project.mkdocs_build()

    assert built.returncode == 1
    assert error.startswith("templates/module.md.j2:")
    assert error in mkdocs_lines(built.stderr)
    assert "Traceback" not in built.stderr
    assert not project.path("site").exists()


def test_a_template_that_runs_too_long_is_stopped(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    from silabus.render import overrides

    monkeypatch.setattr(overrides, "MOST_SECONDS", 0.2)
    project.write(
        "templates/program.md.j2",
        "# {{ program.title }}\n\n{% for i in range(100000) %}{{ range(100000)|sum }}"
        "{% endfor %}\n",
    )
    curriculum = validate_project(project.root).curriculum
    assert curriculum is not None

    site, failed = render_with_templates(
        curriculum, None, SiteOptions(templates=project.path("templates")), project.root
    )

    assert site is None
    assert [problem.format() for problem in failed] == [
        "templates/program.md.j2:3:1: error: the template failed: the templates ran for "
        "more than 0 seconds  [P008]\n"
        "    hint: look for loops inside loops over long lists, or a macro that calls itself"
    ]


def test_a_template_may_use_jinja_freely_within_the_limits(project: Project) -> None:
    project.write(
        "templates/program.md.j2",
        "# {{ program.title|upper }}\n\n"
        '{{ "%s-%03d" % ("A", 7) }} {{ "{:,}".format(1234567) }} '
        '{{ program.agendas|map(attribute="id")|join(", ") }} {{ "abc"[::-1] }} '
        "{% for n in range(5) if n %}{{ loop.index }}{% endfor %} "
        '{{ [1, 2, 3]|batch(2)|list|length }} {{ "x" * 3 }} {{ 2 ** 10 }}\n',
    )

    exported = project.silabus("export", "out")

    assert exported.returncode == 0, exported.stderr
    page = project.read("out/program/index.md")
    assert "A-007 1,234,567 " in page
    assert " cba 1234 2 xxx 1024" in page


def test_a_template_nested_too_deeply_to_read_is_an_error_at_its_line(project: Project) -> None:
    nested = "(" * 5000 + "1" + ")" * 5000
    project.write("templates/program.md.j2", f"# {{{{ program.title }}}}\n\n{{{{ {nested} }}}}\n")

    validated = project.silabus("validate")

    assert validated.returncode == 1
    lines = validated.stdout.splitlines()
    error = lines.index(
        "templates/program.md.j2:3:1: error: the template nests brackets or blocks too deeply "
        "to be read  [P005]"
    )
    assert (
        lines[error + 1] == "    hint: write it with fewer brackets (or blocks) inside one another"
    )
    assert "Traceback" not in validated.stderr
    built = project.mkdocs_build()
    assert built.returncode == 1
    assert lines[error] in mkdocs_lines(built.stderr)
    assert "Traceback" not in built.stderr
