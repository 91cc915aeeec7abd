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

from silabus.addresses import page_addressed
from silabus.catalogue import Text, say
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
    ID_SCHEMES,
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
    "module": ("modul", say("materials.kind.module")),
    "material": ("materi", say("materials.kind.material")),
    "term": ("istilah", say("materials.kind.term")),
    "worksheet": ("lembar-kerja", say("materials.kind.worksheet")),
    "cohort": ("angkatan", say("materials.kind.cohort")),
    "reference": ("referensi", say("materials.kind.reference")),
}

# A problem of a link or an image: its message, a hint for the case (the problem's
# own if None), and how grave it is.
_Found = tuple[Text, Text | None, Severity]


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
                location, say("M001", field=field_label(location), problem=structure)
            )
            continue
        texts.append((location, text, inline_addresses(text)))
        for removal in inline_removals(text):
            yield source.diagnostic(
                location,
                say("M002", what=removal.what, field=field_label(location)),
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
                say("M003", field=field_label(location), marks=marks.group()),
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
) -> _Found | None:
    if address.kind == "file":
        found = _file_problem(address, targets, module, for_trainers)
        if found is None or found[1] is not None or address.image:
            return found  # no problem, or a file of the folder it most likely means
        by_id = _link_by_id(address.target)
        if by_id is None:
            return found
        message, _, severity = found
        return message, say("materials.hint.page-by-id", link=by_id), severity
    scheme, name = KIND_NAMES[address.kind]
    # A suggestion in the scheme the writer chose (`module:` or `modul:`).
    written = address.written.strip().partition(":")[0]
    scheme = written if ID_SCHEMES.get(written.lower()) == address.kind else scheme
    if address.image:
        return say("M004", name=name, target=address.target), None, Severity.ERROR
    if address.kind in targets.unknown:
        return None
    known = targets.ids(address.kind)
    if address.target not in known:
        suggestion = _near(address.target, known)
        if address.kind == "material" and "/" not in address.target:
            hint = say("materials.hint.page-address")
        elif suggestion:
            hint = _did_you_mean(f"{_scheme_written(address, scheme)}:{suggestion}")
        elif address.kind == "material":
            hint = _pages_hint(address.target.split("/", 1)[0], targets)
        else:
            hint = say("materials.hint.existing-id", name=name, where=_WHERE_IDS[address.kind])
        return say("M005", name=name, target=address.target), hint, Severity.ERROR
    if address.kind != "material":
        return None
    module_id, page = address.target.split("/", 1)
    material = targets.materials.get(module_id, {}).get(page)
    if material is None:
        return None  # a page with problems of its own
    if material.for_trainers and not for_trainers:
        return say("M006", page=address.target), None, Severity.ERROR
    return _anchor_problem(address, material)


def _scheme_written(address: Address, usual: str) -> str:
    """The scheme of a link by id as its writer wrote it (`worksheet:` or
    `lembar-kerja:`), so that a suggestion reads in the writer's words."""
    written = address.written.split(":", 1)[0].strip().lower()
    return written if ID_SCHEMES.get(written) == address.kind else usual


def _link_by_id(target: str) -> str | None:
    """The link by id that the address of a generated page written in a text means
    (`../../modul/x/` means `modul:x`, `modules/x.md` means `module:x`), in the
    language of the address."""
    found = page_addressed(target)
    if found is None:
        return None
    kind, id_, language = found
    scheme = KIND_NAMES[kind][0] if language == "id" else kind
    return f"{scheme}:{id_ or '<id>'}"


_WHERE_IDS: dict[str, Text | str] = {
    "module": say("materials.where.file-names", folder="curriculum/modules/"),
    "term": "curriculum/glossary.yml",
    "worksheet": say("materials.where.file-names", folder="curriculum/worksheets/"),
    "cohort": say("materials.where.file-names", folder="curriculum/cohorts/"),
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


def _anchor_problem(address: Address, material: Material) -> _Found | None:
    """A link to a section of a material page that the page does not have."""
    if not address.fragment:
        return None
    ids = heading_ids(material.body, page_offset(material.body))
    if address.fragment in ids:
        return None
    return (
        say("M007", page=f"{material.module}/{material.id}", fragment=address.fragment),
        _sections_hint(address.fragment, ids),
        Severity.WARNING,
    )


def _did_you_mean(written: str) -> Text:
    return say("did-you-mean", suggestion=written)


def _sections_hint(fragment: str, ids: Sequence[str]) -> Text:
    suggestion = did_you_mean(fragment, ids)
    if suggestion:
        return _did_you_mean(f"#{suggestion}")
    headings = list(dict.fromkeys(ids))
    if not headings:
        return say("materials.hint.no-headings")
    return say("materials.hint.headings", headings=", ".join(f"#{found}" for found in headings[:8]))


def _pages_hint(module_id: str, targets: CourseTargets) -> Text:
    pages = sorted(
        page.split("/", 1)[1] for page in targets.pages if page.startswith(f"{module_id}/")
    )
    if module_id not in targets.modules:
        return say("materials.hint.pages.no-module")
    if not pages:
        return say("materials.hint.pages.none", module=module_id)
    return say("materials.hint.pages.list", module=module_id, pages=", ".join(pages))


def _file_problem(
    address: Address, targets: CourseTargets, module: str | None, for_trainers: bool
) -> _Found | None:
    if module is None:
        what = say("materials.word.image" if address.image else "materials.word.link")
        return say("M008", what=what, target=address.target), None, Severity.ERROR
    folder = targets.folders.get(module, f"curriculum/modules/{module}")
    path = posixpath.normpath(address.target)
    if path.startswith("../") or path == ".." or path.startswith("/"):
        return say("M009", target=address.target, folder=folder), None, Severity.ERROR
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
            hint: Text | None = None
            if suggestion:
                hint = _did_you_mean(f"{suggestion}.md")
            elif page in targets.modules:
                hint = say("materials.hint.module-link", module=page)
            return say("M010", target=address.target, folder=folder), hint, Severity.ERROR
        material = pages[page]
        if material is not None and material.for_trainers and not for_trainers:
            return say("M006", page=page), None, Severity.ERROR
        return _anchor_problem(address, material) if material is not None else None
    files = targets.files.get(module, {})
    found = files.get(path)
    if found is not None and found.problem == LINKED:
        return None  # reported where the link is
    if found is None:
        suggestion = _near_file(path, files)
        return (
            say("M011", target=address.target, folder=folder),
            _did_you_mean(suggestion) if suggestion else None,
            Severity.ERROR,
        )
    if not for_trainers and path in targets.trainer_files.get(module, ()):
        return say("M012", target=address.target), None, Severity.ERROR
    if address.image:
        return _figure_problem(address, found, suffix)
    if found.problem is not None:
        return (
            say("M013", target=address.target, problem=found.problem),
            _unshown_hint(path),
            Severity.ERROR,
        )
    if suffix not in DOWNLOAD_TYPES:
        return _not_downloaded(address.target), None, Severity.ERROR
    return None


def _figure_problem(address: Address, found: CourseFile, suffix: str) -> _Found | None:
    if suffix in VIDEO_TYPES:
        return None  # a player, which loads the video only when the reader starts it
    if suffix not in IMAGE_TYPES:
        return say("M015", target=address.target), None, Severity.ERROR
    if found.problem is not None:
        return (
            say("M016", target=address.target, problem=found.problem),
            _unshown_hint(address.target),
            Severity.ERROR,
        )
    if not address.alt.strip():
        return say("M017", target=address.target), None, Severity.WARNING
    if found.size > FIGURE_BUDGET:
        size, budget = _size(found.size), _size(FIGURE_BUDGET)
        return say("M018", target=address.target, size=size, budget=budget), None, Severity.WARNING
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
            yield source.diagnostic(location, say("M019", file=download.file))
        elif download.file not in files:
            suggestion = _near_file(download.file, files)
            yield source.diagnostic(
                location,
                say("M011", target=download.file, folder=folder),
                _did_you_mean(suggestion)
                if suggestion
                else say("materials.hint.download-folder", folder=folder),
            )
        elif suffix not in DOWNLOAD_TYPES:
            yield source.diagnostic(location, _not_downloaded(download.file))
        elif files[download.file].problem == LINKED:
            continue  # reported where the link is
        elif (problem := files[download.file].problem) is not None:
            yield source.diagnostic(
                location,
                say("M013", target=download.file, problem=problem),
                _unshown_hint(download.file),
            )


def _unshown_hint(path: str) -> Text:
    """How to make a file Silabus cannot publish into one it can."""
    if path.lower().endswith(".svg"):
        return say("materials.hint.plain-svg")
    return say("materials.hint.plain-image")


def _not_downloaded(target: str) -> Text:
    """A file of a type participants may not download, and the types they may."""
    kinds = ", ".join(sorted({suffix.lstrip(".") for suffix in DOWNLOAD_TYPES}))
    return say("M014", target=target, kinds=kinds)


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
                    say("M020", other=other, order=material.order),
                    severity=Severity.WARNING,
                )
        problem = structure_problem(material.body, MAX_PAGE_LINES, MAX_PAGE_BRACKETS)
        if problem is not None:
            yield source.diagnostic(("body",), say("M021", problem=problem))
            continue
        first = next((line for line in markdown_lines(material.body) if line.strip()), "")
        if _TOP_TITLE.match(first):  # the loader took a first '# Title' as the title
            yield source.diagnostic(
                ("body",),
                say("M022", title=material.title),
                severity=Severity.WARNING,
                at=source.find(("body",), first.strip()),
            )
        offset = page_offset(material.body)
        for fence in unread_fences(material.body, offset):
            yield source.diagnostic(
                ("body",),
                say("M023"),
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
                    say("M024", anchor=anchor),
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
                    say("M025", id=written),
                    severity=Severity.WARNING,
                    at=at,
                )
            else:
                yield source.diagnostic(
                    ("body",),
                    say("M026", id=written),
                    severity=Severity.WARNING,
                    at=at,
                )
        for attributes in kramdown_attributes(material.body):
            yield source.diagnostic(
                ("body",),
                say("M027", attributes=attributes),
                severity=Severity.WARNING,
                at=source.find(("body",), attributes),
            )
        for removal in removals(material.body, offset):
            yield source.diagnostic(
                ("body",),
                say("M028", what=removal.what),
                severity=Severity.WARNING,
                at=source.find(("body",), removal.needle),
            )
        yield from check_links_to_course(
            material, source, targets, material.module, material.for_trainers
        )


def habit_warnings(source: Document, location: Location, text: str) -> Iterator[Diagnostic]:
    """Lines another Markdown or a word processor would show otherwise: the first of
    each kind in a text, and how many more there are."""
    found: dict[Text, list[tuple[int, str]]] = {}
    for number, line, message in markdown_habits(text):
        found.setdefault(message, []).append((number, line))
    lines = markdown_lines(text) if found else []
    for message, places in found.items():
        number, line = places[0]
        others = len(places) - 1
        if others:  # said in the habit's `more`, which markdown_habits leaves empty
            more = say("materials.more-lines", count=others)
            message = say(message.key, **{**dict(message.args), "more": more})
        # The same words may be written above it, where they are fine.
        before = sum(above.lower().count(line.lower()) for above in lines[:number])
        yield source.diagnostic(
            location,
            message,
            severity=Severity.WARNING,
            at=source.find(location, line, before + 1),
        )


_TOP_TITLE = re.compile(r"#[ \t]+\S")


def _size(size: int) -> Text | str:
    """A file's size in kB, or in MB with the decimal mark of the reader's language."""
    if size < 1_000_000:
        return f"{round(size / 1000)} kB"
    whole, tenth = f"{size / 1_000_000:.1f}".split(".")
    return say("materials.size.mb", whole=whole, tenth=tenth)
