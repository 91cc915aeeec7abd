"""Cohort timetables as the pages and calendars show them: sessions in time order,
with their local times, labels and places."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from silabus.model import Cohort, Curriculum, Day, Leader, Module, Phase, Session


@dataclass(frozen=True)
class ScheduledSession:
    """A session with what every page and calendar needs to show it."""

    session: Session
    day: date
    starts: datetime  # aware, in the cohort's time zone
    ends: datetime
    module: Module | None
    minutes: int  # of a module; 0 for an activity
    calendar_location: str | None  # room and venue
    timetable_place: str | None  # room, and the venue when it is not the cohort's

    @property
    def is_break(self) -> bool:
        return self.session.activity == "break"


@dataclass(frozen=True)
class ScheduledDay:
    day: Day
    sessions: list[ScheduledSession]

    @property
    def minutes(self) -> int:
        """The day's minutes of modules; groups taught the same module at the same time
        count once."""
        slots = {
            (item.session.start, item.session.end, item.session.module): item.minutes
            for item in self.sessions
        }
        return sum(slots.values())


@dataclass(frozen=True)
class ScheduledPhase:
    phase: Phase
    days: list[ScheduledDay]

    @property
    def minutes(self) -> int:
        return sum(day.minutes for day in self.days)


def timetable(curriculum: Curriculum, cohort: Cohort) -> list[ScheduledPhase]:
    """The cohort's phases, days and sessions in time order."""
    return [
        ScheduledPhase(
            phase,
            [
                ScheduledDay(day, _sessions(curriculum, cohort, day))
                for day in sorted(phase.days, key=lambda day: day.date)
            ],
        )
        for phase in sorted(cohort.phases, key=lambda phase: (phase.start, phase.end))
    ]


def _sessions(curriculum: Curriculum, cohort: Cohort, day: Day) -> list[ScheduledSession]:
    zone = cohort.zone
    return [
        ScheduledSession(
            session=session,
            day=day.date,
            starts=datetime.combine(day.date, session.start, zone),
            ends=datetime.combine(day.date, session.end, zone),
            module=curriculum.modules.get(session.module) if session.module else None,
            minutes=curriculum.session_minutes(session),
            calendar_location=_joined(session.room, session.venue or cohort.venue),
            timetable_place=_joined(
                session.room, session.venue if session.venue != cohort.venue else None
            ),
        )
        for session in sorted(day.sessions, key=lambda session: (session.start, session.end))
    ]


def _joined(*parts: str | None) -> str | None:
    return ", ".join(part for part in parts if part) or None


def session_title(item: ScheduledSession, labels: Mapping[str, str]) -> str:
    """What a session is called: its title, else its module's title, else its activity."""
    if item.session.title:
        return item.session.title
    if item.module is not None:
        return item.module.title
    return labels[f"activity.{item.session.activity}"]


def all_sessions(curriculum: Curriculum, cohort: Cohort) -> list[ScheduledSession]:
    return [
        session
        for phase in timetable(curriculum, cohort)
        for day in phase.days
        for session in day.sessions
    ]


# The roles the schema names, in Indonesian and in English, by their label's key:
# shown in the site's language whichever language the curriculum wrote them in.
KNOWN_ROLES: dict[str, str] = {
    "widyaiswara": "trainer",
    "trainer": "trainer",
    "fasilitator": "facilitator",
    "facilitator": "facilitator",
    "narasumber": "speaker",
    "guest speaker": "speaker",
    "speaker": "speaker",
    "coach": "coach",
    "mentor": "mentor",
    "penguji": "examiner",
    "examiner": "examiner",
    "panitia": "committee",
    "committee": "committee",
}


def leader_text(leader: Leader, labels: Mapping[str, str]) -> str:
    """A leader as the pages show them: Widyaiswara: Dr. Rina Marpaung. A role the
    schema names is shown in the site's language; another as it was written."""
    known = KNOWN_ROLES.get(" ".join(leader.role.lower().split()))
    role = labels[f"role.{known}"] if known else leader.role[:1].upper() + leader.role[1:]
    return f"{role}: {leader.name}"


def session_notes(sessions: list[Session]) -> list[str]:
    """What a module page says about a day's sessions of the module besides their
    times: their titles, or where they are held when that is not the usual place."""
    notes = [session.title or session.venue for session in sessions]
    return list(dict.fromkeys(note for note in notes if note))
