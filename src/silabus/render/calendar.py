"""A cohort's timetable as an iCalendar file, for download or subscription."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import datetime, timedelta

from icalendar import Calendar, Event, vDuration

from silabus import __version__
from silabus.model import Cohort, Curriculum
from silabus.render.messages import CATALOGUE, format_number
from silabus.render.schedule import ScheduledSession, all_sessions, leader_text, session_title

# Subscribed calendars (Google, Apple, Outlook) read the feed again after this.
REFRESH = timedelta(days=1)


def cohort_calendar(
    curriculum: Curriculum,
    cohort: Cohort,
    language: str,
    page_address: Mapping[str, str],
    stamp: datetime,
) -> bytes | None:
    """One event per session, breaks left out; None for a cohort without sessions yet
    (a calendar needs at least one event or zone). `page_address` gives the public address
    of each module's page, when the site's address is known; `stamp` is when the
    calendar was made (DTSTAMP)."""
    program = curriculum.program
    labels = CATALOGUE[language]
    calendar = Calendar.new(
        prodid=f"-//Silabus//Silabus {__version__}//ID",
        uid=f"{cohort.id}.{program.id}@silabus",
        name=f"{cohort.name} · {program.title}",
        description=program.title,
        method="PUBLISH",
        calscale="GREGORIAN",
        refresh_interval=REFRESH,
    )
    # RFC 7986 asks for VALUE=DURATION; Outlook reads X-PUBLISHED-TTL instead.
    calendar["REFRESH-INTERVAL"].params["VALUE"] = "DURATION"
    calendar.add("x-published-ttl", vDuration(REFRESH))
    calendar.add("x-wr-timezone", cohort.timezone)
    occurrences: Counter[tuple[str, str]] = Counter()
    for item in all_sessions(curriculum, cohort):
        if item.is_break:
            continue
        what = item.session.module or item.session.activity or "session"
        occurrences[(item.day.isoformat(), what)] += 1
        address = page_address.get(item.module.id) if item.module else None
        event = Event.new(
            uid=_uid(curriculum, cohort, item, what, occurrences[(item.day.isoformat(), what)]),
            summary=session_title(item, labels),
            start=item.starts,
            end=item.ends,
            stamp=stamp,
            location=item.calendar_location,
            description=_description(curriculum, cohort, item, language, address),
            url=address,
        )
        calendar.add_component(event)
    if not calendar.events:
        return None
    # The zone's rules for the cohort's own dates: right in any year, and short.
    calendar.add_missing_timezones(cohort.start, cohort.end + timedelta(days=1))
    content: bytes = calendar.to_ical()
    return content


def _uid(
    curriculum: Curriculum, cohort: Cohort, item: ScheduledSession, what: str, count: int
) -> str:
    """Stays the same when a session's time, room or leaders change, so that publishing
    again updates events in a subscribed calendar instead of adding new ones."""
    return f"{item.day:%Y%m%d}-{what}-{count}.{cohort.id}.{curriculum.program.id}@silabus"


def _description(
    curriculum: Curriculum,
    cohort: Cohort,
    item: ScheduledSession,
    language: str,
    address: str | None,
) -> str:
    labels = CATALOGUE[language]
    lines = []
    if item.module is not None:
        if item.session.title:
            lines.append(f"{labels['calendar_module']}: {item.module.title}")
        lines.append(f"{format_number(float(item.jp), language)} {labels['jp']}")
    lines += [leader_text(leader) for leader in item.session.leaders]
    lines.append(f"{cohort.name} · {curriculum.program.title}")
    if address:
        lines.append(address)
    return "\n".join(lines)
