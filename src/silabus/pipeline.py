"""The stages in order: load -> parse into the model -> check. Rendering follows
only when nothing is wrong."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from silabus.catalogue import say
from silabus.check import (
    ParsedModule,
    check_allowed_tags,
    check_curriculum,
    check_file_name,
    check_language,
    check_modules_alone,
    check_program_alone,
    check_rich_text,
    unique_ids,
)
from silabus.check_cohort import (
    ParsedCohort,
    check_cohort,
    check_rooms_across_cohorts,
    check_time_zone_written,
)
from silabus.check_glossary import check_glossary, check_module_terms
from silabus.check_links import check_links
from silabus.check_materials import (
    CourseTargets,
    check_downloads,
    check_links_to_course,
    check_material_pages,
)
from silabus.check_references import check_citations, check_reference_list
from silabus.diagnostics import Diagnostic, did_you_mean, has_errors
from silabus.document import Document
from silabus.load import (
    COHORTS_DIR,
    CURRICULUM_DIR,
    GLOSSARY_FILE,
    PROGRAM_FILE,
    REFERENCES_FILE,
    WORKSHEETS_DIR,
    Sources,
    is_read_by_loader,
    load_document,
    project_path,
    read_sources,
    yaml_files_named,
)
from silabus.load_materials import read_module_folder
from silabus.model import CourseFile, Curriculum, Material, Program, Timing, Worksheet
from silabus.parse import (
    parse_cohort,
    parse_glossary,
    parse_material,
    parse_module,
    parse_program,
    parse_references,
    parse_worksheet,
)
from silabus.render.overrides import TEMPLATES_DIR

M = TypeVar("M")


@dataclass(frozen=True)
class Validation:
    """The curriculum (None when it has errors), every problem found, how many
    files were read, and the program's language as written (when it can be read)."""

    curriculum: Curriculum | None
    diagnostics: list[Diagnostic]
    files_checked: int
    program_language: str | None = None

    @property
    def ok(self) -> bool:
        return not has_errors(self.diagnostics)


def validate_project(
    project_root: Path,
    site_language: str | None = None,
    allowed_tags: frozenset[str] | None = None,
    published: Iterable[Path] = (),
) -> Validation:
    """Every problem of the project's curriculum. `site_language` is the language of
    the site's labels (`theme.language`) and `allowed_tags` the tags the site accepts,
    when the caller knows them; `published` are the folders the site engine reads
    besides curriculum/ and templates/ (docs/, the theme's custom folder), whose
    links are checked too."""
    sources = read_sources(project_root)
    diagnostics = list(sources.diagnostics)
    curriculum_dir = project_root / CURRICULUM_DIR
    # A curriculum/ that leads out of the project is reported by the loader, unread.
    inside = curriculum_dir.resolve().is_relative_to(project_root.resolve())
    diagnostics.extend(
        check_links(
            project_root,
            [*([curriculum_dir] if inside else []), project_root / TEMPLATES_DIR, *published],
            skip=lambda path: is_read_by_loader(path, project_root),
        )
    )

    program = None
    if sources.program is not None:
        program, problems = parse_program(sources.program)
        diagnostics.extend(problems)
        if program is not None:
            diagnostics.extend(check_program_alone(program, sources.program))
        if program is not None and site_language is not None:
            diagnostics.extend(check_language(program, sources.program, site_language))

    parsed: list[ParsedModule] = []
    for document in sources.modules:
        module, problems = parse_module(document)
        diagnostics.extend(problems)
        if module is not None:
            parsed.append(ParsedModule(module, document))

    diagnostics.extend(check_modules_alone(parsed, Timing.of(program) if program else None))
    if allowed_tags is not None:
        diagnostics.extend(check_allowed_tags(parsed, allowed_tags, program))
    if program is not None and sources.program is not None:
        diagnostics.extend(check_curriculum(program, sources.program, parsed, sources.module_files))

    reference_list = _single_file(
        sources.references, parse_references, check_reference_list, diagnostics
    )
    references = {r.id: r for r in reference_list.references} if reference_list is not None else {}
    diagnostics.extend(
        check_citations(
            [(item.module.id, item.module.references, item.source) for item in parsed],
            references,
            sources.references.path if sources.references is not None else None,
            reference_list is not None,
            program,
        )
    )

    glossary = _single_file(sources.glossary, parse_glossary, check_glossary, diagnostics)
    terms = {term.id: term for term in glossary.terms} if glossary is not None else {}
    diagnostics.extend(
        check_module_terms(
            [(item.module.id, item.module.terms, item.source) for item in parsed],
            terms,
            sources.glossary.path if sources.glossary is not None else None,
            glossary is not None,
        )
    )

    worksheets = _worksheets(sources.worksheets, set(sources.module_files), diagnostics)
    pages, files, page_ids = _module_folders(sources, project_root, diagnostics)

    cohorts: list[ParsedCohort] = []
    for document in sources.cohorts:
        cohort, problems = parse_cohort(document)
        diagnostics.extend(problems)
        if cohort is not None:
            cohorts.append(ParsedCohort(cohort, document))
    diagnostics.extend(
        _check_cohorts(cohorts, parsed, set(sources.module_files), program, sources.program)
    )

    materials: dict[str, dict[str, Material]] = {}
    for material, _ in pages:
        materials.setdefault(material.module, {})[material.id] = material
    targets = CourseTargets(
        modules=frozenset(sources.module_files),
        materials=materials,
        terms=frozenset(terms),
        worksheets=frozenset(worksheet.id for worksheet, _ in worksheets),
        cohorts=frozenset(item.cohort.id for item in cohorts),
        references=frozenset(references),
        files=files,
        folders={
            module: project_path(folder, project_root) for module, folder in sources.folders.items()
        },
        pages=page_ids,
        unknown=_unknown_kinds(diagnostics),
        trainer_files={item.module.id: item.module.trainer_files for item in parsed},
    )
    diagnostics.extend(check_material_pages(pages, targets))
    for item in parsed:
        diagnostics.extend(check_links_to_course(item.module, item.source, targets, item.module.id))
        diagnostics.extend(check_downloads(item.module, item.source, targets))
    if program is not None and sources.program is not None:
        diagnostics.extend(check_links_to_course(program, sources.program, targets))
    for worksheet, source in worksheets:
        diagnostics.extend(check_links_to_course(worksheet, source, targets))
    for taught in cohorts:
        diagnostics.extend(check_links_to_course(taught.cohort, taught.source, targets))

    diagnostics = sorted(set(diagnostics), key=lambda d: (d.path, d.line, d.column, d.message))
    curriculum = None
    by_start = sorted(cohorts, key=lambda item: (item.cohort.start, item.cohort.id))
    if program is not None and sources.program is not None and not has_errors(diagnostics):
        curriculum = Curriculum(
            program=program,
            program_source=sources.program,
            modules={item.module.id: item.module for item in parsed},
            module_sources={item.module.id: item.source for item in parsed},
            cohorts={item.cohort.id: item.cohort for item in by_start},
            cohort_sources={item.cohort.id: item.source for item in by_start},
            references=references,
            references_source=sources.references,
            glossary=terms,
            glossary_source=sources.glossary,
            worksheets={worksheet.id: worksheet for worksheet, _ in worksheets},
            worksheet_sources={worksheet.id: source for worksheet, source in worksheets},
            materials={
                module: sorted(
                    by_id.values(),
                    key=lambda page: (page.order is None, page.order or 0, page.id),
                )
                for module, by_id in materials.items()
                if module in sources.module_files
            },
            material_sources={(page.module, page.id): source for page, source in pages},
            files=files,
            folders=dict(sources.folders),
        )
    return Validation(
        curriculum, diagnostics, sources.files_read, _language_written(sources.program)
    )


def _module_folders(
    sources: Sources, project_root: Path, diagnostics: list[Diagnostic]
) -> tuple[list[tuple[Material, Document]], dict[str, dict[str, CourseFile]], frozenset[str]]:
    """The material pages that parse, the files of each module's folder, and every
    page read as `module/page`."""
    pages: list[tuple[Material, Document]] = []
    files: dict[str, dict[str, CourseFile]] = {}
    page_ids: set[str] = set()
    for module_id, folder in sources.folders.items():
        read = read_module_folder(module_id, folder, project_root, sources.curriculum)
        sources.files_read += len(read.page_ids)
        diagnostics.extend(read.problems)
        files[module_id] = read.files
        page_ids.update(f"{module_id}/{page}" for page in read.page_ids)
        for document in read.pages:
            material, problems = parse_material(document)
            diagnostics.extend(problems)
            if material is not None:
                pages.append((material, document))
    return pages, files, frozenset(page_ids)


def _unknown_kinds(diagnostics: list[Diagnostic]) -> frozenset[str]:
    """The kinds of link target whose files have errors of their own: until they are
    fixed, which ids they hold is not known, and links to them are not judged."""
    broken = {d.path for d in diagnostics if d.is_error}
    kinds = {
        "cohort": f"{CURRICULUM_DIR}/{COHORTS_DIR}/",
        "worksheet": f"{CURRICULUM_DIR}/{WORKSHEETS_DIR}/",
        "term": f"{CURRICULUM_DIR}/{GLOSSARY_FILE}.",
        "reference": f"{CURRICULUM_DIR}/{REFERENCES_FILE}.",
    }
    return frozenset(
        kind for kind, start in kinds.items() if any(path.startswith(start) for path in broken)
    )


def _single_file(
    document: Document | None,
    parse: Callable[[Document], tuple[M | None, list[Diagnostic]]],
    check: Callable[[M, Document], Iterable[Diagnostic]],
    diagnostics: list[Diagnostic],
) -> M | None:
    """An optional single file (references.yml, glossary.yml) parsed and, if it could
    be, checked on its own; its problems go into `diagnostics`."""
    if document is None:
        return None
    parsed, problems = parse(document)
    diagnostics.extend(problems)
    if parsed is not None:
        diagnostics.extend(check(parsed, document))
    return parsed


def _worksheets(
    documents: list[Document], module_ids: set[str], diagnostics: list[Diagnostic]
) -> list[tuple[Worksheet, Document]]:
    """The worksheets that parse, their problems added to `diagnostics`."""
    parsed: list[tuple[Worksheet, Document]] = []
    for document in documents:
        worksheet, problems = parse_worksheet(document)
        diagnostics.extend(problems)
        if worksheet is None:
            continue
        parsed.append((worksheet, document))
        diagnostics.extend(check_file_name(worksheet.id, document, "worksheet"))
        diagnostics.extend(
            check_rich_text(
                document, ("instructions",), worksheet.instructions, Worksheet.model_fields
            )
        )
        if worksheet.module is not None and worksheet.module not in module_ids:
            suggestion = did_you_mean(worksheet.module, module_ids)
            diagnostics.append(
                document.diagnostic(
                    ("module",),
                    say("T011", module=worksheet.module),
                    say("did-you-mean", suggestion=suggestion) if suggestion else None,
                )
            )
    _, problems = unique_ids([(worksheet.id, source) for worksheet, source in parsed], "worksheet")
    diagnostics.extend(problems)
    return parsed


def _check_cohorts(
    cohorts: list[ParsedCohort],
    modules: list[ParsedModule],
    module_files: set[str],
    program: Program | None,
    program_source: Document | None,
) -> list[Diagnostic]:
    _, problems = unique_ids([(item.cohort.id, item.source) for item in cohorts], "cohort")
    by_id = {item.module.id: item.module for item in modules}
    # Only modules of the program are expected in a timetable.
    expected = set(program.module_ids) if program is not None else set(by_id)
    timing = Timing.of(program) if program is not None else _timing_written(program_source)
    for item in cohorts:
        problems.extend(check_file_name(item.cohort.id, item.source, "cohort"))
        problems.extend(check_cohort(item, by_id, set(by_id) | module_files, expected, timing))
        if program is not None and program.language != "id":
            problems.extend(check_time_zone_written(item))
    problems.extend(check_rooms_across_cohorts(cohorts))
    return problems


def _timing_written(program: Document | None) -> Timing | None:
    """How a program that has errors counts time, as far as it says so: its
    `time_unit` if that is one Silabus knows (JP by default), and a `jp_minutes`
    that is a whole number in range (else the default); None without a program."""
    data = program.data if program is not None else None
    if not isinstance(data, dict):
        return None
    unit = data.get("time_unit", "jp")
    if unit not in ("jp", "minutes"):
        return None
    written = data.get("jp_minutes")
    jp_minutes = Timing().jp_minutes
    if isinstance(written, int) and not isinstance(written, bool) and 10 <= written <= 120:
        jp_minutes = written
    return Timing(unit, jp_minutes)


def program_language(project_root: Path) -> str | None:
    """The program's language as written, for what is said before the curriculum
    is read: None unless program.yml is a readable file the loader would read (in
    a curriculum/ of the project; a link only to a file inside curriculum/)."""
    return _language_written(_program_document(project_root))


def program_time_unit(project_root: Path) -> str | None:
    """The program's `time_unit:` as written (read as `program_language` reads)."""
    document = _program_document(project_root)
    data = document.data if document is not None else None
    unit = data.get("time_unit") if isinstance(data, dict) else None
    return unit if isinstance(unit, str) else None


def _program_document(project_root: Path) -> Document | None:
    try:
        curriculum = (project_root / CURRICULUM_DIR).resolve()
        if not curriculum.is_relative_to(project_root.resolve()) or not curriculum.is_dir():
            return None
        files = yaml_files_named(project_root / CURRICULUM_DIR, PROGRAM_FILE)
        real = files[0].resolve() if files else None
        if real is None or not real.is_relative_to(curriculum) or not real.is_file():
            return None
        if real.stat().st_size > 1_000_000:
            return None
    except (OSError, RuntimeError):  # unreadable, or links in a loop
        return None
    document, _ = load_document(files[0], project_path(files[0], project_root))
    return document


def _language_written(program: Document | None) -> str | None:
    """The program's `language:` as written, even in a program with errors, so that
    its problems are told in its language."""
    data = program.data if program is not None else None
    language = data.get("language") if isinstance(data, dict) else None
    return language if isinstance(language, str) else None
