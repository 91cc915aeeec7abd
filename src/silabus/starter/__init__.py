"""`silabus init`: a new curriculum project holding only what an organizer owns.

The project is written into a hidden folder inside the target (a new folder, or
an empty one) and its entries are then moved up, never over anything; a failure
or an interruption removes what was made, and an existing project is never
touched. Its files come from `files/` in this package: `common/` for every
project, `id/` or `en/` by language; a name ending in `.j2` is a Jinja template,
and a name starting with `dot-` is written with a leading dot (`.github`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources import files as files_of
from importlib.resources.abc import Traversable
from pathlib import Path, PurePosixPath
from typing import Literal

import jinja2

from silabus import __version__
from silabus.catalogue import say
from silabus.files import make_folders, reason, write_file
from silabus.load import CURRICULUM_DIR
from silabus.schema import SCHEMA_DIR, write_schemas

Language = Literal["id", "en"]

STARTER = files_of("silabus.starter").joinpath("files")
# The sample program's pages besides the curriculum: the home page and the guide.
SAMPLE_DOCS = ("index.md", "panduan-peserta.md")
SKELETON_TITLE = {"id": "Pelatihan Contoh", "en": "Example Course"}
PARTICIPANT_GUIDE = {"id": "panduan-peserta.md", "en": "participant-guide.md"}


class InitRefused(Exception):
    """Nothing was written; the message (a Text) says why and what to do."""


@dataclass(frozen=True)
class Project:
    folder: Path
    files: list[str]  # relative paths, in the order written


def init_project(target: Path, language: Language, *, sample: bool) -> Project:
    """Write a new project into `target`, which must not exist or be an empty folder.
    On any failure or interruption, what was made is removed again."""
    shown = target
    # `new/..` names the folder above: judge the folder the path really names.
    target = Path(os.path.abspath(target))
    try:
        created = _claim(target, shown)
        try:
            written = _fill(target, language, sample=sample)
        except BaseException:
            for folder in reversed(created):
                with contextlib.suppress(OSError):
                    folder.rmdir()
            raise
    except OSError as failed:
        raise InitRefused(say("init.cannot-write", path=shown, reason=reason(failed))) from None
    return Project(shown, written)


def _claim(target: Path, shown: Path) -> list[Path]:
    """Make `target` the project's folder: an empty folder that exists, or a new one
    made here (with its missing parents), which are returned to be removed again if
    the project cannot be written."""
    if target.is_symlink():
        raise InitRefused(say("init.link", path=shown))
    if target.is_dir():
        held = sorted(os.listdir(target))
        if held:
            listed = ", ".join(held[:3]) + (", ..." if len(held) > 3 else "")
            raise InitRefused(say("init.not-empty", path=shown, listed=listed))
        return []
    if target.exists():
        raise InitRefused(say("init.not-a-folder", path=shown))
    missing = [target, *(p for p in target.parents if not p.exists())]
    created: list[Path] = []
    try:
        for folder in reversed(missing):
            os.mkdir(folder)  # fails if it came in since the check: never someone else's
            created.append(folder)
    except BaseException:
        for folder in reversed(created):
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    return created


def _fill(target: Path, language: Language, *, sample: bool) -> list[str]:
    """Write the project into a hidden folder inside `target` (same file system, so
    an empty mount point works too), then move each of its entries up, never over
    an entry that came in since; on failure, take back what was moved."""
    staging = Path(tempfile.mkdtemp(prefix=".silabus-init-", dir=target))
    moved: list[Path] = []
    try:
        written = _write_project(staging, language, sample=sample)
        for name in sorted(os.listdir(staging)):
            _move_without_replacing(staging / name, target / name)
            moved.append(target / name)
    except BaseException:
        for path in moved:  # the project's own files, moved a moment ago
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return written


def _move_without_replacing(source: Path, destination: Path) -> None:
    """Rename, but never over an existing file: a file is linked, then its old name
    removed (linking fails on an existing name); a folder is renamed, which fails over
    a folder that holds anything."""
    if source.is_dir():
        os.rename(source, destination)
        return
    try:
        os.link(source, destination)
    except FileExistsError:
        raise FileExistsError(
            errno.EEXIST, say("init.made-meanwhile", name=destination.name)
        ) from None
    except OSError:  # a file system without hard links
        if os.path.lexists(destination):
            raise FileExistsError(
                errno.EEXIST, say("init.made-meanwhile", name=destination.name)
            ) from None
        os.rename(source, destination)
        return
    os.unlink(source)


def _write_project(folder: Path, language: Language, *, sample: bool) -> list[str]:
    sample_folder = _sample() if sample else None
    # The Indonesian participant guide is the sample's own, for every project in Indonesian.
    sample_docs = SAMPLE_DOCS if sample else (PARTICIPANT_GUIDE["id"],) if language == "id" else ()
    site_name = (
        _program_title(sample_folder / CURRICULUM_DIR / "program.yml")
        if sample_folder is not None
        else SKELETON_TITLE[language]
    )
    guide = PARTICIPANT_GUIDE["id" if sample else language]
    values = {"site_name": site_name, "version": __version__, "participant_guide": guide}
    environment = jinja2.Environment(
        undefined=jinja2.StrictUndefined, keep_trailing_newline=True, autoescape=False
    )
    written: list[str] = []

    def write(relative: PurePosixPath, content: bytes) -> None:
        path = folder.joinpath(*relative.parts)
        make_folders(path.parent, folder)
        write_file(path, content, folder, exclusive=True)
        written.append(relative.as_posix())

    for layer in ("common", language):
        for relative, source in _tree(STARTER.joinpath(layer)):
            if sample_folder is not None and relative.parts[0] in {CURRICULUM_DIR, "docs"}:
                continue
            if relative.suffix == ".j2":
                template = environment.from_string(source.read_text(encoding="utf-8"))
                write(relative.with_suffix(""), template.render(values).encode("utf-8"))
            else:
                write(relative, source.read_bytes())
    if sample_folder is not None:
        for relative, source in _tree(sample_folder.joinpath(CURRICULUM_DIR)):
            write(PurePosixPath(CURRICULUM_DIR) / relative, source.read_bytes())
    for name in sample_docs:
        write(PurePosixPath("docs", name), _sample().joinpath("docs", name).read_bytes())
    write_schemas(folder / SCHEMA_DIR, folder)
    written += sorted(f"{SCHEMA_DIR}/{path.name}" for path in (folder / SCHEMA_DIR).iterdir())
    return written


def _tree(folder: Traversable) -> Iterator[tuple[PurePosixPath, Traversable]]:
    """Every file below `folder`, by its path in the new project, in name order."""
    for entry in sorted(folder.iterdir(), key=lambda entry: entry.name):
        name = (
            "." + entry.name.removeprefix("dot-") if entry.name.startswith("dot-") else entry.name
        )
        if entry.is_dir():
            for relative, source in _tree(entry):
                yield PurePosixPath(name) / relative, source
        else:
            yield PurePosixPath(name), entry


def _sample() -> Traversable:
    """The sample program: inside the installed package, or, in a source checkout
    installed for development, the repository's own."""
    packaged = files_of("silabus").joinpath("sample")
    if packaged.is_dir():
        return packaged
    repository = Path(__file__).resolve().parents[3]
    if not (repository / CURRICULUM_DIR / "program.yml").is_file():  # pragma: no cover
        raise InitRefused(say("init.no-sample"))
    return repository


def _program_title(program: Traversable) -> str:
    import yaml

    data = yaml.safe_load(program.read_text(encoding="utf-8"))
    return str(data["title"])
