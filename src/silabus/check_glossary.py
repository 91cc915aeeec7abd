"""Checks of the glossary, and of the terms modules name."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from silabus.check import ids_used_twice
from silabus.diagnostics import Diagnostic, did_you_mean
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
    named: Sequence[tuple[list[str], Document]],
    glossary: Mapping[str, Term],
    glossary_file: str | None,
    glossary_readable: bool,
) -> Iterator[Diagnostic]:
    """Each module's `terms` are ids of the glossary."""
    reported_missing_file = False
    for ids, source in named:
        for index, term_id in enumerate(ids):
            if term_id in glossary:
                continue
            if glossary_file is None:
                if not reported_missing_file:
                    reported_missing_file = True
                    yield source.diagnostic(
                        ("terms", index),
                        f"the term '{term_id}' is named, but there is no curriculum/glossary.yml",
                        "create curriculum/glossary.yml with the terms and their definitions "
                        "(see the trainer guide)",
                    )
                continue
            if not glossary_readable:
                continue  # glossary.yml has errors of its own, reported there
            suggestion = did_you_mean(term_id, glossary)
            yield source.diagnostic(
                ("terms", index),
                f"the term '{term_id}' is not in the glossary",
                f"did you mean '{suggestion}'?"
                if suggestion
                else f"add it to {glossary_file}, or correct the id",
            )
