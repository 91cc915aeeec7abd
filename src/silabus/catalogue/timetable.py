"""Cohorts, timetables, dates and times (T)."""

from __future__ import annotations

from silabus.catalogue.entries import Phrase, Problem

_CHECK_DATES_EN = "check the two dates; dates are written year-month-day"
_CHECK_DATES_ID = "periksa kedua tanggal itu; tanggal ditulis tahun-bulan-hari"

PROBLEMS = [
    # check_cohort.py
    Problem(
        "T001",
        "the cohort ends on {end}, before it starts ({start})",
        "angkatan berakhir pada {end}, sebelum dimulai ({start})",
        _CHECK_DATES_EN,
        _CHECK_DATES_ID,
    ),
    Problem(
        "T002",
        "the day {date} is outside its phase (phase {phase}, {kind}, {start} to {end})",
        "hari {date} berada di luar tahapnya (tahap {phase}, {kind}, {start} sampai {end})",
        "move the day into the phase whose dates include it, or change the phase's 'start' "
        "or 'end'",
        "pindahkan hari itu ke tahap yang tanggalnya mencakup hari itu, atau ubah 'start' "
        "atau 'end' tahap tersebut",
    ),
    Problem(
        "T003",
        "the day {date} is already listed on line {line}",
        "hari {date} sudah dicantumkan di baris {line}",
        "list each date once, with all of its sessions",
        "cantumkan setiap tanggal satu kali saja, beserta semua sesinya",
    ),
    Problem(
        "T004",
        "the phase ends on {end}, before it starts ({start})",
        "tahap berakhir pada {end}, sebelum dimulai ({start})",
        _CHECK_DATES_EN,
        _CHECK_DATES_ID,
    ),
    Problem(
        "T005",
        "the phase starts on {start}, before the cohort starts ({cohort_start})",
        "tahap dimulai pada {start}, sebelum angkatan dimulai ({cohort_start})",
        "change the phase's 'start', or the cohort's 'start' at the top of the file",
        "ubah 'start' tahap ini, atau 'start' angkatan di bagian atas berkas",
    ),
    Problem(
        "T006",
        "the phase ends on {end}, after the cohort ends ({cohort_end})",
        "tahap berakhir pada {end}, setelah angkatan berakhir ({cohort_end})",
        "change the phase's 'end', or the cohort's 'end' at the top of the file",
        "ubah 'end' tahap ini, atau 'end' angkatan di bagian atas berkas",
    ),
    Problem(
        "T007",
        "the session ends at {end}, which is not after its start ({start})",
        "sesi berakhir pukul {end}, yang tidak lebih lambat daripada waktu mulainya ({start})",
        "a session starts and ends on the same day; check for a typing mistake",
        "sesi dimulai dan berakhir pada hari yang sama; periksa apakah ada salah ketik",
    ),
    Problem(
        "T008",
        "a session is either a module or an activity, not both",
        "sesi berisi modul atau kegiatan, bukan keduanya",
        "remove 'activity', or give the activity a session of its own",
        "hapus 'activity', atau beri kegiatan itu sesi tersendiri",
    ),
    Problem(
        "T009",
        "the session has neither 'module' nor 'activity'",
        "sesi tidak memiliki 'module' maupun 'activity'",
        "add 'module: <module id>', or an activity such as 'activity: break'",
        "tambahkan 'module: <id modul>', atau kegiatan seperti 'activity: break'",
    ),
    Problem(
        "T010",
        "an activity 'other' needs a title",
        "kegiatan 'other' memerlukan judul",
        "add 'title: ...' saying what happens in the session",
        "tambahkan 'title: ...' yang menyebutkan apa yang terjadi dalam sesi itu",
    ),
    Problem(
        "T011",
        "the module '{module}' does not exist",
        "modul '{module}' tidak ada",
        "use the id of a module in curriculum/modules/",
        "pakai id salah satu modul di curriculum/modules/",
    ),
    Problem(
        "T012",
        "the session lasts {minutes} minutes, which is not a whole number of JP "
        "(1 JP = {jp_minutes} minutes)",
        "sesi berlangsung {minutes} menit, bukan kelipatan JP (1 JP = {jp_minutes} menit)",
    ),
    Problem(
        "T013",
        "this session ({times}) overlaps {other} in {place}",
        "sesi ini ({times}) bertumpang tindih dengan {other} di {place}",
        "change the times so that one ends before the other starts, or hold them in "
        "different rooms",
        "ubah waktunya agar yang satu berakhir sebelum yang lain dimulai, atau adakan "
        "keduanya di ruang yang berbeda",
    ),
    Problem(
        "T014",
        "this session ({times}) overlaps {other} in {place}, so the cohort cannot attend both",
        "sesi ini ({times}) bertumpang tindih dengan {other} di {place}, sehingga angkatan "
        "tidak dapat mengikuti keduanya",
        "change the times; sessions for groups of the cohort taught at the same time must "
        "start and end at the same times",
        "ubah waktunya; jika kelompok-kelompok dalam satu angkatan diajar pada waktu yang sama, "
        "sesi mereka harus dimulai dan berakhir pada jam yang sama",
    ),
    Problem(
        "T015",
        "{time} on {day} does not exist: the clocks move forward that night in {zone}",
        "pukul {time} pada {day} tidak ada: di {zone}, jam dimajukan pada malam itu",
        "move the session by an hour",
        "geser sesi itu satu jam",
    ),
    Problem(
        "T016",
        "{time} on {day} happens twice: the clocks move back that night in {zone}",
        "pukul {time} pada {day} terjadi dua kali: di {zone}, jam dimundurkan pada malam itu",
        "move the session by an hour",
        "geser sesi itu satu jam",
    ),
    Problem(
        "T017",
        "'{module}' is scheduled for {scheduled} in this cohort, more than the module's "
        "{planned}; this session goes over",
        "'{module}' dijadwalkan {scheduled} di angkatan ini, lebih dari {planned} modul "
        "tersebut; sesi inilah yang melampauinya",
        "shorten or remove sessions of '{module}', or change '{field}' in its module file",
        "persingkat atau hapus sesi '{module}', atau ubah '{field}' di berkas modulnya",
    ),
    Problem(
        "T018",
        "'{module}' is scheduled for {scheduled} in this cohort, less than the module's {planned}",
        "'{module}' dijadwalkan {scheduled} di angkatan ini, kurang dari {planned} modul tersebut",
        "add sessions for the {left} left, change '{field}' in its module file, or, if this "
        "cohort teaches only part of it on purpose, list it under 'partly_taught' at the "
        "top of this file",
        "tambahkan sesi untuk {left} yang tersisa, ubah '{field}' di berkas modulnya, atau, "
        "bila angkatan ini memang hanya mengajarkan sebagiannya, tulis id-nya di "
        "'partly_taught' di bagian atas berkas ini",
    ),
    Problem(
        "T019",
        "the module '{module}' ({length}) is not scheduled in this cohort",
        "modul '{module}' ({length}) tidak dijadwalkan di angkatan ini",
        "add sessions with 'module: {module}' to a day of the timetable, if this cohort takes it",
        "tambahkan sesi dengan 'module: {module}' ke salah satu hari di jadwal, jika "
        "angkatan ini mengikutinya",
    ),
    Problem(
        "T020",
        "'{module}' starts on {day}, before its prerequisite '{prerequisite}' (first taught "
        "on {first_day}, line {line})",
        "'{module}' dimulai pada {day}, sebelum prasyaratnya '{prerequisite}' (pertama "
        "diajarkan pada {first_day}, baris {line})",
        "schedule '{prerequisite}' earlier, or remove it from the prerequisites of '{module}'",
        "jadwalkan '{prerequisite}' lebih awal, atau hapus dari prasyarat '{module}'",
    ),
    Problem(
        "T021",
        "{day} has {length} of modules, more than the limit of {limit} a day",
        "hari {day} berisi {length} modul, lebih dari batas {limit} per hari",
        "move a session to another day, or raise '{field}' at the top of the file",
        "pindahkan satu sesi ke hari lain, atau naikkan '{field}' di bagian atas berkas",
    ),
    Problem(
        "T022",
        "this session ({times}) overlaps a session of '{cohort}' ({other_times}, {path} "
        "line {line}) in {place}",
        "sesi ini ({times}) bertumpang tindih dengan sesi angkatan '{cohort}' ({other_times}, "
        "{path} baris {line}) di {place}",
        "two cohorts cannot use one room at the same time; change the times or the room of "
        "one of them",
        "dua angkatan tidak dapat memakai satu ruang pada waktu yang sama; ubah waktu atau "
        "ruang salah satunya",
    ),
    Problem(
        "T023",
        "'{text}' is not a date in the form YYYY-MM-DD",
        "'{text}' bukan tanggal dalam bentuk YYYY-MM-DD",
    ),
    Problem(
        "T024",
        "'{text}' is not in the years {first} to {last}",
        "'{text}' tidak berada dalam rentang tahun {first} sampai {last}",
    ),
    Problem(
        "T025",
        "'{text}' has no month {month}",
        "'{text}' memakai bulan ke-{month}, yang tidak ada",
    ),
    Problem(
        "T026",
        "'{text}' is not a date: {month} {year} has {days} days",
        "'{text}' bukan tanggal: {month} {year} hanya memiliki {days} hari",
    ),
    Problem("T027", "'{text}' is not a time of day", "'{text}' bukan jam yang sah"),
    Problem(
        "T028",
        "'{name}' means UTC{sign}{hours}: in Etc/GMT names the sign is reversed",
        "'{name}' berarti UTC{sign}{hours}: pada nama Etc/GMT tandanya terbalik",
    ),
    Problem(
        "T029",
        "'{name}' is an offset from UTC, not a time zone",
        "'{name}' adalah selisih dari UTC, bukan zona waktu",
    ),
    Problem("T030", "'{name}' is not a time zone", "'{name}' bukan zona waktu"),
    Problem(
        "T031",
        "this cohort has no time zone, so its times would be read as Western Indonesian "
        "Time (Asia/Jakarta)",
        "angkatan ini tidak menyebut zona waktu, sehingga jamnya akan dibaca sebagai WIB "
        "(Asia/Jakarta)",
        "write the zone of the place where it is taught, for example 'timezone: "
        "Europe/Amsterdam' (for an online course, the zone its times are written in)",
        "tulis zona waktu tempat angkatan ini diajar, misalnya 'timezone: Europe/Amsterdam' "
        "(untuk kelas daring, zona tempat jam-jamnya ditulis)",
    ),
    Problem(
        "T032",
        "'{module}' is taught for {scheduled} of its {planned} in this cohort, which "
        "teaches it only in part",
        "'{module}' diajarkan {scheduled} dari {planned} di angkatan ini, yang memang "
        "hanya mengajarkan sebagiannya",
    ),
    Problem(
        "T033",
        "'{module}' is listed under 'partly_taught', but this cohort teaches all of its {planned}",
        "'{module}' tercantum di 'partly_taught', padahal angkatan ini mengajarkan seluruh "
        "{planned}-nya",
        "remove it from 'partly_taught'",
        "hapus dari 'partly_taught'",
    ),
    Problem(
        "T034",
        "'{module}' is listed under 'partly_taught', but no session of this cohort teaches it",
        "'{module}' tercantum di 'partly_taught', tetapi tidak ada sesi angkatan ini yang "
        "mengajarkannya",
        "add its sessions to the timetable, or remove it from 'partly_taught'",
        "tambahkan sesinya ke jadwal, atau hapus dari 'partly_taught'",
    ),
    Problem(
        "T035",
        "'{written}' does not apply: this program counts time in {unit_name} "
        "('time_unit: {unit}' in program.yml)",
        "'{written}' tidak berlaku: program ini menghitung waktu dalam {unit_name} "
        "('time_unit: {unit}' di program.yml)",
        "write '{field}' instead",
        "tulis '{field}' sebagai gantinya",
    ),
    Problem(
        "T040",
        "the session of '{module}' has no 'start' and 'end': a module session needs its times",
        "sesi '{module}' tidak memiliki 'start' dan 'end': sesi mata pelatihan harus berjam",
        "write when it starts and ends, such as 'start: 08:00' and 'end: 09:30'; only an "
        "activity or an item with a title may go without times",
        "tulis jam mulai dan jam selesainya, misalnya 'start: 08:00' dan 'end: 09:30'; "
        "hanya kegiatan atau butir berjudul yang boleh tanpa jam",
    ),
    Problem(
        "T041",
        "the session has a 'start' but no 'end'",
        "sesi ini memiliki 'start' tetapi tidak memiliki 'end'",
        "write its end too, such as 'end: 09:30'; an item without a time has neither "
        "'start' nor 'end'",
        "tulis juga jam selesainya, misalnya 'end: 09:30'; butir tanpa jam tidak memiliki "
        "'start' maupun 'end'",
    ),
    Problem(
        "T042",
        "the session has an 'end' but no 'start'",
        "sesi ini memiliki 'end' tetapi tidak memiliki 'start'",
        "write its start too, such as 'start: 08:00'; an item without a time has neither "
        "'start' nor 'end'",
        "tulis juga jam mulainya, misalnya 'start: 08:00'; butir tanpa jam tidak memiliki "
        "'start' maupun 'end'",
    ),
    Problem(
        "T043",
        "the item without a time has neither a 'title' nor an 'activity'",
        "butir tanpa jam ini tidak memiliki 'title' maupun 'activity'",
        "say what it is, such as 'title: Pre-workshop survey', or give it its times and a 'module'",
        "sebutkan isinya, misalnya 'title: Survei sebelum pelatihan', atau beri jam dan 'module'",
    ),
]

PHRASES = [
    # Lengths of time, as people say them (model.Timing).
    Phrase("length.jp", "{jp} JP", "{jp} JP"),
    Phrase("length.minutes", "{minutes} min", "{minutes} mnt"),
    Phrase("length.hours", "{hours} h", "{hours} j"),
    Phrase("length.hours-minutes", "{hours} h {minutes} min", "{hours} j {minutes} mnt"),
    Phrase("length.unit.jp", "JP (lesson hours)", "JP (jam pelajaran)"),
    Phrase("length.unit.minutes", "minutes", "menit"),
    # check_cohort.py
    Phrase(
        "timetable.hint.whole-jp",
        "make it {minutes} minutes ({jp} JP)",
        "jadikan {minutes} menit ({jp} JP)",
    ),
    Phrase(
        "timetable.hint.whole-jp-either",
        "make it {shorter} minutes ({shorter_jp} JP) or {longer} minutes ({longer_jp} JP)",
        "jadikan {shorter} menit ({shorter_jp} JP) atau {longer} menit ({longer_jp} JP)",
    ),
    Phrase(
        "timetable.other-session",
        "'{label}' ({times}, line {line})",
        "'{label}' ({times}, baris {line})",
    ),
    Phrase("timetable.place.room", "room '{room}'", "ruang '{room}'"),
    Phrase(
        "timetable.place.room-at-venue", "room '{room}' at '{venue}'", "ruang '{room}' di '{venue}'"
    ),
    Phrase(
        "timetable.place.main-room",
        "the cohort's main room (no 'room' given)",
        "ruang utama angkatan ('room' tidak diisi)",
    ),
    Phrase("timetable.session", "session", "sesi"),
    # when.py: the message and hint of a field's own problem (parse.py gives the code)
    Phrase("timetable.hint.write-date-as", "write it as {date}", "tulis sebagai {date}"),
    Phrase(
        "timetable.hint.date-form",
        "write dates as year-month-day, for example 2019-03-18",
        "tulis tanggal sebagai tahun-bulan-hari, misalnya 2019-03-18",
    ),
    Phrase("timetable.hint.check-year", "check the year", "periksa tahunnya"),
    Phrase(
        "timetable.hint.check-day", "check the day and the month", "periksa tanggal dan bulannya"
    ),
    # The month of "{month} {year} has {days} days": "bulan Februari 2019 hanya memiliki ..."
    Phrase("timetable.month.january", "January", "bulan Januari"),
    Phrase("timetable.month.february", "February", "bulan Februari"),
    Phrase("timetable.month.march", "March", "bulan Maret"),
    Phrase("timetable.month.april", "April", "bulan April"),
    Phrase("timetable.month.may", "May", "bulan Mei"),
    Phrase("timetable.month.june", "June", "bulan Juni"),
    Phrase("timetable.month.july", "July", "bulan Juli"),
    Phrase("timetable.month.august", "August", "bulan Agustus"),
    Phrase("timetable.month.september", "September", "bulan September"),
    Phrase("timetable.month.october", "October", "bulan Oktober"),
    Phrase("timetable.month.november", "November", "bulan November"),
    Phrase("timetable.month.december", "December", "bulan Desember"),
    Phrase(
        "timetable.hint.time-form",
        "write the time as hours:minutes on a 24-hour clock, for example 08:30 or 13:00",
        "tulis waktu sebagai jam:menit dalam format 24 jam, misalnya 08:30 atau 13:00",
    ),
    Phrase(
        "timetable.hint.time-colon",
        "write it with a colon: {time}",
        "tulis dengan titik dua: {time}",
    ),
    Phrase(
        "timetable.hint.time-range",
        "hours go from 0 to 23 and minutes from 0 to 59; a session ends by 23:59",
        "jam berkisar dari 0 sampai 23 dan menit dari 0 sampai 59; sesi berakhir paling "
        "lambat pukul 23:59",
    ),
    Phrase(
        "timetable.hint.indonesian-offset",
        "for UTC+{hours} in Indonesia write {zone}",
        "untuk UTC+{hours} di Indonesia, tulis {zone}",
    ),
    Phrase(
        "timetable.hint.place-zone",
        "write the zone of a place, for example Asia/Jakarta or Europe/Amsterdam",
        "tulis zona waktu suatu tempat, misalnya Asia/Jakarta atau Europe/Amsterdam",
    ),
    Phrase(
        "timetable.hint.zone-for-place", "for {name} write {zone}", "untuk {name}, tulis {zone}"
    ),
    Phrase(
        "timetable.hint.indonesian-zones",
        "write Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT)",
        "tulis Asia/Jakarta (WIB), Asia/Makassar (WITA), atau Asia/Jayapura (WIT)",
    ),
]
