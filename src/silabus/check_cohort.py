"""Checks of cohort timetables: dates, phases, overlaps and the JP each module gets."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict, deque
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from silabus.catalogue import Text, Verbatim, say
from silabus.check import check_rich_text
from silabus.diagnostics import Diagnostic, Severity, did_you_mean
from silabus.document import Document, Location
from silabus.model import Cohort, Day, Module, Phase, Session, Timing


@dataclass(frozen=True)
class ParsedCohort:
    cohort: Cohort
    source: Document


@dataclass(frozen=True)
class _Placed:
    """A session with its times and where it is written."""

    session: Session
    location: Location
    day: date
    start: time
    end: time
    venue: str | None  # the session's own, else the cohort's
    repeated: bool = False  # on a date listed before: not compared with that day's sessions


_Place = tuple[str | None, str | None]  # venue, room
_Booking = tuple[ParsedCohort, _Placed]  # a session of a cohort in a room


def check_time_zone_written(item: ParsedCohort) -> Iterator[Diagnostic]:
    """A cohort of a program not in Indonesian names its time zone: the default,
    Western Indonesian Time, is right only for Indonesian training centres. A
    `timezone:` left empty (as `silabus new cohort` writes it) names none."""
    data = item.source.data
    if isinstance(data, dict) and data.get("timezone") is None:
        where = "timezone" if "timezone" in data else "id"
        yield item.source.diagnostic((where,), say("T031"), at_key=True)


def check_cohort(
    item: ParsedCohort,
    modules: Mapping[str, Module],
    existing: set[str],
    expected: set[str],
    timing: Timing | None,
) -> Iterator[Diagnostic]:
    """Every problem of one cohort. `modules` are the modules that were read, by id;
    `existing` also holds the ids of module files that could not be read; `expected`
    are the modules a full timetable teaches (those the program lists); `timing`
    how the program counts time (None when it could not be read)."""
    cohort, source = item.cohort, item.source
    yield from _unit_fields(cohort, source, timing)
    yield from _partly_taught_ids(cohort, source, existing)
    if cohort.end < cohort.start:
        yield source.diagnostic(("end",), say("T001", end=cohort.end, start=cohort.start))
    placed: list[_Placed] = []
    seen_days: dict[date, Location] = {}
    suggestions: dict[str, str | None] = {}  # for misspelt module ids, each looked up once
    for p, phase in enumerate(cohort.phases):
        yield from _phase_dates(cohort, phase, ("phases", p), source)
        yield from _notes(phase, ("phases", p), source, 2)
        for d, day in enumerate(phase.days):
            location: Location = ("phases", p, "days", d)
            yield from _notes(day, location, source, 3)
            if phase.start <= phase.end and not phase.start <= day.date <= phase.end:
                yield source.diagnostic(
                    (*location, "date"),
                    say(
                        "T002",
                        date=day.date,
                        phase=p + 1,
                        kind=phase.kind,
                        start=phase.start,
                        end=phase.end,
                    ),
                )
            repeated = day.date in seen_days
            if repeated:
                first = source.position(seen_days[day.date])
                yield source.diagnostic(
                    (*location, "date"), say("T003", date=day.date, line=first.line)
                )
            else:
                seen_days[day.date] = (*location, "date")
            for s, session in enumerate(day.sessions):
                session_location = (*location, "sessions", s)
                venue = session.venue or cohort.venue
                if session.start is not None and session.end is not None:
                    placed.append(
                        _Placed(
                            session,
                            session_location,
                            day.date,
                            session.start,
                            session.end,
                            venue,
                            repeated,
                        )
                    )
                yield from _session_problems(
                    session, session_location, source, modules, existing, timing, suggestions
                )
    yield from _overlaps(placed, source, modules)
    yield from _clock_changes(cohort, placed, source)
    # Time against lengths only in the program's unit: not while it cannot be read.
    if timing is not None:
        yield from _module_hours(cohort, placed, source, modules, expected, timing)
        yield from _long_days(cohort, placed, source, timing)
    yield from _prerequisites_first(placed, source, modules)


def _phase_dates(
    cohort: Cohort, phase: Phase, location: Location, source: Document
) -> Iterator[Diagnostic]:
    if phase.end < phase.start:
        yield source.diagnostic((*location, "end"), say("T004", end=phase.end, start=phase.start))
        return
    if cohort.start <= cohort.end and phase.start < cohort.start:
        yield source.diagnostic(
            (*location, "start"), say("T005", start=phase.start, cohort_start=cohort.start)
        )
    if cohort.start <= cohort.end and phase.end > cohort.end:
        yield source.diagnostic(
            (*location, "end"), say("T006", end=phase.end, cohort_end=cohort.end)
        )


def _notes(
    part: Phase | Day, location: Location, source: Document, heading_offset: int
) -> Iterator[Diagnostic]:
    """The participants' notes of a phase or a day, as the cohort page shows them: under
    the phase's heading (level 2, so `heading_offset` 2) or the day's (level 3)."""
    yield from check_rich_text(
        source, (*location, "notes"), part.notes, type(part).model_fields, heading_offset
    )


def _times_written(session: Session, location: Location, source: Document) -> Iterator[Diagnostic]:
    """A module session has both its times; any session has both or neither."""
    if session.start is None and session.end is None:
        if session.module is not None:
            yield source.diagnostic((*location, "module"), say("T040", module=session.module))
        return
    if session.end is None:
        yield source.diagnostic((*location, "start"), say("T041"), at_key=True)
    elif session.start is None:
        yield source.diagnostic((*location, "end"), say("T042"), at_key=True)


def _session_problems(
    session: Session,
    location: Location,
    source: Document,
    modules: Mapping[str, Module],
    existing: set[str],
    timing: Timing | None,
    suggestions: dict[str, str | None],
) -> Iterator[Diagnostic]:
    yield from check_rich_text(
        source, (*location, "trainer_notes"), session.trainer_notes, Session.model_fields, 3
    )
    yield from _times_written(session, location, source)
    if session.start is not None and session.end is not None and session.end <= session.start:
        yield source.diagnostic(
            (*location, "end"),
            say("T007", end=f"{session.end:%H:%M}", start=f"{session.start:%H:%M}"),
        )
    if session.module is not None and session.activity is not None:
        yield source.diagnostic((*location, "activity"), say("T008"), at_key=True)
    elif session.module is None and session.activity is None:
        if session.timed:
            yield source.diagnostic(location, say("T009"))
        elif session.title is None:
            yield source.diagnostic(location, say("T043"))
    elif session.activity == "other" and session.title is None:
        yield source.diagnostic((*location, "activity"), say("T010"))
    if session.module is not None and session.module not in existing:
        if session.module not in suggestions:
            suggestions[session.module] = did_you_mean(session.module, existing)
        suggestion = suggestions[session.module]
        yield source.diagnostic(
            (*location, "module"),
            say("T011", module=session.module),
            say("did-you-mean", suggestion=suggestion) if suggestion else None,
        )
    minutes = session.minutes
    if timing is None or timing.unit != "jp":
        return
    jp_minutes = timing.jp_minutes
    if session.module is not None and minutes > 0 and minutes % jp_minutes:
        shorter, longer = (
            (minutes // jp_minutes) * jp_minutes,
            (minutes // jp_minutes + 1) * (jp_minutes),
        )
        hint = (
            say(
                "timetable.hint.whole-jp-either",
                shorter=shorter,
                shorter_jp=shorter // jp_minutes,
                longer=longer,
                longer_jp=longer // jp_minutes,
            )
            if shorter
            else say("timetable.hint.whole-jp", minutes=longer, jp=longer // jp_minutes)
        )
        yield source.diagnostic(
            (*location, "end"),
            say("T012", minutes=minutes, jp_minutes=jp_minutes),
            hint,
            severity=Severity.WARNING,
        )


def _overlaps(
    placed: Sequence[_Placed], source: Document, modules: Mapping[str, Module]
) -> Iterator[Diagnostic]:
    """Sessions of one day that overlap in time, each reported once at the later one:
    in one place an error; in different places a warning, since the cohort cannot
    attend both, unless they share their times exactly (groups taught in parallel).
    The one named is the first in time order that is still running."""
    days: dict[date, list[_Placed]] = defaultdict(list)
    for item in placed:
        if item.start < item.end and not item.repeated:
            days[item.day].append(item)
    for items in days.values():
        items.sort(key=lambda item: (item.start, item.end))
        # The sessions started so far that may still be running, in time order: of the
        # day, and of each place. Sessions start in order, so one that has ended when
        # another starts has ended for every later one too.
        running: deque[tuple[int, _Placed]] = deque()
        running_in: dict[_Place, deque[tuple[int, _Placed]]] = defaultdict(deque)
        same_times_from = 0  # the first of the sessions with the current one's times
        for index, item in enumerate(items):
            if index and _span(items[index - 1]) != _span(item):
                same_times_from = index
            here = running_in[_where(item)]
            _drop_ended(running, item.start)
            _drop_ended(here, item.start)
            if here:
                yield _overlap(item, here[0][1], source, modules)
            # With none running in its place, every running one is elsewhere; those
            # started before `same_times_from` have other times.
            elif running and running[0][0] < same_times_from:
                yield _overlap(item, running[0][1], source, modules)
            running.append((index, item))
            here.append((index, item))


def _overlap(
    item: _Placed, earlier: _Placed, source: Document, modules: Mapping[str, Module]
) -> Diagnostic:
    """The problem of a session that starts while an `earlier` one is running."""
    if _where(earlier) == _where(item):
        return source.diagnostic(
            (*item.location, "start"),
            say(
                "T013",
                times=_times(item),
                other=_other(earlier, source, modules),
                place=_shown_place(item),
            ),
        )
    return source.diagnostic(
        (*item.location, "start"),
        say(
            "T014",
            times=_times(item),
            other=_other(earlier, source, modules),
            place=_shown_place(earlier),
        ),
        severity=Severity.WARNING,
    )


def _span(item: _Placed) -> tuple[time, time]:
    return item.start, item.end


def _drop_ended(started: deque[tuple[int, _Placed]], now: time) -> None:
    """Forget the first sessions of `started` while they have ended by `now`."""
    while started and started[0][1].end <= now:
        started.popleft()


def _clock_changes(
    cohort: Cohort, placed: Sequence[_Placed], source: Document
) -> Iterator[Diagnostic]:
    """Times that do not exist, or exist twice, where clocks change for summer time."""
    zone = cohort.zone
    for item in placed:
        for field in ("start", "end"):
            moment = datetime.combine(item.day, getattr(item, field), zone)
            if moment.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != moment.replace(
                tzinfo=None
            ):
                code = "T015"  # the clocks move forward: the time does not exist
            elif moment.replace(fold=1).utcoffset() != moment.utcoffset():
                code = "T016"  # the clocks move back: the time happens twice
            else:
                continue
            yield source.diagnostic(
                (*item.location, field),
                say(code, time=f"{moment:%H:%M}", day=item.day, zone=cohort.timezone),
                severity=Severity.WARNING,
            )


def _where(item: _Placed) -> _Place:
    return item.venue, item.session.room


def _shown_place(item: _Placed) -> Text:
    """The place as the file says it: the venue only when the session names its own."""
    return _place(item.session.venue, item.session.room)


def _other(item: _Placed, source: Document, modules: Mapping[str, Module]) -> Text:
    line = source.position((*item.location, "start")).line
    label = session_label(item.session, modules)
    return say("timetable.other-session", label=label, times=_times(item), line=line)


def _place(venue: str | None, room: str | None) -> Text:
    if room and venue:
        return say("timetable.place.room-at-venue", room=room, venue=venue)
    if room:
        return say("timetable.place.room", room=room)
    return Verbatim(f"'{venue}'") if venue else say("timetable.place.main-room")


def _times(item: _Placed) -> str:
    return f"{item.start:%H:%M}-{item.end:%H:%M}"


def session_label(session: Session, modules: Mapping[str, Module]) -> Text | str:
    """What a message calls a session: its title, its module's, or its activity as
    written."""
    if session.title:
        return session.title
    if session.module is not None:
        module = modules.get(session.module)
        return module.title if module else session.module
    return session.activity.replace("_", " ") if session.activity else say("timetable.session")


def _module_hours(
    cohort: Cohort,
    placed: Sequence[_Placed],
    source: Document,
    modules: Mapping[str, Module],
    expected: set[str],
    timing: Timing,
) -> Iterator[Diagnostic]:
    """The time a cohort schedules for each module against the module's length."""
    # A module without its length has an error of its own, and nothing to compare.
    slots = [
        (module_id, item)
        for item in _slots(placed)
        if (module_id := item.session.module) is not None
        and module_id in modules
        and timing.module_minutes(modules[module_id])
    ]
    totals: dict[str, int] = defaultdict(int)
    for module_id, item in slots:
        totals[module_id] += item.session.minutes
    scheduled: dict[str, int] = defaultdict(int)
    last: dict[str, Location] = {}
    reported: set[str] = set()
    for module_id, item in slots:
        scheduled[module_id] += item.session.minutes
        last[module_id] = item.location
        planned = timing.module_minutes(modules[module_id])
        if scheduled[module_id] > planned and module_id not in reported:
            reported.add(module_id)
            yield source.diagnostic(
                (*item.location, "module"),
                say(
                    "T017",
                    module=module_id,
                    scheduled=timing.length(totals[module_id]),
                    planned=timing.length(planned),
                    field=timing.field,
                ),
            )
    # A misspelt module id already has an error; the module it was meant to be is
    # not also reported as short of time.
    meant = {
        did_you_mean(module_id, modules)
        for module_id in {item.session.module for item in placed}
        if module_id is not None and module_id not in modules
    }
    # A module session without its times has an error of its own; its module is not
    # also reported as short of time.
    meant |= {session.module for _, _, session in cohort.sessions() if not session.timed}
    partly = set(cohort.partly_taught)
    for module_id, minutes in scheduled.items():
        planned = timing.module_minutes(modules[module_id])
        if module_id in partly and minutes >= planned:
            yield source.diagnostic(
                ("partly_taught", cohort.partly_taught.index(module_id)),
                say("T033", module=module_id, planned=timing.length(planned)),
                severity=Severity.WARNING,
            )
        elif minutes < planned and module_id in partly:
            yield source.diagnostic(
                (*last[module_id], "module"),
                say(
                    "T032",
                    module=module_id,
                    scheduled=timing.length(minutes),
                    planned=timing.length(planned),
                ),
                severity=Severity.NOTE,
            )
        elif minutes < planned and module_id not in meant:
            yield source.diagnostic(
                (*last[module_id], "module"),
                say(
                    "T018",
                    module=module_id,
                    scheduled=timing.length(minutes),
                    planned=timing.length(planned),
                    left=timing.length(planned - minutes),
                    field=timing.field,
                ),
                severity=Severity.WARNING,
            )
    for index, module_id in enumerate(cohort.partly_taught):
        if module_id in modules and module_id not in {*scheduled, *meant} and scheduled:
            yield source.diagnostic(
                ("partly_taught", index), say("T034", module=module_id), severity=Severity.WARNING
            )
    if not scheduled:
        return  # a cohort announced before its timetable is written
    for module_id, module in modules.items():
        if (
            module_id in expected
            and module_id not in scheduled
            and module_id not in meant
            and timing.module_minutes(module)
        ):
            # A note: a module added to the curriculum later must not stop the site
            # because of a cohort that has already finished.
            yield source.diagnostic(
                ("phases",),
                say("T019", module=module_id, length=timing.length(timing.module_minutes(module))),
                severity=Severity.NOTE,
                at_key=True,
            )


def _unit_fields(cohort: Cohort, source: Document, timing: Timing | None) -> Iterator[Diagnostic]:
    """A daily limit written in the unit the program does not count in."""
    if timing is None:
        return
    other = "max_minutes_per_day" if timing.unit == "jp" else "max_jp_per_day"
    if other in cohort.model_fields_set:
        yield source.diagnostic(
            (other,),
            say(
                "T035",
                written=other,
                unit=timing.unit,
                unit_name=say(f"length.unit.{timing.unit}"),
                field=timing.daily_field,
            ),
            at_key=True,
        )


def _partly_taught_ids(
    cohort: Cohort, source: Document, existing: set[str]
) -> Iterator[Diagnostic]:
    """The modules named under `partly_taught` exist, each named once."""
    seen: set[str] = set()
    for index, module_id in enumerate(cohort.partly_taught):
        if module_id in seen:
            yield source.diagnostic(
                ("partly_taught", index),
                say("C009", entry=module_id, field="partly_taught"),
                severity=Severity.WARNING,
            )
        seen.add(module_id)
        if module_id not in existing:
            suggestion = did_you_mean(module_id, existing)
            yield source.diagnostic(
                ("partly_taught", index),
                say("T011", module=module_id),
                say("did-you-mean", suggestion=suggestion) if suggestion else None,
            )


def _prerequisites_first(
    placed: Sequence[_Placed], source: Document, modules: Mapping[str, Module]
) -> Iterator[Diagnostic]:
    """A module whose first session comes before the first session of a module it
    needs first."""
    first: dict[str, _Placed] = {}
    for item in sorted(placed, key=lambda item: (item.day, item.start)):
        if item.session.module is not None:
            first.setdefault(item.session.module, item)
    for module_id, item in first.items():
        module = modules.get(module_id)
        for prerequisite in module.prerequisites if module else []:
            before = first.get(prerequisite)
            if before is not None and (before.day, before.start) > (item.day, item.start):
                yield source.diagnostic(
                    (*item.location, "module"),
                    say(
                        "T020",
                        module=module_id,
                        day=item.day,
                        prerequisite=prerequisite,
                        first_day=before.day,
                        line=source.position((*before.location, "module")).line,
                    ),
                    severity=Severity.WARNING,
                )


def _slots(placed: Sequence[_Placed]) -> list[_Placed]:
    """The module sessions of a cohort in time order, each slot (day, times, module)
    once however many groups are taught in it at the same time."""
    slots: dict[tuple[date, time, time, str | None], _Placed] = {}
    for item in sorted(placed, key=lambda item: (item.day, item.start)):
        if item.session.module is not None and item.session.minutes > 0:
            slots.setdefault((item.day, item.start, item.end, item.session.module), item)
    return list(slots.values())


def _long_days(
    cohort: Cohort, placed: Sequence[_Placed], source: Document, timing: Timing
) -> Iterator[Diagnostic]:
    per_day: dict[date, int] = defaultdict(int)
    first: dict[date, Location] = {}
    for item in placed:
        if not item.repeated:
            first.setdefault(item.day, item.location[:-2])
    for item in _slots([item for item in placed if not item.repeated]):
        per_day[item.day] += item.session.minutes
    limit = timing.daily_limit(cohort)
    for day, minutes in per_day.items():
        if minutes > limit:
            yield source.diagnostic(
                (*first[day], "date"),
                say(
                    "T021",
                    day=day,
                    length=timing.length(minutes),
                    limit=timing.length(limit),
                    field=timing.daily_field,
                ),
                severity=Severity.WARNING,
            )


def check_rooms_across_cohorts(items: Sequence[ParsedCohort]) -> Iterator[Diagnostic]:
    """Two cohorts booked into the same named room of the same venue at the same time.
    Reported at the session of the cohort whose file comes later, naming the first
    booking of an earlier file that overlaps it."""
    bookings: dict[tuple[str, str, date], list[_Booking]] = defaultdict(list)
    for item in items:
        for p, phase in enumerate(item.cohort.phases):
            for d, day in enumerate(phase.days):
                for s, session in enumerate(day.sessions):
                    venue = session.venue or item.cohort.venue
                    start, end = session.start, session.end
                    if session.room and venue and start and end and start < end:
                        location = ("phases", p, "days", d, "sessions", s)
                        bookings[(venue, session.room, day.date)].append(
                            (item, _Placed(session, location, day.date, start, end, venue))
                        )
    for (venue, room, _), booked in bookings.items():
        first = _first_overlapping([_span(placed) for _, placed in booked])
        cohort_from = 0  # the first booking of the current cohort (a cohort's are together)
        for index, (item, _) in enumerate(booked):
            if index and booked[index - 1][0] is not item:
                cohort_from = index
            if first[index] >= cohort_from:
                continue
            yield _room_clash(booked[index], booked[first[index]], venue, room)


def _room_clash(booking: _Booking, earlier: _Booking, venue: str, room: str) -> Diagnostic:
    """The problem of a `booking` of a room that overlaps an `earlier` one of another
    cohort."""
    item, placed = booking
    other, other_placed = earlier
    line = other.source.position((*other_placed.location, "start")).line
    return item.source.diagnostic(
        (*placed.location, "start"),
        say(
            "T022",
            times=_times(placed),
            cohort=other.cohort.name,
            other_times=_times(other_placed),
            path=other.source.path,
            line=line,
            place=_place(venue, room),
        ),
    )


def _first_overlapping(spans: Sequence[tuple[time, time]]) -> list[int]:
    """For each span (its start before its end), the index of the first span of the list
    that overlaps it, itself included. The spans are taken in the order of their ends;
    those that start before the end are added to a Fenwick tree, over the ends from the
    latest, of the least index; those of them that end after the start are a prefix."""
    ends = sorted({end for _, end in spans})
    least = [len(spans)] * (len(ends) + 1)  # the tree, from position 1
    by_start = sorted(range(len(spans)), key=lambda index: spans[index][0])
    added = 0
    first = [0] * len(spans)
    for index in sorted(range(len(spans)), key=lambda index: spans[index][1]):
        start, end = spans[index]
        while added < len(by_start) and spans[by_start[added]][0] < end:
            other = by_start[added]
            position = len(ends) - bisect_left(ends, spans[other][1])
            while position <= len(ends):
                least[position] = min(least[position], other)
                position += position & -position
            added += 1
        position = len(ends) - bisect_right(ends, start)  # the ends after `start`
        found = len(spans)
        while position > 0:
            found = min(found, least[position])
            position -= position & -position
        first[index] = found
    return first
