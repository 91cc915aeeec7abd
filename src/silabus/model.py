"""The curriculum as typed data.

The field descriptions document the format, in Indonesian, then English; the
trainer guide describes the same fields for people who do not read code.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, time
from fractions import Fraction
from typing import Annotated, Any, Literal
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

from silabus.document import Document
from silabus.when import clock_time, iso_date, problem, time_zone

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
ID_RE = re.compile(ID_PATTERN)
MAX_JP = 2000


def _visible_text(value: str) -> str:
    """Whitespace collapsed and direction overrides dropped (they reorder what is shown);
    text of invisible characters only is not text."""
    text = " ".join(_DIRECTION_CONTROLS.sub("", value).split())
    if not any(_is_visible(char) for char in text):
        raise ValueError("has no visible character")
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


WholeNumber = Annotated[int, BeforeValidator(_whole_number)]


Id = Annotated[
    str,
    StringConstraints(strip_whitespace=True, pattern=ID_PATTERN, max_length=80),
]
PlainText = Annotated[
    str,
    StringConstraints(min_length=1, max_length=2000),
    AfterValidator(_visible_text),
]
Markdown = Annotated[str, StringConstraints(max_length=20_000)]


def _tag_text(value: str) -> str:
    """Tags become front matter and links of the theme: markup characters are out."""
    forbidden = sorted(set(value) & set(_TAG_FORBIDDEN))
    if forbidden:
        raise problem(
            f"'{value}' holds {', '.join(repr(char) for char in forbidden)}, which a tag "
            "cannot hold",
            "write the tag without & < > \" or \\, for example 'pengaduan dan keluhan'",
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
    WithJsonSchema({"type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"}),
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


def _jp_shorthand(value: Any) -> Any:
    """`jp: 12` is short for `jp: {total: 12}`."""
    return {"total": value} if isinstance(value, str | int) else value


def _described(id_text: str, en_text: str) -> str:
    return f"{id_text} / {en_text}"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    @model_validator(mode="before")
    @classmethod
    def _empty_means_default(cls, data: Any) -> Any:
        """`description:` left empty in a template means the same as no line at all,
        for fields that may be left out; a required field left empty stays an error."""
        if not isinstance(data, dict):
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
            "Kode agenda: huruf kecil, angka dan tanda hubung; menjadi alamat halamannya.",
            "Agenda id: lowercase letters, digits and hyphens; it becomes the page address.",
        )
    )
    title: PlainText = Field(
        description=_described("Judul agenda.", "Agenda title."),
    )
    description: Markdown = Field(
        "",
        description=_described(
            "Deskripsi agenda (Markdown).", "What the agenda is about (Markdown)."
        ),
    )
    modules: list[Id] = Field(
        min_length=1,
        description=_described(
            "Kode mata pelatihan dalam agenda ini, sesuai urutan pembelajaran.",
            "Ids of the modules in this agenda, in teaching order.",
        ),
    )


class Program(_Strict):
    """Program pelatihan (curriculum/program.yml). / The training program."""

    id: Id = Field(
        description=_described(
            "Kode program: huruf kecil, angka dan tanda hubung.",
            "Program id: lowercase letters, digits and hyphens.",
        )
    )
    title: PlainText = Field(description=_described("Nama pelatihan.", "Program title."))
    organizer: PlainText | None = Field(
        None,
        description=_described(
            "Penyelenggara pelatihan.", "The organization that runs the training."
        ),
    )
    description: Markdown = Field(
        "",
        description=_described(
            "Deskripsi program (Markdown).", "What the program is about (Markdown)."
        ),
    )
    language: Literal["id", "en"] = Field(
        "id",
        description=_described(
            "Bahasa isi kurikulum: id (Indonesia) atau en (Inggris).",
            "Language of the curriculum content: id (Indonesian) or en (English).",
        ),
    )
    jp_minutes: WholeNumber = Field(
        45,
        ge=10,
        le=120,
        description=_described(
            "Lama satu JP (jam pelajaran) dalam menit; bawaan 45.",
            "Minutes in one JP (lesson hour); 45 by default.",
        ),
    )
    agendas: list[Agenda] = Field(
        min_length=1,
        description=_described(
            "Agenda pelatihan, sesuai urutan.", "The program's agendas, in order."
        ),
    )
    revoked_citations: Literal["error", "warning", "note"] = Field(
        "warning",
        description=_described(
            "Cara melaporkan mata pelatihan yang mengutip aturan yang sudah dicabut: "
            "error, warning (bawaan; menghentikan make site), atau note (dilaporkan, situs "
            "tetap dibangun).",
            "How a module citing a revoked rule is reported: error, warning (the default; "
            "stops make site) or note (reported, and the site is still built).",
        ),
    )


class Topic(_Strict):
    """Materi pokok dan sub-materi pokoknya. / A topic and its subtopics."""

    title: PlainText = Field(description=_described("Materi pokok.", "Topic."))
    subtopics: list[PlainText] = Field(
        default_factory=list,
        description=_described("Sub-materi pokok.", "Subtopics."),
    )


class LessonHours(_Strict):
    """Alokasi JP. / Lesson hours (JP)."""

    total: WholeNumber = Field(
        ge=1,
        le=MAX_JP,
        description=_described("Jumlah JP mata pelatihan.", "Total JP of the module."),
    )
    theory: WholeNumber | None = Field(
        None,
        ge=0,
        le=MAX_JP,
        description=_described("JP teori (opsional).", "JP of theory (optional)."),
    )
    assignment: WholeNumber | None = Field(
        None,
        ge=0,
        le=MAX_JP,
        description=_described("JP penugasan (opsional).", "JP of assignments (optional)."),
    )
    practice: WholeNumber | None = Field(
        None,
        ge=0,
        le=MAX_JP,
        description=_described(
            "JP praktik lapangan (opsional).", "JP of field practice (optional)."
        ),
    )

    @property
    def split(self) -> dict[str, int] | None:
        """The parts that were given, or None when the JP is not split."""
        parts = {
            "theory": self.theory,
            "assignment": self.assignment,
            "practice": self.practice,
        }
        given = {name: jp for name, jp in parts.items() if jp is not None}
        return given or None


# The BerAKHLAK core values of the civil service (SE Menpan RB 20/2021).
CORE_VALUES = {
    "berorientasi-pelayanan": "Berorientasi Pelayanan",
    "akuntabel": "Akuntabel",
    "kompeten": "Kompeten",
    "harmonis": "Harmonis",
    "loyal": "Loyal",
    "adaptif": "Adaptif",
    "kolaboratif": "Kolaboratif",
}
CoreValue = Literal[
    "berorientasi-pelayanan",
    "akuntabel",
    "kompeten",
    "harmonis",
    "loyal",
    "adaptif",
    "kolaboratif",
]


class Choice(_Strict):
    """Pilihan jawaban. / An answer to choose."""

    text: PlainText = Field(description=_described("Teks pilihan.", "The choice."))
    correct: bool = Field(
        False,
        description=_described("true untuk jawaban yang benar.", "true for a right answer."),
    )


class Question(_Strict):
    """Soal uji pemahaman. / A self-check question."""

    question: PlainText = Field(description=_described("Pertanyaan.", "The question."))
    choices: list[Choice] = Field(
        min_length=2,
        max_length=10,
        description=_described(
            "Pilihan jawaban, minimal dua; tandai yang benar dengan correct: true.",
            "Answers to choose from, at least two; mark the right ones with correct: true.",
        ),
    )
    explanation: Markdown = Field(
        "",
        description=_described(
            "Penjelasan jawaban, tampil saat jawaban dibuka (Markdown).",
            "Why the answer is right, shown with the answer (Markdown).",
        ),
    )


class Exercise(_Strict):
    """Latihan terbuka. / An open exercise."""

    title: PlainText = Field(description=_described("Judul latihan.", "Exercise title."))
    task: Annotated[Markdown, StringConstraints(min_length=1)] = Field(
        description=_described("Tugas untuk peserta (Markdown).", "The task (Markdown).")
    )
    model_answer: Markdown = Field(
        "",
        description=_described(
            "Contoh jawaban, tersembunyi sampai dibuka (Markdown).",
            "A model answer, hidden until opened (Markdown).",
        ),
    )


class Module(_Strict):
    """Mata pelatihan (curriculum/modules/<id>.yml). / A module."""

    id: Id = Field(
        description=_described(
            "Kode mata pelatihan, sama dengan nama berkasnya (tanpa .yml).",
            "Module id, equal to its file name (without .yml).",
        )
    )
    title: PlainText = Field(description=_described("Judul mata pelatihan.", "Module title."))
    summary: PlainText | None = Field(
        None,
        description=_described(
            "Ringkasan satu kalimat, tampil di tabel dan sebagai deskripsi halaman.",
            "One-sentence summary, shown in tables and as the page description.",
        ),
    )
    description: Markdown = Field(
        "",
        description=_described("Deskripsi singkat (Markdown).", "Description (Markdown)."),
    )
    learning_outcome: PlainText | None = Field(
        None,
        description=_described("Hasil belajar.", "Learning outcome."),
    )
    success_indicators: list[PlainText] = Field(
        default_factory=list,
        description=_described(
            "Indikator keberhasilan (indikator hasil belajar).", "Success indicators."
        ),
    )
    topics: list[Topic] = Field(
        default_factory=list,
        description=_described(
            "Materi pokok beserta sub-materi pokok.", "Topics with their subtopics."
        ),
    )
    jp: Annotated[
        LessonHours, BeforeValidator(_jp_shorthand, json_schema_input_type=int | LessonHours)
    ] = Field(
        description=_described(
            "Alokasi JP: total, dan bila perlu rinciannya (teori, penugasan, praktik) "
            "yang jumlahnya harus sama dengan total. 'jp: 12' berarti total 12.",
            "Lesson hours: the total and, optionally, its split into theory, assignment "
            "and practice, which must add up to the total. 'jp: 12' means a total of 12.",
        )
    )
    self_check: list[Question] = Field(
        default_factory=list,
        description=_described(
            "Soal pilihan ganda untuk menguji pemahaman sendiri.",
            "Multiple-choice questions for participants to check their understanding.",
        ),
    )
    exercises: list[Exercise] = Field(
        default_factory=list,
        description=_described(
            "Latihan terbuka, dengan contoh jawaban bila ada.",
            "Open exercises, with a model answer where there is one.",
        ),
    )
    trainer_notes: Markdown = Field(
        "",
        description=_described(
            "Catatan khusus pelatih: langkah fasilitasi, pembagian waktu, kunci jawaban, "
            "kesulitan yang sering dialami peserta (Markdown). Hanya tampil di situs "
            "pelatih (mkdocs-trainer.yml).",
            "Notes for trainers only: facilitation steps, timing, answer keys, common "
            "difficulties (Markdown). Shown only in the trainer build (mkdocs-trainer.yml).",
        ),
    )
    key_points: list[PlainText] = Field(
        default_factory=list,
        description=_described(
            "Poin penting yang perlu diingat peserta; dihimpun juga di halaman Ringkasan.",
            "Key points participants should remember; also gathered on the Summary page.",
        ),
    )
    methods: list[PlainText] = Field(
        default_factory=list,
        description=_described("Metode pembelajaran.", "Teaching methods."),
    )
    media: list[PlainText] = Field(
        default_factory=list,
        description=_described("Media dan alat bantu.", "Media and teaching aids."),
    )
    assessment: list[PlainText] = Field(
        default_factory=list,
        description=_described("Evaluasi.", "How learning is assessed."),
    )
    prerequisites: list[Id] = Field(
        default_factory=list,
        description=_described(
            "Kode mata pelatihan yang perlu diikuti lebih dahulu.",
            "Ids of modules to take first.",
        ),
    )
    terms: list[Id] = Field(
        default_factory=list,
        description=_described(
            "Kode istilah glosarium yang penting di mata pelatihan ini; tampil dengan "
            "definisinya di halaman mata pelatihan.",
            "Ids of the glossary terms that matter in this module; shown with their "
            "definitions on the module page.",
        ),
    )
    references: list[Id] = Field(
        default_factory=list,
        description=_described(
            "Kode dasar hukum dan bacaan yang dikutip, dari curriculum/references.yml.",
            "Ids of the legal bases and readings cited, from curriculum/references.yml.",
        ),
    )
    tags: list[Tag] = Field(
        default_factory=list,
        description=_described("Label tema.", "Theme tags."),
    )
    core_values: list[CoreValue] = Field(
        default_factory=list,
        description=_described(
            "Nilai dasar ASN BerAKHLAK yang dilatih: berorientasi-pelayanan, akuntabel, "
            "kompeten, harmonis, loyal, adaptif, kolaboratif.",
            "The BerAKHLAK civil-service core values the module trains: "
            "berorientasi-pelayanan, akuntabel, kompeten, harmonis, loyal, adaptif, "
            "kolaboratif.",
        ),
    )

    @property
    def all_tags(self) -> list[str]:
        """Themes, then core values by name, each once."""
        found: dict[str, str] = {}
        for tag in [*self.tags, *(CORE_VALUES[value] for value in self.core_values)]:
            found.setdefault(tag.casefold(), tag)
        return list(found.values())


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
            raise problem(
                "the section has nothing to fill in",
                "add 'prompts:' with at least one '- label: ...', or a 'table:'",
            )
        return self


class Worksheet(_Strict):
    """Lembar kerja (curriculum/worksheets/<id>.yml). / A worksheet to print and fill in."""

    id: Id = Field(
        description=_described(
            "Kode lembar kerja, sama dengan nama berkasnya.",
            "Worksheet id, equal to its file name.",
        )
    )
    title: PlainText = Field(description=_described("Judul lembar kerja.", "Worksheet title."))
    module: Id | None = Field(
        None,
        description=_described(
            "Kode mata pelatihan yang memakai lembar kerja ini.", "Id of the module that uses it."
        ),
    )
    instructions: Markdown = Field(
        "",
        description=_described("Petunjuk pengisian (Markdown).", "How to fill it in (Markdown)."),
    )
    sections: list[WorksheetSection] = Field(
        min_length=1, description=_described("Bagian-bagian lembar kerja.", "Its sections.")
    )


class Term(_Strict):
    """Istilah glosarium. / A glossary term."""

    id: Id = Field(
        description=_described(
            "Kode istilah, dipakai di kolom terms mata pelatihan.",
            "Term id, used in the terms field of modules.",
        )
    )
    term: PlainText = Field(description=_described("Istilah.", "The term."))
    english: PlainText | None = Field(
        None, description=_described("Padanan bahasa Inggris.", "The English equivalent.")
    )
    definition: PlainText = Field(description=_described("Definisi.", "The definition."))
    aliases: list[PlainText] = Field(
        default_factory=list,
        description=_described(
            "Bentuk lain istilah yang juga ditautkan di teks, misalnya singkatannya.",
            "Other forms of the term that are linked in text too, such as its abbreviation.",
        ),
    )


class Glossary(_Strict):
    """Glosarium (curriculum/glossary.yml). / The glossary."""

    terms: list[Term] = Field(
        min_length=1,
        description=_described("Istilah dan definisinya.", "Terms and their definitions."),
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
            "Kode rujukan, misalnya permenpan-rb-91-2021.",
            "Reference id, for example permenpan-rb-91-2021.",
        )
    )
    kind: ReferenceKind = Field(
        description=_described(
            "Jenis: law (undang-undang), regulation (peraturan), circular (surat edaran), "
            "guideline (pedoman), reading (bacaan), website (situs).",
            "Kind: law, regulation, circular, guideline, reading, website.",
        )
    )
    short_title: PlainText = Field(
        description=_described(
            "Sebutan singkat, misalnya Permenpan RB 91/2021.",
            "Short name, for example Permenpan RB 91/2021.",
        )
    )
    title: PlainText = Field(
        description=_described("Judul lengkap.", "Full title."),
    )
    issuer: PlainText | None = Field(
        None,
        description=_described("Penerbit atau penetap.", "Who issued or published it."),
    )
    year: WholeNumber | None = Field(
        None, ge=1800, le=2200, description=_described("Tahun.", "Year.")
    )
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$", max_length=2000)] | None = (
        Field(
            None,
            description=_described(
                "Alamat naskahnya (http atau https).", "Where to read it (http or https)."
            ),
        )
    )
    status: ReferenceStatus = Field(
        "in_force",
        description=_described(
            "Status: in_force (berlaku, bawaan), amended (diubah), revoked (dicabut).",
            "Status: in_force (the default), amended, revoked.",
        ),
    )
    revoked_on: IsoDate | None = Field(
        None,
        description=_described("Tanggal dicabut.", "The date it was revoked."),
    )
    replaced_by: Id | None = Field(
        None,
        description=_described(
            "Kode rujukan yang menggantikannya.", "Id of the reference that replaces it."
        ),
    )
    note: PlainText | None = Field(
        None, description=_described("Keterangan.", "A note on the reference.")
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


class Leader(_Strict):
    """Yang memandu sesi. / Who leads a session."""

    role: PlainText = Field(
        description=_described(
            "Peran: widyaiswara, fasilitator, narasumber, coach, mentor, penguji, panitia.",
            "Role: trainer, facilitator, guest speaker, coach, mentor, examiner, committee.",
        )
    )
    name: PlainText = Field(description=_described("Nama.", "Name."))


class Session(_Strict):
    """Satu sesi dalam sehari: mata pelatihan atau kegiatan. / One session of a day:
    a module or an activity."""

    start: ClockTime = Field(
        description=_described("Jam mulai, misalnya 08:00.", "Start time, for example 08:00.")
    )
    end: ClockTime = Field(
        description=_described("Jam selesai, misalnya 09:30.", "End time, for example 09:30.")
    )
    module: Id | None = Field(
        None,
        description=_described(
            "Kode mata pelatihan yang diajarkan; lamanya dihitung sebagai JP.",
            "Id of the module taught; its length counts as JP.",
        ),
    )
    activity: Activity | None = Field(
        None,
        description=_described(
            "Kegiatan selain mata pelatihan: opening (pembukaan), learning_commitment "
            "(membangun komitmen belajar), break (istirahat), seminar, benchmarking_visit "
            "(kunjungan studi tiru), closing (penutupan), other (lainnya, dengan title).",
            "An activity that is not a module: opening, learning_commitment, break, "
            "seminar, benchmarking_visit, closing, other (with a title).",
        ),
    )
    title: PlainText | None = Field(
        None,
        description=_described(
            "Judul sesi, bila perlu lebih rinci dari nama mata pelatihan atau kegiatan.",
            "Session title, when it needs more than the module's or activity's name.",
        ),
    )
    leaders: list[Leader] = Field(
        default_factory=list,
        description=_described(
            "Pemandu sesi: peran dan nama.", "Who leads the session: role and name."
        ),
    )
    room: PlainText | None = Field(
        None,
        description=_described(
            "Ruang; sesi tanpa ruang berada di ruang utama angkatan.",
            "Room; a session without one is in the cohort's main room.",
        ),
    )
    venue: PlainText | None = Field(
        None,
        description=_described(
            "Tempat, bila bukan tempat angkatan (misalnya lokus studi tiru, atau daring).",
            "Where the session is held when not at the cohort's venue (a visit, online).",
        ),
    )
    trainer_notes: Markdown = Field(
        "",
        description=_described(
            "Catatan khusus pelatih untuk sesi ini (Markdown); hanya di situs pelatih.",
            "Notes for trainers on this session (Markdown); only in the trainer build.",
        ),
    )

    @property
    def minutes(self) -> int:
        return (self.end.hour - self.start.hour) * 60 + self.end.minute - self.start.minute


class Day(_Strict):
    """Satu hari pembelajaran. / One day of the timetable."""

    date: IsoDate = Field(
        description=_described("Tanggal, misalnya 2019-03-18.", "Date, for example 2019-03-18.")
    )
    title: PlainText | None = Field(
        None, description=_described("Judul hari (opsional).", "Title of the day (optional).")
    )
    sessions: list[Session] = Field(
        min_length=1,
        description=_described("Sesi hari itu.", "The day's sessions."),
    )


class Phase(_Strict):
    """Tahap pelatihan. / A phase of the training."""

    kind: PhaseKind = Field(
        description=_described(
            "Jenis tahap: classroom (klasikal), off_classroom (nonklasikal, di tempat "
            "kerja), distance (jarak jauh), e_learning.",
            "Kind of phase: classroom, off_classroom (at the workplace), distance, e_learning.",
        )
    )
    title: PlainText | None = Field(
        None, description=_described("Judul tahap (opsional).", "Phase title (optional).")
    )
    start: IsoDate = Field(description=_described("Tanggal mulai.", "First day."))
    end: IsoDate = Field(description=_described("Tanggal selesai.", "Last day."))
    description: PlainText | None = Field(
        None,
        description=_described(
            "Apa yang dilakukan peserta pada tahap ini.", "What participants do in this phase."
        ),
    )
    days: list[Day] = Field(
        default_factory=list,
        description=_described(
            "Hari-hari dengan sesi terjadwal dalam tahap ini.",
            "The days of this phase that have scheduled sessions.",
        ),
    )


class Cohort(_Strict):
    """Angkatan (curriculum/cohorts/<id>.yml). / A cohort."""

    id: Id = Field(
        description=_described(
            "Kode angkatan, sama dengan nama berkasnya (tanpa .yml).",
            "Cohort id, equal to its file name (without .yml).",
        )
    )
    name: PlainText = Field(
        description=_described("Nama angkatan, misalnya Angkatan VI.", "Name, e.g. Angkatan VI.")
    )
    venue: PlainText | None = Field(
        None, description=_described("Tempat pelatihan.", "Where the training takes place.")
    )
    timezone: TimeZoneName = Field(
        "Asia/Jakarta",
        description=_described(
            "Zona waktu: Asia/Jakarta (WIB, bawaan), Asia/Makassar (WITA), Asia/Jayapura (WIT).",
            "Time zone: Asia/Jakarta (WIB, the default), Asia/Makassar (WITA), "
            "Asia/Jayapura (WIT).",
        ),
    )
    start: IsoDate = Field(description=_described("Tanggal mulai.", "First day."))
    end: IsoDate = Field(description=_described("Tanggal selesai.", "Last day."))
    participants: WholeNumber | None = Field(
        None,
        ge=1,
        le=100_000,
        description=_described(
            "Jumlah peserta (angka saja, tanpa data pribadi).",
            "Number of participants (a count only, no personal data).",
        ),
    )
    max_jp_per_day: WholeNumber = Field(
        DEFAULT_MAX_JP_PER_DAY,
        ge=1,
        le=30,
        description=_described(
            "Batas JP mata pelatihan dalam sehari; lebih dari itu diberi peringatan.",
            "Most JP of modules in one day; a day with more gets a warning.",
        ),
    )
    phases: list[Phase] = Field(
        min_length=1,
        description=_described(
            "Tahap pelatihan, sesuai urutan.", "The phases of the training, in order."
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

    def agenda_modules(self, agenda: Agenda) -> list[Module]:
        return [self.modules[module_id] for module_id in agenda.modules]

    def modules_listing(self, field: str, item_id: str) -> list[Module]:
        """The modules, in teaching order, whose list `field` (`terms`, `references`)
        holds `item_id`."""
        return [
            module
            for agenda in self.program.agendas
            for module in self.agenda_modules(agenda)
            if item_id in getattr(module, field)
        ]

    def agenda_jp(self, agenda: Agenda) -> int:
        return sum(module.jp.total for module in self.agenda_modules(agenda))

    @property
    def total_jp(self) -> int:
        return sum(self.agenda_jp(agenda) for agenda in self.program.agendas)

    def hours(self, jp: float) -> float:
        """Clock hours of `jp` lesson hours."""
        return jp * self.program.jp_minutes / 60

    def session_jp(self, session: Session) -> Fraction:
        """The lesson hours a module session lasts (0 for an activity)."""
        if session.module is None:
            return Fraction(0)
        return Fraction(session.minutes, self.program.jp_minutes)

    def scheduled_jp(self, cohort: Cohort) -> dict[str, Fraction]:
        """JP each module is taught in a cohort, by module id. Sessions of one module at
        the same time on the same day (groups taught in parallel) count once."""
        totals: dict[str, Fraction] = {}
        slots = {
            (day.date, session.start, session.end, session.module): session
            for _, day, session in cohort.sessions()
            if session.module is not None
        }
        for (_, _, _, module_id), session in slots.items():
            totals[module_id] = totals.get(module_id, Fraction(0)) + self.session_jp(session)
        return totals

    def cohorts_teaching(
        self, module: Module
    ) -> list[tuple[Cohort, list[tuple[Day, list[Session]]]]]:
        """Each cohort that schedules the module, with its days and sessions in order."""
        found = []
        for cohort in self.cohorts.values():
            days: dict[date, tuple[Day, list[Session]]] = {}
            for _, day, session in cohort.sessions():
                if session.module == module.id:
                    same_day = days.setdefault(day.date, (day, []))[1]
                    # Groups taught in parallel: one time, counted once.
                    if all((s.start, s.end) != (session.start, session.end) for s in same_day):
                        same_day.append(session)
            if days:
                found.append(
                    (
                        cohort,
                        [
                            (day, sorted(sessions, key=lambda session: session.start))
                            for day, sessions in sorted(
                                days.values(), key=lambda pair: pair[0].date
                            )
                        ],
                    )
                )
        return found
