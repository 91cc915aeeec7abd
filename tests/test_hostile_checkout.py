"""A checkout that may be hostile: links and special files planted where Silabus
reads and writes, code in mkdocs.yml, and builds that fail or are killed halfway.
Nothing outside the project changes or is shown, nothing is written through a
link, and the published site is replaced only by a complete new one."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from silabus.cli import main
from silabus.schema import KINDS, schema_file
from tests.conftest import Project, copy_sample, mkdocs_lines, snapshot

AGENDA = "kreativitas-dan-inovasi"
NEW_MODULE = ("new", "module", "uji-coba", "--agenda", AGENDA, "--title", "Uji Coba")
NEW_COHORT = ("new", "cohort", "angkatan-iii-2028", "--name", "Angkatan III",
              "--start", "2028-02-01", "--end", "2028-03-10")  # fmt: skip
FOLDER = "folder"
FILE = "file"


def links_stay(folder: str) -> str:
    """How validate ends its line saying that a link leads out of the folder it is in,
    code included."""
    return f"outside {folder}/; a link in {folder}/ may lead only to a file or folder in it  [L003]"


SECRET = "RAHASIA_7f3a9c"  # text of files outside the project, never to be shown
PLANTED_HOOK = "#!/bin/sh\necho 'planted by a pull request'\n"

SMALL_PROGRAM = """\
id: uji
title: Program Uji
agendas:
  - id: satu
    title: Agenda Satu
    modules: [alpha, beta]
"""
SMALL_MKDOCS = "site_name: Program Uji\nplugins:\n  - silabus\n"
SMALL_MATERIAL = (
    "site_name: Program Uji\ntheme:\n  name: material\n  language: id\n"
    "plugins:\n  - search\n  - silabus\n"
)


# --- Helpers -------------------------------------------------------------------


def small_project(root: Path, mkdocs_yml: str = SMALL_MKDOCS) -> Project:
    """A project of two modules and one page: a build takes a second or two."""
    project = Project(root)
    project.write("curriculum/program.yml", SMALL_PROGRAM)
    project.write("curriculum/modules/alpha.yml", "id: alpha\ntitle: Alpha\njp: 2\n")
    project.write("curriculum/modules/beta.yml", "id: beta\ntitle: Beta\njp: 2\n")
    project.write("docs/index.md", "# Beranda\n\nSelamat datang.\n")
    project.write("mkdocs.yml", mkdocs_yml)
    return project


def earlier_site(folder: Path) -> None:
    """A published site, as an earlier build left it."""
    pages = {
        "index.html": "<h1>Kemarin</h1>\n",
        "404.html": "<h1>Tidak ada</h1>\n",
        "sitemap.xml": "<urlset></urlset>\n",
        "modul/lama/index.html": "<h1>Modul lama</h1>\n",
    }
    for name, text in pages.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")


def tree(folder: Path) -> dict[str, tuple[Any, ...]]:
    """Every entry below `folder`, links not followed: a file's bytes, permissions and
    modification time, a link's target, a folder. Equal trees: nothing changed there."""
    entries: dict[str, tuple[Any, ...]] = {}
    for parent, folders, files in os.walk(folder):
        for name in folders + files:
            path = Path(parent, name)
            info = path.lstat()
            key = path.relative_to(folder).as_posix()
            if stat.S_ISLNK(info.st_mode):
                entries[key] = ("link", os.readlink(path))
            elif stat.S_ISDIR(info.st_mode):
                entries[key] = (FOLDER,)
            else:
                mode = stat.S_IMODE(info.st_mode)
                entries[key] = (FILE, path.read_bytes(), mode, info.st_mtime_ns)
    return entries


def contents(folder: Path) -> dict[str, tuple[Any, ...]]:
    """`tree` without the times: what a folder holds, moved or not."""
    return {key: entry[:2] for key, entry in tree(folder).items()}


def executable(path: Path) -> bool:
    return bool(path.lstat().st_mode & 0o111)


def building_folders(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if ".building-" in path.name)


def run_within(project: Project, seconds: float, *command: str) -> subprocess.CompletedProcess[str]:
    """Run a command in the project; fail if it is still running after `seconds`."""
    try:
        return subprocess.run(
            command,
            cwd=project.root,
            capture_output=True,
            text=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            timeout=seconds,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{' '.join(command[1:])} was still waiting after {seconds} s", pytrace=False)


def start_build(project: Project) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build"],
        cwd=project.root,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def add_hook(project: Project, name: str, code: str) -> None:
    project.write(name, code)
    project.write("mkdocs.yml", project.read("mkdocs.yml") + f"hooks:\n  - {name}\n")


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder beside the project, as a home folder or another repository would be:
    a pre-commit hook, notes and a folder of files."""
    folder = tmp_path / "outside"
    hook = folder / ".git" / "hooks" / "pre-commit"
    hook.parent.mkdir(parents=True)
    hook.write_text(PLANTED_HOOK, encoding="utf-8")
    hook.chmod(0o755)
    (folder / "notes.txt").write_text(f"{SECRET}\n", encoding="utf-8")
    (folder / "folder").mkdir()
    (folder / "folder" / "kept.txt").write_text(f"{SECRET}\n", encoding="utf-8")
    return folder


@pytest.fixture
def small(tmp_path: Path) -> Project:
    """The small project with a site an earlier build published."""
    project = small_project(tmp_path / "small")
    earlier_site(project.path("site"))
    return project


# --- silabus new -----------------------------------------------------------------


def test_new_module_writes_past_dot_file_links_to_a_git_hook_outside(
    project: Project, outside: Path
) -> None:
    hook = outside / ".git" / "hooks" / "pre-commit"
    planted = [
        "curriculum/.program.yml.tmp",
        "curriculum/program.yml.tmp",
        "curriculum/.program.yml.partial",
        "curriculum/program.yml~",
        "curriculum/modules/.uji-coba.yml.tmp",
        "curriculum/modules/uji-coba.yml.tmp",
        "curriculum/modules/.uji-coba.yml.partial",
    ]
    for name in planted:
        project.path(name).symlink_to(hook)
    project.path("curriculum/program.yml").chmod(0o755)
    before = tree(outside)
    program = project.read("curriculum/program.yml")

    made = project.silabus(*NEW_MODULE)

    assert made.returncode == 0, made.stderr
    assert tree(outside) == before
    assert hook.read_text(encoding="utf-8") == PLANTED_HOOK
    for name in planted:
        assert os.readlink(project.path(name)) == str(hook), name
    module = project.path("curriculum/modules/uji-coba.yml")
    written = [module, project.path("curriculum/program.yml")]
    for path in written:
        assert not path.is_symlink() and path.is_file(), path
        assert not executable(path), f"{path.name} was written executable"
    assert "id: uji-coba\n" in module.read_text(encoding="utf-8")
    after = project.read("curriculum/program.yml")
    assert after.replace("      - uji-coba\n", "", 1) == program
    assert sorted(path.name for path in project.path("curriculum").glob(".*")) == [
        ".program.yml.partial",
        ".program.yml.tmp",
    ]


def test_new_module_refuses_a_module_file_planted_as_a_link(
    project: Project, outside: Path
) -> None:
    link = project.path("curriculum/modules/uji-coba.yml")
    link.symlink_to(outside / "notes.txt")
    before, curriculum = tree(outside), tree(project.path("curriculum"))

    made = project.silabus(*NEW_MODULE)

    assert made.returncode == 1
    assert made.stderr.startswith("silabus new: error: curriculum/modules/uji-coba.yml ")
    assert "nothing was changed" in made.stderr
    assert tree(outside) == before
    assert tree(project.path("curriculum")) == curriculum


def test_new_module_refuses_a_program_file_planted_as_a_link(
    project: Project, outside: Path
) -> None:
    program = project.path("curriculum/program.yml")
    shutil.move(program, outside / "program.yml")
    program.symlink_to(outside / "program.yml")
    before, curriculum = tree(outside), tree(project.path("curriculum"))

    made = project.silabus(*NEW_MODULE)

    assert made.returncode == 1
    assert (
        "silabus new: error: curriculum/program.yml is a symbolic link, and Silabus never "
        "writes through one"
    ) in made.stderr
    assert "nothing was changed" in made.stderr
    assert tree(outside) == before
    assert tree(project.path("curriculum")) == curriculum


@pytest.mark.parametrize("planted", ["curriculum/program.yml", "curriculum"])
def test_new_module_shows_nothing_of_a_program_that_a_link_leads_outside(
    project: Project, outside: Path, planted: str
) -> None:
    """validate refuses to read such a file lest its content reach public messages;
    `silabus new` must not read it either (here, to list its agendas)."""
    real = project.path(planted)
    project.replace("curriculum/program.yml", f"id: {AGENDA}\n", f"id: {SECRET.lower()}\n")
    shutil.move(real, outside / real.name)
    real.symlink_to(outside / real.name)
    before = tree(outside)

    made = project.silabus("new", "module", "uji-coba", "--agenda", "kreatif", "--title", "Uji")

    assert made.returncode == 1
    assert SECRET.lower() not in made.stderr, made.stderr
    assert "link" in made.stderr, made.stderr
    assert tree(outside) == before


def test_new_module_refuses_a_modules_folder_that_leads_outside(
    project: Project, outside: Path
) -> None:
    modules = project.path("curriculum/modules")
    shutil.move(modules, outside / "modules")
    modules.symlink_to(outside / "modules")
    before = tree(outside)
    program = project.read("curriculum/program.yml")

    made = project.silabus(*NEW_MODULE)

    assert made.returncode == 1
    assert (
        f"curriculum/modules is a link to {outside / 'modules'}, outside the project or "
        "into a hidden folder of it, and Silabus writes only inside the project"
    ) in made.stderr
    assert tree(outside) == before
    assert project.read("curriculum/program.yml") == program


def test_new_module_replaces_a_hard_linked_program_and_leaves_its_other_name(
    project: Project, outside: Path
) -> None:
    """program.yml sharing its bytes with a file outside (a hard link) gets new bytes
    of its own: the file outside keeps its content."""
    program = project.path("curriculum/program.yml")
    shutil.move(program, outside / "program.yml")
    os.link(outside / "program.yml", program)
    before = tree(outside)

    made = project.silabus(*NEW_MODULE)

    assert made.returncode == 0, made.stderr
    assert tree(outside) == before
    assert "      - uji-coba\n" in program.read_text(encoding="utf-8")
    assert program.stat().st_nlink == 1


def test_new_cohort_refuses_a_cohorts_folder_that_leads_outside(
    project: Project, outside: Path
) -> None:
    cohorts = project.path("curriculum/cohorts")
    shutil.move(cohorts, outside / "cohorts")
    cohorts.symlink_to(outside / "cohorts")
    before = tree(outside)

    made = project.silabus(*NEW_COHORT)

    assert made.returncode == 1
    assert f"curriculum/cohorts is a link to {outside / 'cohorts'}, outside" in made.stderr
    assert tree(outside) == before


# --- silabus schema ----------------------------------------------------------------


def test_schema_refuses_a_schema_file_planted_as_a_link(project: Project, outside: Path) -> None:
    project.write("schema/program.schema.json", "{}\n")  # out of date: to be written
    planted = project.path("schema/module.schema.json")
    planted.unlink()
    planted.symlink_to(outside / "notes.txt")
    before, schemas = tree(outside), tree(project.path("schema"))

    written = project.silabus("schema")

    assert written.returncode == 1
    assert written.stderr == (
        "silabus schema: error: schema/module.schema.json is a symbolic link, and Silabus "
        "never writes through one; replace the link with a real file, or write somewhere "
        "else; nothing was written\n"
    )
    assert tree(outside) == before
    assert tree(project.path("schema")) == schemas  # not even program.schema.json


def test_schema_refuses_a_schema_folder_that_leads_outside(project: Project, outside: Path) -> None:
    shutil.rmtree(project.path("schema"))
    project.path("schema").symlink_to(outside / "folder")
    before = tree(outside)

    written = project.silabus("schema")

    assert written.returncode == 1
    assert f"schema is a link to {outside / 'folder'}, outside the project" in written.stderr
    assert tree(outside) == before


# --- silabus offline -----------------------------------------------------------------


def test_offline_refuses_a_dist_link_outside_before_building(tmp_path: Path, outside: Path) -> None:
    project = small_project(tmp_path / "small", SMALL_MATERIAL)
    project.path("dist").symlink_to(outside / "folder")
    before = tree(outside)

    made = project.silabus("offline")

    assert made.returncode == 1
    assert (
        f"silabus offline: error: dist is a link to {outside / 'folder'}, outside the project"
    ) in made.stderr
    assert "Building documentation" not in made.stderr  # refused before the build
    assert tree(outside) == before


def test_offline_refuses_a_zip_planted_as_a_link(tmp_path: Path, outside: Path) -> None:
    project = small_project(tmp_path / "small", SMALL_MATERIAL)
    zip_link = project.path("dist/uji-offline.zip")
    zip_link.parent.mkdir()
    zip_link.symlink_to(outside / "notes.txt")
    before = tree(outside)

    made = project.silabus("offline")

    assert made.returncode == 1
    assert (
        "silabus offline: error: dist/uji-offline.zip is a symbolic link, and Silabus never "
        "writes through one"
    ) in made.stderr
    assert tree(outside) == before
    assert os.readlink(zip_link) == str(outside / "notes.txt")


def test_offline_writes_only_its_zip_whatever_temporary_names_are_planted(
    tmp_path: Path, outside: Path
) -> None:
    """The property of the writing commands below, in one example: offline builds."""
    project = small_project(tmp_path / "small", SMALL_MATERIAL)
    planted = {
        "dist/.uji-offline.zip.tmp": FILE,
        "dist/uji-offline.zip.tmp": FILE,
        "dist/.uji-offline.zip.partial": FILE,
        "dist/uji-offline.zip.partial": FILE,
        "dist/uji-offline.zip.part": FILE,
        "dist/.uji-offline.zip.new": FOLDER,
    }
    plant(project, outside, planted, dict.fromkeys(planted, False))
    plant(project, outside, {"dist/.tmp": FILE}, {"dist/.tmp": True})  # leads nowhere yet
    before, neighbours = tree(outside), sorted(os.listdir(tmp_path))

    made = project.silabus("offline")

    assert made.returncode == 0, made.stderr
    assert tree(outside) == before
    assert sorted(os.listdir(tmp_path)) == neighbours
    zip_file = project.path("dist/uji-offline.zip")
    assert sorted(os.listdir(project.path("dist"))) == sorted(
        [zip_file.name, ".tmp", *(Path(name).name for name in planted)]
    )
    assert not zip_file.is_symlink() and not executable(zip_file)
    with zipfile.ZipFile(zip_file) as archive:
        assert "uji-offline/index.html" in archive.namelist()


# --- silabus export ------------------------------------------------------------------


def test_export_refuses_a_target_whose_folder_leads_outside(
    project: Project, outside: Path
) -> None:
    project.path("gen").symlink_to(outside / "folder")
    before = tree(outside)

    exported = project.silabus("export", "gen/pages")

    assert exported.returncode == 2
    assert (
        f"silabus export: error: gen is a link to {outside / 'folder'}, outside the project"
    ) in exported.stderr
    assert tree(outside) == before
    assert not (outside / "folder" / "pages").exists()


# --- Every writing command, links planted anywhere on its way ------------------------


@dataclass(frozen=True)
class Writer:
    """A writing command and the places where a link could lead it astray: every path
    it writes or passes through, and temporary names a writer might use."""

    arguments: tuple[str, ...]  # `{project}` stands for the project folder
    places: dict[str, str]  # path in the project -> FILE or FOLDER
    written: str  # a file the command writes when it succeeds
    before: dict[str, str] = field(default_factory=dict)  # files written first


def _dot_files(folder: str, name: str) -> dict[str, str]:
    return {
        f"{folder}/{pattern.format(name)}": FILE
        for pattern in (".{}.tmp", "{}.tmp", ".{}.partial", "{}~", ".#{}")
    }


WRITERS = {
    "new module": Writer(
        (*NEW_MODULE, "--project", "{project}"),
        {
            "curriculum": FOLDER,
            "curriculum/modules": FOLDER,
            "curriculum/program.yml": FILE,
            "curriculum/modules/uji-coba.yml": FILE,
            **_dot_files("curriculum", "program.yml"),
            **_dot_files("curriculum/modules", "uji-coba.yml"),
        },
        "curriculum/modules/uji-coba.yml",
    ),
    "new cohort": Writer(
        (*NEW_COHORT, "--project", "{project}"),
        {
            "curriculum": FOLDER,
            "curriculum/cohorts": FOLDER,
            "curriculum/cohorts/angkatan-iii-2028.yml": FILE,
            **_dot_files("curriculum/cohorts", "angkatan-iii-2028.yml"),
        },
        "curriculum/cohorts/angkatan-iii-2028.yml",
    ),
    "schema": Writer(
        ("schema", "--project", "{project}"),
        {
            "schema": FOLDER,
            **{f"schema/{schema_file(kind)}": FILE for kind in KINDS},
            **_dot_files("schema", "module.schema.json"),
        },
        "schema/module.schema.json",
        {f"schema/{schema_file(kind)}": "{}\n" for kind in KINDS},  # all out of date
    ),
    "export": Writer(
        ("export", "{project}/gen/pages", "--project", "{project}"),
        {
            "gen": FOLDER,
            "gen/pages": FOLDER,
            "gen/pages/.silabus-export": FILE,
            "gen/pages/index.md": FILE,
            "gen/pages/modul": FOLDER,
            "gen/.pages.new": FOLDER,
            "gen/.pages.old": FOLDER,
            "gen/pages.tmp": FOLDER,
        },
        "gen/pages/.silabus-export",
        {  # an earlier export, replaced as a whole
            "gen/pages/.silabus-export": "written by silabus export\n",
            "gen/pages/index.md": "# Lama\n",
            "gen/pages/modul/lama.md": "# Lama\n",
        },
    ),
}


def plant(
    project: Project, outside: Path, places: dict[str, str], nowhere: dict[str, bool]
) -> None:
    """Replace each place with a link to a copy of it outside the project (or to a new
    file or folder there), or, where `nowhere`, to a name outside that does not exist.
    Deeper places first, so that a folder replaced later takes its planted links along."""
    for number, relative in enumerate(sorted(nowhere, key=lambda name: -name.count("/"))):
        place = project.path(relative)
        aim = outside / f"aim-{number}-{place.name}"
        if not nowhere[relative]:
            if place.is_dir() and not place.is_symlink():
                shutil.copytree(place, aim, symlinks=True)
            elif place.is_file() and not place.is_symlink():
                shutil.copy2(place, aim)
            elif places[relative] == FOLDER:
                aim.mkdir()
                (aim / "kept.txt").write_text(f"{SECRET}\n", encoding="utf-8")
            else:
                aim.write_text(PLANTED_HOOK, encoding="utf-8")
                aim.chmod(0o755)
        if place.is_dir() and not place.is_symlink():
            shutil.rmtree(place)
        elif place.is_symlink() or place.exists():
            place.unlink()
        place.parent.mkdir(parents=True, exist_ok=True)
        place.symlink_to(aim)


def silabus_here(*arguments: str) -> tuple[int, str]:
    """Run the silabus command in this process: its exit status and what it printed."""
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
        try:
            status = main(list(arguments))
        except SystemExit as stopped:
            status = stopped.code if isinstance(stopped.code, int) else 1
    return status, printed.getvalue()


def check_nothing_escapes(example: Path, writer: Writer, nowhere: dict[str, bool]) -> None:
    """Run `writer` in a fresh project of `example` with links planted at `nowhere`'s
    places: the folder outside stays as it was, nothing appears beside the project,
    and what the command wrote is plain files inside it, none executable."""
    project = copy_sample(example / "project")
    project.path("curriculum/program.yml").chmod(0o755)
    for relative, text in writer.before.items():
        project.write(relative, text)
    outside = example / "outside"
    outside.mkdir()
    plant(project, outside, writer.places, nowhere)
    before_outside, before_project = tree(outside), tree(project.root)

    arguments = [argument.format(project=project.root) for argument in writer.arguments]
    status, printed = silabus_here(*arguments)

    assert tree(outside) == before_outside, printed
    assert sorted(os.listdir(example)) == ["outside", "project"], printed
    after = tree(project.root)
    for name, entry in after.items():
        if before_project.get(name) != entry:
            assert entry[0] in {FILE, FOLDER}, f"{name} was made as {entry}"
            assert entry[0] == FOLDER or not entry[2] & 0o111, f"{name} was made executable"
    if status == 0:
        written = project.path(writer.written)
        assert after[writer.written][0] == FILE, printed
        for folder in written.relative_to(project.root).parents:
            assert not project.path(str(folder)).is_symlink(), folder
    else:
        assert printed.strip(), "refused without a word"
        assert "Traceback" not in printed


def _links(writer: Writer) -> st.SearchStrategy[dict[str, bool]]:
    """Some of the writer's places, each planted leading to something or to nothing."""
    return st.dictionaries(st.sampled_from(sorted(writer.places)), st.booleans(), max_size=6)


PROPERTY = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@PROPERTY
@given(nowhere=_links(WRITERS["new module"]))
def test_new_module_writes_nothing_outside_whatever_links_are_planted(
    tmp_path: Path, nowhere: dict[str, bool]
) -> None:
    example = Path(tempfile.mkdtemp(dir=tmp_path))
    check_nothing_escapes(example, WRITERS["new module"], nowhere)


@PROPERTY
@given(nowhere=_links(WRITERS["new cohort"]))
def test_new_cohort_writes_nothing_outside_whatever_links_are_planted(
    tmp_path: Path, nowhere: dict[str, bool]
) -> None:
    example = Path(tempfile.mkdtemp(dir=tmp_path))
    check_nothing_escapes(example, WRITERS["new cohort"], nowhere)


@PROPERTY
@given(nowhere=_links(WRITERS["schema"]))
def test_schema_writes_nothing_outside_whatever_links_are_planted(
    tmp_path: Path, nowhere: dict[str, bool]
) -> None:
    example = Path(tempfile.mkdtemp(dir=tmp_path))
    check_nothing_escapes(example, WRITERS["schema"], nowhere)


@settings(PROPERTY, max_examples=10)
@given(nowhere=_links(WRITERS["export"]))
def test_export_writes_nothing_outside_whatever_links_are_planted(
    tmp_path: Path, nowhere: dict[str, bool]
) -> None:
    example = Path(tempfile.mkdtemp(dir=tmp_path))
    check_nothing_escapes(example, WRITERS["export"], nowhere)


# --- mkdocs.yml is read as data outside the build -------------------------------------

MARKER_HOOK = """\
from pathlib import Path

Path(__file__).with_name("hook-ran").write_text("the hook ran\\n")
"""


def test_validate_stats_and_export_do_not_import_the_projects_hooks(tmp_path: Path) -> None:
    project = small_project(tmp_path / "small")
    add_hook(project, "evil.py", MARKER_HOOK)

    for command in (("validate",), ("stats",), ("export", "out")):
        ran = project.silabus(*command)
        assert ran.returncode == 0, (command, ran.stdout, ran.stderr)
        assert not project.path("hook-ran").exists(), f"silabus {command[0]} ran the hook"

    built = project.mkdocs_build()  # the build does run it: the hook works
    assert built.returncode == 0, built.stderr
    assert project.path("hook-ran").exists()


def test_validate_stats_and_export_do_not_run_python_tags(tmp_path: Path) -> None:
    project = small_project(tmp_path / "small")
    marker = tmp_path / "tag-ran"
    project.write(
        "mkdocs.yml",
        "site_name: Program Uji\ntheme:\n  name: material\n  language: en\n"
        f"plugins:\n  - silabus\nextra:\n  made: !!python/object/apply:os.mkdir ['{marker}']\n",
    )

    for command in (("validate",), ("stats",), ("export", "out")):
        ran = project.silabus(*command)
        assert ran.returncode == 0, (command, ran.stdout, ran.stderr)
        assert not marker.exists(), f"silabus {command[0]} ran the tag"
        if command == ("validate",):  # the rest of mkdocs.yml is read all the same
            assert "but the site is in 'en' (theme.language in mkdocs.yml)" in ran.stdout

    yaml.unsafe_load(project.read("mkdocs.yml"))  # a loader that runs tags makes it
    assert marker.is_dir()


def _site_settings_for_validate(project: Project) -> str:
    """The sample's mkdocs.yml with labels in English and a list of allowed tags."""
    text = project.read("mkdocs.yml").replace("  language: id\n", "  language: en\n")
    return text.replace("  - tags\n", "  - tags:\n      tags_allowed: [inovasi]\n")


def test_an_inherited_file_counts_as_mkdocs_yml_itself(project: Project) -> None:
    settings_text = _site_settings_for_validate(project)
    project.write("mkdocs.yml", settings_text)
    plain = project.silabus("validate")
    assert "but the site is in 'en' (theme.language in mkdocs.yml)" in plain.stdout
    assert "is not in tags_allowed of mkdocs.yml" in plain.stdout

    project.write("base.yml", settings_text)
    project.write("mkdocs.yml", "INHERIT: base.yml\n")
    inherited = project.silabus("validate")

    assert (inherited.returncode, inherited.stdout) == (plain.returncode, plain.stdout)


@pytest.mark.parametrize("way", ["a path outside", "a link inside leading outside"])
def test_an_inherited_file_outside_the_project_is_not_read(
    project: Project, outside: Path, way: str
) -> None:
    (outside / "base.yml").write_text(_site_settings_for_validate(project), encoding="utf-8")
    if way == "a path outside":
        inherit = os.path.relpath(outside / "base.yml", project.root)
    else:
        project.path("base.yml").symlink_to(outside / "base.yml")
        inherit = "base.yml"
    project.write("mkdocs.yml", f"INHERIT: {inherit}\nsite_name: Uji\n")

    validated = project.silabus("validate")

    assert validated.returncode == 0, validated.stdout
    assert "theme.language" not in validated.stdout
    assert "tags_allowed" not in validated.stdout


def test_env_tags_in_mkdocs_yml_give_their_default_and_never_a_variable_s_value(
    project: Project,
) -> None:
    project.replace(
        "mkdocs.yml", "  language: id\n", "  language: !ENV [SILABUS_UJI_RAHASIA, en]\n"
    )
    validate = (sys.executable, "-m", "silabus", "validate")

    secret = project.run(*validate, env={"SILABUS_UJI_RAHASIA": "ghp_rahasia123"})
    default = project.run(*validate)

    assert "ghp_rahasia123" not in secret.stdout + secret.stderr
    assert secret.stdout == default.stdout
    assert "but the site is in 'en' (theme.language in mkdocs.yml)" in default.stdout


# --- Links and special files in the folders a build reads ------------------------------


def test_a_link_to_etc_passwd_in_docs_stops_validate_and_the_build(project: Project) -> None:
    project.path("docs/passwd.txt").symlink_to("/etc/passwd")
    earlier_site(project.path("site"))
    before = snapshot(project.path("site"), with_times=True)
    line = (
        f"docs/passwd.txt:1:1: error: this is a link to {Path('/etc/passwd').resolve()}, "
        f"{links_stay('docs')}"
    )

    validated = project.silabus("validate")
    built = project.mkdocs_build()

    assert validated.returncode == 1
    assert line in validated.stdout.splitlines()
    assert built.returncode == 1
    assert line in mkdocs_lines(built.stderr)
    assert "The site was not built" in built.stdout + built.stderr
    assert snapshot(project.path("site"), with_times=True) == before
    assert "root:x:0" not in validated.stdout + built.stdout + built.stderr


def test_a_link_to_etc_passwd_in_a_docs_subfolder_is_not_published(project: Project) -> None:
    project.path("docs/lampiran").mkdir()
    project.path("docs/lampiran/passwd.txt").symlink_to("/etc/passwd")

    built = project.mkdocs_build()

    assert not project.path("site/lampiran/passwd.txt").exists(), "/etc/passwd was published"
    assert built.returncode == 1
    assert any(
        line.startswith("docs/lampiran/passwd.txt:1:1: error: this is a link to ")
        for line in mkdocs_lines(built.stderr)
    )


def test_a_pipe_in_docs_is_reported_without_waiting(project: Project) -> None:
    os.mkfifo(project.path("docs/pipa.md"))
    earlier_site(project.path("site"))
    before = snapshot(project.path("site"))
    line = "docs/pipa.md:1:1: error: this is a pipe, a device or a socket, not a file  [L004]"

    validated = run_within(project, 60, sys.executable, "-m", "silabus", "validate")
    built = run_within(project, 60, sys.executable, "-m", "mkdocs", "build")

    assert validated.returncode == 1
    assert line in validated.stdout.splitlines()
    assert built.returncode == 1
    assert line in mkdocs_lines(built.stderr)
    assert snapshot(project.path("site")) == before


def test_a_pipe_in_a_docs_subfolder_does_not_make_the_build_wait(project: Project) -> None:
    project.path("docs/lampiran").mkdir()
    os.mkfifo(project.path("docs/lampiran/pipa.md"))

    built = run_within(project, 20, sys.executable, "-m", "mkdocs", "build")

    assert built.returncode == 1
    assert (
        "docs/lampiran/pipa.md:1:1: error: this is a pipe, a device or a socket, not a file  [L004]"
    ) in mkdocs_lines(built.stderr)


def test_a_pipe_named_as_a_module_file_is_reported(project: Project) -> None:
    os.mkfifo(project.path("curriculum/modules/x.yml"))

    validated = run_within(project, 60, sys.executable, "-m", "silabus", "validate")

    assert validated.returncode == 1, validated.stdout
    assert any(
        line.startswith("curriculum/modules/x.yml:1:1: error: ")
        for line in validated.stdout.splitlines()
    ), validated.stdout


def test_links_in_a_circle_are_reported_without_a_traceback(project: Project) -> None:
    project.path("docs/satu.md").symlink_to("dua.md")
    project.path("docs/dua.md").symlink_to("satu.md")
    project.path("curriculum/modules/putar.yml").symlink_to("putar.yml")

    validated = run_within(project, 60, sys.executable, "-m", "silabus", "validate")
    built = run_within(project, 60, sys.executable, "-m", "mkdocs", "build")

    assert validated.returncode == 1
    lines = validated.stdout.splitlines()
    for name in ("docs/dua.md", "docs/satu.md"):
        assert f"{name}:1:1: error: this is a link that leads in a circle  [L002]" in lines
    assert any(line.startswith("curriculum/modules/putar.yml:1:1: error: ") for line in lines)
    assert built.returncode == 1
    assert "Traceback" not in validated.stdout + validated.stderr + built.stderr + built.stdout


def _curriculum_outside(project: Project, outside: Path) -> None:
    """curriculum/ moved outside the project, a link left in its place; its files hold
    text that must not be shown."""
    project.replace(
        "curriculum/program.yml",
        "title: Pelatihan Pelayanan Publik Berorientasi Inovasi",
        f"title: {SECRET}\nnot_a_field: {SECRET}",
    )
    shutil.move(project.path("curriculum"), outside / "curriculum")
    project.path("curriculum").symlink_to(outside / "curriculum")


def test_a_curriculum_folder_leading_outside_is_reported_and_not_read(
    project: Project, outside: Path
) -> None:
    _curriculum_outside(project, outside)

    validated = project.silabus("validate")
    built = project.mkdocs_build()

    message = (
        f"error: curriculum/ is a link to {outside / 'curriculum'}, outside the project, "
        "which Silabus does not read"
    )
    assert validated.returncode == 1
    assert message in validated.stdout
    assert built.returncode == 1
    assert message in built.stderr
    assert not project.path("site").exists()
    for output in (validated.stdout, validated.stderr, built.stdout, built.stderr):
        assert SECRET not in output


def test_the_build_stops_with_the_line_validate_prints_for_a_curriculum_outside(
    project: Project, outside: Path
) -> None:
    _curriculum_outside(project, outside)

    validated = project.silabus("validate")
    built = project.mkdocs_build()

    errors = [line for line in validated.stdout.splitlines() if ": error: " in line]
    assert len(errors) == 1
    assert errors[0] in mkdocs_lines(built.stderr)


def test_a_templates_folder_leading_outside_is_reported_and_not_read(
    project: Project, outside: Path
) -> None:
    (outside / "folder" / "module.md.j2").write_text(f"{{{{ a {SECRET} }}}}\n", encoding="utf-8")
    project.path("templates").symlink_to(outside / "folder")

    validated = project.silabus("validate")

    assert validated.returncode == 1
    assert (
        f"templates:1:1: error: this is a link to {outside / 'folder'}, outside the project "
        "or hidden in it; Silabus reads and publishes only folders of the project  [L005]"
    ) in validated.stdout.splitlines()
    assert SECRET not in validated.stdout + validated.stderr


def test_a_link_outside_in_the_themes_custom_dir_is_reported(
    project: Project, outside: Path
) -> None:
    project.replace(
        "mkdocs.yml", "  name: material\n", "  name: material\n  custom_dir: overrides\n"
    )
    project.path("overrides").mkdir()
    project.path("overrides/main.html").symlink_to(outside / "notes.txt")

    validated = project.silabus("validate")

    assert validated.returncode == 1
    assert (
        f"overrides/main.html:1:1: error: this is a link to {outside / 'notes.txt'}, "
        f"{links_stay('overrides')}"
    ) in validated.stdout.splitlines()


# --- The site is replaced only by a complete build -------------------------------------

SLOW_HOOK = """\
import time


def on_post_page(output, page, config):
    time.sleep(0.5)
    return output
"""

FAILING_HOOK = """\
import errno

pages = 0


def on_post_page(output, page, config):
    global pages
    pages += 1
    if pages > 2:
        raise {error}
    return output
"""


def test_a_build_killed_halfway_leaves_the_site_and_the_next_build_clears_up(
    small: Project, outside: Path
) -> None:
    site = small.path("site")
    before = snapshot(site, with_times=True)
    plain = small.read("mkdocs.yml")
    add_hook(small, "slow.py", SLOW_HOOK)
    build = start_build(small)
    try:
        deadline = time.monotonic() + 60
        while not any(
            path.is_file() for name in building_folders(small.root)
            for path in small.path(name).rglob("*")
        ):  # fmt: skip
            assert build.poll() is None, "the build ended before it could be stopped"
            assert time.monotonic() < deadline, "the build wrote nothing in a minute"
            time.sleep(0.05)
    finally:
        build.send_signal(signal.SIGKILL)
        build.wait()

    assert snapshot(site, with_times=True) == before
    (abandoned,) = building_folders(small.root)
    # A link in the abandoned folder: clearing it up must not follow it.
    small.path(abandoned).joinpath("tautan").symlink_to(outside / "folder")
    outside_before = tree(outside)
    small.write("mkdocs.yml", plain)

    built = small.mkdocs_build()

    assert built.returncode == 0, built.stderr
    assert building_folders(small.root) == []
    assert tree(outside) == outside_before
    pages = set(snapshot(site))
    assert {"index.html", "404.html", "sitemap.xml", "modul/alpha/index.html"} <= pages
    assert "modul/lama/index.html" not in pages


@pytest.mark.parametrize(
    ("error", "line"),
    [
        (
            "OSError(errno.ENOSPC, 'No space left on device', page.file.dest_uri)",
            "The site could not be written: No space left on device (",
        ),
        (
            "ValueError('the page has no heading')",
            "The build stopped: ValueError: the page has no heading; site is as it was.",
        ),
    ],
    ids=["no-space-left", "a-hook-fails"],
)
def test_a_build_that_fails_midway_leaves_the_site_and_says_so_in_one_line(
    small: Project, error: str, line: str
) -> None:
    before = snapshot(small.path("site"), with_times=True)
    add_hook(small, "failing.py", FAILING_HOOK.format(error=error))

    built = small.mkdocs_build()

    assert built.returncode == 1
    output = built.stdout + built.stderr
    assert "Traceback" not in output, output
    told = [text for text in output.splitlines() if text.startswith(line)]
    assert len(told) == 1, output
    assert "site is as it was" in told[0]
    assert snapshot(small.path("site"), with_times=True) == before
    assert building_folders(small.root) == []


def test_a_strict_build_with_a_warning_leaves_the_site(small: Project) -> None:
    before = snapshot(small.path("site"), with_times=True)
    small.write("docs/index.md", "# Beranda\n\nLihat [halaman](tidak-ada.md).\n")

    built = small.mkdocs_build("--strict")

    assert built.returncode == 1
    assert "Aborted with 1 warnings in strict mode!" in built.stdout + built.stderr
    assert snapshot(small.path("site"), with_times=True) == before
    assert building_folders(small.root) == []


def test_the_deployment_s_git_folder_in_the_site_is_kept_and_nothing_else(
    small: Project,
) -> None:
    small.write("site/.git/HEAD", "ref: refs/heads/gh-pages\n")
    small.write("site/.well-known/security.txt", f"{SECRET}\n")
    small.write(".git/config", f"[http]\n\textraheader = {SECRET}\n")
    small.path("site/.gitcfg").symlink_to("../.git/config")  # as a checkout can carry it

    built = small.mkdocs_build()

    assert built.returncode == 0, built.stderr
    assert small.read("site/.git/HEAD") == "ref: refs/heads/gh-pages\n"
    assert sorted(path.name for path in small.path("site").iterdir() if path.name[0] == ".") == [
        ".git"
    ]
    assert not small.path("site/modul/lama/index.html").exists()  # the rest is new
    assert small.path("site/modul/alpha/index.html").is_file()


def test_an_earlier_site_holding_links_outside_is_replaced_without_following_them(
    small: Project, outside: Path
) -> None:
    small.path("site/tautan").symlink_to(outside / "folder")
    small.path("site/catatan.txt").symlink_to(outside / "notes.txt")
    before = tree(outside)

    built = small.mkdocs_build()

    assert built.returncode == 0, built.stderr
    assert tree(outside) == before
    assert not small.path("site/tautan").is_symlink()


def test_a_site_folder_that_is_a_link_is_refused(small: Project, tmp_path: Path) -> None:
    real = tmp_path / "published"
    shutil.move(small.path("site"), real)
    small.path("site").symlink_to(real)
    before = tree(real)

    built = small.mkdocs_build()

    assert built.returncode == 1
    assert (
        "The site folder site is a symbolic link, and Silabus never writes through one"
    ) in built.stdout + built.stderr
    assert tree(real) == before
    assert small.path("site").is_symlink()


def test_a_site_dir_holding_other_files_is_refused(small: Project) -> None:
    small.write("mkdocs.yml", "site_dir: catatan\n" + small.read("mkdocs.yml"))
    small.write("catatan/rapat.txt", "Notulen rapat\n")
    small.write("catatan/arsip/2026.txt", "Arsip\n")
    before = tree(small.path("catatan"))

    built = small.mkdocs_build()

    assert built.returncode == 1
    assert (
        "The site folder catatan holds files that are not a built site, and the build "
        "replaces the whole folder; empty it or set another site_dir"
    ) in built.stdout + built.stderr
    assert tree(small.path("catatan")) == before
    assert building_folders(small.root) == []


def test_two_builds_at_once_both_succeed_and_leave_one_complete_site(
    small: Project, tmp_path: Path
) -> None:
    reference = tmp_path / "reference"
    builds = [
        start_build(small),
        start_build(small),
        subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(reference)],
            cwd=small.root,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        ),
    ]
    codes = [build.wait(timeout=120) for build in builds]

    assert codes == [0, 0, 0]
    assert sorted(snapshot(small.path("site"))) == sorted(snapshot(reference))
    assert [name for name in os.listdir(small.root) if name.startswith(".")] == []


# --- What a second look at the checkout found ------------------------------------------


def test_a_link_into_dot_git_is_not_published(small: Project) -> None:
    git_config = small.write(".git/config", "[http]\n\textraheader = AUTHORIZATION: basic TOKEN\n")
    small.path("docs/gitconfig.txt").symlink_to("../.git/config")
    before = tree(small.path("site"))

    validated = small.silabus("validate")
    built = small.mkdocs_build()

    line = f"docs/gitconfig.txt:1:1: error: this is a link to {git_config}, {links_stay('docs')}"
    assert line in validated.stdout.splitlines()
    assert built.returncode == 1
    assert tree(small.path("site")) == before


def test_a_folder_that_is_a_link_to_the_project_opens_no_way_into_dot_git(
    small: Project,
) -> None:
    small.write(".git/config", f"[http]\n\textraheader = {SECRET}\n")
    small.path("templates").symlink_to(".", target_is_directory=True)
    small.path("docs/leak.txt").symlink_to("../.git/config")
    before = tree(small.path("site"))

    validated = small.silabus("validate")
    built = small.mkdocs_build()

    assert validated.returncode == 1
    assert f"docs/leak.txt:1:1: error: this is a link to {small.path('.git/config')}" in (
        validated.stdout
    )
    assert built.returncode == 1
    assert tree(small.path("site")) == before
    assert SECRET not in validated.stdout + built.stdout + built.stderr


@pytest.mark.parametrize("setting", ["docs_dir: ../rahasia", "theme:\n  custom_dir: .git"])
def test_a_docs_or_theme_folder_outside_the_project_or_hidden_is_refused(
    small: Project, setting: str
) -> None:
    for folder in (small.root.parent / "rahasia", small.path(".git")):
        folder.mkdir(exist_ok=True)
        (folder / "index.md").write_text(f"{SECRET}\n", encoding="utf-8")
    small.write("mkdocs.yml", small.read("mkdocs.yml") + setting + "\n")
    before = tree(small.path("site"))

    validated = small.silabus("validate")
    built = small.mkdocs_build()

    assert "this folder is outside the project, or hidden in it" in validated.stdout
    assert built.returncode == 1
    assert SECRET not in validated.stdout + built.stderr
    assert tree(small.path("site")) == before


def test_a_dirty_build_never_writes_through_a_link_planted_in_site(
    small: Project, outside: Path
) -> None:
    small.write("docs/hello.txt", "echo planted\n")
    earlier_site(small.path("site"))
    small.path("site/hello.txt").symlink_to(outside / "notes.txt")
    before = tree(outside)

    built = small.mkdocs_build("--dirty")

    assert built.returncode == 0, built.stderr
    assert tree(outside) == before
    assert not small.path("site/hello.txt").is_symlink()
    assert small.read("site/hello.txt") == "echo planted\n"


def test_a_hook_file_of_an_older_silabus_never_builds_into_a_linked_site(
    small: Project, outside: Path
) -> None:
    small.write(
        "hooks/silabus_hook.py",
        "from silabus.mkdocs_adapter import on_config, on_env, on_files, on_post_build, "
        "on_post_page, on_post_template, on_startup  # noqa: F401\n",
    )
    small.write("mkdocs.yml", "site_name: Program Uji\nhooks:\n  - hooks/silabus_hook.py\n")
    shutil.rmtree(small.path("site"))
    small.path("site").symlink_to(outside / "folder", target_is_directory=True)
    before = tree(outside)

    built = small.mkdocs_build()

    assert built.returncode == 1
    assert "The site folder site is a symbolic link" in built.stdout
    assert tree(outside) == before


def test_a_leftover_folder_that_came_with_the_checkout_never_becomes_the_site(
    small: Project,
) -> None:
    shutil.rmtree(small.path("site"))  # a fresh checkout has no site/
    small.write(".site.old-0123456789ab/index.html", f"<h1>{SECRET}</h1>\n")
    small.write(".site.building-0123456789ab/.well-known/security.txt", f"{SECRET}\n")

    built = small.mkdocs_build()

    assert built.returncode == 0, built.stderr
    published = "".join(
        path.read_text(encoding="utf-8", errors="replace")
        for path in small.path("site").rglob("*")
        if path.is_file()
    )
    assert SECRET not in published
    assert not small.path("site/.well-known").exists()
    assert not small.path(".site.old-0123456789ab").exists()
    assert (
        "WARNING -  .site.building-0123456789ab holds hidden files (.well-known): a build "
        "that was stopped left it, or it came with the checkout; look at it, then delete "
        "that folder"
    ) in built.stderr


@pytest.mark.skipif(not hasattr(os, "fork"), reason="folder locks are POSIX")
def test_the_folder_of_a_build_still_running_is_left_alone(small: Project) -> None:
    import fcntl

    running = small.path(".site.building-0123456789ab")
    (running / "assets").mkdir(parents=True)
    holder = os.open(running, os.O_RDONLY)
    fcntl.flock(holder, fcntl.LOCK_EX)  # as the build writing into it holds it
    try:
        built = small.mkdocs_build()
    finally:
        os.close(holder)

    assert built.returncode == 0, built.stderr
    assert (running / "assets").is_dir()


def test_an_alias_bomb_in_mkdocs_yml_ends_quickly_in_defaults(small: Project) -> None:
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"] + [
        f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 9)
    ]
    bomb = "extra:\n" + "".join(f"  {level}\n" for level in levels)
    small.write(
        "mkdocs.yml",
        small.read("mkdocs.yml")
        + bomb
        + "  silabus:\n    audience: *a8\nplugins:\n  - tags:\n      tags_allowed: *a8\n",
    )

    for command in (("validate",), ("stats",)):
        ran = run_within(small, 60, sys.executable, "-m", "silabus", *command)
        assert "Traceback" not in ran.stderr
        assert ran.returncode == 0, ran.stdout + ran.stderr


@pytest.mark.parametrize(
    "setting",
    [
        "extra:\n  deep: " + "[" * 500 + "]" * 500,
        "INHERIT: mkdocs.yml",
        'INHERIT: "a\\0b"',
        'docs_dir: "a\\0b"',
    ],
)
def test_a_broken_mkdocs_yml_never_shows_a_traceback_to_validate(
    small: Project, setting: str
) -> None:
    small.write("mkdocs.yml", small.read("mkdocs.yml") + setting + "\n")
    validated = small.silabus("validate")
    assert "Traceback" not in validated.stderr
    assert validated.returncode in {0, 1}, validated.stderr


def test_a_link_planted_beside_a_project_named_through_a_link_is_refused(
    small: Project, outside: Path, tmp_path: Path
) -> None:
    named = tmp_path / "jalan-pintas"
    named.symlink_to(small.root, target_is_directory=True)
    small.path("dist").symlink_to(outside / "folder", target_is_directory=True)
    before = tree(outside)

    made = run_within(
        small,
        120,
        sys.executable,
        "-m",
        "silabus",
        "offline",
        "--project",
        str(named),
        "--output",
        str(named / "dist"),
    )

    assert made.returncode == 1
    assert "dist is a link to" in made.stderr
    assert tree(outside) == before


def test_a_folder_link_in_a_circle_is_a_message_for_new(project: Project) -> None:
    shutil.rmtree(project.path("curriculum/cohorts"))
    project.path("curriculum/cohorts").symlink_to("cohorts")

    made = project.silabus(*NEW_COHORT)

    assert made.returncode == 1
    assert "curriculum/cohorts is a link that leads in a circle; delete the link" in made.stderr
    assert "Traceback" not in made.stderr


def test_curriculum_files_are_never_published_through_a_link_from_docs(small: Project) -> None:
    small.write(".git/config", f"[http]\n\textraheader = {SECRET}\n")
    small.path("curriculum/extra").mkdir()
    small.path("curriculum/extra/leak.yml").symlink_to("../../.git/config")
    small.path("curriculum/modules/repo.yml").symlink_to("../../.git")
    small.path("docs/c").symlink_to("../curriculum")
    before = tree(small.path("site"))

    validated = small.silabus("validate")
    built = small.mkdocs_build()

    shown = validated.stdout.splitlines()
    git = small.path(".git")
    assert (
        f"curriculum/extra/leak.yml:1:1: error: this is a link to {git / 'config'}, "
        + (links_stay("curriculum"))
        in shown
    )
    assert (
        f"curriculum/modules/repo.yml:1:1: error: this is a link to {git}, "
        + (links_stay("curriculum"))
        in shown
    )
    assert (
        f"docs/c:1:1: error: this is a link to {small.path('curriculum')}, " + (links_stay("docs"))
        in shown
    )
    assert built.returncode == 1
    assert tree(small.path("site")) == before
