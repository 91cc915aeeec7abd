"""The curriculum as typed data.

The field descriptions document the format, in Indonesian, then English; the
trainer guide describes the same fields for people who do not read code.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal
from fractions import Fraction
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal, get_args
from zoneinfo import ZoneInfo

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from silabus.catalogue import Text, say
from silabus.document import Document, Location
from silabus.when import clock_time, iso_date, problem, time_zone

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
ID_RE = re.compile(ID_PATTERN)
MAX_JP = 2000
# A module's length in minutes, in a program that counts in minutes: 2,000 JP of
# 45 minutes, or about 1,500 hours.
MAX_MINUTES = 90_000
TimeUnit = Literal["jp", "minutes"]
MAX_MATERIAL_CHARACTERS = 500_000


class MarkdownMark:
    """Marks a field as Markdown, for the checks that read every Markdown text."""


class InlineMark:
    """Marks a short field whose inline Markdown (code, emphasis, links) is rendered."""


class PlainMark:
    """Marks a field shown exactly as written."""


def _visible_text(value: str) -> str:
    """Whitespace collapsed and direction overrides dropped (they reorder what is shown);
    text of invisible characters only is not text."""
    text = " ".join(_DIRECTION_CONTROLS.sub("", value).split())
    if "!" <= text[:1] <= "~":  # starts with a printable ASCII character
        return text
    if not any(_is_visible(char) for char in text):
        raise PydanticCustomError("no_visible_character", "has no visible character")
    return text


def _is_visible(char: str) -> bool:
    return (
        unicodedata.category(char) not in {"Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Me"}
        and char not in _BLANK_LETTERS
    )


_DIRECTION_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Letters that print as nothing (Hangul fillers, braille blank).
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
_WHOLE_NUMBER = re.compile(r"\s*[+-]?[0-9]+(\.0*)?\s*")


def _whole_number(value: Any) -> Any:
    """Digits only: '1_2' is not read as 12."""
    if isinstance(value, str) and not _WHOLE_NUMBER.fullmatch(value):
        raise PydanticCustomError("int_parsing", "Input should be a whole number")
    return value


# Editors read the JSON Schema too: a number in quotes ("12") is read as 12.
WholeNumber = Annotated[
    int,
    BeforeValidator(
        _whole_number,
        json_schema_input_type=int
        | Annotated[str, StringConstraints(pattern=rf"^{_WHOLE_NUMBER.pattern}$")],
    ),
]


# Names Windows keeps for devices, with any extension: ids become file and folder names
# (curriculum/modules/<id>.yml, modul/<id>/), which a checkout on Windows cannot hold.
DEVICE_NAME_PATTERN = r"^(con|prn|aux|nul|com[1-9]|lpt[1-9])$"
_DEVICE_NAME = re.compile(DEVICE_NAME_PATTERN)


def is_device_name(text: str) -> bool:
    return _DEVICE_NAME.fullmatch(text) is not None


def is_id(text: str) -> bool:
    """Whether `text` may be an id: the id pattern, and no name Windows reserves."""
    return ID_RE.fullmatch(text) is not None and len(text) <= 80 and not is_device_name(text)


def _not_a_device_name(value: str) -> str:
    if is_device_name(value):
        raise problem(say("S024", value=value), say("fields.hint.device-name", value=value))
    return value


Id = Annotated[
    str,
    StringConstraints(strip_whitespace=True, pattern=ID_PATTERN, max_length=80),
    AfterValidator(_not_a_device_name),
    Field(json_schema_extra={"not": {"pattern": DEVICE_NAME_PATTERN}}),
]
PlainText = Annotated[
    str,
    StringConstraints(min_length=1, max_length=2000),
    AfterValidator(_visible_text),
    PlainMark(),
]
# A short text on one line with inline Markdown: `code`, *emphasis*, **strong**, and
# links; HTML in it shows as typed.
InlineText = Annotated[
    str,
    StringConstraints(min_length=1, max_length=2000),
    AfterValidator(_visible_text),
    InlineMark(),
]


def _without_direction_controls(value: str) -> str:
    """Direction overrides dropped from Markdown, as from plain text (they reorder what
    is shown, so that a page could read otherwise than its source)."""
    return _DIRECTION_CONTROLS.sub("", value)


Markdown = Annotated[
    str,
    StringConstraints(max_length=20_000),
    AfterValidator(_without_direction_controls),
    MarkdownMark(),
]
# Its length checked before the overrides are dropped: an empty one is named as empty.
RequiredMarkdown = Annotated[
    str,
    StringConstraints(min_length=1, max_length=20_000),
    AfterValidator(_without_direction_controls),
    MarkdownMark(),
]


def _tag_text(value: str) -> str:
    """Tags become front matter and links of the theme: markup characters are out."""
    forbidden = sorted(set(value) & set(_TAG_FORBIDDEN))
    if forbidden:
        characters = ", ".join(repr(char) for char in forbidden)
        raise problem(
            say("S025", value=value, characters=characters),
            say("fields.hint.tag-characters"),
        )
    return value


_TAG_FORBIDDEN = '&<>"\\'
Tag = Annotated[
    str,
    StringConstraints(min_length=1, max_length=40),
    AfterValidator(_visible_text),
    AfterValidator(_tag_text),
]


IsoDate = Annotated[date, BeforeValidator(iso_date)]
# Editors read the JSON Schema (silabus schema): a time as trainers write it, 08:30.
ClockTime = Annotated[
    time,
    BeforeValidator(clock_time),
    WithJsonSchema({"type": "string", "pattern": "^\\s*([01]?[0-9]|2[0-3]):[0-5][0-9]\\s*$"}),
]
TimeZoneName = Annotated[
    str,
    BeforeValidator(time_zone),
    WithJsonSchema(
        {"type": "string", "examples": ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]}
    ),
]


def plain_number(value: Fraction | float) -> int | float:
    """A count of JP or hours as people write it: 12, or 2.33 (two decimals at most)."""
    exact = Fraction(value)
    return exact.numerator if exact.denominator == 1 else round(float(exact), 2)


def _total_shorthand(value: Any) -> Any:
    """`jp: 12` is short for `jp: {total: 12}`, `minutes: 90` for `minutes: {total: 90}`."""
    return {"total": value} if isinstance(value, str | int) else value


def _described(id_text: str, en_text: str) -> str:
    return f"{id_text} / {en_text}"


class _Strict(BaseModel):
    model_config = ConfigDict(
        extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True
    )

    @model_validator(mode="before")
    @classmethod
    def _empty_means_default(cls, data: Any) -> Any:
        """`description:` left empty in a template means the same as no line at all,
        for fields that may be left out; a required field left empty stays an error."""
        if not isinstance(data, dict) or None not in data.values():
            return data
        return {
            key: value
            for key, value in data.items()
            if not (
                value is None
                and key in cls.model_fields
                and not cls.model_fields[key].is_required()
            )
        }


class Agenda(_Strict):
    """Agenda: satu blok kurikulum yang mengelompokkan mata pelatihan. / A block of the
    curriculum grouping modules."""

    id: Id = Field(
        description=_described(
            "Kode agenda. Menjadi alamat halamannya: `agenda/<id>/`.",
            "Agenda id: lowercase letters, digits and hyphens; it becomes the page address.",
        )
    )
    title: PlainText = Field(
        description=_described("Judul agenda. Teks biasa.", "Agenda title."),
    )
    description: Markdown = Field(
        "",
        description=_described(
            "Deskripsi agenda. **Markdown**. Tampil di halaman agenda.",
            "What the agenda is about (Markdown).",
        ),
    )
    modules: list[Id] = Field(
        min_length=1,
        description=_described(
            ("Id mata pelatihan dalam agenda ini, sesuai urutan pembelajaran. Minimal satu."),
            "Ids of the modules in this agenda, in teaching order.",
        ),
    )


# The BerAKHLAK core values of the civil service (SE Menpan RB 20/2021): the value set
# of a program written with `values: berakhlak`, and of an Indonesian one by default.
CORE_VALUES = {
    "berorientasi-pelayanan": "Berorientasi Pelayanan",
    "akuntabel": "Akuntabel",
    "kompeten": "Kompeten",
    "harmonis": "Harmonis",
    "loyal": "Loyal",
    "adaptif": "Adaptif",
    "kolaboratif": "Kolaboratif",
}
# For the editor, a choice to offer (an enum), not a constant.
ValuePreset = Annotated[
    Literal["berakhlak"], WithJsonSchema({"type": "string", "enum": ["berakhlak"]})
]


class Value(_Strict):
    """Nilai organisasi yang dilatih mata pelatihan. / A value modules train."""

    id: Id = Field(
        description=_described(
            "Kode nilai, yang dikutip mata pelatihan di `core_values`.",
            "Value id, which modules cite in core_values.",
        )
    )
    title: Tag = Field(
        description=_described(
            (
                "Nama nilai, paling panjang 40 karakter. Tampil sebagai label di halaman "
                "mata pelatihan yang melatihnya. Teks biasa."
            ),
            "The value's name (at most 40 characters), shown as a tag of the modules "
            "that train it.",
        )
    )
    description: Markdown = Field(
        "",
        description=_described(
            "Arti nilai itu. **Markdown**. Tampil di halaman program.",
            "What the value means (Markdown), shown on the program page.",
        ),
    )


BERAKHLAK = tuple(Value(id=key, title=title) for key, title in CORE_VALUES.items())
VALUE_PRESETS = {"berakhlak": BERAKHLAK}


def _value_preset(value: Any) -> Any:
    """`values: berakhlak` (in any case) is short for the seven BerAKHLAK values."""
    if not isinstance(value, str):
        return value
    preset = VALUE_PRESETS.get(value.strip().casefold())
    if preset is None:
        raise problem(
            say("C033", value=value.strip()[:40]),
            say("fields.hint.value-set"),
        )
    return [value.model_dump() for value in preset]


def _label_shorthand(value: Any) -> Any:
    """`agenda_label: Unit` is short for `agenda_label: {one: Unit}`; a list of words
    does not say which is which."""
    if isinstance(value, list):
        raise problem(say("C046"), say("curriculum.hint.agenda-label-forms"))
    return {"one": value} if isinstance(value, str) else value


@lru_cache(maxsize=1)
def currencies() -> frozenset[str]:
    """The currencies in use today (ISO 4217 codes), as the Unicode CLDR (Babel's)
    lists them by country."""
    from babel import Locale
    from babel.numbers import get_territory_currencies

    territories = Locale("en").territories
    return frozenset(
        code for territory in territories for code in get_territory_currencies(str(territory))
    )


# What people write for a currency instead of its code.
_CURRENCY_WORDS = {"rp": "IDR", "rupiah": "IDR", "$": "USD", "us$": "USD", "€": "EUR"}
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_FREE_WORDS = {"free", "gratis", "0", "nol", "tanpa biaya", "tidak dipungut biaya"}
# The same for the JSON schema, whose patterns know no case: `[Ff][Rr][Ee][Ee]`, and
# 0 written as text ("0", "0.00").
_FREE_PATTERN = (
    r"^\s*(?:-?0+(?:\.0+)?|"
    + "|".join(
        "".join(f"[{c}{c.upper()}]" if c.isalpha() else c for c in word)
        for word in sorted(_FREE_WORDS - {"0"})
    )
    + r")\s*$"
)
# "Rp 3.500.000", "Rp3.500.000,-", "IDR 3500000": an amount with a currency in words.
_WORDED_FEE = re.compile(
    r"(?P<currency>rp\.?|idr|usd|\$|us\$|eur|€)?\s*(?P<amount>[0-9][0-9.,]*?)(?:,-)?\s*"
    r"(?P<after>idr|rupiah|usd|eur)?",
    re.IGNORECASE,
)


def _currency_code(value: Any) -> Any:
    """A currency is its ISO 4217 code (IDR, USD); lower case is understood."""
    if not isinstance(value, str):
        return value
    code = value.strip().upper()
    if code in currencies():
        return code
    known = _CURRENCY_WORDS.get(value.strip().casefold())
    hint = (
        say("curriculum.hint.currency-for", code=known)
        if known
        else say("curriculum.hint.currency-code")
    )
    raise problem(say("C052", currency=value.strip()[:40]), hint)


def _fee_shorthand(value: Any) -> Any:
    """`fee: free` (or `gratis`, or 0) is a course without a fee; any other fee is an
    amount with its currency: `fee: {amount: 3500000, currency: IDR}`."""
    if isinstance(value, bool):
        raise problem(say("C050", value=str(value).lower()), say("curriculum.hint.fee-forms"))
    if isinstance(value, str) and _NUMBER.fullmatch(value.strip()):
        value = float(value)
    if isinstance(value, int | float):
        if value == 0:
            return {"amount": 0}
        if value < 0:
            raise problem(say("C055", amount=plain_number(value)), say("curriculum.hint.fee-forms"))
        raise problem(
            say("C051", amount=plain_number(value)),
            say("curriculum.hint.fee-currency", amount=plain_number(value)),
        )
    if not isinstance(value, str):
        return value
    if value.strip().casefold() in _FREE_WORDS:
        return {"amount": 0}
    worded = _WORDED_FEE.fullmatch(value.strip())
    if worded and (worded["currency"] or worded["after"]):
        digits = re.sub(r"[.,]", "", worded["amount"])
        written = worded["currency"] or worded["after"] or ""
        code = _CURRENCY_WORDS.get(written.casefold().rstrip("."), written.upper())
        code = "IDR" if code in {"RP", "RUPIAH"} else code
        raise problem(
            say("C050", value=value.strip()[:40]),
            say("curriculum.hint.fee-as-amount", amount=digits, currency=code),
        )
    raise problem(say("C050", value=value.strip()[:40]), say("curriculum.hint.fee-forms"))


class Fee(_Strict):
    """Biaya pelatihan per peserta. / The fee each participant pays."""

    amount: Decimal = Field(
        ge=0,
        le=10**12,
        decimal_places=2,
        description=_described(
            "Besar biaya per peserta, tanpa titik ribuan: `3500000`. `0` berarti gratis.",
            "The fee per participant, without thousands separators; 0 means free.",
        ),
    )
    currency: (
        Annotated[
            str,
            BeforeValidator(
                _currency_code,
                json_schema_input_type=Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{3}$")],
            ),
        ]
        | None
    ) = Field(
        None,
        description=_described(
            "Kode mata uang tiga huruf (ISO 4217), misalnya `IDR` untuk rupiah. Wajib "
            "jika biayanya bukan 0.",
            "The currency's three-letter ISO 4217 code, such as IDR or USD; needed unless "
            "the fee is 0.",
        ),
    )

    @model_validator(mode="after")
    def _currency_given(self) -> Fee:
        if self.amount and self.currency is None:
            amount = plain_number(float(self.amount))
            raise problem(
                say("C051", amount=amount), say("curriculum.hint.fee-currency", amount=amount)
            )
        if self.amount and self.currency is not None:
            from babel.numbers import get_currency_precision

            digits = get_currency_precision(self.currency)
            if self.amount != round(self.amount, digits):
                raise problem(
                    say(
                        "C056",
                        amount=plain_number(float(self.amount)),
                        currency=self.currency,
                        digits=digits,
                    ),
                    say(
                        "curriculum.hint.fee-digits",
                        rounded=plain_number(float(round(self.amount, digits))),
                    ),
                )
        return self

    @property
    def free(self) -> bool:
        return self.amount == 0


# One short line: it becomes headings, table headers and navigation titles.
LabelWord = Annotated[
    str,
    StringConstraints(min_length=1, max_length=40),
    AfterValidator(_visible_text),
    PlainMark(),
]


class AgendaLabel(_Strict):
    """Sebutan kelompok mata pelatihan, tunggal dan jamak. / What a group of modules is
    called, for one and for several."""

    one: LabelWord = Field(
        description=_described(
            "Sebutan satu kelompok, misalnya `Part` atau `Unit`.", "The word for one group."
        )
    )
    many: LabelWord | None = Field(
        None,
        description=_described(
            (
                "Sebutan beberapa kelompok, misalnya `Parts`. Bila tidak ditulis, sama "
                "dengan `one` (seperti dalam bahasa Indonesia)."
            ),
            "The word for several groups; the same as `one` when left out.",
        ),
    )

    @property
    def plural(self) -> str:
        return self.many if self.many is not None else self.one


class Program(_Strict):
    """Program pelatihan (curriculum/program.yml). / The training program."""

    # Agendas, or modules directly under the program: one of the two.
    model_config = ConfigDict(
        json_schema_extra={"oneOf": [{"required": ["agendas"]}, {"required": ["modules"]}]}
    )

    id: Id = Field(
        description=_described(
            ("Kode program: huruf kecil, angka, dan tanda hubung (lihat [Aturan id](#aturan-id))."),
            "Program id: lowercase letters, digits and hyphens.",
        )
    )
    title: PlainText = Field(
        description=_described("Nama pelatihan. Teks biasa.", "Program title.")
    )
    organizer: PlainText | None = Field(
        None,
        description=_described(
            "Penyelenggara pelatihan. Teks biasa.", "The organization that runs the training."
        ),
    )
    organizer_url: (
        Annotated[str, StringConstraints(pattern=r"^https?://\S+$", max_length=2000)] | None
    ) = Field(
        None,
        description=_described(
            "Alamat situs web penyelenggara, diawali `https://`. Masuk ke data kursus "
            "untuk mesin pencari.",
            "The organizer's website (http or https), given to search engines in the course data.",
        ),
    )
    fee: Annotated[
        Fee | None,
        BeforeValidator(
            _fee_shorthand,
            json_schema_input_type=Literal[0]
            | Annotated[str, StringConstraints(pattern=_FREE_PATTERN)]
            | Fee,
        ),
    ] = Field(
        None,
        description=_described(
            (
                "Biaya per peserta: `free` (atau `gratis`, `0`) untuk pelatihan tanpa "
                "biaya, atau besarnya dengan mata uangnya: `{amount: 3500000, "
                "currency: IDR}`. Masuk ke data kursus untuk mesin pencari (lihat "
                "[Biaya dan data kursus](#biaya))."
            ),
            "The fee per participant: free (or 0), or its amount and currency: "
            "{amount: 3500000, currency: IDR}; given to search engines in the course data.",
        ),
    )
    description: Markdown = Field(
        "",
        description=_described(
            "Deskripsi program. **Markdown**. Tampil di halaman program.",
            "What the program is about (Markdown).",
        ),
    )
    language: Literal["id", "en"] = Field(
        "id",
        description=_described(
            "Bahasa isi kurikulum: `id` (Indonesia) atau `en` (Inggris).",
            "Language of the curriculum content: id (Indonesian) or en (English).",
        ),
    )
    time_unit: TimeUnit = Field(
        "jp",
        description=_described(
            (
                "Satuan waktu mata pelatihan: `jp` (jam pelajaran, bawaannya) atau "
                "`minutes` (menit). Dengan `minutes`, setiap mata pelatihan menulis "
                "`minutes:` sebagai ganti `jp:` (lihat [Alokasi JP](#alokasi-jp))."
            ),
            "How modules are timed: jp (lesson hours of jp_minutes, the default) or "
            "minutes; with minutes, each module states 'minutes:' instead of 'jp:'.",
        ),
    )
    jp_minutes: WholeNumber = Field(
        45,
        ge=10,
        le=120,
        description=_described(
            "Lama satu JP dalam menit. Bilangan bulat 10 sampai 120. Hanya untuk `time_unit: jp`.",
            "Minutes in one JP (lesson hour); 45 by default. Only with time_unit: jp.",
        ),
    )
    agendas: list[Agenda] = Field(
        default_factory=list,
        min_length=1,
        description=_described(
            (
                "Daftar agenda, sesuai urutan. Minimal satu. Wajib, kecuali program "
                "mencantumkan `modules` (lihat [Program tanpa agenda](#program-tanpa-agenda))."
            ),
            "The program's agendas, in order; or leave them out and list `modules`.",
        ),
    )
    modules: list[Id] = Field(
        default_factory=list,
        min_length=1,
        description=_described(
            (
                "Id mata pelatihan langsung di bawah program, sesuai urutan pembelajaran, "
                "untuk pelatihan tanpa agenda. Ditulis sebagai ganti `agendas`."
            ),
            "Ids of the modules, in teaching order, for a program without agendas "
            "(instead of `agendas`).",
        ),
    )
    agenda_label: (
        Annotated[
            AgendaLabel,
            BeforeValidator(_label_shorthand, json_schema_input_type=LabelWord | AgendaLabel),
        ]
        | None
    ) = Field(
        None,
        description=_described(
            (
                "Sebutan agenda di halaman situs, misalnya `Unit` atau `Bagian`; bawaannya "
                "`Agenda`. Program berbahasa Inggris menulis juga bentuk jamaknya: "
                "`{one: Part, many: Parts}` (lihat [Sebutan agenda](#sebutan-agenda))."
            ),
            'What a group of modules is called on pages ("Part", "Unit"); Agenda by '
            "default. An English program gives both forms: {one: Part, many: Parts}.",
        ),
    )
    revoked_citations: Literal["error", "warning", "note"] = Field(
        "warning",
        description=_described(
            (
                "Cara melaporkan mata pelatihan yang mengutip aturan yang sudah "
                "dicabut: `error`, `warning`, atau `note` (lihat [Dasar hukum dan "
                "bacaan](#referensi))."
            ),
            "How a module citing a revoked rule is reported: error, warning (the default; "
            "stops make site) or note (reported, and the site is still built).",
        ),
    )
    values: Annotated[
        list[Value] | None,
        BeforeValidator(_value_preset, json_schema_input_type=ValuePreset | list[Value]),
    ] = Field(
        None,
        description=_described(
            (
                "Nilai yang dilatih mata pelatihan (kolom `core_values`): `berakhlak` "
                "untuk nilai dasar ASN BerAKHLAK, atau daftar nilai organisasi sendiri "
                "dengan `id`, `title`, dan `description`. Bawaan: `berakhlak` bila "
                "`language: id`, tanpa nilai bila `language: en` (lihat [Nilai "
                "organisasi](#nilai))."
            ),
            "The values modules train (their core_values): berakhlak for the BerAKHLAK "
            "civil-service core values, or a list of the organization's own, each with "
            "id, title and description. Default: berakhlak when the language is id, "
            "none otherwise.",
        ),
    )
    prerequisites: Markdown = Field(
        "",
        description=_described(
            (
                "Yang perlu sudah dikuasai peserta sebelum mengikuti pelatihan, di luar "
                "program ini. **Markdown**. Tampil di halaman program."
            ),
            "What participants should know before the course, outside this program "
            "(Markdown); shown on the program page.",
        ),
    )
    setup: Markdown = Field(
        "",
        description=_described(
            (
                "Yang perlu disiapkan atau dipasang peserta sebelum pelatihan dimulai. "
                "**Markdown**. Tampil di halaman **Persiapan** (`persiapan/`) yang "
                "ditautkan dari halaman program."
            ),
            "What participants prepare or install before the course (Markdown); shown on "
            "a Setup page of its own, linked from the program page.",
        ),
    )
    license: PlainText | None = Field(
        None,
        description=_described(
            (
                "Lisensi isi pelatihan, misalnya `CC BY 4.0`. Teks biasa. Tampil di "
                "halaman program; lisensi Creative Commons, MIT, atau Apache yang "
                "dikenal Silabus ditautkan ke teksnya."
            ),
            "The licence of the course content, such as CC BY 4.0; shown on the program "
            "page, and linked to its text when Silabus knows it.",
        ),
    )
    credits: Markdown = Field(
        "",
        description=_described(
            (
                "Penyusun, sumber yang diadaptasi, dan ucapan terima kasih. **Markdown**. "
                "Tampil di akhir halaman program."
            ),
            "Authors, sources adapted and acknowledgements (Markdown); shown at the end "
            "of the program page.",
        ),
    )
    trainer_notes: Markdown = Field(
        "",
        description=_described(
            (
                "Catatan khusus pelatih untuk seluruh pelatihan. **Markdown**. Hanya "
                "tampil di halaman program situs pelatih (lihat [Situs "
                "pelatih](#situs-pelatih))."
            ),
            "Notes for trainers on the whole course (Markdown); only on the program page "
            "of the trainer build.",
        ),
    )

    @property
    def value_set(self) -> tuple[Value, ...]:
        """The values modules may cite: the preset's, the program's own, or none."""
        if self.values is None:
            return BERAKHLAK if self.language == "id" else ()
        return tuple(self.values)

    @property
    def value_kind(self) -> Literal["berakhlak", "own", "none"]:
        """Which value set the program has, which names the page of tags."""
        if not self.value_set:
            return "none"
        return "berakhlak" if self.value_set == BERAKHLAK else "own"

    @property
    def module_ids(self) -> list[str]:
        """The ids of the program's modules in teaching order: each agenda's in turn,
        or the program's own list when it has no agendas."""
        if self.agendas:
            return [module_id for agenda in self.agendas for module_id in agenda.modules]
        return list(self.modules)


class Topic(_Strict):
    """Materi pokok dan sub-materi pokoknya. / A topic and its subtopics."""

    title: InlineText = Field(
        description=_described("Materi pokok. Teks dengan Markdown sebaris.", "Topic.")
    )
    subtopics: list[InlineText] = Field(
        default_factory=list,
        description=_described(
            "Sub-materi pokok, satu butir per sub-materi. Teks dengan Markdown sebaris.",
            "Subtopics.",
        ),
    )


_PARTS = ("theory", "assignment", "practice")


class _Split(_Strict):
    """A length and, optionally, its parts."""

    @property
    def split(self) -> dict[str, int] | None:
        """The parts that were given, or None when the length is not split."""
        parts = {name: getattr(self, name) for name in _PARTS}
        given = {name: length for name, length in parts.items() if length is not None}
        return given or None


class LessonHours(_Split):
    """Alokasi JP. / Lesson hours (JP)."""

    total: WholeNumber = Field(
        ge=1,
        le=MAX_JP,
        description=_described(
            "Jumlah JP mata pelatihan. Bilangan bulat 1 sampai 2000.", "Total JP of the module."
        ),
    )
    theory: WholeNumber | None = Field(
        None,
        ge=0,
        le=MAX_JP,
        description=_described(
            "JP teori. Bilangan bulat 0 sampai 2000.", "JP of theory (optional)."
        ),
    )
    assignment: WholeNumber | None = Field(
        None,
        ge=0,
        le=MAX_JP,
        description=_described(
            "JP penugasan. Bilangan bulat 0 sampai 2000.", "JP of assignments (optional)."
        ),
    )
    practice: WholeNumber | None = Field(
        None,
        ge=0,
        le=MAX_JP,
        description=_described(
            "JP praktik lapangan. Bilangan bulat 0 sampai 2000.", "JP of field practice (optional)."
        ),
    )


class LessonMinutes(_Split):
    """Lama dalam menit. / Length in minutes."""

    total: WholeNumber = Field(
        ge=1,
        le=MAX_MINUTES,
        description=_described(
            "Lama mata pelatihan dalam menit. Bilangan bulat 1 sampai 90000.",
            "Total minutes of the module.",
        ),
    )
    theory: WholeNumber | None = Field(
        None,
        ge=0,
        le=MAX_MINUTES,
        description=_described("Menit teori.", "Minutes of theory (optional)."),
    )
    assignment: WholeNumber | None = Field(
        None,
        ge=0,
        le=MAX_MINUTES,
        description=_described("Menit penugasan.", "Minutes of assignments (optional)."),
    )
    practice: WholeNumber | None = Field(
        None,
        ge=0,
        le=MAX_MINUTES,
        description=_described("Menit praktik.", "Minutes of practice (optional)."),
    )


class Choice(_Strict):
    """Pilihan jawaban. / An answer to choose."""

    text: InlineText = Field(
        description=_described("Teks pilihan. Teks dengan Markdown sebaris.", "The choice.")
    )
    correct: bool = Field(
        False,
        description=_described("true untuk jawaban yang benar.", "true for a right answer."),
    )


class Question(_Strict):
    """Soal uji pemahaman. / A self-check question."""

    question: InlineText = Field(
        description=_described("Pertanyaan. Teks dengan Markdown sebaris.", "The question.")
    )
    choices: list[Choice] = Field(
        min_length=2,
        max_length=10,
        description=_described(
            (
                "Dua sampai sepuluh pilihan. Setiap pilihan memiliki `text` (teks "
                "pilihan) dan `correct` (`true` untuk jawaban yang benar; bawaannya "
                "`false`). Boleh lebih dari satu jawaban benar. Soal tanpa jawaban "
                "benar adalah kesalahan."
            ),
            "Answers to choose from, at least two; mark the right ones with correct: true.",
        ),
    )
    explanation: Markdown = Field(
        "",
        description=_described(
            "Penjelasan yang tampil bersama jawaban. **Markdown**.",
            "Why the answer is right, shown with the answer (Markdown).",
        ),
    )
    choice_labels: Literal["letters", "numbers"] = Field(
        "letters",
        description=_described(
            (
                "Penanda pilihan: `letters` (A, B, C; bawaan) atau `numbers` (1, 2, 3), "
                "misalnya bila pertanyaannya menyebut nomor."
            ),
            "How choices are labelled: letters (A, B, C; the default) or numbers (1, 2, 3).",
        ),
    )


class Exercise(_Strict):
    """Latihan terbuka. / An open exercise."""

    title: InlineText = Field(
        description=_described("Judul latihan. Teks dengan Markdown sebaris.", "Exercise title.")
    )
    task: RequiredMarkdown = Field(
        description=_described("Tugas untuk peserta. **Markdown**.", "The task (Markdown).")
    )
    model_answer: Markdown = Field(
        "",
        description=_described(
            "Contoh jawaban, tersembunyi sampai dibuka. **Markdown**.",
            "A model answer, hidden until opened (Markdown).",
        ),
    )


# What participants may download, by file name ending: documents, slides,
# spreadsheets, images and archives; never a program or a script.
DOWNLOAD_TYPES = {
    ".pdf": "PDF", ".odt": "ODT", ".docx": "Word", ".doc": "Word", ".rtf": "RTF",
    ".txt": "Text", ".epub": "EPUB",
    ".odp": "ODP", ".pptx": "PowerPoint", ".ppt": "PowerPoint",
    ".ods": "ODS", ".xlsx": "Excel", ".xls": "Excel", ".csv": "CSV",
    ".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".webp": "WebP", ".gif": "GIF",
    ".svg": "SVG", ".zip": "ZIP", ".7z": "7z", ".gz": "gzip", ".tgz": "gzip",
    ".mp3": "MP3", ".ogg": "Ogg", ".m4a": "M4A", ".mp4": "MP4", ".webm": "WebM",
}  # fmt: skip
IMAGE_TYPES = frozenset({".png", ".jpg", ".jpeg", ".webp", ".gif", ".svg"})
VIDEO_TYPES = frozenset({".mp4", ".webm"})
FILE_PATH_PATTERN = r'^[^/\\:*?"<>|\x00-\x1f\x7f]+(/[^/\\:*?"<>|\x00-\x1f\x7f]+)*$'


def _file_path(value: str) -> str:
    parts = value.split("/")
    if any(part in {".", ".."} or part.startswith(".") for part in parts):
        raise problem(say("S026", value=value), say("fields.hint.outside-module"))
    return value


FilePath = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=1, max_length=300, pattern=FILE_PATH_PATTERN
    ),
    AfterValidator(_file_path),
]


class Download(_Strict):
    """Berkas unduhan. / A file participants may download."""

    title: PlainText = Field(
        description=_described(
            "Judul berkas, misalnya 'Bahan tayang'. Teks biasa.", "The file's title."
        )
    )
    file: FilePath = Field(
        description=_described(
            (
                "Berkas di folder mata pelatihan (`curriculum/modules/<id>/`), misalnya "
                "`handout.pdf`: dokumen, bahan tayang, lembar kerja, gambar atau arsip."
            ),
            "The file, in the module's folder (curriculum/modules/<id>/): a document, "
            "slides, a spreadsheet, an image or an archive.",
        )
    )
    description: PlainText | None = Field(
        None,
        description=_described("Keterangan singkat. Teks biasa.", "A short description."),
    )
    audience: Literal["participant", "trainer"] = Field(
        "participant",
        description=_described(
            "`trainer`: hanya di situs pelatih.", "'trainer': only in the trainer build."
        ),
    )


class Material(_Strict):
    """Halaman materi (curriculum/modules/<modul>/<id>.md). / A material page."""

    id: Id = Field(
        description=_described(
            "Nama berkas tanpa .md; menjadi alamat `modul/<modul>/<id>/`.",
            "The file name without .md.",
        )
    )
    module: Id = Field(
        description=_described("Mata pelatihan pemilik folder.", "The module of its folder.")
    )
    title: PlainText = Field(
        description=_described("Judul halaman. Teks biasa.", "The page's title.")
    )
    order: WholeNumber | None = Field(
        None,
        ge=0,
        le=10_000,
        description=_described(
            (
                "Urutan halaman di mata pelatihan. Halaman tanpa urutan menyusul, "
                "menurut nama berkas."
            ),
            "The page's place in the module; pages without one follow, by file name.",
        ),
    )
    summary: PlainText | None = Field(
        None,
        description=_described(
            "Ringkasan satu kalimat, tampil di daftar materi. Teks biasa.",
            "A one-sentence summary, shown in the list of materials.",
        ),
    )
    audience: Literal["participant", "trainer"] = Field(
        "participant",
        description=_described(
            "`trainer`: halaman hanya ada di situs pelatih.",
            "'trainer': the page is only in the trainer build.",
        ),
    )
    body: Annotated[
        str,
        StringConstraints(max_length=MAX_MATERIAL_CHARACTERS),
        AfterValidator(_without_direction_controls),
        MarkdownMark(),
    ] = Field("", description=_described("Isi halaman. **Markdown**.", "The text (Markdown)."))

    @property
    def for_trainers(self) -> bool:
        return self.audience == "trainer"


@dataclass(frozen=True)
class CourseFile:
    """A file in a module's folder, as the loader found it."""

    path: str  # as diagnostics name it, relative to the project
    size: int
    width: int | None = None  # pixels, for images
    height: int | None = None
    problem: Text | str | None = None  # why it cannot be published, for images


# The problem of a link in a module's folder, which is reported where the link is.
LINKED = "it is a link, which a module's folder may not hold"


class Module(_Strict):
    """Mata pelatihan (curriculum/modules/<id>.yml). / A module."""

    id: Id = Field(
        description=_described(
            ("Kode mata pelatihan, sama dengan nama berkasnya. Menjadi alamat `modul/<id>/`."),
            "Module id, equal to its file name (without .yml).",
        )
    )
    title: PlainText = Field(
        description=_described("Judul mata pelatihan. Teks biasa.", "Module title.")
    )
    summary: PlainText | None = Field(
        None,
        description=_described(
            (
                "Ringkasan satu kalimat. Tampil di bawah judul halaman, di daftar mata "
                "pelatihan pada halaman agenda, dan sebagai deskripsi halaman. Teks "
                "biasa."
            ),
            "One-sentence summary, shown in tables and as the page description.",
        ),
    )
    description: Markdown = Field(
        "",
        description=_described("Deskripsi singkat. **Markdown**.", "Description (Markdown)."),
    )
    learning_outcome: PlainText | None = Field(
        None,
        description=_described("Hasil belajar. Teks biasa.", "Learning outcome."),
    )
    success_indicators: list[InlineText] = Field(
        default_factory=list,
        description=_described(
            "Indikator keberhasilan, satu butir per indikator. Teks dengan Markdown sebaris.",
            "Success indicators.",
        ),
    )
    topics: list[Topic] = Field(
        default_factory=list,
        description=_described(
            "Materi pokok beserta sub-materi pokoknya (lihat tabel berikutnya).",
            "Topics with their subtopics.",
        ),
    )
    jp: Annotated[
        LessonHours | None,
        BeforeValidator(_total_shorthand, json_schema_input_type=WholeNumber | LessonHours),
    ] = Field(
        None,
        description=_described(
            (
                "Alokasi JP: jumlah dan, bila perlu, rinciannya (lihat [Alokasi JP]"
                "(#alokasi-jp)). Wajib, kecuali program memakai `time_unit: minutes`."
            ),
            "Lesson hours: the total and, optionally, its split into theory, assignment "
            "and practice, which must add up to the total. 'jp: 12' means a total of 12. "
            "Required unless the program has time_unit: minutes.",
        ),
    )
    minutes: Annotated[
        LessonMinutes | None,
        BeforeValidator(_total_shorthand, json_schema_input_type=WholeNumber | LessonMinutes),
    ] = Field(
        None,
        description=_described(
            (
                "Lama dalam menit, sebagai ganti `jp:` bila program memakai "
                "`time_unit: minutes`, misalnya `minutes: 50`; rinciannya seperti `jp`."
            ),
            "Length in minutes, instead of 'jp:' when the program has time_unit: "
            "minutes, e.g. 'minutes: 50'; it may be split like jp.",
        ),
    )
    self_check: list[Question] = Field(
        default_factory=list,
        description=_described(
            (
                "Soal pilihan ganda untuk menguji pemahaman sendiri (lihat [Latihan dan"
                " uji pemahaman](#latihan))."
            ),
            "Multiple-choice questions for participants to check their understanding.",
        ),
    )
    exercises: list[Exercise] = Field(
        default_factory=list,
        description=_described(
            "Latihan terbuka (lihat [Latihan dan uji pemahaman](#latihan)).",
            "Open exercises, with a model answer where there is one.",
        ),
    )
    trainer_notes: Markdown = Field(
        "",
        description=_described(
            (
                "Catatan khusus pelatih: langkah fasilitasi, pembagian waktu, kunci "
                "jawaban, kesulitan yang sering dialami peserta. **Markdown**. Hanya "
                "tampil di situs pelatih (lihat [Situs pelatih](#situs-pelatih))."
            ),
            "Notes for trainers only: facilitation steps, timing, answer keys, common "
            "difficulties (Markdown). Shown only in the trainer build (mkdocs-trainer.yml).",
        ),
    )
    key_points: list[InlineText] = Field(
        default_factory=list,
        description=_described(
            (
                "Poin penting yang perlu diingat peserta, satu butir per poin. Tampil "
                "di akhir halaman mata pelatihan dan dihimpun di halaman **Ringkasan** "
                "(`ringkasan/`). Teks biasa."
            ),
            "Key points participants should remember; also gathered on the Summary page.",
        ),
    )
    methods: list[PlainText] = Field(
        default_factory=list,
        description=_described("Metode pembelajaran. Teks biasa.", "Teaching methods."),
    )
    media: list[PlainText] = Field(
        default_factory=list,
        description=_described("Media dan alat bantu. Teks biasa.", "Media and teaching aids."),
    )
    assessment: list[PlainText] = Field(
        default_factory=list,
        description=_described("Cara evaluasi. Teks biasa.", "How learning is assessed."),
    )
    prerequisites: list[Id] = Field(
        default_factory=list,
        description=_described(
            "Id mata pelatihan yang perlu diikuti lebih dahulu.",
            "Ids of modules to take first.",
        ),
    )
    terms: list[Id] = Field(
        default_factory=list,
        description=_described(
            (
                "Id istilah glosarium yang penting di mata pelatihan ini; tampil dengan"
                " definisinya di bagian **Istilah penting** (lihat "
                "[Glosarium](#glosarium))."
            ),
            "Ids of the glossary terms that matter in this module; shown with their "
            "definitions on the module page.",
        ),
    )
    references: list[Id] = Field(
        default_factory=list,
        description=_described(
            (
                "Id dasar hukum dan bacaan yang dikutip, dari "
                "`curriculum/references.yml` (lihat [Dasar hukum dan "
                "bacaan](#referensi))."
            ),
            "Ids of the legal bases and readings cited, from curriculum/references.yml.",
        ),
    )
    downloads: list[Download] = Field(
        default_factory=list,
        description=_described(
            (
                "Berkas yang boleh diunduh peserta: handout PDF, bahan tayang, lembar "
                "kerja (lihat [Materi, gambar dan unduhan](#materi))."
            ),
            "Files participants may download, from the module's folder.",
        ),
    )
    tags: list[Tag] = Field(
        default_factory=list,
        description=_described(
            (
                "Label tema, masing-masing paling panjang 40 karakter. Tampil di atas "
                "halaman dan di halaman tema (`tema/`)."
            ),
            "Theme tags.",
        ),
    )
    core_values: list[Annotated[Id, Field(examples=list(CORE_VALUES))]] = Field(
        default_factory=list,
        description=_described(
            (
                "Id nilai yang dilatih, dari kolom `values` di `program.yml` (lihat "
                "[Nilai organisasi](#nilai)); untuk BerAKHLAK: `berorientasi-pelayanan`, "
                "`akuntabel`, `kompeten`, `harmonis`, `loyal`, `adaptif`, `kolaboratif`. "
                "Tampil sebagai label bersama tema."
            ),
            "Ids of the values the module trains, from values in program.yml; for "
            "BerAKHLAK: berorientasi-pelayanan, akuntabel, kompeten, harmonis, loyal, "
            "adaptif, kolaboratif.",
        ),
    )

    @property
    def trainer_files(self) -> frozenset[str]:
        """Files the module offers to trainers only: in no participant file, and no
        participant text may link to them."""
        offered = {download.file for download in self.downloads if download.audience != "trainer"}
        return frozenset(
            download.file
            for download in self.downloads
            if download.audience == "trainer" and download.file not in offered
        )


def replacement_chains(by_id: Mapping[str, Reference]) -> dict[str, str | None]:
    """For each reference, the last reference of its chain of `replaced_by` (itself
    when it is not replaced), or None when the chain goes round in a circle. Each
    reference is followed once, so long chains cost no more than short ones."""
    last: dict[str, str | None] = {}
    for start in by_id:
        path: list[str] = []
        on_path: set[str] = set()
        current = start
        while True:
            if current in last:
                found = last[current]
                break
            if current in on_path:
                found = None
                break
            path.append(current)
            on_path.add(current)
            following = by_id[current].replaced_by
            if following is None or following not in by_id:
                found = current
                break
            current = following
        for reference_id in path:
            last[reference_id] = found
    return last


class Prompt(_Strict):
    """Isian lembar kerja. / A space to write in."""

    label: PlainText = Field(description=_described("Pertanyaan atau isian.", "What to fill in."))
    lines: WholeNumber = Field(
        3,
        ge=1,
        le=40,
        description=_described(
            "Jumlah baris kosong untuk menulis; bawaan 3.", "Blank lines to write on; 3 by default."
        ),
    )


class WorksheetTable(_Strict):
    """Tabel isian. / A table to fill in."""

    columns: list[PlainText] = Field(
        min_length=1,
        max_length=8,
        description=_described("Judul kolom.", "Column headings."),
    )
    rows: WholeNumber = Field(
        5,
        ge=1,
        le=40,
        description=_described("Jumlah baris kosong; bawaan 5.", "Blank rows; 5 by default."),
    )


class WorksheetSection(_Strict):
    """Bagian lembar kerja. / A part of a worksheet."""

    title: PlainText = Field(description=_described("Judul bagian.", "Section title."))
    prompts: list[Prompt] = Field(
        default_factory=list,
        description=_described("Isian bagian ini.", "What to fill in in this section."),
    )
    table: WorksheetTable | None = Field(
        None, description=_described("Tabel isian (opsional).", "A table to fill in (optional).")
    )

    @model_validator(mode="after")
    def _something_to_fill_in(self) -> WorksheetSection:
        if not self.prompts and self.table is None:
            raise problem(say("S027"), say("fields.hint.nothing-to-fill-in"))
        return self


IdentityField = Literal["name", "work_unit", "cohort", "date"]
IDENTITY_FIELDS: tuple[IdentityField, ...] = ("name", "work_unit", "cohort", "date")


class Worksheet(_Strict):
    """Lembar kerja (curriculum/worksheets/<id>.yml). / A worksheet to print and fill in."""

    id: Id = Field(
        description=_described(
            "Kode lembar kerja, sama dengan nama berkasnya.",
            "Worksheet id, equal to its file name.",
        )
    )
    title: PlainText = Field(
        description=_described("Judul lembar kerja. Teks biasa.", "Worksheet title.")
    )
    module: Id | None = Field(
        None,
        description=_described(
            "Id mata pelatihan yang memakainya. Id yang tidak ada adalah kesalahan.",
            "Id of the module that uses it.",
        ),
    )
    instructions: Markdown = Field(
        "",
        description=_described(
            "Petunjuk pengisian. **Markdown**.", "How to fill it in (Markdown)."
        ),
    )
    identity: list[IdentityField] = Field(
        default_factory=lambda: list(IDENTITY_FIELDS),
        description=_described(
            (
                "Baris identitas di kepala lembar: `name` (nama peserta), `work_unit` "
                "(unit kerja), `cohort` (angkatan), `date` (tanggal), dalam urutan yang "
                "ditulis. Bawaannya keempatnya; `identity: []` untuk lembar tanpa nama, "
                "misalnya umpan balik anonim."
            ),
            "The identity lines at the top of the sheet; [] for an anonymous form.",
        ),
    )
    sections: list[WorksheetSection] = Field(
        min_length=1,
        description=_described(
            (
                "Bagian-bagian lembar kerja, minimal satu. Setiap bagian memiliki "
                "`title`, lalu `prompts` (isian, masing-masing dengan `label` dan "
                "`lines`, jumlah baris kosong 1 sampai 40, bawaan 3) dan/atau `table` "
                "(`columns`: judul kolom, paling banyak 8; `rows`: jumlah baris kosong "
                "1 sampai 40, bawaan 5)."
            ),
            "Its sections.",
        ),
    )


class Term(_Strict):
    """Istilah glosarium. / A glossary term."""

    id: Id = Field(
        description=_described(
            "Kode istilah, dipakai di kolom `terms` mata pelatihan.",
            "Term id, used in the terms field of modules.",
        )
    )
    term: PlainText = Field(
        description=_described("Istilah, seperti ditulis di teks. Teks biasa.", "The term.")
    )
    english: PlainText | None = Field(
        None,
        description=_described("Padanan bahasa Inggris. Teks biasa.", "The English equivalent."),
    )
    definition: PlainText = Field(
        description=_described("Definisi. Teks biasa.", "The definition.")
    )
    aliases: list[PlainText] = Field(
        default_factory=list,
        description=_described(
            (
                "Bentuk lain yang juga ditautkan, misalnya singkatan. Satu kata hanya "
                "boleh menunjuk satu istilah."
            ),
            "Other forms of the term that are linked in text too, such as its abbreviation.",
        ),
    )


class Glossary(_Strict):
    """Glosarium (curriculum/glossary.yml). / The glossary."""

    terms: list[Term] = Field(
        min_length=1,
        description=_described(
            "Daftar istilah (isi berkas), minimal satu.", "Terms and their definitions."
        ),
    )


def replacement_in_force(
    reference: Reference, by_id: Mapping[str, Reference], chains: Mapping[str, str | None]
) -> Reference | None:
    """The rule to cite instead of `reference`: the end of its chain of replacements
    (`chains`, from replacement_chains), unless that was revoked too."""
    last = chains.get(reference.id)
    found = by_id.get(last) if last is not None and last != reference.id else None
    return found if found is not None and found.status != "revoked" else None


ReferenceKind = Literal["law", "regulation", "circular", "guideline", "reading", "website"]
ReferenceStatus = Literal["in_force", "amended", "revoked"]


class Reference(_Strict):
    """Dasar hukum atau bacaan. / A legal basis or a reading."""

    id: Id = Field(
        description=_described(
            (
                "Kode rujukan, dipakai di kolom `references` mata pelatihan. Menjadi "
                "jangkar `referensi/#ref-<id>`."
            ),
            "Reference id, for example permenpan-rb-91-2021.",
        )
    )
    kind: ReferenceKind = Field(
        description=_described(
            (
                "Jenis: `law` (undang-undang), `regulation` (peraturan), `circular` "
                "(surat edaran), `guideline` (pedoman), `reading` (bacaan), atau "
                "`website` (situs)."
            ),
            "Kind: law, regulation, circular, guideline, reading, website.",
        )
    )
    short_title: PlainText = Field(
        description=_described(
            "Sebutan singkat, misalnya `Permenpan RB 91/2021`. Teks biasa.",
            "Short name, for example Permenpan RB 91/2021.",
        )
    )
    title: PlainText = Field(
        description=_described("Judul lengkap. Teks biasa.", "Full title."),
    )
    issuer: PlainText | None = Field(
        None,
        description=_described(
            "Penerbit atau penetapnya. Teks biasa.", "Who issued or published it."
        ),
    )
    year: WholeNumber | None = Field(
        None, ge=1800, le=2200, description=_described("Tahun.", "Year.")
    )
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$", max_length=2000)] | None = (
        Field(
            None,
            description=_described(
                "Alamat naskahnya, diawali `http://` atau `https://`.",
                "Where to read it (http or https).",
            ),
        )
    )
    status: ReferenceStatus = Field(
        "in_force",
        description=_described(
            "`in_force` (berlaku), `amended` (diubah), atau `revoked` (dicabut).",
            "Status: in_force (the default), amended, revoked.",
        ),
    )
    revoked_on: IsoDate | None = Field(
        None,
        description=_described(
            "Tanggal dicabut, tahun-bulan-tanggal. Hanya untuk yang dicabut.",
            "The date it was revoked.",
        ),
    )
    replaced_by: Id | None = Field(
        None,
        description=_described(
            "Id rujukan penggantinya. Hanya untuk yang dicabut atau diubah.",
            "Id of the reference that replaces it.",
        ),
    )
    note: PlainText | None = Field(
        None, description=_described("Keterangan. Teks biasa.", "A note on the reference.")
    )


class ReferenceList(_Strict):
    """Dasar hukum dan bacaan (curriculum/references.yml). / Legal bases and readings."""

    references: list[Reference] = Field(
        min_length=1,
        description=_described("Daftar dasar hukum dan bacaan.", "The legal bases and readings."),
    )


PhaseKind = Literal["classroom", "off_classroom", "distance", "e_learning"]
Activity = Literal[
    "opening",
    "learning_commitment",
    "break",
    "seminar",
    "benchmarking_visit",
    "closing",
    "other",
]
DEFAULT_MAX_JP_PER_DAY = 10
DEFAULT_MAX_MINUTES_PER_DAY = 480


class Leader(_Strict):
    """Yang memandu sesi, tahap, atau angkatan. / Who leads a session, a phase or a
    cohort."""

    role: PlainText = Field(
        description=_described(
            "Peran: widyaiswara, instruktur, fasilitator, narasumber, coach, mentor, "
            "penguji, asisten, panitia (ditampilkan dalam bahasa situs); peran lain "
            "ditampilkan seperti ditulis.",
            "Role: trainer, instructor, facilitator, guest speaker, coach, mentor, "
            "examiner, helper, committee (shown in the site's language); another role is "
            "shown as written.",
        )
    )
    name: PlainText = Field(description=_described("Nama.", "Name."))


class Session(_Strict):
    """Satu sesi dalam sehari: mata pelatihan atau kegiatan. / One session of a day:
    a module or an activity."""

    start: ClockTime | None = Field(
        None,
        description=_described(
            "Jam mulai, `jam:menit` dengan jam 0 sampai 23, misalnya `08:00`. Sesi tanpa "
            "`start` dan `end` adalah butir tanpa jam (misalnya survei sebelum pelatihan); "
            "sesi mata pelatihan wajib berjam.",
            "Start time, for example 08:00. A session with neither start nor end is an "
            "item of the day without a time (a module session needs both).",
        ),
    )
    end: ClockTime | None = Field(
        None,
        description=_described(
            "Jam selesai, misalnya `13:30`; paling lambat `23:59`, pada hari yang sama.",
            "End time, for example 09:30.",
        ),
    )
    module: Id | None = Field(
        None,
        description=_described(
            (
                "Id mata pelatihan yang diajarkan; lama sesi dihitung sebagai JP. "
                "Setiap sesi berjam mengisi `module` atau `activity`, salah satu; butir "
                "tanpa jam cukup dengan `title`."
            ),
            "Id of the module taught; its length counts as JP.",
        ),
    )
    activity: Activity | None = Field(
        None,
        description=_described(
            (
                "Kegiatan lain: `opening` (pembukaan), `learning_commitment` (membangun"
                " komitmen belajar), `break` (istirahat), `seminar`, "
                "`benchmarking_visit` (kunjungan studi tiru), `closing` (penutupan), "
                "atau `other` (lainnya; wajib diberi `title`)."
            ),
            "An activity that is not a module: opening, learning_commitment, break, "
            "seminar, benchmarking_visit, closing, other (with a title).",
        ),
    )
    title: PlainText | None = Field(
        None,
        description=_described(
            (
                "Judul sesi, bila perlu lebih rinci, misalnya `Coaching aksi perubahan`; "
                "tanpa judul, nama mata pelatihan atau kegiatannya. Judul dalam kurung, "
                "misalnya `(lanjutan)`, ditulis setelah nama mata pelatihannya. Teks biasa."
            ),
            "Session title, when it needs more than the module's or activity's name; a "
            "title in brackets, such as (continued), follows the module's title.",
        ),
    )
    leaders: list[Leader] = Field(
        default_factory=list,
        description=_described(
            (
                "Pemandu sesi, masing-masing dengan `role` (peran: widyaiswara, "
                "fasilitator, narasumber, coach, mentor, penguji, panitia) dan `name` "
                "(nama)."
            ),
            "Who leads the session: role and name.",
        ),
    )
    room: PlainText | None = Field(
        None,
        description=_described(
            "Ruang. Sesi tanpa `room` dianggap berada di ruang utama angkatan.",
            "Room; a session without one is in the cohort's main room.",
        ),
    )
    venue: PlainText | None = Field(
        None,
        description=_described(
            ("Tempat lain untuk sesi ini, misalnya lokus studi tiru atau `Daring (Zoom)`."),
            "Where the session is held when not at the cohort's venue (a visit, online).",
        ),
    )
    trainer_notes: Markdown = Field(
        "",
        description=_described(
            ("Catatan khusus pelatih untuk sesi ini. **Markdown**. Hanya tampil di situs pelatih."),
            "Notes for trainers on this session (Markdown); only in the trainer build.",
        ),
    )

    @property
    def timed(self) -> bool:
        """Whether it has its times: an item of the day without them has neither."""
        return self.start is not None and self.end is not None

    @property
    def order(self) -> tuple[bool, time, time]:
        """Where it comes in its day: items without a time first, then by the clock."""
        return self.timed, self.start or time.min, self.end or time.min

    @property
    def minutes(self) -> int:
        """How long it lasts; 0 for an item without a time."""
        if self.start is None or self.end is None:
            return 0
        return (self.end.hour - self.start.hour) * 60 + self.end.minute - self.start.minute


class Day(_Strict):
    """Satu hari pembelajaran. / One day of the timetable."""

    date: IsoDate = Field(
        description=_described(
            ("Tanggal, di dalam tanggal tahapnya. Setiap tanggal ditulis sekali saja."),
            "Date, for example 2019-03-18.",
        )
    )
    title: PlainText | None = Field(
        None,
        description=_described(
            "Judul hari, misalnya `Kunjungan studi tiru`. Teks biasa.",
            "Title of the day (optional).",
        ),
    )
    notes: Markdown = Field(
        "",
        description=_described(
            (
                "Catatan hari itu untuk peserta, misalnya tautan ke dokumen bersama hari "
                "itu. **Markdown**. Tampil di atas jadwal hari itu dan di setiap acara "
                "kalender hari itu."
            ),
            "A note for participants on the day, such as a link to the day's shared "
            "document (Markdown); shown above the day's timetable and in its calendar "
            "events.",
        ),
    )
    sessions: list[Session] = Field(
        min_length=1,
        description=_described(
            (
                "Sesi hari itu, minimal satu. Urutannya bebas: halaman mengurutkannya menurut "
                "jam, butir tanpa jam lebih dulu."
            ),
            "The day's sessions; pages show items without a time first, then the others "
            "by the clock.",
        ),
    )


class Phase(_Strict):
    """Tahap pelatihan. / A phase of the training."""

    kind: PhaseKind = Field(
        description=_described(
            (
                "Jenis tahap: `classroom` (klasikal), `off_classroom` (nonklasikal, di "
                "tempat kerja), `distance` (pembelajaran jarak jauh), atau "
                "`e_learning`."
            ),
            "Kind of phase: classroom, off_classroom (at the workplace), distance, e_learning.",
        )
    )
    title: PlainText | None = Field(
        None,
        description=_described(
            "Judul tahap, misalnya `Klasikal I`; tanpa judul, nama jenisnya. Teks biasa.",
            "Phase title (optional).",
        ),
    )
    start: IsoDate = Field(
        description=_described("Tanggal mulai tahap, di dalam tanggal angkatan.", "First day.")
    )
    end: IsoDate = Field(
        description=_described("Tanggal selesai tahap, di dalam tanggal angkatan.", "Last day.")
    )
    description: PlainText | None = Field(
        None,
        description=_described(
            "Apa yang dilakukan peserta pada tahap ini. Teks biasa.",
            "What participants do in this phase.",
        ),
    )
    notes: Markdown = Field(
        "",
        description=_described(
            (
                "Catatan tahap ini untuk peserta, misalnya tautan atau persiapan. "
                "**Markdown**. Tampil di bawah judul tahap di halaman angkatan."
            ),
            "A note for participants on the phase, links allowed (Markdown); shown under "
            "the phase's heading on the cohort page.",
        ),
    )
    staff: list[Leader] = Field(
        default_factory=list,
        description=_described(
            (
                "Pemandu seluruh tahap ini, masing-masing dengan `role` dan `name`, seperti "
                "`leaders` sesi. Tampil sekali di tahapnya dan ikut tercatat di setiap acara "
                "kalender tahap itu."
            ),
            "Who leads or helps throughout the phase (role and name, as a session's "
            "leaders); shown once at the phase and listed in each of its calendar events.",
        ),
    )
    days: list[Day] = Field(
        default_factory=list,
        description=_described(
            (
                "Hari yang memiliki sesi terjadwal. Tahap tanpa sesi (misalnya "
                "aktualisasi di tempat kerja) boleh tanpa `days`."
            ),
            "The days of this phase that have scheduled sessions.",
        ),
    )


class Cohort(_Strict):
    """Angkatan (curriculum/cohorts/<id>.yml). / A cohort."""

    id: Id = Field(
        description=_described(
            ("Kode angkatan, sama dengan nama berkasnya. Menjadi alamat `angkatan/<id>/`."),
            "Cohort id, equal to its file name (without .yml).",
        )
    )
    name: PlainText = Field(
        description=_described(
            "Nama angkatan, misalnya `Angkatan VI Tahun 2027`. Teks biasa.",
            "Name, e.g. Angkatan VI.",
        )
    )
    venue: PlainText | None = Field(
        None,
        description=_described("Tempat pelatihan. Teks biasa.", "Where the training takes place."),
    )
    staff: list[Leader] = Field(
        default_factory=list,
        description=_described(
            (
                "Pemandu seluruh angkatan, misalnya fasilitator pendamping atau panitia, "
                "masing-masing dengan `role` dan `name`, seperti `leaders` sesi. Tampil "
                "sekali di bagian atas halaman angkatan dan ikut tercatat di setiap acara "
                "kalender."
            ),
            "Who leads or helps throughout the cohort (role and name, as a session's "
            "leaders); shown once at the top of the cohort page and listed in each "
            "calendar event.",
        ),
    )
    timezone: TimeZoneName = Field(
        "Asia/Jakarta",
        description=_described(
            (
                "Zona waktu semua jam di berkas ini: `Asia/Jakarta` (WIB), "
                "`Asia/Makassar` (WITA), `Asia/Jayapura` (WIT), atau zona lain dari "
                "basis data zona waktu, misalnya `Europe/Amsterdam`. `WIB`, `WITA`, dan"
                " `WIT` juga dikenali. Selisih seperti `UTC+9` bukan zona waktu: tulis "
                "zona tempatnya. Bawaannya WIB; wajib ditulis bila bahasa program bukan "
                "`id`."
            ),
            "Time zone: Asia/Jakarta (WIB, the default), Asia/Makassar (WITA), "
            "Asia/Jayapura (WIT), or any zone such as Europe/Amsterdam; required when the "
            "program's language is not id.",
        ),
    )
    start: IsoDate = Field(
        description=_described("Tanggal mulai angkatan, `TTTT-BB-HH`.", "First day.")
    )
    end: IsoDate = Field(description=_described("Tanggal selesai angkatan.", "Last day."))
    participants: WholeNumber | None = Field(
        None,
        ge=1,
        le=100_000,
        description=_described(
            ("Jumlah peserta. Hanya angka: jangan menulis data pribadi peserta di kurikulum."),
            "Number of participants (a count only, no personal data).",
        ),
    )
    max_jp_per_day: WholeNumber = Field(
        DEFAULT_MAX_JP_PER_DAY,
        ge=1,
        le=30,
        description=_described(
            (
                "Batas JP mata pelatihan dalam sehari. Hari yang melebihinya diberi "
                "peringatan. Hanya untuk `time_unit: jp`."
            ),
            "Most JP of modules in one day; a day with more gets a warning. Only with "
            "time_unit: jp.",
        ),
    )
    max_minutes_per_day: WholeNumber = Field(
        DEFAULT_MAX_MINUTES_PER_DAY,
        ge=1,
        le=1440,
        description=_described(
            (
                "Batas menit mata pelatihan dalam sehari, bila program memakai "
                "`time_unit: minutes` (bawaannya 480, delapan jam)."
            ),
            "Most minutes of modules in one day when the program has time_unit: "
            "minutes (480, eight hours, by default); a day with more gets a warning.",
        ),
    )
    partly_taught: list[Id] = Field(
        default_factory=list,
        description=_described(
            (
                "Id mata pelatihan yang sengaja hanya diajarkan sebagian di angkatan "
                "ini. Kekurangan waktunya dilaporkan sebagai catatan, bukan peringatan, "
                "dan halaman mata pelatihan menyebutnya."
            ),
            "Ids of modules this cohort teaches only in part, on purpose: the time "
            "short of the module's is reported as a note, not a warning, and the "
            "module's page says so.",
        ),
    )
    phases: list[Phase] = Field(
        min_length=1,
        description=_described(
            "Tahap pelatihan, minimal satu (lihat tabel berikutnya).",
            "The phases of the training, in order.",
        ),
    )

    def sessions(self) -> Iterator[tuple[Phase, Day, Session]]:
        for phase in self.phases:
            for day in phase.days:
                for session in day.sessions:
                    yield phase, day, session

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class Timing:
    """How a program counts time: in JP of `jp_minutes` minutes (the Indonesian
    lesson hour), or in minutes."""

    unit: TimeUnit = "jp"
    jp_minutes: int = 45

    @classmethod
    def of(cls, program: Program | None) -> Timing:
        return cls(program.time_unit, program.jp_minutes) if program is not None else cls()

    @property
    def field(self) -> str:
        """The module's field that states its length."""
        return self.unit

    @property
    def daily_field(self) -> str:
        """The cohort's field that limits a day's modules."""
        return "max_jp_per_day" if self.unit == "jp" else "max_minutes_per_day"

    def module_minutes(self, module: Module) -> int:
        """How long a module lasts, in minutes: by the field of the program's unit, else
        by the other (a module that writes the other has an error of its own)."""
        in_jp = module.jp.total * self.jp_minutes if module.jp is not None else None
        in_minutes = module.minutes.total if module.minutes is not None else None
        first, second = (in_jp, in_minutes) if self.unit == "jp" else (in_minutes, in_jp)
        return first if first is not None else second or 0

    def split_minutes(self, module: Module) -> dict[str, int] | None:
        """The parts of a module's length in the program's unit, in minutes, if it is
        split there."""
        length = module.jp if self.unit == "jp" else module.minutes
        split = length.split if length is not None else None
        if split is None:
            return None
        scale = self.jp_minutes if self.unit == "jp" else 1
        return {part: value * scale for part, value in split.items()}

    def jp(self, minutes: Fraction | int) -> Fraction:
        """Lesson hours of `minutes` minutes."""
        return Fraction(minutes, self.jp_minutes)

    def daily_limit(self, cohort: Cohort) -> int:
        """The most minutes of modules a day of `cohort` should hold."""
        if self.unit == "jp":
            return cohort.max_jp_per_day * self.jp_minutes
        return cohort.max_minutes_per_day

    def length(self, minutes: Fraction | int) -> Text:
        """A length as people say it: "6 JP" in JP, "2 h 45 min" in minutes."""
        if self.unit == "jp":
            return say("length.jp", jp=plain_number(self.jp(minutes)))
        return clock_length(minutes)


def clock_length(minutes: Fraction | int) -> Text:
    """ "10 min", "3 h", "2 h 45 min" ("2 j 45 mnt" in Indonesian)."""
    hours, rest = divmod(round(minutes), 60)
    if not hours:
        return say("length.minutes", minutes=rest)
    if not rest:
        return say("length.hours", hours=hours)
    return say("length.hours-minutes", hours=hours, minutes=rest)


@dataclass(frozen=True)
class Curriculum:
    """A program and its modules, each with the document it was read from."""

    program: Program
    program_source: Document
    modules: Mapping[str, Module]
    module_sources: Mapping[str, Document]
    cohorts: Mapping[str, Cohort]
    cohort_sources: Mapping[str, Document]
    references: Mapping[str, Reference] = field(default_factory=dict)
    references_source: Document | None = None
    glossary: Mapping[str, Term] = field(default_factory=dict)
    glossary_source: Document | None = None
    worksheets: Mapping[str, Worksheet] = field(default_factory=dict)
    worksheet_sources: Mapping[str, Document] = field(default_factory=dict)
    # Each module's material pages in order, and the files of its folder by their
    # path in it; `folders` the folder of each module that has one.
    materials: Mapping[str, list[Material]] = field(default_factory=dict)
    material_sources: Mapping[tuple[str, str], Document] = field(default_factory=dict)
    files: Mapping[str, Mapping[str, CourseFile]] = field(default_factory=dict)
    folders: Mapping[str, Path] = field(default_factory=dict)

    def agenda_modules(self, agenda: Agenda) -> list[Module]:
        return [self.modules[module_id] for module_id in agenda.modules]

    def tags_of(self, module: Module) -> list[str]:
        """Its themes, then the titles of the values it trains, each once."""
        titles = {value.id: value.title for value in self.program.value_set}
        found: dict[str, str] = {}
        for tag in [*module.tags, *(titles[value] for value in module.core_values)]:
            found.setdefault(tag.casefold(), tag)
        return list(found.values())

    @property
    def program_modules(self) -> list[Module]:
        """The program's modules in teaching order, with or without agendas."""
        return [self.modules[module_id] for module_id in self.program.module_ids]

    def module_groups(self) -> list[tuple[Agenda | None, list[Module]]]:
        """The program's modules in teaching order, agenda by agenda; a program without
        agendas is one group, of no agenda."""
        if not self.program.agendas:
            return [(None, self.program_modules)]
        return [(agenda, self.agenda_modules(agenda)) for agenda in self.program.agendas]

    def modules_listing(self, field: str, item_id: str) -> list[Module]:
        """The modules, in teaching order, whose list `field` (`terms`, `references`)
        holds `item_id`."""
        return [module for module in self.program_modules if item_id in getattr(module, field)]

    @cached_property
    def timing(self) -> Timing:
        return Timing.of(self.program)

    def module_minutes(self, module: Module) -> int:
        return self.timing.module_minutes(module)

    def agenda_minutes(self, agenda: Agenda) -> int:
        return sum(map(self.module_minutes, self.agenda_modules(agenda)))

    @property
    def total_minutes(self) -> int:
        return sum(map(self.module_minutes, self.program_modules))

    def jp(self, minutes: Fraction | int) -> Fraction:
        """Lesson hours of `minutes` minutes."""
        return self.timing.jp(minutes)

    def session_minutes(self, session: Session) -> int:
        """The minutes a module session lasts (0 for an activity)."""
        return session.minutes if session.module is not None else 0

    def scheduled_minutes(self, cohort: Cohort) -> dict[str, int]:
        """Minutes each module is taught in a cohort, by module id. Sessions of one
        module at the same time on the same day (groups taught in parallel) count once."""
        totals: dict[str, int] = {}
        slots = {
            (day.date, session.start, session.end, session.module): session
            for _, day, session in cohort.sessions()
            if session.module is not None
        }
        for (_, _, _, module_id), session in slots.items():
            totals[module_id] = totals.get(module_id, 0) + self.session_minutes(session)
        return totals

    def cohorts_teaching(
        self, module: Module
    ) -> list[tuple[Cohort, list[tuple[Day, list[Session]]]]]:
        """Each cohort that schedules the module, with its days and sessions in order."""
        return self._teaching.get(module.id, [])

    @cached_property
    def _teaching(self) -> dict[str, list[tuple[Cohort, list[tuple[Day, list[Session]]]]]]:
        """`cohorts_teaching` of every module, read from each cohort once."""
        found: dict[str, list[tuple[Cohort, list[tuple[Day, list[Session]]]]]] = {}
        for cohort in self.cohorts.values():
            days: dict[str, dict[date, tuple[Day, list[Session]]]] = {}
            for _, day, session in cohort.sessions():
                if session.module is None:
                    continue
                same_day = days.setdefault(session.module, {}).setdefault(day.date, (day, []))[1]
                # Groups taught in parallel: one time, counted once.
                if all((s.start, s.end) != (session.start, session.end) for s in same_day):
                    same_day.append(session)
            for module_id, module_days in days.items():
                found.setdefault(module_id, []).append(
                    (
                        cohort,
                        [
                            (day, sorted(sessions, key=lambda session: session.order))
                            for day, sessions in sorted(
                                module_days.values(), key=lambda pair: pair[0].date
                            )
                        ],
                    )
                )
        return found


def markdown_texts(
    model: BaseModel, location: Location = (), mark: type = MarkdownMark
) -> Iterator[tuple[Location, str]]:
    """Every text of a model and the models in it that carries `mark` (Markdown,
    inline Markdown or plain text), with its location."""
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        if _marked(info.metadata, mark):
            if value:
                yield (*location, name), value
        elif isinstance(value, BaseModel):
            yield from markdown_texts(value, (*location, name), mark)
        elif isinstance(value, list):
            items_marked = _marked(_item_metadata(info.annotation), mark)
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from markdown_texts(item, (*location, name, index), mark)
                elif items_marked and isinstance(item, str) and item:
                    yield (*location, name, index), item


def _marked(metadata: Iterable[object], mark: type) -> bool:
    return any(isinstance(found, mark) for found in metadata)


def _item_metadata(annotation: Any) -> tuple[object, ...]:
    """The metadata of the items of a `list[Annotated[...]]` field."""
    items = get_args(annotation)
    return tuple(getattr(items[0], "__metadata__", ())) if items else ()
