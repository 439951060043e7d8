"""Word tables the date grammar is built from: data, not code.

Every table maps the lower-cased word as printed to what it means. The grammar in
``grammar.py`` turns the keys into regular-expression alternations (longest first), and the
rules in ``rules.py`` look the matched words up here.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

#: Abbreviations, read only next to a day or a year ("Aug. 2", "14 Mar 2023").
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}

#: Weekday abbreviations, read only where a date follows ("Tue 14 Mar 2023").
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
    "sat": 5, "sun": 6,
}

NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100, "hundred": 100,
    "a couple of": 2, "a couple": 2, "couple of": 2,
}

#: Vague quantities: "a few years ago" is placed in its decade, not on a year.
VAGUE_NUMBERS: frozenset[str] = frozenset({"a few", "few", "several", "many", "some"})

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31, "last": -1, "final": -1,
}

#: Spelled-out decades of a year, for "nineteen ninety-six" and "the nineties".
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}

#: Calendar units and the TimeML letter of their durations.
UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
    "weekend": "WE", "fortnight": "W2", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "DE", "century": "CE", "millennium": "ML",
}

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

#: Parts of the day, as TimeML writes them after the date ("2022-05-09TMO").
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "mid-afternoon": "AF", "midafternoon": "AF",
    "mid afternoon": "AF", "mid-morning": "MO", "midmorning": "MO", "mid morning": "MO",
    "evening": "EV", "night": "NI", "overnight": "NI", "midday": "MI",
}

#: Clock words with a fixed time.
CLOCK_WORDS: dict[str, str] = {"noon": "12:00", "midnight": "24:00", "midday": "12:00"}

#: References to the present, past and future as a whole.
REFERENCES: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF",
    "currently": "PRESENT_REF", "current": "PRESENT_REF", "these days": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF",
    "the past": "PAST_REF", "at the time": "PAST_REF",
    "recent years": "PAST_REF", "recent months": "PAST_REF", "recent weeks": "PAST_REF",
    "recent days": "PAST_REF", "past years": "PAST_REF", "in years past": "PAST_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the coming months": "FUTURE_REF", "coming months": "FUTURE_REF",
    "the coming weeks": "FUTURE_REF", "coming weeks": "FUTURE_REF",
    "the coming years": "FUTURE_REF", "coming years": "FUTURE_REF",
    "the coming days": "FUTURE_REF", "coming days": "FUTURE_REF",
    "a later date": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
    "future quarters": "FUTURE_REF", "coming quarters": "FUTURE_REF",
}

#: Holidays: fixed (month, day), or (month, weekday, n) for the n-th weekday (n = -1: last),
#: or "easter" offsets in days.
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas": (12, 25),
    "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "valentine's day": (2, 14), "st. patrick's day": (3, 17), "independence day": (7, 4),
    "the fourth of july": (7, 4), "halloween": (10, 31), "veterans day": (11, 11),
    "armistice day": (11, 11), "bastille day": (7, 14), "may day": (5, 1),
    "new year": (1, 1), "new year's": (1, 1),
    # the other English-speaking countries' and the calendar's named days
    "bonfire night": (11, 5), "guy fawkes night": (11, 5), "burns night": (1, 25),
    "hogmanay": (12, 31), "st. andrew's day": (11, 30), "st. david's day": (3, 1),
    "st. george's day": (4, 23), "canada day": (7, 1), "australia day": (1, 26),
    "anzac day": (4, 25), "waitangi day": (2, 6), "juneteenth": (6, 19),
    "epiphany": (1, 6),
    "all saints' day": (11, 1), "all souls' day": (11, 2), "remembrance day": (11, 11),
}
NTH_WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4),
    "labor day": (9, 0, 1), "memorial day": (5, 0, -1), "mother's day": (5, 6, 2),
    "father's day": (6, 6, 3), "martin luther king day": (1, 0, 3), "presidents' day": (2, 0, 3),
    "presidents day": (2, 0, 3), "columbus day": (10, 0, 2),
    "election day": (11, 1, 0),  # n = 0: the Tuesday after the first Monday
    "remembrance sunday": (11, 6, 2),
}
EASTER_HOLIDAYS: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2,
    "palm sunday": -7, "ash wednesday": -46, "pentecost": 49, "shrove tuesday": -47,
    "mardi gras": -47, "maundy thursday": -3, "holy saturday": -1, "ascension day": 39,
    "whit sunday": 49, "whit monday": 50,
}

#: Words before a number that make it a name or a quantity, not a year ("Article 9").
NOT_YEAR_BEFORE: frozenset[str] = frozenset({
    "article", "section", "chapter", "page", "pages", "no", "no.", "number", "nos", "flight",
    "route", "highway", "room", "boeing", "airbus", "model", "version", "resolution",
    "paragraph", "rule", "item", "line", "apt", "apartment", "suite", "box", "unit", "pier",
    "gate", "platform", "channel", "level", "code", "class", "type", "mark", "mk", "windows",
    "office", "series", "issue", "vol", "volume", "ch", "sec", "act", "bill", "h.r.", "s.",
    "interstate", "i-", "hr", "cessna", "lockheed", "tupolev", "ilyushin", "antonov", "mig",
    "su", "dc", "md", "am", "fm", "pc", "ps", "sr", "about", "some", "nearly", "over",
    "almost", "than", "least", "exceeded", "approximately", "roughly", "estimated", "another",
    "additional", "only", "hb", "sb", "ab", "hf", "sf", "ld", "lb", "prop", "proposition",
    "measure", "ordinance", "exit", "mile", "bus", "tram", "train", "gulfstream", "embraer",
    "bombardier", "porsche", "peugeot", "ferrari", "fiat", "row", "rows", "entry",
    "step", "slide", "figure", "table", "exhibit", "lot",
})

#: Words after a number that make it a quantity, not a year ("2000 troops").
NOT_YEAR_AFTER: frozenset[str] = frozenset({
    "people", "persons", "troops", "soldiers", "cases", "deaths", "dead", "killed", "shares",
    "points", "tons", "tonnes", "barrels", "miles", "kilometers", "kilometres", "km", "feet",
    "meters", "metres", "yards", "acres", "hectares", "pounds", "dollars", "euros", "yen",
    "marks", "francs", "workers", "employees", "jobs", "members", "votes", "units", "cars",
    "homes", "houses", "students", "children", "women", "men", "residents", "refugees",
    "prisoners", "inmates", "police", "officers", "rounds", "times", "copies", "pieces",
    "percent", "per", "kg", "lb", "lbs", "mph", "degrees", "calories", "words", "pages",
    "hours", "minutes", "seconds", "days", "weeks", "months", "years", "vehicles",
    "aircraft", "planes", "ships", "companies", "firms", "stores", "sites", "beds", "rooms",
    "others", "yuan", "rupees", "won", "pesos",
    "rubles", "lira", "gallons", "liters", "litres", "megawatts", "kilowatts", "watts",
    "mw", "kw", "gb", "mb", "cc", "ft", "m", "cm", "mm", "s", "block", "ballots", "voters",
    "patients", "households", "flights", "passengers", "visitors", "fans", "bodies",
    "kilograms", "horsepower", "hp", "rpm", "calls", "complaints", "arrests",
    "signatures", "applications", "posts",
})

#: Words that, as the nearest cue before a weekday, send it into the future ("will meet on
#: Monday", "is scheduled to close Monday").
FUTURE_CUES: frozenset[str] = frozenset({
    "will", "'ll", "shall", "won't", "scheduled", "due", "slated", "expected", "plans", "plan",
    "planning", "going", "upcoming", "expect", "expects", "await", "awaits", "awaiting",
    "begins", "starts", "opens", "resumes", "expires", "would", "wouldn't", "soon", "intends",
    "intend", "aims", "hopes", "poised", "ready", "may", "might", "must", "should", "ahead",
})

#: Cues that count only when the sentence has no other: "until Friday" opening a sentence is
#: the past one in "Until Thursday, police had not named him".
WEAK_FUTURE_CUES: frozenset[str] = frozenset({"until", "till"})

#: Modals that put the verb after them into the future: "would put ... from Wednesday", "may
#: meet Friday", "will be held Monday". "would have" is past again; "could" is as often the
#: past of "can" ("could not be reached Monday") and counts for nothing.
MODALS: frozenset[str] = frozenset({
    "will", "'ll", "would", "'d", "shall", "may", "might", "can", "should", "must", "won't",
    "wouldn't", "cannot", "can't", "to",
})

#: Words that may stand between a modal and its verb: "will not put", "would also be held".
VERB_FILLERS: frozenset[str] = frozenset({
    "not", "also", "then", "still", "only", "just", "never", "now", "soon", "be", "first",
    "stay", "remain", "get", "become",
    "again", "either", "both", "probably", "likely", "formally", "officially", "finally",
})

#: Words before "to" that make the infinitive after it a plan: "agreed to meet Friday", "is
#: set to resume Monday". Other infinitives take the tense of their sentence ("staged
#: rallies to mark the entry on Friday").
TO_GOVERNORS: frozenset[str] = frozenset({
    "plans", "plan", "planned", "planning", "agreed", "agree", "agrees", "decided", "decide",
    "decides", "expected", "expects", "expect", "scheduled", "set", "due", "going", "hopes",
    "hope", "hoped", "hoping", "wants", "want", "wanted", "intends", "intend", "intended",
    "aims", "aim", "is", "are", "am", "'s", "ready", "poised", "likely", "vowed", "vows",
    "promised", "promises", "pledged", "pledges", "threatened", "threatens", "seeks", "seeking",
    "prepared", "preparing", "prepares", "slated", "tentatively", "about", "able", "asked",
    "invited", "urged", "called", "voted", "votes", "ordered", "forecast", "projected",
    "tipped",
    # nouns of intent: "an agreement to acquire the bank in January"
    "agreement", "offer", "bid", "proposal", "deal", "intention", "commitment",
})

#: Base verbs that, as the nearest word before a weekday, schedule it ("meet Monday", "meet
#: separately Monday").
FUTURE_VERBS: frozenset[str] = frozenset({
    "meet", "visit", "arrive", "leave", "travel", "resume", "begin", "start", "open", "close",
    "vote", "decide", "announce", "release", "hold", "sign", "return", "attend", "testify",
    "appear", "hear", "rule", "launch", "take", "make", "go", "fly", "head", "end",
    "reopen", "run", "expire", "convene", "air", "premiere", "turn", "kick", "play",
    "face", "host", "unveil", "publish", "debut", "change", "apply", "come",
})

#: Their present forms, which schedule a date further on in their clause too: "The team returns
#: to Madrid on Sunday", "The museum opens to the public on Friday".
SCHEDULING_VERBS: frozenset[str] = frozenset(
    {"goes", "does"} | {v + ("es" if v.endswith(("ss", "sh", "ch", "x", "o")) else "s")
                        for v in FUTURE_VERBS if v not in ("go",)})

#: Words that, as the nearest cue before a weekday, keep it in the past. Any word ending in
#: "-ed" counts too, unless a modal governs it ("will be held").
PAST_CUES: frozenset[str] = frozenset({
    "said", "says", "was", "were", "had", "did", "told", "ago", "since", "has", "have", "been",
    "began", "came", "went", "took", "made", "met", "held", "left", "won", "lost", "fell",
    "rose", "sent", "gave", "got", "saw", "ran", "spoke", "wrote", "struck", "broke", "hit",
    "shot", "led", "quit", "sold", "bought", "paid", "put", "set", "cut", "shut", "last",
    "earlier", "according", "thought", "felt", "found", "kept", "brought", "fought", "became",
    "previously", "heard", "read", "spent", "stood", "taught", "caught", "drove", "flew",
    "threw", "wore", "sat", "slept", "lay", "hung", "let", "cost", "spread", "hurt",
    "tore", "blew", "drew", "grew", "knew", "swore", "stole", "froze", "chose", "rode", "rang",
    "sang", "sank", "swam", "hid", "fled", "fed", "dug", "stuck", "swung", "sought", "bound",
    "forgave", "forgot", "overtook", "undertook", "withdrew", "arose", "awoke", "bore", "bent",
    "built", "dealt", "laid", "lent", "lit", "meant", "mistook", "overcame", "rebuilt", "shook",
    "shone", "shrank", "slid", "sped", "spun", "sprang", "swept", "woke", "wept", "withheld",
    "upheld", "understood", "overturned", "forbade", "foresaw", "oversaw", "sentenced",
    "died", "sued", "tied", "lied", "eyed", "owed", "aged", "axed",  # too short for "-ed"
})

#: Participles that mark a plan ("is planned for Friday"); after "had" or "been" the plan is
#: past ("had been due to expire Friday").
PLAN_PARTICIPLES: frozenset[str] = frozenset({"planned", "expected", "scheduled", "due"})

#: Words ending in "-ed" that are not past participles.
NOT_PAST: frozenset[str] = frozenset({
    "hundred", "indeed", "need", "speed", "proceed", "succeed", "exceed", "feed", "seed",
    "breed", "bleed", "shed", "embed", "naked", "wicked", "sacred", "kindred", "rugged",
    "ragged", "aged", "beloved", "so-called", "red",
})

#: Words ending in a full stop that do not end a sentence ("Mr. Lee", "U.S. officials", "Sept. 3").
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep", "st", "sgt", "lt", "col", "capt",
    "maj", "adm", "cmdr", "rev", "hon", "pres", "jr", "sr", "no", "nos", "vs", "etc", "inc",
    "corp", "co", "ltd", "dept", "est", "approx", "fig", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
    "thurs", "fri", "sat", "sun", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c",
})

#: Words that name a time, and so are no one's name: "By Friday ..." is no byline, and "told
#: them on Monday that ..." has no noun before its "that".
TIME_WORDS: frozenset[str] = frozenset({
    *WEEKDAYS, *MONTHS, "today", "yesterday", "tomorrow", "tonight", "week", "month", "year",
    "morning", "afternoon", "evening", "night", "weekend", "ago", "earlier", "later", "now",
    "then", "noon", "midnight",
})


#: Spaces other than the ASCII one (no-break, thin, figure, ideographic...), each read as one
#: ordinary space: text keeps its length, so offsets into it hold.
SPACES: dict[int, str] = {cp: " " for cp in (0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F,
                                              0x205F, 0x3000)}


#: Verbs of a date that moved, as a regex alternation: "postponed from Tuesday to Thursday",
#: "moved the vote to Friday", "brought the summit forward to June".
MOVED_VERBS = (r"postpon\w*|delay\w*|mov(?:e|ed|es|ing)|push(?:ed|es|ing)?|brought|bring\w*|"
               r"reschedul\w*|shift\w*|switch\w*|chang\w*|put\s+(?:off|back)|advanc\w*|"
               r"extend\w*")
#: A date that moved, as the text before the new one: "postponed the talks to Tuesday".
MOVED_TO = rf"\b(?:{MOVED_VERBS})\b[^.;]*\s(?:to|until)\s+$"
#: Participles that set a thing for a day ("a debate scheduled for Tuesday"), as an alternation,
#: and the text before a day they set it for ("scheduled for ", "expected on ").
PLANNED = r"scheduled|planned|slated|set|due"
PLANNED_FOR = re.compile(rf"\b(?:{PLANNED}|expected)\s+(?:for|on)\s+$", re.IGNORECASE)
#: Verbs that stop or move a planned thing: "A march planned for Saturday was banned" was
#: banned before Saturday, the day it was planned for.
CALLED_OFF = (r"(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are|being)\s+)?"
              r"(?:cancel+ed|called\s+off|postponed|scrapped|banned|delayed|suspended|"
              r"put\s+off|shelved|pushed\s+back|abandoned|blocked|prohibited|halted|"
              r"moved|rescheduled|brought\s+forward|axed|dropped|adjourned|scrubbed|deferred|"
              r"put\s+on\s+hold)")
#: Those of them that move a date earlier: the old date is after the new one.
MOVED_EARLIER = re.compile(r"(?i:\b(?:brought|bring\w*|advanc\w*)\b|\bmov\w*\s+up\b"
                           r"|\bforward\b)")


#: Cities whose clock a time may be given in ("5pm New York time"), and the zone key (in
#: zones.REGIONS) their clock keeps.
CITY_ZONES: dict[str, str] = {
    "New York": "ET", "Washington": "ET", "Chicago": "CT", "Los Angeles": "PT",
    "San Francisco": "PT", "London": "UK", "Tokyo": "JST", "Seoul": "KST",
    "Hong Kong": "HKT", "Singapore": "SGT", "Sydney": "AET", "Moscow": "MSK",
    "Istanbul": "TRT", "Johannesburg": "SAST", "Nairobi": "EAT", "Lagos": "WAT",
}
