"""Checks the schema cannot see: ids, references, prerequisites, JP sums and text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Literal

from silabus.catalogue import Text, say
from silabus.check_materials import habit_warnings
from silabus.diagnostics import Diagnostic, Severity, did_you_mean
from silabus.document import Document, Location, field_label
from silabus.model import (
    Agenda,
    Exercise,
    Module,
    Program,
    Question,
    Timing,
    Value,
    is_device_name,
    is_id,
)
from silabus.rich_text import markdown_lines, removals, structure_problem, unread_fences


@dataclass(frozen=True)
class ParsedModule:
    module: Module
    source: Document


def check_rich_text(
    source: Document,
    location: Location,
    text: str,
    sibling_fields: Iterable[str],
    heading_offset: int = 2,
) -> Iterator[Diagnostic]:
    """Warn about what the cleaning of a Markdown field would leave out of the page,
    and about lines that look like fields swallowed by the text's indentation."""
    field = field_label(location)
    problem = structure_problem(text)
    if problem is not None:
        yield source.diagnostic(location, say("C001", field=field, problem=problem))
        return
    for line in markdown_lines(text):
        swallowed = _FIELD_LINE.match(line)
        if swallowed and swallowed.group(1) in sibling_fields:
            yield source.diagnostic(
                location,
                say("C002", name=swallowed.group(1), field=field),
                severity=Severity.WARNING,
                at=source.find(location, line.strip()),
            )
    start = source.position(location)
    written = source.lines[start.line - 1] if start.line <= len(source.lines) else ""
    if written[start.column - 1 : start.column] != ">":  # a '>' text is named when read
        yield from habit_warnings(source, location, text)
    for fence in unread_fences(text, heading_offset):
        yield source.diagnostic(
            location,
            say("C003", field=field),
            severity=Severity.WARNING,
            at=source.find(location, fence),
        )
    for removal in removals(text, heading_offset):
        yield source.diagnostic(
            location,
            say("C004", what=removal.what, field=field),
            severity=Severity.WARNING,
            at=source.find(location, removal.needle),
        )


def check_program_alone(program: Program, source: Document) -> Iterator[Diagnostic]:
    """Problems inside the program file that its schema cannot see."""
    yield from check_rich_text(
        source, ("description",), program.description, Program.model_fields, 1
    )
    for a, agenda in enumerate(program.agendas):
        yield from check_rich_text(
            source, ("agendas", a, "description"), agenda.description, Agenda.model_fields, 1
        )
    # With the heading levels they are shown with: setup on a page of its own.
    for field, offset in (("prerequisites", 2), ("setup", 1), ("credits", 2), ("trainer_notes", 2)):
        yield from check_rich_text(
            source, (field,), getattr(program, field), Program.model_fields, offset
        )
    if isinstance(program.values, list):
        yield from _check_own_values(program.values, source)
    if program.time_unit == "minutes" and "jp_minutes" in program.model_fields_set:
        yield source.diagnostic(("jp_minutes",), say("C022"), at_key=True)

    yield from _program_structure(program, source)


def _check_own_values(values: list[Value], source: Document) -> Iterator[Diagnostic]:
    """An organization's own values: each id once, each title once (a title is the
    tag its modules are listed under), their descriptions like other texts."""
    yield from ids_used_twice([value.id for value in values], source, "values", "value")
    titles: dict[str, Value] = {}
    for v, value in enumerate(values):
        first = titles.setdefault(value.title.casefold(), value)
        if first is not value and first.id != value.id:
            yield source.diagnostic(
                ("values", v, "title"),
                say("C032", title=value.title, first=first.id, second=value.id),
                severity=Severity.WARNING,
            )
        yield from check_rich_text(
            source, ("values", v, "description"), value.description, Value.model_fields, 3
        )


def _program_structure(program: Program, source: Document) -> Iterator[Diagnostic]:
    """Agendas or modules directly, one of them; a label for agendas that fits; and
    the organizer named when its website is."""
    if program.agendas and program.modules:
        yield source.diagnostic(("modules",), say("C040"), at_key=True)
    elif not program.agendas and not program.modules:
        yield source.diagnostic((), say("C041"))
    if program.organizer_url and not program.organizer:
        yield source.diagnostic(
            ("organizer_url",), say("C054"), severity=Severity.WARNING, at_key=True
        )
    label = program.agenda_label
    if label is None:
        return
    if not program.agendas:
        yield source.diagnostic(
            ("agenda_label",), say("C045"), severity=Severity.WARNING, at_key=True
        )
    elif program.language == "en" and label.many is None and label.one.casefold() != "agenda":
        yield source.diagnostic(("agenda_label",), say("C044", one=label.one))


_FIELD_LINE = re.compile(r"\s*([a-z_]+):(\s|$)")


def _file_id(item: ParsedModule) -> str:
    return PurePosixPath(item.source.path).stem


@dataclass(frozen=True)
class UnknownId:
    """An id a module lists that a list file (references.yml, glossary.yml) lacks."""

    module_id: str
    source: Document
    index: int
    item_id: str
    hint: Text | None  # None: the file itself is missing


def unknown_ids(
    named: Sequence[tuple[str, list[str], Document]],
    known: Mapping[str, object],
    list_file: str | None,
    readable: bool,
) -> Iterator[UnknownId]:
    """The ids each module lists (module id, ids, source) that `known` lacks. Without
    the list file only the first is given, since all of them need the same file; when
    the file could not be read, none, since its own errors say why."""
    for module_id, ids, source in named:
        for index, item_id in enumerate(ids):
            if item_id in known:
                continue
            if list_file is None:
                yield UnknownId(module_id, source, index, item_id, None)
                return
            if not readable:
                return
            suggestion = did_you_mean(item_id, known)
            hint = (
                say("did-you-mean", suggestion=suggestion)
                if suggestion
                else say("curriculum.hint.add-to-list", file=list_file)
            )
            yield UnknownId(module_id, source, index, item_id, hint)


# What an id can name, as the messages about ids say it.
Kind = Literal["module", "cohort", "worksheet", "term", "reference", "value"]
_KINDS: dict[Kind, Text] = {
    "module": say("curriculum.kind.module"),
    "cohort": say("curriculum.kind.cohort"),
    "worksheet": say("curriculum.kind.worksheet"),
    "term": say("curriculum.kind.term"),
    "reference": say("curriculum.kind.reference"),
    "value": say("curriculum.kind.value"),
}


def ids_used_twice(
    ids: Sequence[str], source: Document, list_key: str, kind: Kind
) -> Iterator[Diagnostic]:
    """In a file listing items under `list_key`, each id after its first use."""
    first: dict[str, int] = {}
    for index, item_id in enumerate(ids):
        if item_id in first:
            line = source.position((list_key, first[item_id], "id")).line
            yield source.diagnostic(
                (list_key, index, "id"), say("C005", kind=_KINDS[kind], id=item_id, line=line)
            )
        else:
            first[item_id] = index


def check_file_name(item_id: str, source: Document, kind: Kind) -> Iterator[Diagnostic]:
    """A module or cohort is named by its file: the id inside must be the same."""
    if item_id == "index":
        # `index` is the address of the folder's own page (the list of cohorts).
        yield source.diagnostic(("id",), say("C006", kind=_KINDS[kind]))
        return
    stem = PurePosixPath(source.path).stem
    if item_id != stem:
        renamed = f"{item_id}{PurePosixPath(source.path).suffix}"
        hint = None  # the problem's own: rename the file or change the id
        if not is_id(stem):
            hint = (
                say("curriculum.hint.reserved-file-name", renamed=renamed, stem=stem)
                if is_device_name(stem)
                else say("curriculum.hint.invalid-file-name", renamed=renamed)
            )
        differs = say("C007", kind=_KINDS[kind], id=item_id, stem=stem, renamed=renamed)
        yield source.diagnostic(("id",), differs, hint)


def unique_ids(
    items: Sequence[tuple[str, Document]], kind: Kind
) -> tuple[dict[str, Document], list[Diagnostic]]:
    """The first file of each id, and an error for every other file with the same id.
    A file named after its id owns the id; the other one gets the error."""
    owners: dict[str, Document] = {}
    problems: list[Diagnostic] = []
    named_after_id = sorted(items, key=lambda item: PurePosixPath(item[1].path).stem != item[0])
    for item_id, source in named_after_id:
        first = owners.get(item_id)
        if first is None:
            owners[item_id] = source
            continue
        same_name = PurePosixPath(source.path).stem == PurePosixPath(first.path).stem
        problems.append(
            source.diagnostic(
                ("id",),
                say("C008", kind=_KINDS[kind], id=item_id, path=first.path),
                say("curriculum.hint.old-copy", kind=_KINDS[kind]) if same_name else None,
            )
        )
    return owners, problems


def check_modules_alone(
    parsed: Sequence[ParsedModule], timing: Timing | None
) -> Iterator[Diagnostic]:
    """Problems inside one module file that its schema cannot see; `timing` is how
    the program counts time, None when the program could not be read."""
    for item in parsed:
        module, source = item.module, item.source
        yield from check_file_name(module.id, source, "module")
        for field in ("prerequisites", "tags", "core_values", "references", "terms"):
            seen: set[str] = set()
            for index, entry in enumerate(getattr(module, field)):
                if entry.casefold() in seen:
                    yield source.diagnostic(
                        (field, index),
                        say("C009", entry=entry, field=field),
                        severity=Severity.WARNING,
                    )
                seen.add(entry.casefold())
        yield from check_rich_text(
            source, ("description",), module.description, Module.model_fields
        )
        yield from _check_learning_content(module, source)
        yield from _check_length(module, source, timing)


_SPLIT = {"jp": "curriculum.split.jp", "minutes": "curriculum.split.minutes"}


def _check_length(module: Module, source: Document, timing: Timing | None) -> Iterator[Diagnostic]:
    """A module states its length in the program's unit, and its parts add up."""
    unit = timing.unit if timing is not None else None
    jp_minutes = timing.jp_minutes if timing is not None else Timing().jp_minutes
    if unit == "jp" and module.minutes is not None:
        yield source.diagnostic(
            ("minutes",),
            say(
                "C023",
                written="minutes",
                unit="jp",
                unit_name=say("length.unit.jp"),
                fix=say("curriculum.hint.to-jp", jp_minutes=jp_minutes),
            ),
            at_key=True,
        )
    elif unit == "minutes" and module.jp is not None:
        yield source.diagnostic(
            ("jp",),
            say(
                "C023",
                written="jp",
                unit="minutes",
                unit_name=say("length.unit.minutes"),
                fix=say(
                    "curriculum.hint.to-minutes",
                    minutes=module.jp.total * jp_minutes,
                    jp=module.jp.total,
                ),
            ),
            at_key=True,
        )
    elif module.jp is None and module.minutes is None:
        yield source.diagnostic((), say("S007", field=unit or "jp", where=""))
    for field, length in (("jp", module.jp), ("minutes", module.minutes)):
        split = length.split if length is not None else None
        if length is not None and split is not None and sum(split.values()) != length.total:
            parts = " + ".join(f"{name} {part}" for name, part in split.items())
            yield source.diagnostic(
                (field, "total"),
                say(
                    "C010",
                    what=say(_SPLIT[field]),
                    parts=parts,
                    sum=sum(split.values()),
                    total=length.total,
                ),
            )


def _check_learning_content(module: Module, source: Document) -> Iterator[Diagnostic]:
    """Questions need a right answer; their texts are Markdown like descriptions."""
    for q, question in enumerate(module.self_check):
        location: Location = ("self_check", q)
        if not any(choice.correct for choice in question.choices):
            yield source.diagnostic((*location, "choices"), say("C011", number=q + 1), at_key=True)
        yield from check_rich_text(
            source, (*location, "explanation"), question.explanation, Question.model_fields, 3
        )
    yield from check_rich_text(
        source, ("trainer_notes",), module.trainer_notes, Module.model_fields
    )
    for e, exercise in enumerate(module.exercises):
        for field in ("task", "model_answer"):
            yield from check_rich_text(
                source, ("exercises", e, field), getattr(exercise, field), Exercise.model_fields, 3
            )


def check_allowed_tags(
    parsed: Sequence[ParsedModule], allowed: frozenset[str], program: Program | None
) -> Iterator[Diagnostic]:
    """Tags outside the site's `tags_allowed` (Material's tags plugin): themes, and the
    titles of the program's values that modules cite (unknown ones have errors of their
    own, and without a program none is known)."""
    titles = {value.id: value.title for value in program.value_set} if program else {}
    for item in parsed:
        for field in ("tags", "core_values"):
            for index, value in enumerate(getattr(item.module, field)):
                name = value if field == "tags" else titles.get(value)
                if name is not None and name not in allowed:
                    yield item.source.diagnostic((field, index), say("C012", tag=name))


def check_curriculum(
    program: Program,
    program_source: Document,
    parsed: Sequence[ParsedModule],
    module_files: Mapping[str, Sequence[str]],
) -> Iterator[Diagnostic]:
    """Problems between the program and its modules."""
    yield from _duplicate_agenda_ids(program, program_source)

    owners, problems = unique_ids([(item.module.id, item.source) for item in parsed], "module")
    yield from problems
    by_id = {item.module.id: item for item in parsed if owners[item.module.id] is item.source}

    # Files that exist but failed to load still count as existing modules, so
    # that one broken file does not also make every reference to it an error.
    existing = set(by_id) | set(module_files)
    flat = not program.agendas
    # Where each module is listed, in teaching order; none when the program lists its
    # modules both ways or neither way, which check_program_alone reports.
    listed: list[tuple[Location, str, Agenda | None]] = (
        []
        if program.agendas and program.modules
        else [
            (("agendas", a, "modules", m), module_id, agenda)
            for a, agenda in enumerate(program.agendas)
            for m, module_id in enumerate(agenda.modules)
        ]
        if not flat
        else [(("modules", m), module_id, None) for m, module_id in enumerate(program.modules)]
    )
    placed: dict[str, int] = {}
    owner: dict[str, Agenda | None] = {}
    missing: dict[str, Location] = {}
    for order, (location, module_id, agenda) in enumerate(listed):
        if module_id not in existing:
            missing[module_id] = location
            suggestion = did_you_mean(module_id, existing)
            yield program_source.diagnostic(
                location,
                say("C013", agenda=agenda.id, module=module_id)
                if agenda is not None
                else say("C042", module=module_id),
                say("curriculum.hint.missing-module", suggestion=suggestion, module=module_id)
                if suggestion
                else None,
            )
        elif module_id in placed:
            first_agenda = owner[module_id]
            if agenda is None or first_agenda is None:
                yield program_source.diagnostic(
                    location, say("C009", entry=module_id, field="modules")
                )
                continue
            where = (
                say("curriculum.where.same-agenda")
                if first_agenda is agenda
                else say("curriculum.where.other-agenda", agenda=first_agenda.id)
            )
            yield program_source.diagnostic(location, say("C014", module=module_id, where=where))
        else:
            placed[module_id] = order
            owner[module_id] = agenda

    for module_id, item in by_id.items():
        # A module whose id differs from its file name already has an error; if its
        # file name is in an agenda, "not in any agenda" would only repeat it.
        if listed and module_id not in placed and _file_id(item) not in placed:
            misspelt = did_you_mean(module_id, missing)
            yield item.source.diagnostic(
                ("id",),
                say("C043" if flat else "C015", module=module_id, program=program_source.path),
                say(
                    "curriculum.hint.misspelt-module",
                    program=program_source.path,
                    line=program_source.position(missing[misspelt]).line,
                    misspelt=misspelt,
                    module=module_id,
                )
                if misspelt
                else None,
            )

    yield from _prerequisite_problems(by_id, existing, placed, flat)
    yield from _core_value_problems(program, program_source, by_id.values())


def _core_value_problems(
    program: Program, program_source: Document, parsed: Iterable[ParsedModule]
) -> Iterator[Diagnostic]:
    """Values a module cites that the program's value set lacks."""
    known = list(dict.fromkeys(value.id for value in program.value_set))
    for item in parsed:
        if not item.module.core_values:
            continue
        if not known:
            yield item.source.diagnostic(
                ("core_values",),
                say("C031", program=program_source.path),
                say("curriculum.hint.define-values", program=program_source.path),
                at_key=True,
            )
            continue
        for index, value in enumerate(item.module.core_values):
            if value in known:
                continue
            suggestion = did_you_mean(value, known)
            yield item.source.diagnostic(
                ("core_values", index),
                say("C030", value=value, ids=", ".join(known)),
                say("did-you-mean", suggestion=suggestion)
                if suggestion
                else say("curriculum.hint.add-value", program=program_source.path),
            )


def check_language(program: Program, source: Document, site_language: str) -> Iterator[Diagnostic]:
    """The program's language and the language of the site's labels should agree."""
    labels = site_language.replace("_", "-").split("-")[0].lower()
    if labels != program.language:
        yield source.diagnostic(
            ("language",),
            say("C016", language=program.language, site=site_language, labels=labels),
            severity=Severity.WARNING,
        )


def _duplicate_agenda_ids(program: Program, source: Document) -> Iterator[Diagnostic]:
    seen: dict[str, int] = {}
    for a, agenda in enumerate(program.agendas):
        if agenda.id in seen:
            yield source.diagnostic(
                ("agendas", a, "id"), say("C017", id=agenda.id, first=seen[agenda.id] + 1)
            )
        else:
            seen[agenda.id] = a


def _prerequisite_problems(
    by_id: Mapping[str, ParsedModule],
    existing: set[str],
    placed: Mapping[str, int],
    flat: bool,
) -> Iterator[Diagnostic]:
    for module_id, item in by_id.items():
        for p, prerequisite in enumerate(item.module.prerequisites):
            location = ("prerequisites", p)
            if prerequisite not in existing:
                suggestion = did_you_mean(prerequisite, existing)
                yield item.source.diagnostic(
                    location,
                    say("C018", prerequisite=prerequisite),
                    say("did-you-mean", suggestion=suggestion) if suggestion else None,
                )
            elif prerequisite == module_id:
                yield item.source.diagnostic(location, say("C019", module=module_id))
            elif (
                module_id in placed
                and prerequisite in placed
                and placed[prerequisite] > placed[module_id]
            ):
                yield item.source.diagnostic(
                    location,
                    say("C020", prerequisite=prerequisite, module=module_id),
                    say("curriculum.hint.reorder-modules") if flat else None,
                    severity=Severity.WARNING,
                )
    yield from _prerequisite_cycles(by_id)


def _prerequisite_cycles(by_id: Mapping[str, ParsedModule]) -> Iterator[Diagnostic]:
    """Each cycle once, reported at the prerequisite of its smallest id that starts it."""
    graph = {
        module_id: [p for p in item.module.prerequisites if p in by_id and p != module_id]
        for module_id, item in by_id.items()
    }
    reported: set[frozenset[str]] = set()
    for start in sorted(graph):
        for first in dict.fromkeys(graph[start]):
            path = _path_between(first, start, graph, avoid=start)
            if path is None:
                continue
            cycle = [start, *path]
            if min(cycle) != start or frozenset(cycle) in reported:
                continue
            reported.add(frozenset(cycle))
            item = by_id[start]
            yield item.source.diagnostic(
                ("prerequisites", item.module.prerequisites.index(first)),
                say("C021", cycle=" -> ".join([*cycle, start])),
            )


def _path_between(
    origin: str, goal: str, graph: Mapping[str, list[str]], avoid: str
) -> list[str] | None:
    """A path origin -> ... whose last node leads to `goal`, not passing `avoid`
    on the way (iterative depth-first search)."""
    stack: list[tuple[str, int]] = [(origin, 0)]
    path = [origin]
    visited = {origin, avoid}
    while stack:
        node, index = stack[-1]
        neighbours = graph[node]
        if index == len(neighbours):
            stack.pop()
            path.pop()
            continue
        stack[-1] = (node, index + 1)
        following = neighbours[index]
        if following == goal:
            return list(path)
        if following not in visited:
            visited.add(following)
            stack.append((following, 0))
            path.append(following)
    return None
