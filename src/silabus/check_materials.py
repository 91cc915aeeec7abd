"""Material pages, figures, downloads, and the links of every text to the course.

A link by id (`modul:berpikir-kreatif`, `materi:studi-tiru/persiapan`,
`istilah:inovasi`, …) must name something that exists; a link or image by file
must name a file of the module's own folder that may be published: a figure
that can be shown, or a document, slides, a spreadsheet, an image or an archive
to download. Participants read on phones over slow links, so large figures are
named too.
"""

from __future__ import annotations

import difflib
import posixpath
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from pydantic import BaseModel

from silabus.diagnostics import Diagnostic, Severity, did_you_mean
from silabus.document import Document, Location, Position, field_label
from silabus.model import (
    DOWNLOAD_TYPES,
    IMAGE_TYPES,
    LINKED,
    VIDEO_TYPES,
    CourseFile,
    InlineMark,
    Material,
    Module,
    PlainMark,
    markdown_texts,
)
from silabus.rich_text import (
    MAX_BRACKETS,
    MAX_LINES,
    MAX_PAGE_BRACKETS,
    MAX_PAGE_LINES,
    Address,
    addresses,
    heading_id_problems,
    heading_ids,
    inline_addresses,
    inline_removals,
    kramdown_attributes,
    markdown_habits,
    markdown_lines,
    page_offset,
    removals,
    same_page_anchors,
    structure_problem,
    unread_fences,
)

# A figure larger than this is named: on a slow mobile link (about 1 Mbit/s) it
# takes more than a second to arrive.
FIGURE_BUDGET = 200_000
# A material page is a chapter, not a description: far more room than a field.
KIND_NAMES = {
    "module": ("modul", "module"),
    "material": ("materi", "material page"),
    "term": ("istilah", "glossary term"),
    "worksheet": ("lembar-kerja", "worksheet"),
    "cohort": ("angkatan", "cohort"),
    "reference": ("referensi", "reference"),
}


@dataclass(frozen=True)
class CourseTargets:
    """What a text may link to by id, and each module's folder content."""

    modules: frozenset[str] = frozenset()
    materials: Mapping[str, Mapping[str, Material]] = field(default_factory=dict)
    terms: frozenset[str] = frozenset()
    worksheets: frozenset[str] = frozenset()
    cohorts: frozenset[str] = frozenset()
    references: frozenset[str] = frozenset()
    files: Mapping[str, Mapping[str, CourseFile]] = field(default_factory=dict)
    folders: Mapping[str, str] = field(default_factory=dict)  # module id -> folder as shown
    # The files each module offers to trainers only (see Module.trainer_files).
    trainer_files: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # Every page read, as `module/page`, those with problems of their own included.
    pages: frozenset[str] = frozenset()
    # Kinds whose ids cannot be known, because their file has errors of its own (a
    # glossary that does not parse): links to them are judged once it is fixed.
    unknown: frozenset[str] = frozenset()

    def ids(self, kind: str) -> frozenset[str]:
        if kind == "material":
            return self.pages
        found: frozenset[str] = getattr(self, f"{kind}s")
        return found


def check_links_to_course(
    model: BaseModel,
    source: Document,
    targets: CourseTargets,
    module: str | None = None,
    for_trainers: bool = False,
) -> Iterator[Diagnostic]:
    """The texts of `model` (read from `source`): links and images that lead nowhere,
    and text that would show otherwise than its writer meant. `module` is the module
    whose folder the texts' files are in; `for_trainers`: the texts are read only in
    the trainer build."""
    page = isinstance(model, Material)
    offset = page_offset(model.body) if isinstance(model, Material) else 2
    limits = (MAX_PAGE_LINES, MAX_PAGE_BRACKETS) if page else (MAX_LINES, MAX_BRACKETS)
    texts = [
        (location, text, addresses(text, offset))
        for location, text in markdown_texts(model)
        if structure_problem(text, *limits) is None  # named by the checks of the text
    ]
    for location, text in markdown_texts(model, mark=InlineMark):
        structure = structure_problem(text)
        if structure is not None:
            yield source.diagnostic(
                location,
                f"the text of '{field_label(location)}' has {structure}",
                "a short field needs only a few words, links and code",
            )
            continue
        texts.append((location, text, inline_addresses(text)))
        for removal in inline_removals(text):
            yield source.diagnostic(
                location,
                f"{removal.what} in '{field_label(location)}' is left out of the page",
                "links may lead to http, https or mailto addresses, or to the course by id",
                severity=Severity.WARNING,
                at=source.find(location, removal.needle),
            )
    for location, _, found in texts:
        trainers_only = for_trainers or "trainer_notes" in location
        seen: dict[str, int] = {}
        places: dict[str, list[Position]] | None = None
        for address in found:
            written = address.written or address.target
            seen[written] = seen.get(written, 0) + 1
            problem = _address_problem(address, targets, module, trainers_only)
            if problem is None:
                continue
            message, hint, severity = problem
            if places is None:
                places = _where_written(source, location)
            at = places.get(written, [])
            yield source.diagnostic(
                location,
                message,
                hint,
                severity=severity,
                at=at[seen[written] - 1]
                if len(at) >= seen[written]
                else source.find(location, written),
            )
    for location, text in markdown_texts(model, mark=PlainMark):
        marks = _MARKDOWN_MARKS.search(text)
        if marks is not None:
            yield source.diagnostic(
                location,
                f"'{field_label(location)}' is plain text, so '{marks.group()}' shows with its "
                "marks as typed",
                "write it without Markdown, or put the formatted text into a field that "
                "takes Markdown (see the trainer guide)",
                severity=Severity.WARNING,
                at=source.find(location, marks.group()),
            )


# Markdown a writer clearly meant: strong or emphasised words, code, a link.
_MARKDOWN_MARKS = re.compile(
    r"\*\*[^*\s][^*]*\*\*|__[^_\s][^_]*__|`[^`\s][^`]*`|\[[^\]]+\]\([^)\s]+\)"
)


def _where_written(source: Document, location: Location) -> dict[str, list[Position]]:
    """Where each link of the text at `location` is written, by its address in order:
    as a link's address `(…)`, `<…>` or a link definition `]: …`, not where the same
    words are only mentioned (in code, say). One reading of the text for all its
    links."""
    start = source.position(location)
    found: dict[str, list[Position]] = {}
    for number in range(start.line, min(source.last_line(location), len(source.lines)) + 1):
        line = source.lines[number - 1]
        offset = start.column - 1 if number == start.line else 0
        for written in _WRITTEN.finditer(line, offset):
            found.setdefault(written.group(1), []).append(Position(number, written.start(1) + 1))
    return found


_WRITTEN = re.compile(r"(?:\]\(\s*<?|<|\]:\s*<?)([^\s)<>\"']+)")


def _near_file(path: str, files: Iterable[str]) -> str | None:
    """The file a misspelt `path` most likely means: the same name in other letter
    case, a name spelt nearly alike in the same folder, or the same name in another
    folder; nothing when only the folder or the extension is alike (a suggestion to
    put in another drawing would be worse than none)."""
    folder, name = posixpath.split(path)
    in_folder: dict[str, str] = {}
    elsewhere: list[str] = []
    for found in files:
        if found.lower() == path.lower():
            return found
        found_folder, found_name = posixpath.split(found)
        if found_folder.lower() == folder.lower():
            in_folder[found_name] = found
        elif found_name.lower() == name.lower():
            elsewhere.append(found)
    close = difflib.get_close_matches(name, list(in_folder)[:500], n=1, cutoff=0.8)
    if close:
        return in_folder[close[0]]
    return min(elsewhere) if elsewhere else None


def _address_problem(
    address: Address, targets: CourseTargets, module: str | None, for_trainers: bool
) -> tuple[str, str, Severity] | None:
    if address.kind == "file":
        return _file_problem(address, targets, module, for_trainers)
    scheme, name = KIND_NAMES[address.kind]
    if address.image:
        return (
            f"an image must be a file, not the {name} '{address.target}'",
            "write the figure's file name, such as 'gambar/siklus.png'",
            Severity.ERROR,
        )
    if address.kind in targets.unknown:
        return None
    known = targets.ids(address.kind)
    if address.target not in known:
        suggestion = _near(address.target, known)
        if address.kind == "material" and "/" not in address.target:
            hint = "write the module's id and the page's file name: 'materi:<module>/<page>'"
        elif suggestion:
            hint = f"did you mean '{scheme}:{suggestion}'?"
        elif address.kind == "material":
            hint = _pages_hint(address.target.split("/", 1)[0], targets)
        else:
            hint = f"use the id of an existing {name}, from {_WHERE_IDS[address.kind]}"
        return f"the {name} '{address.target}' does not exist", hint, Severity.ERROR
    if address.kind != "material":
        return None
    module_id, page = address.target.split("/", 1)
    material = targets.materials.get(module_id, {}).get(page)
    if material is None:
        return None  # a page with problems of its own
    if material.for_trainers and not for_trainers:
        return (
            f"the material page '{address.target}' is for trainers only, so participants "
            "would find no page there",
            "link to it only from trainer notes or from pages for trainers",
            Severity.ERROR,
        )
    return _anchor_problem(address, material)


_WHERE_IDS = {
    "module": "the file names in curriculum/modules/",
    "term": "curriculum/glossary.yml",
    "worksheet": "the file names in curriculum/worksheets/",
    "cohort": "the file names in curriculum/cohorts/",
    "reference": "curriculum/references.yml",
}


def _near(written: str, known: Iterable[str]) -> str | None:
    """The id a writer most likely meant: the same in other letter case, the only
    one that starts with or holds what was written, or else the closest in
    spelling."""
    known = sorted(known)
    for found in known:
        if found.casefold() == written.casefold():
            return found
    holding = [found for found in known if written.casefold() in found.casefold()]
    if len(holding) == 1 or (holding and len(written) >= 4):
        return min(holding, key=len)
    return did_you_mean(written, known)


def _anchor_problem(address: Address, material: Material) -> tuple[str, str, Severity] | None:
    """A link to a section of a material page that the page does not have."""
    if not address.fragment:
        return None
    ids = heading_ids(material.body, page_offset(material.body))
    if address.fragment in ids:
        return None
    return (
        f"the page '{material.module}/{material.id}' has no section '#{address.fragment}'",
        _sections_hint(address.fragment, ids),
        Severity.WARNING,
    )


def _sections_hint(fragment: str, ids: Sequence[str]) -> str:
    suggestion = did_you_mean(fragment, ids)
    if suggestion:
        return f"did you mean '#{suggestion}'?"
    headings = list(dict.fromkeys(ids))
    return "link to one of its headings: " + (
        ", ".join(f"#{found}" for found in headings[:8]) if headings else "it has none"
    )


def _pages_hint(module_id: str, targets: CourseTargets) -> str:
    pages = sorted(
        page.split("/", 1)[1] for page in targets.pages if page.startswith(f"{module_id}/")
    )
    if module_id not in targets.modules:
        return "write 'materi:<module>/<page>' with the id of an existing module"
    if not pages:
        return f"the module '{module_id}' has no material pages; link to it as 'modul:{module_id}'"
    return f"the pages of '{module_id}' are: {', '.join(pages)}"


def _file_problem(
    address: Address, targets: CourseTargets, module: str | None, for_trainers: bool
) -> tuple[str, str, Severity] | None:
    what = "image" if address.image else "link"
    if module is None:
        return (
            f"this {what} names the file '{address.target}', but only a module's texts and "
            "material pages can show or link files",
            "link to a page by id, such as 'modul:<id>', or move the text into a module",
            Severity.ERROR,
        )
    folder = targets.folders.get(module, f"curriculum/modules/{module}")
    path = posixpath.normpath(address.target)
    if path.startswith("../") or path == ".." or path.startswith("/"):
        return (
            f"the file '{address.target}' is outside the module's folder {folder}/",
            f"copy the file into {folder}/ and name it from there",
            Severity.ERROR,
        )
    suffix = posixpath.splitext(path)[1].lower()
    if suffix == ".md" and not address.image:
        page = posixpath.basename(path)[:-3]
        pages = {
            page_id: targets.materials.get(module, {}).get(page_id)
            for page_id in (found.split("/", 1)[1] for found in targets.pages)
            if f"{module}/{page_id}" in targets.pages
        }
        if "/" in path or page not in pages:
            suggestion = did_you_mean(page, pages)
            if suggestion:
                hint = f"did you mean '{suggestion}.md'?"
            elif page in targets.modules:
                hint = f"to link to the module '{page}', write 'modul:{page}'"
            else:
                hint = (
                    "link to a page of this module by its file name, or to another module's "
                    "page as 'materi:<module>/<page>'"
                )
            return (
                f"there is no material page '{address.target}' in {folder}/",
                hint,
                Severity.ERROR,
            )
        material = pages[page]
        if material is not None and material.for_trainers and not for_trainers:
            return (
                f"the material page '{page}' is for trainers only, so participants would "
                "find no page there",
                "link to it only from trainer notes or from pages for trainers",
                Severity.ERROR,
            )
        return _anchor_problem(address, material) if material is not None else None
    files = targets.files.get(module, {})
    found = files.get(path)
    if found is not None and found.problem == LINKED:
        return None  # reported where the link is
    if found is None:
        suggestion = _near_file(path, files)
        return (
            f"the file '{address.target}' does not exist in {folder}/",
            f"did you mean '{suggestion}'?"
            if suggestion
            else f"put the file into {folder}/, or correct its name (letter case counts)",
            Severity.ERROR,
        )
    if not for_trainers and path in targets.trainer_files.get(module, ()):
        return (
            f"the file '{address.target}' is offered to trainers only (audience: trainer "
            "in downloads), so participants would find nothing there",
            "link to it only from trainer notes or from pages for trainers, or offer it "
            "to participants too",
            Severity.ERROR,
        )
    if address.image:
        return _figure_problem(address, found, suffix)
    if found.problem is not None:
        return (
            f"the file '{address.target}' cannot be published: {found.problem}",
            _unshown_hint(path),
            Severity.ERROR,
        )
    if suffix not in DOWNLOAD_TYPES:
        return (
            f"participants may not download '{address.target}': Silabus offers documents, "
            "slides, spreadsheets, images, audio, video and archives, never programs or pages",
            _download_hint(),
            Severity.ERROR,
        )
    return None


def _figure_problem(
    address: Address, found: CourseFile, suffix: str
) -> tuple[str, str, Severity] | None:
    if suffix in VIDEO_TYPES:
        return None  # a player, which loads the video only when the reader starts it
    if suffix not in IMAGE_TYPES:
        return (
            f"'{address.target}' is not a figure a page can show",
            "use a PNG, JPEG, WebP, GIF or SVG file, or an MP4 or WebM video; to offer the "
            "file for download instead, remove the '!' before the link",
            Severity.ERROR,
        )
    if found.problem is not None:
        return (
            f"the figure '{address.target}' cannot be shown: {found.problem}",
            _unshown_hint(address.target),
            Severity.ERROR,
        )
    if not address.alt.strip():
        return (
            f"the figure '{address.target}' has no text for readers who cannot see it",
            "describe it between the brackets: ![Siklus inovasi 5D](gambar/siklus.svg)",
            Severity.WARNING,
        )
    if found.size > FIGURE_BUDGET:
        return (
            f"the figure '{address.target}' is {_size(found.size)}, heavy for participants "
            f"on a phone (at most {_size(FIGURE_BUDGET)} is light)",
            "make it smaller: fewer pixels (about 1,600 wide is plenty), JPEG or WebP for "
            "photos, PNG or SVG for diagrams",
            Severity.WARNING,
        )
    return None


def check_downloads(
    module: Module, source: Document, targets: CourseTargets
) -> Iterator[Diagnostic]:
    """Each file of a module's `downloads` exists in its folder and may be taken."""
    folder = targets.folders.get(module.id, f"curriculum/modules/{module.id}")
    files = targets.files.get(module.id, {})
    for index, download in enumerate(module.downloads):
        location: Location = ("downloads", index, "file")
        suffix = posixpath.splitext(download.file)[1].lower()
        if suffix == ".md":
            yield source.diagnostic(
                location,
                f"'{download.file}' is a page in Markdown, which Silabus publishes as a page "
                "of the site, not as a file to download",
                "put material pages directly in the module's folder, where the module page "
                "lists them; to offer the text for download, offer it as a PDF",
            )
        elif download.file not in files:
            suggestion = _near_file(download.file, files)
            yield source.diagnostic(
                location,
                f"the file '{download.file}' does not exist in {folder}/",
                f"did you mean '{suggestion}'?"
                if suggestion
                else f"put the file into {folder}/ (the module's own folder, beside its "
                "file), or correct its name (letter case counts)",
            )
        elif suffix not in DOWNLOAD_TYPES:
            yield source.diagnostic(
                location,
                f"participants may not download '{download.file}': Silabus offers documents, "
                "slides, spreadsheets, images, audio, video and archives, never programs or "
                "pages",
                _download_hint(),
            )
        elif files[download.file].problem == LINKED:
            continue  # reported where the link is
        elif files[download.file].problem is not None:
            yield source.diagnostic(
                location,
                f"the file '{download.file}' cannot be published: {files[download.file].problem}",
                _unshown_hint(download.file),
            )


def _unshown_hint(path: str) -> str:
    """How to make a file Silabus cannot publish into one it can."""
    if path.lower().endswith(".svg"):
        return (
            "export the drawing as plain SVG (in Inkscape: Save As > Plain SVG or "
            "Optimized SVG) without scripts, links or pictures from elsewhere, or save it "
            "as PNG"
        )
    return "save it again as a plain PNG, JPEG, WebP or GIF file"


def _download_hint() -> str:
    kinds = ", ".join(sorted({suffix.lstrip(".") for suffix in DOWNLOAD_TYPES}))
    return f"offer the file in one of these types: {kinds}"


def check_material_pages(
    pages: Sequence[tuple[Material, Document]], targets: CourseTargets
) -> Iterator[Diagnostic]:
    """Each page on its own: its text can be rendered, keeps what its writer wrote,
    and links where it says; two pages of a module do not claim the same place."""
    places: dict[tuple[str, int], str] = {}
    for material, source in pages:
        if material.order is not None:
            other = places.setdefault((material.module, material.order), material.id)
            if other != material.id:
                yield source.diagnostic(
                    ("order",),
                    f"the page '{other}' of this module has order {material.order} too",
                    "give each page its own number; pages with the same number go by file name",
                    severity=Severity.WARNING,
                )
        problem = structure_problem(material.body, MAX_PAGE_LINES, MAX_PAGE_BRACKETS)
        if problem is not None:
            yield source.diagnostic(
                ("body",),
                f"the page has {problem}",
                "split it into several pages of the module",
            )
            continue
        first = next((line for line in markdown_lines(material.body) if line.strip()), "")
        if _TOP_TITLE.match(first):  # the loader took a first '# Title' as the title
            yield source.diagnostic(
                ("body",),
                f"the page's title is '{material.title}' from its front matter, and this "
                "heading too, so the page shows two titles and its other headings move a "
                "level down",
                "remove this line, or remove 'title' from the front matter so that this "
                "line gives the title",
                severity=Severity.WARNING,
                at=source.find(("body",), first.strip()),
            )
        offset = page_offset(material.body)
        for fence in unread_fences(material.body, offset):
            yield source.diagnostic(
                ("body",),
                "this code block is not read as one: its fence lines (```) would show as text",
                _FENCE_HINT,
                severity=Severity.WARNING,
                at=source.find(("body",), fence),
            )
        yield from habit_warnings(source, ("body",), material.body)
        anchors = same_page_anchors(material.body, offset)
        ids = heading_ids(material.body, offset) if anchors else []
        for anchor in dict.fromkeys(anchors):
            if anchor not in ids:
                yield source.diagnostic(
                    ("body",),
                    f"this page has no section '#{anchor}'",
                    _sections_hint(anchor, ids),
                    severity=Severity.WARNING,
                    at=source.find(("body",), f"#{anchor}"),
                )
        written_ids: dict[str, int] = {}
        for written, repeated in heading_id_problems(material.body, offset):
            written_ids[written] = written_ids.get(written, 0) + 1
            # A repeated id is wrong from its second heading on.
            at = source.find(("body",), f"{{#{written}", written_ids[written] + repeated)
            if repeated:
                yield source.diagnostic(
                    ("body",),
                    f"two headings of this page have the id '{written}', so a link to "
                    f"'#{written}' reaches only the first",
                    "give each heading an id of its own",
                    severity=Severity.WARNING,
                    at=at,
                )
            else:
                yield source.diagnostic(
                    ("body",),
                    f"the heading's id '{written}' is left out: an id starts with a letter and "
                    "holds only letters, digits, '-', '_' and '.'",
                    "write it like {#langkah-1}, or leave it out: the heading then gets an id "
                    "from its words",
                    severity=Severity.WARNING,
                    at=at,
                )
        for attributes in kramdown_attributes(material.body):
            yield source.diagnostic(
                ("body",),
                f"'{attributes}' is kramdown's syntax and shows as text on the page",
                "for a code block, write its language after the opening fence (```bash) "
                "and remove this line; for a note, use '!!! note'",
                severity=Severity.WARNING,
                at=source.find(("body",), attributes),
            )
        for removal in removals(material.body, offset):
            yield source.diagnostic(
                ("body",),
                f"{removal.what} is left out of the page",
                "material pages may use Markdown (headings, lists, tables, notes, code, "
                "figures) and links; see the trainer guide",
                severity=Severity.WARNING,
                at=source.find(("body",), removal.needle),
            )
        yield from check_links_to_course(
            material, source, targets, material.module, material.for_trainers
        )


def habit_warnings(source: Document, location: Location, text: str) -> Iterator[Diagnostic]:
    """Lines another Markdown or a word processor would show otherwise: the first of
    each kind in a text, and how many more there are."""
    found: dict[str, list[tuple[int, str, str]]] = {}
    for number, line, message, hint in markdown_habits(text):
        found.setdefault(message, []).append((number, line, hint))
    lines = markdown_lines(text) if found else []
    for message, places in found.items():
        number, line, hint = places[0]
        others = len(places) - 1
        more = f" ({others} more {'line' if others == 1 else 'lines'} like it)" if others else ""
        # The same words may be written above it, where they are fine.
        before = sum(above.lower().count(line.lower()) for above in lines[:number])
        yield source.diagnostic(
            location,
            message + more,
            hint,
            severity=Severity.WARNING,
            at=source.find(location, line, before + 1),
        )


_TOP_TITLE = re.compile(r"#[ \t]+\S")
_FENCE_HINT = (
    "outside a list, start the fence at the beginning of the line; in a list item, "
    "indent the fence lines and the code as far as the item's text (4 spaces)"
)


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{round(size / 1000)} kB"
