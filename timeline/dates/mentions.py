"""Finding every temporal expression in a text.

The head words of the text (``heads.py``) are taken in order; at each, the rules its kind wakes
are tried from the head and from the opening words before it, the longest accepted match wins,
its rule turns it into a ``Found``, and the scan goes on after it. Nothing here reads the clock:
relative expressions resolve against the anchor only, in the anchor's own zone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache

from timeline import timeml
from timeline.dates.absolute import HANDLERS as ABSOLUTE
from timeline.dates.heads import RuleTable, candidates, head_positions, rule_table
from timeline.dates.periods import HANDLERS as PERIODS
from timeline.dates.relative import HANDLERS as RELATIVE
from timeline.dates.rules import Context, Found, G, Rule
from timeline.dates.settings import DEFAULT_SETTINGS, DateSettings
from timeline.dates.story import HANDLERS as STORY
from timeline.dates.words import MOVED_EARLIER, MOVED_VERBS, SPACES
from timeline.dates.zones import resolve
from timeline.errors import DateError
from timeline.model import Mention

HANDLERS: dict[str, Rule] = {**ABSOLUTE, **RELATIVE, **PERIODS, **STORY}

_TRIM = " \t\n,.;:"
_MONTHS_RUN = re.compile(r"P(?:[6-9]|1[01])M")  # "the nine months": a period of a results story
_KEEP_DOT = re.compile(r"(?:\b[aApP]\.[mM]|\b[A-Z][a-z]{2,3})\.$")  # "3 p.m.", "Aug."


def find_mentions(text: str, anchor: datetime | date | None,
                  settings: DateSettings | None = None) -> list[Mention]:
    """Every temporal expression in ``text``, sorted by start and non-overlapping.

    Relative expressions ("on Monday", "last week") resolve against ``anchor`` in its own zone;
    with no anchor they get underspecified TimeML values or are left out.
    """
    settings = settings or DEFAULT_SETTINGS
    text = text.translate(SPACES)  # "Tuesday\u2009that", "1\u00a0April": one for one
    anchor_day, anchor_tz = _anchor(anchor)
    ctx = Context(text, anchor_day, settings)
    if isinstance(anchor, datetime) and anchor.tzinfo is not None and (anchor.hour or
                                                                       anchor.minute):
        ctx.clock = anchor  # a dateline at midnight most likely gave no time
    anchor_text = anchor.isoformat() if anchor is not None else ""
    mentions: list[Mention] = []
    floor = 0
    heads = head_positions(text)
    starts = {h[0] for h in heads}
    for head, _, kind in heads:
        if head < floor:
            continue
        best = _longest(text, head, candidates(text, head, floor, starts), rule_table(kind),
                        ctx)
        if best is None:
            continue
        start, end, found, rule = best
        mention = _mention(text, start, end, found, rule, anchor_text, anchor_tz, settings)
        mention = _of_day(text, mention, mentions[-1].end if mentions else 0)
        if mentions and (week := _week_of(text, mentions[-1], mention)) is not None:
            mentions.pop()  # "the week after Easter": one mention, that week
            mention = week
        if (hours := _bare_hour(text, mention, mentions[-1].end if mentions else 0)) is not None:
            mention = hours  # "between 9 and 11 a.m.": from 9 a.m.
        if mentions and _same_moment(text, mentions[-1], mention):
            floor = end  # "at 10:35 a.m. (0735 GMT) Friday": the aside gives the time again
            continue
        if mentions and (joined := _range(text, mentions[-1], mention, ctx)
                         or _hours(text, mentions[-1], mention, ctx)) is not None:
            mentions[-1] = mention = joined
        else:
            if mentions and (old := _moved_from(text, mentions[-1], mention, ctx)) is not None:
                mentions[-1] = old
            mentions.append(mention)
        if mention.first is not None and mention.type in ("DATE", "TIME"):
            ctx.last = (mention.first, mention.precision)
            ctx.last_end = mention.end
        if mention.type == "DURATION" and _MONTHS_RUN.fullmatch(mention.value):
            ctx.by_year = True
        elif mention.precision == "quarter":
            ctx.by_year = False
        floor = end
    return mentions


def _longest(text: str, head: int, starts: list[int], rules: RuleTable,
             ctx: Context) -> tuple[int, int, Found, str] | None:
    """The longest accepted match that covers the head, from any of its candidate starts
    (the earliest start wins a tie); at a start, the first rule that matches."""
    best: tuple[int, int, Found, str] | None = None
    by_char, every = rules
    for start in starts:
        m, rule = None, ""
        for name, pattern in by_char.get(text[start], every):
            m = pattern.match(text, start)
            if m is not None:
                rule = name
                break
        if m is None or m.end() <= head or (best is not None and m.end() <= best[1]):
            continue
        found = HANDLERS[rule](G(m, rule), ctx, start, m.end())
        if found is None:
            continue
        begin = found.start if found.start is not None else start
        end = found.end if found.end is not None else m.end()
        while end > begin and text[end - 1] in _TRIM and not _KEEP_DOT.search(text, begin, end):
            end -= 1
        if end > head and (best is None or end > best[1]):
            best = (begin, end, found, rule)
    return best


_ASIDE_OPEN = re.compile(r"\s*\(\s*")
#: Words that move a day by one: "the day after July 4", "the eve of May Day". ("the night of
#: Oct. 23" stays the day: news annotators mark the date alone, and the day is what places it.)
_OF_DAY = re.compile(r"(?i:\b(?:the\s+day\s+(?P<way>before|after)|the\s+eve\s+of)\s+)$")


def _of_day(text: str, mention: Mention, floor: int) -> Mention:
    """``mention`` with the words before it that move it by a day: "the day after Christmas"
    is 2023-12-26, "the eve of May 1" 2024-04-30."""
    if mention.type != "DATE" or mention.precision != "day" or mention.value_end \
            or mention.first is None or len(mention.value) != 10:
        return mention
    m = _OF_DAY.search(text, max(floor, mention.start - 30), mention.start)
    if m is None:
        return mention
    way = (m.group("way") or "before").lower()
    value = (mention.first + timedelta(days=1 if way == "after" else -1)).isoformat()
    placed = _span(value, None)
    if placed is None:
        return mention
    return replace(mention, start=m.start(), text=text[m.start():mention.end], value=value,
                   first=placed[0], last=placed[1], precision=placed[2])


#: A bare hour opening a range whose end is a clock time: "between 9 and 11 a.m.", "from 2
#: to 4pm".
_BARE_HOUR = re.compile(r"(?i:\b(?P<w>between|from)\s+(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?"
                        r"\s*(?:and|to|until|till|-|–)\s*)$")


_CLOCK_FIRST = re.compile(r"\d{1,2}(?::\d\d)?\s*[aApP]\.?\s?[mM]")


def _bare_hour(text: str, clock: Mention, floor: int) -> Mention | None:
    """The range a bare hour before ``clock`` opens ("between 9 and 11 a.m.": 09:00 to 11:00,
    the bare hour in the clock's half of the day, or the morning before an afternoon end, or
    the evening before when it is later than a morning end), or None."""
    if clock.type != "TIME" or clock.value_end or clock.time is None or len(clock.value) < 16 \
            or not _CLOCK_FIRST.match(clock.text):
        return None
    begin = max(floor, clock.start - 30)
    before = text[begin:clock.start]
    if "etween" not in before and "rom" not in before:
        return None
    m = _BARE_HOUR.search(text, begin, clock.start)
    if m is None:
        return None
    end_hour, h = int(clock.value[11:13]), int(m.group("h")) % 12
    hour = h + 12 if end_hour >= 12 and h + 12 <= end_hour else h
    day = clock.value[:10]
    if hour > end_hour:
        # "between 11 and 2 a.m.": overnight, from 11 p.m. the day before
        if clock.first is None:
            return None
        hour, day = h + 12, (clock.first - timedelta(days=1)).isoformat()
    hm = f"{hour:02d}:{m.group('m') or '00'}"
    first = replace(clock, start=m.start("h"), end=m.end("m") if m.group("m") else m.end("h"),
                    text=text[m.start("h"):m.end("m") if m.group("m") else m.end("h")],
                    value=f"{day}T{hm}", time=f"{hm}:00{clock.time[8:]}")
    return _joined(text, m.start("w"), first, clock, first.value, clock.value, clock.tense)


_WEEK_OFF = re.compile(r"(?i:\s+(?P<way>after|before)\s+)")


def _week_of(text: str, week: Mention, day: Mention) -> Mention | None:
    """"the week after Easter", "the week before May 1": the week seven days from the day,
    as one mention; None unless ``week`` is a bare "the week" right before it."""
    if (day.type != "DATE" or day.precision != "day" or day.first is None or day.value_end
            or not week.value.endswith("-WXX") or week.text.lower() != "the week"):
        return None
    link = _WEEK_OFF.fullmatch(text, week.end, day.start)
    if link is None:
        return None
    then = day.first + timedelta(days=7 if link.group("way").lower() == "after" else -7)
    y, w, _ = then.isocalendar()
    value = f"{y:04d}-W{w:02d}"
    placed = _span(value, None)
    if placed is None:
        return None
    return replace(day, start=week.start, text=text[week.start:day.end], value=value,
                   first=placed[0], last=placed[1], precision=placed[2], rule="weekof")


def _same_moment(text: str, before: Mention, clock: Mention) -> bool:
    """Is ``clock`` the time just given, again in another zone, in parentheses ("3:42 a.m.
    (1942 GMT)")?"""
    return (before.type == clock.type == "TIME" and clock.rule == "clock"
            and _ASIDE_OPEN.fullmatch(text, before.end, clock.start) is not None
            and text[clock.end:clock.end + 1] == ")")


#: What may stand between the two ends of a range of days: "March 14 to March 16", "Monday
#: through Wednesday", "Feb. 3 and Feb. 6" (after "between"), "June 3 - June 9".
_LINK = re.compile(r"\s*(?:[-–—]|(?P<w>(?i:to|through|thru|until|till|and))\s)\s*")
#: Verbs of a date that moved: "postponed from Tuesday to Thursday" names two days, not a span.
_MOVED = re.compile(rf"(?i:\b(?:{MOVED_VERBS})\b[^.;]*$)")


def _range(text: str, first: Mention, second: Mention, ctx: Context) -> Mention | None:
    """One mention for two dates written as a range of days or months ("from March 14 to March
    16", "between Feb. 3 and Feb. 6", "Monday through Wednesday"), or None. A second weekday
    is the first such day after the first end, whichever way its own tense leaned."""
    if (first.type != "DATE" or second.type != "DATE" or first.value_end or second.value_end
            or first.precision != second.precision or first.precision not in ("day", "month")
            or first.first is None or second.first is None):
        return None
    start = _linked(text, first, second, ctx, ("to", "until", "till"))
    if start is None or _MOVED.search(text, max(0, first.start - 80), first.start):
        return None
    value_end, end_day = second.value, second.first
    if first.rule == second.rule == "weekday" and len(value_end) == 10:
        end_day = first.first + timedelta(days=(end_day.weekday() - first.first.weekday()) % 7
                                          or 7)
        value_end = end_day.isoformat()
    if end_day <= first.first:
        return None
    return _joined(text, start, first, second, first.value, value_end, first.tense)


_FROM_TO = re.compile(r"\s+(?i:to|until|till)\s+")


def _moved_from(text: str, first: Mention, second: Mention, ctx: Context) -> Mention | None:
    """The old day of a date that moved, placed by the new one: "postponed the talks from
    Monday to Tuesday" is the Monday just before that Tuesday, "brought forward from Friday to
    Wednesday" the Friday after it, "brought forward from 3pm to 1pm on Saturday" 3 p.m. on
    that Saturday; None when ``first`` needs no change."""
    clocks = (first.rule == "clock" and first.type == second.type == "TIME"
              and second.rule != "clock" and len(first.value) >= 16)
    weekdays = (first.rule == second.rule == "weekday" and first.first is not None
                and len(first.value) == 10 and len(second.value) == 10)
    if not (clocks or weekdays) or second.first is None \
            or _FROM_TO.fullmatch(text, first.end, second.start) is None \
            or ctx.word_before(first.start) != "from":
        return None
    moved = _MOVED.search(text, max(0, first.start - 80), first.start)
    if moved is None:
        return None
    if clocks:
        value = f"{second.value[:10]}{first.value[10:]}"
        return replace(first, value=value, first=second.first, last=second.first,
                       tense=second.tense)
    assert first.first is not None
    gap = (first.first.weekday() - second.first.weekday()) % 7  # days after the new day
    earlier = MOVED_EARLIER.search(moved.group()) is not None
    day = second.first + timedelta(days=gap if earlier else gap - 7)
    if day == first.first:
        return None
    return replace(first, value=day.isoformat(), first=day, last=day, tense=second.tense)


def _hours(text: str, first: Mention, second: Mention, ctx: Context) -> Mention | None:
    """One mention for a clock time and a clock time on a day written as a range ("from 7am to
    10pm on Thursday 16 March", "between 10 p.m. and 5 a.m. Sunday"), or None: the first
    clock is on the second's day (the day before when it is later in the day). Two clock times
    with a day each ("from 10pm on Friday until 6am on Monday") are a range as they stand; two
    with no day ("between 11 p.m. and 2 a.m.") end on the first's day, or the day after when
    the second is earlier in the day."""
    if (first.type != "TIME" or second.type != "TIME" or second.first is None
            or first.first is None or first.value_end or second.value_end
            or len(first.value) < 16 or len(second.value) < 16
            or (second.rule == "clock" and first.rule != "clock")):
        return None
    start = _linked(text, first, second, ctx, ("to", "until", "till", "through", "thru"))
    if start is None or _MOVED.search(text, max(0, first.start - 80), first.start):
        return None  # "moved the start from 9 a.m. to 11 a.m.": two times, not a span
    if second.rule == "clock":
        begins, ends = first.value[11:16], second.value[11:16]
        if begins == ends:
            return None
        day = first.first + timedelta(days=1) if ends < begins else first.first
        return _joined(text, start, first, second, first.value,
                       f"{day.isoformat()}{second.value[10:]}", second.tense)
    if first.rule != "clock":
        # "from 10pm on Friday until 6am on Monday": each end with its own day
        if first.value[:16] >= second.value[:16]:
            return None
        return _joined(text, start, first, second, first.value, second.value, second.tense)
    begins, ends = first.value[11:16], second.value[11:16]
    day = second.first - timedelta(days=1) if begins > ends else second.first
    return _joined(text, start, first, second, f"{day.isoformat()}T{begins}", second.value,
                   second.tense)


def _linked(text: str, first: Mention, second: Mention, ctx: Context,
            needs_opener: tuple[str, ...]) -> int | None:
    """Where the range "first <link> second" starts, or None when the two are not written as
    one: the words in ``needs_opener`` join them only after "from" or "between", "and" only
    after "between". The range opens with that word, as the year rule's does."""
    link = _LINK.fullmatch(text, first.end, second.start)
    if link is None:
        return None
    word = (link.group("w") or "").lower()
    opener = ctx.word_before(first.start)
    if (word == "and" and opener != "between") or (word in needs_opener
                                                     and opener not in ("from", "between")):
        return None
    if opener in ("from", "between"):
        return len(text[:first.start].rstrip()) - len(opener)
    return first.start


def _joined(text: str, start: int, first: Mention, second: Mention, value: str,
            value_end: str, tense: str) -> Mention | None:
    """The mention of a range from ``start`` to the end of ``second``, its ends where
    ``first`` and ``second`` are written."""
    placed = _span(value, value_end)
    if placed is None:
        return None
    return Mention(
        start=start, end=second.end, text=text[start:second.end], type=first.type,
        value=value, value_end=value_end, first=placed[0], last=placed[1],
        precision=placed[2], time=first.time, rule="range", anchor=first.anchor, tense=tense,
        parts=((first.start, first.end), (second.start, second.end)),
    )


_span = lru_cache(maxsize=4096)(timeml.range_span)


def _anchor(anchor: datetime | date | None) -> tuple[date | None, tzinfo | None]:
    if anchor is None:
        return None, None
    if isinstance(anchor, datetime):
        return anchor.date(), anchor.tzinfo
    return anchor, None


def _mention(text: str, start: int, end: int, found: Found, rule: str, anchor: str,
             anchor_tz: tzinfo | None, settings: DateSettings) -> Mention:
    placed = _span(found.value, found.value_end) if found.type in ("DATE", "TIME") else None
    first = last = None
    precision = found.precision or "day"
    if placed is not None:
        first, last, precision = placed
    elif found.precision is None:
        precision = "reference" if "REF" in found.value else "day"
    return Mention(
        start=start, end=end, text=text[start:end], type=found.type, value=found.value,
        value_end=found.value_end, first=first, last=last, precision=precision,
        time=_time(found, first, anchor_tz, settings), rule=rule, anchor=anchor,
        tense=found.tense, parts=found.parts,
    )


def _time(found: Found, day: date | None, anchor_tz: tzinfo | None,
          settings: DateSettings) -> str | None:
    """"15:00:00+09:00": the clock time with the offset of the zone printed, else the anchor's."""
    if found.clock is None:
        return None
    hour, minute = (int(x) for x in found.clock.split(":"))
    tz: tzinfo | None = anchor_tz
    if found.zone:
        try:
            tz, _ = resolve(found.zone, settings.timezones, prefer=settings.timezone)
        except DateError:
            tz = anchor_tz
    clock = f"{hour:02d}:{minute:02d}:00"
    if tz is None or day is None or hour > 23:
        return clock
    offset = datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz).strftime("%z")
    return f"{clock}{offset[:3]}:{offset[3:]}"
