"""Markdown fields of the curriculum, rendered to HTML that is safe to publish.

A curriculum takes contributions from many hands and is read by the public, so
the Markdown fields (the descriptions) and material pages are rendered here, by
one fixed set of extensions, and cleaned with nh3 (the ammonia sanitizer)
against an allow-list: simple formatting, lists, tables, notes, code, images
that are files of the course, links to http, https and mailto addresses, to a
place in the same page, and to other parts of the course by id
(`modul:berpikir-kreatif`) or by file (`gambar/siklus.svg`). Raw HTML beyond
that, scripts, event handlers, images from other servers and `javascript:` or
`data:` links never reach a page. The check stage reports what the cleaning
removes, read from the same rendering with Python's HTML parser, so that
removals are named, not silent.

Links to the course are found while rendering (`addresses`) and written as
`silabus-<token>:<kind>:<target>`, an address no page is published with and no
writer can type (the token is new in each run, so HTML written in a text cannot
claim to be such a link and pass unchecked); the render stage turns each into
the address of the page or file it names (`resolve_addresses`), or leaves it out
when there is none.
"""

from __future__ import annotations

import html
import posixpath
import re
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from html.parser import HTMLParser
from typing import Any
from urllib.parse import unquote, urlsplit

import markdown
import nh3
from markdown.extensions import Extension
from markdown.extensions.attr_list import get_attrs_and_remainder
from markdown.extensions.fenced_code import FencedBlockPreprocessor
from markdown.treeprocessors import Treeprocessor

from silabus.catalogue import Text, say

# Fenced code inside list items and notes too (superfences), as in the site's own
# Markdown; code is left for the theme to style, without Pygments' markup.
EXTENSIONS = (
    "tables",
    "pymdownx.superfences",
    "sane_lists",
    "admonition",
    "pymdownx.highlight",
    # Notes that open on demand (`??? note "Jawaban"`), and `{#id}` after a heading.
    "pymdownx.details",
    "attr_list",
)
EXTENSION_CONFIGS = {"pymdownx.highlight": {"use_pygments": False}}
ALLOWED_TAGS = frozenset(
    {
        "p", "br", "hr", "strong", "em", "b", "i", "u", "s", "del", "ins", "mark",
        "sub", "sup", "small", "code", "pre", "kbd", "abbr", "q", "cite", "blockquote",
        "ul", "ol", "li", "dl", "dt", "dd", "a", "table", "thead", "tbody", "tfoot",
        "tr", "th", "td", "caption", "h2", "h3", "h4", "h5", "h6", "div", "span", "img",
        "details", "summary",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "title", "width"},
    "details": {"open"},
    "ol": {"start"},
    "th": {"style", "colspan", "rowspan"},
    "td": {"style", "colspan", "rowspan"},
}
# The address scheme of links to the course while a text is rendered.
INTERNAL_SCHEME = f"silabus-{secrets.token_hex(8)}"
# Links by id: the scheme written (Indonesian or English) and the kind of target.
ID_SCHEMES = {
    "modul": "module", "module": "module",
    "materi": "material", "material": "material",
    "istilah": "term", "term": "term",
    "lembar-kerja": "worksheet", "worksheet": "worksheet",
    "angkatan": "cohort", "cohort": "cohort",
    "referensi": "reference", "reference": "reference",
}  # fmt: skip
ADMONITION_KINDS = frozenset(
    {"note", "abstract", "info", "tip", "success", "question", "warning", "failure",
     "danger", "bug", "example", "quote"}
)  # fmt: skip
ALLOWED_CLASSES = {
    "div": {"admonition", *ADMONITION_KINDS},
    "p": {"admonition-title"},
    "details": set(ADMONITION_KINDS),
}
CODE_LANGUAGE = re.compile(r"language-[\w+#-]{1,30}")
URL_SCHEMES = frozenset({"http", "https", "mailto"})
# Python-Markdown slows down sharply on long runs of '[' or '<' and recurses once per
# level of nested lists and quotes; real descriptions stay far below these.
MAX_BRACKETS = 300
MAX_NESTING = 12
MAX_LINES = 400
# A material page is a chapter, not a field: more lines and links, in reasonable time
# still (an unclosed '[' makes Python-Markdown read to the end of its paragraph).
MAX_PAGE_LINES = 5_000
MAX_PAGE_BRACKETS = 2_000
# Characters read again for the '[' and '<' of a text, weighed (see `_bracket_work`):
# about two seconds of rendering.
MAX_BRACKET_WORK = 10_000_000
# Removed with everything inside them, not only their tags.
DROPPED_WITH_CONTENT = frozenset(
    {"script", "style", "template", "iframe", "object", "noscript", "svg", "math", "textarea",
     "title", "xmp", "noembed", "noframes", "plaintext", "select", "option"}
)  # fmt: skip
WRAPPER_CLASS = "silabus-text"
# Direction overrides reorder what is shown: dropped, as from plain text.
_DIRECTION_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class Address:
    """A link or an image of a text that leads to another part of the course: a page
    by id (`kind` module, material, term, worksheet, cohort or reference, `target`
    its id, `module/page` for a material page), or a file (`kind` file, `target` its
    path relative to the folder of the text)."""

    kind: str
    target: str
    fragment: str = ""
    image: bool = False
    written: str = ""  # as the writer wrote it, to find it in the source
    alt: str = ""  # an image's text

    @property
    def internal(self) -> str:
        return f"{INTERNAL_SCHEME}:{self.kind}:{self.target}" + (
            f"#{self.fragment}" if self.fragment else ""
        )


@dataclass(frozen=True)
class Resolved:
    """Where an address leads in the site: a link placeholder (see render/) or an
    address, and an image's size in pixels."""

    url: str
    width: int | None = None
    height: int | None = None
    # Smaller copies for small screens: `srcset` and `sizes` of an image.
    srcset: str | None = None
    sizes: str | None = None
    video: bool = False  # an "image" that is a video file: a player, loaded on demand


Resolver = Callable[[Address], "Resolved | None"]


def to_html(
    text: str,
    heading_offset: int = 2,
    note_titles: Mapping[str, str] | None = None,
    resolve: Resolver | None = None,
) -> str:
    """A Markdown field as a block of clean HTML, its headings moved below the page's
    own section headings (`heading_offset` levels down), notes written without a
    title (`!!! tip`) titled in the site's language from `note_titles`, and links to
    the course made addresses by `resolve` (left out without it)."""
    rendered = _render(_prepared(text, heading_offset)).html
    cleaned = _titled(_clean(rendered, resolve), note_titles)
    return _wrapped(cleaned)


def _wrapped(cleaned: str) -> str:
    return f'<div class="{WRAPPER_CLASS}">\n{cleaned}\n</div>'


def to_parts(
    text: str,
    heading_offset: int,
    note_titles: Mapping[str, str] | None = None,
    resolve: Resolver | None = None,
) -> list[tuple[int, str]]:
    """A whole page of Markdown (a material page) as clean HTML cut at its headings,
    so that the site's engine lists them in the page's table of contents: pairs of
    a heading level and its text as inline Markdown, or 0 and a block of HTML."""
    rendered = _render(_prepared(text, heading_offset)).html
    parts: list[tuple[int, str]] = []
    position = 0
    for heading in _PART_HEADING.finditer(rendered):
        block = _titled(_clean(rendered[position : heading.start()], resolve), note_titles)
        if block:
            parts.append((0, _wrapped(block)))
        title = _markdown_inline(_clean(heading.group(3), resolve, inline=True))
        own = _own_id(heading)
        if own:  # an id of its own, `## Heading {#id}`: kept for links to it
            title = f"{title or '&#8203;'} {{#{own}}}"
        parts.append((int(heading.group(1)), title or "&#8203;"))
        position = heading.end()
    block = _titled(_clean(rendered[position:], resolve), note_titles)
    if block:
        parts.append((0, _wrapped(block)))
    return parts


def markdown_habits(text: str) -> list[tuple[int, str, Text]]:
    """Lines written as a word processor or another Markdown would take them, which
    Python-Markdown reads otherwise: each line's index and the line as written, and
    the problem (what happens, and how to write it), its `more` left empty for the
    count of other lines like it."""
    lines = markdown_lines(text)
    code, unclosed = _fenced_code(lines)
    if unclosed is not None:
        code |= set(range(len(lines)))  # after a fence never closed: all code
    found: list[tuple[int, str, Text]] = []
    for number, line in enumerate(lines):
        if number in code:
            continue
        previous = lines[number - 1] if number else ""
        if _WORD_BULLET.match(line):
            found.append((number, line.strip(), say("M038", bullet=line.strip()[0], more="")))
        elif (
            _LIST_ITEM.match(line)
            and previous.strip()
            and number - 1 not in code
            and not _LIST_ITEM.match(previous)
            and not previous.startswith((" ", "\t", "#", "|", ">"))
            and not _NOTE_START.match(previous)
        ):
            found.append((number, line.strip(), say("M039", more="")))
        elif (sub := _SHALLOW_ITEM.match(line)) and _list_above(lines, number, code):
            found.append((number, line.strip(), say("M040", spaces=len(sub.group(1)), more="")))
        elif 0 < _indent(line) < 4 and not previous.strip() and _ends_list(lines, number, code):
            what = say(
                "materials.habit.code-block"
                if _FENCE.match(line.lstrip())
                else "materials.habit.text"
            )
            found.append(
                (number, line.strip(), say("M041", what=what, spaces=_indent(line), more=""))
            )
        elif _NOTE_START.match(line) and _note_left_empty(lines, number):
            found.append((number, line.strip(), say("M042", more="")))
    return found


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip(" "))


def _note_left_empty(lines: list[str], number: int) -> bool:
    """Whether the note opened at line `number` gets none of the lines after it."""
    for after in range(number + 1, len(lines)):
        if not lines[after].strip():
            continue
        return _indent(lines[after]) < _indent(lines[number]) + 4
    return True


_WORD_BULLET = re.compile(r"[ \t]*[•◦▪●·‣][ \t]*\S")
_LIST_ITEM = re.compile(r"(?:[-+*]|\d{1,9}[.)])[ \t]+\S")
_SHALLOW_ITEM = re.compile(r"( {1,3})(?:[-+*]|\d{1,9}[.)])[ \t]+\S")
_NOTE_START = re.compile(r"[ \t]*(?:!!!|\?\?\?\+?)[ \t]+[\w-]+")


def _list_above(lines: list[str], number: int, code: set[int]) -> bool:
    """Whether the line `number` continues a list item above it."""
    for above in range(number - 1, -1, -1):
        if above in code or not lines[above].strip():
            return False
        if _LIST_ITEM.match(lines[above]):
            return True
        if not lines[above].startswith((" ", "\t")):
            return False
    return False


def _ends_list(lines: list[str], number: int, code: set[int]) -> bool:
    """Whether the line `number`, after an empty line, would end a list above it
    that its writer means it to continue."""
    if _LIST_ITEM.match(lines[number].lstrip()):
        return False  # a new item, or a sub-list (named when indented too little)
    for above in range(number - 1, -1, -1):
        if lines[above].strip():
            return above not in code and (
                bool(_LIST_ITEM.match(lines[above])) or _list_above(lines, above, code)
            )
    return False


def same_page_anchors(text: str, heading_offset: int) -> list[str]:
    """The sections a text's links within its own page lead to: `[see](#steps)`."""
    if "](#" not in text and "]: #" not in text:
        return []
    rendered = _render(_prepared(text, heading_offset)).html
    return [html.unescape(found) for found in re.findall(r'<a href="#([^"]+)"', rendered)]


def page_offset(text: str) -> int:
    """How many levels a material page's headings move down: its highest heading
    becomes a section of the page (level 2), under the page's title."""
    levels = [len(found.group(1)) for found in _HEADING_LEVEL.finditer(text)]
    return max(0, 2 - min(levels)) if levels else 0


_HEADING_LEVEL = re.compile(r"^(#{1,6})[ \t]", re.MULTILINE)


@lru_cache(maxsize=1024)
def heading_ids(text: str, heading_offset: int) -> tuple[str, ...]:
    """The ids the site's engine gives the headings of a material page (see
    `to_parts`): the heading's own (`{#id}`), or its text made a slug as MkDocs'
    table of contents makes it, with `_1`, `_2` after a repeated one."""
    from markdown.extensions.toc import slugify, unique

    headings = list(_PART_HEADING.finditer(_render(_prepared(text, heading_offset)).html))
    owns = [_own_id(heading) for heading in headings]
    taken = {own for own in owns if own}  # the engine keeps these, and avoids them
    found: list[str] = []
    for heading, own in zip(headings, owns, strict=True):
        words = html.unescape(re.sub(r"<[^>]*>", "", heading.group(3)))
        found.append(own or unique(slugify(words, "-"), taken))
    return tuple(found)


def heading_id_problems(text: str, heading_offset: int) -> list[tuple[str, bool]]:
    """The ids written for the headings of a material page (`{#id}`) that the page
    cannot use as written: each id, and whether it is repeated (else it is not an id
    an engine keeps)."""
    found: list[tuple[str, bool]] = []
    seen: set[str] = set()
    for heading in _PART_HEADING.finditer(_render(_prepared(text, heading_offset)).html):
        written = _written_id(heading)
        if not written:
            continue
        if not _OWN_ID.fullmatch(written):
            found.append((written, False))
        elif written in seen:
            found.append((written, True))
        seen.add(written)
    return found


def to_inline_html(text: str, resolve: Resolver | None = None) -> str:
    """A short text's inline Markdown (`code`, *emphasis*, **strong**, links) as clean
    inline HTML, written so that a Markdown page shows it the same; HTML written in
    the text shows as typed, and so does whatever would start a block (a heading, a
    list), since a short text is one line."""
    inline = _markdown_inline(_clean(_render_inline(text).html, resolve, inline=True))
    # Not a list item in any engine, wherever the text is put at the start of a line.
    return _LINE_START.sub(lambda found: f"{found.group(1)}&#{ord(found.group(2))};", inline)


_LINE_START = re.compile(r"^(\d*)((?<=\d)[.)]|(?<!\d)[-+])")


def unread_fences(text: str, heading_offset: int = 2) -> list[str]:
    """The opening lines of fenced code blocks that the rendering does not read as
    code: their code would show as one line of text, or with its fences (a fence
    indented by four spaces outside a list is an indented code block)."""
    if "```" not in text and "~~~" not in text:
        return []
    rendered = _render(_prepared(text, heading_offset)).html
    code = [
        html.unescape(re.sub(r"<[^>]*>", "", block))
        for block in re.findall(r"<pre[^>]*>(.*?)</pre>", rendered, re.DOTALL)
    ]
    lines = markdown_lines(text)
    unread: list[str] = []
    opening: tuple[int, str] | None = None
    for number, line in enumerate(lines):
        fence = _ANY_FENCE.match(line)
        if fence is None:
            continue
        if opening is None:
            opening = (number, fence.group(1))
        elif fence.group(1)[0] == opening[1][0] and len(fence.group(1)) >= len(opening[1]):
            inside = [kept.strip() for kept in lines[opening[0] + 1 : number] if kept.strip()]
            fence_line = lines[opening[0]].strip()
            if inside and not any(inside[0] in block and fence_line not in block for block in code):
                unread.append(fence_line)
            opening = None
    return unread


_ANY_FENCE = re.compile(r"\s*(`{3,}|~{3,})")
# kramdown's attribute lines (`{: .language-bash}`, Jekyll and older Carpentries
# lessons), which Python-Markdown shows as text.
KRAMDOWN_ATTRIBUTES = re.compile(r"^[ \t]*(\{:[^}\n]*\})[ \t]*$", re.MULTILINE)


def kramdown_attributes(text: str) -> list[str]:
    """kramdown attribute lines of a text, as written: each shows as text on the page."""
    return [found.group(1) for found in KRAMDOWN_ATTRIBUTES.finditer(text)]


def inline_addresses(text: str) -> tuple[Address, ...]:
    """The links of a short text that lead to the course, in order."""
    return _render_inline(text).addresses if _MAY_LINK.search(text) else ()


def inline_removals(text: str) -> list[Removal]:
    """What `to_inline_html` would leave out of a short text."""
    if not _MAY_REMOVE.search(text):
        return []
    finder = _RemovalFinder()
    finder.feed(_render_inline(text).html)
    finder.close()
    return list({what: Removal(what, needle) for what, needle in finder.found}.values())


@lru_cache(maxsize=16384)
def _render_inline(text: str) -> _Rendered:
    line = _BLOCK_MARKER.sub(r"\1\\\2", " ".join(_without_controls(text).split()))
    converter = _inline_converter()
    converter.reset()
    rendered = converter.convert(line)
    found: list[Address] = getattr(converter, "course_addresses", [])
    if rendered.startswith("<p>") and rendered.endswith("</p>"):
        return _Rendered(rendered[3:-4], tuple(found))
    return _Rendered(html.escape(line), ())


# What would make a line a block: a heading, a quote, a list item or a rule. The
# marker is escaped with a backslash, which Markdown shows as the marker itself.
_BLOCK_MARKER = re.compile(r"^(\d*)([#>*+_-]|(?<=\d)[.)])")


@cache
def _inline_converter() -> markdown.Markdown:
    converter = markdown.Markdown(extensions=[_CourseAddresses()], output_format="html")
    # HTML in a short text shows as typed.
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    return converter


def addresses(text: str, heading_offset: int = 2) -> tuple[Address, ...]:
    """The links and images of a Markdown text that lead to the course, in order."""
    if not _MAY_LINK.search(text):
        return ()
    return _render(_prepared(text, heading_offset)).addresses


@lru_cache(maxsize=4096)
def _prepared(text: str, heading_offset: int) -> str:
    """The text as it is rendered: headings moved down, notes without a title marked
    for the title in the site's language (see `_titled`), code blocks ended by a
    blank line. The same for the check and the rendering, which share its HTML."""
    return _blank_after_code(shift_headings(_without_controls(text), heading_offset, _NOTE_MARKS))


# A note written without a title gets a mark as its title, and the site's title for
# its kind once rendered: the rendering itself does not depend on the language.
_NOTE_MARK = re.compile("\ue000([\\w-]+)\ue001")


class _NoteMarks(dict[str, str]):
    def __missing__(self, kind: str) -> str:
        return f"\ue000{kind}\ue001"

    def __contains__(self, kind: object) -> bool:
        return isinstance(kind, str)

    def __bool__(self) -> bool:
        return True


_NOTE_MARKS = _NoteMarks()


def _titled(html_text: str, note_titles: Mapping[str, str] | None) -> str:
    """Clean HTML with the marked titles of notes written without one in the site's
    language (or the note's kind, as Python-Markdown titles it)."""
    if "\ue000" not in html_text:
        return html_text
    titles = note_titles or {}
    return _NOTE_MARK.sub(
        lambda found: html.escape(titles.get(found.group(1), found.group(1).capitalize())),
        html_text,
    )


def _blank_after_code(text: str) -> str:
    """A blank line after each fenced code block followed by text: superfences puts a
    placeholder line in the block's place, which a `---` right after would make a
    heading."""
    if "```" not in text and "~~~" not in text:
        return text
    lines = text.split("\n")
    code, _ = _fenced_code(lines)
    separated: list[str] = []
    for number, line in enumerate(lines):
        if number - 1 in code and number not in code and line.strip():
            separated.append("")
        separated.append(line)
    return "\n".join(separated)


def _without_controls(text: str) -> str:
    # U+001A marks the links of generated pages until they are resolved (render/);
    # U+E000 and U+E001 mark the titles of notes (`_titled`).
    return _DIRECTION_CONTROLS.sub("", text.replace("\x1a", "")).translate(_MARKS)


_MARKS = str.maketrans({"\ue000": None, "\ue001": None})


_PART_HEADING = re.compile(r'<h([1-6]) data-silabus-part="([^"]*)"[^>]*>(.*?)</h\1>', re.DOTALL)
# A heading's own id that every engine keeps as written.
_OWN_ID = re.compile(r"[A-Za-z][\w.-]{0,79}")


def _written_id(heading: re.Match[str]) -> str:
    return html.unescape(heading.group(2)).removeprefix("#")


def _own_id(heading: re.Match[str]) -> str | None:
    written = _written_id(heading)
    return written if _OWN_ID.fullmatch(written) else None


_INLINE_TAGS = ALLOWED_TAGS - {
    "p", "br", "hr", "pre", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "table",
    "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "h2", "h3", "h4", "h5",
    "h6", "div",
}  # fmt: skip


def _clean(rendered: str, resolve: Resolver | None, inline: bool = False) -> str:
    cleaned = nh3.clean(
        rendered,
        tags=set(_INLINE_TAGS if inline else ALLOWED_TAGS),
        clean_content_tags=set(DROPPED_WITH_CONTENT),
        attributes={
            **{tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
            "code": {"class"},
        },
        attribute_filter=_kept_attribute,
        allowed_classes={tag: set(names) for tag, names in ALLOWED_CLASSES.items()},
        url_schemes={*URL_SCHEMES, INTERNAL_SCHEME},
        filter_style_properties={"text-align"},
        link_rel="noopener noreferrer",
    )
    cleaned = _IMAGE_WITHOUT_FILE.sub("", cleaned)
    # A table wider than a phone scrolls sideways: keyboard users reach it too.
    cleaned = cleaned.replace("<table>", '<table tabindex="0">')
    return _without_blank_lines(resolve_addresses(cleaned, resolve).strip())


_IMAGE_WITHOUT_FILE = re.compile(r'<img(?![^>]*\bsrc=")[^>]*>')


# An <a> or <img> tag of the cleaned HTML that holds an address of the course.
_INTERNAL_TAG = re.compile(rf'<(a|img)\b[^>]*?\b(href|src)="{INTERNAL_SCHEME}:[^"]*"[^>]*>')
_INTERNAL_VALUE = re.compile(rf'\b(href|src)="{INTERNAL_SCHEME}:([a-z]+):([^"#]*)(?:#([^"]*))?"')
_ALT = re.compile(r'\balt="([^"]*)"')
_WIDTH = re.compile(r'\swidth="(\d{1,5})"')


def resolve_addresses(html_text: str, resolve: Resolver | None) -> str:
    """Clean HTML with each address of the course made the address `resolve` gives.
    A link without one keeps its text; an image without one is left out."""
    if f"{INTERNAL_SCHEME}:" not in html_text:
        return html_text

    def replace_tag(tag: re.Match[str]) -> str:
        value = _INTERNAL_VALUE.search(tag.group())
        assert value is not None
        image = tag.group(1) == "img"
        alt = _ALT.search(tag.group())
        address = Address(
            value.group(2),
            html.unescape(value.group(3)),
            html.unescape(value.group(4) or ""),
            image,
            alt=html.unescape(alt.group(1)) if alt else "",
        )
        resolved = resolve(address) if resolve is not None else None
        if resolved is None:
            return "" if image else tag.group().replace(value.group(), "", 1)
        if image and resolved.video:
            url, text = html.escape(resolved.url), html.escape(address.alt or resolved.url)
            return (
                f'<video controls preload="none" src="{url}" title="{text}">'
                f'<a href="{url}">{text}</a></video>'
            )
        new = f'{value.group(1)}="{html.escape(resolved.url)}"'
        if image:
            size = ""
            chosen = _WIDTH.search(tag.group())
            if resolved.width and resolved.height and chosen:
                # A width of the writer's own (`{: width="300"}`): the height follows.
                height = round(int(chosen.group(1)) * resolved.height / resolved.width)
                size = f' height="{height}"'
            elif resolved.width and resolved.height:
                size = f' width="{resolved.width}" height="{resolved.height}"'
            if resolved.srcset and resolved.sizes:
                size += (
                    f' srcset="{html.escape(resolved.srcset)}"'
                    f' sizes="{html.escape(resolved.sizes)}"'
                )
            new += f'{size} loading="lazy" decoding="async"'
        return tag.group().replace(value.group(), new, 1)

    return _INTERNAL_TAG.sub(replace_tag, html_text)


def _markdown_inline(html_text: str) -> str:
    """Clean inline HTML as inline Markdown that renders to the same HTML: the text
    between its tags with every character Markdown could read as syntax written as a
    character reference."""
    parts = re.split(r"(<[^>]*>)", html_text)
    return "".join(
        part if index % 2 else part.translate(_INLINE_TEXT) for index, part in enumerate(parts)
    ).strip()


_INLINE_TEXT = str.maketrans({char: f"&#{ord(char)};" for char in "\\`*_[]{}#|~^$!:=+"})


def structure_problem(
    text: str, max_lines: int = MAX_LINES, max_brackets: int = MAX_BRACKETS
) -> Text | None:
    """Why a Markdown field (or, with the page limits, a material page) cannot be
    rendered in reasonable time, if it cannot: what the text has too much of."""
    lines = markdown_lines(text)
    if len(lines) > max_lines:
        return say("materials.structure.lines", count=max_lines)
    for bracket in "[<":
        if text.count(bracket) > max_brackets:
            return say("materials.structure.brackets", count=max_brackets, bracket=bracket)
    if _bracket_work(lines) > MAX_BRACKET_WORK:
        return say("materials.structure.unclosed")
    for line in lines:
        markers = _NESTING.match(line).group(0)  # type: ignore[union-attr]
        indent = len(line) - len(line.lstrip(" "))
        if markers.count(">") + len(markers.replace(">", " ").split()) > MAX_NESTING or (
            indent // 4 > MAX_NESTING
        ):
            return say("materials.structure.nesting", levels=MAX_NESTING)
    return None


def _bracket_work(lines: list[str]) -> int:
    """About how many characters Python-Markdown reads again for the '[' and '<' of a
    text: from each, on to the ']' or '>' that closes it, and from each '](' on to
    the ')' that ends the link's address, or to the end of its paragraph, list item
    or table row, where the rendering of inline text stops."""
    if not any("[" in line or "<" in line for line in lines):
        return 0
    code, _ = _fenced_code(lines)
    work = 0
    block: list[str] = []
    table = False
    for number, line in enumerate(lines):
        if number in code or not line.strip():
            work += _block_work("\n".join(block))
            block, table = [], False
            continue
        next_line = lines[number + 1] if number + 1 < len(lines) else ""
        table = table or (line.lstrip().startswith("|") and bool(_TABLE_RULE.match(next_line)))
        if table or _LIST_ITEM.match(line.lstrip()):
            work += _block_work("\n".join(block))
            block = []
        block.append(line)
    return work + _block_work("\n".join(block))


def _block_work(text: str) -> int:
    # Weighed by what each costs: a '[' about twice a link's address, ten times a '<'.
    square = 0
    opened: list[int] = []
    for bracket in _SQUARE.finditer(text):
        if bracket.group() == "[":
            opened.append(bracket.start())
        elif opened:
            square += bracket.start() - opened.pop()
    square += sum(len(text) - start for start in opened)
    work = 10 * square
    for opening, closing, weight in (_ANGLE, ">", 1), (_ADDRESS, ")", 5):
        close = len(text)
        for found in reversed(list(opening.finditer(text))):
            if found.group() == closing:
                close = found.start()
            else:
                work += weight * (close - found.start())
    return work


_SQUARE = re.compile(r"[\[\]]")
_ANGLE = re.compile(r"[<>]")
_ADDRESS = re.compile(r"\]\(|\)")  # a link's address, from '](' on to its ')'
_TABLE_RULE = re.compile(r"\s*\|?\s*:?-+:?\s*(\|\s*:?-*:?\s*)*\|?\s*$")


def markdown_lines(text: str) -> list[str]:
    """The lines of a Markdown text as Python-Markdown reads them: CR LF, CR and LF
    each end a line, as in YAML, and no other character does."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _kept_attribute(tag: str, name: str, value: str) -> str | None:
    """Code blocks keep their language class; links keep only addresses that leave
    the site, point inside the page or lead to the course (written as links by id or
    to files; an address of another page of the site would break: engines do not
    rewrite addresses in HTML); images only files of the course."""
    if tag == "code" and name == "class":
        return value if CODE_LANGUAGE.fullmatch(value) else None
    if name == "src":
        return value if _internal(value) else None
    if tag == "img" and name == "width":
        return value if value.isdigit() else None
    if name == "href" and not (_allowed_url(value) or _internal(value)):
        return None
    return value


def _internal(url: str) -> bool:
    return url.startswith(f"{INTERNAL_SCHEME}:")


@dataclass(frozen=True)
class Removal:
    """Something a trainer wrote that the cleaning leaves out, and a piece of the
    source text to find it by."""

    what: Text
    needle: str


def removals(text: str, heading_offset: int = 2) -> list[Removal]:
    """What `to_html` would leave out of this Markdown, each once, in written order."""
    if heading_offset > 0 and not _MAY_REMOVE.search(text):
        return []
    return rendered_removals(text, heading_offset)


def rendered_removals(text: str, heading_offset: int = 2) -> list[Removal]:
    """`removals`, always read from the rendered HTML."""
    finder = _RemovalFinder()
    finder.feed(_render(_prepared(text, heading_offset)).html)
    finder.close()
    found: dict[Text, Removal] = {}
    for what, needle in finder.found:
        found.setdefault(what, Removal(what, needle))
    return list(found.values())


def shift_headings(text: str, offset: int, note_titles: Mapping[str, str] | None = None) -> str:
    """Move `#` and underlined headings `offset` levels down (at most to level 6) and
    give notes written without a title one from `note_titles`, leaving lines inside
    fenced code alone."""
    lines = markdown_lines(str(text).strip("\r\n"))
    code, unclosed = _fenced_code(lines)
    if unclosed is not None:
        # The lines after a fence that is never closed stay code, as in CommonMark.
        lines.append(unclosed)
        code, _ = _fenced_code(lines)
    shifted: list[str] = []
    for number, line in enumerate(lines):
        if number in code:
            pass
        elif heading := _ATX_HEADING.match(line):
            line = _heading(len(heading.group(1)) + offset, heading.group(2))
        elif note_titles and (note := _UNTITLED_NOTE.match(line)) and note.group(1) in note_titles:
            line = f'{line.rstrip()} "{note_titles[note.group(1)]}"'
        elif (
            (underline := _SETEXT_UNDERLINE.match(line))
            and number - 1 not in code
            and _is_paragraph_line(shifted)
        ):
            level = 1 if underline.group(1).startswith("=") else 2
            shifted[-1] = _heading(level + offset, " " + shifted[-1].strip())
            continue
        shifted.append(line)
    return "\n".join(shifted)


# Python-Markdown's own rule for a fenced code block (its fenced_code extension): a
# fence is recognised exactly where the rendering recognises one.
_FENCED_BLOCK = FencedBlockPreprocessor.FENCED_BLOCK_RE
_FENCE = re.compile(r"`{3,}|~{3,}")


def _fenced_code(lines: list[str]) -> tuple[set[int], str | None]:
    """The lines (counted from 0) that Python-Markdown renders as fenced code, found as
    its fenced_code extension finds them, and the fence of the first line outside
    them that would open a block if it were ever closed."""
    # What fenced_code reads: the text after Python-Markdown's whitespace normalisation.
    text = "\n".join(lines).replace("\x02", "").replace("\x03", "")
    if "```" not in text and "~~~" not in text:
        return set(), None
    text = text.expandtabs(_converter().tab_length)
    code: set[int] = set()
    index = first = 0  # where to search on, and the line of `index`
    while block := _FENCED_BLOCK.search(text, index):
        first += text.count("\n", index, block.start())
        if _unbalanced_attributes(block):
            index = block.end("attrs")  # fenced_code skips such a block and goes on there
            continue
        last = first + block.group().count("\n")
        code.update(range(first, last + 1))
        index, first = block.end(), last
    for number, line in enumerate(text.split("\n")):
        if number not in code and (fence := _FENCE.match(line)):
            opened = _FENCED_BLOCK.match(f"{line}\n{fence.group()}")
            if opened and not _unbalanced_attributes(opened):
                return code, fence.group()
    return code, None


def _unbalanced_attributes(block: re.Match[str]) -> bool:
    """A fence with `{attributes}` whose braces do not match is no fence to fenced_code."""
    return bool(block.group("attrs") and get_attrs_and_remainder(block.group("attrs"))[1])


_ATX_HEADING = re.compile(r"(#{1,6})(?!#)(.*)$")
_SETEXT_UNDERLINE = re.compile(r" {0,3}(=+|-+)\s*$")
# Lines that are no paragraph text: block markers, a blank line, and a line indented as code.
_BLOCK_START = re.compile(r" {0,3}\t| {4}|\s*([-+*>|#<]|\d+[.)]|$)")


def _is_paragraph_line(previous: list[str]) -> bool:
    """Whether the last line written is paragraph text a setext underline applies to."""
    return bool(previous) and not _BLOCK_START.match(previous[-1])


def _heading(level: int, text: str) -> str:
    return "#" * min(level, 6) + text


@cache
def _converter() -> markdown.Markdown:
    return markdown.Markdown(
        extensions=[*EXTENSIONS, _CourseAddresses()],
        extension_configs=EXTENSION_CONFIGS,
        output_format="html",
    )


@dataclass(frozen=True)
class _Rendered:
    html: str
    addresses: tuple[Address, ...]


@lru_cache(maxsize=4096)
def _render(text: str) -> _Rendered:
    """Markdown to HTML, and the addresses of the course it links to; cached, since
    the check and the rendering stage both need it."""
    converter = _converter()
    converter.reset()
    try:
        rendered = converter.convert(text)
    except RecursionError:  # the check stage refuses such text (structure_problem)
        _converter.cache_clear()  # a converter interrupted half-way keeps bad state
        return _Rendered(f"<p>{html.escape(text)}</p>", ())
    found: list[Address] = getattr(converter, "course_addresses", [])
    return _Rendered(rendered, tuple(found))


class _CourseAddresses(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        # After the inline patterns (20) and the unescaping of backslashes (0).
        md.treeprocessors.register(_AddressFinder(md), "silabus_addresses", -10)


class _AddressFinder(Treeprocessor):
    """Writes each link and image that leads to the course as an address of the
    internal scheme, notes it, and marks the headings at the top of the text."""

    def run(self, root: Any) -> None:
        found: list[Address] = []
        for element in root.iter():
            name = "src" if element.tag == "img" else "href" if element.tag == "a" else None
            value = element.get(name) if name else None
            if name is None or value is None:
                continue
            address = course_address(value, image=element.tag == "img", alt=element.get("alt"))
            if address is not None:
                found.append(address)
                element.set(name, address.internal)
            elif value.strip().lower().startswith(f"{INTERNAL_SCHEME}:"):
                del element.attrib[name]  # only Silabus writes such addresses
        _link_figures(root)
        for child in root:
            if child.tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
                own = child.attrib.pop("id", "")
                child.set("data-silabus-part", f"#{own}" if own else "")
        self.md.course_addresses = found  # type: ignore[attr-defined]


def _link_figures(root: Any) -> None:
    """Each figure of the course that is not a link already becomes a link to its
    file, so that a reader on a phone can open a detailed drawing full size."""
    prefix = f"{INTERNAL_SCHEME}:file:"
    for parent in list(root.iter()):
        if parent.tag == "a":
            continue
        for index, child in enumerate(list(parent)):
            source = child.get("src", "") if child.tag == "img" else ""
            if not source.startswith(prefix):
                continue
            if posixpath.splitext(source.partition("#")[0])[1].lower() in {".mp4", ".webm"}:
                continue  # a player of its own
            link = child.makeelement("a", {"href": source})
            link.tail, child.tail = child.tail, None
            parent.remove(child)
            parent.insert(index, link)
            link.append(child)


_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):(.*)", re.DOTALL)


def course_address(value: str, *, image: bool = False, alt: str | None = None) -> Address | None:
    """The part of the course an address written in a text leads to: `modul:x` and
    the other kinds by id, or a path relative to the text's folder; None for an
    address of another server, a place in the same page, or one never published."""
    written = value
    value = value.strip()
    if not value or value.startswith(("#", "/", "\\")) or "\x02" in value:
        return None  # \x02: an e-mail address Python-Markdown writes as entities
    scheme = _SCHEME.match(value)
    if scheme is not None:
        kind = ID_SCHEMES.get(scheme.group(1).lower())
        if kind is None:
            return None
        target, _, fragment = scheme.group(2).partition("#")
        return Address(kind, target.strip(), fragment, image, written, alt or "")
    path, _, fragment = value.partition("#")
    path = unquote(path.partition("?")[0])
    if not path:
        return None
    return Address("file", path, fragment, image, written, alt or "")


class _RemovalFinder(HTMLParser):
    """Walks rendered HTML and notes each tag, attribute and link the allow-list
    does not keep, with a piece of text to find it again in the source."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[Text, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            dropped = tag in DROPPED_WITH_CONTENT | _VOID
            what = "materials.removed.tag" if dropped else "materials.removed.tag-text-kept"
            self.found.append((say(what, tag=tag), f"<{tag}"))
            return
        allowed = ALLOWED_ATTRIBUTES.get(tag, set()) | (
            {"class"} if tag in ALLOWED_CLASSES or tag == "code" else set()
        )
        for name, value in attrs:
            if name == "data-silabus-part" or (tag == "pre" and name == "class"):
                continue  # written by the rendering itself
            if name not in allowed:
                self.found.append(
                    (say("materials.removed.attribute", name=name, tag=tag), f"{name}=")
                )
            elif name == "src" and value and not _internal(value):
                self.found.append(
                    (say("materials.removed.image", address=_shorten(value)), value[:20])
                )
            elif name == "href" and value and not (_allowed_url(value) or _internal(value)):
                self.found.append(
                    (say("materials.removed.link", address=_shorten(value)), value[:20])
                )
            elif name == "style" and value:
                for declaration in value.split(";"):
                    prop = declaration.split(":")[0].strip().lower()
                    if prop and prop != "text-align":
                        self.found.append(
                            (say("materials.removed.style", name=prop, tag=tag), prop)
                        )
            elif name == "class" and value:
                for kind in value.split():
                    if not self._class_kept(tag, kind):
                        self.found.append(
                            (say("materials.removed.style", name=kind, tag=tag), kind)
                        )

    @staticmethod
    def _class_kept(tag: str, kind: str) -> bool:
        if tag == "code":
            return bool(CODE_LANGUAGE.fullmatch(kind))
        return kind in ALLOWED_CLASSES.get(tag, set())

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_comment(self, data: str) -> None:
        self.found.append((say("materials.removed.comment"), "<!--"))


# Text without these characters renders to nothing the cleaning removes: raw HTML and
# comments need '<', links and images '[', code blocks '`' or '~', attributes of a
# code block '{', notes '!!!', and headings '#' or a '=' underline (inside a quote or a
# list a heading is not moved down, and a first-level one is removed).
_MAY_REMOVE = re.compile(r"[<\[`~{!#=]")
# Links are written with '[' or '<', and link definitions with ':'.
_MAY_LINK = re.compile(r"[\[<]")
_UNTITLED_NOTE = re.compile(r"[ \t]*(?:!!!|\?\?\?\+?)[ \t]+([\w-]+)[ \t]*$")
# Markers that open a list or a quote at the start of a line, any number in a row.
_NESTING = re.compile(r"([ \t]*(>|([-+*]|\d+[.)])(?=\s)))*")
_VOID = frozenset({"img", "input", "embed", "source", "track", "area", "link", "meta", "wbr"})
_PRE = re.compile(r"(<pre\b.*?</pre>)", re.DOTALL)


def _without_blank_lines(html: str) -> str:
    """HTML with no blank line at all: in CommonMark engines a blank line ends an HTML
    block, and the rest would be read as Markdown again. Inside <pre>, line breaks
    are written as character references, which show the same."""
    parts = _PRE.split(html)
    return "".join(
        part.replace("\n", "&#10;") if index % 2 else re.sub(r"\n\s*\n+", "\n", part)
        for index, part in enumerate(parts)
    )


def _allowed_url(url: str) -> bool:
    address = url.strip()
    if address.startswith("#"):
        return True
    try:
        return urlsplit(address).scheme.lower() in URL_SCHEMES
    except ValueError:  # not a well-formed address (a full-width slash, a broken '[')
        return False


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
