"""The course home: a panel for the site's home page with the cohorts in progress (or
the next one), today's and the next sessions, where to start, and the materials of
the week. The build writes the days and sessions of every cohort that had not ended
when the site was built into the panel as data; a script picks the cohort and the day
by the reader's clock. Without the script the panel lists the cohorts and where to
start."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from urllib.parse import quote

from silabus.addresses import SitePaths
from silabus.model import Cohort, Curriculum, Material, Module
from silabus.render.messages import format_dates, format_day, format_time, zone_name
from silabus.render.schedule import session_title, staff_lines, timetable

# Where a hand-written page shows the course home. A page without it is left as
# written.
MARKER = "<!-- silabus: course-home -->"
# The participant guide, by the file names `silabus init` and the sample give it:
# the panel links to the first of them the site's pages have.
PARTICIPANT_GUIDES = ("panduan-peserta.md", "participant-guide.md")
HOME_SCRIPT = "assets/silabus-home.js"
# In the panel's text, where the link to the participant guide goes once the engine
# knows whether the site has one. (U+001A cannot come from the curriculum.)
GUIDE_PLACE = "\x1aguide\x1a"

# The marker on a line of its own, as a block of HTML (at most three spaces in).
_MARKER_LINE = re.compile(rf" {{0,3}}{re.escape(MARKER)}[ \t]*")
# After each line break: the page's lines keep theirs.
_LINE_END = re.compile(r"(?<=\n)")
# A line that opens or closes a fenced code block, where the marker is an example.
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")

# The labels the script shows, by their key in the page labels.
SCRIPT_LABELS = (
    "home_in_progress",
    "home_upcoming",
    "home_ended",
    "home_today",
    "home_today_in",
    "home_no_sessions_today",
    "home_no_timetable",
    "home_choose",
    "home_next_day",
    "home_week",
    "home_phase",
    "home_next_module",
    "home_current_module",
    "home_full_schedule",
    "now",
    "materials",
    "worksheets",
)


@dataclass(frozen=True)
class CourseHome:
    """The panel as the build rendered it, its links still to be made relative to the
    page it goes into (see `place_course_home`)."""

    panel: str
    guide_label: str
    # How the engine publishes pages (see render.Addressing).
    directory_urls: bool = True
    html_from_source: bool = False


def course_home_data(
    curriculum: Curriculum,
    language: str,
    labels: Mapping[str, str],
    paths: SitePaths,
    url: Callable[[str], str],
    materials_of: Callable[[Module], list[Material]],
    built: datetime | None = None,
) -> dict[str, Any]:
    """What the script needs to show the course home at any moment: every cohort with
    its phases, days, sessions and weeks, each with the instants it begins and ends
    (ISO 8601 with the UTC offset of the cohort's zone), the modules they teach with
    their material pages and worksheets, and the labels. Addresses are as `url` makes
    them. A cohort that had ended at `built`, the time of the build, has no days,
    phases or weeks: only the last of them, which the panel names once no cohort is in
    progress or to come, is kept at all."""
    modules: dict[str, int] = {}
    module_list: list[dict[str, Any]] = []

    def module_index(module: Module) -> int:
        if module.id not in modules:
            modules[module.id] = len(module_list)
            module_list.append(
                {
                    "title": _text(module.title),
                    "url": url(paths.module_page(module)),
                    "materials": [
                        [_text(material.title), url(paths.material_page(module.id, material.id))]
                        for material in materials_of(module)
                    ],
                    "worksheets": [
                        [_text(worksheet.title), url(paths.worksheet_page(worksheet))]
                        for worksheet in curriculum.worksheets.values()
                        if worksheet.module == module.id
                    ],
                }
            )
        return modules[module.id]

    cohorts = []
    in_order = sorted(curriculum.cohorts.values(), key=lambda c: (c.start, c.end, c.id))
    ended = [cohort for cohort in in_order if built is not None and _ends(cohort) <= built]
    last_ended = max(ended, key=lambda c: (_ends(c), c.start, c.id), default=None)
    for cohort in in_order:
        summary: dict[str, Any] = {
            "name": _text(cohort.name),
            "url": url(paths.cohort_page(cohort)),
            "dates": format_dates(cohort.start, cohort.end, language),
            "first": format_day(cohort.start, language),
            "last": format_day(cohort.end, language),
            "from": _midnight(cohort, cohort.start),
            "to": _midnight(cohort, cohort.end + timedelta(days=1)),
        }
        if cohort in ended:
            if cohort is last_ended:
                cohorts.append(summary)
            continue
        phases = timetable(curriculum, cohort)
        days = []
        weeks: dict[date, list[int]] = {}
        for scheduled in phases:
            for scheduled_day in scheduled.days:
                on = scheduled_day.day.date
                zone = zone_name(cohort.timezone, on)
                sessions = []
                for item in scheduled_day.sessions:
                    if item.is_break:
                        continue
                    index = module_index(item.module) if item.module is not None else None
                    if index is not None:
                        week = weeks.setdefault(on - timedelta(days=on.weekday()), [])
                        if index not in week:
                            week.append(index)
                    session: dict[str, Any] = {
                        "title": _text(session_title(item, labels)),
                        "module": index,
                        "place": _text(item.timetable_place or ""),
                        "leaders": [
                            _text(line) for line in staff_lines(item.session.leaders, labels)
                        ],
                    }
                    if item.starts is None or item.ends is None:
                        session["time"] = labels["any_time"]
                        sessions.append(session)
                        continue
                    starts = item.starts
                    last = sessions[-1] if sessions else None
                    # The sessions of one module in a row, breaks between them, are one
                    # item on the home page: it is a day's outline, the cohort page has
                    # the timetable.
                    if last is not None and "start" in last and _same(last, session):
                        starts = datetime.fromisoformat(last["start"])
                        sessions.pop()
                    session["start"] = starts.isoformat()
                    session["end"] = item.ends.isoformat()
                    session["time"] = (
                        f"{format_time(starts.time(), language)}\u2013"
                        f"{format_time(item.ends.time(), language)} {zone}"
                    )
                    sessions.append(session)
                days.append(
                    {
                        "date": on.isoformat(),
                        "label": format_day(on, language),
                        "zone": zone,
                        "title": _text(scheduled_day.day.title or ""),
                        "from": _midnight(cohort, on),
                        "to": _midnight(cohort, on + timedelta(days=1)),
                        "sessions": sessions,
                    }
                )
        cohorts.append(
            {
                **summary,
                "phases": [
                    {
                        "title": _text(
                            scheduled.phase.title or labels[f"phase.{scheduled.phase.kind}"]
                        ),
                        "dates": format_dates(scheduled.phase.start, scheduled.phase.end, language),
                        "from": _midnight(cohort, scheduled.phase.start),
                        "to": _midnight(cohort, scheduled.phase.end + timedelta(days=1)),
                    }
                    for scheduled in phases
                ],
                "days": days,
                "weeks": [
                    {
                        "from": _midnight(cohort, monday),
                        "to": _midnight(cohort, monday + timedelta(days=7)),
                        "modules": indexes,
                    }
                    for monday, indexes in sorted(weeks.items())
                ],
            }
        )
    return {
        "labels": {key: labels[key] for key in SCRIPT_LABELS},
        "modules": module_list,
        "cohorts": cohorts,
    }


def _same(earlier: Mapping[str, Any], later: Mapping[str, Any]) -> bool:
    keys = ("title", "module", "place", "leaders")
    return all(earlier[key] == later[key] for key in keys)


def _ends(cohort: Cohort) -> datetime:
    """The instant the cohort's last day ends, in its zone."""
    return datetime.combine(cohort.end + timedelta(days=1), time(0), cohort.zone)


def _midnight(cohort: Cohort, on: date) -> str:
    """The instant a day begins in the cohort's zone."""
    return datetime.combine(on, time(0), cohort.zone).isoformat()


def _text(value: str) -> str:
    """Plain text as the script shows it: on one line, without control characters."""
    return " ".join("".join(c for c in value if c.isprintable() or c.isspace()).split())


def participant_guide(pages: Iterable[str]) -> str | None:
    """The participant guide among the site's hand-written pages, if it has one."""
    found = set(pages)
    return next((name for name in PARTICIPANT_GUIDES if name in found), None)


def has_marker(markdown: str) -> bool:
    return MARKER in markdown and _marker_line(_lines(markdown)) is not None


def _lines(markdown: str) -> list[str]:
    """The page's lines, each with its line break (`\\n` or `\\r\\n`, as written)."""
    return _LINE_END.split(markdown)


def _marker_line(lines: list[str]) -> int | None:
    """The number of the first line that is the marker, outside fenced code. The
    lines may end in any line break (`\\n`, `\\r\\n`, ...)."""
    fence = ""
    for number, ended in enumerate(lines):
        line = ended.rstrip("\r\n")
        opened = _FENCE.match(line)
        if opened and not fence:
            fence = opened.group(1)
        elif opened and opened.group(1).startswith(fence) and not line.strip(" `~"):
            fence = ""
        elif not fence and _MARKER_LINE.fullmatch(line):
            return number
    return None


def with_course_home(
    markdown: str,
    page_path: str,
    home: CourseHome | None,
    guide: str | None,
    resolve: Callable[[str, str], str],
) -> str:
    """A hand-written page with the course home where its marker is (on a line of its
    own, outside fenced code; only the first), made by `resolve(panel, page_path)`,
    which makes its links relative to the page at `page_path`, with a link to the
    participant guide at `guide` (a page path) when the site has one. A page without
    the marker, or a site without a course home, is left as written."""
    lines = _lines(markdown)
    number = _marker_line(lines) if home is not None and MARKER in markdown else None
    if home is None or number is None:
        return markdown
    item = ""
    if guide is not None and guide != page_path:
        item = f'<li><a href="\x1aurl:{quote(guide)}\x1a">{home.guide_label}</a></li>'
    panel = resolve(home.panel.replace(GUIDE_PLACE, item), page_path)
    line = lines[number]
    # In place of the marker's line, which keeps its line break.
    lines[number] = panel + line[len(line.rstrip("\r\n")) :]
    return "".join(lines)
