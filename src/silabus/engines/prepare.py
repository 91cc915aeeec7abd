"""What every engine does before it builds: check the curriculum, render its pages,
and check what the build would publish. One place, so that each engine stops on the
same problems with the same messages."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from silabus.catalogue import say
from silabus.diagnostics import Diagnostic, for_reading, summary
from silabus.engines.publishing import (
    addresses_of_another_language,
    audience_problems,
    generated_pages_clashing_with_docs,
    publishing_problems,
)
from silabus.pipeline import validate_project
from silabus.render import Site, SiteOptions
from silabus.render.overrides import check_templates, render_with_templates


@dataclass(frozen=True)
class Prepared:
    """The rendered site, when the curriculum could be rendered, and every problem."""

    site: Site | None
    problems: list[Diagnostic]
    files_checked: int
    program_id: str | None
    speaks: str  # the language the build speaks in

    def stops(self, strict: bool) -> bool:
        """Whether the build must stop: an error, or a warning in strict mode."""
        return any(p.is_error for p in self.problems) or (
            strict and any(p.fails_strict for p in self.problems)
        )

    def stop_message(self) -> str:
        """The lines that end a stopped build, after its problems."""
        errors = any(p.is_error for p in self.problems)
        lines = [summary(self.problems, self.files_checked, self.speaks)]
        if not errors:
            lines[0] += " " + say("build.strict-warnings").render(self.speaks)
        lines.append(say("build.not-built").render(self.speaks))
        return "\n".join(lines)

    def report(self) -> Iterator[tuple[Diagnostic | None, str]]:
        """The problems as a reader needs them, in the build's language: errors, then
        warnings, then the first notes (each with its line), then a line that counts
        the notes left out (with None)."""
        return for_reading(self.problems).lines(self.speaks)


def prepare_site(
    project_root: Path,
    *,
    language: str | None,
    options: SiteOptions,
    allowed_tags: frozenset[str] | None,
    published: Iterable[Path],
    docs_dir: Path,
    settings: Mapping[str, Any],
    config_file: Path,
    speaks: str,
) -> Prepared:
    """Check and render the project's curriculum for a build whose settings are given:
    the labels' `language`, the site `options`, the tags the site allows, the folders
    it publishes, its `docs_dir`, its settings as read from `config_file`, and the
    language it `speaks` in (that of everything else the build says)."""
    validation = validate_project(project_root, language, allowed_tags, list(published))
    template_problems = check_templates(project_root)
    problems = [*validation.diagnostics, *template_problems]
    site = None
    if validation.curriculum is not None and not any(p.is_error for p in template_problems):
        site, failed = render_with_templates(validation.curriculum, language, options, project_root)
        problems += failed
    if site is not None:
        problems += generated_pages_clashing_with_docs(site, project_root, docs_dir)
        problems += addresses_of_another_language(
            site, project_root, docs_dir, settings.get("nav"), config_file
        )
    problems += publishing_problems(settings, config_file, project_root)
    problems += audience_problems(docs_dir, project_root, options.audience)
    return Prepared(
        site,
        problems,
        validation.files_checked,
        validation.curriculum.program.id if validation.curriculum else None,
        speaks,
    )


# What a hand-written page says only when an engine built the site without Silabus
# (`zensical build`, or `mkdocs build` with the plugin removed): that the course is
# missing, and which command builds it. Silabus removes it from the pages it builds.
NOTICE_START = "<!-- silabus: shown only when the site is built without Silabus -->"
NOTICE_END = "<!-- silabus: end -->"
_NOTICE = re.compile(rf"{re.escape(NOTICE_START)}.*?{re.escape(NOTICE_END)}\n*", re.DOTALL)


def without_notice(markdown: str) -> str:
    """A hand-written page without what it says only to a site built without Silabus:
    empty lines in its place, so that an engine's messages name the page's lines."""
    if NOTICE_START not in markdown:
        return markdown
    return _NOTICE.sub(lambda notice: "\n" * notice.group().count("\n"), markdown)
