"""Datelines: the printed publication time of an article, read to an aware datetime.

English forms are read by one regular expression (``17:48 JST, May 10, 2022``, ``Posted: 01:15
JST, Wednesday, June 15, 2022``, ``Tue 14 Mar 2023 09.30 GMT``, ``Sept. 30, 2024, 6:00 PM ET``,
wire leads such as ``WASHINGTON, March 3, 2023 (Reuters) -``), RFC 2822 and ISO 8601 by the
standard library, and other languages by dateparser with every clock-dependent default pinned.
A string that opens with an English date is never handed to dateparser.
"""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass
from datetime import datetime, time, tzinfo
from itertools import pairwise

from timeline.dates import words
from timeline.dates.grammar import alternation
from timeline.dates.rules import month_number
from timeline.dates.settings import DEFAULT_SETTINGS, DateSettings
from timeline.dates.zones import KNOWN, resolve, zone
from timeline.errors import DateError

EXAMPLE = '"17:48 JST, May 10, 2022"'


@dataclass(frozen=True)
class Dateline:
    """A dateline as printed (``text``, at ``start:end`` of the string given) and its moment.

    ``when`` is aware and in the dateline's own zone. When the dateline gives a day but no clock
    time, ``time_known`` is False and ``when`` is midnight local time.
    """

    text: str
    start: int
    end: int
    when: datetime
    time_known: bool
    warnings: tuple[str, ...] = ()


_MONTH = (rf"(?:{alternation(words.MONTHS)}|{alternation(words.MONTH_ABBREVIATIONS)})\.?")
_WEEKDAY = (rf"(?:{alternation(words.WEEKDAYS)}|"
            rf"{alternation(words.WEEKDAY_ABBREVIATIONS)})\.?")
#: A zone: a known abbreviation, a numeric offset, or any other run of two to five capitals
#: (read with a warning that names it, never silently as UTC).
_ZONE = (rf"(?:(?:UTC|GMT)\s?[+-]\d{{1,2}}(?::?\d\d)?|{alternation(KNOWN)}"
         r"|[+-]\d\d:?\d\d|(?-i:[A-Z]{2,5}))")
_TIME = (r"(?P<@h>2[0-3]|[01]?\d)(?:(?P<@sep>[:.h])(?P<@mi>[0-5]\d)(?::(?P<@s>[0-5]\d))?)?\s*"
         r"(?P<@ap>[ap]\.?\s?m\b\.?)?(?:\s*Uhr\b)?"  # German "17:48 Uhr"
         rf"(?:\s*\(?(?P<@z>{_ZONE})\)?(?!\w))?")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"\d{4}(?!\d)"
_DATE = (
    rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?"
    rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?"
    rf"|(?P<d2>{_DAY})\.?\s+(?P<m2>{_MONTH}),?(?:\s+(?P<y2>{_YEAR}))?"
    rf"|(?P<y3>\d{{4}})-(?P<m3>\d\d)-(?P<d3>\d\d)"
    rf"|(?P<n1>\d{{1,2}})(?P<ns>[./])(?P<n2>\d{{1,2}})(?P=ns)(?P<y4>\d{{4}}))"
)
_LABEL = (r"(?:(?:posted|updated|published|last\s+(?:updated|modified)|first\s+published|modified)"
          r"(?:\s+on)?\s*:?\s*)?")
_SEP = r"(?:\s*(?:[,|•·]|/{1,2})\s*|\s+(?:at\s+)?|\s*-\s*)"

_DATELINE = re.compile(
    rf"(?i){_LABEL}"
    rf"(?:{_TIME.replace('@', 'a')}{_SEP})?"
    rf"{_DATE}"
    rf"(?:{_SEP}{_TIME.replace('@', 'b')})?"
)

_TRIM = " \t\r\n,.;:-–—|()[]"
#: An outlet's name printed after a dateline: "/ CBS News", "| Reuters" (no digits, short).
_OUTLET = re.compile(r"\s*[/|•·]\s*[^\W\d][^\d/|•·]{0,39}")
#: "10 May 2022 • 3 min read": a reading time after the date is not part of it.
_READING_TIME = re.compile(r"\s*[•·|–—-]\s*\d+\s*min(?:ute)?s?\.?\s+read\s*$", re.IGNORECASE)
#: Chinese, Japanese and Korean: "2022年5月10日 17時48分", "2022년 5월 10일 17:48".
_CJK = re.compile(
    r"(?P<y>\d{4})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]"
    r"(?:\s*(?:\([^)]{1,3}\)|（[^）]{1,3}）))?"  # the weekday: "(火)"
    r"(?:\s*(?:午前|午後|오전|오후)?\s*(?P<h>\d{1,2})\s*(?:[時시:])\s*(?P<mi>\d{2})\s*[分분]?)?$"
)
_HAS_DIGIT = re.compile(r"\d")


def _clock(m: re.Match[str], p: str) -> tuple[time, str | None] | None:
    hour = m.group(p + "h")
    if hour is None:
        return None
    minute, ampm = m.group(p + "mi"), m.group(p + "ap")
    if minute is None and ampm is None:
        return None  # a bare number is not a time
    h = int(hour)
    if ampm:
        if h < 1 or h > 12:
            return None
        h = h % 12 + (12 if ampm.lower().startswith("p") else 0)
    return time(h, int(minute or 0), int(m.group(p + "s") or 0)), m.group(p + "z")


def _match_english(text: str, pos: int, settings: DateSettings, default_year: int | None,
                   full: bool) -> tuple[Dateline, int] | None:
    m = _DATELINE.match(text, pos)
    if m is None:
        return None
    if full and text[m.end():].strip(_TRIM):
        return None
    if m.group("y3"):
        y, mo, d = int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))
    elif m.group("y4"):
        # "08.05.2022" is day first (no month-first country writes dots); "05/08/2022" follows
        # the project's date_order
        a, b = int(m.group("n1")), int(m.group("n2"))
        day_first = settings.date_order == "DMY" or m.group("ns") == "."
        y, mo, d = int(m.group("y4")), (b if day_first else a), (a if day_first else b)
    else:
        month_word = m.group("m1") or m.group("m2")
        day_word = m.group("d1") or m.group("d2")
        year_word = m.group("y1") or m.group("y2")
        mo, d = month_number(month_word), int(re.sub(r"\D", "", day_word))
        if year_word:
            y = int(year_word)
        elif default_year is not None:
            y = default_year
        else:
            raise DateError(f"the dateline {m.group().strip()!r} has no year, and none was given "
                            "by front matter, file metadata or configuration")
    clock = _clock(m, "a") or _clock(m, "b")
    warnings: list[str] = []
    tz: tzinfo
    if clock and clock[1]:
        tz, warning = resolve(clock[1], settings.timezones, fallback=settings.timezone,
                               prefer=settings.timezone)
        if warning:
            warnings.append(warning)
    else:
        tz = zone(settings.timezone)
    try:
        when = datetime(y, mo, d, tzinfo=tz)
        if clock:
            when = datetime.combine(when.date(), clock[0], tz)
    except ValueError as exc:
        hint = ("; numeric dates are read as set by date_order in timeline.yaml "
                f"(now {settings.date_order})") if m.group("y4") else ""
        raise DateError(f"the dateline {m.group().strip()!r} names no real day ({exc}){hint}"
                        ) from exc
    printed = (m.group("wd") or "").lower().rstrip(".")
    wd = words.WEEKDAYS.get(printed, words.WEEKDAY_ABBREVIATIONS.get(printed))
    if wd is not None and wd != when.weekday():
        warnings.append(f"the dateline says {m.group('wd')} but {when.date().isoformat()} is a "
                        f"{list(words.WEEKDAYS)[when.weekday()].title()}")
    end = m.end()
    while end > pos and text[end - 1] in " \t,":
        end -= 1
    return Dateline(text[pos:end], pos, end, when, clock is not None, tuple(warnings)), end


def _match_standard(stripped: str, settings: DateSettings) -> tuple[datetime, bool] | None:
    """RFC 2822 and ISO 8601, through the standard library."""
    iso = stripped.replace(" ", "T", 1) if re.match(r"\d{4}-\d\d-\d\d \d", stripped) else stripped
    try:
        when = datetime.fromisoformat(iso.replace("Z", "+00:00") if iso.endswith("Z") else iso)
    except ValueError:
        pass
    else:
        has_time = "T" in iso
        if when.tzinfo is None:
            when = when.replace(tzinfo=zone(settings.timezone))
        return when, has_time
    if re.match(r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d\d:\d\d", stripped):
        try:
            when = email.utils.parsedate_to_datetime(stripped)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=zone(settings.timezone))
        return when, True
    return None


def _dateparser(stripped: str, settings: DateSettings,
                default_year: int | None) -> tuple[datetime, bool] | None:
    """Other languages and formats. Relative readings and clock-based defaults are switched off:
    the relative base is pinned and a missing year is an error unless ``default_year`` is given."""
    if not _HAS_DIGIT.search(stripped):
        return None
    import dateparser  # a rare fallback: imported only when needed

    base_year = default_year if default_year is not None else 2000
    config = {
        "RELATIVE_BASE": datetime(base_year, 1, 1),  # noqa: DTZ001 -- naive on purpose
        "PREFER_DATES_FROM": "current_period",
        "PREFER_DAY_OF_MONTH": "first",
        "DATE_ORDER": settings.date_order,
        "RETURN_AS_TIMEZONE_AWARE": False,
        "RETURN_TIME_AS_PERIOD": True,
        "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
        "REQUIRE_PARTS": ["day", "month"] + ([] if default_year is not None else ["year"]),
    }
    languages = list(dict.fromkeys([settings.language, "en", "fr", "de", "es", "it", "pt", "nl"]))
    parser = dateparser.date.DateDataParser(languages=languages, settings=config)
    data = parser.get_date_data(stripped)
    if data is None or data.date_obj is None:
        return None
    found: datetime = data.date_obj
    return found.replace(tzinfo=zone(settings.timezone)), data.period == "time"


def parse_dateline(text: str, settings: DateSettings | None = None, *,
                   default_year: int | None = None) -> Dateline:
    """Read a whole string as a dateline; raise DateError saying what was expected."""
    settings = settings or DEFAULT_SETTINGS
    text = _READING_TIME.sub("", text)
    start = len(text) - len(text.lstrip(_TRIM))
    stripped = text.strip(_TRIM)
    if not stripped:
        raise DateError(f"expected a dateline such as {EXAMPLE}, got an empty string")
    cjk = _CJK.match(stripped)
    if cjk is not None:
        return _cjk(cjk, stripped, start, settings)
    found = _match_english(text, start, settings, default_year, full=True)
    if found:
        return found[0]
    wire = WIRE_PLACE.match(text, start)
    if wire is not None and (found := _match_english(text, wire.end(), settings, default_year,
                                                     full=True)):
        return found[0]  # "PARIS (AP) — Nov. 19, 2024": a wire lead's place, then the date
    end = start + len(stripped)
    # An ISO or RFC 2822 string keeps its trailing "Z" / offset; _TRIM must not have eaten it.
    standard = _match_standard(text.strip(), settings)
    if standard:
        raw = text.strip()
        begin = text.index(raw)
        return Dateline(raw, begin, begin + len(raw), standard[0], standard[1])
    labelled = _labelled_parts(text, settings, default_year)
    if labelled is not None:
        return labelled
    english = _DATELINE.match(text, start)
    if english is not None and _OUTLET.fullmatch(text, english.end()):
        # "January 9, 2023 / 7:00 AM / CBS News": the outlet's name after the time
        found = _match_english(text[:english.end()], start, settings, default_year, full=True)
        if found:
            return found[0]
    if english is not None:
        # an English date we read, followed by something we cannot: never dateparser's guess
        rest = text[english.end():].strip(_TRIM)
        raise DateError(f"expected a dateline such as {EXAMPLE}, got {stripped!r} (could not "
                        f"read {rest!r} after {english.group().strip(_TRIM)!r})")
    other = _dateparser(stripped, settings, default_year)
    if other:
        return Dateline(stripped, start, end, other[0], other[1])
    raise DateError(f"expected a dateline such as {EXAMPLE}, got {stripped!r}")


#: Where a second labelled time starts on a line that prints two: "Published : May 10, 2022 -
#: 17:48 Updated : May 10, 2022 - 18:02", "Updated ... EDT|Published ... EDT".
_NEXT_LABEL = re.compile(r"\s*\|\s*|(?<!\blast)(?<!\bfirst)\s+(?=(?:posted|updated|published|"
                         r"last\s+(?:updated|modified)|first\s+published|modified)\b)",
                         re.IGNORECASE)
_PUBLISHED = re.compile(r"\s*(?:posted|published|first\s+published)\b", re.IGNORECASE)
_SINCE_UPDATE = re.compile(
    r"\s*(?:last\s+)?(?:updated|modified)\s*:?\s*(?:(?:\d+|an?|one|a\s+few)\s+"
    r"(?:second|minute|min|hour|hr|day|week)s?\s+ago|just\s+now|moments\s+ago|yesterday|today)"
    r"\W*", re.IGNORECASE)


def _labelled_parts(text: str, settings: DateSettings, default_year: int | None
                    ) -> Dateline | None:
    """The publication time of a line printing two labelled times: the "Published" or
    "Posted" one, else the first."""
    cuts = [0, *(m.end() for m in _NEXT_LABEL.finditer(text) if m.start() > 0), len(text)]
    if len(cuts) < 3:
        return None
    found: list[tuple[bool, Dateline]] = []
    for begin, stop in pairwise(cuts):
        piece = text[begin:stop]
        if _SINCE_UPDATE.fullmatch(piece) and found:
            continue  # "Updated 2 hours ago": relative to a reading time we do not know
        match = _match_english(piece.rstrip(" |"), len(piece) - len(piece.lstrip(_TRIM)),
                               settings, default_year, full=True)
        if match is None:
            return None  # every part must be a time: "By Ana Ruiz | May 10" is the reader's
        line = match[0]
        found.append((bool(_PUBLISHED.match(piece)), Dateline(
            line.text, begin + line.start, begin + line.end, line.when, line.time_known,
            line.warnings)))
    return next((d for published, d in found if published), found[0][1])


def _cjk(m: re.Match[str], stripped: str, start: int, settings: DateSettings) -> Dateline:
    """A Chinese, Japanese or Korean dateline, in the project's zone (it prints none)."""
    hour = int(m.group("h")) if m.group("h") else None
    if hour is not None and ("午後" in stripped or "오후" in stripped) and hour < 12:
        hour += 12
    try:
        when = datetime(int(m.group("y")), int(m.group("m")), int(m.group("d")),
                        hour or 0, int(m.group("mi") or 0), tzinfo=zone(settings.timezone))
    except ValueError as exc:
        raise DateError(f"the dateline {stripped!r} names no real day or time ({exc})") from exc
    return Dateline(stripped, start, start + len(stripped), when, hour is not None)


#: A wire lead's place and agency printed before a dateline: "PARIS (AP) — ", "KYIV, Ukraine
#: (Reuters) - "
WIRE_PLACE = re.compile(r"(?P<place>[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?)"
                        r"\s*\((?P<agency>[A-Z][\w.&' -]{1,30})\)\s*[-–—:]\s*")
_LEAD = re.compile(r"[A-Z][A-Za-z.'’\- ]{1,40}(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30})?,\s*")


def find_dateline(text: str, settings: DateSettings | None = None, *,
                  default_year: int | None = None) -> Dateline | None:
    """The dateline at the start of ``text`` (after an optional place name), or None.

    ``"WASHINGTON, March 3, 2023 (Reuters) - ..."`` gives the date part with its offsets; the
    place and the agency are the article reader's business.
    """
    settings = settings or DEFAULT_SETTINGS
    head = text[:200]
    offsets = [len(head) - len(head.lstrip())]
    lead = _LEAD.match(head, offsets[0])
    if lead:
        offsets.append(lead.end())
    for pos in offsets:
        try:
            found = _match_english(head, pos, settings, default_year, full=False)
        except DateError:
            return None
        if found is None:
            continue
        dateline, end = found
        rest = head[end:].lstrip(" \t,")
        if not rest or rest[0] in "(-–—:\n" or rest.startswith("_"):
            return dateline
    return None
