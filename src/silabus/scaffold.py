"""`silabus new`: a new module or cohort file, complete and commented, ready to fill in.

A new module is also added to its agenda in program.yml. That file is edited as a
YAML document (ruamel.yaml's round trip), so its comments, quotes and layout stay
as the trainer wrote them; the edit is refused if it would change any other line.
Nothing is ever overwritten.
"""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from silabus.catalogue import Text, said, say
from silabus.compose import LINE_BREAK
from silabus.diagnostics import Diagnostic
from silabus.files import (
    UnsafeTarget,
    check_target,
    make_folders,
    read_regular,
    reason,
    shown,
    write_file,
)
from silabus.load import (
    COHORTS_DIR,
    CURRICULUM_DIR,
    MAX_FILE_BYTES,
    MODULES_DIR,
    PROGRAM_FILE,
    YAML_SUFFIXES,
    load_document,
    project_path,
)
from silabus.model import is_device_name, is_id
from silabus.schema import SCHEMA_DIR, schema_file


class ScaffoldRefused(Exception):
    """Nothing was written; the message (a Text) says why and what to do."""


@dataclass(frozen=True)
class Written:
    created: Path
    changed: Path | None = None  # program.yml, when a module was added to an agenda


def check_new_id(new_id: str, kind: Text) -> None:
    """Refuse an id that cannot name a new file; `kind` is the id's kind, in words."""
    if is_device_name(new_id):
        raise ScaffoldRefused(say("scaffold.id.device", id=new_id, kind=kind))
    if not is_id(new_id):
        meant = "-".join(re.findall(r"[a-z0-9]+", new_id.lower()))[:80].strip("-")
        raise ScaffoldRefused(
            say("scaffold.id.invalid", id=new_id, kind=kind, example=meant or "inovasi-digital")
        )
    if new_id == "index":
        raise ScaffoldRefused(say("scaffold.id.index", kind=kind))


def new_module(
    project_root: Path,
    module_id: str,
    agenda_id: str | None,
    title: str,
    length: int,
    unit: str = "jp",
    language: str | None = "id",
) -> Written:
    """Write curriculum/modules/<id>.yml and list it last in the agenda's modules, or
    in the program's own when it has no agendas (`agenda_id` None); `length` is in
    `unit`, the program's (`jp` or `minutes`); its comments are in English for a
    program in English."""
    check_new_id(module_id, say("scaffold.kind.module"))
    _check_title(title)
    curriculum = project_root / CURRICULUM_DIR
    modules = curriculum / MODULES_DIR
    _check_writable(modules / f"{module_id}.yml", project_root)
    taken = _files_named(modules, module_id)
    if taken:
        raise ScaffoldRefused(say("scaffold.taken", path=shown(taken[0])))
    program_path = next(
        (
            path
            for suffix in YAML_SUFFIXES
            if (path := curriculum / f"{PROGRAM_FILE}{suffix}").is_file()
        ),
        curriculum / f"{PROGRAM_FILE}.yml",
    )
    # Before it is read: a program.yml that is a link is never read, so that nothing
    # of a file it leads to can appear in a message.
    _check_writable(program_path, project_root)
    new_program = _program_with_module(
        _read(program_path, project_root), program_path, agenda_id, module_id
    )
    target = modules / f"{module_id}.yml"
    english = language == "en"
    lines = {
        ("jp", False): JP_LINES,
        ("minutes", False): MINUTES_LINES,
        ("jp", True): JP_LINES_EN,
        ("minutes", True): MINUTES_LINES_EN,
    }[(unit, english)]
    text = (MODULE_TEMPLATE_EN if english else MODULE_TEMPLATE).format(
        schema=_schema_path(target, project_root, "module"),
        id=_id_scalar(module_id),
        title=_quoted(title),
        length=lines.format(length=length),
    )
    _create(target, text, project_root)
    if new_program is None:  # the agenda lists it already
        return Written(target)
    try:
        write_file(program_path, new_program.encode("utf-8"), project_root)
    except (OSError, UnsafeTarget) as failed:
        target.unlink(missing_ok=True)
        raise ScaffoldRefused(
            say("files.cannot-write", path=shown(program_path), reason=reason(failed))
        ) from None
    return Written(target, program_path)


def new_cohort(
    project_root: Path, cohort_id: str, name: str, start: date, end: date, language: str = "id"
) -> Written:
    """Write curriculum/cohorts/<id>.yml with one classroom phase and no sessions yet,
    commented in the program's `language`: in Indonesian, in Western Indonesian Time;
    in English, with its time zone left to fill in."""
    check_new_id(cohort_id, say("scaffold.kind.cohort"))
    _check_title(name)
    if end < start:
        raise ScaffoldRefused(say("scaffold.cohort.ends-before-start", end=end, start=start))
    cohorts = project_root / CURRICULUM_DIR / COHORTS_DIR
    _check_writable(cohorts / f"{cohort_id}.yml", project_root)
    taken = _files_named(cohorts, cohort_id)
    if taken:
        raise ScaffoldRefused(say("scaffold.taken", path=shown(taken[0])))
    target = cohorts / f"{cohort_id}.yml"
    template = COHORT_TEMPLATE if language == "id" else COHORT_TEMPLATE_EN
    text = template.format(
        schema=_schema_path(target, project_root, "cohort"),
        id=_id_scalar(cohort_id),
        name=_quoted(name),
        start=start.isoformat(),
        end=end.isoformat(),
    )
    _create(target, text, project_root)
    return Written(target)


def _check_title(title: str) -> None:
    if not title.strip() or not title.isprintable():
        raise ScaffoldRefused(say("scaffold.title.one-line"))


def _files_named(folder: Path, item_id: str) -> list[Path]:
    """Curriculum files with that name anywhere in the folder (subfolders too)."""
    if not folder.is_dir():
        return []
    return sorted(path for suffix in YAML_SUFFIXES for path in folder.rglob(f"{item_id}{suffix}"))


def _read(path: Path, project_root: Path) -> str:
    """The file's text with its line endings as they are (CRLF stays CRLF), once the
    loader has read it as `silabus validate` does: within the same limits, and
    refused for the same reasons."""
    if not path.exists() and not path.is_symlink():
        raise ScaffoldRefused(say("scaffold.program.missing", path=shown(path)))
    document, problems = load_document(path, project_path(path, project_root))
    errors = [problem for problem in problems if problem.is_error]
    if document is None or errors:
        first = errors[0] if errors else problems[0]
        raise ScaffoldRefused(
            say(
                "scaffold.program.unreadable",
                path=shown(path),
                problem=_Reported(first, shown(path)),
            )
        )
    try:
        return read_regular(path, MAX_FILE_BYTES).decode("utf-8")
    except (OSError, UnicodeDecodeError) as failed:
        raise ScaffoldRefused(
            say("scaffold.cannot-read", path=shown(path), reason=str(failed))
        ) from None


def _program_with_module(
    text: str, path: Path, agenda_id: str | None, module_id: str
) -> str | None:
    """program.yml with `module_id` last in the agenda's modules (or the program's, when
    `agenda_id` is None), and nothing else changed; None if that list holds it
    already. ruamel.yaml finds where the list's last entry is; the new entry is
    written as text right after it, in the same style, so every other character of
    the file stays as it was. The result is read back to make sure."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    def load(source: str, failure: ScaffoldRefused) -> Any:
        try:
            return YAML().load(source)
        except YAMLError:
            raise failure from None

    invalid = ScaffoldRefused(say("scaffold.program.not-yaml", path=shown(path)))
    data = load(text, invalid)
    listing = _agendas_listing(data, module_id)
    if listing and listing != [agenda_id]:
        raise ScaffoldRefused(
            say("scaffold.module.listed", module=module_id, agenda=listing[0], path=shown(path))
        )
    if listing:
        return None
    modules = _listed_modules(data, path, agenda_id)
    if agenda_id is None and module_id in map(str, modules):
        return None
    lines = _LINE.findall(text)
    entry = _id_scalar(module_id)
    by_hand = ScaffoldRefused(
        say("scaffold.module.by-hand", module=module_id, path=shown(path), agenda=agenda_id)
        if agenda_id is not None
        else say("scaffold.module.by-hand-program", module=module_id, path=shown(path))
    )
    if modules:
        line, column = modules.lc.item(len(modules) - 1)
    else:  # `modules: []`: the new entry goes between the brackets
        holder = data if agenda_id is None else _agenda(data, agenda_id)
        line, column = holder.lc.value("modules")
    last = lines[line]
    if not modules or modules.fa.flow_style():
        closing = last.find("]", column)
        if closing < 0:
            raise by_hand
        separator = ", " if modules else ""
        lines[line] = f"{last[:closing]}{separator}{entry}{last[closing:]}"
    else:
        prefix = last[:column]
        if prefix.strip() != "-":
            raise by_hand
        ending = _LINE_END.search(last) or re.search(_BREAK, text)
        ending_text = ending.group() if ending else "\n"
        if not _LINE_END.search(last):
            lines[line] = last + ending_text
        lines.insert(line + 1, f"{prefix}{entry}{ending_text}")
    edited = "".join(lines)
    if [str(item) for item in _listed_modules(load(edited, by_hand), path, agenda_id)] != [
        *map(str, modules),
        module_id,
    ]:
        raise by_hand
    return edited


# A line and its break as YAML counts them: CR LF, CR or LF (the loader refuses the
# other Unicode line breaks). str.splitlines would also break at form feeds and
# other characters that YAML keeps inside a line.
_BREAK = LINE_BREAK.pattern
_LINE = re.compile(rf"[^\r\n]*(?:{_BREAK})|[^\r\n]+\Z")
_LINE_END = re.compile(rf"(?:{_BREAK})\Z")


def _agendas_listing(data: Any, module_id: str) -> list[str]:
    """The agendas of the program that list the module already."""
    agendas = data.get("agendas") if hasattr(data, "get") else None
    return [
        str(agenda.get("id"))
        for agenda in (agendas if isinstance(agendas, list) else [])
        if hasattr(agenda, "get")
        and isinstance(agenda.get("modules"), list)
        and module_id in map(str, agenda["modules"])
    ]


def _agenda(data: Any, agenda_id: str) -> Any:
    agendas = data.get("agendas") if hasattr(data, "get") else None
    return next(
        (
            agenda
            for agenda in agendas or []
            if hasattr(agenda, "get") and str(agenda.get("id")) == agenda_id
        ),
        None,
    )


def _listed_modules(data: Any, path: Path, agenda_id: str | None) -> Any:
    """The list a new module goes into: the agenda's modules, or the program's own in
    a program without agendas."""
    agendas = data.get("agendas") if hasattr(data, "get") else None
    own = data.get("modules") if hasattr(data, "get") else None
    if agenda_id is None:
        if isinstance(agendas, list) and agendas:
            known = [str(agenda.get("id")) for agenda in agendas if hasattr(agenda, "get")]
            raise ScaffoldRefused(
                say("scaffold.agenda.needed", path=shown(path), agendas=", ".join(known))
            )
        if not isinstance(own, list):
            raise ScaffoldRefused(say("scaffold.program.no-modules", path=shown(path)))
        return own
    if not agendas and isinstance(own, list):
        raise ScaffoldRefused(say("scaffold.agenda.flat", path=shown(path), agenda=agenda_id))
    agenda = _agenda(data, agenda_id)
    if agenda is None:
        known = [str(agenda.get("id")) for agenda in agendas or [] if hasattr(agenda, "get")]
        lowered = {name.lower(): name for name in known}
        close = [
            lowered[match]
            for match in difflib.get_close_matches(agenda_id.lower(), list(lowered), n=1)
        ]
        values = {
            "path": shown(path),
            "agenda": agenda_id,
            "known": say("scaffold.agenda.known", agendas=", ".join(known)) if known else "",
        }
        raise ScaffoldRefused(
            say("scaffold.agenda.unknown-meant", meant=close[0], **values)
            if close
            else say("scaffold.agenda.unknown", **values)
        )
    modules = agenda.get("modules")
    if not isinstance(modules, list):
        raise ScaffoldRefused(say("scaffold.agenda.no-modules", agenda=agenda_id, path=shown(path)))
    return modules


def _id_scalar(item_id: str) -> str:
    """An id as YAML text: in quotes when YAML would read it as something else
    (null, true, 1e3)."""
    import yaml

    return item_id if isinstance(yaml.safe_load(item_id), str) else f"'{item_id}'"


def _schema_path(target: Path, project_root: Path, kind: str) -> str:
    return Path(
        os.path.relpath(project_root / SCHEMA_DIR / schema_file(kind), target.parent)
    ).as_posix()


def _quoted(text: str) -> str:
    """A one-line YAML string in double quotes."""
    return '"' + " ".join(text.split()).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _create(path: Path, text: str, project_root: Path) -> None:
    try:
        content = text.encode("utf-8")
    except UnicodeEncodeError:
        raise ScaffoldRefused(say("scaffold.not-utf8")) from None
    try:
        make_folders(path.parent, project_root)
        write_file(path, content, project_root, exclusive=True)
    except FileExistsError:
        raise ScaffoldRefused(say("scaffold.exists", path=shown(path))) from None
    except OSError as failed:
        raise ScaffoldRefused(
            say("files.cannot-write", path=shown(path), reason=reason(failed))
        ) from None


def _check_writable(path: Path, project_root: Path) -> None:
    """Refuse, before anything is written, a file that Silabus may not replace."""
    try:
        check_target(path, project_root)
    except UnsafeTarget as refused:
        raise ScaffoldRefused(say("scaffold.unsafe", reason=said(refused))) from None


class _Reported(Text):
    """A problem as a report shows it, put into words in the language of the message
    it is part of."""

    __slots__ = ()

    def __init__(self, problem: Diagnostic, display_path: str) -> None:
        super().__init__("", problem=problem, path=display_path)

    def render(self, language: str) -> str:
        values = dict(self.args)
        problem: Diagnostic = values["problem"]
        return problem.format(values["path"], language)

    def render_hint(self, language: str) -> str | None:
        return None


MODULE_TEMPLATE = """\
# yaml-language-server: $schema={schema}
# Mata pelatihan baru. Kolom bertanda "wajib" harus ada; kolom lain boleh
# dihapus atau dibiarkan kosong. Panduan lengkap: docs/panduan-pelatih.md.
# Periksa dengan: silabus validate --strict

# Wajib: sama dengan nama berkas ini (tanpa .yml).
id: {id}
# Wajib: judul mata pelatihan.
title: {title}
# Satu kalimat; tampil di tabel dan sebagai deskripsi halaman.
summary:
# Deskripsi (Markdown): paragraf, daftar, **tebal**. Tulis setelah "|",
# menjorok dua spasi di setiap baris.
description: |
# Hasil belajar: "Setelah mengikuti mata pelatihan ini, peserta mampu ..."
learning_outcome:
# Indikator keberhasilan: di bawah kolom ini, satu per baris diawali "  - ".
success_indicators:
# Materi pokok, masing-masing dengan sub-materi:
#   - title: Judul materi pokok
#     subtopics:
#       - Sub-materi
topics:
{length}
# Metode, media, dan evaluasi pembelajaran: di bawah setiap kolom, satu per
# baris diawali "  - ".
methods:
media:
assessment:
# Id mata pelatihan yang harus dipelajari lebih dulu, misalnya [konsep-dasar].
prerequisites:
"""

JP_LINES = """\
# Wajib: jumlah JP (jam pelajaran). Rinciannya boleh ditulis:
#   jp:
#     total: {length}
#     theory: ...
#     assignment: ...
#     practice: ...
jp: {length}"""

MINUTES_LINES = """\
# Wajib: lamanya dalam menit (program ini memakai time_unit: minutes).
# Rinciannya boleh ditulis:
#   minutes:
#     total: {length}
#     theory: ...
#     practice: ...
minutes: {length}"""

MODULE_TEMPLATE_EN = """\
# yaml-language-server: $schema={schema}
# A new module. Fields marked "required" must be there; the others may be
# removed or left empty. Run: silabus validate --strict

# Required: the same as this file's name (without .yml).
id: {id}
# Required: the module's title.
title: {title}
# One sentence; shown in tables and as the page's description.
summary:
# Description (Markdown): paragraphs, lists, **bold**. Write it after "|",
# each line indented by two spaces.
description: |
# Learning outcome: "After this module, participants can ..."
learning_outcome:
# Success indicators: under this field, one a line starting with "  - ".
success_indicators:
# Topics, each with its subtopics:
#   - title: A topic
#     subtopics:
#       - A subtopic
topics:
{length}
# Teaching methods, media and assessment: under each field, one a line
# starting with "  - ".
methods:
media:
assessment:
# Ids of the modules to take first, for example [introducing-the-shell].
prerequisites:
"""

JP_LINES_EN = """\
# Required: lesson hours (JP). They may be split:
#   jp:
#     total: {length}
#     theory: ...
#     assignment: ...
#     practice: ...
jp: {length}"""

MINUTES_LINES_EN = """\
# Required: its length in minutes (the program has time_unit: minutes).
# It may be split:
#   minutes:
#     total: {length}
#     theory: ...
#     practice: ...
minutes: {length}"""

COHORT_TEMPLATE = """\
# yaml-language-server: $schema={schema}
# Angkatan baru. Tambahkan hari dan sesi ke tahap-tahapnya saat jadwal sudah
# ada; angkatan tanpa sesi boleh diterbitkan lebih dulu.
# Panduan lengkap: docs/panduan-pelatih.md, bagian "Angkatan dan jadwal".
# Periksa dengan: silabus validate --strict

# Wajib: sama dengan nama berkas ini (tanpa .yml).
id: {id}
# Wajib: nama angkatan.
name: {name}
# Tempat pelatihan.
venue:
# Zona waktu: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT).
timezone: Asia/Jakarta
# Wajib: tanggal mulai dan selesai, TTTT-BB-HH.
start: {start}
end: {end}
# Jumlah peserta (angka saja).
participants:
# Wajib: tahap pelatihan. Jenis: classroom (klasikal), off_classroom (di tempat
# kerja), distance (jarak jauh), e_learning.
phases:
  - kind: classroom
    title: Klasikal
    start: {start}
    end: {end}
    # Hari dan sesinya: hapus tanda # di awal baris-baris berikut, lalu isi.
    # days:
    #   - date: {start}
    #     sessions:
    #       - start: 08:00
    #         end: 09:30
    #         module: id-mata-pelatihan
"""

COHORT_TEMPLATE_EN = """\
# yaml-language-server: $schema={schema}
# A new cohort. Add days and sessions to its phases once the timetable is
# known; a cohort without sessions may be published first.
# Check it with: silabus validate --strict

# Required: the same as this file's name (without .yml).
id: {id}
# Required: the cohort's name.
name: {name}
# Where it is held.
venue:
# Required: the time zone all its times are in, such as Europe/Amsterdam,
# America/New_York or Asia/Jakarta (for an online course, the zone its times
# are written in).
timezone:
# Required: first and last day, YYYY-MM-DD.
start: {start}
end: {end}
# The number of participants (a number only).
participants:
# People with the whole cohort, shown once and listed in every calendar
# event, one per line:
#   - role: helper
#     name: Ana Lima
staff:
# Required: the phases. Kinds: classroom, off_classroom (at the workplace),
# distance (online), e_learning.
phases:
  - kind: classroom
    title: Classroom
    start: {start}
    end: {end}
    # Days and their sessions: remove the # at the start of the lines below,
    # then fill them in. A session with neither start nor end is an item of
    # its day without a time, such as a survey to fill in before the course.
    # days:
    #   - date: {start}
    #     notes: "Shared notes for the day: <https://example.org/notes>"
    #     sessions:
    #       - title: Pre-workshop survey
    #       - start: 09:00
    #         end: 10:30
    #         module: module-id
"""
