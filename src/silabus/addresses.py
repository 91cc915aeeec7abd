"""Where each generated page and file of a site is published: folders named in the
words of the program's language. An Indonesian site keeps the addresses it has always
had (`modul/`, `angkatan/`, `cetak/`), so that no published link breaks; an English
site publishes at English words (`modules/`, `cohorts/`, `print/`)."""

from __future__ import annotations

import posixpath
from dataclasses import astuple, dataclass
from typing import Protocol


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


@dataclass(frozen=True)
class SitePaths:
    """The folder of each kind of generated page, one word (or a few, joined by `-`)
    each, in `language`; the pages' paths are made from them and the curriculum's
    ids."""

    language: str
    program: str
    setup: str
    agenda: str
    module: str
    print: str
    summary: str
    tags: str
    glossary: str
    references: str
    worksheets: str
    cohorts: str

    @property
    def program_page(self) -> str:
        return f"{self.program}/index.md"

    @property
    def setup_page(self) -> str:
        return f"{self.setup}/index.md"

    @property
    def cohorts_page(self) -> str:
        return f"{self.cohorts}/index.md"

    @property
    def references_page(self) -> str:
        return f"{self.references}/index.md"

    @property
    def summary_page(self) -> str:
        return f"{self.summary}/index.md"

    @property
    def tags_page(self) -> str:
        return f"{self.tags}/index.md"

    @property
    def glossary_page(self) -> str:
        return f"{self.glossary}/index.md"

    @property
    def print_page(self) -> str:
        return f"{self.print}/index.md"

    @property
    def worksheets_page(self) -> str:
        return f"{self.worksheets}/index.md"

    @property
    def agendas_page(self) -> str:
        """The list of every agenda (a program without agendas has none)."""
        return f"{self.agenda}/index.md"

    @property
    def modules_page(self) -> str:
        """The list of every module."""
        return f"{self.module}/index.md"

    def agenda_page(self, agenda: _HasId) -> str:
        return f"{self.agenda}/{agenda.id}/index.md"

    def module_page(self, module: _HasId) -> str:
        return f"{self.module}/{module.id}.md"

    def handout_page(self, module: _HasId) -> str:
        """A module's page and its material pages as one page, to print."""
        return f"{self.print}/{self.module}/{module.id}.md"

    def material_page(self, module_id: str, page_id: str) -> str:
        return f"{self.module}/{module_id}/{page_id}.md"

    def module_file(self, module_id: str, path: str) -> str:
        """Where a file of a module's folder (a figure, a download) is published."""
        return f"{self.module}/{module_id}/{path}"

    def worksheet_page(self, worksheet: _HasId) -> str:
        return f"{self.worksheets}/{worksheet.id}.md"

    def cohort_page(self, cohort: _HasId) -> str:
        return f"{self.cohorts}/{cohort.id}.md"

    def cohort_calendar_file(self, cohort: _HasId) -> str:
        return f"{self.cohorts}/{cohort.id}.ics"

    def words(self) -> tuple[str, ...]:
        """The folder of each kind of page."""
        return astuple(self)[1:]

    def translated(self, path: str, other: SitePaths) -> str | None:
        """`path`, a path of `other`'s site (`modul/x.md`), as this site publishes the
        same page or file (`modules/x.md`); None when it is not in a folder whose word
        differs between the two."""
        # The handouts' folder before the print folder that holds it.
        pairs: list[tuple[str, str]] = [
            (f"{other.print}/{other.module}", f"{self.print}/{self.module}"),
            *zip(other.words(), self.words(), strict=True),
        ]
        for theirs, ours in pairs:
            if theirs == ours:
                continue
            if path == theirs or path.startswith(f"{theirs}/"):
                return ours + path[len(theirs) :]
        return None


INDONESIAN = SitePaths(
    language="id",
    program="program",
    setup="persiapan",
    agenda="agenda",
    module="modul",
    print="cetak",
    summary="ringkasan",
    tags="tema",
    glossary="glosarium",
    references="referensi",
    worksheets="lembar-kerja",
    cohorts="angkatan",
)
ENGLISH = SitePaths(
    language="en",
    program="program",
    setup="setup",
    agenda="agenda",
    module="modules",
    print="print",
    summary="summary",
    tags="themes",
    glossary="glossary",
    references="references",
    worksheets="worksheets",
    cohorts="cohorts",
)
_BY_LANGUAGE = {"id": INDONESIAN, "en": ENGLISH}


def site_paths(language: str) -> SitePaths:
    """The addresses of a site whose program is in `language` (`program.language`):
    Indonesian words for `id`, English words for every other language."""
    return _BY_LANGUAGE.get(language, ENGLISH)


def page_addressed(written: str) -> tuple[str, str, str] | None:
    """What an address written in a text names when it is the address of a generated
    page, on a site in either language (`../../modul/x/`, `modules/x.md`): the kind of
    page as a link by id names it (module, material, term, worksheet, cohort or
    reference), its id (empty when the address holds none) and the language of the
    address; None for any other address."""
    path = written.partition("#")[0].partition("?")[0]
    parts = [part for part in posixpath.normpath(path).split("/") if part not in {".", ".."}]
    if parts and parts[-1] in {"index.md", "index.html"}:
        parts.pop()
    parts = [
        posixpath.splitext(part)[0] if part.endswith((".md", ".html")) else part for part in parts
    ]
    for paths in _BY_LANGUAGE.values():
        kinds = {
            paths.module: "module",
            paths.glossary: "term",
            paths.worksheets: "worksheet",
            paths.cohorts: "cohort",
            paths.references: "reference",
        }
        if not parts or parts[0] not in kinds or len(parts) > 3:
            continue
        kind = kinds[parts[0]]
        if len(parts) == 3 and kind == "module" and "." not in parts[2]:
            return "material", f"{parts[1]}/{parts[2]}", paths.language
        if len(parts) == 2 and "." not in parts[1]:
            return kind, parts[1], paths.language
        if len(parts) == 1:
            return kind, "", paths.language
    return None


def other_paths(paths: SitePaths) -> list[SitePaths]:
    """The addresses of the sites in the other languages, to recognise a path written
    for one of them."""
    return [found for found in _BY_LANGUAGE.values() if found != paths]
