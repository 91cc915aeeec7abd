"""Checks of legal bases and readings, and of the modules that cite them."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from silabus.catalogue import Text, say
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
            yield source.diagnostic((*location, "replaced_by"), say("R001", id=reference.id))
        elif replaced_by not in by_id:
            suggestion = did_you_mean(replaced_by, by_id)
            yield source.diagnostic(
                (*location, "replaced_by"),
                say("R002", id=replaced_by),
                say("did-you-mean", suggestion=suggestion) if suggestion else None,
            )
        elif chains[reference.id] is None:
            yield source.diagnostic((*location, "replaced_by"), say("R003", id=reference.id))
    if reference.status == "in_force" and replaced_by:
        yield source.diagnostic(
            (*location, "replaced_by"), say("R004", id=reference.id), at_key=True
        )
    if reference.status != "revoked" and reference.revoked_on:
        yield source.diagnostic(
            (*location, "revoked_on"),
            say("R005", id=reference.id, status=reference.status),
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
                location, say("R006", module=unknown.module_id, id=unknown.item_id)
            )
        else:
            yield unknown.source.diagnostic(location, say("R007", id=unknown.item_id), unknown.hint)
    if severity is None:
        return
    for module_id, ids, source in cited:
        for index, reference_id in enumerate(ids):
            location = ("references", index)
            reference = references.get(reference_id)
            if reference is None or reference.status != "revoked":
                continue
            history = say("site.references.hint.history") if severity is not Severity.NOTE else ""
            on = reference.revoked_on
            replacement = replacement_in_force(reference, references, chains)
            replaced: Text | str = ""
            hint: Text | None = None  # R008's own: cite the rule in force
            if replacement is not None:
                replaced = say("site.references.replaced-by", title=replacement.short_title)
                hint = say(
                    "site.references.hint.cite-replacement", id=replacement.id, history=history
                )
            message = say(
                "R008",
                module=module_id,
                title=reference.short_title,
                on=say("site.references.revoked-on", date=on) if on else "",
                replaced=replaced,
                history=history,
            )
            yield source.diagnostic(location, message, hint, severity=severity)
