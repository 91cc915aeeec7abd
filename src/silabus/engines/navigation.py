"""The site's navigation with the curriculum in it, for every engine: the sections
Silabus generates placed into mkdocs.yml's `nav`, or around the hand-written pages."""

from __future__ import annotations

from typing import Any

from silabus.render import NavSection, nav_entry

NavEntry = str | dict[str, Any]


def with_curriculum(
    nav: list[NavEntry] | None, sections: list[NavSection], written: list[str]
) -> list[NavEntry]:
    """The site navigation with the generated sections in it.

    An entry of a section's first page in mkdocs.yml's `nav` (`program/index.md` for
    the curriculum, `angkatan/index.md` or `cohorts/index.md` for the cohorts, as the
    site's language says, with or without a title)
    marks where that section goes, at any depth, and may rename it. A section without
    such an entry follows the one placed before it, or else the first page; without
    any `nav`, the hand-written pages keep MkDocs' default order around them.
    """
    if nav is None:
        from mkdocs.utils import nest_paths  # the order MkDocs and Zensical give them

        nav = nest_paths(written)  # type: ignore[no-untyped-call]  # untyped in MkDocs 1.6
    entries = list(nav)
    # A generated page that mkdocs.yml places itself (with its own title) stays there.
    listed = set(_pages_in(entries))
    sections = [
        NavSection(
            section.title,
            [
                child
                for index, child in enumerate(section.children)
                if index == 0 or _page_of(child) not in listed
            ],
        )
        for section in sections
    ]
    after: tuple[list[NavEntry], int] = (entries, min(1, len(entries)) - 1)
    for section in sections:
        found = _find_page_entry(entries, str(section.children[0]))
        if found is None:
            level, index = after
            level.insert(index + 1, nav_entry(section))
            after = (level, index + 1)
        else:
            level, index, title = found
            # Later entries of the same page would repeat it and confuse previous/next;
            # they all come after this one, so removing them keeps `index` right.
            level[index] = {}
            while (again := _find_page_entry(entries, str(section.children[0]))) is not None:
                del again[0][again[1]]
            level[index] = nav_entry(section, title)
            after = (level, index)
    return entries


def without_pages(nav: list[NavEntry] | None, pages: set[str]) -> list[NavEntry] | None:
    """mkdocs.yml's `nav` without the entries of `pages` (the pages a build leaves out,
    such as the trainers' own in the participants' build), at any depth, and without
    the sections that held nothing else."""
    if nav is None or not pages:
        return nav
    kept: list[NavEntry] = []
    for entry in nav:
        value: Any = entry
        title = None
        if isinstance(entry, dict) and len(entry) == 1:
            ((title, value),) = entry.items()
        if isinstance(value, str) and value in pages:
            continue
        if isinstance(value, list):
            value = without_pages(value, pages)
            if not value:
                continue
        kept.append(value if title is None else {title: value})
    return kept


def _page_of(child: str | tuple[str, str] | NavSection) -> str | None:
    if isinstance(child, str):
        return child
    return child[1] if isinstance(child, tuple) else None


def _pages_in(entries: list[NavEntry]) -> list[str]:
    """Every page path of a nav, at any depth."""
    pages: list[str] = []
    for entry in entries:
        value: Any = entry
        if isinstance(entry, dict) and len(entry) == 1:
            ((_, value),) = entry.items()
        if isinstance(value, str):
            pages.append(value)
        elif isinstance(value, list):
            pages += _pages_in(value)
    return pages


def _find_page_entry(
    entries: list[NavEntry], page: str
) -> tuple[list[NavEntry], int, str | None] | None:
    """The list holding the entry of `page` (at any depth, sections copied so that
    they can be changed), its place there, and its title if it has one."""
    for index, entry in enumerate(entries):
        if entry == page:
            return entries, index, None
        if isinstance(entry, dict) and len(entry) == 1:
            ((title, value),) = entry.items()
            if value == page:
                return entries, index, title
            if isinstance(value, list):
                children = list(value)
                found = _find_page_entry(children, page)
                if found is not None:
                    entries[index] = {title: children}
                    return found
    return None
