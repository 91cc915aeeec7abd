"""Checks of legal bases and readings, and of the modules that cite them."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from silabus.check import ids_used_twice, unknown_ids
from silabus.diagnostics import Diagnostic, Severity, did_you_mean
from silabus.document import Document
from silabus.model import (
    Program,
    Reference,
    ReferenceList,
    replacement_chains,
    replacement_in_force,
)

_SEVERITY = {"error": Severity.ERROR, "warning": Severity.WARNING, "note": Severity.NOTE}


def check_reference_list(references: ReferenceList, source: Document) -> Iterator[Diagnostic]:
    """Problems inside references.yml: ids, replacements and statuses."""
    ids = [reference.id for reference in references.references]
    yield from ids_used_twice(ids, source, "references", "reference")
    by_id = {reference.id: reference for reference in references.references}
    chains = replacement_chains(by_id)
    for index, reference in enumerate(references.references):
        yield from _status_problems(reference, ("references", index), by_id, chains, source)


def _status_problems(
    reference: Reference,
    location: tuple[str | int, ...],
    by_id: Mapping[str, Reference],
    chains: Mapping[str, str | None],
    source: Document,
) -> Iterator[Diagnostic]:
    replaced_by = reference.replaced_by
    if replaced_by is not None:
        if replaced_by == reference.id:
            yield source.diagnostic(
                (*location, "replaced_by"),
                f"'{reference.id}' names itself as its replacement",
                "write the id of the reference that replaces it",
            )
        elif replaced_by not in by_id:
            suggestion = did_you_mean(replaced_by, by_id)
            yield source.diagnostic(
                (*location, "replaced_by"),
                f"the replacement '{replaced_by}' is not in this file",
                f"did you mean '{suggestion}'?"
                if suggestion
                else f"add a reference with 'id: {replaced_by}', or correct the id",
            )
        elif chains[reference.id] is None:
            yield source.diagnostic(
                (*location, "replaced_by"),
                f"the replacements of '{reference.id}' go round in a circle",
                "the newest rule of a chain of replacements has no 'replaced_by'",
            )
    if reference.status == "in_force" and replaced_by:
        yield source.diagnostic(
            (*location, "replaced_by"),
            f"'{reference.id}' is in force, but has 'replaced_by'",
            "set 'status: revoked' or 'status: amended', or remove the line",
            at_key=True,
        )
    if reference.status != "revoked" and reference.revoked_on:
        yield source.diagnostic(
            (*location, "revoked_on"),
            f"'{reference.id}' has 'revoked_on', but its status is '{reference.status}'",
            "set 'status: revoked' if it was revoked, or remove the line",
            at_key=True,
        )


def check_citations(
    cited: Sequence[tuple[str, list[str], Document]],
    references: Mapping[str, Reference],
    references_file: str | None,
    references_readable: bool,
    program: Program | None,
) -> Iterator[Diagnostic]:
    """Each module's `references`: ids that exist, and revoked rules reported as the
    program decides (`revoked_citations`)."""
    # Without a readable program.yml the project's choice is unknown: its problems come
    # first, and revoked citations are reported once it can be read.
    severity = _SEVERITY[program.revoked_citations] if program else None
    chains = replacement_chains(references)
    for unknown in unknown_ids(cited, references, references_file, references_readable):
        location = ("references", unknown.index)
        if unknown.hint is None:
            yield unknown.source.diagnostic(
                location,
                f"'{unknown.module_id}' cites '{unknown.item_id}', but there is no "
                "curriculum/references.yml",
                "create curriculum/references.yml with the legal bases and readings "
                "the modules cite (see the trainer guide)",
            )
        else:
            yield unknown.source.diagnostic(
                location, f"the reference '{unknown.item_id}' does not exist", unknown.hint
            )
    if severity is None:
        return
    for module_id, ids, source in cited:
        for index, reference_id in enumerate(ids):
            location = ("references", index)
            reference = references.get(reference_id)
            if reference is None or reference.status != "revoked":
                continue
            revoked = f" on {reference.revoked_on}" if reference.revoked_on else ""
            replacement = replacement_in_force(reference, references, chains)
            if replacement is None:
                message = f"'{module_id}' cites {reference.short_title}, which was revoked{revoked}"
                hint = "cite the rule in force instead"
            else:
                message = (
                    f"'{module_id}' cites {reference.short_title}, which was revoked{revoked} "
                    f"and replaced by {replacement.short_title}"
                )
                hint = f"cite '{replacement.id}' instead"
            if severity is not Severity.NOTE:
                hint += (
                    "; if the citation is meant as history, set 'revoked_citations: note' "
                    "in program.yml"
                )
            yield source.diagnostic(location, message, hint, severity=severity)
