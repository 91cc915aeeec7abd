"""JSON Schemas of the curriculum files, made from the model, for editors.

With a `# yaml-language-server: $schema=...` line at the top of a YAML file, VS Code's
YAML extension (and other editors using yaml-language-server) completes field
names, shows each field's description in Indonesian and English on hover, and
underlines unknown fields and wrong types while the trainer types. `silabus
validate` stays the judge: the schema cannot say everything it checks (JP that
add up, ids that exist, dates in order).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from silabus import model
from silabus.catalogue import Text, say
from silabus.files import check_target, make_folders, read_regular, write_file
from silabus.model import Cohort, Glossary, Module, Program, ReferenceList, Worksheet

SCHEMA_DIR = "schema"
DIALECT = "https://json-schema.org/draft/2020-12/schema"

# One schema per kind of curriculum file, named <kind>.schema.json.
KINDS: dict[str, type[BaseModel]] = {
    "program": Program,
    "module": Module,
    "cohort": Cohort,
    "glossary": Glossary,
    "references": ReferenceList,
    "worksheet": Worksheet,
}


def schema_file(kind: str) -> str:
    return f"{kind}.schema.json"


def json_schema(kind: str) -> dict[str, Any]:
    """The schema of one kind of file: what the model accepts as input."""
    schema = KINDS[kind].model_json_schema(mode="validation")
    definitions = schema.get("$defs", {})
    for name, definition in [(KINDS[kind].__name__, schema), *definitions.items()]:
        _number_ranges(getattr(model, name, None), definition)
        _empty_optional_fields(definition)
    _as_silabus_reads(schema)
    _without_titles(schema)
    _said_for_trainers(schema)
    _described_choices(schema)
    _wrong_types(schema)
    for definition in [schema, *definitions.values()]:
        _known_keys(definition)
    return {"$schema": DIALECT, **schema}


def schema_text(kind: str) -> str:
    return json.dumps(json_schema(kind), ensure_ascii=False, indent=2) + "\n"


def stale_schemas(folder: Path) -> dict[Path, bytes]:
    """The schema files of `folder` that are missing or differ from the model, with
    what they should hold."""
    wanted = {folder / schema_file(kind): schema_text(kind).encode("utf-8") for kind in KINDS}
    return {
        path: content
        for path, content in wanted.items()
        if path.is_symlink()
        or not path.is_file()
        or read_regular(path, len(content) + 1) != content
    }


def write_schemas(folder: Path, project_root: Path | None = None) -> list[Path]:
    """Write every schema into `folder`; returns the files that changed. Raises
    UnsafeTarget for a link planted there (see silabus.files), OSError when the
    folder cannot be written."""
    folder = make_folders(folder, project_root)
    stale = stale_schemas(folder)
    for path in stale:
        check_target(path, project_root)
    for path, content in stale.items():
        write_file(path, content, project_root)
    return list(stale)


# Silabus reads every value of a file as the text it is written with, so text
# fields take what YAML would read as a number or a yes/no, and yes/no fields
# take the words pydantic reads as one.
_YES_NO_WORDS = [
    word
    for pair in ("true false", "yes no", "on off", "y n", "t f")
    for word in pair.split()
    for word in (word, word.capitalize(), word.upper())
]


def _as_silabus_reads(schema: Any) -> None:
    """Widen the schema to what `silabus validate` accepts: no squiggle in the
    editor under a value Silabus reads well."""
    if isinstance(schema, list):
        for item in schema:
            _as_silabus_reads(item)
        return
    if not isinstance(schema, dict):
        return
    # A text YAML could read as a number or yes/no is taken as text; a name the
    # schema gives examples of (a time zone) never is one, so none is offered.
    if schema.get("type") == "string" and not {"pattern", "format", "enum", "examples"} & set(
        schema
    ):
        schema["type"] = ["string", "number", "boolean"]
    elif schema.get("type") == "boolean":
        del schema["type"]
        schema["anyOf"] = [
            {"type": "boolean"},
            {"enum": [0, 1, "0", "1", *dict.fromkeys(_YES_NO_WORDS)]},
        ]
        return
    for value in list(schema.values()):
        _as_silabus_reads(value)


# Keywords whose value is a schema, or a list or a mapping of schemas.
_SUBSCHEMA = frozenset({"items", "additionalProperties", "not", "if", "then", "else"})
_SUBSCHEMAS = frozenset({"anyOf", "allOf", "oneOf", "prefixItems"})
_NAMED_SUBSCHEMAS = frozenset({"properties", "$defs", "patternProperties"})


# A day of the calendar, as YYYY-MM-DD: no 30 February, no 31 April (29 February is
# left to `silabus validate`, which knows the leap years).
_CALENDAR_DATE = (
    r"^\s*[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    r"|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-9]))\s*$"
)
_CLOCK_TIME = r"^\s*([01]?[0-9]|2[0-3]):[0-5][0-9]\s*$"


# What each choice of a field means, in Indonesian and English, where the site's
# labels do not say it.
_CHOICES: dict[tuple[object, ...], list[str]] = {
    ("participant", "trainer"): [
        "Peserta: ditawarkan di situs peserta / Participants: offered on the participant site",
        "Pelatih: hanya di situs pelatih / Trainers: only on the trainer site",
    ],
    ("letters", "numbers"): [
        "Huruf: a, b, c / Letters: a, b, c",
        "Angka: 1, 2, 3 / Numbers: 1, 2, 3",
    ],
    ("id", "en"): ["Bahasa Indonesia / Indonesian", "Bahasa Inggris / English"],
    ("jp", "minutes"): [
        "JP (jam pelajaran), lamanya `jp_minutes` / Lesson hours of jp_minutes",
        "Menit / Minutes",
    ],
    model.IDENTITY_FIELDS: [
        "Nama peserta / Participant's name",
        "Unit kerja / Work unit",
        "Angkatan / Cohort",
        "Tanggal / Date",
    ],
    ("error", "warning", "note"): [
        "Kesalahan: situs tidak dibangun / Error: the site is not built",
        "Peringatan: menghentikan pembangunan --strict / Warning: stops a --strict build",
        "Catatan: dilaporkan, situs tetap dibangun / Note: reported; the site is built",
    ],
    ("free", "gratis", 0): [
        "Tanpa biaya / Free",
        "Tanpa biaya / Free",
        "Tanpa biaya / Free",
    ],
    ("berakhlak",): [
        "Tujuh nilai dasar ASN BerAKHLAK / The seven BerAKHLAK civil-service core values"
    ],
}
# Choices the site names with its labels, by the labels' prefix.
_LABELLED = ("phase.", "activity.", "kind.", "status.")


def _choice_descriptions(values: list[object]) -> list[str] | None:
    from silabus.render.messages import CATALOGUE

    for prefix in _LABELLED:
        keys = [f"{prefix}{value}" for value in values]
        if all(key in CATALOGUE["id"] for key in keys):
            return [f"{CATALOGUE['id'][key]} / {CATALOGUE['en'][key]}" for key in keys]
    return _CHOICES.get(tuple(values))


def _described_choices(schema: Any) -> None:
    """Each choice of a field described for the editor's completion list
    (`enumDescriptions`), as a trainer reads it: "Klasikal / Classroom". (The keys
    an object may have are not choices of a value.)"""
    for node in _nodes(schema):
        values = node.get("enum")
        if isinstance(values, list) and "errorMessage" not in node:
            described = _choice_descriptions(values)
            if described is not None:
                node["enumDescriptions"] = described


def _nodes(schema: Any) -> Iterator[dict[str, Any]]:
    """Every mapping of the schema, each before those inside it."""
    if isinstance(schema, list):
        for item in schema:
            yield from _nodes(item)
    elif isinstance(schema, dict):
        yield schema
        for value in list(schema.values()):
            yield from _nodes(value)


def _said_for_trainers(schema: Any) -> None:
    """The editor's words for a date or a time written wrong, in Indonesian and
    English: an impossible day (2027-02-30) is marked as one, and a time written
    7.30 (which YAML reads as a number) is answered with how to write it."""
    for node in _nodes(schema):
        if node.get("format") == "date":
            node["pattern"] = _CALENDAR_DATE
            node["errorMessage"] = _for_editor(say("fields.editor.date"))
        elif node.get("pattern") == _CLOCK_TIME:
            node["errorMessage"] = _for_editor(say("fields.editor.time"))


# The checks yaml-language-server answers with a schema's `errorMessage`, besides its type.
_OWN_MESSAGES = ("enum", "const", "pattern", "format", "errorMessage", "contains")


def _wrong_types(schema: Any) -> None:
    """A value of the wrong type (a list where text belongs, a time written 7.30)
    answered in Indonesian and English with what to write, where the editor's own
    words would be "Incorrect type. Expected string"."""
    for node in _nodes(schema):
        kinds = node.get("type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        # A whole number that may be quoted asks for a number; text that may also be
        # written as a number asks for text: the first type in _TYPE_WORDS is the one.
        kind = next((kind for kind in _TYPE_WORDS if kind in kinds), None)
        if kind is not None and not any(check in node for check in _OWN_MESSAGES):
            node["errorMessage"] = _for_editor(say(_TYPE_WORDS[kind]))


_TYPE_WORDS = {
    "integer": "fields.editor.integer",
    "string": "fields.editor.string",
    "number": "fields.editor.number",
    "boolean": "fields.editor.boolean",
    "array": "fields.editor.array",
    "object": "fields.editor.object",
}


def _for_editor(text: Text) -> str:
    """What the editor shows: Indonesian, then English."""
    return f"{text.render('id')} / {text.render('en')}"


def _known_keys(definition: dict[str, Any]) -> None:
    """An unknown key of an object answered with the keys it may have, in Indonesian
    and English (yaml-language-server shows `errorMessage`; its own "Property x is
    not allowed" names none)."""
    keys = list(definition.get("properties", {}))
    if definition.get("additionalProperties") is not False or not keys:
        return
    listed = ", ".join(keys)
    del definition["additionalProperties"]
    definition["propertyNames"] = {
        "enum": keys,
        "errorMessage": _for_editor(say("fields.editor.unknown-key", keys=listed)),
    }


def _without_titles(schema: Any) -> None:
    """The schema without titles: the model's names (a field's name again, or a
    class name such as LessonHours) and the schema's own, which yaml-language-server
    shows above a field's description on hover, once for each form the field may
    take ("Total || Total"). The descriptions say what a field is."""
    if not isinstance(schema, dict):
        return
    schema.pop("title", None)
    for key, value in schema.items():
        if key in _SUBSCHEMA:
            _without_titles(value)
        elif key in _SUBSCHEMAS and isinstance(value, list):
            for item in value:
                _without_titles(item)
        elif key in _NAMED_SUBSCHEMAS and isinstance(value, dict):
            for item in value.values():
                _without_titles(item)


def _number_ranges(item: Any, definition: dict[str, Any]) -> None:
    """A whole number may be written in quotes, so its schema offers a string too;
    its range (ge/le of the field) then goes with the number's branch."""
    if not (isinstance(item, type) and issubclass(item, BaseModel)):
        return
    for name, field in item.model_fields.items():
        bounds = {
            key: value
            for constraint in field.metadata
            for key, value in (
                ("minimum", getattr(constraint, "ge", None)),
                ("maximum", getattr(constraint, "le", None)),
            )
            if value is not None
        }
        if bounds:
            for branch in _integer_branches(definition.get("properties", {}).get(name, {})):
                branch.update(bounds)


def _integer_branches(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The integer schemas among the choices of `schema`, at any depth. Keys that
    are no JSON Schema keywords (pydantic leaves `ge` and `le` there) are removed."""
    schema.pop("ge", None)
    schema.pop("le", None)
    if schema.get("type") == "integer":
        return [schema]
    return [found for option in schema.get("anyOf", []) for found in _integer_branches(option)]


def _empty_optional_fields(definition: dict[str, Any]) -> None:
    """A field that may be left out may also be left empty (`summary:` with nothing
    after it), as the model reads it; a required one may not."""
    required = set(definition.get("required", []))
    for name, field in definition.get("properties", {}).items():
        if "anyOf" in field:  # pydantic's null for an optional field, not offered either
            field["anyOf"] = [
                EMPTY if option == {"type": "null"} else option for option in field["anyOf"]
            ]
        if name in required or _allows_null(field):
            continue
        kept = {key: field.pop(key) for key in ("title", "description", "default") if key in field}
        options = field.pop("anyOf") if set(field) == {"anyOf"} else [dict(field)]
        field.clear()
        field.update(kept)
        field["anyOf"] = [*options, EMPTY]


# An empty value (null), accepted without being offered: an editor offers `null`
# for a field whose schema names the type null, and inserts it.
EMPTY: dict[str, Any] = {
    "not": {"type": ["string", "number", "integer", "boolean", "object", "array"]}
}


def _allows_null(field: dict[str, Any]) -> bool:
    return field.get("type") == "null" or any(
        option.get("type") == "null" or option == EMPTY for option in field.get("anyOf", [])
    )
