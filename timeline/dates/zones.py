"""Time-zone abbreviations as news sites print them, and how we read them.

An abbreviation names either a region (``ET`` is America/New_York, whose offset follows daylight
saving time) or a fixed offset (``EST`` is always UTC-05:00). A few abbreviations mean different
zones in different countries; the project's ``timezones:`` setting fixes them, and without it we
take the reading in ``AMBIGUOUS`` and say so in a warning.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timeline.errors import DateError

#: Abbreviations of region zones: the offset depends on the date.
REGIONS: dict[str, str] = {
    "JST": "Asia/Tokyo", "KST": "Asia/Seoul", "HKT": "Asia/Hong_Kong", "SGT": "Asia/Singapore",
    "PHT": "Asia/Manila", "WIB": "Asia/Jakarta", "ICT": "Asia/Bangkok", "PKT": "Asia/Karachi",
    "MSK": "Europe/Moscow", "SAST": "Africa/Johannesburg", "EAT": "Africa/Nairobi",
    "WAT": "Africa/Lagos", "CAT": "Africa/Maputo", "ET": "America/New_York",
    "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles",
    "AET": "Australia/Sydney", "NZT": "Pacific/Auckland", "UK": "Europe/London",
    "CET": "Europe/Paris", "CEST": "Europe/Paris", "EET": "Europe/Athens",
    "EEST": "Europe/Athens", "WET": "Europe/Lisbon", "WEST": "Europe/Lisbon",
    "AWST": "Australia/Perth", "ACST": "Australia/Adelaide", "AEST": "Australia/Brisbane",
    "AEDT": "Australia/Sydney", "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland",
    "ART": "America/Argentina/Buenos_Aires", "BRT": "America/Sao_Paulo", "GST": "Asia/Dubai",
    "IDT": "Asia/Jerusalem", "HST": "Pacific/Honolulu", "AKST": "America/Anchorage",
    "AKDT": "America/Anchorage", "UTC": "UTC", "GMT": "UTC", "Z": "UTC", "UT": "UTC",
}

#: Abbreviations of fixed offsets, in hours east of UTC.
FIXED: dict[str, float] = {
    "EST": -5, "EDT": -4, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
}

#: Abbreviations with more than one common reading: (the reading we take, the others).
AMBIGUOUS: dict[str, tuple[str, tuple[str, ...]]] = {
    "IST": ("Asia/Kolkata", ("Europe/Dublin", "Asia/Jerusalem")),
    "CST": ("America/Chicago", ("Asia/Shanghai", "America/Havana")),
    "BST": ("Europe/London", ("Asia/Dhaka",)),
    "AST": ("America/Halifax", ("Asia/Riyadh",)),
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


def resolve(abbr: str, configured: Mapping[str, str]) -> tuple[tzinfo, str | None]:
    """The zone an abbreviation or numeric offset names, and a warning when we had to guess.

    ``configured`` (the project's ``timezones:`` setting) wins over every table.
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
        warning = (f"ambiguous zone abbreviation {key} read as {reading} (it may also mean "
                   f"{' or '.join(others)}); set timezones: in timeline.yaml")
        return zone(reading), warning
    m = _OFFSET.fullmatch(key)
    if m:
        hours = int(m.group(2)) + int(m.group(3) or 0) / 60
        return fixed(-hours if m.group(1) == "-" else hours), None
    raise DateError(f"unknown time zone {abbr!r}")

