"""Read a module's folder: its material pages, figures and files to download.

A module `curriculum/modules/<id>.yml` may have a folder of its own beside it,
`curriculum/modules/<id>/`. Its Markdown files (directly in the folder) are the
module's material pages, each with a front matter of `key: value` lines between
two `---` lines; every other file is a figure or a file participants may take,
published only where a page or the module names it. The folder is read once;
what is in it is judged by the check stage.
"""

from __future__ import annotations

import os
import re
import stat
import xml.etree.ElementTree as ElementTree
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from silabus.catalogue import Text, say
from silabus.compose import yaml_lines
from silabus.diagnostics import Diagnostic, Severity
from silabus.document import Document, Position
from silabus.files import NotAFile, open_regular, read_regular
from silabus.load import MAX_FILE_BYTES, compose_text, decoded_text, digest, project_path
from silabus.model import IMAGE_TYPES, LINKED, CourseFile, is_id

PAGE_SUFFIX = ".md"
# Keys the file itself gives a page: its name, its folder, and the text after the
# front matter.
_GIVEN = {
    "id": say("materials.given.id"),
    "module": say("materials.given.module"),
    "body": say("materials.given.body"),
}
_FENCE = re.compile(r"---[ \t]*")
_END = re.compile(r"(---|\.\.\.)[ \t]*")
_TITLE = re.compile(r"#[ \t]+(.+?)[ \t#]*$")


@dataclass
class ModuleFolder:
    """What a module's folder holds: its material pages that could be read, the ids
    of all its pages (read or not), every other file by its path in the folder, and
    the problems of reading them."""

    pages: list[Document] = field(default_factory=list)
    page_ids: list[str] = field(default_factory=list)
    files: dict[str, CourseFile] = field(default_factory=dict)
    problems: list[Diagnostic] = field(default_factory=list)


def read_module_folder(
    module_id: str, folder: Path, project_root: Path, curriculum: Path
) -> ModuleFolder:
    """The material pages and files of a module's folder."""
    read = ModuleFolder()
    pages, files, problems = read.pages, read.files, read.problems
    for path, relative in _files_below(folder, curriculum):
        shown = project_path(path, project_root)
        try:
            info = os.lstat(path)
        except OSError:
            continue  # gone meanwhile
        if stat.S_ISLNK(info.st_mode) or getattr(path, "is_junction", lambda: False)():
            problems.append(Diagnostic(shown, 1, 1, Severity.ERROR, say("M029")))
            # Known, so that what links to it is not also told it does not exist.
            files[relative] = CourseFile(shown, 0, problem=LINKED)
            continue
        if not stat.S_ISREG(info.st_mode):
            continue  # a pipe or a device: the link check reports it
        if path.suffix.lower() == PAGE_SUFFIX and "/" not in relative:
            read.page_ids.append(path.stem)
            document, found = _load_page(path, shown, module_id)
            problems += found
            if document is not None:
                pages.append(document)
            continue
        if path.suffix.lower() == PAGE_SUFFIX:
            problems.append(
                Diagnostic(
                    shown,
                    1,
                    1,
                    Severity.WARNING,
                    say("M030", folder=project_path(folder, project_root)),
                )
            )
        files[relative] = _course_file(path, shown, info.st_size)
    return read


def _files_below(folder: Path, curriculum: Path) -> Iterator[tuple[Path, str]]:
    """Every entry below `folder` that is not a folder (links to folders included,
    never followed), with its path in it, in name order, none hidden; the folder
    itself when it is a link. A folder that leads out of curriculum/ is the link
    check's to report."""
    if os.path.islink(folder):
        yield folder, ""
        return
    if not Path(os.path.realpath(folder)).is_relative_to(os.path.realpath(curriculum)):
        return
    found: list[tuple[str, Path]] = []
    for current, folders, names in os.walk(folder, followlinks=False):
        base = Path(current)
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in folders:
            if os.path.islink(base / name):
                found.append(((base / name).relative_to(folder).as_posix(), base / name))
        for name in names:
            if not name.startswith("."):
                found.append(((base / name).relative_to(folder).as_posix(), base / name))
    for relative, path in sorted(found):
        yield path, relative


# Pages read before in this process, by name and content (see load.py).
_READ: OrderedDict[tuple[str, str, bytes], tuple[Document | None, list[Diagnostic]]] = OrderedDict()
_READ_LIMIT = 5_000


def _load_page(file: Path, shown: str, module_id: str) -> tuple[Document | None, list[Diagnostic]]:
    if not is_id(file.stem):
        suggestion = re.sub(r"[^a-z0-9]+", "-", file.stem.lower()).strip("-") or "halaman"
        return None, [
            Diagnostic(
                shown,
                1,
                1,
                Severity.ERROR,
                say("M031", name=file.name, suggestion=f"{suggestion}{PAGE_SUFFIX}"),
            )
        ]
    if file.stem == "index":
        return None, [Diagnostic(shown, 1, 1, Severity.ERROR, say("M032"))]
    try:
        raw = read_regular(file, MAX_FILE_BYTES + 1)
    except OSError as error:
        hint = say("materials.hint.plain-file") if isinstance(error, NotAFile) else None
        message = say("M033", reason=error.strerror or error)
        return None, [Diagnostic(shown, 1, 1, Severity.ERROR, message, hint)]
    key = (shown, module_id, digest(raw))
    if key in _READ:
        _READ.move_to_end(key)
    else:
        _READ[key] = _page_document(shown, raw, key[2], module_id, file.stem)
        if len(_READ) > _READ_LIMIT:
            _READ.popitem(last=False)
    document, problems = _READ[key]
    return document, list(problems)


def _page_document(
    shown: str, raw: bytes, raw_digest: bytes, module_id: str, page_id: str
) -> tuple[Document | None, list[Diagnostic]]:
    """A material page as a document: its front matter's values, where they are
    written, and `body`, the Markdown after the front matter."""
    text, problems = decoded_text(shown, raw)
    if text is None:
        return None, problems
    lines = yaml_lines(text)
    data: dict[str, object] = {}
    document = Document(shown, data, lines=lines, digest=raw_digest)
    body_start = 0  # the line (counted from 0) where the text after the front matter starts
    if lines and _FENCE.fullmatch(lines[0]):
        end = next((n for n in range(1, len(lines)) if _END.fullmatch(lines[n])), None)
        if end is None:
            return None, [Diagnostic(shown, 1, 1, Severity.ERROR, say("M034"))]
        # A blank first line stands for the opening '---': positions match the file.
        front, problems = compose_text(shown, "\n" + "\n".join(lines[1:end]), raw_digest)
        if front is None:
            return None, problems
        if front.data is not None and not isinstance(front.data, dict):
            return None, [front.diagnostic((), say("M035"))]
        for key in _GIVEN.keys() & set(front.data or {}):
            problems.append(
                front.diagnostic((key,), say("M036", key=key, given=_GIVEN[key]), at_key=True)
            )
        if problems:
            return None, problems
        data.update(front.data or {})
        document.positions.update(front.positions)
        document.key_positions.update(front.key_positions)
        body_start = end + 1
    body_lines = lines[body_start:]
    if "title" not in data:
        # Without a title in the front matter, the first heading gives it, as in MkDocs.
        first = next((n for n, line in enumerate(body_lines) if line.strip()), None)
        heading = _TITLE.match(body_lines[first]) if first is not None else None
        if heading is not None and first is not None:
            data["title"] = heading.group(1)
            document.positions[("title",)] = Position(body_start + first + 1, 3)
            body_start += first + 1
            body_lines = body_lines[first + 1 :]
    if not data:  # neither a front matter nor a '# Title' line (a misspelt key is named)
        return None, [Diagnostic(shown, 1, 1, Severity.ERROR, say("M037"))]
    data.update(id=page_id, module=module_id, body="\n".join(body_lines).strip("\n"))
    document.positions[()] = Position(1, 1)
    document.positions[("body",)] = Position(min(body_start + 1, len(lines)), 1)
    return document, problems


def _course_file(path: Path, shown: str, size: int) -> CourseFile:
    """A file of a module's folder, with an image's size in pixels, or why the image
    cannot be shown."""
    suffix = path.suffix.lower()
    if suffix not in IMAGE_TYPES:
        return CourseFile(shown, size)
    try:
        if suffix == ".svg":
            width, height = _svg_size(read_regular(path, MAX_SVG_BYTES + 1))
        else:
            with open_regular(path) as stream:
                width, height = _raster_size(stream)
    except _NotShown as refused:
        return CourseFile(shown, size, problem=refused.reason)
    except OSError as error:
        unreadable = say("materials.unshown.unreadable", reason=error.strerror or error)
        return CourseFile(shown, size, problem=unreadable)
    return CourseFile(shown, size, width, height)


MAX_SVG_BYTES = 2_000_000


class _NotShown(Exception):
    """Why an image cannot be put into a page."""

    def __init__(self, reason: Text) -> None:
        super().__init__(reason)
        self.reason = reason


def _raster_size(stream: BinaryIO) -> tuple[int, int]:
    """Width and height from a PNG, JPEG, WebP or GIF file's header (Pillow reads no
    more than that)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(stream) as image:
            width, height = image.size
            kind = image.format
    except (UnidentifiedImageError, Image.DecompressionBombError, ValueError, SyntaxError):
        raise _NotShown(say("materials.unshown.not-image")) from None
    if kind not in {"PNG", "JPEG", "WEBP", "GIF"}:
        raise _NotShown(say("materials.unshown.image-kind", kind=kind))
    return width, height


_SVG_NAMESPACE = "http://www.w3.org/2000/svg"
_XLINK_NAMESPACE = "http://www.w3.org/1999/xlink"
# What a drawing may hold: SVG's shapes, text, paint servers, filters and
# animations, and the notes drawing programs keep about it (Inkscape, Sodipodi,
# RDF metadata), which browsers do not show. Anything else — a script, a foreign
# object, an element of HTML or MathML — is refused, not removed: the file is
# published as it is.
_SVG_ELEMENTS = frozenset({
    "a", "animate", "animateMotion", "animateTransform", "circle", "clipPath", "defs", "desc",
    "ellipse", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite",
    "feConvolveMatrix", "feDiffuseLighting", "feDisplacementMap", "feDistantLight",
    "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur",
    "feImage", "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight",
    "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence", "filter", "g", "image",
    "line", "linearGradient", "marker", "mask", "metadata", "mpath", "path", "pattern",
    "polygon", "polyline", "radialGradient", "rect", "set", "stop", "style", "svg", "switch",
    "symbol", "text", "textPath", "title", "tspan", "use", "view",
})  # fmt: skip
_NOTE_NAMESPACES = frozenset(
    {
        "http://www.inkscape.org/namespaces/inkscape",
        "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "http://creativecommons.org/ns#",
        "http://web.resource.org/cc/",
        "http://purl.org/dc/elements/1.1/",
        "http://purl.org/dc/terms/",
    }
)
_ATTRIBUTE_NAMESPACES = _NOTE_NAMESPACES | {
    "",
    _XLINK_NAMESPACE,
    "http://www.w3.org/XML/1998/namespace",
}
# An embedded picture, the one address outside the drawing that fetches nothing.
_EMBEDDED_IMAGE = re.compile(r"data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*")
_OUTSIDE = re.compile(r"url\(\s*['\"]?\s*(?!#)|javascript:|\\", re.IGNORECASE)
_OUTSIDE_STYLE = re.compile(
    r"@import|@namespace|url\(\s*['\"]?\s*(?!#)|image(-set)?\(|expression|javascript:|"
    r"binding|\\",
    re.IGNORECASE,
)
_DECLARATION = re.compile(r"\A\ufeff?\s*<\?xml\s[^<>?]*\?>")
_ENCODING = re.compile(r"\sencoding\s*=\s*['\"]([^'\"]*)['\"]")
_LENGTH = re.compile(r"\s*([0-9]+(?:\.[0-9]+)?)\s*(px)?\s*")


def _svg_size(raw: bytes) -> tuple[int | None, int | None]:
    """An SVG drawing's size, refused unless it holds only what draws: no script,
    no event handler, nothing fetched from outside it, no declarations."""
    if len(raw) > MAX_SVG_BYTES:
        raise _NotShown(say("materials.unshown.too-large", size=MAX_SVG_BYTES // 1_000_000))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _NotShown(say("materials.unshown.not-utf8")) from None
    declaration = _DECLARATION.match(text)
    encoding = _ENCODING.search(declaration.group()) if declaration else None
    if encoding and encoding.group(1).lower() not in {"utf-8", "utf8"}:
        raise _NotShown(say("materials.unshown.encoding", encoding=encoding.group(1)))
    rest = text[declaration.end() :] if declaration else text
    if "<?" in rest:
        raise _NotShown(say("materials.unshown.instruction"))
    if "<!DOCTYPE" in rest.upper() or "<!ENTITY" in rest.upper():
        raise _NotShown(say("materials.unshown.doctype"))
    try:
        root = ElementTree.fromstring(raw)
    except ElementTree.ParseError as error:
        raise _NotShown(say("materials.unshown.malformed", error=str(error))) from None
    if root.tag != f"{{{_SVG_NAMESPACE}}}svg":
        raise _NotShown(say("materials.unshown.not-svg"))
    for element in root.iter():
        _judge_svg_element(element)
    return _svg_dimensions(root)


def _judge_svg_element(element: ElementTree.Element) -> None:
    namespace, _, name = str(element.tag).lstrip("{").rpartition("}")
    if namespace == _SVG_NAMESPACE:
        if name not in _SVG_ELEMENTS:
            raise _NotShown(say("materials.unshown.element", name=name))
    elif namespace not in _NOTE_NAMESPACES:
        raise _NotShown(
            say(
                "materials.unshown.foreign-element",
                name=name,
                namespace=namespace or say("materials.unshown.no-namespace"),
            )
        )
    for attribute, value in element.attrib.items():
        space, _, local = attribute.lstrip("{").rpartition("}")
        if local.lower().startswith("on"):
            raise _NotShown(say("materials.unshown.event", name=local))
        if local == "href" and space in {"", _XLINK_NAMESPACE}:
            inside = value.strip().startswith("#") or (
                name in {"image", "feImage"} and _EMBEDDED_IMAGE.fullmatch(value.strip())
            )
            if not inside:
                raise _NotShown(say("materials.unshown.outside", value=value[:60]))
            continue
        if space not in _ATTRIBUTE_NAMESPACES:
            raise _NotShown(say("materials.unshown.foreign-attribute", name=local, namespace=space))
        if local == "attributeName" and (
            value.strip().rpartition(":")[2] == "href" or value.strip().lower().startswith("on")
        ):
            raise _NotShown(say("materials.unshown.animates", value=value.strip()))
        if _OUTSIDE.search(value) or (local == "style" and _OUTSIDE_STYLE.search(value)):
            raise _NotShown(say("materials.unshown.outside", value=value[:60]))
    if name == "style":
        if len(element):
            raise _NotShown(say("materials.unshown.style-elements"))
        if _OUTSIDE_STYLE.search(element.text or ""):
            raise _NotShown(say("materials.unshown.style-outside"))


def _svg_dimensions(root: ElementTree.Element) -> tuple[int | None, int | None]:
    width = _LENGTH.fullmatch(root.get("width", ""))
    height = _LENGTH.fullmatch(root.get("height", ""))
    if width and height:
        return round(float(width.group(1))), round(float(height.group(1)))
    box = root.get("viewBox", "").replace(",", " ").split()
    try:
        box_width, box_height = float(box[2]), float(box[3])
    except (IndexError, ValueError):
        return None, None
    if box_width <= 0 or box_height <= 0:
        return None, None
    return round(box_width), round(box_height)


def clear_cache() -> None:
    """Forget every page read before in this process."""
    _READ.clear()
