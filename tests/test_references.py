"""Legal bases and readings: references.yml, citations in modules, and their pages."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
import yaml

from silabus.pipeline import validate_project
from silabus.render import render_site
from tests.conftest import Project
from tests.test_check import formatted, located, module_yml, program_yml, where
from tests.test_cli import HISTORICAL_NOTE

MakeProject = Callable[[dict[str, str]], Project]
REFERENCES = "curriculum/references.yml"


def reference_yml(reference_id: str, extra: str = "") -> str:
    return (
        f"  - id: {reference_id}\n    kind: regulation\n"
        f"    short_title: Aturan {reference_id.upper()}\n"
        f"    title: Peraturan {reference_id}\n{extra}"
    )


def project_citing(
    make_project: MakeProject,
    cited: list[str],
    references: str | None,
    program_extra: str = "",
) -> Project:
    module = module_yml("alpha") + f"references: [{', '.join(cited)}]\n"
    files = {
        "curriculum/program.yml": program_yml(("satu", ["alpha"]), extra=program_extra),
        "curriculum/modules/alpha.yml": module,
    }
    if references is not None:
        files[REFERENCES] = "references:\n" + references
    return make_project(files)


REVOKED = reference_yml(
    "lama",
    "    status: revoked\n    revoked_on: 2021-12-31\n    replaced_by: baru\n",
) + reference_yml("baru")


# Citations


@pytest.mark.parametrize(
    ("setting", "severity", "strict_exit"),
    [
        ("", "warning", 1),
        ("revoked_citations: note\n", "note", 0),
        ("revoked_citations: error\n", "error", 1),
    ],
)
def test_citing_a_revoked_rule_is_reported_as_the_program_decides(
    make_project: MakeProject, setting: str, severity: str, strict_exit: int
) -> None:
    project = project_citing(make_project, ["lama"], REVOKED, setting)

    result = project.silabus("validate", "--strict")

    assert result.returncode == strict_exit
    assert (
        f"curriculum/modules/alpha.yml:4:14: {severity}: 'alpha' cites Aturan LAMA, which was "
        "revoked on 2021-12-31 and replaced by Aturan BARU"
    ) in result.stdout
    assert "hint: cite 'baru' instead" in result.stdout


def test_the_replacement_named_is_the_end_of_the_chain(make_project: MakeProject) -> None:
    chain = (
        reference_yml("pertama", "    status: revoked\n    replaced_by: kedua\n")
        + reference_yml("kedua", "    status: revoked\n    replaced_by: ketiga\n")
        + reference_yml("ketiga")
    )
    project = project_citing(make_project, ["pertama"], chain)

    (diagnostic,) = validate_project(project.root).diagnostics

    assert diagnostic.message.endswith("which was revoked and replaced by Aturan KETIGA")
    assert diagnostic.hint is not None and diagnostic.hint.startswith("cite 'ketiga' instead")


def test_an_unknown_citation_is_an_error_with_a_suggestion(make_project: MakeProject) -> None:
    project = project_citing(make_project, ["barru"], REVOKED)

    (diagnostic,) = validate_project(project.root).diagnostics

    assert diagnostic.is_error
    assert diagnostic.message == "the reference 'barru' does not exist"
    assert diagnostic.hint == "did you mean 'baru'?"


def test_citations_without_a_references_file_are_reported_once(
    make_project: MakeProject,
) -> None:
    project = project_citing(make_project, ["uu-25-2009", "pp-96-2012"], None)

    (diagnostic,) = validate_project(project.root).diagnostics

    assert diagnostic.message == (
        "'alpha' cites 'uu-25-2009', but there is no curriculum/references.yml"
    )


def test_a_broken_references_file_does_not_make_every_citation_an_error(
    make_project: MakeProject,
) -> None:
    project = project_citing(make_project, ["lama", "baru"], REVOKED + "    url: jdih go id\n")

    validation = validate_project(project.root)

    assert [d.path for d in validation.diagnostics] == [REFERENCES]


def test_no_revoked_rule_is_suggested_as_the_replacement(make_project: MakeProject) -> None:
    chain = reference_yml("lama", "    status: revoked\n    replaced_by: baru\n") + reference_yml(
        "baru", "    status: revoked\n"
    )
    project = project_citing(make_project, ["lama"], chain)

    (diagnostic,) = validate_project(project.root).diagnostics

    assert diagnostic.message == "'alpha' cites Aturan LAMA, which was revoked"
    assert diagnostic.hint is not None and diagnostic.hint.startswith("cite the rule in force")


def test_an_amended_rule_names_what_amended_it(make_project: MakeProject) -> None:
    amended = reference_yml("lama", "    status: amended\n    replaced_by: baru\n") + (
        reference_yml("baru")
    )
    project = project_citing(make_project, ["lama"], amended)
    validation = validate_project(project.root)
    assert validation.curriculum is not None, formatted(validation)

    site = render_site(validation.curriculum)

    assert 'Diubah oleh <a href="#ref-baru">Aturan BARU</a>.' in (
        site.pages["referensi/index.md"].markdown
    )
    assert "· **Diubah**" in site.pages["modul/alpha.md"].markdown


def test_a_long_chain_of_replacements_is_followed(make_project: MakeProject) -> None:
    chain = "".join(
        reference_yml(f"r{n}", f"    status: revoked\n    replaced_by: r{n + 1}\n")
        for n in range(2000)
    ) + reference_yml("r2000")
    project = project_citing(make_project, ["r0"], chain)

    (diagnostic,) = validate_project(project.root).diagnostics

    assert diagnostic.message.endswith("which was revoked and replaced by Aturan R2000")


# references.yml


@pytest.mark.parametrize(
    ("references", "needle", "message"),
    [
        (
            reference_yml("satu") + reference_yml("satu"),
            "id: satu",
            "the reference id 'satu' is used twice (first on line 2)",
        ),
        (
            reference_yml("satu", "    status: revoked\n    replaced_by: dua\n"),
            "dua",
            "the replacement 'dua' is not in this file",
        ),
        (
            reference_yml("satu", "    status: revoked\n    replaced_by: satu\n"),
            "replaced_by: satu",
            "'satu' names itself as its replacement",
        ),
        (
            reference_yml("satu", "    replaced_by: dua\n") + reference_yml("dua"),
            "replaced_by",
            "'satu' is in force, but has 'replaced_by'",
        ),
        (
            reference_yml("satu", "    status: amended\n    revoked_on: 2021-12-31\n"),
            "revoked_on",
            "'satu' has 'revoked_on', but its status is 'amended'",
        ),
        (
            reference_yml("satu", "    url: jdih.menpan.go.id\n"),
            "jdih",
            "'references[1].url' must be a web address starting with http:// or https://",
        ),
    ],
)
def test_problems_in_the_references_file_are_reported_at_their_line(
    make_project: MakeProject, references: str, needle: str, message: str
) -> None:
    project = project_citing(make_project, [], references)
    text = "references:\n" + references

    validation = validate_project(project.root)

    assert [d.message for d in validation.diagnostics] == [message]
    occurrence = 2 if message.startswith("the reference id") else 1
    line, column = where(text, needle, occurrence)
    assert located(validation.diagnostics[0])[:2] == (REFERENCES, line)
    del column


def test_replacements_in_a_circle_are_an_error(make_project: MakeProject) -> None:
    circle = reference_yml("satu", "    status: revoked\n    replaced_by: dua\n") + reference_yml(
        "dua", "    status: revoked\n    replaced_by: satu\n"
    )
    project = project_citing(make_project, [], circle)

    messages = [d.message for d in validate_project(project.root).diagnostics]

    assert "the replacements of 'satu' go round in a circle" in messages


# Pages


def test_references_page_lists_every_reference_with_its_status(project: Project) -> None:
    listed = yaml.safe_load(project.read(REFERENCES))["references"]
    validation = validate_project(project.root)
    assert validation.curriculum is not None

    site = render_site(validation.curriculum)

    page = site.pages["referensi/index.md"].markdown
    for reference in listed:
        assert f'id="ref-{reference["id"]}"' in page
    assert (
        "Dicabut 31 Des 2021; diganti oleh "
        '<a href="#ref-permenpan-rb-91-2021">Permenpan RB 91/2021</a>.'
    ) in page
    assert "referensi/index.md" in site.nav[0].children


def test_module_page_lists_its_citations_and_flags_revoked_ones(project: Project) -> None:
    validation = validate_project(project.root)
    assert validation.curriculum is not None

    page = render_site(validation.curriculum).pages["modul/praktik-baik-inovasi.md"].markdown

    # It cites rules only: they are its legal bases.
    assert "\n## Dasar hukum\n" in page
    assert (
        "- [Permenpan RB 30/2014](../referensi/index.md#ref-permenpan-rb-30-2014): "
        "Peraturan Menteri PANRB Nomor 30 Tahun 2014 tentang Pedoman Inovasi Pelayanan "
        "Publik · **Dicabut**, diganti oleh "
        "[Permenpan RB 91/2021](../referensi/index.md#ref-permenpan-rb-91-2021)\n"
    ) in page


def test_the_sample_notes_its_historical_citation_and_still_builds(project: Project) -> None:
    result = project.mkdocs_build("--strict")

    assert result.returncode == 0, result.stderr
    assert (f"INFO    -  {HISTORICAL_NOTE}") in result.stderr
    assert project.path("site/referensi/index.html").is_file()


def test_a_curriculum_without_references_has_no_references_page(
    make_project: MakeProject,
) -> None:
    project = project_citing(make_project, [], None)
    validation = validate_project(project.root)
    assert validation.curriculum is not None, formatted(validation)

    site = render_site(validation.curriculum)

    assert "referensi/index.md" not in site.pages


def test_the_headings_follow_the_kinds_of_reference_in_use(project: Project) -> None:
    def headings() -> tuple[str, str]:
        validation = validate_project(project.root)
        assert validation.curriculum is not None
        pages = render_site(validation.curriculum).pages
        listing = pages["referensi/index.md"].markdown
        module = pages["modul/praktik-baik-inovasi.md"].markdown
        return (
            re.search(r"^# (.+)$", listing, re.MULTILINE)[1],  # type: ignore[index]
            next(
                heading
                for heading in re.findall(r"^## (.+)$", module, re.MULTILINE)
                if heading in {"Dasar hukum dan bacaan", "Dasar hukum", "Bacaan"}
            ),
        )

    # Rules and readings; the module cites rules only.
    assert headings() == ("Dasar hukum dan referensi", "Dasar hukum")

    readings_only = re.sub(
        r"kind: (law|regulation|circular)", "kind: reading", project.read(REFERENCES)
    )
    project.write(REFERENCES, readings_only)

    assert headings() == ("Referensi", "Bacaan")
