"""The stages in order: load -> parse into the model -> check. Rendering follows
only when nothing is wrong."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from silabus.check import (
    ParsedModule,
    check_curriculum,
    check_language,
    check_modules_alone,
    check_program_alone,
)
from silabus.diagnostics import Diagnostic, has_errors
from silabus.load import read_sources
from silabus.model import Curriculum
from silabus.parse import parse_module, parse_program


@dataclass(frozen=True)
class Validation:
    """The curriculum (None when it has errors), every problem found, and how many
    files were read."""

    curriculum: Curriculum | None
    diagnostics: list[Diagnostic]
    files_checked: int

    @property
    def ok(self) -> bool:
        return not has_errors(self.diagnostics)


def validate_project(project_root: Path, site_language: str | None = None) -> Validation:
    """Every problem of the project's curriculum. `site_language` is the language of
    the site's labels (`theme.language`), when the caller knows it."""
    sources = read_sources(project_root)
    diagnostics = list(sources.diagnostics)

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

    diagnostics.extend(check_modules_alone(parsed))
    if program is not None and sources.program is not None:
        diagnostics.extend(check_curriculum(program, sources.program, parsed, sources.module_files))

    diagnostics = sorted(set(diagnostics), key=lambda d: (d.path, d.line, d.column, d.message))
    curriculum = None
    if program is not None and sources.program is not None and not has_errors(diagnostics):
        curriculum = Curriculum(
            program=program,
            program_source=sources.program,
            modules={item.module.id: item.module for item in parsed},
            module_sources={item.module.id: item.source for item in parsed},
        )
    return Validation(curriculum, diagnostics, sources.files_read)
