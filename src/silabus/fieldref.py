"""The trainer guide's tables of fields and of message codes, made from the model and
the message catalogue so that they can never drift from what Silabus reads and says.

In docs/panduan-pelatih.md, a table stands between `<!-- fields: Module -->` and
`<!-- /fields -->`, and the codes between `<!-- codes -->` and `<!-- /codes -->`;
`make fields` (python -m silabus.fieldref) writes every such table anew, and the
test suite fails when one is out of date.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from silabus import model
from silabus.catalogue import problems

_BLOCK = re.compile(
    r"(?P<start><!-- fields: (?P<name>\w+) -->\n).*?(?P<end><!-- /fields -->)", re.DOTALL
)


def field_table(item: type[BaseModel]) -> str:
    """A Markdown table: field, required or not, default, what it holds (Indonesian)."""
    schema = item.model_json_schema(mode="validation")
    properties = schema.get("properties", {})
    rows = ["| Kolom | Wajib? | Bawaan | Isi |", "| --- | --- | --- | --- |"]
    for name, field in item.model_fields.items():
        required = field.is_required()
        default = "" if required else _default(field.get_default(call_default_factory=True))
        text = _indonesian(field.description or "")
        extra = _constraints(properties.get(name, {}), schema.get("$defs", {}), text)
        content = f"{text} {extra}".strip().replace("|", "&#124;")
        cells = [f"`{name}`", "wajib" if required else "opsional", default, content]
        rows.append("| " + " | ".join(cells).replace(" |  | ", " | | ") + " |")
    return "\n".join(rows) + "\n"


_CODES = re.compile(r"(?P<start><!-- codes -->\n).*?(?P<end><!-- /codes -->)", re.DOTALL)

# What each letter of a code stands for, in the order the guide lists them.
CODE_AREAS = {
    "Y": "Penulisan YAML",
    "F": "Berkas dan folder",
    "S": "Kolom dan nilai",
    "C": "Program dan modul",
    "T": "Angkatan, tanggal, dan jam",
    "M": "Materi, gambar, unduhan, dan lembar kerja",
    "G": "Glosarium",
    "R": "Dasar hukum dan bacaan",
    "L": "Tautan di folder proyek",
    "P": "Pengaturan situs dan templat",
}


def code_table() -> str:
    """Every message code, grouped by what it is about, with its message in
    Indonesian and in English; a place the message fills in is shown as `…`."""
    found = problems()
    lines: list[str] = []
    for letter, area in CODE_AREAS.items():
        codes = sorted(code for code in found if code.startswith(letter))
        if not codes:
            continue
        lines += [f"**{letter}: {area}**", "", "| Kode | Pesan | Dalam bahasa Inggris |"]
        lines.append("| --- | --- | --- |")
        for code in codes:
            problem = found[code]
            anchor = f"`{code}`{{#{code.lower()}}}"  # an id the engines' link checks see
            lines.append(f"| {anchor} | {_template(problem.id)} | {_template(problem.en)} |")
        lines.append("")
    unknown = sorted({code[0] for code in found} - set(CODE_AREAS))
    if unknown:
        raise ValueError(f"codes starting with {', '.join(unknown)} have no area in the guide")
    return "\n".join(lines)


def _template(text: str) -> str:
    shown = text.replace("{{", "\0").replace("}}", "\1")
    shown = re.sub(r"\{[^{}]*\}", "…", shown).replace("\0", "{").replace("\1", "}")
    return shown.replace("\\", "\\\\").replace("|", "&#124;").replace("<", "&lt;")


def update_guide(text: str) -> str:
    """The guide with every marked table made anew."""

    def table(match: re.Match[str]) -> str:
        item = getattr(model, match["name"], None)
        if not (isinstance(item, type) and issubclass(item, BaseModel)):
            raise ValueError(f"no model named {match['name']!r} for a table of fields")
        # Blank lines around the table: Markdown reads a comment and the lines
        # right after it as one block of HTML.
        return f"{match['start']}\n{field_table(item)}\n{match['end']}"

    text = _BLOCK.sub(table, text)
    return _CODES.sub(lambda match: f"{match['start']}\n{code_table()}\n{match['end']}", text)


def _default(value: Any) -> str:
    if value == []:
        return "daftar kosong"
    if value is None or value == "":
        return "kosong"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    return f"`{value}`"


def _indonesian(description: str) -> str:
    """The Indonesian half of a model description ("id text / en text")."""
    return description.split(" / ", 1)[0].strip()


def _constraints(field: dict[str, Any], definitions: dict[str, Any], text: str) -> str:
    """What a value must be, said briefly: the choices, or the range of a number,
    unless the description says it already."""
    options = [field, *field.get("anyOf", [])]
    for option in options:
        if "$ref" in option:
            option = definitions.get(option["$ref"].rsplit("/", 1)[-1], option)
        choices = option.get("enum") or option.get("items", {}).get("enum")
        if choices:
            if all(f"`{choice}`" in text for choice in choices):
                return ""
            return "Pilihan: " + ", ".join(f"`{choice}`" for choice in choices) + "."
        if option.get("type") == "integer" and "minimum" in option and "maximum" in option:
            if " sampai " in text:
                return ""
            return f"Bilangan bulat {option['minimum']} sampai {option['maximum']}."
    return ""


def main(arguments: list[str]) -> int:
    path = Path(arguments[0] if arguments else "docs/panduan-pelatih.md")
    text = path.read_text(encoding="utf-8")
    updated = update_guide(text)
    if updated != text:
        path.write_text(updated, encoding="utf-8")
        print(f"Wrote the tables of fields and codes in {path} anew.")
    else:
        print(f"The tables of fields and codes in {path} are up to date.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
