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
    """The figures as plain data, ready for JSON."""
    program = curriculum.program
    hours = curriculum.hours
    scheduled = {
        cohort_id: curriculum.scheduled_jp(cohort)
        for cohort_id, cohort in curriculum.cohorts.items()
    }
    agendas = []
    modules = []
    for agenda in program.agendas:
        jp = curriculum.agenda_jp(agenda)
        agendas.append(
            {
                "id": agenda.id,
                "title": agenda.title,
                "modules": len(agenda.modules),
                "jp": jp,
                "hours": plain_number(hours(jp)),
            }
        )
        for module in curriculum.agenda_modules(agenda):
            modules.append(
                {
                    "id": module.id,
                    "title": module.title,
                    "agenda": agenda.id,
                    "jp": module.jp.total,
                    "hours": plain_number(hours(module.jp.total)),
                    "scheduled_jp": {
                        cohort_id: plain_number(jp_by_module.get(module.id, 0))
                        for cohort_id, jp_by_module in scheduled.items()
                    },
                }
            )
    cohorts = []
    for cohort_id, cohort in curriculum.cohorts.items():
        scheduled_total = sum(scheduled[cohort_id].values(), Fraction(0))
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
                    1 for _, _, session in cohort.sessions() if session.activity != "break"
                ),
                "jp": plain_number(scheduled_total),
                "hours": plain_number(hours(float(scheduled_total))),
            }
        )
    return {
        "program": {
            "id": program.id,
            "title": program.title,
            "jp_minutes": program.jp_minutes,
            "jp": curriculum.total_jp,
            "hours": plain_number(hours(curriculum.total_jp)),
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
    cohort_ids = [cohort["id"] for cohort in stats["cohorts"]]
    # "Agenda", "JP" and "kB" are the same in both languages.
    parts = [
        phrase(
            "stats.program",
            title=program["title"],
            jp=program["jp"],
            hours=program["hours"],
            minutes=program["jp_minutes"],
        ),
        _table(
            ["Agenda", phrase("stats.modules"), "JP", phrase("stats.hours")],
            [
                [agenda["title"], agenda["modules"], agenda["jp"], agenda["hours"]]
                for agenda in stats["agendas"]
            ]
            + [[phrase("stats.total"), len(stats["modules"]), program["jp"], program["hours"]]],
            language,
        ),
        _table(
            [
                phrase("stats.module"),
                "Agenda",
                "JP",
                phrase("stats.hours"),
                *(phrase("stats.jp-in", cohort=cohort) for cohort in cohort_ids),
            ],
            [
                [
                    module["id"],
                    module["agenda"],
                    module["jp"],
                    module["hours"],
                    *(module["scheduled_jp"][cohort] for cohort in cohort_ids),
                ]
                for module in stats["modules"]
            ],
            language,
        ),
    ]
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
                    "JP",
                    phrase("stats.hours"),
                    phrase("stats.participants"),
                ],
                [
                    [
                        cohort["id"],
                        phrase("stats.dates.range", start=cohort["start"], end=cohort["end"]),
                        cohort["days"],
                        cohort["sessions"],
                        cohort["jp"],
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
