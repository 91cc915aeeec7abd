"""Glossary terms in rendered text: the first use of each term on a page links to its
definition, which also shows on hover."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from html import escape, unescape

from silabus.check_glossary import grapheme_key, graphemes, word_key
from silabus.model import Term

# Text inside these elements is left alone: links, code, and headings.
_SKIPPED = {"a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "summary"}
# A tag, its quoted attribute values read whole, so that a '>' in one ends nothing.
_TAG = re.compile(r"""(<(?:[^>"']|"[^"]*"|'[^']*')*>)""")
_TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z0-9]+)")
# Text is read in pieces: a run of printable ASCII with single spaces, which reads as
# written but for case (not before what could join its last letter: an accent, a
# character reference); a character reference (&amp; &#233; &nbsp), as far as
# html.unescape reads one; or one character.
_PLAIN = r"[!-%'-~]+(?:[\t\n\r ][!-%'-~]+)*(?![^\x00-\x7f]|&)"
_PIECE = re.compile(
    rf"({_PLAIN})|&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{{1,32}};?)|.", re.DOTALL
)
# Text between two tags that is all plain: it may start and end with a space too.
_ALL_PLAIN = re.compile(r"[\t\n\r ]?[!-%'-~]+(?:[\t\n\r ][!-%'-~]+)*[\t\n\r ]?")
_SPACES = str.maketrans("\t\n\r", "   ")


def term_anchor(term: Term) -> str:
    return f"istilah-{term.id}"


def link_terms(html: str, terms: Iterable[Term], glossary_url: str, linked: set[str]) -> str:
    """`html` (clean, from rich_text) with the first use of each term not yet in
    `linked` made a link to the glossary; `linked` is updated, so that a page links
    each term once however many fields it has. Text is compared with the terms as a
    reader sees it (`word_key`): character references decoded, invisible characters
    dropped, composed, case-folded."""
    by_key = _words(terms)
    if not by_key:
        return html
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, by_key)) + r")(?!\w)")
    parts = _TAG.split(html)
    skipping = 0
    for index, part in enumerate(parts):
        if index % 2:  # a tag: split() puts what _TAG captures between the texts
            name = _TAG_NAME.match(part)
            if name and name.group(2).lower() in _SKIPPED and not part.endswith("/>"):
                skipping += -1 if name.group(1) else 1
                skipping = max(skipping, 0)
            continue
        if skipping or not part.strip():
            continue
        parts[index] = _linked_text(part, pattern, by_key, glossary_url, linked)
    return "".join(parts)


def _linked_text(
    text: str,
    pattern: re.Pattern[str],
    by_key: Mapping[str, Term],
    glossary_url: str,
    linked: set[str],
) -> str:
    """The text between two tags with its terms linked. It is matched as read
    (`_Reading`), and a link spans whole letters of the HTML, so that it never cuts
    into a character reference such as `&lt;` or between a letter and its accent."""
    reading = _Reading.of(text)
    result: list[str] = []
    copied = 0
    position = 0
    while match := pattern.search(reading.words, position):
        start, end = reading.offset(match.start()), reading.offset(match.end())
        term = by_key.get(match.group())
        if start is None or end is None or term is None:
            position = match.start() + 1  # starts or ends inside a letter: not this word
            continue
        position = match.end()
        if term.id in linked:
            continue
        linked.add(term.id)
        result += [text[copied:start], _link(term, text[start:end], glossary_url)]
        copied = end
    return "".join(result) + text[copied:]


@dataclass(frozen=True)
class _Reading:
    """HTML text as `word_key` reads it (`words`), made of segments: a letter, or a
    run of plain ASCII read letter for letter. Each segment starts at `starts` in
    `words` and at `html_starts` in the HTML; the last is empty and ends both."""

    words: str
    starts: list[int]
    html_starts: list[int]
    plain: list[bool]

    @classmethod
    def of(cls, html: str) -> _Reading:
        if _ALL_PLAIN.fullmatch(html):
            return cls(
                html.translate(_SPACES).lower(), [0, len(html)], [0, len(html)], [True, False]
            )
        words: list[str] = []
        starts: list[int] = []
        html_starts: list[int] = []
        plain: list[bool] = []
        length = 0
        for read, html_start, is_plain in _segments(html):
            words.append(read)
            starts.append(length)
            html_starts.append(html_start)
            plain.append(is_plain)
            length += len(read)
        return cls("".join(words), [*starts, length], [*html_starts, len(html)], [*plain, False])

    def offset(self, position: int) -> int | None:
        """Where in the HTML the place at `position` in `words` is, or None if that
        place is inside a letter."""
        index = bisect_right(self.starts, position) - 1
        if position != self.starts[index] and not self.plain[index]:
            return None
        return self.html_starts[index] + position - self.starts[index]


def _segments(html: str) -> Iterator[tuple[str, int, bool]]:
    """The segments of `_Reading`: what each reads as, where it starts, whether plain."""
    pending: list[tuple[int, int]] = []
    for piece in _PIECE.finditer(html):
        if piece.group(1) is None:
            pending.append(piece.span())
            continue
        yield from _letters(html, pending)
        pending = []
        yield piece.group(1).translate(_SPACES).lower(), piece.start(), True
    yield from _letters(html, pending)


def _letters(html: str, spans: list[tuple[int, int]]) -> Iterator[tuple[str, int, bool]]:
    characters: list[tuple[int, int]] = []
    pieces: list[str] = []
    for start, end in spans:
        read = unescape(html[start:end])
        if read == html[start:end]:  # not a reference ('&' and a word): its characters
            characters += [(at, at + 1) for at in range(start, end)]
            pieces += read
        else:
            characters.append((start, end))
            pieces.append(read)
    for first, last in graphemes(pieces):
        yield grapheme_key("".join(pieces[first:last])), characters[first][0], False


def _words(terms: Iterable[Term]) -> dict[str, Term]:
    """Every term and alias by its `word_key`, longest first so that 'inovasi
    pelayanan publik' wins over 'inovasi'."""
    found: dict[str, Term] = {}
    for term in terms:
        for word in (term.term, *term.aliases):
            key = word_key(word)
            if key.strip():
                found.setdefault(key, term)
    return dict(sorted(found.items(), key=lambda item: -len(item[0])))


def _link(term: Term, html: str, glossary_url: str) -> str:
    title = escape(term.definition, quote=True)
    return (
        f'<a class="silabus-term" href="{escape(glossary_url)}#{term_anchor(term)}" '
        f'title="{title}">{html}</a>'
    )
