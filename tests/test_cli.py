"""`silabus validate` and `silabus export` as a trainer runs them."""

from __future__ import annotations

import re
import sys

import pytest
import yaml
from mkdocs.config import load_config
from mkdocs.structure.files import Files

from silabus.engines.mkdocs import INDONESIAN_SEARCH
from silabus.render import BLOCK_END, WORKER_SHIM
from tests.conftest import REPOSITORY, Project, mkdocs_lines, snapshot

SAMPLE_FILES = 32  # 19 YAML files and 13 material pages
# The sample cites a revoked rule on purpose and reports it as a note.
CITING_MODULE = "curriculum/modules/praktik-baik-inovasi.yml"
CITATION = next(
    (number, line.index("permenpan-rb-30-2014") + 1)
    for number, line in enumerate(
        (REPOSITORY / CITING_MODULE).read_text(encoding="utf-8").splitlines(), start=1
    )
    if line.startswith("references:") and "permenpan-rb-30-2014" in line
)
HISTORICAL_NOTE = (
    f"{CITING_MODULE}:{CITATION[0]}:{CITATION[1]}: note: 'praktik-baik-inovasi' cites "
    "Permenpan RB 30/2014, which was revoked on 2021-12-31 and replaced by Permenpan RB 91/2021"
    "  [R008]"
)


def test_validate_accepts_the_sample(project: Project) -> None:
    result = project.silabus("validate")
    assert result.returncode == 0
    assert result.stdout.endswith(f"No problems found ({SAMPLE_FILES} files checked, 1 note).\n")


def test_validate_reports_each_problem_as_path_line_column(project: Project) -> None:
    project.replace("curriculum/modules/studi-tiru.yml", "title: ", "titel: Studi Tiru\ntitle: ")
    project.replace("curriculum/modules/desain-inovasi.yml", "  total: 15", "  total: lima belas")

    line = _line_of(project, "curriculum/modules/desain-inovasi.yml", "total: lima belas")

    result = project.silabus("validate")

    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"curriculum/modules/desain-inovasi.yml:{line}:10: error: "
        "'jp.total' must be a whole number, not 'lima belas'  [S012]",
        "    hint: write digits only, for example 12",
        "curriculum/modules/studi-tiru.yml:3:1: error: unknown field 'titel'  [S005]",
        "    hint: did you mean 'title'?",
        # Errors first: a note the project publishes with does not come between them.
        f"{HISTORICAL_NOTE}",
        "    hint: cite 'permenpan-rb-91-2021' instead",
        f"Found 2 errors and 0 warnings ({SAMPLE_FILES} files checked, 1 note).",
    ]
    assert "Traceback" not in result.stderr


def test_validate_github_format_prints_annotations(project: Project) -> None:
    project.replace("curriculum/modules/studi-tiru.yml", "title: ", "titel: Studi Tiru\ntitle: ")

    result = project.silabus("validate", "--format", "github")

    assert result.returncode == 1
    assert result.stdout.splitlines()[:2] == [
        "::error file=curriculum/modules/studi-tiru.yml,line=3,col=1::"
        "[S005] unknown field 'titel' (hint: did you mean 'title'?)",
        f"::notice file={CITING_MODULE},line={CITATION[0]},col={CITATION[1]}::"
        "[R008] 'praktik-baik-inovasi' cites Permenpan RB 30/2014, which was revoked on 2021-12-31 "
        "and replaced by Permenpan RB 91/2021 (hint: cite 'permenpan-rb-91-2021' instead)",
    ]


def _cite_the_revoked_rule_everywhere(project: Project) -> int:
    """Each module cites the revoked rule (a note each); returns how many notes."""
    notes = 0
    for path in sorted(project.path("curriculum/modules").glob("*.yml")):
        text = path.read_text(encoding="utf-8")
        if "permenpan-rb-30-2014" not in text and "\nreferences: [" in text:
            text = text.replace("\nreferences: [", "\nreferences: [permenpan-rb-30-2014, ", 1)
            path.write_text(text, encoding="utf-8")
        notes += "permenpan-rb-30-2014" in path.read_text(encoding="utf-8")
    return notes


def test_many_notes_do_not_bury_an_error(project: Project) -> None:
    notes = _cite_the_revoked_rule_everywhere(project)
    project.replace(
        "curriculum/worksheets/studi-tiru.yml", "module: studi-tiru", "module: studi-tirru"
    )

    lines = project.silabus("validate").stdout.splitlines()

    assert notes > 6
    assert lines[0] == (
        "curriculum/worksheets/studi-tiru.yml:4:9: error: the module 'studi-tirru' does not exist"
        "  [T011]"
    )
    assert sum(": note: " in line for line in lines) == 5
    assert lines[-2:] == [
        f"... and {notes - 5} more notes; `silabus validate --notes` shows them all",
        f"Found 1 error and 0 warnings ({SAMPLE_FILES} files checked, {notes} notes).",
    ]


def test_validate_shows_every_note_or_none_when_asked(project: Project) -> None:
    notes = _cite_the_revoked_rule_everywhere(project)

    every = project.silabus("validate", "--notes").stdout
    quiet = project.silabus("validate", "--quiet").stdout

    assert every.count(": note: ") == notes and "more notes" not in every
    assert quiet == f"No problems found ({SAMPLE_FILES} files checked, {notes} notes).\n"


def test_the_build_counts_the_notes_it_leaves_out(project: Project) -> None:
    notes = _cite_the_revoked_rule_everywhere(project)

    built = project.mkdocs_build()

    assert built.returncode == 0, built.stderr
    assert built.stderr.count(": note: ") == 5
    assert (
        f"... and {notes - 5} more notes; `silabus validate --notes` shows them all"
        in mkdocs_lines(built.stderr)
    )


def test_validate_names_files_relative_to_the_current_folder(project: Project) -> None:
    project.replace("curriculum/modules/studi-tiru.yml", "title: ", "titel: x\ntitle: ")

    result = project.silabus("validate", project.root.name, cwd=project.root.parent)

    assert result.returncode == 1
    assert result.stdout.startswith("project/curriculum/modules/studi-tiru.yml:3:1: error:")


def test_validate_accepts_the_curriculum_folder_as_path(project: Project) -> None:
    result = project.silabus("validate", "curriculum")
    assert result.returncode == 0


def test_validate_with_a_missing_folder_is_a_usage_error(project: Project) -> None:
    result = project.silabus("validate", "no-such-folder")
    assert result.returncode == 2
    assert "silabus: error: no-such-folder is not a folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_validate_outside_any_project_is_a_usage_error(project: Project) -> None:
    elsewhere = project.root.parent / "elsewhere"
    elsewhere.mkdir()
    result = project.silabus("validate", str(elsewhere))
    assert result.returncode == 2
    assert "holds no curriculum/ folder" in result.stderr


@pytest.mark.parametrize("folder", ["curriculum", "curriculum/modules", "docs"])
def test_validate_inside_a_project_finds_its_root(project: Project, folder: str) -> None:
    result = project.silabus("validate", cwd=project.path(folder))
    assert result.returncode == 0, result.stdout
    assert result.stdout.endswith(f"No problems found ({SAMPLE_FILES} files checked, 1 note).\n")


def test_validate_prints_characters_the_console_cannot_show_as_escapes(
    project: Project,
) -> None:
    project.replace("curriculum/modules/studi-tiru.yml", "title: ", "\u0458udul: x\ntitle: ")

    result = project.run(
        sys.executable,
        "-c",
        "import sys; from silabus.cli import main; sys.exit(main(['validate']))",
        env={"PYTHONIOENCODING": "cp1252"},
    )

    assert result.returncode == 1
    assert "unknown field '\\u0458udul'" in result.stdout
    assert "Traceback" not in result.stderr


def test_validate_strict_fails_on_warnings(project: Project) -> None:
    # A prerequisite taught after the module that needs it is only a warning.
    project.replace(
        "curriculum/modules/nilai-berakhlak-dalam-pelayanan.yml",
        "prerequisites: [konsep-pelayanan-publik]",
        "prerequisites: [konsep-pelayanan-publik, studi-tiru]",
    )

    relaxed = project.silabus("validate")
    strict = project.silabus("validate", "--strict")

    assert relaxed.returncode == 0
    assert "warning: the prerequisite 'studi-tiru' is taught after" in relaxed.stdout
    assert strict.returncode == 1
    assert strict.stdout.splitlines()[-1] == "Warnings are errors with --strict."


@pytest.mark.parametrize("language_line", ["  language: id\n", "  language: en\n", ""])
def test_export_writes_exactly_the_pages_the_hook_generates(
    project: Project, language_line: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # calendars are stamped
    project.replace("mkdocs.yml", "  language: id\n", language_line)
    result = project.silabus("export", "out")
    assert result.returncode == 0, result.stdout + result.stderr

    config = load_config(str(project.path("mkdocs.yml")))
    config = config.plugins.on_config(config)
    files = config.plugins.on_files(Files([]), config=config)
    # Material's own helpers (the search script) belong to the MkDocs build, not the pages.
    # The mark that ends each rendered block is for the MkDocs engine alone.
    generated = {
        file.src_uri: file.content_bytes.replace(BLOCK_END.encode(), b"")
        for file in files
        if file.src_uri not in {WORKER_SHIM, INDONESIAN_SEARCH}
    }
    assert any(BLOCK_END.encode() in file.content_bytes for file in files)
    exported = {
        path.relative_to(project.path("out")).as_posix(): path.read_bytes()
        for path in project.path("out").rglob("*")
        if path.is_file() and path.name not in {".silabus-export", ".nav.yml"}
    }
    assert exported == generated
    # The exported navigation holds the sections the hook puts into the site.
    exported_nav = yaml.safe_load(project.read("out/.nav.yml"))["nav"]
    site_sections = {
        str(children[0]): children
        for entry in config.nav
        if isinstance(entry, dict)
        for children in entry.values()
        if isinstance(children, list)
    }
    assert len(exported_nav) == 2  # the curriculum and the cohorts
    for entry in exported_nav:
        ((_, children),) = entry.items()
        assert site_sections[children[0]] == children
    assert "modul/berpikir-kreatif.md" in exported


def test_export_replaces_its_previous_export(project: Project) -> None:
    assert project.silabus("export", "out").returncode == 0
    project.write("out/modul/stale.md", "# left over\n")

    assert project.silabus("export", "out").returncode == 0

    assert not project.path("out/modul/stale.md").exists()
    assert project.path("out/modul/studi-tiru.md").is_file()


def test_export_refuses_a_folder_it_did_not_write(project: Project) -> None:
    project.write("notes/rapat.md", "# Rapat\n")

    result = project.silabus("export", "notes")

    assert result.returncode == 2
    assert "is not empty and was not written by `silabus export`" in result.stderr
    assert project.read("notes/rapat.md") == "# Rapat\n"


def test_export_refuses_the_docs_folder(project: Project) -> None:
    before = snapshot(project.path("docs"))

    result = project.silabus("export", "docs/kurikulum")

    assert result.returncode == 2
    assert "would mix generated pages" in result.stderr
    assert snapshot(project.path("docs")) == before


def test_export_of_a_broken_curriculum_keeps_the_previous_export(project: Project) -> None:
    assert project.silabus("export", "out").returncode == 0
    before = snapshot(project.path("out"))
    project.replace("curriculum/program.yml", "jp_minutes: 45", "jp_minutes: 45\njp_minutes: 50")

    result = project.silabus("export", "out")

    assert result.returncode == 1
    assert "curriculum/program.yml:" in result.stderr
    assert "duplicate key 'jp_minutes'" in result.stderr
    assert "Nothing was exported." in result.stderr
    assert snapshot(project.path("out")) == before


def test_export_labels_follow_the_language_option(project: Project) -> None:
    assert project.silabus("export", "out", "--language", "en").returncode == 0
    page = project.read("out/modul/berpikir-kreatif.md")
    assert "## Learning outcome" in page


def _line_of(project: Project, relative: str, text: str) -> int:
    lines = project.read(relative).splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


def _unclose_a_quote(project: Project) -> str:
    project.replace("curriculum/modules/studi-tiru.yml", "title: ", 'title: "Studi Tiru\ntitel: ')
    return "curriculum/modules/studi-tiru.yml"


def test_an_indonesian_program_is_told_its_problems_in_indonesian(project: Project) -> None:
    broken = _unclose_a_quote(project)

    result = project.run(sys.executable, "-m", "silabus", "validate", env=_DEFAULT_LANGUAGE)

    assert result.returncode == 1
    first, hint, *_, total = result.stdout.splitlines()
    assert re.fullmatch(rf"{broken}:\d+:\d+: kesalahan: .+  \[Y\d{{3}}\]", first), first
    assert hint.startswith("    saran: ")
    assert total.startswith("Ditemukan 1 kesalahan dan 0 peringatan (")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("how", "env"),
    [(["--lang", "en"], {}), ([], {"SILABUS_LANG": "en"}), (["--lang=en"], {"SILABUS_LANG": "id"})],
)
def test_english_is_chosen_on_the_command_line_or_in_the_environment(
    project: Project, how: list[str], env: dict[str, str]
) -> None:
    broken = _unclose_a_quote(project)

    result = project.run(
        sys.executable, "-m", "silabus", "validate", *how, env={**_DEFAULT_LANGUAGE, **env}
    )

    first, hint, *_, total = result.stdout.splitlines()
    assert re.fullmatch(rf"{broken}:\d+:\d+: error: .+  \[Y\d{{3}}\]", first), first
    assert hint.startswith("    hint: ")
    assert total.startswith("Found 1 error and 0 warnings (")


def test_a_problem_has_the_same_code_in_both_languages(project: Project) -> None:
    _unclose_a_quote(project)
    project.replace("curriculum/modules/desain-inovasi.yml", "  total: 15", "  total: lima belas")
    outputs = [
        project.run(sys.executable, "-m", "silabus", "validate", "--lang", language).stdout
        for language in ("id", "en")
    ]
    codes = [re.findall(r"  \[([A-Z]\d{3})\]$", output, re.MULTILINE) for output in outputs]
    assert codes[0] == codes[1]
    # The syntax error, the number that is not one, and the sample's note on a revoked rule.
    assert sorted(code[0] for code in codes[0]) == ["R", "S", "Y"]


def test_an_english_program_is_told_in_english(project: Project) -> None:
    project.replace("curriculum/program.yml", "language: id", "language: en")
    project.replace("curriculum/modules/desain-inovasi.yml", "  total: 15", "  total: lima belas")

    result = project.run(sys.executable, "-m", "silabus", "validate", env=_DEFAULT_LANGUAGE)

    assert ": error: 'jp.total' must be a whole number, not 'lima belas'  [S" in result.stdout


def test_the_build_speaks_the_language_of_validate(project: Project) -> None:
    _unclose_a_quote(project)
    checked = project.run(sys.executable, "-m", "silabus", "validate", env=_DEFAULT_LANGUAGE)

    built = project.run(sys.executable, "-m", "silabus", "build", "--strict", env=_DEFAULT_LANGUAGE)

    assert built.returncode == 1
    reported = mkdocs_lines(built.stderr)
    first = checked.stdout.splitlines()[0]
    assert first in reported
    said = built.stdout + built.stderr  # MkDocs prints the end of a stopped build on stdout
    assert "Situs tidak dibangun; perbaiki masalah di atas, lalu bangun lagi." in said


def test_help_is_in_the_language_chosen(project: Project) -> None:
    indonesian = project.run(
        sys.executable, "-m", "silabus", "validate", "--help", env=_DEFAULT_LANGUAGE
    )
    english = project.run(sys.executable, "-m", "silabus", "validate", "--help", "--lang", "en")

    assert indonesian.stdout.startswith("pemakaian: silabus validate")
    assert "Periksa setiap berkas kurikulum" in indonesian.stdout
    assert english.stdout.startswith("usage: silabus validate")
    assert "Check every curriculum file" in english.stdout


# No SILABUS_LANG: the language a trainer gets without choosing one.
_DEFAULT_LANGUAGE = {"SILABUS_LANG": ""}
