"""Turn a checked curriculum into Markdown pages, navigation and asset files."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

import jinja2
from markupsafe import Markup

from silabus.model import Agenda, Curriculum, Module
from silabus.render.messages import CATALOGUE, format_number, note_titles, supported_language
from silabus.render.text import attribute, plain_text
from silabus.rich_text import to_html

PROGRAM_PAGE = "program/index.md"
STYLESHEET = "assets/silabus.css"


def agenda_page(agenda: Agenda) -> str:
    return f"agenda/{agenda.id}/index.md"


def module_page(module: Module) -> str:
    return f"modul/{module.id}.md"


@dataclass(frozen=True)
class Page:
    """A generated Markdown page and the curriculum file it was made from."""

    path: str
    markdown: str
    source: str


@dataclass(frozen=True)
class NavSection:
    """A titled group of the navigation; children are page paths or sections."""

    title: str
    children: list[str | NavSection] = field(default_factory=list)


@dataclass(frozen=True)
class Site:
    pages: dict[str, Page]
    nav: NavSection
    assets: dict[str, bytes]


def render_site(curriculum: Curriculum, language: str | None = None) -> Site:
    """Every generated page of the site, in navigation order."""
    language = supported_language(language or curriculum.program.language)
    labels = CATALOGUE[language]
    program = curriculum.program
    pages: list[Page] = [
        _render(
            "program.md.j2",
            PROGRAM_PAGE,
            curriculum.program_source.path,
            curriculum,
            language,
        )
    ]
    nav = NavSection(labels["curriculum"], [PROGRAM_PAGE])
    for agenda in program.agendas:
        section = NavSection(agenda.title, [agenda_page(agenda)])
        pages.append(
            _render(
                "agenda.md.j2",
                agenda_page(agenda),
                curriculum.program_source.path,
                curriculum,
                language,
                agenda=agenda,
            )
        )
        for module in curriculum.agenda_modules(agenda):
            pages.append(
                _render(
                    "module.md.j2",
                    module_page(module),
                    curriculum.module_sources[module.id].path,
                    curriculum,
                    language,
                    agenda=agenda,
                    module=module,
                    prerequisites=[curriculum.modules[p] for p in module.prerequisites],
                )
            )
            section.children.append(module_page(module))
        nav.children.append(section)
    stylesheet = files("silabus.render").joinpath("assets", "silabus.css").read_bytes()
    return Site({page.path: page for page in pages}, nav, {STYLESHEET: stylesheet})


def _render(
    template: str,
    path: str,
    source: str,
    curriculum: Curriculum,
    language: str,
    **context: Any,
) -> Page:
    here = posixpath.dirname(path)

    def link(target: str) -> Markup:
        return Markup(posixpath.relpath(target, here or "."))

    markdown = (
        _environment()
        .get_template(template)
        .render(
            curriculum=curriculum,
            program=curriculum.program,
            t=CATALOGUE[language],
            num=lambda value: Markup(format_number(value, language)),
            hours=curriculum.hours,
            link=link,
            note_titles=note_titles(language),
            agenda_page=agenda_page,
            module_page=module_page,
            **context,
        )
    )
    return Page(path, markdown.strip() + "\n", source)


@jinja2.pass_context
def _markdown_field(context: jinja2.runtime.Context, text: str, heading_offset: int = 2) -> Markup:
    return Markup(to_html(text, heading_offset, context["note_titles"]))


def _finalize(value: Any) -> Any:
    """Everything a template prints is plain text unless marked as Markdown."""
    return value if isinstance(value, Markup) else plain_text(value)


@cache
def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("silabus", "render/templates"),
        autoescape=True,
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["markdown"] = _markdown_field
    environment.filters["attr"] = attribute
    return environment
