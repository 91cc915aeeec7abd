"""The English sample project in examples/shell-workshop: a two-morning workshop
counted in minutes, with its modules directly under the program, its own values, one
cohort in Europe/Amsterdam that teaches part of a module, and an anonymous feedback
form. It validates strictly and builds, and its pages say what a participant needs."""

from __future__ import annotations

import json
import shutil

import pytest
import yaml

from tests.conftest import REPOSITORY, Project

SAMPLE = REPOSITORY / "examples" / "shell-workshop"

# One worker builds the sample once for every test of this file.
pytestmark = pytest.mark.xdist_group("shell-workshop")


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """A copy of the sample, so that its builds write nothing into the repository."""
    root = tmp_path_factory.mktemp("samples") / "shell-workshop"
    shutil.copytree(SAMPLE, root, ignore=shutil.ignore_patterns("site", "site-trainer"))
    return Project(root)


@pytest.fixture(scope="module")
def built(sample: Project) -> Project:
    participant = sample.mkdocs_build("--strict")
    assert participant.returncode == 0, participant.stderr
    trainer = sample.mkdocs_build("--strict", "-f", "mkdocs-trainer.yml")
    assert trainer.returncode == 0, trainer.stderr
    return sample


def _page(project: Project, site: str, folder: str) -> str:
    """The page whose address ends in `folder/`, wherever the site's language puts it
    (the printable copies left out)."""
    pages = [
        path
        for path in project.path(site).rglob(f"{folder}/index.html")
        if not {"cetak", "print"} & set(path.relative_to(project.path(site)).parts)
    ]
    assert len(pages) == 1, pages
    return pages[0].read_text(encoding="utf-8")


def _all_text(project: Project, site: str) -> str:
    """Every page and the search index of a built site."""
    folder = project.path(site)
    return "\n".join(
        path.read_text(encoding="utf-8")
        for path in sorted(folder.rglob("*"))
        if path.suffix in {".html", ".json"}
    )


def test_the_sample_passes_strict_validation(sample: Project) -> None:
    validated = sample.silabus("--lang", "en", "validate", "--strict")

    assert validated.returncode == 0, validated.stdout
    # The cohort teaches part of one module on purpose: a note, which --strict passes.
    assert validated.stdout.splitlines() == [
        "curriculum/cohorts/online-2027-03.yml:114:21: note: 'finding-things' is taught for "
        "30 min of its 50 min in this cohort, which teaches it only in part  [T032]",
        "No problems found (20 files checked, 1 note).",
    ]


def test_the_sample_counts_in_minutes_with_no_agendas_and_its_own_values() -> None:
    program = yaml.safe_load((SAMPLE / "curriculum/program.yml").read_text(encoding="utf-8"))
    modules = {
        path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))
        for path in (SAMPLE / "curriculum/modules").glob("*.yml")
    }

    assert program["time_unit"] == "minutes"
    assert "agendas" not in program
    assert "jp_minutes" not in program
    assert sorted(program["modules"]) == sorted(modules)
    value_ids = {value["id"] for value in program["values"]}
    for module_id, module in modules.items():
        assert "minutes" in module and "jp" not in module, module_id
        assert module["core_values"] and set(module["core_values"]) <= value_ids, module_id


def test_the_program_page_shows_the_title_setup_licence_and_credits(built: Project) -> None:
    site = _all_text(built, "site")

    assert "The Unix Shell for Researchers" in _page(built, "site", "program")
    assert "Git for Windows" in site  # the setup instructions
    assert "CC BY 4.0" in site
    assert "The Carpentries" in site


def test_a_module_page_gives_its_length_in_minutes_and_its_values(built: Project) -> None:
    page = _page(built, "site", "pipes-and-filters")

    assert "<li><strong>55&nbsp;min</strong></li>" in page
    assert "| Theory" not in page and " JP" not in page
    assert "Reproducibility" in page and "Automation" in page
    assert "Akuntabel" not in page


def test_the_cohort_page_says_its_time_zone_day_notes_and_untimed_item(built: Project) -> None:
    page = _page(built, "site", "online-2027-03")

    assert "Europe/Amsterdam" in page
    assert "https://pad.example.org/p/unix-shell-2027-03-day-1" in page
    assert "Pre-workshop survey" in page
    assert "Helpers: Priya Natarajan, Samuel Okoye" in page  # for the whole cohort
    # The course data names those who teach, not the helpers.
    data = page[page.index('<script type="application/ld+json">') :]
    data = data[data.index(">") + 1 : data.index("</script>")]
    instance = json.loads(data)["hasCourseInstance"][0]
    assert [person["name"] for person in instance["instructor"]] == [
        "Dr. Anouk Visser",
        "Jonas Meyer",
    ]


def test_the_feedback_form_asks_for_no_name(built: Project) -> None:
    page = _page(built, "site", "feedback")

    assert "Workshop Feedback" in page
    assert "Work unit" not in page
    assert "Participant" not in page


def test_course_wide_trainer_notes_are_only_in_the_trainer_build(built: Project) -> None:
    note = "Clear your shell history"

    assert note in _all_text(built, "site-trainer")
    assert note not in _all_text(built, "site")
