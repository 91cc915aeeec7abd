"""Words every report uses: severities, the hint label, summaries."""

from __future__ import annotations

from silabus.catalogue.entries import Phrase, Problem

PROBLEMS: list[Problem] = []

PHRASES = [
    Phrase("severity.error", "error", "kesalahan"),
    Phrase("severity.warning", "warning", "peringatan"),
    Phrase("severity.note", "note", "catatan"),
    Phrase("hint", "hint", "saran"),
    Phrase("did-you-mean", "did you mean '{suggestion}'?", "maksud Anda '{suggestion}'?"),
    Phrase(
        "summary.clean",
        "No problems found ({checked}{noted}).",
        "Tidak ada masalah ({checked}{noted}).",
    ),
    Phrase(
        "summary.found",
        "Found {errors} {errors:error|errors} and {warnings} {warnings:warning|warnings} "
        "({checked}{noted}).",
        "Ditemukan {errors} kesalahan dan {warnings} peringatan ({checked}{noted}).",
    ),
    Phrase(
        "summary.checked",
        "{files} {files:file|files} checked",
        "{files} berkas diperiksa",
    ),
    Phrase("summary.noted", ", {notes} {notes:note|notes}", ", {notes} catatan"),
    Phrase(
        "notes.left-out",
        "... and {count} more {count:note|notes}; {how}",
        "... dan {count} catatan lagi; {how}",
    ),
    Phrase(
        "notes.how.validate",
        "`silabus validate --notes` shows them all",
        "`silabus validate --notes` menampilkan semuanya",
    ),
]

PHRASES += [
    Phrase(
        "build.strict-warnings",
        "Warnings are errors in strict mode.",
        "Dalam mode ketat, peringatan dihitung sebagai kesalahan.",
    ),
    Phrase(
        "build.not-built",
        "The site was not built; fix the problems above and build again.",
        "Situs tidak dibangun; perbaiki masalah di atas, lalu bangun lagi.",
    ),
]
