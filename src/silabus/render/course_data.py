"""schema.org data about the program, its modules and its cohorts, for search
engines and course catalogues: a `Course` on the program page, each cohort as a
`CourseInstance` of it (on its own page, and listed on the program page), and on
each module page a `Course` that is part of the program's, with the cohorts that
teach it as its instances.

The data is plain JSON-LD (https://schema.org/Course) with what Google's course
info result asks for where the curriculum says it: a description, the provider
(the organizer, with its website), the fee as an offer (only when the program
writes one), and for each instance its mode, its workload and its instructors.
The engine adapter puts it into the page's <head>.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from fractions import Fraction
from typing import Any

from markupsafe import Markup

from silabus.model import Cohort, Curriculum, Day, Leader, Module, Session
from silabus.render.schedule import TEACHING, known_role
from silabus.render.text import html_json
from silabus.rich_text import to_html

# How a cohort is taught, from the kinds of its phases (schema.org courseMode and
# the Event attendance modes CourseInstance inherits).
_ONLINE_PHASES = {"distance", "e_learning"}
_MODES = {
    "onsite": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "blended": "https://schema.org/MixedEventAttendanceMode",
}


# Licences known by name, as people write them ("CC BY 4.0") or as SPDX does
# ("CC-BY-4.0"), by their text's address.
_CREATIVE_COMMONS = {
    f"cc-{kind}-{version}": f"https://creativecommons.org/licenses/{kind}/{version}/"
    for kind in ("by", "by-sa", "by-nc", "by-nc-sa", "by-nd", "by-nc-nd")
    for version in ("4.0", "3.0", "2.0")
}
_LICENCES = {
    **_CREATIVE_COMMONS,
    "cc0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
    "cc0": "https://creativecommons.org/publicdomain/zero/1.0/",
    "mit": "https://opensource.org/license/mit",
    "apache-2.0": "https://www.apache.org/licenses/LICENSE-2.0",
}


def licence_address(licence: str | None) -> str | None:
    """The address of a licence's text: the licence itself when written as an http(s)
    address, else that of a licence known by its name (CC BY 4.0, CC0, MIT,
    Apache 2.0), else None."""
    if not licence:
        return None
    if re.fullmatch(r"https?://[^\s<>\"]+", licence):
        return licence
    name = re.sub(r"[\s_-]+", "-", licence.strip().lower()).removesuffix("-international")
    name = re.sub(r"^(creative-commons|cc)-?(attribution|by)", "cc-by", name)
    name = re.sub(r"^apache(-license)?-?(version-)?2(\.0)?$", "apache-2.0", name)
    name = re.sub(r"^mit(-license)?$", "mit", name)
    return _LICENCES.get(name)


def program_data(curriculum: Curriculum, addresses: dict[str, str | None]) -> dict[str, Any]:
    """The program as a schema.org Course, with every cohort as an instance of it.
    `addresses` maps "program" and each cohort id to its public address, if known."""
    course = _course(curriculum, addresses.get("program"))
    instances = [
        _instance(curriculum, cohort, addresses.get(cohort.id))
        for cohort in curriculum.cohorts.values()
    ]
    if instances:
        course["hasCourseInstance"] = instances
    return course


def cohort_data(
    curriculum: Curriculum, cohort: Cohort, addresses: dict[str, str | None]
) -> dict[str, Any]:
    """A cohort's page: the Course with this one CourseInstance."""
    course = _course(curriculum, addresses.get("program"))
    course["hasCourseInstance"] = [_instance(curriculum, cohort, addresses.get(cohort.id))]
    return course


def module_data(
    curriculum: Curriculum, module: Module, address: str | None, addresses: dict[str, str | None]
) -> dict[str, Any]:
    """A module's page: the module as a Course that is part of the program's, with each
    cohort that teaches it as an instance (its dates, instructors and time there). A
    module is offered on its own only when the program is free: a fee is the whole
    program's."""
    program = curriculum.program
    course: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Course",
        "name": module.title,
        "courseCode": module.id,
        "inLanguage": program.language,
    }
    description = module.summary or _plain(module.description)
    if description:
        course["description"] = description
    # A fee is for the whole program: a module has an offer only when it is free.
    offered = program.fee is not None and program.fee.free
    course.update(_shared(curriculum, curriculum.module_minutes(module), address, offered))
    whole: dict[str, Any] = {"@type": "Course", "name": program.title, "courseCode": program.id}
    if addresses.get("program"):
        whole["url"] = addresses["program"]
    course["isPartOf"] = whole
    instances = [
        _module_instance(curriculum, cohort, days, addresses.get(cohort.id))
        for cohort, days in curriculum.cohorts_teaching(module)
    ]
    if instances:
        course["hasCourseInstance"] = instances
    return course


def json_ld(data: dict[str, Any]) -> Markup:
    """A <script> element holding `data` (see render.text.html_json)."""
    return Markup(f'<script type="application/ld+json">{html_json(data)}</script>')


def _shared(
    curriculum: Curriculum, minutes: int, address: str | None, offered: bool
) -> dict[str, Any]:
    """What the program's Course and a module's say alike: who provides it, its
    offer, its length, its address and its licence, as far as they are known."""
    program = curriculum.program
    found: dict[str, Any] = {}
    provider = _provider(curriculum)
    if provider:
        found["provider"] = provider
    if offered:
        found["offers"] = [_offer(curriculum)]
    if minutes:
        found["timeRequired"] = _duration(minutes)
    if address:
        found["url"] = address
    licence = licence_address(program.license)
    if licence:
        found["license"] = licence
    return found


def _course(curriculum: Curriculum, address: str | None) -> dict[str, Any]:
    program = curriculum.program
    minutes = sum(map(curriculum.module_minutes, curriculum.modules.values()))
    course: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Course",
        "name": program.title,
        "courseCode": program.id,
        "inLanguage": program.language,
    }
    description = _plain(program.description)
    if description:
        course["description"] = description
    course.update(_shared(curriculum, minutes, address, program.fee is not None))
    course["syllabusSections"] = [
        {
            "@type": "Syllabus",
            "name": module.title,
            **({"description": module.summary} if module.summary else {}),
            "timeRequired": _duration(curriculum.module_minutes(module)),
        }
        for module in curriculum.program_modules
    ]
    return course


def _provider(curriculum: Curriculum) -> dict[str, Any] | None:
    """The organizer as an Organization, with its website (`sameAs` is where Google
    reads it)."""
    program = curriculum.program
    if not program.organizer:
        return None
    provider: dict[str, Any] = {"@type": "Organization", "name": program.organizer}
    if program.organizer_url:
        provider["url"] = provider["sameAs"] = program.organizer_url
    return provider


def _offer(curriculum: Curriculum) -> dict[str, Any]:
    """The program's fee per participant as an Offer: Google's category (Free or
    Paid) and, for a fee, its amount and currency."""
    fee = curriculum.program.fee
    assert fee is not None
    if fee.free:
        return {"@type": "Offer", "category": "Free", "price": 0}
    return {
        "@type": "Offer",
        "category": "Paid",
        "price": int(fee.amount) if fee.amount == fee.amount.to_integral() else float(fee.amount),
        "priceCurrency": fee.currency,
    }


def _mode(cohort: Cohort) -> str:
    kinds = {phase.kind for phase in cohort.phases}
    online = kinds & _ONLINE_PHASES
    return "online" if online == kinds and kinds else "blended" if online else "onsite"


def _module_instance(
    curriculum: Curriculum,
    cohort: Cohort,
    days: list[tuple[Day, list[Session]]],
    address: str | None,
) -> dict[str, Any]:
    """A cohort's teaching of one module: the days of its sessions, who leads them,
    and how long they last."""
    mode = _mode(cohort)
    sessions = [session for _, day_sessions in days for session in day_sessions]
    instance: dict[str, Any] = {
        "@type": "CourseInstance",
        "name": cohort.name,
        "startDate": days[0][0].date.isoformat(),
        "endDate": days[-1][0].date.isoformat(),
        "courseMode": mode,
        "eventAttendanceMode": _MODES[mode],
        "inLanguage": curriculum.program.language,
    }
    if cohort.venue and mode != "online":
        instance["location"] = {"@type": "Place", "name": cohort.venue, "address": cohort.venue}
    instructors = _teaching_names(leader for session in sessions for leader in session.leaders)
    if instructors:
        instance["instructor"] = [{"@type": "Person", "name": name} for name in instructors]
    minutes = sum(map(curriculum.session_minutes, sessions))
    if minutes:
        instance["courseWorkload"] = _duration(minutes)
    if address:
        instance["url"] = address
    return instance


def _instance(curriculum: Curriculum, cohort: Cohort, address: str | None) -> dict[str, Any]:
    mode = _mode(cohort)
    instance: dict[str, Any] = {
        "@type": "CourseInstance",
        "name": cohort.name,
        "startDate": cohort.start.isoformat(),
        "endDate": cohort.end.isoformat(),
        "courseMode": mode,
        "eventAttendanceMode": _MODES[mode],
        "inLanguage": curriculum.program.language,
    }
    if cohort.venue and mode != "online":
        instance["location"] = {"@type": "Place", "name": cohort.venue, "address": cohort.venue}
    if cohort.participants:
        instance["maximumAttendeeCapacity"] = cohort.participants
    instructors = _instructors(cohort)
    if instructors:
        instance["instructor"] = [{"@type": "Person", "name": name} for name in instructors]
    # Before its timetable is written, a cohort takes the program's whole length.
    minutes = sum(curriculum.scheduled_minutes(cohort).values()) or curriculum.total_minutes
    if minutes:
        instance["courseWorkload"] = _duration(minutes)
    if address:
        instance["url"] = address
    return instance


def _instructors(cohort: Cohort) -> list[str]:
    """The names of those who teach the cohort, each once: its staff, its phases'
    staff and the leaders of its module sessions, whose role is to teach (trainers,
    instructors, facilitators, guest speakers, or a role Silabus does not know)."""
    people = [
        *cohort.staff,
        *(leader for phase in cohort.phases for leader in phase.staff),
        *(
            leader
            for _, _, session in cohort.sessions()
            if session.module is not None
            for leader in session.leaders
        ),
    ]
    return _teaching_names(people)


def _teaching_names(people: Iterable[Leader]) -> list[str]:
    """The names of those whose role is to teach, each once, in order."""
    return list(
        dict.fromkeys(
            leader.name for leader in people if known_role(leader.role) in TEACHING | {None}
        )
    )


def _duration(minutes: Fraction | int) -> str:
    """ISO 8601 duration of whole minutes: PT117H, PT11H15M."""
    hours, rest = divmod(round(minutes), 60)
    return f"PT{hours}H{rest}M" if rest else f"PT{hours}H"


def _plain(markdown: str) -> str:
    """Markdown text as one line of plain text."""
    return " ".join(Markup(to_html(markdown)).striptags().split()) if markdown else ""
