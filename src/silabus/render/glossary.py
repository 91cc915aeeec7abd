"""Glossary terms in rendered text: the first use of each term on a page links to its
definition, which also shows on hover."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from html import escape

from silabus.model import Term

# Text inside these elements is left alone: links, code, and headings.
_SKIPPED = {"a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "summary"}
_TAG = re.compile(r"(<[^>]*>)")
_TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z0-9]+)")


def term_anchor(term: Term) -> str:
    return f"istilah-{term.id}"


def link_terms(html: str, terms: Iterable[Term], glossary_url: str, linked: set[str]) -> str:
    """`html` (clean, from rich_text) with the first use of each term not yet in
    `linked` made a link to the glossary; `linked` is updated, so that a page links
    each term once however many fields it has."""
    words = _words(terms)
    if not words:
        return html
    pattern = re.compile(
        r"(?<!\w)(" + "|".join(re.escape(escape(word, quote=False)) for word in words) + r")(?!\w)",
        re.IGNORECASE,
    )
    by_word = {escape(word, quote=False).casefold(): term for word, term in words.items()}
    parts = _TAG.split(html)
    skipping = 0
    for index, part in enumerate(parts):
        if part.startswith("<"):
            name = _TAG_NAME.match(part)
            if name and name.group(2).lower() in _SKIPPED and not part.endswith("/>"):
                skipping += -1 if name.group(1) else 1
                skipping = max(skipping, 0)
            continue
        if skipping or not part.strip():
            continue
        parts[index] = pattern.sub(lambda match: _link(match, by_word, glossary_url, linked), part)
    return "".join(parts)


def _words(terms: Iterable[Term]) -> dict[str, Term]:
    """Every term and alias, longest first so that 'inovasi pelayanan publik' wins
    over 'inovasi'."""
    found: dict[str, Term] = {}
    for term in terms:
        for word in (term.term, *term.aliases):
            found.setdefault(word, term)
    return dict(sorted(found.items(), key=lambda item: -len(item[0])))


def _link(
    match: re.Match[str], by_word: Mapping[str, Term], glossary_url: str, linked: set[str]
) -> str:
    term = by_word[match.group(1).casefold()]
    if term.id in linked:
        return match.group(1)
    linked.add(term.id)
    title = escape(term.definition, quote=True)
    return (
        f'<a class="silabus-term" href="{escape(glossary_url)}#{term_anchor(term)}" '
        f'title="{title}">{match.group(1)}</a>'
    )
