"""Labels of the generated pages, by language (the site's `theme.language`)."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from functools import lru_cache
from typing import Final
from zoneinfo import ZoneInfo

from babel.dates import format_date as babel_date
from babel.dates import format_interval, get_date_format
from babel.numbers import format_currency

DEFAULT_LANGUAGE: Final = "id"

CATALOGUE: Final[dict[str, dict[str, str]]] = {
    "id": {
        "curriculum": "Kurikulum",
        "organizer": "Penyelenggara",
        "fee": "Biaya",
        "fee_free": "gratis",
        "fee_per_participant": "{amount} per peserta",
        "agenda": "Agenda",
        "module_count": "mata pelatihan",
        "agenda_count": "agenda",
        "curriculum_structure": "Struktur kurikulum",
        "jp": "JP",
        "hours": "jam",
        "hours_heading": "Jam",
        "jp_kind": "Bentuk pembelajaran",
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
        "duration_heading": "Alokasi waktu",
        "duration": "Lama",
        "partly_taught": "sebagian: {taught} dari {planned}",
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
        "in_this_group": "Mata pelatihan dalam {group} ini",
        "cohorts": "Jadwal angkatan",
        "cohorts_lead": "Angkatan yang mengikuti pelatihan ini, dengan jadwal setiap sesi.",
        "venue": "Tempat",
        "participant_count": "peserta",
        "day_count": "hari",
        "scheduled_day_count": "hari terjadwal",
        "phases": "Tahapan",
        "time": "Waktu",
        "session": "Kegiatan",
        "place": "Tempat",
        "times_in": "Semua jam dalam {zone}.",
        "calendar": "Kalender",
        "download_calendar": "Unduh kalender (.ics)",
        "calendar_lead": "Masukkan semua sesi ke kalender ponsel atau komputer Anda:",
        "subscribe_calendar": "Berlangganan kalender",
        "subscribe_lead": "Berlangganan membuat kalender Anda mengikuti perubahan jadwal. "
        "Di Google Kalender, pilih “Tambahkan kalender”, lalu “Dari URL”, dan tempel alamat ini:",
        "no_sessions": "Tidak ada sesi terjadwal pada tahap ini.",
        "any_time": "Kapan saja",
        "schedule": "Jadwal",
        "schedule_lead": "Jadwal mata pelatihan ini pada setiap angkatan:",
        "now": "Sedang berlangsung",
        "home_title": "Pelatihan Anda",
        "home_cohorts": "Jadwal setiap angkatan ada di halamannya:",
        "home_no_cohorts": "Jadwal angkatan belum diumumkan.",
        "home_start": "Mulai belajar",
        "home_first_module": "Mata pelatihan pertama",
        "home_guide": "Panduan peserta",
        "home_in_progress": "Sedang berlangsung, {dates}",
        "home_upcoming": "Dimulai {day}",
        "home_ended": "Angkatan terakhir, sudah selesai pada {day}",
        "home_today": "Hari ini, {day}",
        "home_today_in": "Hari ini menurut {zone}, {day}",
        "home_no_sessions_today": "Tidak ada sesi terjadwal hari ini.",
        "home_no_timetable": "Jadwal sesi angkatan ini belum diumumkan.",
        "home_choose": "Pilih angkatan Anda",
        "home_next_day": "Sesi berikutnya, {day}",
        "home_week": "Bahan pekan ini",
        "home_phase": "Tahap {phase}, {dates}",
        "home_next_module": "Mata pelatihan sesi berikutnya",
        "home_current_module": "Mata pelatihan sesi yang sedang berlangsung",
        "home_full_schedule": "Jadwal lengkap angkatan ini",
        "next": "Berikutnya",
        "then": "Sesudahnya",
        "sessions_over": "Angkatan ini sudah selesai.",
        "phase.classroom": "Klasikal",
        "phase.off_classroom": "Nonklasikal (di tempat kerja)",
        "phase.distance": "Pembelajaran jarak jauh",
        "phase.e_learning": "E-learning",
        "activity.opening": "Pembukaan",
        "activity.learning_commitment": "Membangun komitmen belajar",
        "activity.break": "Istirahat",
        "activity.seminar": "Seminar",
        "activity.benchmarking_visit": "Kunjungan studi tiru",
        "activity.closing": "Penutupan",
        "activity.other": "Kegiatan",
        "role.trainer": "Widyaiswara",
        "role.facilitator": "Fasilitator",
        "role.speaker": "Narasumber",
        "role.coach": "Coach",
        "role.mentor": "Mentor",
        "role.examiner": "Penguji",
        "role.committee": "Panitia",
        "role.instructor": "Instruktur",
        "role.helper": "Asisten",
        "roles.trainer": "Widyaiswara",
        "roles.facilitator": "Fasilitator",
        "roles.speaker": "Narasumber",
        "roles.coach": "Coach",
        "roles.mentor": "Mentor",
        "roles.examiner": "Penguji",
        "roles.committee": "Panitia",
        "roles.instructor": "Instruktur",
        "roles.helper": "Asisten",
        "calendar_module": "Mata pelatihan",
        "time_separator": ".",
        "key_points": "Poin penting",
        "worksheets": "Lembar kerja",
        "materials": "Materi",
        "materials_lead": "Bacaan mata pelatihan ini, untuk dipelajari berurutan:",
        "module_overview": "Ikhtisar",
        "back_to_module": "Kembali ke ikhtisar",
        "material_position": "Materi {number} dari {total}",
        "previous": "Sebelumnya",
        "for_trainers_only": "Khusus pelatih",
        "downloads": "Unduhan",
        "worksheets_lead": "Lembar kerja untuk diisi peserta di ponsel atau di kertas.",
        "module_label": "Mata pelatihan",
        "nav_modules": "Mata pelatihan",
        "nav_cohorts": "Angkatan",
        "participant_name": "Nama peserta",
        "work_unit": "Unit kerja",
        "cohort_name": "Angkatan",
        "date": "Tanggal",
        "worksheet_kept_here": "Jawaban Anda tersimpan di perangkat ini saja dan tidak dikirim "
        "ke mana pun.",
        "worksheet_no_storage": "Peramban ini tidak dapat menyimpan jawaban Anda: cetak atau "
        "bagikan sebelum menutup halaman.",
        "worksheet_print": "Cetak / simpan PDF",
        "worksheet_share": "Bagikan sebagai teks",
        "worksheet_erase": "Hapus jawaban saya",
        "worksheet_erase_confirm": "Hapus semua jawaban lembar kerja ini dari perangkat ini?",
        "worksheet_erased": "Jawaban Anda sudah dihapus dari perangkat ini.",
        "worksheet_copied": "Jawaban disalin sebagai teks. Tempelkan di pesan atau surel.",
        "worksheet_copy_yourself": "Salin teks jawaban ini, lalu tempelkan di pesan atau surel.",
        "worksheet_shared": "Jawaban dibagikan.",
        "worksheet_cell": "{column}, baris {row}",
        "worksheet_row": "Baris {row}",
        "worksheet_no_answer": "(belum diisi)",
        "progress_mark": "Tandai sudah dipelajari",
        "progress_marked_on": "Sudah dipelajari, ditandai {date}",
        "progress_studied": "sudah dipelajari",
        "progress_heading": "Kemajuan belajar Anda",
        "progress_summary": "{studied} dari {total} mata pelatihan sudah dipelajari",
        "progress_note": "Tanda ini hanya tersimpan di peramban perangkat ini dan tidak "
        "dikirim ke mana pun.",
        "progress_clear": "Hapus tanda kemajuan saya",
        "progress_clear_confirm": "Hapus semua tanda \u201csudah dipelajari\u201d di peramban "
        "ini? Tanda yang sudah dihapus tidak dapat dikembalikan.",
        "print_all": "Cetak seluruh program",
        "print_module": "Cetak modul ini beserta materinya, atau simpan sebagai PDF",
        "print_hint": "Halaman ini memuat seluruh program untuk dicetak atau disimpan sebagai "
        "PDF; setiap mata pelatihan dimulai di halaman baru.",
        "handout_hint": "Halaman ini memuat mata pelatihan beserta halaman materinya, untuk "
        "dicetak atau disimpan sebagai PDF; setiap halaman materi dimulai di halaman baru.",
        # Shown where the page's script puts its print button, when it does not run.
        "print_keys": "Cetak lewat menu peramban atau dengan Ctrl+P.",
        "print_button": "Cetak atau simpan sebagai PDF",
        "agendas": "Agenda",
        "agendas_lead": "Semua agenda pelatihan ini, dengan mata pelatihan dan alokasi waktunya.",
        "modules_page": "Daftar mata pelatihan",
        "modules_lead": "Semua mata pelatihan, sesuai urutan pembelajaran.",
        "glossary": "Glosarium",
        "glossary_lead": "Istilah yang dipakai dalam pelatihan ini beserta artinya.",
        "also_written": "Juga ditulis",
        "used_in": "Penting di",
        "terms": "Istilah penting",
        "tags_page": "Tema dan nilai BerAKHLAK",
        "tags_lead": "Mata pelatihan menurut tema dan nilai dasar ASN BerAKHLAK yang dilatihnya.",
        "tags_page.own": "Tema dan nilai",
        "tags_lead.own": "Mata pelatihan menurut tema dan nilai yang dilatihnya.",
        "tags_page.none": "Tema",
        "tags_lead.none": "Mata pelatihan menurut temanya.",
        "own_values": "Nilai",
        "setup": "Persiapan",
        "setup_lead": "Yang perlu disiapkan atau dipasang peserta sebelum pelatihan dimulai.",
        "setup_link": "Yang perlu disiapkan sebelum pelatihan dimulai ada di halaman",
        "program_prerequisites": "Prasyarat peserta",
        "license": "Lisensi",
        "credits": "Penyusun dan sumber",
        "trainer_notes": "Catatan pelatih",
        "self_check": "Uji pemahaman",
        "self_check_lead": "Pilih jawaban Anda, lalu buka jawabannya untuk memeriksa.",
        "show_answer": "Lihat jawaban",
        "choose_all": "pilih semua jawaban yang benar",
        "answer_key": "Kunci jawaban",
        "answer": "Jawaban",
        "exercises": "Latihan",
        "model_answer": "Contoh jawaban",
        "summary": "Ringkasan",
        "summary_lead": "Poin penting setiap mata pelatihan, sesuai urutan pembelajaran.",
        "references": "Dasar hukum dan referensi",
        "references_lead": "Peraturan dan bacaan yang dikutip mata pelatihan, dengan statusnya.",
        "references.legal": "Dasar hukum",
        "references.other": "Referensi",
        "references_lead.legal": "Peraturan yang dikutip mata pelatihan, dengan statusnya.",
        "references_lead.other": "Bacaan yang dikutip mata pelatihan.",
        "module_references": "Dasar hukum dan bacaan",
        "module_references.legal": "Dasar hukum",
        "module_references.other": "Bacaan",
        "cited_in": "Dikutip dalam",
        "replaced_by": "diganti oleh",
        "amended_by": "oleh",
        "kind.law": "Undang-undang",
        "kind.regulation": "Peraturan",
        "kind.circular": "Surat edaran",
        "kind.guideline": "Pedoman",
        "kind.reading": "Bacaan",
        "kind.website": "Situs",
        "status.in_force": "Berlaku",
        "status.amended": "Diubah",
        "status.revoked": "Dicabut",
        "read_text": "Baca naskahnya",
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
        "fee": "Fee",
        "fee_free": "free",
        "fee_per_participant": "{amount} per participant",
        "agenda": "Agenda",
        "module_count": "modules",
        "agenda_count": "agendas",
        "curriculum_structure": "Curriculum structure",
        "jp": "JP",
        "hours": "hours",
        "hours_heading": "Hours",
        "jp_kind": "Kind of learning",
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
        "duration_heading": "Duration",
        "duration": "Duration",
        "partly_taught": "in part: {taught} of {planned}",
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
        "in_this_group": "Modules in this {group}",
        "cohorts": "Cohort schedules",
        "cohorts_lead": "The cohorts taking this training, with the timetable of every session.",
        "venue": "Venue",
        "participant_count": "participants",
        "day_count": "days",
        "scheduled_day_count": "scheduled days",
        "phases": "Phases",
        "time": "Time",
        "session": "Session",
        "place": "Place",
        "times_in": "All times are in {zone}.",
        "calendar": "Calendar",
        "download_calendar": "Download the calendar (.ics)",
        "calendar_lead": "Put every session into the calendar of your phone or computer:",
        "subscribe_calendar": "Subscribe to the calendar",
        "subscribe_lead": "A subscription keeps your calendar up to date when the timetable "
        "changes. In Google Calendar, choose “Add calendar”, then “From URL”, and paste "
        "this address:",
        "no_sessions": "No sessions are scheduled in this phase.",
        "any_time": "Any time",
        "schedule": "Schedule",
        "schedule_lead": "When this module is taught in each cohort:",
        "now": "Now",
        "home_title": "Your course",
        "home_cohorts": "Each cohort's schedule is on its page:",
        "home_no_cohorts": "No cohort has been scheduled yet.",
        "home_start": "Where to start",
        "home_first_module": "First module",
        "home_guide": "Participant guide",
        "home_in_progress": "In progress, {dates}",
        "home_upcoming": "Starts on {day}",
        "home_ended": "The last cohort, which ended on {day}",
        "home_today": "Today, {day}",
        "home_today_in": "Today in {zone}, {day}",
        "home_no_sessions_today": "No sessions are scheduled today.",
        "home_no_timetable": "This cohort's timetable is not published yet.",
        "home_choose": "Choose your cohort",
        "home_next_day": "Next sessions, {day}",
        "home_week": "This week's materials",
        "home_phase": "Phase: {phase}, {dates}",
        "home_next_module": "Module of the next session",
        "home_current_module": "Module of the session in progress",
        "home_full_schedule": "This cohort's full schedule",
        "next": "Next",
        "then": "After that",
        "sessions_over": "This cohort has ended.",
        "phase.classroom": "Classroom",
        "phase.off_classroom": "Off-classroom (at the workplace)",
        "phase.distance": "Distance learning",
        "phase.e_learning": "E-learning",
        "activity.opening": "Opening",
        "activity.learning_commitment": "Building learning commitment",
        "activity.break": "Break",
        "activity.seminar": "Seminar",
        "activity.benchmarking_visit": "Benchmarking visit",
        "activity.closing": "Closing",
        "activity.other": "Activity",
        "role.trainer": "Trainer",
        "role.facilitator": "Facilitator",
        "role.speaker": "Guest speaker",
        "role.coach": "Coach",
        "role.mentor": "Mentor",
        "role.examiner": "Examiner",
        "role.committee": "Committee",
        "role.instructor": "Instructor",
        "role.helper": "Helper",
        "roles.trainer": "Trainers",
        "roles.facilitator": "Facilitators",
        "roles.speaker": "Guest speakers",
        "roles.coach": "Coaches",
        "roles.mentor": "Mentors",
        "roles.examiner": "Examiners",
        "roles.committee": "Committee",
        "roles.instructor": "Instructors",
        "roles.helper": "Helpers",
        "calendar_module": "Module",
        "time_separator": ":",
        "key_points": "Key points",
        "worksheets": "Worksheets",
        "materials": "Materials",
        "materials_lead": "What to read for this module, in order:",
        "module_overview": "Overview",
        "back_to_module": "Back to the overview",
        "material_position": "Material {number} of {total}",
        "previous": "Previous",
        "for_trainers_only": "Trainers only",
        "downloads": "Downloads",
        "worksheets_lead": "Worksheets for participants to fill in on a phone or on paper.",
        "module_label": "Module",
        "nav_modules": "Modules",
        "nav_cohorts": "Cohorts",
        "participant_name": "Participant",
        "work_unit": "Work unit",
        "cohort_name": "Cohort",
        "date": "Date",
        "worksheet_kept_here": "Your answers are kept on this device only and are not sent "
        "anywhere.",
        "worksheet_no_storage": "This browser cannot keep your answers: print or share them "
        "before you close the page.",
        "worksheet_print": "Print / save as PDF",
        "worksheet_share": "Share as text",
        "worksheet_erase": "Erase my answers",
        "worksheet_erase_confirm": "Erase all your answers to this worksheet from this device?",
        "worksheet_erased": "Your answers are erased from this device.",
        "worksheet_copied": "The answers are copied as text. Paste them into a message or an "
        "email.",
        "worksheet_copy_yourself": "Copy the text of your answers, then paste it into a message "
        "or an email.",
        "worksheet_shared": "Answers shared.",
        "worksheet_cell": "{column}, row {row}",
        "worksheet_row": "Row {row}",
        "worksheet_no_answer": "(not filled in)",
        "progress_mark": "Mark as studied",
        "progress_marked_on": "Studied, marked on {date}",
        "progress_studied": "studied",
        "progress_heading": "Your progress",
        "progress_summary": "{studied} of {total} modules studied",
        "progress_note": "These marks are kept only in this device's browser and are sent nowhere.",
        "progress_clear": "Clear my progress",
        "progress_clear_confirm": "Remove every \u201cstudied\u201d mark in this browser? "
        "Removed marks cannot be brought back.",
        "print_all": "Print the whole program",
        "print_module": "Print this module with its materials, or save it as PDF",
        "print_hint": "This page holds the whole program, to print or save as PDF; "
        "each module starts on a new sheet.",
        "handout_hint": "This page holds the module with its material pages, to print or "
        "save as PDF; each material page starts on a new sheet.",
        "print_keys": "Print from the browser's menu or with Ctrl+P.",
        "print_button": "Print or save as PDF",
        "agendas": "Agendas",
        "agendas_lead": "Every agenda of this training, with its modules and their lengths.",
        "modules_page": "All modules",
        "modules_lead": "Every module, in the order they are taught.",
        "glossary": "Glossary",
        "glossary_lead": "The terms used in this training and what they mean.",
        "also_written": "Also written",
        "used_in": "Important in",
        "terms": "Key terms",
        "tags_page": "Themes and BerAKHLAK values",
        "tags_lead": "The modules by theme and by the BerAKHLAK core value they train.",
        "tags_page.own": "Themes and values",
        "tags_lead.own": "The modules by theme and by the value they train.",
        "tags_page.none": "Themes",
        "tags_lead.none": "The modules by theme.",
        "own_values": "Values",
        "setup": "Setup",
        "setup_lead": "What participants prepare or install before the course starts.",
        "setup_link": "What to prepare before the course starts is on the page",
        "program_prerequisites": "What you should know already",
        "license": "License",
        "credits": "Credits",
        "trainer_notes": "Trainer notes",
        "self_check": "Check your understanding",
        "self_check_lead": "Choose your answer, then open the answer to check it.",
        "show_answer": "Show the answer",
        "choose_all": "choose every right answer",
        "answer_key": "Answer key",
        "answer": "Answer",
        "exercises": "Exercises",
        "model_answer": "Model answer",
        "summary": "Summary",
        "summary_lead": "The key points of every module, in teaching order.",
        "references": "Legal bases and references",
        "references_lead": "The rules and readings the modules cite, with their status.",
        "references.legal": "Legal bases",
        "references.other": "References",
        "references_lead.legal": "The rules the modules cite, with their status.",
        "references_lead.other": "The readings the modules cite.",
        "module_references": "Legal bases and readings",
        "module_references.legal": "Legal bases",
        "module_references.other": "Readings",
        "cited_in": "Cited in",
        "replaced_by": "replaced by",
        "amended_by": "by",
        "kind.law": "Laws",
        "kind.regulation": "Regulations",
        "kind.circular": "Circulars",
        "kind.guideline": "Guidelines",
        "kind.reading": "Readings",
        "kind.website": "Websites",
        "status.in_force": "In force",
        "status.amended": "Amended",
        "status.revoked": "Revoked",
        "read_text": "Read the text",
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


@lru_cache(maxsize=16)
def page_labels(
    language: str,
    value_kind: str = "berakhlak",
    group: str | None = None,
    groups: str | None = None,
) -> dict[str, str]:
    """The labels of a site's pages in `language`: the page of tags titled after the
    program's value set (BerAKHLAK, the organization's own, or none: themes alone),
    and the program's own word for a group of modules (its `agenda_label`, for one
    group and for several) where "Agenda" would be."""
    labels = dict(CATALOGUE[language])
    if value_kind != "berakhlak":
        labels["tags_page"] = labels[f"tags_page.{value_kind}"]
        labels["tags_lead"] = labels[f"tags_lead.{value_kind}"]
    default = (labels["agenda"].casefold(), labels["agenda_count"].casefold())
    if group is None or (group.casefold(), (groups or group).casefold()) in {
        default,
        (default[0], default[0]),
    }:
        return labels
    return {
        **labels,
        "agenda": group,
        "agenda_count": groups or group,
        "agendas": (groups or group)[:1].upper() + (groups or group)[1:],
        "in_this_agenda": labels["in_this_group"].format(group=group),
    }


def supported_language(language: str | None) -> str:
    """The catalogue language for a site language such as `id`, `en` or `en-GB`."""
    base = (language or DEFAULT_LANGUAGE).split("-")[0].split("_")[0].lower()
    return base if base in CATALOGUE else "en"


def format_number(value: float, language: str) -> str:
    """12 -> "12"; 7.5 -> "7,5" in Indonesian, "7.5" in English."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", _DECIMAL_SEPARATOR.get(language, "."))


def format_size(size: int, language: str) -> str:
    """A file's size as people read it: 840 kB, 1,2 MB (1.2 MB in English)."""
    if size < 1_000_000:
        return f"{max(1, round(size / 1000))}\u00a0kB"
    return f"{format_number(round(size / 1_000_000, 1), language)}\u00a0MB"


@lru_cache(maxsize=4096)
def format_day(day: date, language: str) -> str:
    """A day in full: Senin, 18 Maret 2019 / Monday, March 18, 2019."""
    # The day of the month without a leading zero, as people write it.
    pattern = get_date_format("full", locale=language).pattern.replace("dd", "d")
    return babel_date(day, pattern, locale=language)


@lru_cache(maxsize=4096)
def format_short_day(day: date, language: str) -> str:
    """A day in short: 18 Mar 2019."""
    return babel_date(day, "medium", locale=language)


def format_dates(first: date, last: date, language: str) -> str:
    """The first and last day, such as "18 Mar - 18 Jun 2019" with the locale's dash."""
    if first == last:
        return format_short_day(first, language)
    return str(format_interval(first, last, "yMMMd", locale=language))


def format_fee(amount: Decimal, currency: str | None, language: str) -> str:
    """A fee per participant in the locale's way, "Rp4.750.000 per peserta", or the
    word for free."""
    if not amount or currency is None:
        return CATALOGUE[language]["fee_free"]
    money = format_currency(amount, currency, locale=language)
    return CATALOGUE[language]["fee_per_participant"].format(amount=money)


def format_time(moment: time, language: str) -> str:
    """A time on the 24-hour clock: 08.30 in Indonesian, 08:30 in English."""
    separator = CATALOGUE[language]["time_separator"]
    return f"{moment.hour:02d}{separator}{moment.minute:02d}"


# Indonesia's three time zones by their common names; other zones of the same
# offsets inside Indonesia share the name.
_ZONE_NAMES: Final = {
    "Asia/Jakarta": "WIB",
    "Asia/Pontianak": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Jayapura": "WIT",
}


def zone_name(zone: str, on: date) -> str:
    """WIB for Asia/Jakarta; the zone's own abbreviation where it has one in
    letters (CET, CEST, GMT, EST); else its offset, UTC+09:00."""
    if zone in _ZONE_NAMES:
        return _ZONE_NAMES[zone]
    noon = datetime.combine(on, time(12), ZoneInfo(zone))
    abbreviation = noon.strftime("%Z")
    if abbreviation.isalpha() and abbreviation.isupper():
        return abbreviation
    offset = noon.strftime("%z")
    return f"UTC{offset[:3]}:{offset[3:]}" if offset else zone


def zone_label(zone: str) -> str:
    """A zone for readers: WIB (Asia/Jakarta); other zones by their name, since their
    offset may change with the seasons."""
    return f"{_ZONE_NAMES[zone]} ({zone})" if zone in _ZONE_NAMES else zone
