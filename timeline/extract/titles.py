"""Short readable titles and clean summaries from sentences.

A title is the sentence's happening: the date phrase and the attribution ("..., the minister said
on Tuesday") trimmed, circumstance clauses ("at a time when ...") dropped, capped at a word
boundary.
"""

from __future__ import annotations

import re

from timeline.extract.clauses import (
    OPENING_PARTICIPLE,
    PARTICIPLE,
    PARTICIPLE_ADVERBS,
    REDUCED_RELATIVE,
    has_verb,
    main_verb_follows,
)
from timeline.extract.words import CLAUSE_BREAKS, REPORTING_VERBS

TITLE_LIMIT = 80

_SPACES = re.compile(r"\s+")
_EDGE = " \t,;:–—-"
_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:late|early|earlier|later|shortly|just|soon|right|immediately)\s+)?"
    # "before dawn on Friday": the time of day goes with its date
    r"(?:\b(?:before|after|at|by|around|until|from)\s+(?:dawn|daybreak|first\s+light|sunrise"
    r"|sunset|dusk|nightfall)\s+)?"
    # "on the morning of June 4"
    r"(?:\b(?:on|in|during)\s+the\s+(?:morning|afternoon|evening|night|eve|day)\s+of"
    # "for the three months to Dec. 31": the period its end date names
    r"|\b(?:for|in|during|over)\s+the\s+(?:[\w-]+\s+){0,2}(?:months?|weeks?|years?|quarters?|"
    r"period|half|days)\s+(?:to|ended|ending|through)"
    # "at about 4:30 p.m.", "until around noon"
    r"|\b(?:at|by|from|until|till|since)\s+(?:about|around|roughly|approximately|nearly|"
    r"almost|exactly|precisely)"
    r"|\b(?:on|in|at|by|since|from|during|until|for|before|after|around|about"
    # "took over last July" is a verb's particle, "over the weekend" a preposition
    + "|" + "".join(f"(?<!{verb} )" for verb in ("took", "take", "takes", "taken", "taking",
                                                  "handed", "turned", "signed", "won", "ran"))
    + r"over"
    r"|as\s+(?:early|soon|late|recently|long\s+ago)\s+as|as\s+of"
    r"|no\s+(?:later|earlier)\s+than)"
    r"(?:\s+at\s+(?:the\s+)?(?:least|latest|earliest))?"
    # "for most of the year", "during much of 2023"
    r"(?:\s+(?:most|much|all|part|parts|the\s+rest|the\s+remainder)\s+of)?)\s*$",
    re.IGNORECASE,
)
# ", Japanese Foreign Minister Lee said on Tuesday after ..." at the end of a sentence
_TRAILING_ATTRIBUTION = re.compile(
    r",\s*(?:[^,]{0,80}?\s)?(?:" + "|".join(sorted(REPORTING_VERBS)) + r")\b[^,]*(?:,.*)?$"
)
# "..., said the minister." / "..., according to officials."
_TRAILING_SAID = re.compile(r",[”\"’]?\s*(?:said|says|according to)\b.*$", re.IGNORECASE)
# "Mark Holloway, the British ambassador to Helsinki, said ..." -> "Mark Holloway said ..."
# "The strike, the longest at the port since 2011, began ..." -> "The strike began ..."
_APPOSITIVE = re.compile(
    r"^((?:[A-Z][\w.'’-]*\s+){0,4}(?:[a-z]+\s+(?:[A-Z][\w.'’-]*\s+){0,3})?[A-Z][\w.'’-]*"
    r"|(?:[Tt]he|A|An|Its|Their|His|Her|Our)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+),"
    r"\s+(?:the|a|an|who|whose|[A-Z][\w.'’-]*’s|[A-Z][\w.'’-]*'s)\b"
    r"(?=[^,]*\s[^,]*\s)[^,]{2,80},\s+(?=\w)"
)
# "The port's chief executive, Marit Solberg, said ..." -> "Marit Solberg said ..."; "Ashgrove's
# former director, Neil Parry, pleaded guilty" -> "Neil Parry pleaded guilty"
_NAME_APPOSITIVE = re.compile(
    r"^(?P<role>(?:[\w'’-]+\s+){0,6}?[\w'’-]+),\s+"
    r"(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*),\s+(?=(?P<verb>[a-z]+)\b)"
)
# ", which was founded in 1921," inside a title: an aside about the subject, not the news
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whom|whose)\b(?:[^,\x00]|(?<=\d),(?=\d{3})){2,80},"
                             r"\s+(?=\w)")  # (a thousands comma is no clause's end: "40,000")
# ", first drawn up in the 1990s," after a noun: what it is, not what happened
_PARTICIPLE_ASIDE = re.compile(
    r",\s+(?:(?:" + "|".join((*PARTICIPLE_ADVERBS, "long", "once", "only", "jointly"))
    + rf")\s+)?{PARTICIPLE}"
    r"\s+(?:by|in|at|on|during|from|for|with|under|as|up|down|out|off|to|since|until)\b"
    r"[^,\x00]{2,80},\s+(?=\w)"
)
# A decade or century right after a verb is what the verb is about, and stays in the title
_OBJECT_PERIOD = re.compile(
    r"the\s+(?:(?:early|mid|late)[\s-]+)?(?:\d{4}s|['’]\d0s|\w+\s+century)", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"\b[a-z]+\s+$")
# "the quarter ended Sept. 30", "the year ending March 31, 2025": the end names the period
_ENDED = re.compile(r"\s+(?:ended|ending|to|through)\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
                    r"(?:,\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?)(?=\W|$)")
_WORTH = re.compile(r",\s+(?:worth|valued\s+at)\s+[^,\x00]{1,30},\s+(?=[a-z])")
# ", he said," inside a sentence: "In one meeting, he said, she told officials ..."
_SAID_ASIDE = re.compile(r",\s+(?:he|she|they|we|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}|"
                         r"(?:the|a)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:said|says|added|claimed|"
                         r"alleged|argued|noted)\s*\x00?\s*,\s+(?=[a-zA-Z\"“])")
_AGE_BEFORE_APPOSITIVE = re.compile(r"(?<=[A-Za-z]),\s+\d{1,3},\s+(?=(?:a|an|the)\s)")
_AGE = re.compile(r"(?<=[A-Za-z]),\s+\d{1,3},\s+(?=[a-z])")
_MARK = "\x00"  # where the date phrase was, while the rest is trimmed
# "... lost 9% in 2022, the worst year since 2008": an aside about the date, not the news
_DATE_APPOSITIVE = re.compile(
    r"\x00\s*,\s+(?:the|a|an|its|their|his|her)\s[^,\x00]*[.!?]?$")
# a date phrase set off by commas, now gone: its commas go with it
_SET_OFF_MARK = re.compile(r",\s*\x00\s*,\s*")
_OPENING_MARK = re.compile(
    r"^[^\w\x00]*(?:(?i:exactly|precisely|almost|nearly|about|some|just|roughly|only)\s+)?"
    r"\x00\s*,?\s*")
# "On her 75th birthday, last August, the council ...": an opening phrase the date glosses
_OPENING_GLOSSED = re.compile(
    r"^\W*(?:On|In|At|During|By|After|Before)\s+(?:the|a|an|its|their|his|her|our|my)\s+"
    r"[^,\x00]{1,60},\s*\x00\s*,\s*")
_IT_WAS_NOT_UNTIL = re.compile(r"^\W*It\s+(?:was|is|wasn['’]t)\s+(?:not\s+)?(?:until\s*)?\x00"
                               r"\s*,?"
                               r"\s*(?:that\s+|when\s+)?")
_LAST_TIME = re.compile(r"^\W*The\s+(?:last|first|only)\s+time\s+(.+?)\s+(?:was|came)\s*\x00"
                        r"\W*$")
# Words that tie a sentence to the one before, not part of its news
_DISCOURSE = re.compile(
    r"^(?:(?:Still|However|Meanwhile|Nevertheless|Nonetheless|Separately|Instead|Moreover|"
    r"Also|Yet|Indeed|Now|Then|In addition|By contrast|In turn|Even so),\s*"
    r"|(?:But|And|So|Yet)\s+(?=[a-z]|[A-Z][a-z])"
    # "Asked on Monday whether he would resign, the minister said no": the occasion of a
    # statement, which the statement's subject and verb follow
    r"|(?:Asked|Questioned|Pressed|Speaking|Interviewed|Writing|Responding|Commenting)\b"
    r"[^,;]{0,120},\s*(?=[^,;]{0,60}?\b(?:said|says|told|tells|replied|added|insisted)\b)"
    # "Two days after the vote, the prime minister resigned": when, counted from another
    # happening the timeline does not place
    r"|(?:A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|A\s+few|\d+)\s+"
    r"(?:days?|weeks?|months?|years?|hours?|minutes?)\s+(?:after|before)\s+[^,;]{1,60},\s*"
    # "According to police, the fire started": the source, not the news
    r"|According\s+to\s+[^,]{1,60},\s*"
    # "With 98% of ballots counted, the alliance had 41.2%": the circumstance, not the news
    r"|With\s+[^,]{1,60}?\s(?:counted|reported|declared|tallied|in|done|gone|left),\s*)(?=\S)")
_VERB_FIRST = re.compile(r"[\"“‘']?(?:was|were|is|are|has|had|have|will|would|marks|marked|"
                         r"saw|sees|brings|brought|changes|changed|remains|remained|"
                         r"becomes|became)\b")
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,.;:!?”’)])")
_OPEN_QUOTES = "“‘\"'"
_CLOSE_QUOTES = "”’\"'"


def clean(text: str) -> str:
    """One line of text with single spaces."""
    return _SPACES.sub(" ", text).strip()


def summary_of(sentence: str) -> str:
    return clean(sentence)


def headline_title(headline: str, limit: int = TITLE_LIMIT) -> str:
    """A headline is already a title: only tidied and capped."""
    return _cap(clean(headline).rstrip(".").strip(_EDGE), limit)


def title_of(sentence: str, date_span: tuple[int, int] | None = None,
             limit: int = TITLE_LIMIT) -> str:
    """A title for ``sentence``; ``date_span`` is where the date phrase is in it, to leave out."""
    text = sentence
    if date_span is not None and _OBJECT_PERIOD.fullmatch(sentence[slice(*date_span)]) and \
            _WORD_BEFORE.search(sentence[:date_span[0]]) and \
            not _PREPOSITION_BEFORE.search(sentence[:date_span[0]]):
        date_span = None  # "remember the 1970s as the golden age": the decade is the object
    if date_span is not None:
        start, end = date_span
        # "at 7 a.m." ends in the abbreviation's full stop, not the sentence's
        if text[end:end + 1] == "." and "." in text[start:end] and text[end + 1:].strip():
            end += 1
        rest = text[end:]
        ended = _ENDED.match(rest)  # "for the quarter ended Sept. 30": one period
        if ended is not None:
            rest = rest[ended.end():]
        text = _PREPOSITION_BEFORE.sub("", text[:start]) + _MARK + rest
        aside = _DATE_APPOSITIVE.search(text)
        if aside is not None and len(text[:aside.start()].split()) >= 2 and not has_verb(
                text[aside.start():]):
            text = text[:aside.start()] + _MARK
    text = _IT_WAS_NOT_UNTIL.sub("", text)  # "It was not until 2021 that X did" -> "X did"
    text = _LAST_TIME.sub(r"\1", text)  # "The last time the river rose so high was in 1998"
    text = _OPENING_GLOSSED.sub("", clean(text))
    text = _OPENING_MARK.sub("", text)  # "On Monday, X said" -> "X said"
    text = _SET_OFF_MARK.sub(" " + _MARK, text)  # "The vote, on Sunday, was close"
    text = _DISCOURSE.sub("", text)  # "Still, many residents ..." -> "Many residents ..."
    opening = OPENING_PARTICIPLE.match(text)
    if opening is not None and _MARK not in opening.group("phrase"):
        text = text[opening.start("subject"):]  # "Born in Lagos, Adeyemi moved ..."
    text = _AGE_BEFORE_APPOSITIVE.sub(", ", text)  # "Mira Hollen, 47, a former judge, told"
    text = _APPOSITIVE.sub(r"\1 ", text)
    named = _NAME_APPOSITIVE.match(text)
    if named is not None and not has_verb(named.group("role")) and (
            named.group("verb") in REPORTING_VERBS or has_verb(named.group("verb"))):
        text = named.group("name") + " " + text[named.end():]
    text = _RELATIVE_ASIDE.sub(" ", text)
    text = _AGE.sub(" ", text)  # "The suspect, 34, was detained"
    text = _WORTH.sub(" ", text)  # "The deal, worth $2bn, was announced"
    text = _SAID_ASIDE.sub(" ", text, count=1)  # "The deal, Smith said, was fair"
    reduced = REDUCED_RELATIVE.match(text)
    if reduced is not None:  # "A warning issued after the quake was lifted": "A warning was
        text = f"{reduced.group('noun')} {text[reduced.start('verb'):]}"  # lifted"
    text = _PARTICIPLE_ASIDE.sub(" ", text)
    for attribution in (_TRAILING_ATTRIBUTION, _TRAILING_SAID):
        trimmed = attribution.sub("", text)
        if len(trimmed.replace(_MARK, "").split()) >= 3 and (
                trimmed == text or has_verb(trimmed.replace(_MARK, " "))
                or trimmed.lstrip()[:1] in _OPEN_QUOTES):  # a quotation, whatever its verb
            text = trimmed  # (not "In Paris, France" of "..., officials said two men ...")
    text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", clean(text.replace(_MARK, " ")))
    text = _cut_circumstance(text)
    text = text.strip(_EDGE).rstrip(".!?…").strip(_EDGE)
    text = _balance_quotes(text)
    if date_span is not None and (not text.strip() or _VERB_FIRST.match(text)):
        # the date was all there was, or the subject: "The 12 months through June were the
        # warmest such period" keeps it
        return title_of(sentence, None, limit)
    text = _cap(text, limit)
    return text[:1].upper() + text[1:]


def _cut_circumstance(text: str) -> str:
    lowered = text.lower()
    cut = len(text)
    for marker in CLAUSE_BREAKS:
        at = lowered.find(marker)
        # keep at least three words of the happening itself
        if at != -1 and len(text[:at].split()) >= 3 and not _inside_quotes(text, at) and not (
                marker in (" who ", " which ") and main_verb_follows(text[at + len(marker):])):
            cut = min(cut, at)  # ("Two agents who paid bribes will be sentenced" keeps its
            # relative clause: the main verb comes after it)
    until = _UNTIL_CLAUSE.search(text)
    if until is not None and len(text[:until.start()].split()) >= 3 and not _inside_quotes(
            text, until.start()):
        cut = min(cut, until.start())  # "led the party until he was ousted": another happening
    if cut < len(text):  # "..., more than a decade after trials began": the span goes too
        span = _SPAN_BEFORE.search(text, 0, cut)
        if span is None and lowered.startswith((" after ", " before "), cut):
            span = _OFFSET_BEFORE.search(text, 0, cut)  # "failed 40 seconds after lift-off"
        if span is not None and len(text[:span.start()].split()) >= 2:
            cut = span.start()
    return text[:cut]


# "until" opening a clause of its own ("until he was ousted", "until the plant closed")
_UNTIL_CLAUSE = re.compile(r"\s+until\s+(?=(?:he|she|it|they|we|the|a|an|its|their|his|her)\s)",
                           re.IGNORECASE)
# A stretch of time, "more than a decade", "two days", "40 seconds": its hedge, its count,
# its unit
_HEDGE = r"(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|about\s+|some\s+|just\s+|only\s+)?"
_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|a\s+few)"
_UNIT = r"(?:full\s+)?(?:decades?|years?|months?|weeks?|days?|hours?|minutes?|seconds?)\s*$"
# "..., more than a decade after trials began": the stretch goes with the clause it counts from
_SPAN_BEFORE = re.compile(rf",\s+{_HEDGE}(?:{_COUNT}\s+)?{_UNIT}", re.IGNORECASE)
# ... and so does a counted offset without a comma: "failed 40 seconds after lift-off"
_OFFSET_BEFORE = re.compile(rf"\s+{_HEDGE}{_COUNT}\s+{_UNIT}", re.IGNORECASE)


def _inside_quotes(text: str, at: int) -> bool:
    before = text[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _balance_quotes(text: str) -> str:
    if text.count("“") > text.count("”"):
        text += "”"
    if text.count('"') % 2 == 1:
        text += '"'
    if text[:1] in _OPEN_QUOTES and text[-1:] in _CLOSE_QUOTES and len(text) > 2:
        inner = text[1:-1]
        if not any(q in inner for q in "“”\""):
            text = inner
    return text


def _cap(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    if cut < limit // 2:
        cut = limit
    return text[:cut].rstrip(_EDGE + ".") + "…"
