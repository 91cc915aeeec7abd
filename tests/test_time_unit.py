"""Programs that count time in minutes, and cohorts that teach part of a module."""

from __future__ import annotations

from collections.abc import Callable

from silabus.catalogue import say
from silabus.model import Module, Timing
from silabus.pipeline import Validation, validate_project
from silabus.render import render_site
from silabus.stats import curriculum_stats, stats_tables
from tests.conftest import Project
from tests.test_check import formatted, located, program_yml, where
from tests.test_cohort import cohort_yml, session

MakeProject = Callable[[dict[str, str]], Project]
PROGRAM = "curriculum/program.yml"
COHORT = "curriculum/cohorts/uji.yml"
MINUTES = "time_unit: minutes\nlanguage: en\n"
ZONE = "timezone: Europe/Amsterdam\n"


def minutes_project(
    make_project: MakeProject,
    cohort: str | None = None,
    *,
    alpha: str = "minutes: 50",
    program_extra: str = MINUTES,
) -> Validation:
    files = {
        PROGRAM: program_yml(("part", ["alpha", "beta"]), extra=program_extra),
        "curriculum/modules/alpha.yml": f"id: alpha\ntitle: Introducing the Shell\n{alpha}\n",
        "curriculum/modules/beta.yml": (
            "id: beta\ntitle: Pipes and Filters\nminutes:\n  total: 165\n  theory: 45\n"
            "  practice: 120\n"
        ),
    }
    if cohort is not None:
        files[COHORT] = cohort
    return validate_project(make_project(files).root)


def test_lengths_read_as_people_say_them() -> None:
    timing = Timing("minutes")
    assert [timing.length(m).render("en") for m in (5, 60, 165, 90_000)] == [
        "5 min",
        "1 h",
        "2 h 45 min",
        "1500 h",
    ]
    assert timing.length(165).render("id") == "2 j 45 mnt"
    assert Timing("jp", 45).length(90).render("id") == "2 JP"
    assert Timing("jp", 45).length(100).render("id") == "2,22 JP"


def test_a_program_in_minutes_shows_minutes_on_its_pages(make_project: MakeProject) -> None:
    validation = minutes_project(make_project)

    assert formatted(validation) == []
    assert validation.curriculum is not None
    pages = render_site(validation.curriculum).pages
    module = pages["modules/beta.md"].markdown
    assert "<li><strong>2&nbsp;h&nbsp;45&nbsp;min</strong></li>" in module
    assert "## Duration" in module
    assert "| Theory | 45&nbsp;min |" in module
    assert "| **Total** | **2&nbsp;h&nbsp;45&nbsp;min** |" in module
    assert "JP" not in module
    program = pages["program/index.md"].markdown
    assert "<li><strong>3&nbsp;h&nbsp;35&nbsp;min</strong></li>" in program
    assert "Introducing the Shell](" in program and "· 50&nbsp;min" in program
    assert "JP" not in program
    assert "JP" not in pages["print/index.md"].markdown


def test_sessions_of_any_length_count_in_minutes(make_project: MakeProject) -> None:
    sessions = (
        session("09:00", "09:50", "module: alpha")
        + session("10:00", "11:30", "module: beta")
        + session("11:30", "12:45", "module: beta")
    )

    validation = minutes_project(make_project, cohort_yml(sessions, extra=ZONE))

    assert formatted(validation) == []
    assert validation.curriculum is not None
    page = render_site(validation.curriculum).pages["cohorts/uji.md"].markdown
    assert '<span class="silabus-session__jp">50&nbsp;min</span>' in page
    assert '<span class="silabus-session__jp">1&nbsp;h&nbsp;15&nbsp;min</span>' in page
    assert "<li><strong>3&nbsp;h&nbsp;35&nbsp;min</strong></li>" in page


def test_a_short_module_is_said_in_minutes(make_project: MakeProject) -> None:
    sessions = session("09:00", "09:40", "module: alpha") + session(
        "10:00", "12:45", "module: beta"
    )

    validation = minutes_project(make_project, cohort_yml(sessions, extra=ZONE))

    (diagnostic,) = validation.diagnostics
    assert diagnostic.severity.value == "warning"
    assert diagnostic.message == (
        "'alpha' is scheduled for 40 min in this cohort, less than the module's 50 min"
    )
    assert diagnostic.hint is not None and "change 'minutes' in its module file" in diagnostic.hint
    assert "partly_taught" in diagnostic.hint
    assert diagnostic.message_in("id") == (
        "'alpha' dijadwalkan 40 mnt di angkatan ini, kurang dari 50 mnt modul tersebut"
    )


def test_a_cohort_may_teach_part_of_a_module_on_purpose(make_project: MakeProject) -> None:
    sessions = session("09:00", "09:30", "module: alpha") + session(
        "10:00", "12:45", "module: beta"
    )
    text = cohort_yml(sessions, extra=ZONE + "partly_taught:\n  - alpha\n")

    validation = minutes_project(make_project, text)

    (diagnostic,) = validation.diagnostics
    assert diagnostic.severity.value == "note"
    assert diagnostic.code == "T032"
    assert diagnostic.message == (
        "'alpha' is taught for 30 min of its 50 min in this cohort, which teaches it only in part"
    )
    assert validation.ok and validation.curriculum is not None
    pages = render_site(validation.curriculum).pages
    assert "Angkatan Uji](" in pages["modules/alpha.md"].markdown
    assert "· in part: 30&nbsp;min of 50&nbsp;min\n" in pages["modules/alpha.md"].markdown
    assert "in part" not in pages["modules/beta.md"].markdown
    # A zone with a common abbreviation is named by it, as participants know it.
    assert "· 09:00\N{EN DASH}09:30&nbsp;CET · 30&nbsp;min" in pages["modules/alpha.md"].markdown


def test_partly_taught_names_a_module_that_is_taught_in_part(make_project: MakeProject) -> None:
    sessions = session("09:00", "09:50", "module: alpha") + session(
        "10:00", "12:45", "module: beta"
    )
    text = cohort_yml(sessions, extra=ZONE + "partly_taught:\n  - alpha\n  - alfa\n")

    validation = minutes_project(make_project, text)

    found = {d.code: d for d in validation.diagnostics}
    assert set(found) == {"T011", "T033"}
    assert located(found["T011"]) == (COHORT, *where(text, "alfa"))
    assert found["T011"].hint == "did you mean 'alpha'?"
    assert located(found["T033"]) == (COHORT, *where(text, "alpha"))
    assert found["T033"].message == (
        "'alpha' is listed under 'partly_taught', but this cohort teaches all of its 50 min"
    )


def test_the_daily_limit_follows_the_unit(make_project: MakeProject) -> None:
    # A three-hour half-day is no long day; nine hours is, against eight by default.
    half_day = session("09:00", "09:50", "module: alpha") + session(
        "10:00", "12:45", "module: beta"
    )
    assert formatted(minutes_project(make_project, cohort_yml(half_day, extra=ZONE))) == []

    long_day = session("08:00", "17:00", "module: beta")
    validation = minutes_project(
        make_project, cohort_yml(long_day, extra=ZONE), alpha="minutes: 50"
    )
    long = [d for d in validation.diagnostics if d.code == "T021"]
    assert [d.message for d in long] == [
        "2026-03-02 has 9 h of modules, more than the limit of 8 h a day"
    ]
    assert long[0].hint is not None and "'max_minutes_per_day'" in long[0].hint


def test_a_length_in_the_other_unit_says_what_to_write(make_project: MakeProject) -> None:
    validation = minutes_project(make_project, alpha="jp: 2")

    (diagnostic,) = validation.diagnostics
    assert diagnostic.code == "C023"
    assert located(diagnostic) == ("curriculum/modules/alpha.yml", 3, 1)
    assert diagnostic.message == (
        "this module states its length as 'jp', but the program counts time in minutes "
        "('time_unit: minutes' in program.yml)"
    )
    assert diagnostic.hint is not None
    assert diagnostic.hint.startswith("write 'minutes: 90' instead of 'jp: 2'")


def test_minutes_in_a_program_of_jp_says_what_to_write(make_project: MakeProject) -> None:
    validation = minutes_project(make_project, alpha="jp: 2", program_extra="language: en\n")

    (diagnostic,) = validation.diagnostics  # beta states minutes
    assert diagnostic.code == "C023"
    assert diagnostic.path == "curriculum/modules/beta.yml"
    assert "counts time in JP (lesson hours) ('time_unit: jp'" in diagnostic.message
    assert diagnostic.hint == say("curriculum.hint.to-jp", jp_minutes=45).render("en")


def test_a_module_without_a_length_names_the_field_of_the_unit(make_project: MakeProject) -> None:
    validation = minutes_project(make_project, alpha="summary: Where it starts.")

    (diagnostic,) = validation.diagnostics
    assert diagnostic.message == "missing required field 'minutes'"
    assert diagnostic.hint == "add a line 'minutes: ...'"


def test_fields_of_jp_in_a_program_of_minutes_are_refused(make_project: MakeProject) -> None:
    text = cohort_yml(
        session("09:00", "09:50", "module: alpha"), extra=ZONE + "max_jp_per_day: 8\n"
    )

    validation = minutes_project(make_project, text, program_extra=MINUTES + "jp_minutes: 60\n")

    found = {d.code: d for d in validation.diagnostics if d.is_error}
    assert set(found) == {"C022", "T035"}
    assert located(found["C022"])[0] == PROGRAM
    assert found["T035"].message == (
        "'max_jp_per_day' does not apply: this program counts time in minutes "
        "('time_unit: minutes' in program.yml)"
    )
    assert found["T035"].hint == "write 'max_minutes_per_day' instead"


def test_stats_count_in_minutes(make_project: MakeProject) -> None:
    # An item without a time is no session of the count.
    sessions = (
        "          - title: Pre-workshop survey\n"
        + session("09:00", "09:30", "module: alpha")
        + session("10:00", "12:45", "module: beta")
    )
    text = cohort_yml(sessions, extra=ZONE + "partly_taught: [alpha]\n")
    validation = minutes_project(make_project, text)
    assert validation.curriculum is not None

    stats = curriculum_stats(validation.curriculum)

    assert stats["program"] == {
        "id": "demo",
        "title": "Demo",
        "time_unit": "minutes",
        "agenda_label": None,
        "minutes": 215,
        "hours": 3.58,
    }
    assert stats["modules"][0]["scheduled_minutes"] == {"uji": 30}
    assert stats["cohorts"][0]["sessions"] == 2
    table = stats_tables(stats, "en")
    assert table.startswith("Demo: 215 minutes, 3.58 hours\n")
    assert "Minutes in uji" in table


def test_minutes_written_as_hours_and_minutes_say_to_write_one_number(
    make_project: MakeProject,
) -> None:
    validation = minutes_project(make_project, alpha="minutes: 1h30")

    (diagnostic,) = validation.diagnostics
    assert diagnostic.message == "'minutes.total' must be a whole number, not '1h30'"
    assert diagnostic.hint == "write the minutes as one whole number: 90 for an hour and a half"


def test_a_module_without_its_length_is_not_also_over_or_short(
    make_project: MakeProject,
) -> None:
    sessions = session("09:00", "10:00", "module: alpha") + session(
        "10:00", "12:45", "module: beta"
    )

    validation = minutes_project(
        make_project, cohort_yml(sessions, extra=ZONE), alpha="summary: Where it starts."
    )

    assert [d.code for d in validation.diagnostics] == ["S007"]


def test_a_module_session_without_times_is_not_also_missing(make_project: MakeProject) -> None:
    sessions = "          - module: alpha\n" + session("10:00", "12:45", "module: beta")
    text = cohort_yml(sessions, extra=ZONE + "partly_taught: [alpha]\n")

    validation = minutes_project(make_project, text)

    assert [d.code for d in validation.diagnostics] == ["T040"]


def test_cohort_lengths_follow_the_unit_of_a_program_with_errors(
    make_project: MakeProject,
) -> None:
    sessions = session("09:00", "09:30", "module: alpha") + session(
        "10:00", "12:45", "module: beta"
    )

    validation = minutes_project(
        make_project,
        cohort_yml(sessions, extra=ZONE + "partly_taught: [alpha]\n"),
        program_extra=MINUTES + "license: [CC BY]\n",
    )

    assert "JP" not in "\n".join(formatted(validation))
    assert {d.path: d.code for d in validation.diagnostics} == {PROGRAM: "S019", COHORT: "T032"}


def test_a_length_in_both_units_is_counted_in_the_programs() -> None:
    module = Module(id="alpha", title="A", minutes={"total": 50}, jp={"total": 2})

    assert Timing("minutes").module_minutes(module) == 50
    assert Timing("jp", 45).module_minutes(module) == 90


def test_a_module_named_twice_under_partly_taught_is_said(make_project: MakeProject) -> None:
    sessions = session("09:00", "09:30", "module: alpha") + session(
        "10:00", "12:45", "module: beta"
    )
    text = cohort_yml(sessions, extra=ZONE + "partly_taught: [alpha, alpha]\n")

    validation = minutes_project(make_project, text)

    assert [(d.code, d.severity.value) for d in validation.diagnostics] == [
        ("C009", "warning"),
        ("T032", "note"),
    ]
