"""Labels of the generated pages, by language (the site's `theme.language`)."""

from __future__ import annotations

from typing import Final

DEFAULT_LANGUAGE: Final = "id"

CATALOGUE: Final[dict[str, dict[str, str]]] = {
    "id": {
        "curriculum": "Kurikulum",
        "organizer": "Penyelenggara",
        "agenda": "Agenda",
        "module_count": "mata pelatihan",
        "agenda_count": "agenda",
        "curriculum_structure": "Struktur kurikulum",
        "jp": "JP",
        "hours": "jam",
        "hours_heading": "Jam",
        "total": "Jumlah",
        "grand_total": "Jumlah seluruhnya",
        "jp_note": "1 JP (jam pelajaran) = {minutes} menit.",
        "part_of": "Bagian dari",
        "description": "Deskripsi singkat",
        "learning_outcome": "Hasil belajar",
        "success_indicators": "Indikator keberhasilan",
        "success_indicators_lead": "Peserta dinyatakan berhasil apabila mampu:",
        "topics": "Materi pokok",
        "lesson_hours": "Alokasi waktu",
        "theory": "Teori",
        "assignment": "Penugasan",
        "practice": "Praktik",
        "methods": "Metode",
        "media": "Media dan alat bantu",
        "assessment": "Evaluasi",
        "prerequisites": "Prasyarat",
        "prerequisites_lead": "Sebaiknya ikuti lebih dahulu:",
        "tags": "Tema",
        "in_this_agenda": "Mata pelatihan dalam agenda ini",
        "note.note": "Catatan",
        "note.abstract": "Ringkasan",
        "note.info": "Info",
        "note.tip": "Tips",
        "note.success": "Berhasil",
        "note.question": "Pertanyaan",
        "note.warning": "Perhatian",
        "note.failure": "Gagal",
        "note.danger": "Bahaya",
        "note.bug": "Galat",
        "note.example": "Contoh",
        "note.quote": "Kutipan",
    },
    "en": {
        "curriculum": "Curriculum",
        "organizer": "Organizer",
        "agenda": "Agenda",
        "module_count": "modules",
        "agenda_count": "agendas",
        "curriculum_structure": "Curriculum structure",
        "jp": "JP",
        "hours": "hours",
        "hours_heading": "Hours",
        "total": "Total",
        "grand_total": "Total",
        "jp_note": "1 JP (lesson hour) = {minutes} minutes.",
        "part_of": "Part of",
        "description": "Description",
        "learning_outcome": "Learning outcome",
        "success_indicators": "Success indicators",
        "success_indicators_lead": "Participants succeed when they can:",
        "topics": "Topics",
        "lesson_hours": "Lesson hours",
        "theory": "Theory",
        "assignment": "Assignment",
        "practice": "Practice",
        "methods": "Methods",
        "media": "Media and teaching aids",
        "assessment": "Assessment",
        "prerequisites": "Prerequisites",
        "prerequisites_lead": "Take these first:",
        "tags": "Themes",
        "in_this_agenda": "Modules in this agenda",
        "note.note": "Note",
        "note.abstract": "Abstract",
        "note.info": "Info",
        "note.tip": "Tip",
        "note.success": "Success",
        "note.question": "Question",
        "note.warning": "Warning",
        "note.failure": "Failure",
        "note.danger": "Danger",
        "note.bug": "Bug",
        "note.example": "Example",
        "note.quote": "Quote",
    },
}

_DECIMAL_SEPARATOR: Final = {"id": ",", "en": "."}


def note_titles(language: str) -> dict[str, str]:
    """Titles of notes (admonitions) written without one, by kind."""
    return {
        key.removeprefix("note."): label
        for key, label in CATALOGUE[language].items()
        if key.startswith("note.")
    }


def supported_language(language: str | None) -> str:
    """The catalogue language for a site language such as `id`, `en` or `en-GB`."""
    base = (language or DEFAULT_LANGUAGE).split("-")[0].split("_")[0].lower()
    return base if base in CATALOGUE else "en"


def format_number(value: float, language: str) -> str:
    """12 -> "12"; 7.5 -> "7,5" in Indonesian, "7.5" in English."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", _DECIMAL_SEPARATOR.get(language, "."))
