"""Checks of the glossary, and of the terms modules name; and what counts as one word,
here and in the text that links to the glossary."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping, Sequence

from silabus.catalogue import Text, say
from silabus.check import ids_used_twice, unknown_ids
from silabus.diagnostics import Diagnostic
from silabus.document import Document
from silabus.model import Glossary, Term

# Characters that show as nothing: zero-width space, non-joiner, joiner, word joiner,
# byte order mark, soft hyphen. Two words differing only by them look the same.
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_WITHOUT_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE))


def check_glossary(glossary: Glossary, source: Document) -> Iterator[Diagnostic]:
    """Each id once, and each word (a term or an alias) naming one term only, words
    being compared as the text links them (`word_key`)."""
    yield from ids_used_twice([term.id for term in glossary.terms], source, "terms", "term")
    words: dict[str, tuple[str, int, str]] = {}
    for index, term in enumerate(glossary.terms):
        for word, location in [
            (term.term, ("terms", index, "term")),
            *((alias, ("terms", index, "aliases", a)) for a, alias in enumerate(term.aliases)),
        ]:
            key = word_key(word)
            if key in words and words[key][0] != term.id:
                other, other_index, other_word = words[key]
                line = source.position(("terms", other_index, "id")).line
                if word.casefold() == other_word.casefold():
                    yield source.diagnostic(
                        location, say("G001", word=word, other=other, line=line)
                    )
                else:
                    difference = _unseen_difference(word, other_word)
                    yield source.diagnostic(
                        location,
                        say(
                            "G002",
                            word=word,
                            other_word=other_word,
                            other=other,
                            line=line,
                            difference=difference,
                        ),
                    )
            else:
                words.setdefault(key, (term.id, index, word))


def word_key(word: str) -> str:
    """A word as the glossary and the text that links to it are compared: without
    invisible characters, composed (NFC), case-folded, each run of spaces one space."""
    pieces = list(word)
    return "".join(grapheme_key("".join(pieces[start:end])) for start, end in graphemes(pieces))


def graphemes(pieces: Sequence[str]) -> Iterator[tuple[int, int]]:
    """`pieces` (characters, or what HTML character references stand for) grouped into
    the letters a reader sees, as (start, end) ranges: a letter with the accent marks
    and invisible characters after it, or a run of spaces. Words are compared letter
    by letter, so that a match in text never splits a letter."""
    start, base = 0, ""
    for index, piece in enumerate(pieces):
        first = piece[:1]
        if _attaches(first):
            continue
        if base and not (base.isspace() and first.isspace()):
            yield start, index
            start = index
            base = ""
        base = base or first
    if pieces:
        yield start, len(pieces)


def grapheme_key(text: str) -> str:
    """One letter (`graphemes`) as `word_key` compares it."""
    visible = text.translate(_WITHOUT_INVISIBLE)
    if visible.isspace():
        return " "
    return unicodedata.normalize("NFC", visible).casefold()


def _attaches(char: str) -> bool:
    """Whether `char` belongs to the letter before it: an accent or other mark, an
    invisible character, or the vowel or final consonant of a Hangul syllable."""
    return (
        not char
        or char in INVISIBLE
        or unicodedata.category(char).startswith("M")
        or "\u1160" <= char <= "\u11ff"
    )


def _unseen_difference(word: str, other: str) -> Text:
    if INVISIBLE.intersection(word + other):
        return say("site.glossary.difference.invisible")
    return say("site.glossary.difference.encoding")


def check_module_terms(
    named: Sequence[tuple[str, list[str], Document]],
    glossary: Mapping[str, Term],
    glossary_file: str | None,
    glossary_readable: bool,
) -> Iterator[Diagnostic]:
    """Each module's `terms` are ids of the glossary."""
    for unknown in unknown_ids(named, glossary, glossary_file, glossary_readable):
        location = ("terms", unknown.index)
        if unknown.hint is None:
            yield unknown.source.diagnostic(location, say("G003", id=unknown.item_id))
        else:
            yield unknown.source.diagnostic(location, say("G004", id=unknown.item_id), unknown.hint)
