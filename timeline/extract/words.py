"""Word lists the extractor reads. They are data: adding a word is one line here, not a branch.

Every list is lower case; matching is case-insensitive.
"""

from __future__ import annotations

#: Verbs that introduce reported speech. "X said on Tuesday that ..." is the statement, dated
#: Tuesday; "..., X said." at the end of a sentence is attribution and leaves the title.
REPORTING_VERBS = frozenset({
    "said", "says", "say", "told", "tells", "added", "adds", "announced", "announces", "stated",
    "confirmed", "confirms", "declared", "warned", "warns", "noted", "wrote", "reported",
    "insisted", "argued", "claimed", "explained", "stressed", "urged", "pledged", "promised",
    "vowed", "predicted", "acknowledged", "admitted", "denied", "disclosed", "revealed",
    "estimated", "according",
})

#: Who a statement was made to, between the reporting verb and its date: "told reporters on
#: Tuesday". Regular expressions; names (capitalised words) are allowed too.
REPORTING_OBJECTS = (
    r"(?i:reporters|journalists|lawmakers|legislators|parliament|the press|the media)",
    r"(?i:(?:a|the)\s+(?:\w+\s+)?(?:briefing|hearing|conference|meeting|statement|interview|"
    r"session|summit|rally))",
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}",
)

#: Past-tense happenings that a news story reports without a date of their own when they happened
#: on the story's news day ("The new president was sworn in amid ..."). Matched as phrases.
NEWS_DAY_HAPPENINGS = (
    "was sworn in", "were sworn in", "took office", "was inaugurated", "was elected",
    "were elected", "was appointed", "was named", "resigned", "stepped down", "was arrested",
    "were arrested", "was killed", "were killed", "died", "was injured", "were injured",
    "was closed", "were closed", "was reopened", "reopened", "collapsed", "erupted", "struck",
    "exploded", "crashed", "was signed", "signed", "was launched", "launched", "was approved",
    "approved", "voted", "was dismissed", "was fired", "was evacuated", "were evacuated",
    "was suspended", "was cancelled", "was canceled", "was postponed", "landed", "took place",
    "was held", "were held", "was released", "were released",
)

#: How many body sentences after the lead still count as the news of the day for such phrases.
NEWS_DAY_SENTENCES = 3

#: Words that end the main clause of a title: what follows is circumstance, not the happening.
CLAUSE_BREAKS = (
    " at a time when ", " at a time of ", " amid ", " while ", " whereas ", " because ",
    " since ", " as part of ", " so that ", " even as ", " even though ", " although ",
    " according to ", " after ", " before ", " when ", " which ", " where ", " who ",
    " with ", ", as ", " ahead of ", " in the run-up to ", " in the lead-up to ",
)

#: Words that open a subordinate clause: a date after one belongs to that clause's verb ("Saar
#: took office at a time when both are cutting gas use before next winter"), not the main one.
SUBORDINATORS = (
    "at a time when", "at a time of", "when", "whenever", "which", "who", "whom", "whose",
    "where", "while", "amid", "because", "as part of", "so that", "even as", "although",
    "though", "unless", "after", "before", "whereas", "since", "until",
)

#: Prepositions that make a date a bound of a state or a deadline ("since the 1990s", "by the
#: end of September"), not the time of a happening.
BOUNDS = frozenset({"since", "until", "till", "by", "through", "throughout"})

#: Lines before the lead that name the writer ("By Lena Marsh"), left out of the sentences.
BYLINE_WORDS = ("by", "from", "posted by", "written by", "reporting by", "words by")

#: Words before a date that make it a modifier of the next noun ("Japan's 1910-1945 occupation",
#: "the 2018 agreement"): background, not when the sentence's verb happened.
DETERMINERS = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
})

#: Words before a date that tie it to the clause's verb ("said on Tuesday", "closed in May").
PREPOSITIONS = frozenset({
    "on", "in", "at", "by", "since", "from", "until", "till", "during", "through", "before",
    "after", "between", "late", "early", "earlier", "later", "as", "of", "for", "to", "around",
})

#: Words that are never names even when capitalised (sentence starts, months, weekdays ...).
NOT_NAMES = frozenset({
    "the", "a", "an", "on", "in", "at", "by", "for", "and", "but", "or", "if", "it", "its",
    "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "there", "his",
    "her", "their", "our", "after", "before", "when", "while", "as", "with", "from", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "mr", "mrs", "ms", "dr", "last", "next", "earlier", "later",
})

#: Words too common to tell two happenings apart.
STOPWORDS = frozenset({
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
    "from", "into", "onto", "over", "under", "about", "as", "is", "are", "was", "were", "be",
    "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "could",
    "should", "may", "might", "must", "can", "that", "this", "these", "those", "it", "its",
    "he", "she", "they", "them", "his", "her", "their", "we", "our", "you", "i", "who", "whom",
    "which", "what", "when", "where", "while", "after", "before", "than", "then", "so", "not",
    "no", "also", "said", "says", "told", "added", "according", "new", "more", "most", "some",
    "any", "all", "one", "two", "three", "up", "out", "off", "there", "here", "if", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week",
    "month", "year", "day", "today", "yesterday", "tomorrow", "last", "next", "earlier", "later",
    "mr", "mrs", "ms", "per", "cent", "percent", "january", "february", "march", "april",
    "june", "july", "august", "september", "october", "november", "december", "morning",
    "evening", "night", "afternoon", "people", "officials", "least",
})

#: Words that say the same thing in news reports; each maps to the first of its group when two
#: reports are compared. Matched after lower-casing, on whole words.
SYNONYMS = (
    ("approve", "approved", "approves", "passed", "passes", "adopted", "backed", "endorsed"),
    ("resign", "resigned", "resigns", "quit", "quits", "stepped", "steps"),
    ("quake", "earthquake", "earthquakes", "quakes", "tremor"),
    ("strike", "strikes", "walked", "walkout", "walkouts", "stoppage"),
    ("raise", "raised", "raises", "increased", "increases", "hiked", "hikes"),
    ("arrest", "arrested", "arrests", "detained", "detains"),
    ("deal", "agreement", "accord", "pact", "treaty", "signed", "signs"),
    ("fire", "fires", "wildfire", "wildfires", "blaze", "blazes"),
    ("evacuate", "evacuated", "evacuation", "evacuations", "evacuates"),
    ("reform", "reforms", "overhaul"),
    ("truce", "ceasefire", "cease-fire", "armistice"),
    ("inaugurate", "inaugurated", "inauguration", "sworn"),
    ("win", "won", "wins", "victory", "victorious"),
    ("parliament", "lawmakers", "legislators", "legislature", "mps", "congress"),
    ("die", "died", "dies", "killed", "killing", "kills", "dead", "deaths", "death"),
    ("moon", "lunar"),
    ("hit", "hits", "struck", "strikes", "landfall", "shook", "shakes", "jolted", "rocked"),
    ("tourist", "tourists", "holidaymakers", "visitors"),
    ("sea", "undersea", "subsea"),
    ("rail", "railway", "railways", "train", "trains"),
    ("meet", "met", "meets", "meeting", "talks"),
    ("hear", "heard", "hearing", "hearings"),
    ("revenue", "revenues", "sales"),
    ("forecast", "forecasts", "estimates", "expectations"),
    ("federal", "fed"),
    ("france", "french"),
    ("launch", "launched", "launches", "liftoff"),
    ("open", "opened", "opens", "opening", "reopened", "reopens"),
    ("close", "closed", "closes", "closure", "shut", "shuts"),
    ("council", "councillors", "councilors", "councils"),
)

#: Past participles that do not end in "-ed": "the cracks found last week" is a noun with a
#: participle after it, and the date goes with the participle, not with the sentence's verb.
IRREGULAR_PARTICIPLES = frozenset({
    "found", "built", "made", "held", "seen", "taken", "given", "shown", "known", "sold",
    "paid", "written", "done", "begun", "brought", "bought", "caught", "kept", "left", "lost",
    "set", "shut", "struck", "won", "sent", "spent", "hit", "cut", "laid", "led", "met",
    "drawn", "grown", "thrown", "chosen", "broken", "spoken", "stolen", "driven", "risen",
    "fallen", "hidden", "withdrawn", "undertaken", "overseen", "signed", "sworn", "torn", "worn",
    "put", "read", "run", "told", "heard", "felt", "meant", "dealt", "sought", "taught",
})

#: Irregular past forms, for telling a clause that reports a happening ("since the bridge
#: opened", "when a first audit found leaks") from one that does not.
IRREGULAR_PAST = frozenset({
    "was", "were", "had", "did", "went", "came", "began", "became", "took", "gave", "made",
    "found", "built", "held", "saw", "knew", "showed", "sold", "paid", "wrote", "brought",
    "bought", "caught", "kept", "left", "lost", "set", "shut", "struck", "won", "sent", "spent",
    "hit", "cut", "laid", "led", "met", "drew", "grew", "threw", "chose", "broke", "spoke",
    "stole", "drove", "rose", "fell", "hid", "withdrew", "undertook", "oversaw", "swore", "tore",
    "put", "ran", "told", "heard", "felt", "meant", "dealt", "sought", "taught", "stood", "fought",
    "flew", "froze", "sank", "shot", "slid", "spread", "split", "woke", "wore", "said",
})

#: Auxiliaries and forms of "be" and "have": a participle after one of these is the verb of its
#: clause ("the bridge was closed on Monday"), and a noun phrase followed by one is a subject.
AUXILIARIES = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does",
    "did", "remain", "remains", "remained", "showed", "shows",
})

#: Subject pronouns: a reported clause starting with one needs its speaker to be read ("The
#: company said it would add ferries"), so a title keeps the attribution.
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "this", "that"})

#: Reporting verbs whose reported clause may follow without "that" ("Okafor told reporters the
#: closure would last ..."); verbs such as "announced" take a noun instead.
BARE_COMPLEMENT_VERBS = frozenset({
    "said", "says", "say", "told", "tells", "added", "adds", "warned", "warns", "insisted",
    "argued", "claimed", "stressed", "noted", "predicted", "acknowledged", "admitted",
    "explained", "believed", "believes", "thought", "wrote", "reported", "confirmed",
    "estimated", "expected", "hoped", "heard", "ruled", "found", "learned", "concluded",
    "alleged",
})

#: Words that open a clause whose own verb a date in it belongs to ("since the stadium opened
#: in 1974", "after the council voted on Monday"): such a clause can be an event of its own
#: when the sentence's main verb has no date.
CLAUSE_SUBORDINATORS = ("since", "when", "after", "before", "because", "once", "until")

#: Plural common nouns that open news sentences ("Critics said ...", "Buildings swayed ..."):
#: capitalised there, but not names.
COMMON_OPENERS = frozenset({
    "critics", "analysts", "protesters", "demonstrators", "engineers", "workers", "residents",
    "rescuers", "buildings", "thousands",
    "hundreds", "dozens", "leaders", "investors", "voters", "doctors", "nurses", "teachers",
    "farmers", "fishermen", "students", "experts", "witnesses", "authorities", "troops",
    "soldiers", "firefighters", "scientists", "researchers", "prosecutors", "judges",
    "ministers", "officers", "passengers", "commuters", "traders", "shoppers", "tourists",
    "cars", "flights", "prices", "talks", "negotiators", "diplomats", "inspectors", "divers",
})

#: Words of a person's title, left out when names are compared ("Prime Minister Sara Lind" and
#: "Sara Lind" are one person).
TITLE_WORDS = frozenset({
    "president", "prime", "minister", "chancellor", "foreign", "finance", "defence", "defense",
    "interior", "health", "trade", "secretary", "governor", "mayor", "king", "queen", "prince",
    "princess", "senator", "judge", "chief", "executive", "general", "leader", "opposition",
    "deputy", "vice", "ambassador", "envoy", "captain", "coach", "chairman", "chairwoman",
    "chair", "director", "commissioner", "spokesman", "spokeswoman", "mr", "mrs", "ms", "dr",
})


#: Head nouns of a named period ("the 1940-1991 Soviet period"): its name ends with the head,
#: or with an "of" phrase right after it ("the 1958-1961 expansion of the port").
PERIOD_HEADS = frozenset({
    "administration", "blockade", "boom", "campaign", "career", "ceasefire", "conflict",
    "construction", "crisis", "depression", "dictatorship", "dispute", "drought", "dynasty",
    "embargo", "emergency", "empire", "epidemic", "era", "expansion", "famine", "government",
    "insurgency", "invasion", "lockdown", "mandate", "occupation", "outbreak", "pandemic",
    "period", "presidency", "programme", "program", "project", "protectorate", "recession",
    "reconstruction", "reform", "regime", "reign", "revolution", "rift", "rule", "sanctions",
    "siege", "slump", "strike", "struggle", "talks", "term", "tenure", "truce", "uprising",
    "war", "wars",
})


#: Verbs that, bare after "and", carry on a verb group with "will": "will hold an investor day
#: on Dec. 4 and report results in February".
BARE_VERBS: frozenset[str] = frozenset({
    "report", "announce", "publish", "release", "hold", "open", "close", "start", "begin",
    "launch", "unveil", "present", "complete", "sign", "vote", "decide", "meet", "visit",
    "travel", "return", "resume", "end", "pay", "deliver", "submit", "file", "issue", "hand",
    "reopen", "host", "attend", "testify", "rule", "appear", "fly", "leave", "arrive",
})
