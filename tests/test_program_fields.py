"""The program's own value set, and what it tells participants besides its modules:
prerequisites, setup, licence, credits, and notes for trainers only."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from silabus.addresses import ENGLISH, INDONESIAN
from silabus.pipeline import validate_project
from silabus.render import SiteOptions, render_site
from silabus.render.course_data import licence_address
from tests.conftest import Project
from tests.test_render import page_text

Maker = Callable[[dict[str, str]], Project]

PROGRAM = """\
id: version-control
title: Version Control with Git
organizer: The Carpentries
language: en
agendas:
  - id: basics
    title: Basics
    modules: [tracking-changes, collaborating]
"""
OWN_VALUES = """\
values:
  - id: act-openly
    title: Act openly
    description: We share what we make, as the [values page](https://carpentries.org/values/) says.
  - id: empower-one-another
    title: Empower one another
"""
INFORMATION = """\
prerequisites: |
  Learners should be able to open a terminal.
setup: |
  1. Install Git from <https://git-scm.com/>.
  2. Create an account on GitHub.
license: CC BY 4.0
credits: |
  Adapted from the *Software Carpentry* lesson by its authors.
trainer_notes: |
  Remind the helpers to arrive half an hour early.
"""
TRACKING = """\
id: tracking-changes
title: Tracking Changes
jp: 2
tags: [git]
core_values: [act-openly]
"""
COLLABORATING = """\
id: collaborating
title: Collaborating
jp: 2
"""
TAG_LISTING = "material/tags"


def _english(make_project: Maker, program: str = PROGRAM + OWN_VALUES + INFORMATION) -> Project:
    return make_project(
        {
            "curriculum/program.yml": program,
            "curriculum/modules/tracking-changes.yml": TRACKING,
            "curriculum/modules/collaborating.yml": COLLABORATING,
        }
    )


def _pages(project: Project, audience: str = "participant") -> dict[str, str]:
    validation = validate_project(project.root)
    assert validation.curriculum is not None, [d.format() for d in validation.diagnostics]
    options = SiteOptions(
        theme_tags=True,
        tag_listing=TAG_LISTING,
        audience=audience,  # type: ignore[arg-type]
    )
    site = render_site(validation.curriculum, options=options)
    return {path: page.markdown for path, page in site.pages.items()}


def _problems(project: Project) -> list[str]:
    return [d.format() for d in validate_project(project.root).diagnostics]


# The value set


def test_own_values_title_the_tags_of_the_modules_that_train_them(make_project: Maker) -> None:
    pages = _pages(_english(make_project))

    assert '  - "Act openly"' in pages["modules/tracking-changes.md"].split("---")[1]
    assert pages[ENGLISH.tags_page].startswith(
        '---\ndescription: "Themes and values · Version Control'
    )
    assert (
        "# Themes and values\n\nThe modules by theme and by the value they train."
        in (pages[ENGLISH.tags_page])
    )
    assert "BerAKHLAK" not in pages[ENGLISH.tags_page]


def test_own_values_are_described_on_the_program_page(make_project: Maker) -> None:
    project = _english(make_project)
    site = render_site(validate_project(project.root).curriculum)  # type: ignore[arg-type]

    text = page_text(site, "program/index.md")
    assert "Values Act openly We share what we make, as the values page says. Empower" in text


def test_a_program_without_values_has_a_page_of_themes(make_project: Maker) -> None:
    project = _english(make_project, PROGRAM)
    project.replace("curriculum/modules/tracking-changes.yml", "core_values: [act-openly]\n", "")

    page = _pages(project)[ENGLISH.tags_page]

    assert "# Themes\n\nThe modules by theme.\n" in page


def test_berakhlak_written_in_an_english_program_keeps_its_title(make_project: Maker) -> None:
    project = _english(make_project, PROGRAM + "values: BerAKHLAK\n")
    project.replace(
        "curriculum/modules/tracking-changes.yml",
        "core_values: [act-openly]",
        "core_values: [akuntabel]",
    )

    pages = _pages(project)

    assert "# Themes and BerAKHLAK values\n" in pages[ENGLISH.tags_page]
    assert '  - "Akuntabel"' in pages["modules/tracking-changes.md"]
    assert "## Values" not in pages["program/index.md"]  # the preset is not described


def test_the_sample_says_berakhlak_and_keeps_its_page_of_tags(project: Project) -> None:
    pages = _pages(project)

    assert "# Tema dan nilai BerAKHLAK\n" in pages[INDONESIAN.tags_page]
    assert '  - "Kolaboratif"' in pages["modul/studi-tiru.md"]


def test_an_indonesian_program_has_berakhlak_without_saying_so(project: Project) -> None:
    project.replace("curriculum/program.yml", "values: berakhlak\n", "")

    assert all("[R008]" in problem for problem in _problems(project))  # the sample's note
    assert "# Tema dan nilai BerAKHLAK\n" in _pages(project)[INDONESIAN.tags_page]


def test_a_value_outside_the_set_is_named_with_the_set_and_a_suggestion(
    make_project: Maker,
) -> None:
    project = _english(make_project)
    project.replace(
        "curriculum/modules/tracking-changes.yml",
        "core_values: [act-openly]",
        "core_values: [act-opnly, kindness]",
    )

    assert _problems(project) == [
        "curriculum/modules/tracking-changes.yml:5:15: error: 'act-opnly' is not one of the "
        "program's values (act-openly, empower-one-another)  [C030]\n"
        "    hint: did you mean 'act-openly'?",
        "curriculum/modules/tracking-changes.yml:5:26: error: 'kindness' is not one of the "
        "program's values (act-openly, empower-one-another)  [C030]\n"
        "    hint: add it under 'values:' in curriculum/program.yml, or correct the id",
    ]


def test_a_module_citing_values_of_a_program_without_any_is_told_to_define_them(
    make_project: Maker,
) -> None:
    project = _english(make_project, PROGRAM)

    (problem,) = _problems(project)

    assert problem.startswith(
        "curriculum/modules/tracking-changes.yml:5:1: error: this module cites core values, but "
        "the program (curriculum/program.yml) defines none  [C031]\n"
        "    hint: list the organization's values under 'values:' in curriculum/program.yml"
    )


def test_an_unknown_value_set_is_refused_with_what_to_write(make_project: Maker) -> None:
    project = _english(make_project, PROGRAM + "values: pancasila\n")

    (problem,) = _problems(project)

    assert problem == (
        "curriculum/program.yml:9:9: error: 'values': 'pancasila' is not a set of values "
        "Silabus knows  [C033]\n    hint: write 'berakhlak' for the BerAKHLAK core values, or "
        "list the organization's own values, each with an id and a title"
    )


def test_values_with_one_title_are_a_warning(make_project: Maker) -> None:
    values = OWN_VALUES.replace("title: Empower one another", "title: ACT OPENLY")
    project = _english(make_project, PROGRAM + values)

    (problem,) = _problems(project)

    assert "warning: the values 'act-openly' and 'empower-one-another' are both titled" in problem
    assert problem.endswith("[C032]\n    hint: give each value a title of its own")


def test_a_value_title_outside_tags_allowed_is_reported(make_project: Maker) -> None:
    project = _english(make_project)
    validation = validate_project(project.root, allowed_tags=frozenset({"git"}))

    assert [d.format() for d in validation.diagnostics] == [
        "curriculum/modules/tracking-changes.yml:5:15: error: the tag 'Act openly' is not in "
        "tags_allowed of mkdocs.yml  [C012]\n    hint: use one of the allowed tags, or add it to "
        "tags_allowed under the tags plugin in mkdocs.yml (in quotes if it looks like a number)"
    ]


# What participants read before the course


def test_prerequisites_setup_credits_and_license_are_on_the_program_page(
    make_project: Maker,
) -> None:
    pages = _pages(_english(make_project))
    program = pages["program/index.md"]

    assert "## What you should know already\n" in program
    assert "Learners should be able to open a terminal." in program
    assert "## Setup\n\nWhat to prepare before the course starts is on the page [Setup](" in program
    assert "## Credits\n" in program
    assert "<em>Software Carpentry</em>" in program
    assert (
        '<p class="silabus-license">License: <a href="https://creativecommons.org/licenses/by/4.0/"'
        ' rel="license">CC BY 4.0</a></p>'
    ) in program
    assert program.index("What you should know already") < program.index("Curriculum structure")
    assert program.index("Curriculum structure") < program.index("## Credits")


def test_setup_has_a_page_of_its_own_in_the_navigation(make_project: Maker) -> None:
    project = _english(make_project)
    site = render_site(validate_project(project.root).curriculum)  # type: ignore[arg-type]

    assert site.nav[0].children[:2] == ["program/index.md", ENGLISH.setup_page]
    text = page_text(site, ENGLISH.setup_page)
    assert "Setup What participants prepare or install before the course starts. Install" in text
    assert "Install Git from https://git-scm.com/. Create an account on GitHub." in text


def test_without_setup_there_is_no_setup_page(make_project: Maker) -> None:
    project = _english(make_project, PROGRAM)
    project.replace("curriculum/modules/tracking-changes.yml", "core_values: [act-openly]\n", "")

    pages = _pages(project)

    assert ENGLISH.setup_page not in pages
    assert "## Setup" not in pages["program/index.md"]


def test_the_course_data_names_a_known_license(make_project: Maker) -> None:
    project = _english(make_project)
    site = render_site(validate_project(project.root).curriculum)  # type: ignore[arg-type]

    data = site.pages["program/index.md"].data
    assert data is not None and data["license"] == "https://creativecommons.org/licenses/by/4.0/"


@pytest.mark.parametrize(
    ("written", "address"),
    [
        ("CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
        ("CC-BY-NC-4.0", "https://creativecommons.org/licenses/by-nc/4.0/"),
        ("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
        ("MIT", "https://opensource.org/license/mit"),
        ("https://example.org/licence", "https://example.org/licence"),
        ("Hak cipta BPSDM", None),
        ("javascript:alert(1)", None),
    ],
)
def test_licence_addresses(written: str, address: str | None) -> None:
    assert licence_address(written) == address


def test_an_unknown_license_is_shown_as_written(make_project: Maker) -> None:
    project = _english(make_project)
    project.replace("curriculum/program.yml", "license: CC BY 4.0", "license: All rights reserved")

    pages = _pages(project)

    assert (
        '<p class="silabus-license">License: All rights reserved</p>' in pages["program/index.md"]
    )
    site = render_site(validate_project(project.root).curriculum)  # type: ignore[arg-type]
    assert "license" not in (site.pages["program/index.md"].data or {})


def test_a_broken_link_in_setup_is_reported_at_its_line(make_project: Maker) -> None:
    project = _english(make_project)
    project.replace("curriculum/program.yml", "<https://git-scm.com/>", "[Git](modul:git-basics)")

    (problem,) = _problems(project)

    assert problem.startswith(
        "curriculum/program.yml:18:29: error: the module 'git-basics' does not exist  [M005]"
    )


# Notes for trainers


def test_program_trainer_notes_are_only_in_the_trainer_build(make_project: Maker) -> None:
    project = _english(make_project)

    participant = _pages(project)
    trainer = _pages(project, "trainer")

    note = "Remind the helpers to arrive half an hour early."
    assert not [path for path, text in participant.items() if note in text]
    assert [path for path, text in trainer.items() if note in text] == ["program/index.md"]
    assert "Trainer notes" in trainer["program/index.md"]
