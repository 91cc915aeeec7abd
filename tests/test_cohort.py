"""Cohorts: their timetables as checks, pages and calendars, and `silabus stats`."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from unittest.mock import patch

import icalendar
import pytest
import vobject
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from silabus import check_cohort as cohort_checks
from silabus.diagnostics import Diagnostic, Severity
from silabus.document import Document
from silabus.load import load_document
from silabus.model import Module, Timing
from silabus.parse import parse_cohort, parse_module
from silabus.pipeline import Validation, validate_project
from silabus.render import SiteOptions, render_site
from tests.conftest import Project
from tests.test_check import formatted, located, module_yml, program_yml, where

MakeProject = Callable[[dict[str, str]], Project]
COHORT = "curriculum/cohorts/uji.yml"
SAMPLE_COHORTS = sorted(
    (Path(__file__).parent.parent / "curriculum" / "cohorts").glob("*.yml"),
)
ZONE_HOURS = {"Asia/Jakarta": 7, "Asia/Makassar": 8, "Asia/Jayapura": 9}


def cohort_yml(sessions: str, *, extra: str = "", days: str | None = None) -> str:
    """A cohort of one classroom phase; `sessions` are the session lines of one day."""
    day = days if days is not None else f"      - date: 2026-03-02\n        sessions:\n{sessions}"
    return (
        "id: uji\nname: Angkatan Uji\nvenue: Aula Utama\nstart: 2026-03-02\nend: 2026-03-06\n"
        f"{extra}phases:\n  - kind: classroom\n    start: 2026-03-02\n    end: 2026-03-06\n"
        f"    days:\n{day}"
    )


def session(start: str, end: str, what: str, room: str | None = None) -> str:
    text = f"          - start: {start}\n            end: {end}\n            {what}\n"
    return text + (f"            room: {room}\n" if room else "")


def project_with(make_project: MakeProject, cohort: str, jp: int = 2) -> Project:
    return make_project(
        {
            "curriculum/program.yml": program_yml(("satu", ["alpha"])),
            "curriculum/modules/alpha.yml": module_yml("alpha", jp=jp),
            COHORT: cohort,
        }
    )


def checked(make_project: MakeProject, cohort: str, jp: int = 2) -> Validation:
    return validate_project(project_with(make_project, cohort, jp).root)


def independent_sessions(path: Path) -> list[dict[str, str]]:
    """The sessions of a cohort file read with PyYAML's base loader (all values text),
    independently of Silabus."""
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    return [
        {**item, "date": day["date"], "timezone": data.get("timezone", "Asia/Jakarta")}
        for phase in data["phases"]
        for day in phase.get("days", [])
        for item in day["sessions"]
    ]


# Times and dates


def test_a_time_written_08_30_is_half_past_eight(make_project: MakeProject) -> None:
    project = project_with(make_project, cohort_yml(session("08:30", "10:00", "module: alpha")))

    validation = validate_project(project.root)

    assert validation.curriculum is not None, formatted(validation)
    page = render_site(validation.curriculum).pages["angkatan/uji.md"].markdown
    assert '<td class="silabus-session__time">08.30\N{EN DASH}10.00</td>' in page
    assert 'data-start="2026-03-02T08:30:00+07:00"' in page


@pytest.mark.parametrize(
    ("written", "message", "hint"),
    [
        ("08.30", "'08.30' is not a time of day", "write it with a colon: 08:30"),
        ("0830", "'0830' is not a time of day", "write it with a colon: 08:30"),
        ("8 pagi", "'8 pagi' is not a time of day", "24-hour clock"),
        ("24:00", "'24:00' is not a time of day", "a session ends by 23:59"),
        ("8:75", "'8:75' is not a time of day", "minutes from 0 to 59"),
    ],
)
def test_a_time_that_is_not_hours_and_minutes_is_an_error(
    make_project: MakeProject, written: str, message: str, hint: str
) -> None:
    text = cohort_yml(session(written, "10:00", "module: alpha"))

    validation = checked(make_project, text)

    (diagnostic,) = validation.diagnostics
    assert located(diagnostic) == (COHORT, *where(text, written))
    assert message in diagnostic.message
    assert diagnostic.hint is not None and hint in diagnostic.hint


def test_an_early_morning_hour_may_drop_its_zero(make_project: MakeProject) -> None:
    validation = checked(make_project, cohort_yml(session("7:30", "9:00", "module: alpha")))

    assert formatted(validation) == []


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("2026-02-29", "'2026-02-29' is not a date: February 2026 has 28 days"),
        ("2026-13-01", "'2026-13-01' has no month 13"),
        ("2026-3-2", "'2026-3-2' is not a date in the form YYYY-MM-DD"),
        ("02/03/2026", "'02/03/2026' is not a date in the form YYYY-MM-DD"),
    ],
)
def test_a_date_that_does_not_exist_is_an_error_at_its_line(
    make_project: MakeProject, written: str, message: str
) -> None:
    text = cohort_yml(session("08:00", "09:30", "module: alpha")).replace(
        "      - date: 2026-03-02", f"      - date: {written}"
    )

    validation = checked(make_project, text)

    (diagnostic,) = validation.diagnostics
    assert located(diagnostic) == (COHORT, *where(text, written))
    assert message in diagnostic.message


@pytest.mark.parametrize("written", ["06-03-2026", "6/3/2026", "2026-3-6", "6 Maret 2026"])
def test_a_date_written_another_way_gets_it_written_year_first(
    make_project: MakeProject, written: str
) -> None:
    text = cohort_yml(session("08:00", "09:30", "module: alpha")).replace(
        "end: 2026-03-06\nphases", f"end: {written}\nphases"
    )

    (diagnostic,) = checked(make_project, text).diagnostics

    assert diagnostic.hint == "write it as 2026-03-06"


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("0001-01-01", "'0001-01-01' is not in the years 1900 to 2200"),
        ("9999-12-31", "'9999-12-31' is not in the years 1900 to 2200"),
        ("", "'end' is empty"),
    ],
)
def test_a_date_far_off_or_missing_is_an_error(
    make_project: MakeProject, written: str, message: str
) -> None:
    text = cohort_yml(session("08:00", "09:30", "module: alpha")).replace(
        "end: 2026-03-06\nphases", f"end: {written}\nphases"
    )

    (diagnostic,) = checked(make_project, text).diagnostics

    assert message in diagnostic.message
    assert diagnostic.line == 5


@pytest.mark.parametrize(
    ("line", "hint"),
    [
        ("mulai: 2026-03-02\n", "did you mean 'start'? Field names are English words."),
        ("zona_waktu: WIB\n", "did you mean 'timezone'? Field names are English words."),
    ],
)
def test_indonesian_field_names_get_the_english_ones(
    make_project: MakeProject, line: str, hint: str
) -> None:
    text = cohort_yml(session("08:00", "09:30", "module: alpha"), extra=line)

    diagnostics = checked(make_project, text).diagnostics

    assert hint in [d.hint for d in diagnostics]


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("coffee-break", "did you mean 'break'?"),
        ("ISHOMA", "did you mean 'break'?"),
        ("pembukaan", "did you mean 'opening'?"),
        ("studi-tiru", "to teach a module, write 'module: studi-tiru' instead"),
    ],
)
def test_indonesian_activity_words_get_the_english_ones(
    make_project: MakeProject, written: str, hint: str
) -> None:
    text = cohort_yml(session("08:00", "09:30", f"activity: {written}"))

    (diagnostic,) = checked(make_project, text).diagnostics

    assert diagnostic.hint is not None and hint in diagnostic.hint


@pytest.mark.parametrize(("written", "zone"), [("WITA", "Asia/Makassar"), ("wit", "Asia/Jayapura")])
def test_indonesian_zone_names_are_understood(
    make_project: MakeProject, written: str, zone: str
) -> None:
    text = cohort_yml(session("08:00", "09:30", "module: alpha"), extra=f"timezone: {written}\n")

    validation = checked(make_project, text)

    assert validation.curriculum is not None, formatted(validation)
    assert validation.curriculum.cohorts["uji"].timezone == zone


# Checks of the timetable


def test_groups_taught_in_parallel_count_their_jp_once(make_project: MakeProject) -> None:
    sessions = session("08:00", "09:30", "module: alpha", "Kelas A") + session(
        "08:00", "09:30", "module: alpha", "Kelas B"
    )

    validation = checked(make_project, cohort_yml(sessions))

    assert formatted(validation) == []
    assert validation.curriculum is not None
    cohort = validation.curriculum.cohorts["uji"]
    assert validation.curriculum.scheduled_minutes(cohort) == {"alpha": 90}
    site = render_site(validation.curriculum)
    page = site.pages["angkatan/uji.md"].markdown
    assert "<li><strong>2</strong>&nbsp;JP</li>" in page
    assert page.count('<a href="../../modul/alpha/">') == 2
    module_page = site.pages["modul/alpha.md"].markdown
    assert "(../angkatan/uji.md#2026-03-02) · 08.00\N{EN DASH}09.30&nbsp;WIB · 2&nbsp;JP\n" in (
        module_page
    )


def test_sessions_overlapping_in_different_rooms_are_a_warning(make_project: MakeProject) -> None:
    sessions = session("08:00", "09:30", "module: alpha", "Kelas A") + session(
        "09:00", "10:00", "activity: seminar"
    )
    text = cohort_yml(sessions)

    validation = checked(make_project, text)

    assert [(d.severity.value, d.line, d.message) for d in validation.diagnostics] == [
        (
            "warning",
            where(text, "09:00")[0],
            "this session (09:00-10:00) overlaps 'Module ALPHA' (08:00-09:30, line 13) in "
            "room 'Kelas A', so the cohort cannot attend both",
        )
    ]


def test_a_room_of_the_cohorts_own_venue_is_one_room(make_project: MakeProject) -> None:
    sessions = session("08:00", "09:30", "module: alpha", "Kelas A") + session(
        "09:00", "10:00", "activity: seminar\n            venue: Aula Utama", "Kelas A"
    )

    (diagnostic,) = checked(make_project, cohort_yml(sessions)).diagnostics

    assert diagnostic.is_error
    assert "in room 'Kelas A'" in diagnostic.message


def test_index_cannot_be_a_cohort_id(make_project: MakeProject) -> None:
    text = cohort_yml(session("08:00", "09:30", "module: alpha")).replace("id: uji", "id: index")
    project = project_with(make_project, text)
    project.path(COHORT).rename(project.path("curriculum/cohorts/index.yml"))

    validation = validate_project(project.root)

    assert [d.message for d in validation.diagnostics] == ["'index' cannot be the id of a cohort"]


def test_sessions_that_touch_do_not_overlap(make_project: MakeProject) -> None:
    sessions = session("08:00", "08:45", "module: alpha") + session(
        "08:45", "09:30", "module: alpha"
    )

    assert formatted(checked(make_project, cohort_yml(sessions))) == []


def test_a_session_inside_a_longer_one_overlaps_it(make_project: MakeProject) -> None:
    sessions = (
        session("08:00", "12:00", "activity: seminar")
        + session("09:00", "09:15", "activity: break")
        + session("10:00", "11:30", "module: alpha")
    )
    text = cohort_yml(sessions)

    validation = checked(make_project, text)

    assert [(d.line, d.message) for d in validation.diagnostics] == [
        (
            where(text, "09:00")[0],
            "this session (09:00-09:15) overlaps 'seminar' (08:00-12:00, line 13) in the "
            "cohort's main room (no 'room' given)",
        ),
        (
            where(text, "10:00")[0],
            "this session (10:00-11:30) overlaps 'seminar' (08:00-12:00, line 13) in the "
            "cohort's main room (no 'room' given)",
        ),
    ]


def test_a_session_needs_a_module_or_an_activity(make_project: MakeProject) -> None:
    text = cohort_yml(session("08:00", "09:30", "room: Kelas A"))

    (diagnostic,) = checked(make_project, text).diagnostics

    assert diagnostic.message == "the session has neither 'module' nor 'activity'"
    assert diagnostic.line == where(text, "- start")[0]


def test_an_other_activity_needs_a_title(make_project: MakeProject) -> None:
    text = cohort_yml(
        session("08:00", "09:30", "module: alpha") + session("10:00", "11:00", "activity: other")
    )

    (diagnostic,) = checked(make_project, text).diagnostics

    assert diagnostic.message == "an activity 'other' needs a title"


def test_a_module_the_cohort_never_schedules_is_a_note(make_project: MakeProject) -> None:
    project = make_project(
        {
            "curriculum/program.yml": program_yml(("satu", ["alpha", "beta"])),
            "curriculum/modules/alpha.yml": module_yml("alpha", jp=2),
            "curriculum/modules/beta.yml": module_yml("beta", jp=4),
            COHORT: cohort_yml(session("08:00", "09:30", "module: alpha")),
        }
    )

    validation = validate_project(project.root)

    assert [(d.severity.value, d.message) for d in validation.diagnostics] == [
        ("note", "the module 'beta' (4 JP) is not scheduled in this cohort")
    ]
    assert validation.ok


def test_a_cohort_may_be_announced_before_its_timetable(make_project: MakeProject) -> None:
    validation = checked(make_project, cohort_yml("", days="      []\n"))

    assert formatted(validation) == []
    assert validation.curriculum is not None
    site = render_site(validation.curriculum)
    page = site.pages["angkatan/uji.md"].markdown
    assert "Tidak ada sesi terjadwal pada tahap ini." in page
    # Its calendar already holds its dates: the phase, as one all-day event.
    assert "## Kalender" in page
    (event,) = icalendar.Calendar.from_ical(site.assets["angkatan/uji.ics"]).walk("VEVENT")
    assert (event.start, event.end) == (date(2026, 3, 2), date(2026, 3, 7))
    assert str(event["SUMMARY"]) == "Klasikal"


def test_a_module_outside_the_agendas_is_not_expected_in_a_timetable(
    make_project: MakeProject,
) -> None:
    project = project_with(make_project, cohort_yml(session("08:00", "09:30", "module: alpha")))
    project.write("curriculum/modules/lepas.yml", module_yml("lepas"))

    validation = validate_project(project.root)

    assert [d.message for d in validation.diagnostics] == [
        "the module 'lepas' is not in any agenda"
    ]


def test_a_time_the_clocks_skip_is_a_warning(make_project: MakeProject) -> None:
    text = (
        cohort_yml(session("02:30", "04:00", "module: alpha"), extra="timezone: Europe/Berlin\n")
        .replace("2026-03-02", "2026-03-29")
        .replace("2026-03-06", "2026-03-30")
    )

    validation = checked(make_project, text)

    assert [d.message for d in validation.diagnostics] == [
        "02:30 on 2026-03-29 does not exist: the clocks move forward that night in Europe/Berlin"
    ]


def test_session_length_counts_in_the_programs_jp_minutes(make_project: MakeProject) -> None:
    project = make_project(
        {
            "curriculum/program.yml": program_yml(("satu", ["alpha"]), extra="jp_minutes: 50\n"),
            "curriculum/modules/alpha.yml": module_yml("alpha", jp=3),
            COHORT: cohort_yml(session("08:00", "10:30", "module: alpha")),
        }
    )

    validation = validate_project(project.root)

    assert formatted(validation) == []


def test_more_jp_than_the_module_has_is_an_error_naming_both(make_project: MakeProject) -> None:
    sessions = session("08:00", "09:30", "module: alpha") + session(
        "10:00", "10:45", "module: alpha"
    )
    text = cohort_yml(sessions)

    (diagnostic,) = checked(make_project, text).diagnostics

    assert diagnostic.is_error
    assert "'alpha' is scheduled for 3 JP in this cohort, more than the module's 2 JP" in (
        diagnostic.message
    )
    assert diagnostic.line == where(text, "module: alpha", 2)[0]


def test_a_module_before_its_prerequisite_is_a_warning(make_project: MakeProject) -> None:
    text = cohort_yml(
        session("08:00", "09:30", "module: beta") + session("10:00", "11:30", "module: alpha")
    )
    project = make_project(
        {
            "curriculum/program.yml": program_yml(("satu", ["alpha", "beta"])),
            "curriculum/modules/alpha.yml": module_yml("alpha", jp=2),
            "curriculum/modules/beta.yml": module_yml("beta", jp=2, prerequisites=["alpha"]),
            COHORT: text,
        }
    )

    validation = validate_project(project.root)

    assert [(d.line, d.message) for d in validation.diagnostics] == [
        (
            where(text, "module: beta")[0],
            "'beta' starts on 2026-03-02, before its prerequisite 'alpha' (first taught on "
            f"2026-03-02, line {where(text, 'module: alpha')[0]})",
        )
    ]


def test_a_day_over_the_cohorts_limit_is_a_warning(make_project: MakeProject) -> None:
    text = cohort_yml(session("08:00", "10:15", "module: alpha"), extra="max_jp_per_day: 2\n")

    validation = checked(make_project, text, jp=3)

    assert [d.message for d in validation.diagnostics] == [
        "2026-03-02 has 3 JP of modules, more than the limit of 2 JP a day"
    ]


def test_a_cohort_file_named_unlike_its_id_is_an_error(make_project: MakeProject) -> None:
    project = project_with(make_project, cohort_yml(session("08:00", "09:30", "module: alpha")))
    project.path(COHORT).rename(project.path("curriculum/cohorts/lain.yml"))

    validation = validate_project(project.root)

    assert [d.message for d in validation.diagnostics] == [
        "the cohort id 'uji' differs from its file name 'lain'"
    ]


@pytest.mark.parametrize(("venue", "clash"), [("Aula Utama", True), ("Gedung Lain", False)])
def test_two_cohorts_in_one_room_at_one_time_is_an_error(
    make_project: MakeProject, venue: str, clash: bool
) -> None:
    first = cohort_yml(session("08:00", "09:30", "module: alpha", "Kelas A"))
    second = first.replace("id: uji", "id: dua").replace("Aula Utama", venue)
    second = second.replace("08:00", "09:00").replace("09:30", "10:30")
    project = project_with(make_project, first)
    project.write("curriculum/cohorts/dua.yml", second)

    validation = validate_project(project.root)

    expected = [
        (
            "curriculum/cohorts/uji.yml",
            where(first, "08:00")[0],
            "this session (08:00-09:30) overlaps a session of 'Angkatan Uji' (09:00-10:30, "
            "curriculum/cohorts/dua.yml line 13) in room 'Kelas A' at 'Aula Utama'",
        )
    ]
    assert [(d.path, d.line, d.message) for d in validation.diagnostics] == (
        expected if clash else []
    )


# Pages


def test_cohort_page_lists_every_session_of_the_sample(project: Project) -> None:
    validation = validate_project(project.root)
    assert validation.curriculum is not None
    site = render_site(validation.curriculum)

    for path in SAMPLE_COHORTS:
        page = site.pages[f"angkatan/{path.stem}.md"].markdown
        sessions = independent_sessions(path)
        rows = re.findall(r'<tr class="silabus-session[^"]*"', page)
        assert len(rows) == len(sessions)
        for item in sessions:
            hours, minutes = item["start"].split(":")
            assert f'"silabus-session__time">{int(hours):02d}.{minutes}\N{EN DASH}' in page


def test_module_page_says_when_each_cohort_teaches_it(project: Project) -> None:
    validation = validate_project(project.root)
    assert validation.curriculum is not None

    page = render_site(validation.curriculum).pages["modul/studi-tiru.md"].markdown

    assert "## Jadwal" in page
    assert "**[Angkatan I Tahun 2019](../angkatan/angkatan-i-2019.md)**" in page
    assert (
        "- [Selasa, 11 Juni 2019](../angkatan/angkatan-i-2019.md#2019-06-11) · "
        "08.00\N{EN DASH}09.30, 09.45\N{EN DASH}12.45&nbsp;WIB · 6&nbsp;JP · "
        "Studi tiru di Mal Pelayanan Publik Kota Binjai\n"
    ) in page
    assert "WITA" in page


def test_program_page_and_navigation_list_the_cohorts(project: Project) -> None:
    validation = validate_project(project.root)
    assert validation.curriculum is not None

    site = render_site(validation.curriculum)

    program = site.pages["program/index.md"].markdown
    assert "## [Jadwal angkatan](../angkatan/index.md)" in program
    assert "[Angkatan I Tahun 2019](../angkatan/angkatan-i-2019.md)" in program
    assert [(section.title, section.children) for section in site.nav[1:]] == [
        (
            "Jadwal angkatan",
            ["angkatan/index.md", "angkatan/angkatan-i-2019.md", "angkatan/angkatan-ii-2027.md"],
        )
    ]


def test_a_curriculum_without_cohorts_has_no_schedule_pages(project: Project) -> None:
    for path in project.path("curriculum/cohorts").iterdir():
        path.unlink()
    for page in project.path("curriculum/modules").glob("*/*.md"):
        # The sample's material names its cohorts; without them, it names none.
        text = re.sub(r"\[([^\]]*)\]\(angkatan:[^)]*\)", r"\1", page.read_text(encoding="utf-8"))
        page.write_text(text, encoding="utf-8")
    validation = validate_project(project.root)
    assert validation.curriculum is not None, [d.format() for d in validation.diagnostics]

    site = render_site(validation.curriculum)

    assert [path for path in [*site.pages, *site.assets] if "angkatan" in path] == []
    assert len(site.nav) == 1
    assert "Jadwal" not in site.pages["modul/studi-tiru.md"].markdown


@pytest.mark.parametrize(
    ("directory_urls", "link"),
    [(True, "../../modul/studi-tiru/"), (False, "../modul/studi-tiru.html")],
)
def test_timetable_links_follow_the_sites_addresses(
    project: Project, directory_urls: bool, link: str
) -> None:
    validation = validate_project(project.root)
    assert validation.curriculum is not None

    site = render_site(validation.curriculum, options=SiteOptions(directory_urls=directory_urls))

    assert f'<a href="{link}">' in site.pages["angkatan/angkatan-i-2019.md"].markdown


def test_subscription_link_needs_the_sites_address(project: Project) -> None:
    validation = validate_project(project.root)
    assert validation.curriculum is not None
    options = SiteOptions(site_url="https://pelatihan.example.go.id/kurikulum/")

    without = render_site(validation.curriculum).pages["angkatan/angkatan-i-2019.md"].markdown
    page = (
        render_site(validation.curriculum, options=options)
        .pages["angkatan/angkatan-i-2019.md"]
        .markdown
    )

    assert "webcal:" not in without
    assert "(webcal://pelatihan.example.go.id/kurikulum/angkatan/angkatan-i-2019.ics)" in page
    assert (
        '<code class="silabus-address">'
        "https://pelatihan.example.go.id/kurikulum/angkatan/angkatan-i-2019.ics</code>"
    ) in page


# Calendars


def calendars(project: Project, **options: Any) -> dict[str, bytes]:
    validation = validate_project(project.root)
    assert validation.curriculum is not None, formatted(validation)
    site = render_site(validation.curriculum, options=SiteOptions(**options))
    return {path: content for path, content in site.assets.items() if path.endswith(".ics")}


def test_every_session_but_breaks_is_an_event_at_its_local_time(project: Project) -> None:
    """Read back with two independent parsers: icalendar and vobject."""
    found = calendars(project)

    for path in SAMPLE_COHORTS:
        content = found[f"angkatan/{path.stem}.ics"]
        expected = sorted(
            (
                datetime.strptime(f"{item['date']} {item['start']}", "%Y-%m-%d %H:%M")
                - timedelta(hours=ZONE_HOURS[item["timezone"]])
            ).replace(tzinfo=UTC)
            for item in independent_sessions(path)
            if item.get("activity") != "break"
        )
        by_icalendar = sorted(
            event.start.astimezone(UTC)
            for event in icalendar.Calendar.from_ical(content).walk("VEVENT")
            if isinstance(event.start, datetime)
        )
        parsed = vobject.readOne(content.decode("utf-8"))
        by_vobject = sorted(
            event.dtstart.value.astimezone(UTC)
            for event in parsed.vevent_list
            if isinstance(event.dtstart.value, datetime)
        )
        assert by_icalendar == expected
        assert by_vobject == expected


def test_a_phase_outside_the_classroom_is_an_all_day_event_over_its_dates(
    project: Project,
) -> None:
    content = calendars(project)["angkatan/angkatan-ii-2027.ics"]
    data = yaml.safe_load(SAMPLE_COHORTS[1].read_text(encoding="utf-8"))

    all_day = {
        (str(event["SUMMARY"]), event.start, event.end)
        for event in icalendar.Calendar.from_ical(content).walk("VEVENT")
        if not isinstance(event.start, datetime)
    }

    assert all_day == {
        (phase["title"], phase["start"], phase["end"] + timedelta(days=1))
        for phase in data["phases"]
        if phase["kind"] != "classroom"
    }


def test_calendar_carries_the_time_zone_place_and_module(project: Project) -> None:
    content = calendars(project)["angkatan/angkatan-ii-2027.ics"]

    parsed = vobject.readOne(content.decode("utf-8"))

    assert parsed.vtimezone.tzid.value == "Asia/Makassar"
    visit = next(
        event for event in parsed.vevent_list if event.summary.value.startswith("Studi tiru di")
    )
    assert visit.location.value == "Mal Pelayanan Publik Kabupaten Bantaeng"
    assert visit.dtstart.value.utcoffset() == timedelta(hours=8)
    assert "2 JP" in visit.description.value
    assert "Widyaiswara: Drs. Hotman Siregar, M.AP" in visit.description.value


def test_calendar_links_to_module_pages_when_the_sites_address_is_known(
    project: Project,
) -> None:
    without = icalendar.Calendar.from_ical(calendars(project)["angkatan/angkatan-i-2019.ics"])
    with_address = icalendar.Calendar.from_ical(
        calendars(project, site_url="https://example.org/kurikulum")["angkatan/angkatan-i-2019.ics"]
    )

    assert all("URL" not in event for event in without.walk("VEVENT"))
    urls = {str(event["URL"]) for event in with_address.walk("VEVENT") if "URL" in event}
    assert "https://example.org/kurikulum/modul/konsep-pelayanan-publik/" in urls


def test_event_ids_survive_a_change_of_time_and_room(project: Project) -> None:
    def uids() -> list[str]:
        content = calendars(project)["angkatan/angkatan-i-2019.ics"]
        return [str(event["UID"]) for event in icalendar.Calendar.from_ical(content).walk("VEVENT")]

    before = uids()
    konsep = "            module: konsep-pelayanan-publik\n"
    project.replace(
        "curriculum/cohorts/angkatan-i-2019.yml",
        f"          - start: 13:15\n            end: 15:30\n{konsep}            room: Ruang Melati",
        f"          - start: 13:30\n            end: 15:45\n{konsep}            room: Ruang Mawar",
    )

    assert uids() == before
    assert len(set(before)) == len(before)


def test_calendar_stamp_follows_source_date_epoch(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")

    content = calendars(project)["angkatan/angkatan-i-2019.ics"]

    stamps = {event["DTSTAMP"].dt for event in icalendar.Calendar.from_ical(content).walk("VEVENT")}
    assert stamps == {datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)}


# silabus stats


def test_stats_json_adds_up(project: Project) -> None:
    result = project.silabus("stats", "--json")

    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["program"]["jp"] == sum(agenda["jp"] for agenda in figures["agendas"]) == 156
    assert figures["program"]["hours"] == 117
    for cohort in figures["cohorts"]:
        assert cohort["jp"] == 156
        assert {m["id"]: m["scheduled_jp"][cohort["id"]] for m in figures["modules"]} == {
            m["id"]: m["jp"] for m in figures["modules"]
        }
    assert [(c["id"], c["days"], c["participants"]) for c in figures["cohorts"]] == [
        ("angkatan-i-2019", 24, 30),
        ("angkatan-ii-2027", 23, 40),
    ]


def test_stats_table_shows_each_agenda_module_and_cohort(project: Project) -> None:
    result = project.silabus("stats")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "Pelatihan Pelayanan Publik Berorientasi Inovasi: 156 JP, 117 hours (1 JP = 45 minutes)"
    )
    assert any(re.fullmatch(r"Total\s+11\s+156\s+117", line) for line in lines)
    assert any(
        re.fullmatch(r"studi-tiru\s+laboratorium-inovasi\s+12\s+9\s+12\s+12", line)
        for line in lines
    )
    assert any(line.startswith("angkatan-i-2019   2019-03-18 to 2019-06-18") for line in lines)


def test_stats_show_a_cohort_short_of_jp(project: Project) -> None:
    konsep = "            module: konsep-pelayanan-publik"
    project.replace(
        "curriculum/cohorts/angkatan-i-2019.yml",
        f"          - start: 13:15\n            end: 15:30\n{konsep}",
        f"          - start: 13:15\n            end: 14:45\n{konsep}",
    )

    result = project.silabus("stats", "--json")

    assert result.returncode == 0
    assert "less than the module's 9 JP" in result.stderr
    figures = json.loads(result.stdout)
    konsep = next(m for m in figures["modules"] if m["id"] == "konsep-pelayanan-publik")
    assert konsep["scheduled_jp"] == {"angkatan-i-2019": 8, "angkatan-ii-2027": 9}


def test_stats_of_a_broken_curriculum_report_the_problems(project: Project) -> None:
    project.replace("curriculum/cohorts/angkatan-i-2019.yml", "2019-03-22", "2019-02-30")

    result = project.silabus("stats")

    assert result.returncode == 1
    assert result.stdout == ""
    line = where(project.read("curriculum/cohorts/angkatan-i-2019.yml"), "2019-02-30")[0]
    assert f"curriculum/cohorts/angkatan-i-2019.yml:{line}:15: error:" in result.stderr
    assert "Traceback" not in result.stderr


def test_calendar_text_reads_back_exactly_as_written(make_project: MakeProject) -> None:
    """Backslashes, commas and semicolons survive: '\\N' is not read as a line break."""
    title = r"Buka C:\Naskah\new; bab 1, 2 \, \n"
    sessions = session("08:00", "09:30", f"module: alpha\n            title: '{title}'")
    sessions += session("10:00", "11:30", "module: alpha", room=r"Lab C:\Naskah, lantai 2")
    program = program_yml(("satu", ["alpha"])).replace("title: Demo", r"title: Diklat \N; A, B")
    project = make_project(
        {
            "curriculum/program.yml": program,
            "curriculum/modules/alpha.yml": module_yml("alpha", jp=4),
            COHORT: cohort_yml(sessions),
        }
    )

    content = calendars(project)["angkatan/uji.ics"]

    calendar = icalendar.Calendar.from_ical(content)
    first, second = sorted(calendar.walk("VEVENT"), key=lambda event: event.start)
    assert str(first["SUMMARY"]) == title
    assert str(first["DESCRIPTION"]).split("\n")[0] == "Mata pelatihan: Module ALPHA"
    assert str(first["DESCRIPTION"]).split("\n")[-1] == r"Angkatan Uji · Diklat \N; A, B"
    assert str(second["LOCATION"]) == r"Lab C:\Naskah, lantai 2, Aula Utama"
    by_vobject = vobject.readOne(content.decode("utf-8"))
    assert by_vobject.vevent.summary.value == title
    assert by_vobject.x_wr_calname.value == r"Angkatan Uji · Diklat \N; A, B"


# The checks of a timetable report what comparing every pair of sessions reports


def _overlaps_pair_by_pair(
    placed: Sequence[Any], source: Document, modules: Mapping[str, Module]
) -> Iterator[Diagnostic]:
    """Each session of a day against every session before it in time order."""
    days: dict[date, list[Any]] = defaultdict(list)
    for item in placed:
        if item.start < item.end and not item.repeated:
            days[item.day].append(item)
    for items in days.values():
        items.sort(key=lambda item: (item.start, item.end))
        for index, item in enumerate(items):
            place, times = _place_and_times(item)
            running = [other for other in items[:index] if item.start < other.end]
            here = [other for other in running if _place_and_times(other)[0] == place]
            elsewhere = [
                other
                for other in running
                if _place_and_times(other)[0] != place and _place_and_times(other)[1] != times
            ]
            if here or elsewhere:
                yield cohort_checks._overlap(item, (here or elsewhere)[0], source, modules)


def _place_and_times(item: Any) -> tuple[tuple[str | None, ...], tuple[Any, ...]]:
    return (item.venue, item.session.room), (item.start, item.end)


def _rooms_pair_by_pair(items: Sequence[cohort_checks.ParsedCohort]) -> Iterator[Diagnostic]:
    """Each booking of a room against every booking of it listed before."""
    bookings: dict[tuple[str, str, date], list[Any]] = defaultdict(list)
    for item in items:
        for p, phase in enumerate(item.cohort.phases):
            for d, day in enumerate(phase.days):
                for s, session in enumerate(day.sessions):
                    venue = session.venue or item.cohort.venue
                    if session.room and venue and session.start < session.end:
                        location = ("phases", p, "days", d, "sessions", s)
                        placed = cohort_checks._Placed(
                            session, location, day.date, session.start, session.end, venue
                        )
                        bookings[(venue, session.room, day.date)].append((item, placed))
    for (venue, room, _), booked in bookings.items():
        for index, (item, placed) in enumerate(booked):
            clashes = [
                earlier
                for earlier in booked[:index]
                if earlier[0] is not item
                and earlier[1].start < placed.end
                and placed.start < earlier[1].end
            ]
            if clashes:
                yield cohort_checks._room_clash(booked[index], clashes[0], venue, room)


_CLOCK = st.sampled_from(["08:00", "08:30", "09:00", "09:15", "09:30", "10:00", "11:00"])
_SESSIONS = st.lists(
    st.tuples(
        _CLOCK,
        _CLOCK,
        st.sampled_from(["module: alpha", "module: beta", "module: alfa", "activity: seminar"]),
        st.sampled_from([None, "Kelas A", "Kelas B"]),
        st.sampled_from([None, "Aula Utama", "Gedung Lain"]),
    ),
    min_size=1,
    max_size=10,
)
_DAYS = st.lists(
    st.tuples(st.sampled_from(["2026-03-02", "2026-03-03", "2026-03-04"]), _SESSIONS),
    min_size=1,
    max_size=3,
)


def _loaded(folder: Path, name: str, text: str) -> Document:
    file = folder / name.rsplit("/", 1)[-1]
    file.write_text(text, encoding="utf-8")
    document, problems = load_document(file, name)
    assert document is not None, problems
    return document


def _random_cohort(folder: Path, number: int, days: list[Any]) -> cohort_checks.ParsedCohort:
    written = ""
    for day, sessions in days:
        written += f"      - date: {day}\n        sessions:\n"
        for start, end, what, room, venue in sessions:
            written += session(
                start, end, what + (f"\n            venue: {venue}" if venue else ""), room
            )
    text = cohort_yml("", days=written).replace("id: uji", f"id: c{number}")
    document = _loaded(folder, f"curriculum/cohorts/c{number}.yml", text)
    cohort, problems = parse_cohort(document)
    assert cohort is not None, problems
    return cohort_checks.ParsedCohort(cohort, document)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(timetables=st.lists(_DAYS, min_size=1, max_size=3))
def test_timetable_checks_report_what_comparing_every_pair_reports(
    tmp_path: Path, timetables: list[list[Any]]
) -> None:
    modules = {}
    for module_id, jp in (("alpha", 2), ("beta", 1)):
        module, _ = parse_module(
            _loaded(tmp_path, f"curriculum/modules/{module_id}.yml", module_yml(module_id, jp=jp))
        )
        assert module is not None
        modules[module_id] = module
    cohorts = [_random_cohort(tmp_path, number, days) for number, days in enumerate(timetables)]

    def every_check() -> list[Diagnostic]:
        found = [
            diagnostic
            for item in cohorts
            for diagnostic in cohort_checks.check_cohort(
                item, modules, set(modules), set(modules), Timing()
            )
        ]
        return found + list(cohort_checks.check_rooms_across_cohorts(cohorts))

    checked = every_check()
    with (
        patch.object(cohort_checks, "_overlaps", _overlaps_pair_by_pair),
        patch.object(cohort_checks, "check_rooms_across_cohorts", _rooms_pair_by_pair),
    ):
        pair_by_pair = every_check()

    assert checked == pair_by_pair


# The time zone of a cohort of a program not in Indonesian


@pytest.mark.parametrize(
    ("language", "written", "codes"),
    [
        ("en", "", ["T031"]),
        ("en", "timezone: Europe/Amsterdam\n", []),
        ("id", "", []),
    ],
)
def test_a_cohort_of_a_program_not_in_indonesian_names_its_time_zone(
    make_project: MakeProject, language: str, written: str, codes: list[str]
) -> None:
    project = project_with(
        make_project, cohort_yml(session("08:30", "10:00", "module: alpha"), extra=written)
    )
    project.replace(
        "curriculum/program.yml", "title: Demo\n", f"title: Demo\nlanguage: {language}\n"
    )

    validation = validate_project(project.root)

    found = [d for d in validation.diagnostics if d.code == "T031"]
    assert [d.code for d in found] == codes
    for problem in found:
        assert (problem.path, problem.line, problem.severity) == (COHORT, 1, Severity.ERROR)
        assert problem.hint is not None and "timezone: Europe/Amsterdam" in problem.hint


def test_a_day_held_all_in_one_place_has_no_empty_place_column(make_project: MakeProject) -> None:
    one_place = cohort_yml(session("08:30", "10:00", "module: alpha"))
    two_rooms = cohort_yml(
        session("08:30", "10:00", "module: alpha", room="Ruang 1")
        + session("10:00", "11:30", "module: alpha", room="Ruang 2")
    )
    pages = {}
    for name, cohort in (("one", one_place), ("two", two_rooms)):
        validation = validate_project(project_with(make_project, cohort, jp=4).root)
        assert validation.curriculum is not None
        pages[name] = render_site(validation.curriculum).pages["angkatan/uji.md"].markdown

    assert '<th scope="col">Tempat</th>' not in pages["one"]
    assert "silabus-session__place" not in pages["one"]
    assert '<th scope="col">Tempat</th>' in pages["two"]
    assert '<td class="silabus-session__place">Ruang 2</td>' in pages["two"]
    assert "<table" in pages["one"] and "\n\n<table" in pages["one"]


# Items without a time, notes for participants, staff, and titles said once


def untimed(title: str, extra: str = "") -> str:
    """An item of the day without a time."""
    return f"          - title: {title}\n{extra}"


def rendered(make_project: MakeProject, cohort: str, jp: int = 2, **options: Any) -> Any:
    validation = validate_project(project_with(make_project, cohort, jp).root)
    assert validation.curriculum is not None, formatted(validation)
    return render_site(validation.curriculum, options=SiteOptions(**options))


def events(site: Any) -> list[Any]:
    calendar = icalendar.Calendar.from_ical(site.assets["angkatan/uji.ics"])
    return list(calendar.walk("VEVENT"))


def test_an_item_without_a_time_comes_first_in_its_day_without_a_time(
    make_project: MakeProject,
) -> None:
    cohort = cohort_yml(
        session("08:30", "10:00", "module: alpha") + untimed("Survei sebelum pelatihan")
    )

    page = rendered(make_project, cohort).pages["angkatan/uji.md"].markdown

    rows = re.findall(r"<tr class=\"silabus-session[^\n]*\n<td[^\n]*\n<td[^\n]*", page)
    assert rows[0] == (
        '<tr class="silabus-session silabus-session--untimed">\n'
        '<td class="silabus-session__time">Kapan saja</td>\n'
        '<td class="silabus-session__what">Survei sebelum pelatihan</td>'
    )
    assert '<td class="silabus-session__time">08.30\N{EN DASH}10.00</td>' in rows[1]
    assert "<li><strong>2</strong>&nbsp;JP</li>" in page


def test_an_item_without_a_time_is_an_all_day_event_of_its_day(
    make_project: MakeProject,
) -> None:
    cohort = cohort_yml(
        session("08:30", "10:00", "module: alpha") + untimed("Survei sebelum pelatihan")
    )

    lesson, survey = sorted(events(rendered(make_project, cohort)), key=lambda e: str(e["SUMMARY"]))

    assert str(survey["SUMMARY"]) == "Survei sebelum pelatihan"
    assert survey["DTSTART"].params["VALUE"] == "DATE"
    assert (survey.start, survey.end) == (date(2026, 3, 2), date(2026, 3, 3))
    assert "LOCATION" not in survey  # not at the cohort's venue
    assert lesson.start == datetime(2026, 3, 2, 1, 30, tzinfo=UTC)


def test_a_day_may_hold_only_items_without_a_time(make_project: MakeProject) -> None:
    cohort = cohort_yml(
        untimed("Survei sebelum pelatihan")
        + "          - activity: other\n            title: Uji coba Zoom\n"
    )
    site = rendered(make_project, cohort)

    page = site.pages["angkatan/uji.md"].markdown
    assert page.count("Kapan saja") == 2
    assert page.index("Survei sebelum pelatihan") < page.index("Uji coba Zoom")
    assert [str(event["SUMMARY"]) for event in events(site)] == [
        "Survei sebelum pelatihan",
        "Uji coba Zoom",
    ]
    parsed = vobject.readOne(site.assets["angkatan/uji.ics"].decode("utf-8"))
    assert [event.dtstart.value for event in parsed.vevent_list] == [date(2026, 3, 2)] * 2


def test_an_item_without_a_time_is_not_compared_with_the_sessions_of_its_day(
    make_project: MakeProject,
) -> None:
    cohort = cohort_yml(
        session("08:30", "10:00", "module: alpha", room="Kelas A")
        + untimed("Pengumpulan tugas", "            room: Kelas A\n")
    )

    validation = checked(make_project, cohort)

    assert validation.ok and validation.diagnostics == [], formatted(validation)


@pytest.mark.parametrize(
    ("lines", "code", "line", "hint"),
    [
        ("          - module: alpha\n", "T040", 13, "'start: 08:00' and 'end: 09:30'"),
        ("          - start: 08:30\n            module: alpha\n", "T041", 13, "'end: 09:30'"),
        ("          - end: 10:00\n            module: alpha\n", "T042", 13, "'start: 08:00'"),
        ("          - room: Kelas A\n", "T043", 13, "'title: Pre-workshop survey'"),
    ],
)
def test_a_session_without_its_times_is_told_what_to_write(
    make_project: MakeProject, lines: str, code: str, line: int, hint: str
) -> None:
    validation = checked(make_project, cohort_yml(lines))

    found = [d for d in validation.diagnostics if d.code == code]
    assert [(d.path, d.line, d.severity) for d in found] == [(COHORT, line, Severity.ERROR)]
    assert found[0].hint is not None and hint in found[0].hint


def test_notes_of_a_phase_and_a_day_are_shown_above_their_timetable(
    make_project: MakeProject,
) -> None:
    cohort = cohort_yml(
        "",
        days=(
            "      - date: 2026-03-02\n"
            "        notes: 'Dokumen bersama: [catatan hari ini](https://example.org/hari-1)'\n"
            f"        sessions:\n{session('08:30', '10:00', 'module: alpha')}"
        ),
    ).replace(
        "    days:\n",
        "    notes: Bacalah [modul pertama](modul:alpha) lebih dulu.\n    days:\n",
    )

    site = rendered(make_project, cohort)

    page = site.pages["angkatan/uji.md"].markdown
    phase_notes = page.index('<a href="../../modul/alpha/"')
    day_heading = page.index("### Senin, 2 Maret 2026")
    day_notes = page.index('<a href="https://example.org/hari-1"')
    assert phase_notes < day_heading < day_notes < page.index('<table class="silabus-timetable"')
    assert "modul pertama</a> lebih dulu." in page
    (event,) = events(site)
    assert "Dokumen bersama: catatan hari ini (https://example.org/hari-1)" in str(
        event["DESCRIPTION"]
    )


def test_a_link_in_a_days_notes_is_checked(make_project: MakeProject) -> None:
    cohort = cohort_yml(
        "",
        days=(
            "      - date: 2026-03-02\n"
            "        notes: Bacalah [modul pertama](modul:alfa).\n"
            f"        sessions:\n{session('08:30', '10:00', 'module: alpha')}"
        ),
    )

    validation = checked(make_project, cohort)

    assert [(d.code, d.path, d.line) for d in validation.diagnostics] == [("M005", COHORT, 12)]


STAFF = (
    "staff:\n  - role: fasilitator\n    name: Ana\n  - role: fasilitator\n    name: Budi\n"
    "  - role: panitia\n    name: Citra\n"
)


def test_staff_is_named_once_on_the_page_and_in_every_event(make_project: MakeProject) -> None:
    cohort = cohort_yml(
        session(
            "08:30",
            "10:00",
            "module: alpha\n            leaders:\n"
            "              - role: widyaiswara\n                name: Dr. Rina",
        )
        + session("10:00", "11:30", "module: alpha"),
        extra=STAFF,
    ).replace("    days:\n", "    staff:\n      - role: host\n        name: Dodi\n    days:\n")

    site = rendered(make_project, cohort, jp=4)

    page = site.pages["angkatan/uji.md"].markdown
    assert '<p class="silabus-facts__staff">Fasilitator: Ana, Budi<br>Panitia: Citra</p>' in page
    assert '<p class="silabus-staff">Host: Dodi</p>' in page
    assert page.count("Ana") == 1 and page.count("Dodi") == 1
    assert page.count("silabus-session__leader") == 1
    descriptions = [str(event["DESCRIPTION"]).split("\n") for event in events(site)]
    assert [lines[1:6] for lines in descriptions] == [
        [
            "Widyaiswara: Dr. Rina",
            "Host: Dodi",
            "Fasilitator: Ana",
            "Fasilitator: Budi",
            "Panitia: Citra",
        ],
        [
            "Host: Dodi",
            "Fasilitator: Ana",
            "Fasilitator: Budi",
            "Panitia: Citra",
            "Angkatan Uji · Demo",
        ],
    ]


def test_course_data_names_the_staff_as_instructors_but_the_committee(
    make_project: MakeProject,
) -> None:
    cohort = cohort_yml(session("08:30", "10:00", "module: alpha"), extra=STAFF)

    data = rendered(make_project, cohort).pages["angkatan/uji.md"].data

    (instance,) = data["hasCourseInstance"]
    assert instance["instructor"] == [
        {"@type": "Person", "name": "Ana"},
        {"@type": "Person", "name": "Budi"},
    ]


@pytest.mark.parametrize(
    ("title", "shown", "module_apart"),
    [
        ("(lanjutan)", "Module ALPHA (lanjutan)", False),
        ("Module Alpha (lanjutan)", "Module Alpha (lanjutan)", False),
        ("module alpha", "module alpha", False),
        ("Module ALPHA: latihan", "Module ALPHA: latihan", False),
        ("Module ALPHAbet", "Module ALPHAbet", True),
        ("Coaching", "Coaching", True),
    ],
)
def test_a_title_that_names_its_module_is_not_followed_by_the_module_again(
    make_project: MakeProject, title: str, shown: str, module_apart: bool
) -> None:
    cohort = cohort_yml(session("08:30", "10:00", f"module: alpha\n            title: '{title}'"))

    site = rendered(make_project, cohort)

    page = site.pages["angkatan/uji.md"].markdown
    assert f'<a href="../../modul/alpha/">{shown}</a>' in page
    assert ('<span class="silabus-session__module">' in page) is module_apart
    (event,) = events(site)
    assert str(event["SUMMARY"]) == shown
    assert ("Mata pelatihan: Module ALPHA" in str(event["DESCRIPTION"])) is module_apart
    notes = site.pages["modul/alpha.md"].markdown.split("## Jadwal")[1]
    assert (f"JP · {title}" in notes) is module_apart


def test_an_english_timetable_says_any_time(make_project: MakeProject) -> None:
    project = project_with(make_project, cohort_yml(untimed("Pre-workshop survey")))
    validation = validate_project(project.root)
    assert validation.curriculum is not None

    page = render_site(validation.curriculum, "en").pages["angkatan/uji.md"].markdown

    assert '<td class="silabus-session__time">Any time</td>' in page


def test_an_empty_time_zone_names_none(make_project: MakeProject) -> None:
    project = project_with(
        make_project, cohort_yml(session("08:30", "10:00", "module: alpha"), extra="timezone:\n")
    )
    project.replace("curriculum/program.yml", "title: Demo\n", "title: Demo\nlanguage: en\n")

    validation = validate_project(project.root)

    assert [(d.code, d.line) for d in validation.diagnostics] == [("T031", 6)]


@pytest.mark.parametrize("language", ["id", "en"])
def test_a_calendar_names_the_language_of_its_text(
    make_project: MakeProject, language: str
) -> None:
    project = project_with(make_project, cohort_yml(untimed("Pre-workshop survey")))
    validation = validate_project(project.root)
    assert validation.curriculum is not None

    calendar = render_site(validation.curriculum, language).assets["angkatan/uji.ics"].decode()

    (prodid,) = [line for line in calendar.splitlines() if line.startswith("PRODID:")]
    assert prodid.startswith("PRODID:-//Silabus//Silabus ")
    assert prodid.endswith(f"//{language.upper()}")


def test_a_session_with_two_people_of_one_role_names_the_role_once(
    make_project: MakeProject,
) -> None:
    cohort = cohort_yml(
        session(
            "08:30",
            "10:00",
            "module: alpha\n            leaders:\n"
            "              - role: widyaiswara\n                name: Dr. Rina\n"
            "              - role: widyaiswara\n                name: Dr. Andi",
        )
    )

    page = rendered(make_project, cohort).pages["angkatan/uji.md"].markdown

    assert page.count("silabus-session__leader") == 1
    assert "Widyaiswara: Dr. Rina, Dr. Andi" in page
