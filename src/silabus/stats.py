"""Lesson hours of a curriculum, by agenda, module and cohort, for `silabus stats`."""

from __future__ import annotations

import posixpath
from collections.abc import Sequence
from fractions import Fraction
from typing import Any

from silabus.addresses import site_paths
from silabus.catalogue import say, written_number
from silabus.model import IMAGE_TYPES, Curriculum, plain_number
from silabus.render import published_files, visible_materials


def curriculum_stats(curriculum: Curriculum) -> dict[str, Any]:
    """The figures as plain data, ready for JSON: lengths in the program's unit
    (`jp`, or `minutes` in a program that counts in minutes) and in hours."""
    program = curriculum.program
    unit = curriculum.timing.unit

    def amount(minutes: int) -> int | float:
        return plain_number(curriculum.jp(minutes)) if unit == "jp" else minutes

    def hours(minutes: int) -> int | float:
        return plain_number(Fraction(minutes, 60))

    scheduled = {
        cohort_id: curriculum.scheduled_minutes(cohort)
        for cohort_id, cohort in curriculum.cohorts.items()
    }
    agendas = []
    modules = []
    for agenda, listed in curriculum.module_groups():
        if agenda is not None:
            minutes = curriculum.agenda_minutes(agenda)
            agendas.append(
                {
                    "id": agenda.id,
                    "title": agenda.title,
                    "modules": len(agenda.modules),
                    unit: amount(minutes),
                    "hours": hours(minutes),
                }
            )
        for module in listed:
            minutes = curriculum.module_minutes(module)
            modules.append(
                {
                    "id": module.id,
                    "title": module.title,
                    "agenda": agenda.id if agenda else None,
                    unit: amount(minutes),
                    "hours": hours(minutes),
                    f"scheduled_{unit}": {
                        cohort_id: amount(by_module.get(module.id, 0))
                        for cohort_id, by_module in scheduled.items()
                    },
                }
            )
    cohorts = []
    for cohort_id, cohort in curriculum.cohorts.items():
        scheduled_total = sum(scheduled[cohort_id].values())
        cohorts.append(
            {
                "id": cohort.id,
                "name": cohort.name,
                "start": cohort.start.isoformat(),
                "end": cohort.end.isoformat(),
                "timezone": cohort.timezone,
                "participants": cohort.participants,
                "days": len({day.date for phase in cohort.phases for day in phase.days}),
                "sessions": sum(
                    1
                    for _, _, session in cohort.sessions()
                    if session.activity != "break" and session.timed
                ),
                unit: amount(scheduled_total),
                "hours": hours(scheduled_total),
            }
        )
    total = curriculum.total_minutes
    return {
        "program": {
            "id": program.id,
            "title": program.title,
            "time_unit": unit,
            **({"jp_minutes": program.jp_minutes} if unit == "jp" else {}),
            "agenda_label": program.agenda_label.one if program.agenda_label else None,
            unit: amount(total),
            "hours": hours(total),
        },
        "agendas": agendas,
        "modules": modules,
        "cohorts": cohorts,
        "materials": _materials(curriculum),
    }


def _materials(curriculum: Curriculum) -> list[dict[str, Any]]:
    """For each module with a folder: its pages, and what a participant downloads to
    read them (the figures of its participant pages) and may download (its files),
    in bytes."""
    published = published_files(curriculum, "participant")
    paths = site_paths(curriculum.program.language)
    found = []
    for module_id, module in curriculum.modules.items():
        if module_id not in curriculum.folders:
            continue
        files = curriculum.files.get(module_id, {})
        for_participants = [d for d in module.downloads if d.audience != "trainer"]
        offered = {download.file for download in for_participants}
        figures = downloads = 0
        count = 0
        for path in files:
            if paths.module_file(module_id, path) not in published:
                continue
            if path in offered:
                downloads += files[path].size
            elif posixpath.splitext(path)[1].lower() in IMAGE_TYPES:
                figures += files[path].size
                count += 1
        found.append(
            {
                "module": module_id,
                "pages": len(visible_materials(curriculum, module, "participant")),
                "trainer_pages": len(curriculum.materials.get(module_id, []))
                - len(visible_materials(curriculum, module, "participant")),
                "figures": count,
                "figure_bytes": figures,
                "downloads": len(for_participants),
                "download_bytes": downloads,
            }
        )
    return found


def _kilobytes(size: int) -> int:
    """As the module page shows a file's size: a file of a few bytes is 1 kB, not 0."""
    return max(1, round(size / 1000)) if size else 0


def stats_tables(stats: dict[str, Any], language: str = "en") -> str:
    """The figures as aligned text tables, their headings in `language`."""

    def phrase(key: str, **values: Any) -> str:
        return say(key, **values).render(language)

    program = stats["program"]
    unit = program["time_unit"]
    cohort_ids = [cohort["id"] for cohort in stats["cohorts"]]
    # "Agenda", "JP" and "kB" are the same in both languages; a program may call its
    # agendas otherwise, or have none.
    unit_heading = "JP" if unit == "jp" else phrase("stats.minutes")
    in_cohort = "stats.jp-in" if unit == "jp" else "stats.minutes-in"
    group_word = program.get("agenda_label") or "Agenda"
    grouped = bool(stats["agendas"])
    parts = [
        phrase(
            "stats.program",
            title=program["title"],
            jp=program["jp"],
            hours=program["hours"],
            minutes=program["jp_minutes"],
        )
        if unit == "jp"
        else phrase(
            "stats.program.minutes",
            title=program["title"],
            minutes=program["minutes"],
            hours=program["hours"],
        ),
    ]
    if grouped:
        parts.append(
            _table(
                [group_word, phrase("stats.modules"), unit_heading, phrase("stats.hours")],
                [
                    [agenda["title"], agenda["modules"], agenda[unit], agenda["hours"]]
                    for agenda in stats["agendas"]
                ]
                + [[phrase("stats.total"), len(stats["modules"]), program[unit], program["hours"]]],
                language,
            )
        )
    parts.append(
        _table(
            [
                phrase("stats.module"),
                *([group_word] if grouped else []),
                unit_heading,
                phrase("stats.hours"),
                *(phrase(in_cohort, cohort=cohort) for cohort in cohort_ids),
            ],
            [
                [
                    module["id"],
                    *([module["agenda"]] if grouped else []),
                    module[unit],
                    module["hours"],
                    *(module[f"scheduled_{unit}"][cohort] for cohort in cohort_ids),
                ]
                for module in stats["modules"]
            ],
            language,
        )
    )
    if stats["materials"]:
        parts.append(
            _table(
                [
                    phrase("stats.module"),
                    phrase("stats.pages"),
                    phrase("stats.for-trainers"),
                    phrase("stats.figures"),
                    phrase("stats.figures-kb"),
                    phrase("stats.downloads"),
                    "kB",
                ],
                [
                    [
                        found["module"],
                        found["pages"],
                        found["trainer_pages"],
                        found["figures"],
                        _kilobytes(found["figure_bytes"]),
                        found["downloads"],
                        _kilobytes(found["download_bytes"]),
                    ]
                    for found in stats["materials"]
                ],
                language,
            )
        )
    if stats["cohorts"]:
        parts.append(
            _table(
                [
                    phrase("stats.cohort"),
                    phrase("stats.dates"),
                    phrase("stats.days"),
                    phrase("stats.sessions"),
                    unit_heading,
                    phrase("stats.hours"),
                    phrase("stats.participants"),
                ],
                [
                    [
                        cohort["id"],
                        phrase("stats.dates.range", start=cohort["start"], end=cohort["end"]),
                        cohort["days"],
                        cohort["sessions"],
                        cohort[unit],
                        cohort["hours"],
                        cohort["participants"] if cohort["participants"] is not None else "",
                    ]
                    for cohort in stats["cohorts"]
                ],
                language,
            )
        )
    return "\n\n".join(parts) + "\n"


def _table(header: Sequence[str], rows: Sequence[Sequence[object]], language: str) -> str:
    """Columns of text left-aligned, columns of numbers right-aligned (2,5 in
    Indonesian, 2.5 in English)."""
    cells = [[_cell(cell, language) for cell in row] for row in [header, *rows]]
    numeric = [
        all(isinstance(row[column], int | float) for row in rows if row[column] != "")
        for column in range(len(header))
    ]
    widths = [max(len(row[column]) for row in cells) for column in range(len(header))]
    lines = []
    for index, row in enumerate(cells):
        line = "  ".join(
            cell.rjust(width) if numeric[column] else cell.ljust(width)
            for column, (cell, width) in enumerate(zip(row, widths, strict=True))
        )
        lines.append(line.rstrip())
        if index == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(lines)


def _cell(value: object, language: str) -> str:
    return written_number(value, language) if isinstance(value, float) else str(value)
