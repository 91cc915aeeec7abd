"""Turn loaded documents into model objects, and pydantic's errors into diagnostics
a trainer can act on."""

from __future__ import annotations

import re
import types
import typing
import unicodedata
from functools import cache
from typing import Any, TypeVar, get_args, get_origin

from pydantic import BaseModel, ValidationError

from silabus.catalogue import Text, say
from silabus.diagnostics import Diagnostic, did_you_mean
from silabus.document import Document, Location
from silabus.model import (
    FILE_PATH_PATTERN,
    ID_PATTERN,
    Cohort,
    Glossary,
    Material,
    Module,
    Program,
    ReferenceList,
    Worksheet,
    is_device_name,
)

M = TypeVar("M", bound=BaseModel)

# The hint for a file that is empty or not a mapping: what its kind of file starts with.
_WHAT_A_FILE_STARTS_WITH = {
    Program: "fields.starts.program",
    Module: "fields.starts.module",
    Cohort: "fields.starts.cohort",
    ReferenceList: "fields.starts.references",
    Glossary: "fields.starts.glossary",
    Worksheet: "fields.starts.worksheet",
}


def parse_program(document: Document) -> tuple[Program | None, list[Diagnostic]]:
    return _parse(Program, document)


def parse_module(document: Document) -> tuple[Module | None, list[Diagnostic]]:
    if _looks_like(document, Cohort, Module):
        return None, [_misplaced(document, say("fields.kind.cohort"), "cohorts")]
    return _parse(Module, document)


def parse_cohort(document: Document) -> tuple[Cohort | None, list[Diagnostic]]:
    if _looks_like(document, Module, Cohort):
        return None, [_misplaced(document, say("fields.kind.module"), "modules")]
    return _parse(Cohort, document)


def parse_references(document: Document) -> tuple[ReferenceList | None, list[Diagnostic]]:
    return _parse(ReferenceList, document)


def parse_worksheet(document: Document) -> tuple[Worksheet | None, list[Diagnostic]]:
    if _looks_like(document, Module, Worksheet):
        return None, [_misplaced(document, say("fields.kind.module"), "modules")]
    if _looks_like(document, Cohort, Worksheet):
        return None, [_misplaced(document, say("fields.kind.cohort"), "cohorts")]
    return _parse(Worksheet, document)


def parse_glossary(document: Document) -> tuple[Glossary | None, list[Diagnostic]]:
    return _parse(Glossary, document)


def parse_material(document: Document) -> tuple[Material | None, list[Diagnostic]]:
    return _parse(Material, document)


def _looks_like(document: Document, other: type[BaseModel], expected: type[BaseModel]) -> bool:
    """A file with the required fields of another kind and none of its own kind's."""
    if not isinstance(document.data, dict):
        return False
    keys = set(document.data)
    own, required = _telling_fields(other, expected)
    return not keys & own and required <= keys


@cache
def _telling_fields(
    other: type[BaseModel], expected: type[BaseModel]
) -> tuple[frozenset[str], frozenset[str]]:
    """The fields only `expected` has, and those `other` requires besides the usual."""
    own = set(expected.model_fields) - set(other.model_fields)
    required = {name for name, field in other.model_fields.items() if field.is_required()}
    return frozenset(own), frozenset(required - {"id", "title", "name"})


def _misplaced(document: Document, kind: Text, folder: str) -> Diagnostic:
    return document.diagnostic((), say("S001", kind=kind, folder=folder))


def _parse(model: type[M], document: Document) -> tuple[M | None, list[Diagnostic]]:
    """The document read as `model`. Documents are never changed after loading, and
    `mkdocs serve` reuses those of unchanged files: each is read as a model once."""
    parsed = document.parsed.get(model)
    if parsed is None:
        parsed = document.parsed[model] = _parse_uncached(model, document)
    value, problems = parsed
    return value, list(problems)


def _parse_uncached(model: type[M], document: Document) -> tuple[M | None, list[Diagnostic]]:
    data = document.data
    starts = _WHAT_A_FILE_STARTS_WITH.get(model)
    hint = say(starts) if starts else None
    if data is None:
        written = any(line.strip() for line in document.lines)
        return None, [document.diagnostic((), say("S002" if written else "S003"), hint)]
    if not isinstance(data, dict):
        return None, [document.diagnostic((), say("S004", found=_describe(data)), hint)]
    try:
        return model.model_validate(data), []
    except ValidationError as error:
        problems = [dict(problem) for problem in error.errors()]
        return None, [
            _diagnostic(model, document, problem)
            for problem in problems
            if not _misspelt_elsewhere(problem, problems, model)
        ]


def _misspelt_elsewhere(
    problem: dict[str, Any], problems: list[dict[str, Any]], model: type[BaseModel]
) -> bool:
    """Whether a missing field is written under a misspelt name beside it (`titel`
    for `title`): the unknown field's message suggests it, and says enough."""
    if problem["type"] != "missing" or not problem["loc"]:
        return False
    *parent, name = problem["loc"]
    for other in problems:
        if other["type"] == "extra_forbidden" and list(other["loc"][:-1]) == parent:
            written = str(other["loc"][-1])
            if did_you_mean(written, _field_names(model, tuple(parent))) == name:
                return True
    return False


def _diagnostic(model: type[BaseModel], document: Document, problem: dict[str, Any]) -> Diagnostic:
    location: Location = tuple(problem["loc"])
    kind: str = problem["type"]
    value = problem.get("input")
    context = problem.get("ctx") or {}
    name = _field_name(location)
    key = next((str(part) for part in reversed(location) if isinstance(part, str)), name)

    if kind == "extra_forbidden":
        known = _field_names(model, location[:-1])
        written = str(location[-1])
        meant = _FIELD_WORDS.get(re.sub(r"[\s-]+", "_", written.strip().lower()))
        if meant == "start" and "module" in known:  # in a session, where start is a time
            return document.diagnostic(
                location,
                say("S005", field=written),
                say("fields.hint.start-and-end"),
                at_key=True,
            )
        suggestion = meant if meant in known else did_you_mean(written, known)
        outer = _outer_owner(model, location)
        hint = (
            say(
                "fields.hint.meant-english" if suggestion == meant else "fields.hint.meant",
                field=suggestion,
            )
            if suggestion
            else say(
                "fields.hint.outer-field",
                field=written,
                outer=outer,
                parent=_field_name(location[:-1]),
            )
            if outer
            else say("fields.hint.allowed-fields", fields=", ".join(sorted(known)))
        )
        return document.diagnostic(location, say("S005", field=written), hint, at_key=True)
    if kind == "silabus":
        # A field's own check said what is wrong (see when.problem), as a Text or a str.
        return document.diagnostic(
            location, say("S006", at=name, msg=context["message"]), context.get("hint")
        )
    if kind == "missing":
        parent = _field_name(location[:-1]) if len(location) > 1 else None
        where = say("fields.in-parent", parent=parent) if parent else ""
        return document.diagnostic(location[:-1], say("S007", field=location[-1], where=where))
    if (value is None and kind.endswith("_type")) or kind == "string_too_short":
        return document.diagnostic(location, say("S008", name=name, key=key))
    if kind == "string_pattern_mismatch" and key == "url":
        return document.diagnostic(location, say("S009", name=name))
    if kind == "string_pattern_mismatch" and key == "organizer_url":
        return document.diagnostic(location, say("C053"))
    if kind == "string_pattern_mismatch" and context.get("pattern") == ID_PATTERN:
        suggestion = _suggest_id(str(value))
        example = say("fields.for-example", example=suggestion) if suggestion else ""
        return document.diagnostic(
            location,
            say("S010", value=value, note=_lookalike_note(str(value)), example=example),
        )
    if kind == "string_pattern_mismatch" and context.get("pattern") == FILE_PATH_PATTERN:
        shown = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in str(value))
        backslash = say("fields.hint.backslash") if "\\" in str(value) else ""
        return document.diagnostic(location, say("S011", value=shown, backslash=backslash))
    if kind in {"int_parsing", "int_type", "int_from_float", "int_parsing_size"}:
        # A length in minutes written as hours and minutes ("1h30"): one number.
        in_minutes = say("fields.hint.minutes") if "minutes" in location[:2] else None
        return document.diagnostic(
            location, say("S012", name=name, found=_describe(value)), in_minutes
        )
    if kind == "greater_than_equal":
        return document.diagnostic(
            location, say("S013", name=name, least=context["ge"], value=_number(value))
        )
    if kind == "less_than_equal":
        return document.diagnostic(
            location, say("S014", name=name, most=context["le"], value=_number(value))
        )
    if kind == "literal_error":
        return _not_allowed(document, location, name, key, value, context.get("expected"))
    if kind in {"bool_parsing", "bool_type"}:
        return document.diagnostic(location, say("S016", name=name, found=_describe(value)))
    if kind == "list_type":
        return document.diagnostic(
            location, say("S017", name=name, key=key, found=_describe(value))
        )
    if kind in {"model_type", "dict_type", "model_attributes_type"}:
        fields = _field_names(model, location)
        return document.diagnostic(
            location,
            say("S018", name=name, found=_describe(value)),
            say("fields.hint.mapping-lines", first=fields[0], fields=", ".join(fields))
            if fields
            else None,
        )
    if kind == "string_type":
        return document.diagnostic(
            location,
            say("S019", name=name, found=_describe(value)),
            say("fields.hint.text-not-list", key=key)
            if isinstance(value, list)
            else say("fields.hint.text-in-quotes"),
        )
    if kind == "too_short":
        return document.diagnostic(
            location, say("S020", name=name, count=context.get("min_length", 1), key=key)
        )
    if kind in {"string_too_long", "too_long"}:
        unit = "fields.unit.characters" if kind == "string_too_long" else "fields.unit.items"
        return document.diagnostic(
            location, say("S021", name=name, limit=context.get("max_length"), unit=say(unit))
        )
    if kind == "no_visible_character":
        return document.diagnostic(location, say("S022", name=name))
    return document.diagnostic(location, say("S023", at=name, msg=problem["msg"]))


def _not_allowed(
    document: Document,
    location: Location,
    name: str,
    key: str,
    value: Any,
    expected: str | None,
) -> Diagnostic:
    """A value that is not one of a field's choices, with the choice it may stand for."""
    allowed: list[str] = re.findall(r"'([^']*)'", expected or "")
    words = re.sub(r"[\s_-]+", " ", str(value).lower()).strip()
    meant = _VALUE_WORDS.get(words) or next(
        (choice for choice in allowed if re.sub(r"[\s_-]+", " ", choice) == words), None
    )
    if meant is None:
        meant = did_you_mean(words.replace(" ", "-"), allowed)
    choices = _choices(allowed, expected)
    teach: Text | str = ""
    if key == "activity" and "-" in str(value) and re.fullmatch(ID_PATTERN, str(value)):
        teach = say("fields.hint.teach-module", value=value)
    hint = (
        say("fields.hint.meant-choice", meant=meant, choices=choices, teach=teach)
        if meant is not None and meant in allowed
        else say("fields.hint.choices", choices=choices, teach=teach)
    )
    return document.diagnostic(
        location, say("S015", name=name, choices=choices, found=_describe(value)), hint
    )


def _choices(allowed: list[str], expected: str | None) -> Text | str:
    """`'a', 'b' or 'c'` as pydantic writes the choices, in either language."""
    if expected is None:
        return say("fields.allowed-values")
    quoted = [f"'{choice}'" for choice in allowed]
    if len(quoted) < 2:
        return expected
    choices = say("fields.or", some=", ".join(quoted[:-1]), last=quoted[-1])
    return choices if str(choices) == expected else expected


# What trainers write for a field, in Indonesian or in other words, by the field
# they mean. `start` also stands for "start and end" written on one line.
_FIELD_WORDS = {
    **dict.fromkeys(["judul", "nama_modul", "nama_mata_pelatihan"], "title"),
    **dict.fromkeys(["nama", "nama_angkatan"], "name"),
    **dict.fromkeys(["time", "jam", "waktu", "pukul"], "start"),
    **dict.fromkeys(["mulai", "jam_mulai", "begin", "from"], "start"),
    **dict.fromkeys(["selesai", "jam_selesai", "sampai", "until", "to", "finish"], "end"),
    **dict.fromkeys(["tanggal", "tgl", "day"], "date"),
    **dict.fromkeys(["ruang", "ruangan", "kelas"], "room"),
    **dict.fromkeys(["tempat", "lokasi", "location", "place"], "venue"),
    **dict.fromkeys(["modul", "mata_pelatihan", "mapel", "materi"], "module"),
    **dict.fromkeys(["kegiatan", "acara"], "activity"),
    **dict.fromkeys(
        ["pemandu", "pengajar", "narasumber", "fasilitator", "widyaiswara", "trainer"],
        "leaders",
    ),
    **dict.fromkeys(["peran"], "role"),
    **dict.fromkeys(["tahap", "tahapan", "fase", "phase"], "phases"),
    **dict.fromkeys(["hari", "jadwal", "schedule"], "days"),
    **dict.fromkeys(["sesi", "session"], "sessions"),
    **dict.fromkeys(["peserta", "jumlah_peserta"], "participants"),
    **dict.fromkeys(["zona_waktu", "zona", "tz", "time_zone", "zone"], "timezone"),
    **dict.fromkeys(["jenis", "tipe", "type"], "kind"),
    **dict.fromkeys(["deskripsi", "keterangan", "uraian"], "description"),
    **dict.fromkeys(["ringkasan"], "summary"),
    **dict.fromkeys(["penyelenggara"], "organizer"),
    **dict.fromkeys(["hasil_belajar"], "learning_outcome"),
    **dict.fromkeys(["indikator", "indikator_keberhasilan"], "success_indicators"),
    **dict.fromkeys(["materi_pokok"], "topics"),
    **dict.fromkeys(["sub_materi_pokok", "submateri"], "subtopics"),
    **dict.fromkeys(["metode"], "methods"),
    **dict.fromkeys(["evaluasi"], "assessment"),
    **dict.fromkeys(["prasyarat"], "prerequisites"),
    **dict.fromkeys(["label", "tema"], "tags"),
    **dict.fromkeys(["bahasa"], "language"),
    **dict.fromkeys(["latihan", "tugas"], "exercises"),
    **dict.fromkeys(["uji_pemahaman", "soal", "kuis", "quiz"], "self_check"),
    **dict.fromkeys(["pertanyaan"], "question"),
    **dict.fromkeys(["pilihan", "opsi", "options", "answers"], "choices"),
    **dict.fromkeys(["benar", "jawaban", "answer", "right"], "correct"),
    **dict.fromkeys(["penjelasan", "pembahasan"], "explanation"),
    **dict.fromkeys(["contoh_jawaban"], "model_answer"),
    **dict.fromkeys(["catatan_pelatih", "catatan_fasilitator", "notes"], "trainer_notes"),
    **dict.fromkeys(["poin_penting", "rangkuman"], "key_points"),
    **dict.fromkeys(["nilai_dasar", "berakhlak", "nilai"], "core_values"),
    **dict.fromkeys(["istilah", "glosarium"], "terms"),
    **dict.fromkeys(["definisi", "arti"], "definition"),
    **dict.fromkeys(["referensi", "dasar_hukum", "rujukan"], "references"),
}
# Values trainers write in Indonesian, by the value they mean.
_VALUE_WORDS = {
    **dict.fromkeys(["istirahat", "ishoma", "rehat", "coffee break", "makan siang"], "break"),
    **dict.fromkeys(["pembukaan"], "opening"),
    **dict.fromkeys(["penutupan"], "closing"),
    **dict.fromkeys(
        ["komitmen belajar", "membangun komitmen belajar", "blc", "bina suasana"],
        "learning_commitment",
    ),
    **dict.fromkeys(["kunjungan", "studi tiru", "kunjungan studi tiru"], "benchmarking_visit"),
    **dict.fromkeys(["lainnya", "lain"], "other"),
    **dict.fromkeys(["klasikal", "kelas"], "classroom"),
    **dict.fromkeys(
        ["nonklasikal", "non klasikal", "non-klasikal", "aktualisasi"], "off_classroom"
    ),
    **dict.fromkeys(["jarak jauh", "pjj", "daring", "online"], "distance"),
    **dict.fromkeys(["e learning", "elearning"], "e_learning"),
}


def _field_name(location: Location) -> str:
    """A location as a trainer reads it: `topics[2].title` (lists counted from 1)."""
    text = ""
    for part in location:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "file"


def _outer_owner(model: type[BaseModel], location: Location) -> Text | str | None:
    """Which enclosing mapping has a field named like the unknown key at `location`."""
    for depth in range(len(location) - 2, -1, -1):
        if location[-1] in _field_names(model, location[:depth]):
            return f"'{_field_name(location[:depth])}'" if depth else say("fields.top-level")
    return None


def _field_names(model: type[BaseModel], location: Location) -> list[str]:
    """The fields a mapping at `location` may have."""
    current: Any = model
    for part in location:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return []
        field = current.model_fields.get(str(part))
        if field is None:
            return []
        current = _model_inside(field.annotation)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _model_inside(annotation: Any) -> Any:
    """The model class in `list[X]`, `X | None` or `Annotated[X, ...]`, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = get_origin(annotation)
    if origin in (list, typing.Union, types.UnionType, typing.Annotated):
        for argument in get_args(annotation):
            found = _model_inside(argument)
            if found is not None:
                return found
    return None


def _number(value: Any) -> Text | str:
    text = str(value)
    return text if len(text) <= 20 else say("fields.long-number", count=len(text))


def _describe(value: Any) -> Text | str:
    """What was written instead: a kind of value, or the value itself (shortened)."""
    if value is None:
        return say("fields.nothing")
    if isinstance(value, dict):
        return say("fields.a-mapping")
    if isinstance(value, list):
        return say("fields.a-list")
    text = str(value)
    return f"'{text[:40]}…'" if len(text) > 40 else f"'{text}'"


# Letters of other scripts that look like Latin ones, as typed or pasted into ids.
_LOOKALIKES = str.maketrans(
    {
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-"),  # dashes
        **dict(zip("аеорсухіјѕԁһӏ", "aeopcyxijsdhl", strict=True)),  # Cyrillic  # noqa: RUF001
        **dict(zip("οαρκινε", "oapkive", strict=True)),  # Greek
    }
)


def _lookalike_note(text: str) -> Text | str:
    """Why an id that looks right is not: the first character outside a-z it holds."""
    foreign = next((char for char in text if ord(char) > 127), None)
    if foreign is None:
        return ""
    category = unicodedata.category(foreign)
    if category == "Pd":
        return say("fields.id.long-dash", char=foreign)
    if not foreign.isalpha():
        code = f"U+{ord(foreign):04X} {unicodedata.name(foreign, '').lower()}".strip()
        invisible = category in {"Cf", "Zs", "Mn"}
        return say("fields.id.invisible" if invisible else "fields.id.character", code=code)
    name = unicodedata.name(foreign, "a letter")
    if name.startswith("LATIN"):
        return say("fields.id.mark", char=foreign)
    return say("fields.id.foreign-letter", char=foreign, letter=name.lower())


def _suggest_id(text: str) -> str:
    """The closest valid id, or "" when the text has no letter or digit a-z, 0-9."""
    text = re.sub(r"\.ya?ml$", "", text.lower().translate(_LOOKALIKES), flags=re.IGNORECASE)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    suggested = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return f"{suggested}-1" if is_device_name(suggested) else suggested
