"""Checks of the glossary, and of the terms modules name."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from silabus.check import ids_used_twice, unknown_ids
from silabus.diagnostics import Diagnostic
from silabus.document import Document
from silabus.model import Glossary, Term


def check_glossary(glossary: Glossary, source: Document) -> Iterator[Diagnostic]:
    """Each id once, and each word (a term or an alias) naming one term only."""
    yield from ids_used_twice([term.id for term in glossary.terms], source, "terms", "term")
    words: dict[str, tuple[str, int]] = {}
    for index, term in enumerate(glossary.terms):
        for word, location in [
            (term.term, ("terms", index, "term")),
            *((alias, ("terms", index, "aliases", a)) for a, alias in enumerate(term.aliases)),
        ]:
            key = word.casefold()
            if key in words and words[key][0] != term.id:
                other, other_index = words[key]
                line = source.position(("terms", other_index, "id")).line
                yield source.diagnostic(
                    location,
                    f"'{word}' already names the term '{other}' (line {line})",
                    "a word can link to one definition only; remove it from one of the two",
                )
            else:
                words.setdefault(key, (term.id, index))


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
            yield unknown.source.diagnostic(
                location,
                f"the term '{unknown.item_id}' is named, but there is no curriculum/glossary.yml",
                "create curriculum/glossary.yml with the terms and their definitions "
                "(see the trainer guide)",
            )
        else:
            yield unknown.source.diagnostic(
                location, f"the term '{unknown.item_id}' is not in the glossary", unknown.hint
            )
