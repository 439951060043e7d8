"""The mention grammar: named rules, each one regular expression.

Each rule is a pattern over pieces built from the word tables (``words.py``). The pieces take a
group-name prefix, so one rule may use a piece twice (``month("m1")``, ``month("m2")``). Where
several rules match at a start, the first in ``RULES`` wins, so longer compounds come first; the
scanner (``heads.py``) tries them only around head words, and at a start only those that can
begin with its character.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable

from timeline.dates import words
from timeline.dates.zones import AMBIGUOUS, FIXED, REGIONS


def alternation(keys: Iterable[str]) -> str:
    """Keys as a regex alternation, longest first, spaces matching any run of blanks."""
    names = sorted(set(keys), key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)


def cased(keys: Iterable[str]) -> str:
    """Title Case and UPPER CASE forms only: months and weekdays are always capitalised in news,
    and this keeps "may" and "march" the verbs out."""
    keys = [k for key in keys for k in {key, key.replace("'", "’")}]  # "Valentine’s Day" too
    return alternation([_title(k) for k in keys] + [k.upper() for k in keys])


def _title(key: str) -> str:
    """"Valentine's Day", which ``str.title`` writes "Valentine'S Day"."""
    return " ".join(w[:1].upper() + w[1:] for w in key.split(" "))


def anycase(keys: Iterable[str]) -> str:
    """Keys in any case, as a tree of shared prefixes ("the\\s+(?:last|next|p(?:ast|revious))"):
    Python's regex engine tries an alternation's branches one by one, and a long word list
    costs a try per word at every start. The strings matched are the same, longest first:
    branches that share a node differ in their first character, so at most one of them can
    match, and a key ending at a node is tried after the longer keys through it."""
    keys = [k.translate(_LOWER) for k in keys]
    if any(_BLANKS.search(k) or any(c.lower() != c.upper() and not c.isascii() for c in k)
           for k in keys):
        # A non-ASCII letter may fold to another branch's; a blank run next to another blank,
        # at an end or other than a space can match in more than one way, and the longer key
        # must be tried through all of them before the shorter one.
        return f"(?i:{alternation(keys)})"
    tree: _Node = {}
    for key in keys:
        node = tree
        for piece in key:
            node = node.setdefault(piece, {})
        node[""] = {}
    return f"(?i:{_branches(tree)})"


_Node = dict[str, "_Node"]
_BLANKS = re.compile(r"^\s|\s$|\s\s|[^\S ]")
_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def _branches(node: _Node) -> str:
    branches = [(r"\s+" if piece == " " else re.escape(piece)) + _branches(child)
                for piece, child in sorted(node.items()) if piece]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" not in node:
        return body
    return f"{body}?" if len(branches) > 1 else f"(?:{body})?"


_ZONE_NAMES = [z for z in (*REGIONS, *FIXED, *AMBIGUOUS) if len(z) > 1 and z not in ("UK", "UT")]
ZONE = rf"(?:{alternation(_ZONE_NAMES)}|GMT[+-]\d{{1,2}})(?![\w])"
#: Four digits that are a clock, not a year: "(1400 GMT)", "1930 local time"
_WIRE_CLOCK = rf"(?:[01]\d|2[0-3])[0-5]\d\s+\(?(?:{ZONE}|(?i:local\s+time))"
MONTH_FULL = cased(words.MONTHS)
MONTH_ABBR = rf"(?:{cased(words.MONTH_ABBREVIATIONS)})(?:\.|(?![\w]))"
WEEKDAY = cased(words.WEEKDAYS)
ORDINAL = anycase(k for k in words.ORDINALS if words.ORDINALS[k] > 0)
NUMBER = rf"(?:\d+(?:\.\d+)?|{anycase([*words.NUMBERS, *words.VAGUE_NUMBERS])}"
_TENS = anycase(["twenty", "thirty", "forty", "fifty"])
_ONES = anycase(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])
NUMBER += rf"|{_TENS}-{_ONES})"
_UNITS_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
SPELLED_YEAR = (rf"(?i:nineteen[\s-]+(?:{alternation(words.DECADE_WORDS)}|"
                rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                rf"(?:[\s-]+(?:{alternation(_UNITS_WORDS)}))?)|two\s+thousand"
                rf"(?:\s+(?:and\s+)?(?:{alternation(_UNITS_WORDS)}))?)")
HOLIDAY = cased([*words.FIXED_HOLIDAYS, *words.NTH_WEEKDAY_HOLIDAYS, *words.EASTER_HOLIDAYS])
PART = anycase(words.PARTS_OF_DAY)
#: Parts of the day in the plural after a weekday: "on Friday nights" is every Friday night.
_PARTS = "(?i:mornings|afternoons|evenings|nights)"
SEASON = anycase(words.SEASONS)
EDGE = anycase(["early", "late", "mid", "middle", "the end of", "the beginning of",
                "the start of", "the middle of", "the first half of", "the second half of",
                "the latter part of", "the early part of", "the rest of", "the remainder of",
                "end of", "end-", "beginning of", "earlier", "later"])


def year(n: str, guard: bool = True) -> str:
    before = r"(?<![\w$£€#.,/])(?<!\d-)" if guard else ""
    # (a slash only before the year a season or a fiscal year ends: "the 2023/24 season")
    return (rf"{before}(?P<{n}>1[0-9]\d\d|20\d\d)(?!\d|%|/(?!(?:\d\d){{1,2}}(?![\d/]))|[.,]\d"
            rf"|'?s\b|-(?:[a-z]))")


def day(n: str) -> str:
    return rf"(?P<{n}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d|\w)"


def month(n: str) -> str:
    return rf"(?P<{n}>{MONTH_FULL}|{MONTH_ABBR})"


def clock(n: str) -> str:
    return (
        rf"(?:(?P<{n}h>[01]?\d|2[0-3])(?:[:.](?P<{n}m>[0-5]\d))?\s*"
        rf"(?P<{n}ap>[aApP]\.\s?[mM]\.?|[aApP][mM](?![\w]))"
        rf"|(?P<{n}hh>[01]?\d|2[0-3]):(?P<{n}mm>[0-5]\d)(?!\d|:\d)"
        # "0600 GMT", "2314 local time": wire copy's four-digit clock, known by what follows
        rf"|(?<![\w$£€#.,/-])(?={_WIRE_CLOCK})(?P<{n}mh>\d\d)(?P<{n}mm2>\d\d)"
        rf"|(?P<{n}w>(?i:noon|midnight|midday)))"
        rf"(?:\s+(?:(?P<{n}z>{ZONE})|\((?P<{n}z2>{ZONE})\)"
        # "8 p.m. Eastern (time)": a US zone by its name
        rf"|(?P<{n}us>Eastern|Central|Mountain|Pacific)(?:\s+(?:[Ss]tandard\s+|[Dd]aylight\s+)?"
        rf"[Tt]ime)?(?![\w-])))?"
        rf"(?:\s+\(?(?i:local\s+time)\)?"  # "9pm local time on Monday"
        # "5pm New York time": a city's clock
        rf"|\s+(?P<{n}city>{alternation(words.CITY_ZONES)})\s+(?i:time)\b)?"
    )


_DATE_MID = (
    rf"(?:{month('m1')}\s*{day('d1')}(?:\s*(?:-|–|to|through)\s*{day('d1e')}"
    rf"|\s+(?i:and|or)\s+{day('d1a')})?"
    rf"(?:,?\s+{year('y1')}|,\s+'(?P<yy1>\d\d)(?!\d))?"
    rf"|{day('d2')}(?:\s*(?:-|–)\s*{day('d2e')}|\s+(?i:and|or)\s+{day('d2a')})?\s+(?:of\s+)?"
    rf"{month('m2')}(?:,?\s+{year('y2')})?"
    rf"|(?i:the\s+)(?P<o3>{ORDINAL}|\d{{1,2}}(?:st|nd|rd|th))\s+(?:day\s+)?of\s+{month('m3')}"
    rf"(?:,?\s+{year('y3')})?"
    rf"|(?<![\w/.-])(?P<iy>1[0-9]\d\d|20\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>[0-3]\d)(?![\w-])"
    rf"|(?<![\w/.-])(?P<na>\d{{1,4}})[/.](?P<nb>\d{{1,2}})[/.](?P<nc>\d{{2,4}})(?![\w/-]|\.\d))"
)

MODIFIER = anycase(["last", "next", "this", "this past", "this coming", "coming", "past",
                    "the previous", "the following", "the next", "the last", "the past",
                    "the coming", "the current", "the same", "that", "the"])

RULES: list[tuple[str, str]] = [
    ("range_month", rf"\b(?P<pre>(?i:from|between))\s+{month('m1')}(?:\s+{year('y1')})?"
                    rf"\s+(?i:to|until|till|through|and)\s+{month('m2')}(?:,?\s+{year('y2')})?"
                    # "the January-March period", "April-June 2023"
                    rf"|\b(?:(?i:the)\s+)?{month('h1')}\s?[-–/]\s?{month('h2')}"
                    rf"(?:\s+(?i:period|quarter))?(?:,?\s+{year('hy')})?"),
    # "the first Tuesday of March", "the last Friday in June 2024", "the second Monday of next
    # month"
    ("nthweekday", rf"\b(?i:the)\s+(?P<o>(?i:first|second|third|fourth|fifth|last|final|1st|2nd|"
                   rf"3rd|4th|5th))\s+(?P<w>{WEEKDAY})\s+(?i:of|in)\s+"
                   rf"(?:{month('m')}(?:,?\s+{year('y')})?|(?P<rel>(?i:this|next|last))\s+"
                   rf"(?i:month))"),
    ("calendar", rf"(?:{clock('c1')}\s*,?\s+(?:(?i:on)\s+)?)?(?:(?P<w>{WEEKDAY}),?\s+)?"
                 rf"{_DATE_MID}(?:\s*,?\s+(?:(?i:at)\s+)?{clock('c2')})?"),
    ("weekday", rf"(?:{clock('c1')}\s+(?:(?i:on)\s+)?)?"
                rf"(?:(?P<mod>{MODIFIER}|{EDGE})[\s-]+)?"
                rf"(?!(?:{WEEKDAY})\s+{_PARTS}\b)(?P<w>{WEEKDAY})(?P<poss>['’]s)?"
                # British "on Monday week": a week after the coming Monday
                rf"(?P<wk>\s+week(?![\w-])(?!\s+(?i:of|ago|earlier|later|before|after|and|or)\b))?"
                rf"(?:\s+(?P<part>{PART}))?(?:\s*,?\s+(?:(?i:at)\s+)?{clock('c2')})?"),
    ("relday", rf"(?:{clock('c1')}\s+)?(?:(?P<mod>{EDGE}|{PART})[\s-]+)?"
               rf"\b(?P<word>(?i:yesterday|today|tomorrow|tonight))\b(?P<poss>['’]s)?"
               rf"(?:\s+(?P<part>{PART}))?(?:\s*,?\s+(?:(?i:at)\s+)?{clock('c2')})?"),
    ("partday", rf"\b(?P<mod>(?i:this|last|early\s+this|late\s+this|later\s+this|earlier\s+this))"
                rf"\s+(?P<part>{PART})\b"),
    ("daypart", r"(?:(?<=\b[Ii]n )|(?<=\b[Bb]y )|(?<=\b[Dd]uring )|(?<=\b[Uu]ntil )"
                r"|(?<=\b[Ss]ince ))(?P<part>(?i:the\s+(?:morning|afternoon|evening)"
                r"|mid[- ]?(?:morning|afternoon)|midmorning|midafternoon))\b(?![-'’])"
                # "Drones struck the city overnight": the night the story is at
                r"|(?<=[a-z] )(?P<night>overnight)(?=\s*[,.;]|\s+(?:on|in|into|near|as|and)\b)"),
    ("narrative", rf"\b(?:(?P<edge>(?i:earlier|later|early|late))\s+)?"
                  r"(?!(?i:the\s+next\s+(?:year|month|week|quarter)))"
                  r"(?P<mod>(?i:that\s+same|that|the\s+same|the\s+following|the\s+next|"
                  r"the\s+previous|the\s+preceding|the\s+prior))\s+"
                  rf"(?P<unit>(?i:year|month|week|day|morning|afternoon|evening|night|quarter)"
                  rf"|{SEASON})(?![\w-])(?!\s+(?i:of|or|and|to|that)\b)"),
    ("quarter", rf"\b(?:(?P<det>(?i:the|this|that|its|their|a|last|next|this\s+year['’]s|"
                rf"last\s+year['’]s|next\s+year['’]s|the\s+year['’]s|year-ago|year-earlier))\s+)?"
                rf"(?:(?P<adj>(?i:latest|current|same|comparable|previous|past|recent|year-ago|"
                rf"year-earlier|year\s+earlier|flat|fiscal|just-ended|just\s+ended|"
                rf"corresponding)|{year('qy1')})[\s-]+){{0,3}}"
                rf"(?:(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final))[\s-]+)?"
                rf"(?:(?i:fiscal)[\s-]+)?(?P<q>(?i:quarter|period))(?![\w-])"
                rf"(?:\s+(?i:of)\s+(?:(?i:fiscal)\s+)?(?:{year('qy2')}|(?P<rel>(?i:this|last|next))"
                rf"\s+(?i:year)))?(?:\s+(?P<ago>(?i:a\s+year\s+(?:ago|earlier)|last\s+year)))?"),
    # "the 12 months to June", "the year to March 2024" (British: "the year ended Sept. 30" is
    # written, and annotated, as a period and its end date)
    # (and "the 12 months through June"; "this year through August" is the year to date)
    ("monthsto", rf"\b(?:(?i:the)\s+)?(?:(?:(?P<n>{NUMBER})\s+(?i:months)|(?i:twelve\s+months))"
                 rf"\s+(?i:to|through)|(?P<u>(?i:year|quarter|half[\s-]year))\s+(?i:to))\s+"
                 rf"(?:(?i:the\s+end\s+of)\s+)?(?P<m>{MONTH_FULL}|{MONTH_ABBR})"
                 rf"(?!\.?\s*\d{{1,2}}\b)"
                 rf"(?:,?\s+{year('y')})?"),
    ("half", rf"\b(?:(?i:the)\s+)?(?P<ord>(?i:first|second|last|latter))[\s-]+"
             rf"(?:(?i:half)|(?P<two>(?i:two\s+quarters)))"
             rf"(?:\s+(?i:of)\s+(?:(?i:the\s+)?(?:(?i:fiscal)\s+)?{year('y')}|(?P<rel>(?i:this|last|next))"
             rf"\s+(?i:year)|(?i:the\s+year)|(?P<m>{MONTH_FULL})(?![\w-])(?:,?\s+{year('my')})?"
             rf"|(?i:the\s+)?(?:(?P<dec>1\d\d0|20\d0)|['’](?P<dyy>\d0))['’]?s\b))?"),
    ("fiscal", rf"\b(?:(?P<mod>(?i:the\s+current|this|last|next|the\s+previous|the\s+new|the|its))"
               rf"\s+)?(?i:fiscal)(?:[\s-]+(?P<yr>(?i:year)))?(?:\s+{year('y')}|\s+['’](?P<yy>\d\d)(?!\d))?"),
    ("yearago", r"\b(?:(?i:the)\s+)?(?P<w>(?i:year-ago|year-earlier|year\s+earlier|year\s+ago))"
                r"(?:\s+(?P<n>(?i:period|quarter|level|levels|results|month|months)))?"),
    ("ago", rf"\b(?:(?P<hedge>(?i:about|nearly|almost|more\s+than|less\s+than|over|some|roughly|"
            rf"around|only|just|at\s+least))\s+)?(?P<n>{NUMBER})[\s-]+"
            rf"(?P<unit>(?i:day|week|fortnight|month|year|decade|century|quarter|hour|minute))s?"
            rf"(?:\s+(?i:or\s+so))?"  # "a week or so ago"
            rf"\s+(?P<dir>(?i:ago|earlier|before|later|after|from\s+now|hence|back|"
            rf"on(?=\s*[,.;:]|\s*$)|on\s+from))\b"),
    # "Q3 2023", "3Q23", "H1 2024", "FY2023", "FY24": the business pages' codes (a half only
    # with its year: "H2" alone is hydrogen)
    ("qcode", r"(?<![\w-])(?:(?:Q(?P<q>[1-4])|(?P<nq>[1-4])Q)(?:\s*(?P<y>(?:19|20)\d\d)"
              r"|\s*['’]?(?P<yy>\d\d))?|H(?P<h>[12])(?:\s*(?P<hy>(?:19|20)\d\d)"
              r"|\s*['’]?(?P<hyy>\d\d))|FY\s?(?:(?P<fy>(?:19|20)\d\d)|['’]?(?P<fyy>\d\d)))"
              r"(?![\w-])"),
    # "the fifth day of March", "the last day of June 2024"
    ("dayof", rf"\b(?i:the)\s+(?:(?P<o>{ORDINAL}|\d{{1,2}}(?:st|nd|rd|th))|(?P<l>(?i:last|final)))"
              rf"\s+(?i:day)\s+(?i:of)\s+{month('m')}(?:,?\s+{year('y')})?"),
    # "on the 5th", "on the 21st of this month": a day of the month the story is in
    ("dayonly", r"(?<=\b[Oo]n\s)(?i:the)\s+(?P<o>[12]?\d|3[01])(?i:st|nd|rd|th)"
                r"(?:\s+(?i:of)\s+(?P<rel>(?i:this|last|next))\s+(?i:month))?"
                r"(?=\s*(?:[,.;:)]|$)|\s+(?i:at|when|and|after|before|as)\b)"),
    # British "a week on Tuesday", "a week tomorrow", "a fortnight today": seven or fourteen
    # days on from the day named
    ("weekon", rf"\b(?i:a)\s+(?P<u>(?i:week|fortnight))\s+(?:(?i:on|from)\s+(?P<w>{WEEKDAY})"
               rf"|(?P<r>(?i:today|tomorrow|yesterday))|(?i:last)\s+(?P<lw>{WEEKDAY}))\b"),
    # "the day after tomorrow", "the day before yesterday"
    ("dayoff", r"\b(?i:the\s+day\s+(?P<off>after|before)\s+(?P<word>tomorrow|yesterday))\b"),
    # "in the new year", said late in a year: the next one
    ("newyear", r"(?<=\b[Ii]n\s)(?i:the\s+new\s+year)\b(?!['’])"),
    # "the week of March 6", "the week beginning 9 March", "the weekend of April 1-2"
    ("weekof", rf"\b(?i:the\s+)?(?P<wk>(?i:week|weekend))\s+"
               rf"(?i:of|beginning|starting|commencing)\s+"
               rf"(?:{month('m')}\s*{day('d')}(?:\s*(?:-|–|(?i:and))\s*{day('de')})?"
               rf"|{day('d2')}(?:\s*(?:-|–|(?i:and))\s*{day('d2e')})?\s+{month('m2')})"
               rf"(?:,?\s+{year('y')})?"),
    ("relunit", rf"\b(?:(?P<edge>{EDGE})[\s-]+)?(?P<mod>{MODIFIER})\s+"
                rf"(?P<unit>(?i:week|weekend|month|year|quarter|decade|century|{SEASON}))"
                rf"(?![\w-])(?!\s+(?!(?i:a|an)\s)(?:{NUMBER})\b"
                rf"|\s+(?i:of)\s+(?:\d|['’]\d\d|{SPELLED_YEAR}))"),
    # "sales are up 4% year to date": the year so far
    ("todate", r"\b(?P<u>(?i:year|month|quarter))[\s-]+(?i:to)[\s-]+(?i:date)\b"),
    ("yearend", rf"\b(?:(?i:around|about|near)\s+)?(?:(?i:the)\s+)?(?P<w>(?i:year|year['’]s))"
                rf"[\s-](?i:end)\b|\b(?i:the\s+full\s+year)\b(?:\s+{year('fy')})?"
                rf"|\b(?:(?i:the)\s+)?(?P<eoy>(?i:end\s+of\s+year))\b(?!['’-])"),
    ("spelledyear", rf"\b(?:(?P<pre>(?i:the\s+year))\s+)?(?P<y>{SPELLED_YEAR})\b"),
    ("monthyear", rf"\b(?:(?P<edge>{EDGE})[\s-]+)?{month('m')}(?:\s+(?i:of))?,?\s+"
                  rf"(?:{year('y')}|(?P<sy>{SPELLED_YEAR}))"),
    ("month", rf"\b(?:(?P<edge>{EDGE}|{MODIFIER})[\s-]+)?(?P<m>{MONTH_FULL})(?![\w-])"
              rf"(?:\s+(?P<rel>(?i:last|this|next))\s+(?i:year)|\s+(?i:of)\s+(?P<nar>(?i:that|"
              rf"the\s+same|the\s+following|the\s+next|the\s+previous))\s+(?i:year))?"),
    ("season", rf"\b(?:(?P<edge>{EDGE}|{MODIFIER})[\s-]+)?(?P<s>{SEASON})"
               rf"(?:\s+(?i:of)\s+(?:{year('y')}|(?P<sy>{SPELLED_YEAR})|['’](?P<syy>\d\d)\b)"
               rf"|\s+{year('y2')})?\b"),
    ("decade", rf"(?:\b(?i:the)\s+)?(?:(?P<edge>(?i:early|mid|late))[\s-]+)?"
               rf"(?:(?<![\w$])(?P<y>1\d\d0|20\d0)['’]?s|['’](?P<yy>\d0)['’]?s"
               rf"|(?P<w>{anycase(words.DECADE_WORDS)}))\b"),
    ("century", rf"\b(?:(?i:the)\s+)?(?:(?P<edge>(?i:early|mid|late))[\s-]+)?"
                rf"(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL})[\s-]+(?i:century)\b"),
    ("year", rf"(?:\b(?P<pre>(?i:from|between))\s+)?(?:(?P<edge>{EDGE})[\s-]+)?"
             rf"(?:(?i:the\s+year)\s+)?(?!{_WIRE_CLOCK}){year('y')}"
             rf"(?:\s*(?P<sep>-|–|—|/|(?i:to|through|until|and))\s*"
             rf"(?:(?:(?P<edge2>{EDGE})[\s-]+)?{year('y2', guard=False)}"
             rf"|(?P<yy2>\d\d)(?![\w%]|[.,]\d)))?"),
    ("holiday", rf"\b(?:(?P<hm>(?i:last|next|this\s+past|this\s+coming))\s+)?(?P<h>{HOLIDAY})"
                rf"(?![\w-])(?:\s+{year('y')}|\s+(?P<wk>(?i:week))\b)?"),
    ("duration", rf"\b(?:(?P<pre>(?i:the\s+(?:past|last|next|first|previous|following|coming)|"
                 rf"about|nearly|almost|more\s+than|less\s+than|over|some|roughly|around|only|"
                 rf"just|for|at\s+least|within|in))\s+)?(?P<n>{NUMBER})[\s-]+"
                 rf"(?P<unit>(?i:second|minute|hour|day|week|month|quarter|year|decade|"
                 rf"century))s?\b(?![-]\w)"
                 # "a decision within days": some days
                 rf"|(?<=\b[Ww]ithin\s)(?P<bare>(?i:hours|days|weeks|months|years))\b(?![-]\w)"),
    ("ref", rf"\b(?P<r>{anycase(words.REFERENCES)})\b"),
    ("clock", rf"(?<![\w.,:$])(?:(?i:at|by|until|before|after|around|from|about|to|since)\s+)?"
              rf"{clock('c')}"),
    ("set", rf"\b(?P<s>(?i:every\s+(?:other\s+)?"
            rf"(?:day|week|month|year|morning|night|evening|weekend)|"
            rf"each\s+(?:day|week|month|year)|(?:once|twice|three\s+times)\s+a\s+"
            rf"(?:day|week|month|year)|per\s+(?:day|week|month|year))|(?i:every)\s+(?:{WEEKDAY})"
            # "takes place every August", "every May 1"
            rf"|(?i:every|each)\s+(?:{MONTH_FULL})"
            rf"(?:\s+(?:[1-9]|[12]\d|3[01])(?!\d|,\s*\d{{4}}))?(?![\w-])"
            # "closed on Mondays": a weekday in the plural
            rf"|(?<=\b[Oo]n\s)(?:{WEEKDAY})s|(?:{WEEKDAY})\s+{_PARTS})\b"),
]
