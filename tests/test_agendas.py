"""A program with agendas or with its modules directly under it, and what it calls a
group of modules on its pages (`agenda_label`)."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable

import yaml
from jsonschema import Draft202012Validator

from silabus.pipeline import Validation, validate_project
from silabus.render import NavSection, Site, render_site
from silabus.schema import json_schema
from silabus.stats import curriculum_stats, stats_tables
from tests.conftest import REPOSITORY, Project, mkdocs_lines
from tests.test_render import page_text, words

MakeProject = Callable[[dict[str, str]], Project]
PROGRAM = "curriculum/program.yml"

FLAT_PROGRAM = """\
id: lokakarya
title: Lokakarya Data Terbuka
language: {language}
modules:
  - pengantar
  - membersihkan
  - menerbitkan
"""


def module_yml(module_id: str, jp: int, prerequisites: list[str] | None = None) -> str:
    text = (
        f"id: {module_id}\ntitle: Modul {module_id.capitalize()}\njp: {jp}\n"
        f"summary: Ringkasan {module_id}.\nkey_points:\n  - Poin {module_id}.\n"
    )
    if prerequisites:
        text += "prerequisites: [" + ", ".join(prerequisites) + "]\n"
    return text


def flat_files(language: str = "id") -> dict[str, str]:
    return {
        PROGRAM: FLAT_PROGRAM.format(language=language),
        "curriculum/modules/pengantar.yml": module_yml("pengantar", 2),
        "curriculum/modules/membersihkan.yml": module_yml("membersihkan", 3, ["pengantar"]),
        "curriculum/modules/menerbitkan.yml": module_yml("menerbitkan", 1),
    }


def checked(project: Project) -> Validation:
    return validate_project(project.root)


def site_of(project: Project, language: str | None = None) -> Site:
    validation = checked(project)
    assert validation.curriculum is not None, [d.format() for d in validation.diagnostics]
    return render_site(validation.curriculum, language)


def problems(project: Project) -> list[str]:
    return [d.format() for d in checked(project).diagnostics]


def labelled(project: Project, label: str) -> Project:
    """The sample with `agenda_label` written after its `language`."""
    project.replace(PROGRAM, "language: id\n", f"language: id\nagenda_label: {label}\n")
    return project


# A program without agendas: its pages


def test_a_program_without_agendas_has_no_agenda_pages(make_project: MakeProject) -> None:
    site = site_of(make_project(flat_files()))

    assert list(site.pages) == [
        "program/index.md",
        "modul/index.md",
        "modul/pengantar.md",
        "modul/membersihkan.md",
        "modul/menerbitkan.md",
        "ringkasan/index.md",
        "cetak/index.md",
    ]


def test_the_program_page_lists_the_modules_in_teaching_order(make_project: MakeProject) -> None:
    site = site_of(make_project(flat_files()))
    text = page_text(site, "program/index.md")
    markdown = site.pages["program/index.md"].markdown

    assert "6 JP 4,5 jam 3 mata pelatihan" in text  # no count of agendas
    assert "agenda" not in text.lower()
    assert (
        "Struktur kurikulum Modul Pengantar · 2 JP · 1,5 jam Ringkasan pengantar. "
        "Modul Membersihkan · 3 JP · 2,25 jam Ringkasan membersihkan. "
        "Modul Menerbitkan · 1 JP · 0,75 jam Ringkasan menerbitkan. "
        "Jumlah: 6 JP · 4,5 jam"
    ) in text
    assert (
        "1. **[Modul Pengantar](../modul/pengantar.md)** · 2&nbsp;JP · 1,5&nbsp;jam\n" in markdown
    )
    assert "3. **[Modul Menerbitkan](../modul/menerbitkan.md)**" in markdown


def test_a_module_of_a_program_without_agendas_names_no_agenda(make_project: MakeProject) -> None:
    site = site_of(make_project(flat_files()))
    markdown = site.pages["modul/membersihkan.md"].markdown

    assert "Bagian dari" not in markdown
    assert "agenda/" not in markdown
    assert "</div>\n\n## Alokasi waktu" in markdown  # one blank line, as under an agenda


def test_without_agendas_the_modules_follow_the_program_page_in_the_navigation(
    make_project: MakeProject,
) -> None:
    nav = site_of(make_project(flat_files())).nav[0]

    assert nav.title == "Kurikulum"
    assert nav.children == [
        "program/index.md",
        ("Daftar mata pelatihan", "modul/index.md"),
        "modul/pengantar.md",
        "modul/membersihkan.md",
        "modul/menerbitkan.md",
        "ringkasan/index.md",
        ("Cetak seluruh program", "cetak/index.md"),
    ]


def test_many_modules_without_agendas_are_grouped_in_the_navigation(
    make_project: MakeProject,
) -> None:
    ids = [f"m{number:02}" for number in range(1, 18)]
    files = {f"curriculum/modules/{m}.yml": module_yml(m, 1) for m in ids}
    files[PROGRAM] = "id: panjang\ntitle: Panjang\nmodules: [" + ", ".join(ids) + "]\n"

    nav = site_of(make_project(files)).nav[0]

    groups = [child for child in nav.children if isinstance(child, NavSection)]
    assert [group.title for group in groups] == [
        "Mata pelatihan 1\u201315",
        "Mata pelatihan 16\u201317",
    ]
    assert groups[1].children == ["modul/m16.md", "modul/m17.md"]


def test_the_print_page_without_agendas_has_a_table_of_modules_and_each_module_below(
    make_project: MakeProject,
) -> None:
    page = site_of(make_project(flat_files())).pages["cetak/index.md"].markdown

    assert (
        "| Mata pelatihan | JP | Jam |\n| --- | ---: | ---: |\n"
        "| Modul Pengantar | 2 | 1,5 |\n| Modul Membersihkan | 3 | 2,25 |\n"
        "| Modul Menerbitkan | 1 | 0,75 |\n| **Jumlah seluruhnya** | **6** | **4,5** |"
    ) in page
    # Each module right below the program's title, on a sheet of its own.
    positions = [page.index(f"\n## Modul {name}\n") for name in ("Pengantar", "Membersihkan")]
    assert positions == sorted(positions)
    assert page.count('<div class="silabus-page-break"></div>') == 3
    assert "\n### Alokasi waktu\n" in page


def test_the_summary_without_agendas_heads_each_module(make_project: MakeProject) -> None:
    page = site_of(make_project(flat_files())).pages["ringkasan/index.md"].markdown

    assert "\n## [Modul Pengantar](../modul/pengantar.md)\n\n- Poin pengantar.\n" in page
    assert "###" not in page


def test_course_data_without_agendas_lists_every_module(make_project: MakeProject) -> None:
    data = site_of(make_project(flat_files())).pages["program/index.md"].data
    assert data is not None

    assert [section["name"] for section in data["syllabusSections"]] == [
        "Modul Pengantar",
        "Modul Membersihkan",
        "Modul Menerbitkan",
    ]
    assert data["timeRequired"] == "PT4H30M"


def test_stats_without_agendas_leave_out_the_agenda_table_and_column(
    make_project: MakeProject,
) -> None:
    validation = checked(make_project(flat_files()))
    assert validation.curriculum is not None
    stats = curriculum_stats(validation.curriculum)

    assert stats["agendas"] == []
    assert [module["agenda"] for module in stats["modules"]] == [None, None, None]
    tables = stats_tables(stats, "id")
    assert "Agenda" not in tables
    assert re.search(r"^Modul +JP +Jam\n[- ]+\npengantar +2 +1,5\n", tables, re.MULTILINE)


def test_a_program_without_agendas_builds_strict_with_neighbours_in_the_program_order(
    make_project: MakeProject,
) -> None:
    project = make_project(
        {
            **flat_files(),
            "mkdocs.yml": "site_name: Lokakarya\ntheme:\n  name: material\n  language: id\n"
            "  font: false\n  features: [navigation.footer]\nhooks:\n  - hooks/silabus_hook.py\n",
            "docs/index.md": "# Lokakarya\n",
        }
    )
    shutil.copytree(REPOSITORY / "hooks", project.path("hooks"))

    result = project.mkdocs_build("--strict")

    assert result.returncode == 0, mkdocs_lines(result.stderr)
    html = project.read("site/modul/membersihkan/index.html")
    previous = re.search(r'<a href="([^"]+)" class="md-footer__link md-footer__link--prev"', html)
    following = re.search(r'<a href="([^"]+)" class="md-footer__link md-footer__link--next"', html)
    assert previous is not None and previous.group(1) == "../pengantar/"
    assert following is not None and following.group(1) == "../menerbitkan/"
    assert not project.path("site/agenda").exists()
    assert "Bagian dari" not in html


# A program without agendas: its checks


def test_a_program_without_agendas_is_valid(make_project: MakeProject) -> None:
    assert problems(make_project(flat_files())) == []


def test_agendas_and_modules_together_are_refused_at_modules(make_project: MakeProject) -> None:
    files = flat_files()
    files[PROGRAM] += "agendas:\n  - id: inti\n    title: Inti\n    modules: [pengantar]\n"

    assert problems(make_project(files)) == [
        "curriculum/program.yml:4:1: error: the program lists both 'agendas' and 'modules'"
        "  [C040]\n    hint: keep one of them: 'agendas' when the modules are grouped (each "
        "agenda lists its own 'modules'), or 'modules' alone when they come directly under "
        "the program"
    ]


def test_a_program_with_neither_agendas_nor_modules_says_what_to_write(
    make_project: MakeProject,
) -> None:
    files = flat_files()
    files[PROGRAM] = "id: lokakarya\ntitle: Lokakarya\nmodules:\n"

    assert problems(make_project(files)) == [
        "curriculum/program.yml:1:1: error: the program lists no modules: it needs 'agendas' "
        "or 'modules'  [C041]\n    hint: list the module ids in teaching order under "
        "'modules:', or group them under 'agendas:', each agenda with its id, title and modules"
    ]


def test_the_program_modules_are_checked_as_an_agenda_modules_are(
    make_project: MakeProject,
) -> None:
    files = flat_files()
    files[PROGRAM] = (
        "id: lokakarya\ntitle: Lokakarya\nmodules:\n  - membersihkan\n  - pengantar\n"
        "  - pengantarr\n  - pengantar\n"
    )

    assert problems(make_project(files)) == [
        "curriculum/modules/membersihkan.yml:7:17: warning: the prerequisite 'pengantar' is "
        "taught after 'membersihkan'  [C020]\n    hint: move one of them in the modules of "
        "program.yml, or drop the prerequisite",
        "curriculum/modules/menerbitkan.yml:1:5: error: the module 'menerbitkan' is not in the "
        "program's modules  [C043]\n    hint: add 'menerbitkan' to 'modules' in "
        "curriculum/program.yml",
        "curriculum/program.yml:6:5: error: the program lists the module 'pengantarr', which "
        "does not exist  [C042]\n    hint: did you mean 'pengantar'? If not, create "
        "curriculum/modules/pengantarr.yml, or remove it from the list",
        "curriculum/program.yml:7:5: error: 'pengantar' is listed twice in 'modules'  [C009]\n"
        "    hint: remove the second one",
    ]


def test_a_cohort_of_a_program_without_agendas_is_expected_to_teach_its_modules(
    make_project: MakeProject,
) -> None:
    files = flat_files()
    files["curriculum/cohorts/angkatan-1.yml"] = (
        "id: angkatan-1\nname: Angkatan 1\nstart: 2027-03-01\nend: 2027-03-01\n"
        "phases:\n  - kind: classroom\n    start: 2027-03-01\n    end: 2027-03-01\n"
        "    days:\n      - date: 2027-03-01\n        sessions:\n"
        "          - {start: '08:00', end: '09:30', module: pengantar}\n"
    )

    found = problems(make_project(files))

    assert any("'membersihkan'" in line and "[T0" in line for line in found), found
    assert not any("pengantar'" in line and "[T0" in line for line in found), found


def test_the_schema_asks_for_agendas_or_modules_not_both() -> None:
    validator = Draft202012Validator(json_schema("program"))
    base = {"id": "x", "title": "X"}
    agendas = {"agendas": [{"id": "a", "title": "A", "modules": ["m"]}]}

    assert validator.is_valid({**base, "modules": ["m"]})
    assert validator.is_valid({**base, **agendas})
    assert not validator.is_valid({**base, **agendas, "modules": ["m"]})
    assert not validator.is_valid(base)
    for label in ("Unit", {"one": "Part", "many": "Parts"}, {"one": "Unit"}):
        assert validator.is_valid({**base, **agendas, "agenda_label": label})
    assert not validator.is_valid({**base, **agendas, "agenda_label": {"many": "Parts"}})


# What a group of modules is called


def test_the_agenda_label_names_the_groups_on_the_program_and_agenda_pages(
    project: Project,
) -> None:
    site = site_of(labelled(project, "Unit"))

    program = site.pages["program/index.md"].markdown
    assert "<li><strong>4</strong>&nbsp;Unit</li>" in program
    assert "| Unit | JP | Jam |" in program
    assert "| Agenda |" not in program
    agenda = page_text(site, "agenda/laboratorium-inovasi/index.md")
    assert "Mata pelatihan dalam Unit ini" in agenda
    print_page = site.pages["cetak/index.md"].markdown
    assert "| Unit | JP | Jam |" in print_page


def test_english_pages_use_both_forms_of_the_agenda_label(project: Project) -> None:
    project.replace(PROGRAM, "language: id\n", "language: en\n")
    project.replace(
        PROGRAM, "language: en\n", "language: en\nagenda_label: {one: Part, many: Parts}\n"
    )
    project.replace("mkdocs.yml", "  language: id", "  language: en")

    site = site_of(project, "en")

    program = site.pages["program/index.md"].markdown
    assert "<li><strong>4</strong>&nbsp;Parts</li>" in program
    assert "| Part | JP | Hours |" in program
    assert "Modules in this Part" in page_text(site, "agenda/aksi-perubahan/index.md")


def test_the_agenda_label_titles_the_groups_of_a_long_navigation(
    make_project: MakeProject,
) -> None:
    ids = [f"m{number:02}" for number in range(1, 18)]
    files = {f"curriculum/modules/{m}.yml": module_yml(m, 1) for m in ids}
    files[PROGRAM] = "id: panjang\ntitle: Panjang\nagenda_label: Sesi\nagendas:\n" + "".join(
        f"  - id: a{m}\n    title: Sesi {m}\n    modules: [{m}]\n" for m in ids
    )

    nav = site_of(make_project(files)).nav[0]

    (agendas,) = [child for child in nav.children if isinstance(child, NavSection)]
    assert agendas.title == "Sesi"  # the section whose page lists every group
    groups = [child.title for child in agendas.children if isinstance(child, NavSection)]
    assert groups == ["Sesi 1\u201315", "Sesi 16\u201317"]


def test_the_agenda_label_heads_the_agenda_column_of_stats(project: Project) -> None:
    validation = checked(labelled(project, "Unit"))
    assert validation.curriculum is not None
    stats = curriculum_stats(validation.curriculum)

    assert stats["program"]["agenda_label"] == "Unit"
    tables = stats_tables(json.loads(json.dumps(stats)), "id")
    assert re.search(r"^Unit +Modul +JP +Jam$", tables, re.MULTILINE)
    assert re.search(r"^Modul +Unit +JP", tables, re.MULTILINE)


def test_the_default_word_as_agenda_label_leaves_the_pages_as_they_were(
    project: Project,
) -> None:
    before = site_of(project)
    after = site_of(labelled(project, "Agenda"))

    for path in ("program/index.md", "agenda/aksi-perubahan/index.md", "cetak/index.md"):
        assert after.pages[path].markdown == before.pages[path].markdown


def test_an_english_program_gives_the_plural_of_its_agenda_label(project: Project) -> None:
    project.replace(PROGRAM, "language: id\n", "language: en\nagenda_label: Week\n")

    found = [line for line in problems(project) if "[C044]" in line]

    assert found == [
        "curriculum/program.yml:33:15: error: agenda_label gives only the word for one group, "
        "'Week'; English pages also need the word for several  [C044]\n    hint: write both "
        "forms: 'agenda_label: {one: Week, many: Weeks}', with the plural spelt as it should be"
    ]


def test_an_indonesian_program_needs_one_word_for_its_agenda_label(project: Project) -> None:
    assert [line for line in problems(labelled(project, "Unit")) if "[C04" in line] == []


def test_a_list_as_agenda_label_is_refused_with_the_forms_to_write(project: Project) -> None:
    found = [d for d in problems(labelled(project, "[Part, Parts]")) if "error" in d]

    assert found == [
        "curriculum/program.yml:33:15: error: 'agenda_label': a list does not say which word "
        "is for one group and which for several  [C046]\n    hint: write one word, "
        "'agenda_label: Unit', or both forms, 'agenda_label: {one: Part, many: Parts}'"
    ]


def test_an_agenda_label_without_agendas_is_a_warning(make_project: MakeProject) -> None:
    files = flat_files()
    files[PROGRAM] = files[PROGRAM].replace("modules:\n", "agenda_label: Unit\nmodules:\n", 1)

    assert problems(make_project(files)) == [
        "curriculum/program.yml:4:1: warning: agenda_label names the agendas, but this program "
        "has none  [C045]\n    hint: remove agenda_label, or group the modules under 'agendas:'"
    ]


# silabus new module


def test_a_new_module_of_a_program_without_agendas_is_listed_last_in_its_modules(
    make_project: MakeProject,
) -> None:
    project = make_project(flat_files())

    made = project.silabus("new", "module", "evaluasi", "--title", "Evaluasi", "--lang", "en")

    assert made.returncode == 0, made.stderr
    assert "Added 'evaluasi' to the program's modules in curriculum/program.yml." in made.stdout
    assert yaml.safe_load(project.read(PROGRAM))["modules"][-1] == "evaluasi"
    assert project.read(PROGRAM).endswith("  - menerbitkan\n  - evaluasi\n")
    assert problems(project) == []


def test_new_module_asks_for_the_agenda_only_of_a_program_with_agendas(
    project: Project, make_project: MakeProject
) -> None:
    refused = project.silabus("new", "module", "uji", "--title", "Uji", "--lang", "en")
    assert refused.returncode == 1
    assert words(refused.stderr).startswith(
        "silabus new: error: curriculum/program.yml groups its modules in agendas: say which "
        "one with --agenda (wawasan-pelayanan-publik, kreativitas-dan-inovasi,"
    )

    flat = make_project(flat_files())
    refused = flat.silabus(
        "new", "module", "uji", "--agenda", "inti", "--title", "U", "--lang", "en"
    )
    assert refused.returncode == 1
    assert (
        "curriculum/program.yml lists its modules directly, without agendas: leave out "
        "--agenda inti" in refused.stderr
    )
    assert not flat.path("curriculum/modules/uji.yml").exists()
