"""A project's own page templates: a file in `templates/` at the project root
replaces the packaged template of the same name, as Material's `custom_dir` does
for theme templates. A mistake in one is reported at its line, like a mistake in
a curriculum file, and never as a traceback."""

from __future__ import annotations

import difflib
import traceback
from importlib.resources import files
from pathlib import Path

import jinja2

from silabus.diagnostics import Diagnostic, Severity
from silabus.model import Curriculum
from silabus.render import Site, SiteOptions, render_site

TEMPLATES_DIR = "templates"
_FIX = "fix the template, or delete it to use Silabus's own"


def packaged_templates() -> list[str]:
    """The names a project's template can replace."""
    folder = files("silabus.render").joinpath("templates")
    return sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".j2"))


def templates_folder(project_root: Path) -> Path | None:
    folder = project_root / TEMPLATES_DIR
    return folder if folder.is_dir() else None


def check_templates(project_root: Path) -> list[Diagnostic]:
    """Files in templates/ that replace nothing, and templates that do not parse."""
    folder = templates_folder(project_root)
    if folder is None:
        return []
    known = packaged_templates()
    problems = []
    parser = jinja2.Environment()
    for path in sorted(folder.iterdir()):
        where = f"{TEMPLATES_DIR}/{path.name}"
        if path.name.startswith(".") or not path.is_file():
            continue
        if path.name not in known:
            close = difflib.get_close_matches(path.name, known, n=1)
            problems.append(
                Diagnostic(
                    where,
                    1,
                    1,
                    Severity.WARNING,
                    f"'{path.name}' replaces no template of Silabus, so it is not used",
                    f"did you mean '{close[0]}'?"
                    if close
                    else f"name it after the template it replaces: {', '.join(known)}",
                )
            )
            continue
        try:
            parser.parse(path.read_text(encoding="utf-8"))
        except jinja2.TemplateSyntaxError as error:
            problems.append(
                Diagnostic(where, error.lineno, 1, Severity.ERROR, f"{error.message}", _FIX)
            )
        except (OSError, UnicodeDecodeError) as error:
            problems.append(
                Diagnostic(
                    where, 1, 1, Severity.ERROR, f"the template cannot be read: {error}", _FIX
                )
            )
    return problems


def render_with_templates(
    curriculum: Curriculum, language: str | None, options: SiteOptions, project_root: Path
) -> tuple[Site | None, list[Diagnostic]]:
    """The site, or the problem a project template had while it was filled in."""
    try:
        return render_site(curriculum, language, options), []
    except Exception as error:
        if options.templates is None:
            raise
        found = _template_line(error, options.templates)
        if found is None:
            raise
        name, line = found
        message = (
            str(error)
            if not isinstance(error, jinja2.UndefinedError)
            else (f"{error.message}; a template can use only what Silabus's own passes on")
        )
        return None, [
            Diagnostic(
                f"{TEMPLATES_DIR}/{name}",
                line,
                1,
                Severity.ERROR,
                f"the template failed: {message}",
                _FIX,
            )
        ]


def _template_line(error: BaseException, folder: Path) -> tuple[str, int] | None:
    """The project template and line where `error` happened, if it happened in one."""
    folder = folder.resolve()
    for frame, line in reversed(list(traceback.walk_tb(error.__traceback__))):
        filename = Path(frame.f_code.co_filename)
        if filename.is_absolute() and filename.resolve().parent == folder:
            return filename.name, line
    if isinstance(error, jinja2.TemplateSyntaxError) and error.filename:
        path = Path(error.filename)
        if path.resolve().parent == folder:
            return path.name, error.lineno
    return None
