"""A calendar event's DTSTAMP changes only when the event does: building again
without a change writes the same calendar, byte for byte."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

import icalendar
import pytest

from silabus.engines.site_folder import previous_files
from silabus.pipeline import validate_project
from silabus.render import SiteOptions, clear_caches, render_site
from tests.conftest import Project

CALENDAR = "angkatan/angkatan-i-2019.ics"
FIRST = datetime(2024, 1, 1, tzinfo=UTC)
LATER = datetime(2025, 6, 1, tzinfo=UTC)
MOVED_SESSION = (
    "          - start: 13:15\n            end: 15:30\n"
    "            module: konsep-pelayanan-publik\n            room: Ruang Melati",
    "          - start: 13:15\n            end: 15:30\n"
    "            module: konsep-pelayanan-publik\n            room: Ruang Mawar",
)


def calendar(project: Project, stamp: datetime, previous: dict[str, bytes] | None = None) -> bytes:
    clear_caches()  # as a new build does
    validation = validate_project(project.root)
    assert validation.curriculum is not None
    options = SiteOptions(generated_at=stamp, previous_file=(previous or {}).get)
    return render_site(validation.curriculum, options=options).assets[CALENDAR]


def stamps(content: bytes) -> dict[str, datetime]:
    return {
        str(event["UID"]): event["DTSTAMP"].dt
        for event in icalendar.Calendar.from_ical(content).walk("VEVENT")
    }


def test_an_unchanged_event_keeps_its_published_stamp(project: Project) -> None:
    published = calendar(project, FIRST)

    again = calendar(project, LATER, {CALENDAR: published})

    assert again == published


def test_a_changed_session_alone_gets_a_new_stamp(project: Project) -> None:
    published = calendar(project, FIRST)
    project.replace("curriculum/cohorts/angkatan-i-2019.yml", *MOVED_SESSION)

    again = stamps(calendar(project, LATER, {CALENDAR: published}))

    changed = {uid for uid, stamp in again.items() if stamp == LATER}
    assert changed == {
        "20190318-konsep-pelayanan-publik-2.angkatan-i-2019"
        ".pelayanan-publik-berorientasi-inovasi@silabus"
    }
    assert set(again.values()) == {FIRST, LATER}
    assert again.keys() == stamps(published).keys()


@pytest.mark.parametrize(
    "previous",
    [
        b"",
        b"\x00\xff garbage",
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n",  # cut off
        b"<html>Not found</html>",
    ],
)
def test_a_previous_calendar_that_cannot_be_read_gives_new_stamps(
    project: Project, previous: bytes
) -> None:
    again = stamps(calendar(project, LATER, {CALENDAR: previous}))

    assert set(again.values()) == {LATER}


def test_a_previous_event_with_a_stamp_that_is_no_time_gets_a_new_one(project: Project) -> None:
    published = calendar(project, FIRST)
    damaged = published.replace(b"DTSTAMP:20240101T000000Z", b"DTSTAMP:20241399T990000Z", 1)

    again = stamps(calendar(project, LATER, {CALENDAR: damaged}))

    assert sorted(again.values()).count(LATER) == 1


def test_source_date_epoch_stamps_new_events(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    clear_caches()
    validation = validate_project(project.root)
    assert validation.curriculum is not None

    content = render_site(validation.curriculum).assets[CALENDAR]

    assert set(stamps(content).values()) == {datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)}


# Reading the site a build replaces


def test_the_previous_site_is_read_by_path(tmp_path: Path) -> None:
    (tmp_path / "angkatan").mkdir()
    (tmp_path / "angkatan" / "a.ics").write_bytes(b"BEGIN:VCALENDAR\r\n")

    read = previous_files(tmp_path)

    assert read("angkatan/a.ics") == b"BEGIN:VCALENDAR\r\n"
    assert read("angkatan/missing.ics") is None
    assert read("../a.ics") is None
    assert read("angkatan") is None  # a folder


def test_a_link_in_the_previous_site_is_not_followed(tmp_path: Path) -> None:
    secret = tmp_path / "secret.ics"
    secret.write_bytes(b"BEGIN:VCALENDAR\r\n")
    site = tmp_path / "site"
    (site / "folder").mkdir(parents=True)
    (site / "angkatan").symlink_to(site / "folder")
    (site / "folder" / "a.ics").symlink_to(secret)
    (site / "folder" / "b.ics").write_bytes(b"BEGIN:VCALENDAR\r\n")
    (tmp_path / "linked").symlink_to(site)

    assert previous_files(site)("folder/a.ics") is None  # the file is a link
    assert previous_files(site)("angkatan/b.ics") is None  # a folder on the way is one
    assert previous_files(tmp_path / "linked")("folder/b.ics") is None  # the site is one
    assert previous_files(site)("folder/b.ics") == b"BEGIN:VCALENDAR\r\n"


def test_a_pipe_in_the_previous_site_is_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "a.ics")

    assert previous_files(tmp_path)("a.ics") is None


# Building with MkDocs


def test_building_twice_writes_the_same_calendars(project: Project) -> None:
    first = project.mkdocs_build("--strict")
    assert first.returncode == 0, first.stderr
    built = {path: path.read_bytes() for path in (project.root / "site").rglob("*.ics")}
    project.replace("curriculum/cohorts/angkatan-i-2019.yml", *MOVED_SESSION)

    second = project.run(
        sys.executable, "-m", "mkdocs", "build", "--strict", env={"SOURCE_DATE_EPOCH": "1900000000"}
    )

    assert second.returncode == 0, second.stderr
    again = {path: path.read_bytes() for path in (project.root / "site").rglob("*.ics")}
    assert len(built) == 2 and again.keys() == built.keys()
    other = project.root / "site" / "angkatan" / "angkatan-ii-2027.ics"
    assert again[other] == built[other]
    changed = {
        uid
        for uid, stamp in stamps(again[project.root / "site" / CALENDAR]).items()
        if stamp == datetime.fromtimestamp(1900000000, UTC)
    }
    assert len(changed) == 1
