"""A cohort's timetable as an iCalendar file, for download or subscription."""

from __future__ import annotations

import re
from collections import Counter, OrderedDict
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import NamedTuple

from icalendar import Calendar, Event, vDuration, vText
from markupsafe import Markup

from silabus import __version__
from silabus.model import Cohort, Curriculum
from silabus.render.messages import CATALOGUE
from silabus.render.schedule import (
    ScheduledSession,
    all_sessions,
    leader_text,
    module_named_apart,
    session_title,
)
from silabus.rich_text import to_html

# Subscribed calendars (Google, Apple, Outlook) read the feed again after this.
REFRESH = timedelta(days=1)


def cohort_calendar(
    curriculum: Curriculum,
    cohort: Cohort,
    language: str,
    page_address: Mapping[str, str],
    stamp: datetime,
    *,
    stamp_given: bool = True,
    previous: bytes | None = None,
) -> bytes | None:
    """One event per session, breaks left out, an untimed item an all-day event of its
    day, a phase outside the classroom or without sessions an all-day event over its
    dates; None for a cohort with none of these yet
    (a calendar needs at least one event or zone). `page_address` gives the public address
    of each module's page, when the site's address is known.

    Each event's DTSTAMP changes only when the event does: an event of the `previous`
    calendar (the one published before, if any) with the same UID and the same text
    keeps its stamp; a new or changed one gets `stamp`. When the stamp is only the time
    of the build (`stamp_given` false), events made before in the process keep theirs
    too. So building again without a change writes the same bytes."""
    program = curriculum.program
    labels = CATALOGUE[language]
    calendar = Calendar.new(
        # The last part names the language of the calendar's text.
        prodid=f"-//Silabus//Silabus {__version__}//{language.upper()}",
        uid=f"{cohort.id}.{program.id}@silabus",
        name=_Text(f"{cohort.name} · {program.title}"),
        description=_Text(program.title),
        method="PUBLISH",
        calscale="GREGORIAN",
        refresh_interval=REFRESH,
    )
    # RFC 7986 asks for VALUE=DURATION; Outlook reads X-PUBLISHED-TTL instead.
    calendar["REFRESH-INTERVAL"].params["VALUE"] = "DURATION"
    calendar.add("x-published-ttl", vDuration(REFRESH))
    calendar.add("x-wr-timezone", cohort.timezone)
    occurrences: Counter[tuple[str, str]] = Counter()
    events: list[_EventFields] = []
    for item in all_sessions(curriculum, cohort):
        if item.is_break:
            continue
        what = item.session.module or item.session.activity or "session"
        occurrences[(item.day.isoformat(), what)] += 1
        count = occurrences[(item.day.isoformat(), what)]
        address = page_address.get(item.module.id) if item.module else None
        events.append(
            _EventFields(
                _uid(curriculum, cohort, item, what, count),
                session_title(item, labels),
                item.starts or item.day,
                item.ends or item.day + timedelta(days=1),
                cohort.timezone,
                item.calendar_location,
                _description(curriculum, cohort, item, language, address),
                address,
            )
        )
    events += _phases_over_days(curriculum, cohort, labels)
    if not events:
        return None
    # The first event at a time goes into the calendar, so that it gets the zone's rules
    # for the cohort's own dates (right in any year, and short); the others follow it
    # as text.
    first = next(
        (index for index, event in enumerate(events) if isinstance(event.start, datetime)), 0
    )
    published = published_stamps(previous) if previous else {}
    build_stamp = _stamp_line(stamp)
    stamps = [_chosen_stamp(event, published, build_stamp, stamp_given) for event in events]
    calendar.add_component(_event(events[first], _PLACEHOLDER))
    calendar.add_missing_timezones(cohort.start, cohort.end + timedelta(days=1))
    content: bytes = calendar.to_ical()
    assert content.endswith(_END) and content.count(_PLACEHOLDER_LINE) == 1
    content = content.replace(_PLACEHOLDER_LINE, stamps[first])
    rest = b"".join(
        _event_text(event).replace(_PLACEHOLDER_LINE, stamps[index])
        for index, event in enumerate(events)
        if index != first
    )
    return content[: -len(_END)] + rest + _END


_END = b"END:VCALENDAR\r\n"
# Each event is written with this stamp first, which its own replaces: its text apart
# from the stamp is then what tells whether it changed.
_PLACEHOLDER = datetime(2000, 1, 1, tzinfo=UTC)
_STAMP = re.compile(rb"^DTSTAMP:(\d{8}T\d{6}Z)\r\n", re.MULTILINE)


def _stamp_line(stamp: datetime) -> bytes:
    return f"DTSTAMP:{stamp.astimezone(UTC):%Y%m%dT%H%M%SZ}\r\n".encode("ascii")


_PLACEHOLDER_LINE = _stamp_line(_PLACEHOLDER)


def _chosen_stamp(
    fields: _EventFields,
    published: Mapping[str, tuple[bytes, bytes]],
    build_stamp: bytes,
    stamp_given: bool,
) -> bytes:
    """The DTSTAMP line of an event: the published one when the event is unchanged,
    else the one it got when first made in this process (unless a stamp is given for
    the build), else the build's."""
    before = published.get(fields.uid)
    if before is not None and before[1] == _event_text(fields):
        return before[0]
    if stamp_given:
        return build_stamp
    return _FIRST_STAMPS.setdefault(fields, build_stamp)


def published_stamps(calendar: bytes) -> dict[str, tuple[bytes, bytes]]:
    """The events of a calendar published before, by UID: each one's DTSTAMP line and
    its text with the placeholder's stamp in its place. Nothing for what is not a
    calendar as this module writes them (another program's, a damaged file): every
    event then gets a new stamp, never an error."""
    if not calendar.startswith(b"BEGIN:VCALENDAR\r\n") or not calendar.endswith(_END):
        return {}
    found = {}
    for block in _EVENT_BLOCK.findall(calendar):
        stamp = _STAMP.search(block)
        uid = _UID.search(re.sub(rb"\r\n[ \t]", b"", block))
        if stamp is None or uid is None or len(_STAMP.findall(block)) != 1:
            continue
        try:
            datetime.strptime(stamp.group(1).decode("ascii"), "%Y%m%dT%H%M%SZ")
            key = uid.group(1).decode("utf-8")
        except ValueError:
            continue
        found[key] = (stamp.group(), block.replace(stamp.group(), _PLACEHOLDER_LINE))
    return found


_EVENT_BLOCK = re.compile(rb"^BEGIN:VEVENT\r\n.*?^END:VEVENT\r\n", re.MULTILINE | re.DOTALL)
_UID = re.compile(rb"^UID:([^\r\n]*)\r\n", re.MULTILINE)


class _EventFields(NamedTuple):
    uid: str
    summary: str
    start: datetime | date  # a date: an all-day event (an item without a time)
    end: datetime | date
    zone: str  # times of two zones at the same instant are equal, their text is not
    location: str | None
    description: str
    url: str | None


def _event(fields: _EventFields, stamp: datetime) -> Event:
    return Event.new(
        uid=fields.uid,
        summary=_Text(fields.summary),
        start=fields.start,
        end=fields.end,
        stamp=stamp,
        location=_Text(fields.location) if fields.location is not None else None,
        description=_Text(fields.description),
        url=fields.url,
    )


class _Text(vText):
    r"""A text value escaped as RFC 5545 (3.3.11) says: a backslash, a semicolon and a
    comma each get a backslash before them, and a line break is written `\n`. (icalendar
    itself turns a backslash followed by N into a line break first, so that the title
    `C:\Naskah` would lose its N.)"""

    __slots__ = ()

    def to_ical(self) -> bytes:
        text = self.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        return _LINE_BREAK.sub(r"\\n", text).encode("utf-8")


_LINE_BREAK = re.compile(r"\r\n?|\n")


# Events made before in this process, as iCalendar text with the placeholder's stamp:
# under `mkdocs serve`, an edit makes again only the events it changes. Their DTSTAMP
# lines when the build's time stamps them: the time each was first made, which is
# what it means.
_EVENTS: OrderedDict[_EventFields, bytes] = OrderedDict()
_FIRST_STAMPS: dict[_EventFields, bytes] = {}
_EVENTS_LIMIT = 50_000


def clear_calendar_cache() -> None:
    _EVENTS.clear()
    _FIRST_STAMPS.clear()


def _event_text(fields: _EventFields) -> bytes:
    if fields in _EVENTS:
        _EVENTS.move_to_end(fields)
        return _EVENTS[fields]
    text: bytes = _event(fields, _PLACEHOLDER).to_ical()
    _EVENTS[fields] = text
    if len(_EVENTS) > _EVENTS_LIMIT:
        _EVENTS.popitem(last=False)
        if len(_FIRST_STAMPS) > _EVENTS_LIMIT:
            _FIRST_STAMPS.clear()
    return text


def _phases_over_days(
    curriculum: Curriculum, cohort: Cohort, labels: Mapping[str, str]
) -> list[_EventFields]:
    """A phase outside the classroom (work at the workplace, weeks of distance
    learning), or any phase without scheduled sessions, as one all-day event over
    its dates: its sessions, such as a weekly coaching, do not show the whole of it."""
    found = []
    for number, phase in enumerate(cohort.phases, start=1):
        if (phase.days and phase.kind == "classroom") or phase.end < phase.start:
            continue
        notes = notes_text(phase.notes) if phase.notes else ""
        lines = [text for text in (phase.description, notes) if text]
        lines.append(f"{cohort.name} · {curriculum.program.title}")
        found.append(
            _EventFields(
                f"{phase.start:%Y%m%d}-phase-{number}.{cohort.id}.{curriculum.program.id}@silabus",
                phase.title or labels[f"phase.{phase.kind}"],
                phase.start,
                phase.end + timedelta(days=1),
                cohort.timezone,
                None,
                "\n".join(lines),
                None,
            )
        )
    return found


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
        if module_named_apart(item):
            lines.append(f"{labels['calendar_module']}: {item.module.title}")
        lines.append(curriculum.timing.length(item.minutes).render(language))
    lines += [leader_text(leader, labels) for leader in item.people]
    if item.day_notes:
        lines.append(notes_text(item.day_notes))
    lines.append(f"{cohort.name} · {curriculum.program.title}")
    if address:
        lines.append(address)
    return "\n".join(lines)


@cache
def notes_text(markdown: str) -> str:
    """Markdown notes as the plain text of a calendar event: a paragraph or a list item
    on a line of its own, a link as its words with its web address after them (a link
    to a page of the course only as its words)."""
    html = _LINK.sub(_link_text, to_html(markdown))
    html = re.sub(r"<li\b[^>]*>", "- ", html)
    blocks = _BLOCK_END.split(html)
    return "\n".join(text for block in blocks if (text := Markup(block).striptags()))


_LINK = re.compile(r'<a\b[^>]*?\bhref="(https?://[^"]*)"[^>]*>(.*?)</a>', re.DOTALL)
_BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|pre|blockquote)>|<br\s*/?>")


def _link_text(link: re.Match[str]) -> str:
    address = Markup(link.group(1)).unescape()
    words = Markup(link.group(2)).striptags()
    shown = Markup.escape(address)
    return shown if words == address else f"{link.group(2)} ({shown})"
