"""schema.org's vocabulary, read from the npm package schema-dts (Apache-2.0), which
carries every type of the current release as TypeScript types: each type's
supertypes, its properties and the types their values may have. Enough to check
JSON-LD the way a validator does: every @type is a schema.org type, every property
belongs to that type or one of its supertypes, and every value is of a type the
property takes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# interface CourseInstanceBase extends EventBase { ... }
_BASE = re.compile(r"^interface (\w+)Base extends ([^{]+) \{\n(.*?)^\}", re.MULTILINE | re.DOTALL)
_PROPERTY = re.compile(r'^\s+"(\w+)"\?: SchemaValue<(.+?), "\1">;', re.MULTILINE)
# export interface CourseInstanceLeaf extends CourseInstanceBase { "@type": "CourseInstance"; }
_LEAF = re.compile(
    r'^export interface (\w+)Leaf extends (\w+)Base \{\n\s+"@type": "(\w+)";', re.MULTILINE
)
# export type Course = CourseLeaf | ... | string;
_UNION = re.compile(r"^export type (\w+) = (.+?);$", re.MULTILINE)
# Values in JSON that stand for themselves: the types a property must take to hold them.
_NUMBER = {"Number", "Integer", "Float"}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DURATION = re.compile(r"P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?")


@dataclass
class Vocabulary:
    """The types of schema.org: for each, its supertypes and own properties (with the
    names of the types each property takes), and the members of each type's union
    (itself, its subtypes, `string` where a name or address may stand for it)."""

    supertypes: dict[str, list[str]] = field(default_factory=dict)
    properties: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    unions: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def read(cls, package: Path) -> Vocabulary:
        text = (package / "dist" / "schema.d.ts").read_text(encoding="utf-8")
        vocabulary = cls()
        bases: dict[str, tuple[list[str], dict[str, set[str]]]] = {}
        for name, parents, body in _BASE.findall(text):
            supers = [
                parent.strip().removesuffix("Base")
                for parent in parents.split(",")
                if parent.strip().endswith("Base")  # not Partial<IdReference>
            ]
            properties = {
                prop: {kind.strip() for kind in kinds.split("|")} - {"IdReference"}
                for prop, kinds in _PROPERTY.findall(body)
            }
            bases[name] = (supers, properties)
        for _leaf, base, type_name in _LEAF.findall(text):
            if base == type_name:
                supers, properties = bases[base]
            else:  # a type with no properties of its own shares its parent's
                supers, properties = [base], {}
            vocabulary.supertypes[type_name] = supers
            vocabulary.properties[type_name] = properties
        for name, bases_only in bases.items():  # types that are only a base here
            vocabulary.supertypes.setdefault(name, bases_only[0])
            vocabulary.properties.setdefault(name, bases_only[1])
        for name, members in _UNION.findall(text):
            vocabulary.unions[name] = {member.strip() for member in members.split("|")}
        return vocabulary

    def is_type(self, name: str) -> bool:
        return name in self.properties

    def ancestry(self, name: str) -> Iterator[str]:
        """The type and all its supertypes."""
        seen: set[str] = set()
        waiting = [name]
        while waiting:
            current = waiting.pop()
            if current in seen or current not in self.supertypes:
                continue
            seen.add(current)
            yield current
            waiting.extend(self.supertypes[current])

    def takes(self, type_name: str, prop: str) -> set[str] | None:
        """The types the property takes on this type (None: not a property of it)."""
        for ancestor in self.ancestry(type_name):
            if prop in self.properties.get(ancestor, {}):
                return self.properties[ancestor][prop]
        return None

    def members(self, name: str) -> set[str]:
        """Every type and literal a value of type `name` may be: its subtypes, their
        subtypes, `string` where text stands for it."""
        found: set[str] = set()
        waiting = [name]
        while waiting:
            current = waiting.pop()
            if current in found:
                continue
            found.add(current)
            for member in self.unions.get(current, set()):
                waiting.append(member.removesuffix("Leaf"))
        return found

    def problems(self, data: Any, where: str = "") -> list[str]:
        """What in a JSON-LD node is not schema.org (empty when all of it is)."""
        if not isinstance(data, dict):
            return [f"{where or 'data'}: not an object"]
        type_name = data.get("@type")
        if not isinstance(type_name, str) or not self.is_type(type_name):
            return [f"{where or 'data'}: {type_name!r} is not a schema.org type"]
        found = []
        for prop, value in data.items():
            if prop.startswith("@"):
                continue
            takes = self.takes(type_name, prop)
            if takes is None:
                found.append(f"{where}{type_name}.{prop}: not a property of {type_name}")
                continue
            for item in value if isinstance(value, list) else [value]:
                found += self._value_problems(item, takes, f"{where}{type_name}.{prop}")
        return found

    def _value_problems(self, value: Any, takes: set[str], where: str) -> list[str]:
        allowed = set().union(*(self.members(kind) for kind in takes))
        if isinstance(value, dict):
            kind = value.get("@type")
            if kind not in allowed:
                return [f"{where}: a {kind} where it takes {' or '.join(sorted(takes))}"]
            return self.problems(value, f"{where} > ")
        if isinstance(value, bool):
            fits = "Boolean" in allowed
        elif isinstance(value, int | float):
            fits = bool(allowed & _NUMBER)
        elif isinstance(value, str):
            fits = self._text_fits(value, allowed)
        else:
            fits = False
        return [] if fits else [f"{where}: {value!r} is not a {' or '.join(sorted(takes))}"]

    def _text_fits(self, value: str, allowed: set[str]) -> bool:
        """Text fits a property that takes text or a thing named by text; a date,
        a duration or an address must be written as one."""
        if "Text" in allowed:
            return True
        if "URL" in allowed and re.match(r"https?://", value):
            return True
        if "Date" in allowed and _DATE.fullmatch(value):
            return True
        if "Duration" in allowed and _DURATION.fullmatch(value):
            return True
        # An enumeration member written as its name or address (OfflineEventAttendanceMode).
        literal = value.removeprefix("https://schema.org/")
        if f'"{literal}"' in allowed or f'"{value}"' in allowed:
            return True
        return "string" in allowed and not allowed & {"Date", "DateTime", "Duration", "URL"}
