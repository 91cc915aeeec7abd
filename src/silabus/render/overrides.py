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
    from jinja2 import meta

    known = packaged_templates()
    parser = jinja2.Environment()
    parsed: dict[Path, Diagnostic | None] = {}  # each template parsed once
    included: set[str] = set()  # what the project's templates include: parts of them
    for path in sorted(folder.iterdir()):
        if not _is_template(path):
            continue
        where = f"{TEMPLATES_DIR}/{path.name}"
        try:
            tree = parser.parse(path.read_text(encoding="utf-8"))
        except jinja2.TemplateSyntaxError as error:
            message = f"{error.message}"
            parsed[path] = Diagnostic(where, error.lineno, 1, Severity.ERROR, message, _FIX)
        except (OSError, UnicodeDecodeError) as error:
            message = f"the template cannot be read: {error}"
            parsed[path] = Diagnostic(where, 1, 1, Severity.ERROR, message, _FIX)
        else:
            parsed[path] = None
            included.update(name for name in meta.find_referenced_templates(tree) if name)
    problems = []
    for path, problem in parsed.items():
        if path.name in known or path.name in included:
            if problem is not None:
                problems.append(problem)
            continue
        close = difflib.get_close_matches(path.name, known, n=1)
        problems.append(
            Diagnostic(
                f"{TEMPLATES_DIR}/{path.name}",
                1,
                1,
                Severity.WARNING,
                f"'{path.name}' replaces no template of Silabus, so it is not used",
                f"did you mean '{close[0]}'?"
                if close
                else f"name it after the template it replaces: {', '.join(known)}",
            )
        )
    return problems


def _is_template(path: Path) -> bool:
    return path.is_file() and path.suffix == ".j2" and not path.name.startswith(".")


def render_with_templates(
    curriculum: Curriculum, language: str | None, options: SiteOptions, project_root: Path
) -> tuple[Site | None, list[Diagnostic]]:
    """The site, or the problem a project template had while it was filled in."""
    try:
        return render_site(curriculum, language, options), []
    except Exception as error:
        if options.templates is None:
            raise
        if not isinstance(error, jinja2.TemplateError | RecursionError | TypeError):
            raise
        message = (
            f"{error.message}; a template can use only what Silabus's own passes on"
            if isinstance(error, jinja2.UndefinedError)
            else "it extends or includes itself"
            if isinstance(error, RecursionError)
            else f"{type(error).__name__}: {error}"
            if isinstance(error, jinja2.TemplateNotFound)
            else str(error)
        )
        found = _template_line(error, options.templates)
        if found is not None:
            name, line = found
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
        # It failed in a template of Silabus's own, used with the project's ones.
        own = sorted(path.name for path in options.templates.iterdir() if _is_template(path))
        packaged = _packaged_line(error)
        where = f" ({packaged[0]}, line {packaged[1]})" if packaged else ""
        return None, [
            Diagnostic(
                f"{TEMPLATES_DIR}/{own[0] if own else ''}",
                1,
                1,
                Severity.ERROR,
                f"Silabus's own template failed{where} with the templates of this project "
                f"({', '.join(own)}): {message}",
                "a template of Silabus's uses what the replaced one provided; compare yours "
                "with Silabus's own, or delete yours",
            )
        ]


def _packaged_line(error: BaseException) -> tuple[str, int] | None:
    """The packaged template and line where `error` happened, if it did."""
    return _line_in(error, Path(str(files("silabus.render").joinpath("templates"))))


def _template_line(error: BaseException, folder: Path) -> tuple[str, int] | None:
    """The project template and line where `error` happened, if it happened in one."""
    found = _line_in(error, folder)
    if found is None and isinstance(error, jinja2.TemplateSyntaxError) and error.filename:
        path = Path(error.filename)
        if path.resolve().parent == folder.resolve():
            return path.name, error.lineno
    return found


def _line_in(error: BaseException, folder: Path) -> tuple[str, int] | None:
    """The template of `folder` and its line where `error` was raised, innermost first."""
    folder = folder.resolve()
    for frame, line in reversed(list(traceback.walk_tb(error.__traceback__))):
        filename = Path(frame.f_code.co_filename)
        if filename.is_absolute() and filename.resolve().parent == folder:
            return filename.name, line
    return None
