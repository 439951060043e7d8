"""Time-zone abbreviations as news sites print them, and how we read them.

The tables are data. An abbreviation names either a place (``ET`` is America/New_York, whose
offset follows daylight saving time on the date printed; ``JST`` is Asia/Tokyo) or one of the
two offsets of a place that changes its clocks (``EST`` is always UTC-05:00, ``AEDT`` always
UTC+11:00: the abbreviation itself says which half of the year it is). A few abbreviations mean
different zones in different countries; the project's ``timezones:`` setting fixes them, and
without it we take the reading in ``AMBIGUOUS`` and say so in a warning. An abbreviation in none
of the tables is never read as UTC in silence: ``resolve`` falls back to the project's zone and
says which abbreviation it did not know.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timeline.errors import DateError

#: Abbreviations of a place's local time: the offset is the place's on the date printed.
REGIONS: dict[str, str] = {
    # generic US and Australian names that span both halves of the year
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
    "PT": "America/Los_Angeles", "AKT": "America/Anchorage", "AET": "Australia/Sydney",
    "NZT": "Pacific/Auckland", "UK": "Europe/London",
    # places whose clocks do not change (today), named by their one abbreviation
    "JST": "Asia/Tokyo", "KST": "Asia/Seoul", "HKT": "Asia/Hong_Kong",
    "SGT": "Asia/Singapore", "MYT": "Asia/Kuala_Lumpur", "PHT": "Asia/Manila",
    "WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura",
    "ICT": "Asia/Bangkok", "PKT": "Asia/Karachi", "NPT": "Asia/Kathmandu",
    "MSK": "Europe/Moscow", "TRT": "Europe/Istanbul", "SAST": "Africa/Johannesburg",
    "EAT": "Africa/Nairobi", "WAT": "Africa/Lagos", "CAT": "Africa/Maputo",
    "ART": "America/Argentina/Buenos_Aires", "BRT": "America/Sao_Paulo",
    "COT": "America/Bogota", "PET": "America/Lima", "VET": "America/Caracas",
    "BOT": "America/La_Paz", "UYT": "America/Montevideo",
}

#: Abbreviations of one fixed offset, in hours east of UTC.
FIXED: dict[str, float] = {
    "UTC": 0, "GMT": 0, "UT": 0, "Z": 0,
    # Europe
    "WET": 0, "WEST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3,
    # Middle East and South Asia
    "IDT": 3, "IRST": 3.5, "AFT": 4.5,
    # Australia and New Zealand
    "AWST": 8, "ACST": 9.5, "ACDT": 10.5, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
    # North America
    "NST": -3.5, "NDT": -2.5, "ADT": -3, "EST": -5, "EDT": -4, "CDT": -5, "MST": -7,
    "MDT": -6, "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10,
    # South America
    "CLT": -4, "CLST": -3, "PYT": -4,
}

#: Abbreviations with more than one common reading: (the reading we take, the others).
AMBIGUOUS: dict[str, tuple[str, tuple[str, ...]]] = {
    "IST": ("Asia/Kolkata", ("Europe/Dublin", "Asia/Jerusalem")),
    "CST": ("America/Chicago", ("Asia/Shanghai", "America/Havana")),
    "BST": ("Europe/London", ("Asia/Dhaka",)),
    "AST": ("America/Halifax", ("Asia/Riyadh",)),
    "GST": ("Asia/Dubai", ("Atlantic/South_Georgia",)),
}

KNOWN: frozenset[str] = frozenset({*REGIONS, *FIXED, *AMBIGUOUS})

_OFFSET = re.compile(r"(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?")


@lru_cache(maxsize=256)
def zone(name: str) -> tzinfo:
    """The tzinfo of an IANA name; DateError when there is no such zone."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise DateError(f"unknown time zone {name!r}; expected an IANA name such as "
                        "'Asia/Tokyo'") from exc


def fixed(hours: float, name: str | None = None) -> tzinfo:
    offset = timedelta(minutes=round(hours * 60))
    if name is None:
        return UTC if hours == 0 else timezone(offset)
    return timezone(offset, name)


def resolve(abbr: str, configured: Mapping[str, str], fallback: str | None = None,
            prefer: str | None = None) -> tuple[tzinfo, str | None]:
    """The zone an abbreviation or numeric offset names, and a warning when we had to guess.

    ``configured`` (the project's ``timezones:`` setting) wins over every table. An ambiguous
    abbreviation one of whose places is ``prefer`` (the project's zone) means that place. An
    abbreviation in no table is read as the IANA zone ``fallback`` with a warning naming it;
    without a fallback it is a DateError.
    """
    key = abbr.strip().upper()
    if key in configured:
        return zone(configured[key]), None
    if key in REGIONS:
        return zone(REGIONS[key]), None
    if key in FIXED:
        return fixed(FIXED[key], key), None
    if key in AMBIGUOUS:
        reading, others = AMBIGUOUS[key]
        if prefer in (reading, *others):  # BST in a project set in Europe/London
            return zone(prefer), None
        warning = (f"ambiguous zone abbreviation {key} read as {reading} (it may also mean "
                   f"{' or '.join(others)}); set timezones: in timeline.yaml")
        return zone(reading), warning
    m = _OFFSET.fullmatch(key)
    if m:
        hours = int(m.group(2)) + int(m.group(3) or 0) / 60
        return fixed(-hours if m.group(1) == "-" else hours), None
    if fallback is None:
        raise DateError(f"unknown time zone {abbr!r}")
    return zone(fallback), (f"unknown zone abbreviation {key} read as {fallback}, the project's "
                            f"zone; set timezones: {{{key}: <IANA name>}} in timeline.yaml")
