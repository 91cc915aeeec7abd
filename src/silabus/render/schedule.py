"""Cohort timetables as the pages and calendars show them: sessions in time order,
with their local times, labels and places."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from silabus.model import Cohort, Curriculum, Day, Leader, Module, Phase, Session


@dataclass(frozen=True)
class ScheduledSession:
    """A session with what every page and calendar needs to show it."""

    session: Session
    day: date
    starts: datetime | None  # aware, in the cohort's time zone; None for an untimed item
    ends: datetime | None
    module: Module | None
    minutes: int  # of a module; 0 for an activity
    calendar_location: str | None  # room and venue
    timetable_place: str | None  # room, and the venue when it is not the cohort's
    # Who leads it as calendars and course data list them: its own leaders, then the
    # staff of its phase and of the cohort, each person once.
    people: tuple[Leader, ...] = ()
    day_notes: str = ""  # the Markdown notes of its day

    @property
    def is_break(self) -> bool:
        return self.session.activity == "break"

    @property
    def untimed(self) -> bool:
        return self.starts is None or self.ends is None


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
                ScheduledDay(day, _sessions(curriculum, cohort, phase, day))
                for day in sorted(phase.days, key=lambda day: day.date)
            ],
        )
        for phase in sorted(cohort.phases, key=lambda phase: (phase.start, phase.end))
    ]


def _sessions(
    curriculum: Curriculum, cohort: Cohort, phase: Phase, day: Day
) -> list[ScheduledSession]:
    """The day's sessions, its untimed items first (in the order written), then the
    others by the clock."""
    zone = cohort.zone
    return [
        ScheduledSession(
            session=session,
            day=day.date,
            starts=datetime.combine(day.date, session.start, zone) if session.start else None,
            ends=datetime.combine(day.date, session.end, zone) if session.end else None,
            module=curriculum.modules.get(session.module) if session.module else None,
            minutes=curriculum.session_minutes(session),
            # An item without a time is where it says, not at the cohort's venue.
            calendar_location=_joined(
                session.room, session.venue or (cohort.venue if session.timed else None)
            ),
            timetable_place=_joined(
                session.room, session.venue if session.venue != cohort.venue else None
            ),
            people=people_of(session, phase, cohort),
            day_notes=day.notes,
        )
        for session in sorted(day.sessions, key=lambda session: session.order)
    ]


def people_of(session: Session, phase: Phase, cohort: Cohort) -> tuple[Leader, ...]:
    """A session's leaders, then the staff of its phase and of its cohort, whom it
    inherits; a person named twice with the same role is listed once."""
    return tuple(dict.fromkeys([*session.leaders, *phase.staff, *cohort.staff]))


def _joined(*parts: str | None) -> str | None:
    return ", ".join(part for part in parts if part) or None


def session_title(item: ScheduledSession, labels: Mapping[str, str]) -> str:
    """What a session is called: its title, else its module's title, else its activity.
    A title in brackets, such as "(continued)", follows its module's title."""
    title = item.session.title
    if title and item.module is not None and _in_brackets(title):
        return f"{item.module.title} {title}"
    if title:
        return title
    if item.module is not None:
        return item.module.title
    return labels[f"activity.{item.session.activity}"]


def module_named_apart(item: ScheduledSession) -> bool:
    """Whether the session's module is named under its title: only when the title does
    not already name it (it is the module's title, begins with it, or is in brackets
    after it)."""
    title = item.session.title
    return item.module is not None and title is not None and not names_module(title, item.module)


def names_module(title: str, module: Module) -> bool:
    """Whether a session's `title` names its module: "Intro", "Intro (continued)",
    "intro: exercises", or only "(continued)", for the module "Intro"."""
    if _in_brackets(title):
        return True
    written, name = _folded(title), _folded(module.title)
    return written == name or (written.startswith(name) and not written[len(name)].isalnum())


def _in_brackets(title: str) -> bool:
    return title.startswith("(") and title.endswith(")")


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


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
    "instruktur": "instructor",
    "instructor": "instructor",
    "asisten": "helper",
    "helper": "helper",
    "assistant": "helper",
}
# The roles of people who teach: a course's instructors (with roles Silabus does not
# know); helpers, coaches, mentors, examiners and the committee are not.
TEACHING = frozenset({"trainer", "instructor", "facilitator", "speaker"})


def leader_text(leader: Leader, labels: Mapping[str, str]) -> str:
    """A leader as the pages show them: Widyaiswara: Dr. Rina Marpaung. A role the
    schema names is shown in the site's language; another as it was written."""
    return f"{role_text(leader.role, labels)}: {leader.name}"


def role_text(role: str, labels: Mapping[str, str]) -> str:
    known = known_role(role)
    return labels[f"role.{known}"] if known else role[:1].upper() + role[1:]


def known_role(role: str) -> str | None:
    """The label key of a role the schema names, in either language."""
    return KNOWN_ROLES.get(" ".join(role.lower().split()))


def session_notes(sessions: list[Session], module: Module | None = None) -> list[str]:
    """What a module page says about a day's sessions of the module besides their
    times: their titles (unless a title only names the `module` again), or where they
    are held when that is not the usual place."""
    notes = [
        session.title
        if session.title and not (module and names_module(session.title, module))
        else session.venue
        for session in sessions
    ]
    return list(dict.fromkeys(note for note in notes if note))


def staff_lines(leaders: Sequence[Leader], labels: Mapping[str, str]) -> list[str]:
    """Staff as the cohort page lists them once: one line for each role, in the order
    written, with its people: "Helper: Ana, Budi"."""
    by_role: dict[str, list[str]] = {}
    written: dict[str, str] = {}
    for leader in leaders:
        key = role_text(leader.role, labels)
        written.setdefault(key, leader.role)
        names = by_role.setdefault(key, [])
        if leader.name not in names:
            names.append(leader.name)
    return [
        f"{_role_heading(written[key], len(names), labels)}: {', '.join(names)}"
        for key, names in by_role.items()
    ]


def _role_heading(role: str, count: int, labels: Mapping[str, str]) -> str:
    """A known role in the site's language, in the plural for several people
    ("Helpers"); another role as it was written."""
    known = known_role(role)
    if known and count > 1:
        return labels[f"roles.{known}"]
    return role_text(role, labels)
