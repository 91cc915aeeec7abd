"""Read curriculum files into plain data that remembers where every value came from.

The loader is the only stage that reads files. It is strict where YAML is
surprising: duplicate keys, several documents in one file, tags outside the
YAML core, bytes that are not UTF-8 and alias "bombs" are errors, never
silently accepted. Scalars are kept as the text the trainer wrote (only `null`,
`~` and empty values become None); the model decides what type a field has, so
`no` stays "no" and `08:30` stays "08:30".
"""

from __future__ import annotations

import codecs
import hashlib
import os
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from silabus.catalogue import Text, say
from silabus.compose import (
    LINE_BREAK,
    Composer,
    Rejected,
    position_after,
    position_of,
    yaml_lines,
)
from silabus.diagnostics import Diagnostic, Severity
from silabus.document import START, Document, Position
from silabus.files import NotAFile, read_regular, reason
from silabus.yaml_messages import LINE_SEPARATORS, likely_cause, syntax_problem

MAX_FILE_BYTES = 1_000_000

_Parser: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# libyaml 0.2.6 (PyYAML 6.0.3 and later) stops at 1000 levels of nesting with an error
# of its own, before the composer's much lower limit: the text before that point is
# composed again (`_rejection_before`), or else the whole file with PyYAML's own
# parser, so that every PyYAML reports it with Silabus's message.
_LIBYAML_NESTING_LIMIT = "exceeded maximum nesting depth"


# Files read before in this process, by name and content: `mkdocs serve` rebuilds
# the whole curriculum after each save, and re-parses only the files that changed.
_READ: OrderedDict[tuple[str, bytes], tuple[Document | None, list[Diagnostic]]] = OrderedDict()
_READ_LIMIT = 20_000
_read_now: set[tuple[str, bytes]] = set()  # the keys read since the last whole curriculum


def load_document(file: Path, display_path: str) -> tuple[Document | None, list[Diagnostic]]:
    """Read and parse one YAML file. Returns the document, or None and the reasons.
    A file whose content was parsed before in this process is not parsed again
    (documents are never changed after loading)."""
    try:
        raw = read_regular(file, MAX_FILE_BYTES + 1)
    except OSError as error:
        hint = say("reading.hint.plain-file") if isinstance(error, NotAFile) else None
        return None, [_error(display_path, START, say("F001", reason=reason(error)), hint)]
    key = (display_path, digest(raw))
    if key in _READ:
        _READ.move_to_end(key)
    else:
        _READ[key] = _load_document(display_path, raw, key[1])
        if len(_READ) > _READ_LIMIT:
            _READ.popitem(last=False)
    _read_now.add(key)
    document, diagnostics = _READ[key]
    return document, list(diagnostics)


def clear_cache() -> None:
    """Forget every file read before in this process."""
    _READ.clear()
    _read_now.clear()


def _forget_files_not_read_now() -> None:
    """After reading a whole curriculum: earlier versions of its files are not needed."""
    for key in [key for key in _READ if key not in _read_now]:
        del _READ[key]
    _read_now.clear()


def digest(raw: bytes) -> bytes:
    return hashlib.blake2b(raw, digest_size=16).digest()


def _load_document(
    display_path: str, raw: bytes, raw_digest: bytes
) -> tuple[Document | None, list[Diagnostic]]:
    text, problems = decoded_text(display_path, raw)
    if text is None:
        return None, problems
    try:
        return _compose(display_path, text, raw_digest, _Parser)
    except _TooDeepForLibyaml:
        return _compose(display_path, text, raw_digest, yaml.SafeLoader)


def compose_text(
    display_path: str, text: str, raw_digest: bytes
) -> tuple[Document | None, list[Diagnostic]]:
    """A YAML text already read and decoded (the front matter of a page), as a document."""
    return _load_document(display_path, text.encode("utf-8"), raw_digest)


def decoded_text(display_path: str, raw: bytes) -> tuple[str | None, list[Diagnostic]]:
    """The text of a file's bytes, or None and why it is no text Silabus reads: not
    UTF-8, holding NUL bytes or invisible line separators, or too large."""

    def fail(
        position: Position, message: Text, hint: Text | None = None
    ) -> tuple[None, list[Diagnostic]]:
        return None, [_error(display_path, position, message, hint)]

    if len(raw) > MAX_FILE_BYTES:
        return fail(START, say("F002", megabytes=MAX_FILE_BYTES // 1_000_000))
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return fail(START, say("F003"))
    raw = raw.removeprefix(codecs.BOM_UTF8)
    if b"\x00" in raw:
        return fail(_byte_position(raw, raw.index(b"\x00")), say("F004"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return fail(_byte_position(raw, error.start), say("F005", byte=raw[error.start]))

    separator = LINE_SEPARATORS.search(text)
    if separator is not None:
        return fail(
            _char_position(text, separator.start()),
            say("F006", character=ord(separator.group())),
        )
    return text, []


class _TooDeepForLibyaml(Exception):
    """libyaml stopped at its own nesting limit."""


def _compose(
    display_path: str, text: str, raw_digest: bytes, parser_class: Any
) -> tuple[Document | None, list[Diagnostic]]:
    """The document from `parser_class`'s events, or None and why not."""

    def fail(
        position: Position, message: Text, hint: Text | None = None
    ) -> tuple[None, list[Diagnostic]]:
        return None, [_error(display_path, position, message, hint)]

    document = Document(display_path, None, lines=yaml_lines(text), digest=raw_digest)
    parser = parser_class(text)
    composer = Composer(parser, document, document.lines)
    try:
        document.data = composer.compose()
    except Rejected as rejected:
        return fail(rejected.position, rejected.message, rejected.hint)
    except yaml.MarkedYAMLError as error:
        if error.problem == _LIBYAML_NESTING_LIMIT and parser_class is not yaml.SafeLoader:
            too_deep = _rejection_before(text, error.problem_mark, document, parser_class)
            if too_deep is None:
                raise _TooDeepForLibyaml from None
            return fail(too_deep.position, too_deep.message, too_deep.hint)
        context = error.context or ""
        if context.startswith("while scanning a quoted") and error.context_mark is not None:
            return fail(position_of(error.context_mark), say("Y022"))
        if context.startswith("while parsing a flow") and error.context_mark is not None:
            bracket = "]" if "sequence" in context else "}"
            return fail(position_of(error.context_mark), say("Y023", bracket=bracket))
        mark = error.problem_mark or error.context_mark
        position = Position(mark.line + 1, mark.column + 1) if mark else START
        problem = error.problem or error.context or "invalid YAML"
        if _char_at(document.lines, position) == "\t":
            return fail(position, say("Y024"))
        cause = likely_cause(document.lines, position)
        if cause is not None:
            return fail(*cause)
        return fail(position, *syntax_problem(problem))
    except yaml.reader.ReaderError as error:
        position = (
            _byte_position(text.encode("utf-8"), error.position)
            # libyaml counts the offset in UTF-8 bytes, PyYAML in characters.
            if parser_class is not yaml.SafeLoader
            else _char_position(text, error.position)
        )
        what = (
            say("reading.what.character", character=error.character)
            if isinstance(error.character, int)
            else say("reading.what.some-character")
        )
        return fail(position, say("F007", what=what))
    except yaml.YAMLError as error:
        return fail(START, say("Y025", error=str(error)))
    finally:
        parser.dispose()
    return document, composer.diagnostics


def _rejection_before(
    text: str, mark: Any, document: Document, parser_class: Any
) -> Rejected | None:
    """libyaml looks ahead through nested brackets and stops at its own limit before
    the composer sees the level past Silabus's: the text up to where libyaml stopped
    holds that level, and composing it finds it fast. None if it does not (a line
    break libyaml counts differently): the caller reads the whole file again."""
    line_starts = [0, *(found.end() for found in LINE_BREAK.finditer(text))]
    end = line_starts[mark.line] + mark.column
    parser = parser_class(text[:end])
    try:
        Composer(
            parser, replace(document, positions={}, key_positions={}), document.lines
        ).compose()
    except Rejected as rejected:
        return rejected
    except yaml.YAMLError:
        return None
    finally:
        parser.dispose()
    return None


def _error(
    display_path: str, position: Position, message: Text, hint: Text | None = None
) -> Diagnostic:
    return Diagnostic(display_path, position.line, position.column, Severity.ERROR, message, hint)


def _byte_position(raw: bytes, offset: int) -> Position:
    return position_after(raw[:offset].decode("utf-8", errors="replace"))


def _char_at(lines: list[str], position: Position) -> str:
    if position.line > len(lines):
        return ""
    line = lines[position.line - 1]
    return line[position.column - 1] if position.column <= len(line) else ""


def _char_position(text: str, offset: int) -> Position:
    return position_after(text[:offset])


CURRICULUM_DIR = "curriculum"
PROGRAM_FILE = "program"
REFERENCES_FILE = "references"
GLOSSARY_FILE = "glossary"
MODULES_DIR = "modules"
COHORTS_DIR = "cohorts"
WORKSHEETS_DIR = "worksheets"
YAML_SUFFIXES = (".yml", ".yaml")


@dataclass
class Sources:
    """Every curriculum file of a project, read and parsed as YAML."""

    program: Document | None
    modules: list[Document]
    module_files: dict[str, list[str]]  # module id from the file name -> file paths
    files_read: int
    diagnostics: list[Diagnostic]
    cohorts: list[Document] = field(default_factory=list)
    references: Document | None = None
    glossary: Document | None = None
    worksheets: list[Document] = field(default_factory=list)
    curriculum: Path = Path()  # the curriculum folder, resolved: no file is read outside it
    # The folder of each module that has one (material pages, figures, downloads).
    folders: dict[str, Path] = field(default_factory=dict)


def read_sources(project_root: Path) -> Sources:
    """Find and load `curriculum/program.yml`, `curriculum/references.yml`,
    `curriculum/glossary.yml`,
    `curriculum/modules/**/<id>.yml` and `curriculum/cohorts/**/<id>.yml`."""
    curriculum = project_root / CURRICULUM_DIR
    diagnostics: list[Diagnostic] = []
    sources = Sources(None, [], {}, 0, diagnostics, curriculum=curriculum.resolve())
    if not sources.curriculum.is_relative_to(project_root.resolve()):
        # Never read it: its content could end up in public error messages.
        diagnostics.append(
            _error(CURRICULUM_DIR, START, say("F008", target=str(sources.curriculum)))
        )
        return sources

    program_files = yaml_files_named(curriculum, PROGRAM_FILE)
    if not program_files:
        diagnostics.append(_error(f"{CURRICULUM_DIR}/{PROGRAM_FILE}.yml", START, say("F009")))
    diagnostics.extend(_second_copies(program_files, project_root))
    if program_files:
        sources.program = _load(program_files[0], project_root, sources)
    sources.references = _load_optional(curriculum, REFERENCES_FILE, project_root, sources)
    sources.glossary = _load_optional(curriculum, GLOSSARY_FILE, project_root, sources)

    diagnostics.extend(_stray_files(curriculum, project_root))
    modules_dir = curriculum / MODULES_DIR
    module_files = _yaml_files_below(modules_dir)
    folders = {module_folder(file) for file in module_files}
    for file in module_files:
        display = project_path(file, project_root)
        owner = next((parent for parent in file.parents if parent in folders), None)
        if owner is not None:
            diagnostics.append(
                Diagnostic(
                    display,
                    1,
                    1,
                    Severity.WARNING,
                    say("F010", folder=project_path(owner, project_root), module=owner.name),
                )
            )
            continue
        sources.module_files.setdefault(file.stem, []).append(display)
        if module_folder(file).is_dir():
            sources.folders.setdefault(file.stem, module_folder(file))
        document = _load(file, project_root, sources)
        if document is not None:
            sources.modules.append(document)
    sources.cohorts = _load_all(curriculum / COHORTS_DIR, project_root, sources)
    sources.worksheets = _load_all(curriculum / WORKSHEETS_DIR, project_root, sources)
    _forget_files_not_read_now()
    return sources


def module_folder(module_file: Path) -> Path:
    """The folder of a module's own files (material pages, figures, downloads): beside
    its file, named as it is."""
    return module_file.parent / module_file.stem


def _load_optional(
    curriculum: Path, stem: str, project_root: Path, sources: Sources
) -> Document | None:
    """`curriculum/<stem>.yml` (or .yaml), when the project has one."""
    files = yaml_files_named(curriculum, stem)
    sources.diagnostics.extend(_second_copies(files, project_root))
    return _load(files[0], project_root, sources) if files else None


def _load_all(folder: Path, project_root: Path, sources: Sources) -> list[Document]:
    """Every YAML file below `folder` that could be read."""
    loaded = (_load(file, project_root, sources) for file in _yaml_files_below(folder))
    return [document for document in loaded if document is not None]


def _second_copies(files: list[Path], project_root: Path) -> list[Diagnostic]:
    """program.yml next to program.yaml: only the first is read."""
    return [
        _error(
            project_path(extra, project_root),
            START,
            say("F011", other=project_path(files[0], project_root)),
        )
        for extra in files[1:]
    ]


def _load(file: Path, project_root: Path, sources: Sources) -> Document | None:
    sources.files_read += 1
    shown = project_path(file, project_root)
    if file.is_symlink() and not file.exists():
        refusal = say("F012")
    elif not file.resolve().is_relative_to(sources.curriculum):
        # Never read it: its content could end up in public error messages.
        refusal = say("F013")
    else:
        document, diagnostics = load_document(file, shown)
        sources.diagnostics.extend(diagnostics)
        return document
    sources.diagnostics.append(_error(shown, START, refusal))
    return None


def yaml_files_named(folder: Path, stem: str) -> list[Path]:
    if not folder.is_dir():
        return []
    found = [
        path
        for path in folder.iterdir()
        if path.stem.lower() == stem and path.suffix.lower() in YAML_SUFFIXES and not path.is_dir()
    ]
    # program.yml before program.yaml: the second one is reported, not read.
    return sorted(found, key=lambda path: (YAML_SUFFIXES.index(path.suffix.lower()), path.name))


def _stray_files(curriculum: Path, project_root: Path) -> list[Diagnostic]:
    """YAML files in curriculum/ that Silabus does not read, most likely modules put
    one folder too high."""
    if not curriculum.is_dir():
        return []
    entries = sorted(curriculum.iterdir())
    stray = [
        path
        for path in entries
        if _is_yaml(path)
        and path.stem.lower() not in {PROGRAM_FILE, GLOSSARY_FILE, REFERENCES_FILE}
    ]
    # And those in a folder of curriculum/ with a name of its own (angkatan/, modul/).
    for folder in entries:
        if (
            folder.is_dir()
            and not folder.is_symlink()
            and folder.name not in {MODULES_DIR, COHORTS_DIR, WORKSHEETS_DIR}
            and not folder.name.startswith(".")
        ):
            stray += [
                path for path in sorted(folder.iterdir()) if _is_yaml(path) and path.is_file()
            ]
    return [
        Diagnostic(project_path(path, project_root), 1, 1, Severity.WARNING, say("F014"))
        for path in stray
    ]


def _is_yaml(path: Path) -> bool:
    return path.suffix.lower() in YAML_SUFFIXES and not path.name.startswith(".")


def _yaml_files_below(folder: Path) -> list[Path]:
    """The YAML files of a folder of curriculum/ and the folders in it. A folder that
    is a link leading out of curriculum/ is not looked into (the link check reports
    it), so no name outside can appear in a message."""
    if not folder.is_dir() or not folder.resolve().is_relative_to(folder.parent.resolve()):
        return []
    try:
        found = [
            path
            for path in folder.rglob("*")
            if path.suffix.lower() in YAML_SUFFIXES
            and not path.is_dir()  # a pipe or a device is read, and refused, as a file
            and not any(part.startswith(".") for part in path.relative_to(folder).parts)
        ]
    except OSError:  # a folder removed or made unreadable meanwhile
        return []
    return sorted(found, key=lambda path: path.relative_to(folder).as_posix())


def is_read_by_loader(path: Path, project_root: Path) -> bool:
    """Whether `path` is an entry the loader reads and judges itself (a file, a link,
    a pipe; never a folder): program.yml, glossary.yml or references.yml in
    curriculum/, or a YAML file below its modules/, cohorts/ or worksheets/ reached
    through real folders, with no part of its name starting with a dot."""
    curriculum = Path(os.path.abspath(project_root / CURRICULUM_DIR))
    path = Path(os.path.abspath(path))
    if path.suffix.lower() not in YAML_SUFFIXES or not path.is_relative_to(curriculum):
        return False
    parts = path.relative_to(curriculum).parts
    if any(part.startswith(".") for part in parts) or path.is_dir():
        return False
    if len(parts) == 1:
        return path.stem.lower() in {PROGRAM_FILE, GLOSSARY_FILE, REFERENCES_FILE}
    if parts[0] not in {MODULES_DIR, COHORTS_DIR, WORKSHEETS_DIR}:
        return False
    # The loader does not follow a folder that is a link: what is below one is not its.
    real = Path(os.path.realpath(path.parent))
    real_curriculum = Path(os.path.realpath(curriculum))
    return (
        real.is_relative_to(real_curriculum)
        and real.relative_to(real_curriculum).parts == (parts[:-1])
    )


def project_path(file: Path, project_root: Path) -> str:
    """How diagnostics name a file: relative to the project root where it is inside."""
    try:
        return file.relative_to(project_root).as_posix()
    except ValueError:
        return file.as_posix()
