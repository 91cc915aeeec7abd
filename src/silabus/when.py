"""Dates, times of day and time zones as trainers write them: read strictly, and
explained when they are written the way people often write them instead."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time
from functools import cache
from typing import Any

from pydantic_core import PydanticCustomError

from silabus.catalogue import Text, say
from silabus.diagnostics import did_you_mean


def problem(message: Text, hint: Text) -> PydanticCustomError:
    """An error whose message and hint are written for the trainer (catalogue Texts,
    put into words when shown); parse.py shows them after the field's name."""
    return PydanticCustomError("silabus", "{message}", {"message": message, "hint": hint})


# Dates

_ISO_DATE = re.compile(r"\s*([0-9]{4})-([0-9]{2})-([0-9]{2})\s*")
_LOOSE_ISO_DATE = re.compile(r"\s*([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})\s*")
_DAY_FIRST_DATE = re.compile(r"\s*([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})\s*")
_WORDED_DATE = re.compile(r"\s*(?:[a-z']+,?\s+)?([0-9]{1,2})\s+([a-z]+)\.?\s+([0-9]{4})\s*", re.I)
_MONTH_NAMES = {
    name: number
    for number, names in enumerate(
        [
            "januari january jan",
            "februari february feb pebruari",
            "maret march mar",
            "april apr",
            "mei may",
            "juni june jun",
            "juli july jul",
            "agustus august agu aug ags",
            "september sep sept",
            "oktober october okt oct",
            "november nov nop",
            "desember december des dec",
        ],
        start=1,
    )
    for name in names.split()
}
# The months, for "{month} {year} has {days} days".
_MONTHS = (
    "timetable.month.january",
    "timetable.month.february",
    "timetable.month.march",
    "timetable.month.april",
    "timetable.month.may",
    "timetable.month.june",
    "timetable.month.july",
    "timetable.month.august",
    "timetable.month.september",
    "timetable.month.october",
    "timetable.month.november",
    "timetable.month.december",
)
# Far enough for any training; calendars and time zones work in these years.
FIRST_YEAR, LAST_YEAR = 1900, 2200


def iso_date(value: Any) -> Any:
    """`2019-03-18`, checked to be a day of the calendar."""
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value  # an empty value is reported as empty
    text = str(value).strip()
    match = _ISO_DATE.fullmatch(text) if isinstance(value, str) else None
    if match is None:
        meant = _meant_date(text) if isinstance(value, str) else None
        hint = (
            say("timetable.hint.write-date-as", date=meant)
            if meant
            else say("timetable.hint.date-form")
        )
        raise problem(say("T023", text=text[:40]), hint)
    year, month, day = (int(part) for part in match.groups())
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise problem(
            say("T024", text=text, first=FIRST_YEAR, last=LAST_YEAR),
            say("timetable.hint.check-year"),
        )
    if not 1 <= month <= 12:
        raise problem(
            say("T025", text=text, month=month),
            say("timetable.hint.date-form"),
        )
    try:
        return date(year, month, day)
    except ValueError:
        days = calendar.monthrange(year, month)[1]
        month_name = say(_MONTHS[month - 1])
        raise problem(
            say("T026", text=text, month=month_name, year=year, days=days),
            say("timetable.hint.check-day"),
        ) from None


def _meant_date(text: str) -> str | None:
    """The date a trainer most likely meant, written year-month-day, if it exists."""
    parts: tuple[str, str | int, str] | None = None
    if loose := _LOOSE_ISO_DATE.fullmatch(text):
        parts = (loose[1], loose[2], loose[3])
    elif day_first := _DAY_FIRST_DATE.fullmatch(text):
        parts = (day_first[3], day_first[2], day_first[1])
    elif (worded := _WORDED_DATE.fullmatch(text)) and worded[2].lower() in _MONTH_NAMES:
        parts = (worded[3], _MONTH_NAMES[worded[2].lower()], worded[1])
    if parts is None:
        return None
    try:
        meant = date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None
    return meant.isoformat()


# Times of day

_CLOCK_TIME = re.compile(r"\s*([0-9]{1,2}):([0-9]{2})\s*")
_OTHER_CLOCK_TIME = re.compile(r"\s*([0-9]{1,2})(?:[.,]|)([0-9]{2})\s*(?:wib|wita|wit)?\s*", re.I)


def clock_time(value: Any) -> Any:
    """`08:30` is half past eight (YAML 1.1 would read it as the number 510)."""
    if value is None or isinstance(value, time):
        return value  # an empty value is reported as empty
    text = str(value).strip()
    match = _CLOCK_TIME.fullmatch(text) if isinstance(value, str) else None
    if match is None:
        other = _OTHER_CLOCK_TIME.fullmatch(text) if isinstance(value, str) else None
        hint = say("timetable.hint.time-form")
        if other and int(other[1]) <= 23 and int(other[2]) <= 59:
            hint = say("timetable.hint.time-colon", time=f"{int(other[1]):02d}:{other[2]}")
        raise problem(say("T027", text=text[:40]), hint)
    hours, minutes = int(match[1]), int(match[2])
    if hours > 23 or minutes > 59:
        raise problem(say("T027", text=text), say("timetable.hint.time-range"))
    return time(hours, minutes)


# Time zones

# The three time zones of Indonesia, by the names people use for them.
TIME_ZONE_ALIASES = {"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}
_INDONESIAN_OFFSETS = {
    7: "Asia/Jakarta (WIB)",
    8: "Asia/Makassar (WITA)",
    9: "Asia/Jayapura (WIT)",
}
# Places whose name is not a zone's name, by the zone they keep.
_PLACES = {
    **dict.fromkeys(
        [
            "aceh",
            "banda-aceh",
            "medan",
            "padang",
            "pekanbaru",
            "jambi",
            "palembang",
            "bengkulu",
            "lampung",
            "bandar-lampung",
            "serang",
            "bandung",
            "semarang",
            "yogyakarta",
            "jogja",
            "surabaya",
            "pangkalpinang",
            "tanjungpinang",
            "batam",
            "palangkaraya",
            "palangka-raya",
        ],
        "Asia/Jakarta",
    ),
    **dict.fromkeys(
        [
            "bali",
            "denpasar",
            "mataram",
            "kupang",
            "ntb",
            "ntt",
            "banjarmasin",
            "samarinda",
            "balikpapan",
            "tarakan",
            "manado",
            "gorontalo",
            "palu",
            "kendari",
            "mamuju",
            "sulawesi",
        ],
        "Asia/Makassar",
    ),
    **dict.fromkeys(
        [
            "papua",
            "ambon",
            "maluku",
            "ternate",
            "sofifi",
            "manokwari",
            "sorong",
            "merauke",
            "timika",
        ],
        "Asia/Jayapura",
    ),
}
_OFFSET = re.compile(r"\s*(?:utc|gmt)\s*([+-])\s*([0-9]{1,2})(?::?([0-9]{2}))?\s*", re.I)
_ETC_OFFSET = re.compile(r"etc/gmt([+-])([0-9]{1,2})", re.I)


@cache
def _zones() -> dict[str, str]:
    """Every zone of the time zone database by its name in lower case; names of
    files that are not places (localtime, posixrules, posix/..., right/...) left out."""
    from zoneinfo import available_timezones

    return {
        name.lower(): name
        for name in available_timezones()
        if name not in {"localtime", "Factory"} and not name.startswith(("posix", "right/"))
    }


def time_zone(value: Any) -> Any:
    """A zone of the time zone database, such as Asia/Jakarta; WIB, WITA and WIT too."""
    if not isinstance(value, str):
        return value
    written = value.strip()
    name = TIME_ZONE_ALIASES.get(written.upper(), written)
    if etc := _ETC_OFFSET.fullmatch(name):
        actual = "-" if etc[1] == "+" else "+"
        raise problem(
            say("T028", name=name, sign=actual, hours=etc[2]),
            _offset_hint(int(f"{etc[1]}{etc[2]}")),  # what the trainer most likely meant
        )
    if offset := _OFFSET.fullmatch(name):
        raise problem(
            say("T029", name=name),
            _offset_hint(int(f"{offset[1]}{offset[2]}")),
        )
    known = _zones().get(name.lower())
    if known is not None:
        return known
    raise problem(say("T030", name=name[:60]), _zone_hint(name))


def _offset_hint(hours: int) -> Text:
    if hours in _INDONESIAN_OFFSETS:
        return say("timetable.hint.indonesian-offset", hours=hours, zone=_INDONESIAN_OFFSETS[hours])
    return say("timetable.hint.place-zone")


def _zone_hint(name: str) -> Text:
    place = re.sub(r"[\s_]+", "-", name.lower().split("/")[-1])
    if place in _PLACES:
        return say("timetable.hint.zone-for-place", name=name, zone=_PLACES[place])
    by_place = {zone.split("/")[-1]: zone for zone in _zones()}
    meant = by_place.get(place.replace("-", "_")) or did_you_mean(name.lower()[:80], _zones())
    if meant:
        return say("did-you-mean", suggestion=_zones()[meant])
    return say("timetable.hint.indonesian-zones")
