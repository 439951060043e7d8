"""Which clause of a sentence a date belongs to, so that an event's title and its date come from
the same clause.

"Okafor told reporters the closure would last weeks and that extra ferries would cross the
estuary from Wednesday": Wednesday is when the ferries cross, so the event is titled by that
clause, not by the closure. "Whitlock said the cracks found last week were a warning": last week
is when the cracks were found (a participle after a noun), not when Whitlock spoke. "... since
the stadium opened in 1974": 1974 is when the stadium opened.

No parser: a few patterns over words, with the word lists in words.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.dates.words import FUTURE_VERBS, SCHEDULING_VERBS, TIME_WORDS
from timeline.extract.words import (
    AUXILIARIES,
    BARE_COMPLEMENT_VERBS,
    BARE_VERBS,
    BOUNDS,
    CLAUSE_SUBORDINATORS,
    DETERMINERS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    PRONOUNS,
    REPORTING_OBJECTS,
    REPORTING_VERBS,
)

_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_QUOTES_OPEN, _QUOTES_CLOSE = "“\"", "”\""
_DATE_PREPOSITION = re.compile(
    r"(?:\b(?:late|early|earlier|later)\s+)?(?:\b(?:on|in|at|during|over|from)\s+)?$",
    re.IGNORECASE)

#: A past participle that can open an aside ("filed", "built"; not "said", "read", "put"),
#: and the adverbs that may come before it ("first drawn up")
PARTICIPLE = (r"(?:[a-z]{3,}ed|"
              + "|".join(sorted(IRREGULAR_PARTICIPLES - {"said", "told", "read", "put"})) + ")")
PARTICIPLE_ADVERBS = ("first", "originally", "initially", "later", "recently", "newly")
_ADVERB = "(?:" + "|".join(PARTICIPLE_ADVERBS) + ")"
# "... the cracks found " / "..., completed " right before a date
_PARTICIPLE_BEFORE = re.compile(
    rf"(?:^|(?P<comma>,)|\s)\s*(?:{_ADVERB}\s+)?"
    r"(?P<verb>[a-z][a-z’'-]*)\s+(?:(?:up|out|down|off|back|over|forward)\s+)?"
    # "brokered by Qatar on Tuesday", "found in a ditch on Monday": a short phrase between
    r"(?:(?:by|in|at|near|outside|off|from|to|into|under|with)\s+(?:[\w.’'-]+\s+){1,4})?$")

# A date right before ", when ..." dates the when-clause: "in the 1990s, when an audit ..."
_WHEN_AFTER = re.compile(r"[\s,.\"”’']*when\s+", re.IGNORECASE)

# Where a reported clause begins: "said (that) ", "told reporters (that) "
_COMPLEMENT = re.compile(
    r"\b(?:(?i:told|tells)(?:\s+(?:" + "|".join(REPORTING_OBJECTS) + r"))?|(?i:"
    + "|".join(sorted(BARE_COMPLEMENT_VERBS - {"told", "tells"})) + r"))\b,?\s+"
    # "said on Tuesday that ...", "said in a statement that ...": when and how it was said
    r"(?:(?i:(?:(?:late|early)\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)|yesterday|today|last\s+week|this\s+week|in\s+a\s+statement)"
    r"\s+(?=(?i:that)\s))?(?i:that\s+)?"
)
# "... and that ..." coordinates two reported clauses; "; " two sentences
_COORDINATED = re.compile(r"(?:,?\s+(?:and|but)\s+that\s+|;\s+)", re.IGNORECASE)
# After its date a clause ends where another begins: ", and the ...", " and is ...", "; "
_PAST_VERB = r"(?:(?:re-|co-|over-|under-)?[a-z]{2,}ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")\b"
_NEXT_CLAUSE = re.compile(
    r",\s*(?:and|but)\s+|;\s+|,\s+(?=[a-z]+ing\b)|\s+(?:and|but)\s+(?=(?:"
    + "|".join(sorted({*DETERMINERS, *PRONOUNS, *AUXILIARIES, "police", "officials"}))
    + r")\b)"
    # "arrested him on Friday and released him on Sunday": a second verb of the same subject
    + r"|(?P<verb>\s+(?:and|but|then)\s+(?=" + _PAST_VERB + "))"
    # "will hold an investor day on Dec. 4 and report results in February": a bare one
    + r"|(?P<bare>\s+(?:and|then)\s+(?=(?:" + "|".join(sorted(BARE_VERBS)) + r")\s+(?:the|a|an|"
    r"its|their|his|her|[a-z]+-[a-z]+|results|talks|officials)\b))"
    # "retired in March 2015 but still sails most weekends"
    + r"|\s+(?:and|but)\s+(?=(?:still|now|also|later|soon|since)\s+[a-z]+)"
    # "opened in 1961 and carries 40,000 vehicles a day": a present state after the happening
    + r"|\s+and\s+(?=(?!(?:was|has|its|this|his|thus|always|perhaps|is|as|us|yes|less|across|"
    r"various|previous|serious|famous|numerous|series|news|means|chess|press|bus)\b)"
    r"[a-z]{3,}s\s+(?:the|a|an|its|their|more|about|over|some|up|\d))",
    re.IGNORECASE,
)
# "... and released him on Sunday": where a second verb of the sentence's subject begins
_SECOND_VERB = re.compile(r",?\s+(?:and|but|then)\s+(?=" + _PAST_VERB
                          + r"|(?:will|would)\s+(?:also\s+)?[a-z]{2,}\b"  # "and will report"
                          # "and is expected to close in the third quarter"
                          + r"|(?:is|are)\s+(?:expected|due|set|scheduled|likely)\s+to\s"
                          + r"|(?P<bare>(?:" + "|".join(sorted(BARE_VERBS)) + r")\b))")
# "The company will hold an investor day on Dec. 4": the subject before its modal
_MODAL_SUBJECT = re.compile(r"^(?P<s>[^,]*?)\s+(?:will|would|shall)\s+(?:also\s+|not\s+)?"
                            r"[a-z]{2,}\b")
_SUBORDINATOR = re.compile(
    r"\b(?:" + "|".join(CLAUSE_SUBORDINATORS) + r")\s+(?=[A-Za-z“\"])", re.IGNORECASE
)


def _last(pattern: re.Pattern[str], sentence: str, start: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``sentence`` before ``start``: the nearest opener."""
    matches = list(pattern.finditer(sentence, 0, start))
    return matches[-1] if matches else None


# "A tsunami warning issued shortly after the quake was lifted ...": a noun, a participle and
# its time ("issued shortly after the quake") before the sentence's own verb ("was lifted").
# Only verbs that need an object read so: "The mayor resigned after the plan was rejected" is
# the mayor resigning.
OBJECT_PARTICIPLES = frozenset({
    "issued", "imposed", "declared", "ordered", "introduced", "deployed", "detained", "arrested",
    "seized", "erected", "installed", "established", "enacted", "appointed", "elected", "hired",
    "captured", "abducted", "kidnapped", "evacuated", "built", "taken", "sent", "given",
    "granted", "signed", "announced", "launched", "filed", "lodged", "proposed", "adopted",
    "approved", "awarded", "placed", "raised", "planted",
})
REDUCED_RELATIVE = re.compile(
    r"^(?P<noun>\W*(?:(?i:the|a|an)|[A-Z][\w’'-]*[’']s)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*)"
    r"\s+(?P<part>" + "|".join(sorted(OBJECT_PARTICIPLES)) + r")"
    r"\s+(?:(?:shortly|just|soon|right|immediately|hours|days|weeks|months|years)\s+)?"
    r"(?:after|before|since|during|in|on)\s+[^,;]*?\s(?P<verb>(?:was|were)\s+[a-z]+ed)\b")


# "Born in 1950 in Lagos, Adeyemi moved ...": a participle phrase opening the sentence, then
# its subject
OPENING_PARTICIPLE = re.compile(
    r"^\W*(?P<phrase>(?:Born|Founded|Elected|Appointed|Established|Built|Opened|Created|Formed|"
    r"Named|Launched|Raised|Educated|Trained|Married|Arrested|Released|Sworn\s+in|Hired|"
    r"Acquired|Listed|Incorporated)\b[^,;]*),\s+"
    r"(?P<subject>(?:(?:[A-Z][\w’'.-]*|of|the|de|van|von)\s+){0,4}?[A-Z][\w’'-]*"
    r"|(?i:the|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?[a-z][\w’'-]*"
    r"|he|she|they|it)"  # "Born in Bergen in 1936, she studied ..."
    r"(?=\s+[a-z])")


# "The lawsuit, filed in 2022, alleges ...": a noun, then a participle phrase in commas
_PARTICIPLE_ASIDE = re.compile(
    r"(?P<noun>\b(?i:the|a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+"
    r"|\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}),\s+"
    rf"(?P<phrase>(?:{_ADVERB}\s+)?{PARTICIPLE}\b[^,;]*),")


def participle_aside(sentence: str, start: int, end: int) -> tuple[Clause, str] | None:
    """The participle phrase in commas that the date at ``start:end`` is in, and its noun:
    "The lawsuit, filed in 2022, alleges ..." gives "filed in 2022" and "The lawsuit"."""
    for match in _PARTICIPLE_ASIDE.finditer(sentence, max(0, start - 120), end + 120):
        if match.start("phrase") <= start and end <= match.end("phrase"):
            return Clause(match.start("phrase"), match.end("phrase")), match.group("noun")
    return None


def has_verb(text: str) -> bool:
    """A past verb or an auxiliary in ``text``: a clause ("after the vote was held"), not a
    phrase ("shortly before 9pm", "the worst year since 2008")."""
    return reports_happening(text) or any(
        w.lower() in AUXILIARIES for w in _WORD.findall(text))


@dataclass(frozen=True, slots=True)
class Clause:
    """A stretch of a sentence to title an event by; offsets into the sentence."""

    start: int
    end: int


def is_participle_modifier(sentence: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` goes with a participle that describes a noun: "the
    cracks found last week were ...", "the survey, completed last week, found ..."."""
    cut = _DATE_PREPOSITION.search(sentence, max(0, start - 40), start)
    before = sentence[:cut.start() if cut is not None else start]
    match = _PARTICIPLE_BEFORE.search(before)
    if match is None or not _is_participle(match.group("verb")):
        return False
    if _PERIOD_ENDED.search(before, 0, match.end()):
        return False  # "Profit for the six months ended June 30 fell": the period's end
    after = sentence[end:]
    if match.group("comma"):
        # "The agreement, signed in 2015 and ratified in 2016, expires ...": the aside may
        # go on with a second participle
        second = AND_PARTICIPLE.match(after)
        return after.lstrip().startswith(",") or (
            second is not None and _TO_COMMA.match(after, second.end()) is not None)
    words = [w.lower() for w in _WORD.findall(before[: match.start("verb")])][-4:]
    if not words or words[-1] in AUXILIARIES or words[-1] in PRONOUNS or words[-1] == "to":
        return False
    if match.group("verb").lower() in _ONLY_PARTICIPLES and reports_happening(
            before[:match.start("verb")]):
        return True  # "compared aerial photographs taken in 1936 with ...": no past verb of
        # its own, and the sentence's came before it
    if not any(w in DETERMINERS or w.endswith(("'s", "’s")) for w in words):
        return False
    if any(w in AUXILIARIES for w in words):
        return False
    if _AFTER_PREPOSITION.search(before, 0, match.start("verb")):
        return True  # "uncertainty over a project first promised in 2014": the object of a
        # preposition is no subject, so its "-ed" is a participle
    return _verb_follows(after)


# A noun phrase after a preposition, right before a participle: "over [a project] first"
_AFTER_PREPOSITION = re.compile(
    r"\b(?:over|of|for|about|with|against|from|into|on|at|by)\s+(?:a|an|the|its|their|his|her)"
    rf"\s+(?:[\w’'-]+\s+){{0,2}}?[a-z][\w’'-]*\s+(?:{_ADVERB}\s+)?$")
#: Participles that are no simple past: after a noun they describe it ("photographs taken").
_ONLY_PARTICIPLES = IRREGULAR_PARTICIPLES - IRREGULAR_PAST
#: A second participle joined by "and": "signed in 2015 and ratified in 2016".
AND_PARTICIPLE = re.compile(r"\s+and\s+(?:\w+ly\s+)?(?=[a-z]+(?:ed|en|wn|ld|ught|ut)\b)")
_TO_COMMA = re.compile(r"[^,;.]*,")
_PERIOD_ENDED = re.compile(r"\b(?:months?|weeks?|years?|quarters?|period|half|days)\s+"
                           r"(?:ended|ending)\s*$", re.IGNORECASE)
_PLACE_WORDS = frozenset({"in", "at", "by", "near", "outside", "from"})


def _verb_follows(after: str) -> bool:
    """Does the sentence's verb come next, maybe after a short phrase of place: "(the cracks
    found last week) were ...", "(A study published Wednesday) in the journal Nature found"?"""
    words = _WORD.findall(after.split(",", 1)[0])[:7]
    if not words:
        return False
    if words[0].lower() in AUXILIARIES or (words[0].islower() and _is_past(words[0], "")):
        return True  # "(A report published that June) found ..."
    if words[0].lower() not in _PLACE_WORDS:
        return False
    return any(w.lower() in AUXILIARIES or (w[:1].islower() and _is_past(w, ""))
               for w in words[2:])


def reduced_relative(sentence: str, start: int, end: int) -> tuple[Clause, str] | None:
    """The participle phrase after the noun opening the sentence that the date at
    ``start:end`` is in, and that noun, when the sentence's verb follows it: "A study
    published Wednesday in the journal Nature found ..." gives "published Wednesday in the
    journal Nature" and "A study"."""
    match = _REDUCED.match(sentence)
    if match is None or not (match.start("phrase") < start and end <= match.end("phrase")):
        return None
    return Clause(match.start("phrase"), match.end("phrase")), match.group("noun")


def object_participle(sentence: str, start: int, end: int) -> tuple[Clause, str] | None:
    """A participle that is no simple past after the object of the sentence's verb, that the
    date at ``start:end`` is in, and that object: "compared aerial photographs taken in 1936
    with ..." gives "taken in 1936" and "aerial photographs"; "recovered paintings stolen in
    2019 from a museum in Oslo" gives "stolen in 2019 from a museum in Oslo" and "paintings"."""
    found = _last(_OBJECT_PARTICIPLE, sentence, start)
    if found is None or found.group("verb").lower() not in _ONLY_PARTICIPLES:
        return None
    words = found.group("noun").split()
    # the noun begins after the sentence's verb or a determiner: "recovered [paintings]"
    cut = max((i + 1 for i, w in enumerate(words)
               if _is_past(w, "") or w.lower() in DETERMINERS or w.lower() in _PLACE_WORDS),
              default=0)
    noun = " ".join(words[cut:])
    begin = found.end("noun") - len(noun)
    if not noun or not reports_happening(sentence[:begin]) or any(
            w.lower() in AUXILIARIES or w.lower() in PRONOUNS for w in words[cut:]):
        return None
    if sentence[found.end("verb"):start].strip(" ") and not _PLACE_OR_TIME.fullmatch(
            sentence, found.end("verb"), start):
        return None
    stop = _PHRASE_STOP.search(sentence, end)
    return Clause(found.start("verb"), stop.start() if stop else len(sentence)), noun


# an object and the participle after it: "[aerial photographs] [taken]"
_OBJECT_PARTICIPLE = re.compile(r"\b(?P<noun>(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*s)\s+"
                                r"(?P<verb>[a-z]+)\b")
_PLACE_OR_TIME = re.compile(r"(?:\s+(?:up|out|down|off|back|over))?"
                            r"\s+(?:(?:in|on|at|near|from|by)\s+(?:[\w.’'-]+\s+){0,4}?)?"
                            r"(?:in|on|at|during|since|by)?\s*")
# Where a participle's phrase ends after its date: a comma, "with", "and", the full stop
_PHRASE_STOP = re.compile(r"\s*(?:[,;.]|\s(?:with|and|but|as|while|when|after|before)\s)")


# "that June", "that same day": a time, not a clause opening
_THAT_TIME = (r"(?i:(?:same\s+)?(?:day|week|month|year|spring|summer|autumn|fall|winter|morning|"
              r"afternoon|evening|night|january|february|march|april|may|june|july|august|"
              r"september|october|november|december))\b")
_REDUCED = re.compile(
    r"^\W*(?P<noun>(?:The|A|An|[A-Z][\w’'-]*[’']s)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*)\s+"
    rf"(?P<phrase>{PARTICIPLE}\b(?:(?!\bthat\b(?!\s+{_THAT_TIME}))[^,;])*?)(?=\s+(?:[a-z]{{2,}}ed|"
    + "|".join(sorted(IRREGULAR_PAST | AUXILIARIES)) + r")\b)")


def _is_participle(word: str) -> bool:
    word = word.lower()
    return word in IRREGULAR_PARTICIPLES or (word.endswith("ed") and len(word) > 4)


def _is_past(word: str, previous: str) -> bool:
    word = word.lower()
    if previous.lower() in DETERMINERS and previous.lower() != "that":
        return False  # "the corroded supports": an adjective ("that opened": a relative's verb)
    return word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)


def reports_happening(text: str) -> bool:
    """Whether a clause has a verb in the past: it reports something that happened."""
    words = _WORD.findall(text)
    return any(_is_past(word, words[i - 1] if i else "") for i, word in enumerate(words))


def precedes_when(sentence: str, end: int) -> bool:
    return _WHEN_AFTER.match(sentence[end:]) is not None


# The verb of a reported clause right after a date in its subject: "found that heat waves
# between 2010 and 2019 were twice as frequent"
_SUBJECT_VERB = re.compile(r"\s+(?:was|were|had|has|have|is|are)\b")


# A pronoun subject and its past verb right after a date: "[in 2003] she advised"
_PRONOUN_VERB = re.compile(r",?\s+(?:he|she|they|it|we)\s+(?:\w+ly\s+)?" + _PAST_VERB)
_PRESENT_VERB = re.compile(r"\b[a-z]{3,}s\s+(?:at|on|in|by|from)\b")


def title_clause(sentence: str, start: int, end: int, dates: Sequence[int] | None = None
                 ) -> Clause:
    """The part of ``sentence`` that the date at ``start:end`` belongs to, when it is a
    reported clause or one of several joined ones; the whole sentence when it is the main one.
    ``dates``, when given, are where the sentence's other dates start: a second verb of the
    same subject without one of them is the same happening's ("will visit Paris on Monday and
    meet officials"), and stays in the clause; a statement ("and said ...") does not.

    A reported clause whose subject is a pronoun keeps its attribution ("The company said it
    would add ferries"), which says who "it" is.
    """
    begin = 0
    reduced = _REDUCED.match(sentence)
    for match in _COMPLEMENT.finditer(sentence, 0, start):
        aside = (sentence[:match.start()].endswith(", ") and not match.group().lower(
            ).startswith(("said", "says", "told", "tells"))) or (
            reduced is not None and match.start() == reduced.start("phrase"))
        # "The bodies, found in a ditch on Monday, were ...": a participle aside opens no
        # reported clause
        begin = 0 if aside else match.end()
    for match in _COORDINATED.finditer(sentence, begin, start):
        begin = match.end()
    stop = _NEXT_CLAUSE.search(sentence, end)
    while dates is not None and stop is not None and (stop.group("verb") or stop.group("bare")):
        verb = _WORD.match(sentence, stop.end())
        if verb is None or verb.group().lower() in REPORTING_VERBS:
            break  # "met both sides on Tuesday and said she expected ...": a statement
        after = _NEXT_CLAUSE.search(sentence, stop.end())
        limit = after.start() if after is not None else len(sentence)
        if any(stop.end() <= d < limit for d in dates):
            break  # "and report results in February": a happening at a date of its own
        stop = after
    finish = stop.start() if stop is not None else len(sentence)
    if begin and not reports_happening(sentence[begin:start]) \
            and not re.search(r"\b(?:will|would|could|should|may|might|must|can)\b",
                              sentence[begin:start], re.IGNORECASE) \
            and not _SUBJECT_VERB.match(sentence, end, finish):
        begin = 0  # not a clause with a verb of its own: "said the plan ..." is no clause
    for match in _COORDINATE.finditer(sentence, begin, start):
        # "Polls open at 7am, and the count begins at 11pm": the clause the date is in
        if reports_happening(sentence[match.end():start]) or _PRESENT_VERB.search(
                sentence, match.end(), start):
            begin = match.end()
    dated = _DATE_OPENS_CLAUSE.search(sentence, begin, start)
    if dated is not None and dated.end() == start and _PRONOUN_VERB.match(sentence, end) and \
            reports_happening(sentence[begin:dated.start()]):
        begin = start  # "..., and in the early 2000s she advised cities": the date opens it
    coordinated = False
    for match in _COORDINATE_PRONOUN.finditer(sentence, begin, start):
        # "The party has held the province since 1996, but it lost two by-elections last
        # year": the clause the date is in, its "it" named by the sentence's subject
        begin, coordinated = match.end(), True
    first = _WORD.match(sentence, begin) if begin else None
    if first is not None and first.group().lower() in PRONOUNS and not coordinated:
        begin = 0
    opened = open_quote(sentence, start)
    if opened is not None and opened >= begin:
        begin = opened + 1
        closing = _close_quote(sentence, end)
        if closing is not None:
            finish = min(finish, closing)
    return Clause(begin, finish)


def subordinate_clause(sentence: str, start: int, end: int) -> Clause | None:
    """The clause a date in a subordinate clause dates, when that clause reports a happening
    and the date is not a bound ("since the stadium opened in 1974" -> "the stadium opened";
    "before next winter" is a deadline, not a date of a happening)."""
    before = sentence[:start]
    last = _WORD.findall(before[-20:])
    if last and last[-1].lower() in (*BOUNDS, "before", "after"):
        return None
    opener = _last(_SUBORDINATOR, sentence, start)
    if opener is None:
        return None
    text = sentence[opener.end():start]
    if not text.strip() or not reports_happening(text):
        return None
    return _clause_from(sentence, opener.end(), end)


# ", who took office in January," / "a strike that began on 19 February"
_RELATIVE = re.compile(r"(?P<comma>,\s*)?\b(?P<pronoun>which|who|that)\s+", re.IGNORECASE)
# The noun a relative clause tells of: from its determiner or possessive, or a name's run of
# capitalised words ("the driver", "Japan's new envoy", "Anna Berg")
_NOUN_BEFORE = re.compile(
    r"(?:\b(?i:" + "|".join(sorted(DETERMINERS)) + r")\s+|\b[A-Z][\w’'-]*[’']s\s+)"
    r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+$"
)
# A bare noun right after what was said: "said container rates"
_SAID_NOUN = re.compile(r"\b(?:" + "|".join(sorted(BARE_COMPLEMENT_VERBS)) + r"|that)\s+"
                        r"(?P<noun>(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)$")
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*$")
# A person named with the organisation they are of: "[Joan Pryor] of the Hull Chamber of Commerce"
_PERSON_OF = re.compile(r"\b((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*)\s+of\s+(?:the\s+)?"
                        r"[A-Z][\w’'.&-]*(?:(?:\s+(?:of|for|and|on))?\s+[A-Z][\w’'.&-]*)*$")
# A name (or "the" noun) the noun before a relative clause is an appositive of: "[Solheim], a
# former judge who", "[the party], a group that"
_NAMED_BEFORE = re.compile(r"(?:^|[,;]\s*|\b[a-z]+\s+)((?:[A-Z][\w’'.-]*\s+){0,3}"
                           r"[A-Z][\w’'-]*|(?:the|The)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
                           r",\s+$")


_LATER_MODAL = re.compile(r"\s*[a-z]\S*\s(?:[^,;]*\s)?(?:will|would|shall|can|could|may|"
                          r"might|must)\s", re.IGNORECASE)


def main_verb_follows(relative: str) -> bool:
    """Has the main clause's verb come in ``relative``, the words after a relative pronoun
    with no comma before it? "that began on Monday breached", "who paid bribes will be"."""
    return _verb_groups(relative) >= 2 or _LATER_MODAL.match(relative) is not None


_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def _verb_groups(text: str) -> int:
    """How many past verb groups ``text`` holds: "was founded" is one, "began ... breached"
    two."""
    count = 0
    previous = ""
    for match in _WORD.finditer(text):
        if _is_past(match.group(), previous) and previous.lower() not in _BE:
            count += 1
        previous = match.group()
    return count


def relative_clause(sentence: str, start: int, end: int) -> tuple[Clause, str] | None:
    """The relative clause the date at ``start:end`` is in, when it reports a happening, and
    the noun it tells of: "The minister, who took office in January, ..." gives "took office in
    January" and "The minister"; "ending a strike that began on 19 February" gives "began on 19
    February" and "a strike". A relative set off by commas ends at its closing comma; "that"
    after a verb ("said that") opens a reported clause, not a relative one."""
    opener = _last(_RELATIVE, sentence, start)
    if opener is None:
        return None
    between = sentence[opener.end():start]
    if opener.group("comma") and "," in between:
        return None  # closed: the date is back in the main clause
    if not opener.group("comma") and (main_verb_follows(between)
                                      or _MAIN_RESUMES.search(between) is not None):
        return None  # "the eruption that began on Monday breached ... on Wednesday", "Two
        # agents who paid bribes will be sentenced on Dec. 12": the second verb is the main
        # clause's
    head = _AGE.sub("", sentence[:opener.start()].rstrip(" ,"))  # "Halvorsen, 61, who"
    found = _NOUN_BEFORE.search(head)
    noun = found.group() if found is not None else None
    if found is not None and (named := _NAMED_BEFORE.search(head, 0, found.start())):
        noun = named.group(1)  # "Solheim, a former judge who took office in 2021": Solheim
    if opener.group("pronoun").lower() == "who" and (person := _PERSON_OF.search(head)):
        noun = person.group(1)  # "Joan Pryor of the Hull Chamber of Commerce, who": Pryor
    if noun is None and opener.group("comma"):
        # "Anna Berg, who took office in May," / "Opposition lawmakers, who blocked ...," /
        # "said container rates, which peaked in 2022,"
        found = _NAME_BEFORE.search(head) or _SAID_NOUN.search(head) or (
            _WHOLE.match(head) if len(head.split()) <= 4 else None)
        if found is not None:
            noun = found.group("noun") if found.re is _SAID_NOUN else found.group()
    # the clause's verb may come after the date: "Hanne Vik, who in 1962 became the first ..."
    told = sentence[opener.end():_clause_from(sentence, opener.end(), end).end] \
        if opener.group("comma") else between
    if noun is None or not (reports_happening(told) or _plans(told)):
        return None
    words = [w.lower() for w in _WORD.findall(noun)]
    if (any(w in AUXILIARIES or w in PRONOUNS for w in words) or _is_past(words[-1], "")
            or words[-1] in TIME_WORDS):
        return None  # "said that", "it was that", "told them on Monday that": not a noun
    clause = _clause_from(sentence, opener.end(), end)
    if not opener.group("comma"):
        # a relative clause without commas ends where the main clause's verb comes
        main_verb = _past_verbs(sentence[end:clause.end])
        if main_verb:
            clause = Clause(clause.start, end + main_verb[0])
    return clause, noun.strip()


# The main clause again after an aside: "The bridge, a landmark that opened in 1932, will close"
_MAIN_RESUMES = re.compile(r",\s+(?:will|would|shall|can|could|may|might|must|should|is|are|"
                           r"was|were|has|have|had)\b")
_WILL = re.compile(r"^\s*(?:will|shall|is\s+to|are\s+to|(?:is|are)\s+(?:due|set|scheduled|"
                   r"expected)\s+to)\s+(?:not\s+|also\s+)?[a-z]", re.IGNORECASE)


_PLAN_VERBS = FUTURE_VERBS | SCHEDULING_VERBS


def _plans(clause: str) -> bool:
    """Does a relative clause open with a plan: "which will vote on Friday", "who play Dunmore
    on Tuesday", "which opens on Monday"?"""
    first = _WORD.match(clause.lstrip())
    return _WILL.match(clause) is not None or (
        first is not None and first.group() in _PLAN_VERBS)


def _past_verbs(text: str) -> list[int]:
    """Where the past verbs of ``text`` start ("began", "was", "breached")."""
    found: list[int] = []
    previous = ""
    for match in _WORD.finditer(text):
        if _is_past(match.group(), previous):
            found.append(match.start())
        previous = match.group()
    return found


_WHOLE = re.compile(r".+", re.DOTALL)
_AGE = re.compile(r",\s*\d{1,3}$")
# The clause after "which"/"that" has a subject of its own: "which the Senate passed", "that
# Smith's company bought": the noun is its object
_OWN_SUBJECT = re.compile(
    r"(?:(?i:" + "|".join(sorted(DETERMINERS)) + r")\s|[A-Z][\w’'.-]*\s+(?!(?i:" + "|".join(
        sorted(AUXILIARIES)) + r")\b)[a-z])"
)


def object_relative(clause_text: str) -> bool:
    """Does a relative clause open with a subject of its own ("the Senate passed"), so that its
    noun is the object of its verb?"""
    return _OWN_SUBJECT.match(clause_text) is not None


# ", but Hungary suspended ...", ", and the court ruled ...": a clause with its own subject
_COORDINATE = re.compile(
    r",\s*(?:and|but|while|whereas|yet)\s+(?=[A-Z]|(?:the|a|an|its|his|her|their)\b)")


_COORDINATE_PRONOUN = re.compile(r",\s*(?:and|but|yet)\s+(?=(?:it|they|he|she)\s+(?:"
                                 + _PAST_VERB + r"|will|would|has|have|had))")


def coordinate_clause(sentence: str, start: int, end: int) -> Clause | None:
    """The coordinated clause with a subject of its own that the date at ``start:end`` is in,
    when it reports a happening: "Work began in 1978, but Hungary suspended its part in May
    1989" gives "Hungary suspended its part in May 1989"; "..., and three years later she
    added a second boat" gives "three years later she added a second boat"."""
    dated = _DATE_OPENS_CLAUSE.search(sentence, 0, start)
    if dated is not None:
        subject = _SUBJECT_AFTER_DATE.match(sentence, end)
        clause = _clause_from(sentence, dated.end(), end)
        if subject is not None and reports_happening(sentence[subject.end():clause.end]):
            return clause
    opener = _last(_COORDINATE, sentence, start)
    if opener is None or not (reports_happening(sentence[opener.end():start])
                              or _PRESENT_VERB.search(sentence, opener.end(), start)):
        return None
    return _clause_from(sentence, opener.end(), end)


# ", and in 1987 she added ...": a coordinated clause that opens with its date, then a subject
_DATE_OPENS_CLAUSE = re.compile(
    r",\s*(?:and|but|while|yet)\s+(?:(?:in|on|at|during|by|from|until|since)\s+)?$")
_SUBJECT_AFTER_DATE = re.compile(r",?\s+[A-Za-z][\w’'-]*")  # "she", "the rise", "demand"


def clause_end(sentence: str, end: int, dates: Sequence[int]) -> int | None:
    """Where the clause a date ending at ``end`` is in stops, when a clause after it holds
    another of the sentence's ``dates``; None when none does."""
    stop = _NEXT_CLAUSE.search(sentence, end)
    if stop is None or not any(d >= stop.end() for d in dates):
        return None
    return stop.start()


def second_verb(sentence: str, start: int, end: int) -> tuple[Clause, str] | None:
    """The second verb phrase of the sentence's subject that the date at ``start:end`` is in,
    and that subject: "Police arrested the activist on Friday and released him on Sunday"
    gives "released him on Sunday" and "Police"."""
    opener = _last(_SECOND_VERB, sentence, start)
    if opener is None or "," in sentence[opener.end():start]:
        return None
    if opener.group("bare"):
        # "will hold an investor day on Dec. 4 and report results in February": a bare verb
        # shares the modal, and the subject is the one before it
        modal = _MODAL_SUBJECT.match(sentence[:opener.start()])
        if modal is None:
            return None
        subject = modal.group("s").strip()
        words = subject.split()
        if not 1 <= len(words) <= 6 or not subject[:1].isupper():
            return None
        modal_word = sentence[modal.end("s"):modal.end()].split()[0]
        return _clause_from(sentence, opener.end(), end), f"{subject} {modal_word}"
    first = _past_verbs(sentence[:opener.start()])
    subject = sentence[:first[0]].strip() if first else ""
    if subject.count(",") == 2 and subject.endswith(","):
        subject = subject.split(",")[0]  # "The deal, worth $2bn, was announced ... and is"
    words = subject.split()
    if not 1 <= len(words) <= 6 or not subject[:1].isupper() or "," in subject:
        return None
    # "Halvorsen was arrested ... and charged": the second participle shares "was"
    group = _WORD.findall(sentence[first[0]:opener.start()])[:2]
    own = _WORD.match(sentence, opener.end())
    if len(group) == 2 and group[0] in ("was", "were") and _is_participle(group[1]) and (
            own is None or own.group().lower() not in AUXILIARIES):
        subject = f"{subject} {group[0]}"
    return _clause_from(sentence, opener.end(), end), subject


def when_clause(sentence: str, end: int) -> Clause | None:
    """The clause "..., when X did Y" after a date that X did Y at, if it reports a
    happening."""
    match = _WHEN_AFTER.match(sentence, end)
    if match is None:
        return None
    clause = _clause_from(sentence, match.end(), match.end())
    if not reports_happening(sentence[clause.start:clause.end]):
        return None
    return clause


def _clause_from(sentence: str, begin: int, end: int) -> Clause:
    stop = _NEXT_CLAUSE.search(sentence, end)
    finish = stop.start() if stop is not None else len(sentence)
    closing = _close_quote(sentence, begin)
    if closing is not None and open_quote(sentence, begin) is not None:
        finish = min(finish, closing)
    comma = sentence.find(",", end)
    if comma != -1:
        finish = min(finish, comma)
    return Clause(begin, finish)


def open_quote(sentence: str, at: int) -> int | None:
    """Where the quotation holding ``at`` opens, if ``at`` is inside one."""
    before = sentence[:at]
    curly = before.rfind("“")
    if curly != -1 and curly > before.rfind("”"):
        return curly
    if before.count('"') % 2 == 1:
        last = before.rfind('"')
        if before.count('"') == 1 and last and not before[last - 1].isspace() \
                and before[last + 1:last + 2].isspace():
            return None  # 'will go," said Eklund': closes a quote opened a sentence before
        return last
    return None


def _close_quote(sentence: str, at: int) -> int | None:
    found = [i for i in (sentence.find("”", at), sentence.find('"', at)) if i != -1]
    return min(found) if found else None
