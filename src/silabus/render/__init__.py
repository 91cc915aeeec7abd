"""Turn a checked curriculum into Markdown pages, navigation and asset files."""

from __future__ import annotations

import os
import posixpath
import re
import sys
from collections.abc import Callable, Hashable, Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from fractions import Fraction
from functools import cache, lru_cache, partial
from html import escape
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal, NamedTuple, TypeVar, get_args
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

import jinja2
from markupsafe import Markup

from silabus.addresses import INDONESIAN, SitePaths, site_paths
from silabus.model import (
    DOWNLOAD_TYPES,
    VIDEO_TYPES,
    Cohort,
    Curriculum,
    InlineMark,
    Material,
    Module,
    Question,
    Reference,
    ReferenceKind,
    markdown_texts,
    replacement_chains,
    replacement_in_force,
)
from silabus.render import messages
from silabus.render.answers import answer_fields
from silabus.render.course_data import (
    cohort_data,
    licence_address,
    module_data,
    program_data,
)
from silabus.render.glossary import link_terms, term_anchor
from silabus.render.home import (
    GUIDE_PLACE,
    HOME_SCRIPT,
    CourseHome,
    course_home_data,
    with_course_home,
)
from silabus.render.images import PHONE_WIDTH, SIZES, PhoneCopy, has_phone_copy, phone_copy_path
from silabus.render.messages import (
    CATALOGUE,
    format_number,
    note_titles,
    page_labels,
    supported_language,
)
from silabus.render.minify import compact_script, minified_css
from silabus.render.schedule import (
    leader_text,
    module_named_apart,
    session_notes,
    session_title,
    staff_lines,
    timetable,
)
from silabus.render.text import attribute, html_json, plain_text, units_joined
from silabus.rich_text import (
    WRAPPER_CLASS,
    Address,
    Resolved,
    Resolver,
    addresses,
    inline_addresses,
    page_offset,
    shift_headings,
    to_html,
    to_inline_html,
    to_parts,
)

# Ends each block of rendered text in a page's Markdown (a `<div class="silabus-text">`),
# so that an engine can find where one ends and set it aside while it reads the
# page's own Markdown. The cleaned HTML holds no comments, so nothing in a block can
# end it.
BLOCK_END = "<!--/silabus-text-->"
STYLESHEET = "assets/silabus.css"
SCHEDULE_SCRIPT = "assets/silabus-schedule.js"
WORKSHEET_SCRIPT = "assets/silabus-worksheet.js"
# "Studied" marks on module and material pages, kept in the participant's browser.
PROGRESS_SCRIPT = "assets/silabus-progress.js"
PRINT_SCRIPT = "assets/silabus-print.js"
# Web Workers for pages opened from file:// (search in the offline copy), the site's
# own copy rather than a CDN's.
WORKER_SHIM = "assets/javascripts/iframe-worker-shim.js"


def page_url(path: str, directory_urls: bool = True) -> str:
    """The address of a generated page, relative to the site root, as MkDocs and most
    engines publish it: `modul/x.md` -> `modul/x/` (or `modul/x.html`)."""
    if not path.endswith(".md"):
        return path
    stem = path.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        folder = stem.removesuffix("index")
        return folder if directory_urls else f"{stem}.html"
    return f"{stem}/" if directory_urls else f"{stem}.html"


Audience = Literal["participant", "trainer"]
AUDIENCES: tuple[Audience, ...] = get_args(Audience)


@dataclass(frozen=True)
class SiteOptions:
    """How the site is published. `site_url` is its public address, when known;
    `generated_at` stamps the calendars' new and changed events (default:
    SOURCE_DATE_EPOCH, or now); `previous_file` reads a file of the site this build
    replaces, by its path in the site (None when there is none, or it is not a
    regular file there), so that an unchanged event keeps its published stamp."""

    site_url: str | None = None
    directory_urls: bool = True
    # The engine reads an address written in HTML as relative to the page's Markdown
    # file, and rewrites it for the published page, as it does Markdown links
    # (Zensical); MkDocs leaves such addresses as they are.
    html_from_source: bool = False
    generated_at: datetime | None = None
    audience: Audience = "participant"  # "trainer" adds the trainer notes
    theme_tags: bool = False  # the theme shows a page's front-matter tags
    tag_listing: str | None = None  # the comment where the theme lists pages by tag
    # The project's templates/ folder: a file there replaces the packaged template
    # of the same name (module.md.j2, ...).
    templates: Path | None = None
    # Not part of what a page is made from (a rendering in this process is remembered
    # by the options): only the calendars read it, and what they make of it is the same
    # as what they made before.
    previous_file: Callable[[str], bytes | None] | None = field(
        default=None, compare=False, hash=False, repr=False
    )

    def stamp(self) -> datetime:
        if self.generated_at is not None:
            return self.generated_at
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
        if epoch.isdigit():
            return datetime.fromtimestamp(int(epoch), UTC)
        return datetime.now(UTC).replace(microsecond=0)

    def stamp_given(self) -> bool:
        """Whether `stamp` is a time given for the build, not the build's own time."""
        return self.generated_at is not None or os.environ.get("SOURCE_DATE_EPOCH", "").isdigit()

    def absolute(self, path: str) -> str | None:
        """The public address of a file of the site, when the site's address is known."""
        if not self.site_url:
            return None
        base = self.site_url if self.site_url.endswith("/") else self.site_url + "/"
        return urljoin(base, page_url(path, self.directory_urls))


@dataclass(frozen=True)
class Page:
    """A generated Markdown page and the curriculum file it was made from."""

    path: str
    markdown: str
    source: str
    # schema.org data about the page's subject (JSON-LD), for the page's <head>.
    data: dict[str, Any] | None = None
    # In the site's navigation; a page that is not (a module's handout) is reached by
    # a link from another page.
    listed: bool = True


@dataclass(frozen=True)
class NavSection:
    """A titled group of the navigation; children are page paths or sections."""

    title: str
    # A page path, a page with a title of its own (title, path), or a section.
    children: list[NavChild] = field(default_factory=list)


# The most entries one level of the navigation lists; longer lists are split into
# numbered groups. Material puts the navigation into every page, every entry of the
# open levels included: grouping keeps a page's size nearly the same however large
# the curriculum grows.
NAV_GROUP = 15

NavChild = str | tuple[str, str] | NavSection


def in_groups(children: Sequence[NavChild], label: str) -> list[NavChild]:
    """`children` as they are when there are at most NAV_GROUP, else in groups of
    NAV_GROUP titled by their numbers ("Agenda 1-15", "Agenda 16-30", ... with an en
    dash)."""
    if len(children) <= NAV_GROUP:
        return list(children)
    groups: list[NavChild] = []
    for start in range(0, len(children), NAV_GROUP):
        group = list(children[start : start + NAV_GROUP])
        numbers = f"{start + 1}\u2013{start + len(group)}" if len(group) > 1 else f"{start + 1}"
        groups.append(NavSection(f"{label} {numbers}", group))
    return groups


def nav_entry(section: NavSection, title: str | None = None) -> dict[str, Any]:
    """A section in MkDocs' nav format (mkdocs.yml's `nav`). MkDocs prints section
    titles as HTML, so curriculum text is escaped here; a `title` given by the
    project is used as written."""
    children: list[str | dict[str, Any]] = [
        child
        if isinstance(child, str)
        else {escape(child[0]): child[1]}
        if isinstance(child, tuple)
        else nav_entry(child)
        for child in section.children
    ]
    return {title if title is not None else escape(section.title): children}


@dataclass(frozen=True)
class Site:
    """Generated pages, the navigation sections they go into, and other files
    (stylesheet, script, calendars)."""

    pages: dict[str, Page]
    nav: list[NavSection]
    assets: dict[str, bytes]
    # As the pages are published: `modul/x.md` at `modul/x/` (or at `modul/x.html`).
    directory_urls: bool = True
    # Files of the modules' folders that pages show or offer (figures, downloads), and
    # smaller copies of large figures, by the path they are published at.
    files: dict[str, Path | PhoneCopy] = field(default_factory=dict)
    # Where its pages are published: words of the program's language.
    paths: SitePaths = INDONESIAN
    # The course home, for the hand-written page that asks for it (`place_course_home`).
    home: CourseHome | None = None


def render_site(
    curriculum: Curriculum, language: str | None = None, options: SiteOptions | None = None
) -> Site:
    """Every generated page of the site, in navigation order."""
    language = supported_language(language or curriculum.program.language)
    options = options or SiteOptions()
    labels = _labels(curriculum, language)

    chains = replacement_chains(curriculum.references)

    directory_urls = options.directory_urls
    addressing = Addressing(directory_urls, options.html_from_source)
    paths = site_paths(curriculum.program.language)

    def template_text(template: str, **context: Any) -> str:
        return _template_text(template, curriculum, language, options, chains, paths, **context)

    def render(template: str, path: str, source: str, **context: Any) -> Page:
        markdown = _resolve_links(template_text(template, **context), path, addressing)
        return Page(path, markdown, source)

    module_texts: dict[str, str] = {}  # for the print page too
    material_texts: dict[str, list[str]] = {}
    shared = _shared_sources(curriculum, language, options)
    used: set[Hashable] = set()

    published = {
        "program": options.absolute(paths.program_page),
        **{
            cohort.id: options.absolute(paths.cohort_page(cohort))
            for cohort in curriculum.cohorts.values()
        },
    }
    pages: list[Page] = [
        replace(
            render("program.md.j2", paths.program_page, curriculum.program_source.path),
            data=program_data(curriculum, published),
        )
    ]
    nav = NavSection(labels["curriculum"], [paths.program_page])
    if curriculum.program.setup:
        pages.append(render("setup.md.j2", paths.setup_page, curriculum.program_source.path))
        nav.children.append(paths.setup_page)
    # Every folder of pages has a page of its own: the list of its agendas or modules.
    modules_index = render("modules.md.j2", paths.modules_page, curriculum.program_source.path)
    modules_entry: NavChild = (labels["modules_page"], paths.modules_page)
    first_of_curriculum = len(pages)
    agenda_sections: list[NavSection] = []
    for agenda, modules in curriculum.module_groups():
        # Without agendas the modules go straight into the curriculum's section.
        section = (
            NavSection(agenda.title, [paths.agenda_page(agenda)]) if agenda else NavSection("")
        )
        if agenda is not None:
            pages.append(
                render(
                    "agenda.md.j2",
                    paths.agenda_page(agenda),
                    curriculum.program_source.path,
                    agenda=agenda,
                )
            )
        for module in modules:
            module_texts[module.id] = _remembered(
                _module_key(shared, curriculum, module),
                partial(
                    template_text,
                    "module.md.j2",
                    agenda=agenda,
                    module=module,
                    prerequisites=[curriculum.modules[p] for p in module.prerequisites],
                ),
                used,
            )
            path = paths.module_page(module)
            pages.append(
                Page(
                    path,
                    _resolve_links(module_texts[module.id], path, addressing),
                    curriculum.module_sources[module.id].path,
                    data=module_data(curriculum, module, options.absolute(path), published),
                )
            )
            readings = visible_materials(curriculum, module, options.audience)
            if not readings:
                section.children.append(path)
                continue
            # The module's own page first, under its own title (which the engine also
            # gives the page's <title>), then its material pages.
            module_section = NavSection(module.title, [path])
            for number, material in enumerate(readings, start=1):
                page_path = paths.material_page(module.id, material.id)
                text = template_text(
                    "material.md.j2",
                    agenda=agenda,
                    module=module,
                    material=material,
                    number=number,
                    materials=readings,
                )
                material_texts.setdefault(module.id, []).append(text)
                source = curriculum.material_sources[(module.id, material.id)].path
                pages.append(Page(page_path, _resolve_links(text, page_path, addressing), source))
                module_section.children.append(page_path)
            section.children.append(module_section)
            pages.append(
                _handout(
                    module,
                    module_texts[module.id],
                    material_texts[module.id],
                    labels,
                    addressing,
                    paths,
                )
            )
        if agenda is None:
            nav.children.append(modules_entry)
            nav.children.extend(in_groups(section.children, labels["nav_modules"]))
            continue
        section.children[1:] = in_groups(section.children[1:], labels["nav_modules"])
        agenda_sections.append(section)
    if not agenda_sections:
        pages.insert(first_of_curriculum, modules_index)
    else:
        # The agendas under a section whose own page (navigation.indexes) lists them.
        source = curriculum.program_source.path
        pages.insert(first_of_curriculum, render("agendas.md.j2", paths.agendas_page, source))
        pages.append(modules_index)
        agendas = NavSection(labels["agendas"], [paths.agendas_page])
        agendas.children.extend(in_groups(agenda_sections, labels["agenda"]))
        nav.children.extend([agendas, modules_entry])
    if any(module.key_points for module in curriculum.modules.values()):
        pages.append(render("summary.md.j2", paths.summary_page, curriculum.program_source.path))
        nav.children.append(paths.summary_page)
    if options.tag_listing and any(map(curriculum.tags_of, curriculum.modules.values())):
        pages.append(render("tags.md.j2", paths.tags_page, curriculum.program_source.path))
        nav.children.append(paths.tags_page)
    if curriculum.glossary:
        source = curriculum.glossary_source.path if curriculum.glossary_source else ""
        pages.append(render("glossary.md.j2", paths.glossary_page, source))
        nav.children.append(paths.glossary_page)
    if curriculum.references:
        source = curriculum.references_source.path if curriculum.references_source else ""
        pages.append(render("references.md.j2", paths.references_page, source))
        nav.children.append(paths.references_page)
    if curriculum.worksheets:
        source = curriculum.program_source.path
        pages.append(render("worksheets.md.j2", paths.worksheets_page, source))
        worksheets = NavSection(labels["worksheets"], [paths.worksheets_page])
        for worksheet in curriculum.worksheets.values():
            source = curriculum.worksheet_sources[worksheet.id].path
            path = paths.worksheet_page(worksheet)
            pages.append(render("worksheet.md.j2", path, source, worksheet=worksheet))
            worksheets.children.append(path)
        worksheets.children[1:] = in_groups(worksheets.children[1:], labels["worksheets"])
        nav.children.append(worksheets)
    pages.append(_print_page(curriculum, render, module_texts, material_texts, addressing, paths))
    nav.children.append((labels["print_all"], paths.print_page))
    sections = [nav]
    assets = {
        STYLESHEET: minified_css(_asset("silabus.css").decode()).encode(),
        PROGRESS_SCRIPT: _script("silabus-progress.js"),
        PRINT_SCRIPT: _script("silabus-print.js"),
    }
    if curriculum.worksheets:
        assets[WORKSHEET_SCRIPT] = _script("silabus-worksheet.js")

    if curriculum.cohorts:
        schedules = NavSection(labels["cohorts"], [paths.cohorts_page])
        pages.append(render("cohorts.md.j2", paths.cohorts_page, curriculum.program_source.path))
        addresses = {
            module_id: address
            for module_id, module in curriculum.modules.items()
            if (address := options.absolute(paths.module_page(module))) is not None
        }
        for cohort in curriculum.cohorts.values():
            source = curriculum.cohort_sources[cohort.id].path
            calendar_file = paths.cohort_calendar_file(cohort)
            calendar = _remembered(
                _calendar_key(shared, curriculum, cohort),
                partial(_calendar, curriculum, cohort, language, addresses, options, calendar_file),
                used,
            )
            if calendar is not None:
                assets[calendar_file] = calendar
            page = render(
                "cohort.md.j2",
                paths.cohort_page(cohort),
                source,
                cohort=cohort,
                has_calendar=calendar is not None,
            )
            pages.append(replace(page, data=cohort_data(curriculum, cohort, published)))
            schedules.children.append(paths.cohort_page(cohort))
        schedules.children[1:] = in_groups(schedules.children[1:], labels["nav_cohorts"])
        assets[SCHEDULE_SCRIPT] = _script("silabus-schedule.js")
        assets[HOME_SCRIPT] = _script("silabus-home.js")
        sections.append(schedules)
    _forget_all_but(used)
    return Site(
        {page.path: page for page in pages},
        sections,
        assets,
        directory_urls,
        published_files(curriculum, options.audience),
        paths,
        _course_home(curriculum, language, options, template_text, labels),
    )


def _calendar(
    curriculum: Curriculum,
    cohort: Cohort,
    language: str,
    addresses: dict[str, str],
    options: SiteOptions,
    path: str,
) -> bytes | None:
    """A cohort's calendar at `path`, its unchanged events stamped as published before."""
    from silabus.render.calendar import cohort_calendar  # icalendar: only for cohorts

    return cohort_calendar(
        curriculum,
        cohort,
        language,
        addresses,
        options.stamp(),
        stamp_given=options.stamp_given(),
        previous=options.previous_file(path) if options.previous_file else None,
    )


def _course_home(
    curriculum: Curriculum,
    language: str,
    options: SiteOptions,
    template_text: Callable[..., str],
    labels: dict[str, str],
) -> CourseHome:
    """The course home's panel, its links still placeholders."""
    # The data's addresses lead from the site's root: the script resolves them
    # against its own address, wherever the engine publishes the page.
    data = course_home_data(
        curriculum,
        language,
        labels,
        site_paths(curriculum.program.language),
        lambda target: page_url(target, options.directory_urls),
        lambda module: visible_materials(curriculum, module, options.audience),
        options.stamp(),
    )
    panel = template_text(
        "home.md.j2",
        cohorts=sorted(curriculum.cohorts.values(), key=lambda c: (c.start, c.end, c.id)),
        program_modules=curriculum.program_modules,
        data=Markup(html_json(data)),
        home_script=HOME_SCRIPT,
        guide_place=Markup(GUIDE_PLACE),
    )
    # On one line, in place of the marker's: an engine's messages name the page's lines.
    return CourseHome(
        " ".join(line.strip() for line in panel.splitlines()),
        escape(labels["home_guide"]),
        options.directory_urls,
        options.html_from_source,
    )


def place_course_home(
    markdown: str, page_path: str, site: Site, guide: str | None, *, set_aside: bool = True
) -> str:
    """A hand-written page with the course home where its marker asks for it (see
    render.home.with_course_home): a block of rendered HTML, ended by BLOCK_END for an
    engine that sets such blocks aside while it reads the page's Markdown, else on the
    marker's one line."""
    home = site.home
    if home is None:
        return markdown
    addressing = Addressing(home.directory_urls, home.html_from_source)

    def block(panel: str, path: str) -> str:
        panel = _resolve_links(panel, path, addressing)
        if set_aside:
            return f'<div class="{WRAPPER_CLASS}">\n{panel}\n</div>{BLOCK_END}'
        return f'<div class="{WRAPPER_CLASS}">{panel}</div>'

    return with_course_home(markdown, page_path, home, guide, block)


def _labels(curriculum: Curriculum, language: str) -> dict[str, str]:
    """The page labels, with the program's value set and its own word for an agenda
    in them."""
    program = curriculum.program
    label = program.agenda_label
    return page_labels(
        language,
        program.value_kind,
        label.one if label else None,
        label.plural if label else None,
    )


def visible_materials(curriculum: Curriculum, module: Module, audience: Audience) -> list[Material]:
    """The material pages of a module that the build for `audience` has, in order."""
    return [
        material
        for material in curriculum.materials.get(module.id, [])
        if audience == "trainer" or not material.for_trainers
    ]


def published_files(curriculum: Curriculum, audience: Audience) -> dict[str, Path | PhoneCopy]:
    """The files of the modules' folders that the build for `audience` publishes: the
    downloads, and the figures and files its texts show or link to."""
    found: dict[str, Path | PhoneCopy] = {}
    paths = site_paths(curriculum.program.language)

    def add(module: Module, path: str, image: bool = False) -> None:
        path = posixpath.normpath(path)
        file = curriculum.files.get(module.id, {}).get(path)
        if file is None or module.id not in curriculum.folders or file.problem is not None:
            return
        if path.lower().endswith(".md"):  # a page, which the engine would publish as one
            return
        if audience != "trainer" and path in module.trainer_files:
            return
        source = curriculum.folders[module.id] / path
        found[paths.module_file(module.id, path)] = source
        if image and has_phone_copy(path, curriculum.files[module.id]):
            found[paths.module_file(module.id, phone_copy_path(path))] = PhoneCopy(source)

    for module in curriculum.modules.values():
        for download in module.downloads:
            if audience == "trainer" or download.audience != "trainer":
                add(module, download.file)
        # Read with the heading levels the check reads them with: one rendering each.
        texts = [
            (text, 2)
            for location, text in markdown_texts(module)
            if audience == "trainer" or "trainer_notes" not in location
        ]
        texts += [
            (material.body, page_offset(material.body))
            for material in visible_materials(curriculum, module, audience)
        ]
        found_addresses = [address for text, offset in texts for address in addresses(text, offset)]
        found_addresses += [
            address
            for location, text in markdown_texts(module, mark=InlineMark)
            if audience == "trainer" or "trainer_notes" not in location
            for address in inline_addresses(text)
        ]
        for address in found_addresses:
            if address.kind == "file":
                add(module, address.target, address.image)
    return found


# Module pages and calendars made by the last rendering in this process, by the
# digests of the files they are made from: under `mkdocs serve`, saving one module
# makes only its page (and the pages that list it) again. What a rendering does not
# use is forgotten after it. Only for curricula read from files, and not with
# project templates, which may use any part of the curriculum.
_MADE: dict[Hashable, Any] = {}
_T = TypeVar("_T")


def _remembered(key: Hashable | None, make: Callable[[], _T], used: set[Hashable]) -> _T:
    if key is None:
        return make()
    used.add(key)
    if key not in _MADE:
        _MADE[key] = make()
    made: _T = _MADE[key]
    return made


def _forget_all_but(used: set[Hashable]) -> None:
    for key in [key for key in _MADE if key not in used]:
        del _MADE[key]


def clear_caches() -> None:
    """Forget every page, calendar and event made before in this process."""
    _MADE.clear()
    calendar = sys.modules.get("silabus.render.calendar")  # imported once there are cohorts
    if calendar is not None:
        calendar.clear_calendar_cache()


def _shared_sources(
    curriculum: Curriculum, language: str, options: SiteOptions
) -> tuple[Hashable, ...] | None:
    """What every module page and calendar is made from besides its modules: the
    program, glossary, references, cohorts and worksheets, and the site's settings."""
    if options.templates is not None:
        return None
    documents = [
        curriculum.program_source,
        curriculum.glossary_source,
        curriculum.references_source,
        *curriculum.cohort_sources.values(),
        *curriculum.worksheet_sources.values(),
    ]
    digests = tuple(b"none" if document is None else document.digest for document in documents)
    if b"" in digests:  # made in memory, not read from a file
        return None
    return (language, options, os.environ.get("SOURCE_DATE_EPOCH"), digests)


def _module_key(
    shared: tuple[Hashable, ...] | None, curriculum: Curriculum, module: Module
) -> Hashable | None:
    """A module page is made from the shared files, the module and its prerequisites."""
    own = [curriculum.module_sources[module.id].digest]
    own += [curriculum.module_sources[other].digest for other in module.prerequisites]
    # Its list of materials and of downloads with their sizes.
    own += [
        curriculum.material_sources[(module.id, material.id)].digest
        for material in curriculum.materials.get(module.id, [])
    ]
    files = curriculum.files.get(module.id, {})
    sizes = tuple(sorted((path, found.size) for path, found in files.items()))
    return None if shared is None or b"" in own else ("module", shared, *own, sizes)


def _calendar_key(
    shared: tuple[Hashable, ...] | None, curriculum: Curriculum, cohort: Cohort
) -> Hashable | None:
    modules = sorted({s.module for _, _, s in cohort.sessions() if s.module is not None})
    digests = [curriculum.module_sources[module].digest for module in modules]
    return None if shared is None or b"" in digests else ("calendar", shared, cohort.id, *digests)


def _print_page(
    curriculum: Curriculum,
    render: Callable[..., Page],
    module_texts: dict[str, str],
    material_texts: dict[str, list[str]],
    addressing: Addressing,
    paths: SitePaths,
) -> Page:
    """The whole program on one page, to print: the program, then each agenda and its
    modules (the text of their own pages), each module starting a new sheet. Left out
    of the search index, which has every module already."""
    parts = [render("print.md.j2", paths.print_page, curriculum.program_source.path).markdown]
    for agenda, modules in curriculum.module_groups():
        # A module is a level below its agenda's heading; without agendas, right below
        # the program's.
        level = 2 if agenda else 1
        if agenda is not None:
            parts.append(
                f'<div class="silabus-page-break"></div>\n\n## {plain_text(agenda.title)}\n'
            )
        for module in modules:
            body = _HANDOUT_LINK.sub("", _FRONT_MATTER.sub("", module_texts[module.id], count=1))
            body = _without_progress(body)
            body = _resolve_links(body, paths.print_page, addressing)
            parts.append('<div class="silabus-page-break"></div>\n\n' + shift_headings(body, level))
            for text in material_texts.get(module.id, []):
                body = _MATERIAL_NAV.sub("", _FRONT_MATTER.sub("", text, count=1))
                body = _resolve_links(_without_progress(body), paths.print_page, addressing)
                parts.append(shift_headings(body, level))
    return Page(paths.print_page, "\n\n".join(part.strip() for part in parts) + "\n", "")


def _handout(
    module: Module,
    module_text: str,
    materials: list[str],
    labels: dict[str, str],
    addressing: Addressing,
    paths: SitePaths,
) -> Page:
    """A module's page and then each of its material pages, each on a sheet of its
    own, to print or save as PDF: what a participant takes home from the module.
    Left out of the search index and the navigation; the module's page links to it."""
    description = re.search(r"^description: .*$", module_text, re.MULTILINE)
    front = "---\n" + (description.group() + "\n" if description else "")
    front += "search:\n  exclude: true\n---\n\n"
    body = _without_progress(_HANDOUT_LINK.sub("", _FRONT_MATTER.sub("", module_text, count=1)))
    # Under the page's title: what the page is for, and how to print it (not printed).
    hint = (
        f'<p class="silabus-print-hint">{escape(labels["handout_hint"])}</p>\n'
        f'<p class="silabus-print-hint silabus-print-action" '
        f'data-label="{escape(labels["print_button"])}">{escape(labels["print_keys"])}</p>\n'
        f'<script src="{_url_placeholder(PRINT_SCRIPT)}" defer></script>\n'
    )
    body = _TITLE_LINE.sub(lambda title: f"{title.group()}\n\n{hint}", body, count=1)
    parts = [body]
    for text in materials:
        body = _without_progress(_MATERIAL_NAV.sub("", _FRONT_MATTER.sub("", text, count=1)))
        parts.append('<div class="silabus-page-break"></div>\n\n' + shift_headings(body, 1))
    path = paths.handout_page(module)
    markdown = front + "\n\n".join(part.strip() for part in parts) + "\n"
    return Page(path, _resolve_links(markdown, path, addressing), "", listed=False)


_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_TITLE_LINE = re.compile(r"^# .*$", re.MULTILINE)
# The module page's link to its handout, which the handout itself does not need.
_HANDOUT_LINK = re.compile(r'\n<p class="silabus-handout">.*?</p>\n?', re.DOTALL)
# The way to a material page's neighbours, which a printed page does not need.
_MATERIAL_NAV = re.compile(r'\n<nav class="silabus-material-nav">.*?</nav>\n?', re.DOTALL)
# A page's "studied" toggle and the script that fills it in, which the templates
# write between these marks (`progress_marks`): marks of one page, not of the print
# page or a module's handout, which hold its text. Whatever the macros write, the
# print page leaves it out; every page loses the marks themselves with its links'
# placeholders (see _resolve_links).
PROGRESS_MARKS = ("\x1aprogress\x1a", "\x1a/progress\x1a")
_PROGRESS = re.compile(
    re.escape(PROGRESS_MARKS[0]) + ".*?" + re.escape(PROGRESS_MARKS[1]) + "\n?", re.DOTALL
)


def _without_progress(text: str) -> str:
    return _PROGRESS.sub("", text)


# The kinds of reference that are rules; the others are readings.
LEGAL_KINDS = frozenset({"law", "regulation", "circular"})


def _references_heading(label: str, references: Iterable[Reference]) -> str:
    """The label that names these references: rules and readings, rules alone
    ("Legal bases") or readings alone ("References", "Readings")."""
    kinds = {reference.kind for reference in references}
    if kinds and kinds <= LEGAL_KINDS:
        return f"{label}.legal"
    if kinds and not kinds & LEGAL_KINDS:
        return f"{label}.other"
    return label


def _references_by_kind(curriculum: Curriculum) -> list[tuple[str, list[Reference]]]:
    """The references grouped by kind, laws first, each group in file order."""
    groups: dict[str, list[Reference]] = {kind: [] for kind in get_args(ReferenceKind)}
    for reference in curriculum.references.values():
        groups[reference.kind].append(reference)
    return [(kind, group) for kind, group in groups.items() if group]


def _script(name: str) -> bytes:
    """One of Silabus's scripts, minified as it goes into the site."""
    return compact_script(_asset(name).decode()).encode()


def _asset(name: str) -> bytes:
    return files("silabus.render").joinpath("assets", name).read_bytes()


def _webcal(address: str | None) -> str | None:
    """The subscription address of a calendar published at `address`."""
    if address is None:
        return None
    parts = urlsplit(address)
    return urlunsplit(("webcal", *parts[1:])) if parts.scheme in {"http", "https"} else None


def _template_text(
    template: str,
    curriculum: Curriculum,
    language: str,
    options: SiteOptions,
    chains: dict[str, str | None],
    paths: SitePaths,
    **context: Any,
) -> str:
    """A page's Markdown with its links to other generated files left as placeholders:
    the same text serves the module's own page and the print page."""
    markdown = (
        _environment(str(options.templates) if options.templates else None)
        .get_template(template)
        .render(
            curriculum=curriculum,
            program=curriculum.program,
            t=_labels(curriculum, language),
            num=lambda value: Markup(format_number(float(value), language)),
            timing=curriculum.timing,
            jp=curriculum.jp,
            clock_hours=lambda minutes: Fraction(minutes, 60),
            length=lambda minutes: Markup(
                escape(curriculum.timing.length(minutes).render(language)).replace(" ", "&nbsp;")
            ),
            minutes_of=curriculum.module_minutes,
            length_split=curriculum.timing.split_minutes,
            link=_link_placeholder,
            url=_url_placeholder,
            note_titles=note_titles(language),
            paths=paths,
            agenda_page=paths.agenda_page,
            module_page=paths.module_page,
            handout_page=paths.handout_page,
            cohort_page=paths.cohort_page,
            cohort_calendar_file=paths.cohort_calendar_file,
            cohorts_page=paths.cohorts_page,
            worksheet_page=paths.worksheet_page,
            material_page=paths.material_page,
            module_file=paths.module_file,
            materials_of=lambda module: visible_materials(curriculum, module, options.audience),
            downloads_of=lambda module: [
                (download, curriculum.files.get(module.id, {}).get(download.file))
                for download in module.downloads
                if options.audience == "trainer" or download.audience != "trainer"
            ],
            file_size=lambda size: Markup(messages.format_size(size, language)),
            file_type=lambda name: DOWNLOAD_TYPES.get(posixpath.splitext(name)[1].lower(), ""),
            worksheets_of=lambda module: [
                worksheet
                for worksheet in curriculum.worksheets.values()
                if worksheet.module == module.id
            ],
            glossary_page=paths.glossary_page,
            term_anchor=term_anchor,
            linked_terms=set(),
            terms_in_order=sorted(
                curriculum.glossary.values(), key=lambda term: term.term.casefold()
            ),
            for_trainers=options.audience == "trainer",
            tag_pages=options.theme_tags,
            tags_of=curriculum.tags_of,
            setup_page=paths.setup_page,
            licence_address=licence_address,
            tag_listing=Markup(options.tag_listing or ""),  # from mkdocs.yml, not curriculum
            references_page=paths.references_page,
            replacement_in_force=lambda reference: replacement_in_force(
                reference, curriculum.references, chains
            ),
            direct_replacement=lambda reference: curriculum.references.get(
                reference.replaced_by or ""
            ),
            references_by_kind=lambda: _references_by_kind(curriculum),
            references_heading=lambda label, cited: _references_heading(
                label,
                (curriculum.references[item] if isinstance(item, str) else item for item in cited),
            ),
            schedule_script=SCHEDULE_SCRIPT,
            worksheet_script=WORKSHEET_SCRIPT,
            answer_fields=answer_fields,
            progress_script=PROGRESS_SCRIPT,
            progress_marks=tuple(map(Markup, PROGRESS_MARKS)),
            # How the progress script names a page: its address from the site root as
            # a folder (`modul/x/`), however the site is published.
            page_key=page_url,
            print_script=PRINT_SCRIPT,
            absolute=options.absolute,
            webcal=_webcal,
            timetable=lambda cohort: timetable(curriculum, cohort),
            session_title=lambda item: session_title(item, CATALOGUE[language]),
            sessions_minutes=lambda sessions: sum(map(curriculum.session_minutes, sessions)),
            taught_minutes=lambda days: sum(
                curriculum.session_minutes(session) for _, sessions in days for session in sessions
            ),
            session_notes=session_notes,
            module_named_apart=module_named_apart,
            staff_lines=lambda leaders: staff_lines(leaders, CATALOGUE[language]),
            right_answers=lambda question: [
                (_choice_label(question, index), choice.text)
                for index, choice in enumerate(question.choices)
                if choice.correct
            ],
            choice_label=_choice_label,
            leader_text=lambda leader: leader_text(leader, CATALOGUE[language]),
            day=lambda value: messages.format_day(value, language),
            short_day=lambda value: messages.format_short_day(value, language),
            dates=lambda first, last: messages.format_dates(first, last, language),
            fee_text=lambda fee: messages.format_fee(fee.amount, fee.currency, language),
            clock=lambda value: Markup(messages.format_time(value, language)),  # digits
            zone_name=messages.zone_name,
            zone_label=messages.zone_label,
            **context,
        )
    )
    return markdown.strip() + "\n"


# Links are written as placeholders while a template renders, and made relative to
# the page they end up on afterwards; a template prints them as they are. (U+001A
# cannot come from the curriculum: plain text and Markdown fields drop it.)
_PLACEHOLDER = re.compile("\x1a(link|url):([^\x1a]*)\x1a")


def _link_placeholder(target: str) -> Markup:
    """A Markdown link to another generated file: the engine turns it into an address."""
    return Markup(f"\x1alink:{quote(target)}\x1a")


def _url_placeholder(target: str) -> Markup:
    """The address of a generated file, for links written in HTML, which engines leave
    as they are."""
    return Markup(f"\x1aurl:{target}\x1a")


class Addressing(NamedTuple):
    """How the engine publishes pages (see SiteOptions): at `modul/x/` or at
    `modul/x.html`, and whether it reads addresses in HTML from the Markdown file."""

    directory_urls: bool
    html_from_source: bool


def _resolve_links(text: str, path: str, addressing: Addressing) -> str:
    """`text` with its link placeholders made relative to the page at `path`."""
    for mark in PROGRESS_MARKS:
        text = text.replace(mark, "")
    return _PLACEHOLDER.sub(
        lambda found: _relative(found.group(1), found.group(2), path, addressing), text
    )


@lru_cache(maxsize=65536)
def _relative(kind: str, target: str, path: str, addressing: Addressing) -> str:
    if kind == "link":  # a Markdown link: from file to file
        return posixpath.relpath(target, posixpath.dirname(path) or ".")
    directory_urls = addressing.directory_urls
    # From the folder of the published page, or of its Markdown file when the engine
    # rewrites the address from there to the published page, as Zensical does.
    base = posixpath.dirname(
        path if addressing.html_from_source else page_url(path, directory_urls)
    )
    address = page_url(target, directory_urls)
    relative = posixpath.relpath(address, base or ".")
    return relative + "/" if address.endswith("/") else relative


@jinja2.pass_context
def _markdown_field(context: jinja2.runtime.Context, text: str, heading_offset: int = 2) -> Markup:
    html = to_html(text, heading_offset, context["note_titles"], _resolver(context))
    return Markup(html + BLOCK_END)


@jinja2.pass_context
def _inline_field(
    context: jinja2.runtime.Context, text: str, module: Module | None = None
) -> Markup:
    """A short text with its inline Markdown rendered (see rich_text.to_inline_html);
    its links by file lead into the folder of `module`, or of the page's module."""
    return Markup(to_inline_html(text, _resolver(context, module)))


@jinja2.pass_context
def _material_parts(
    context: jinja2.runtime.Context, material: Material
) -> list[tuple[Markup, Markup]]:
    """A material page's text cut at its headings (see rich_text.to_parts), its
    headings starting at the second level below the page's title: pairs of a
    heading's marks (`##`) and its text, or nothing and a block of HTML."""
    offset = page_offset(material.body)
    parts = to_parts(material.body, offset, context["note_titles"], _resolver(context))
    return [
        (Markup("#" * level), Markup(part if level else part + BLOCK_END)) for level, part in parts
    ]


def _resolver(context: jinja2.runtime.Context, module: Module | None = None) -> Resolver:
    """Where the links of the texts on this page lead: by id, anywhere in the course;
    by file name, into the folder of `module` or the page's module, if it has one."""
    module = module or context.get("module")
    return partial(
        _resolve_address,
        context["curriculum"],
        context["paths"],
        module.id if isinstance(module, Module) else None,
        "trainer" if context["for_trainers"] else "participant",
    )


def _choice_label(question: Question, index: int) -> str:
    """A, B, C ... or 1, 2, 3 ..., as the question labels its choices."""
    return str(index + 1) if question.choice_labels == "numbers" else chr(ord("A") + index)


def _resolve_address(
    curriculum: Curriculum,
    paths: SitePaths,
    module_id: str | None,
    audience: Audience,
    address: Address,
) -> Resolved | None:
    fragment = f"#{address.fragment}" if address.fragment else ""
    target: str | None = None
    if address.kind == "module" and address.target in curriculum.modules:
        target = paths.module_page(curriculum.modules[address.target])
    elif address.kind == "material":
        module, _, page = address.target.partition("/")
        target = _material_target(curriculum, paths, module, page, audience)
    elif address.kind == "term" and address.target in curriculum.glossary:
        term = curriculum.glossary[address.target]
        target, fragment = paths.glossary_page, f"#{term_anchor(term)}"
    elif address.kind == "worksheet" and address.target in curriculum.worksheets:
        target = paths.worksheet_page(curriculum.worksheets[address.target])
    elif address.kind == "cohort" and address.target in curriculum.cohorts:
        target = paths.cohort_page(curriculum.cohorts[address.target])
    elif address.kind == "reference" and address.target in curriculum.references:
        target, fragment = paths.references_page, f"#ref-{address.target}"
    elif address.kind == "file" and module_id is not None:
        path = posixpath.normpath(address.target)
        if path.lower().endswith(".md") and not address.image:
            target = _material_target(curriculum, paths, module_id, path[:-3], audience)
        else:
            files = curriculum.files.get(module_id, {})
            found = files.get(path)
            if found is None:
                return None
            url = _url_placeholder(quote(paths.module_file(module_id, path)))
            if posixpath.splitext(path)[1].lower() in VIDEO_TYPES:
                return Resolved(url, video=True)
            if not (address.image and has_phone_copy(path, files)):
                return Resolved(f"{url}{fragment}", found.width, found.height)
            copy = _url_placeholder(quote(paths.module_file(module_id, phone_copy_path(path))))
            return Resolved(
                url,
                found.width,
                found.height,
                srcset=f"{copy} {PHONE_WIDTH}w, {url} {found.width}w",
                sizes=SIZES,
            )
    return None if target is None else Resolved(f"{_url_placeholder(target)}{fragment}")


def _material_target(
    curriculum: Curriculum, paths: SitePaths, module_id: str, page_id: str, audience: Audience
) -> str | None:
    for material in curriculum.materials.get(module_id, []):
        if material.id == page_id and (audience == "trainer" or not material.for_trainers):
            return paths.material_page(module_id, page_id)
    return None


@jinja2.pass_context
def _with_terms(context: jinja2.runtime.Context, html: Markup) -> Markup:
    """Rendered text with the first use of each glossary term linked to it."""
    curriculum = context["curriculum"]
    if not curriculum.glossary:
        return html
    url = context["url"](context["glossary_page"])
    return Markup(link_terms(str(html), curriculum.glossary.values(), url, context["linked_terms"]))


def _finalize(value: Any) -> Any:
    """Everything a template prints is plain text unless marked as Markdown."""
    return value if isinstance(value, Markup) else plain_text(value)


@cache
def _environment(templates: str | None = None) -> jinja2.Environment:
    packaged = jinja2.PackageLoader("silabus", "render/templates")
    settings: dict[str, Any] = {
        "autoescape": True,
        "finalize": _finalize,
        "undefined": jinja2.StrictUndefined,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "keep_trailing_newline": True,
    }
    own_filters: dict[str, Callable[..., Any]] = {
        "markdown": _markdown_field,
        "with_terms": _with_terms,
        "material_parts": _material_parts,
        "inline": _inline_field,
        "attr": attribute,
        "units": units_joined,
    }
    if templates:
        # A project's templates are not Silabus's code: they are filled in within a
        # sandbox and limits (see overrides.py).
        from silabus.render.overrides import TemplateSandbox

        return TemplateSandbox(
            own_filters,
            # A project's template may extend Silabus's own of the same name as
            # "silabus/<name>".
            loader=jinja2.ChoiceLoader(
                [
                    jinja2.FileSystemLoader(templates),
                    jinja2.PrefixLoader({"silabus": packaged}),
                    packaged,
                ]
            ),
            **settings,
        )
    environment = jinja2.Environment(
        loader=packaged, bytecode_cache=_compiled_templates(), **settings
    )
    environment.filters.update(own_filters)
    return environment


def _compiled_templates() -> jinja2.BytecodeCache | None:
    """Silabus's own templates, compiled once and kept beside them as Python keeps its
    compiled modules (in __pycache__/, replaced whole), so that a build does not parse
    them again; none where Python writes no compiled modules or the folder is not
    writable. Only Silabus's templates: a project's are compiled on each build."""
    if sys.dont_write_bytecode:
        return None
    folder = Path(__file__).parent / "templates" / "__pycache__"
    try:
        folder.mkdir(exist_ok=True)
    except OSError:
        return None
    if folder.is_symlink() or not os.access(folder, os.W_OK):
        return None
    return _CompiledTemplates(str(folder), "%s.jinja")


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """A template that cannot be kept (a full disk) is compiled again next time."""

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with suppress(OSError):
            super().dump_bytecode(bucket)
