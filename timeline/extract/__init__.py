"""``extract``: the candidate events one article reports.

Each sentence with a date that its main verb refers to becomes an event at that date, titled by
the clause the date belongs to; the article's first sentence is its news, at its own date or else
at the dateline; ranges such as "the 1910-1945 occupation" become period events; a few happenings
reported without a date near the top of a story ("X was sworn in") are dated by the news day, as
an editor would; a sentence whose main verb has no date but whose subordinate clause reports a
dated happening ("... since the stadium opened in 1974") gives that happening. Every event has
exactly one source: the article, and the sentence that reports it with its offset.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from timeline.config import Config
from timeline.dates.words import CALLED_OFF, MOVED_VERBS, PLANNED, PLANNED_FOR
from timeline.extract.clauses import (
    AND_PARTICIPLE,
    OPENING_PARTICIPLE,
    REDUCED_RELATIVE,
    Clause,
    clause_end,
    coordinate_clause,
    has_verb,
    is_participle_modifier,
    main_verb_follows,
    object_participle,
    object_relative,
    open_quote,
    participle_aside,
    precedes_when,
    reduced_relative,
    relative_clause,
    reports_happening,
    second_verb,
    subordinate_clause,
    title_clause,
    when_clause,
)
from timeline.extract.people import Antecedents, resolve
from timeline.extract.sentences import Sentence, sentences
from timeline.extract.titles import clean, headline_title, summary_of, title_of
from timeline.extract.words import (
    BOUNDS,
    DETERMINERS,
    NEWS_DAY_HAPPENINGS,
    NEWS_DAY_SENTENCES,
    PERIOD_HEADS,
    PRONOUNS,
    REPORTING_OBJECTS,
    REPORTING_VERBS,
    SUBORDINATORS,
)
from timeline.model import DATE, TIME, Article, Event, Mention, Source
from timeline.store.ids import base_id

__all__ = ["extract_events"]

# "said on Tuesday", "told reporters on Tuesday", "told a council hearing in Tallinn on Monday"
_REPORTED = re.compile(
    r"\b(?i:" + "|".join(sorted(REPORTING_VERBS)) + r")\b"
    r"(?:\s+(?:" + "|".join(REPORTING_OBJECTS) + r"))?"
    r"(?:\s+in\s+[A-Z][\w’'-]+)?,?\s*"
    r"(?i:(?:(?:late|early|earlier|later)\s+)?(?:on|in|at|during)?)\s*$"
)
_OPENING = re.compile(
    r"^\W*(?:(?:late|early|earlier|later)\s+)?(?:on|in|at|by|during|since|from|until|as of)?\s*$",
    re.IGNORECASE,
)
# The base of a comparison, a figure then its date: "from 3.6 billion a year earlier",
# "compared with $2 million in 2022" (not "from Friday", where the date is the verb's)
_COMPARISON = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|versus|against|than)\s+[^,;]*?\d[^,;]*$"
    r"|\b(?:as|than)\s+(?:it\s+was\s+|they\s+were\s+)?(?:in|during)\s+$",  # "as in the 1980s"
    re.IGNORECASE)
_AS_DID = re.compile(r"\b(?:as|than)\s+(?:it|they|he|she|we)\s+(?:did|had|does|do|used\s+to)\s+"
                     r"(?:in|during)\s+$", re.IGNORECASE)
_ADJECTIVE_AFTER = re.compile(r" (?!(?:on|in|at|by|for|from|to|and|or|as|was|were|is|are)\b)"
                             r"[a-z]")
# "ahead of talks in Belem in November", "in the run-up to the vote on Sunday": a date of
# the noun after it, not of the sentence's verb
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+the\s+lead-up\s+to)"
                       r"\s+[^,;.]{1,60}?\s+(?:in|on|at|next|this)?\s*$", re.IGNORECASE)
# "its forecast for 2025", "the plan for next year": what a plan is for, not when it happened
_TARGET = re.compile(r"\b(?:plans?|targets?|budgets?|forecasts?|outlook|guidance|goals?|"
                     r"estimates?|projections?|predictions?|ambitions?|aims?|hopes?|"
                     r"expectations?|quotas?|tickets?|candidates?|nominees?)\s+for\s+"
                     r"(?:the\s+)?$", re.IGNORECASE)
# "expects earnings per share of $2.80 to $2.95 for 2025": the year a forecast figure is for
_FORECAST = re.compile(r"\b(?:expects?|forecasts?|sees|projects?|predicts?|guides?)\b[^;]*?"
                       r"(?:[$€£¥]|\d\s?%|\bper\s?cent\b|\bpercent\b)[^;]*\bfor\s+(?:the\s+)?$",
                       re.IGNORECASE)
# "offered a 4% pay rise for 2025": the year a rise (a cut, an award) is for
_FIGURE_FOR = re.compile(r"(?:[$€£¥]\S+|\d\s?%|\bper\s?cent|\bpercent)(?:\s+[a-z-]+){0,2}\s+"
                         r"(?:rises?|raises?|increases?|hikes?|cuts?|freezes?|awards?|"
                         r"settlements?|offers?|deals?)\s+for\s+"
                         # "... for 2025 and nothing for 2026"
                         r"(?:(?:\S+\s+){1,3}(?:and|but|or)\s+[^,;]{0,40}?\bfor\s+)?(?:the\s+)?$",
                         re.IGNORECASE)
# A noun phrase set off by commas that a date ends: ", the third this month,"
_APPOSITIVE_BEFORE = re.compile(r",\s+(?:the|a|an|its|their|his|her)\s+[^,;]{0,60}$")
# A condition set off inside the sentence: ", if passed in", ", unless approved by"
_IF_ASIDE = re.compile(r",\s*(?:if|unless)\s+[^,;]*$", re.IGNORECASE)
_NOT_UNTIL = re.compile(r"\bnot\s+until\s*$", re.IGNORECASE)
# "until at least next Tuesday", "by Friday at the latest" reads as "by Friday"
_BOUND_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(BOUNDS)) + r")\s+at\s+(?:the\s+)?(?:least|latest|earliest)\s*$"
    r"|\bno\s+(?:later|earlier)\s+than\s*$"
    r"|\bby\s+the\s+(?:end|close|middle|start|beginning)\s+of\s*$"  # "by the end of the quarter"
    r"|\b(?:back|dating|dates)\s+to\s*$",  # "a run that stretched back to October": since
    re.IGNORECASE)
# A bare "before"/"after" is a limit ("before Easter"); "shortly before" or "hours after" is
# close to the date, and so is a clock time ("before dawn on Friday" is Friday).
_NOT_CLOSE = "".join(f"(?<!{w} )" for w in ("shortly", "just", "soon", "right", "immediately",
                                            "minutes", "hours", "moments"))
_LIMIT_BEFORE = re.compile(_NOT_CLOSE + r"\b(?:before|after)\s*$", re.IGNORECASE)
# A clause that is a limit: "before the school year starts in", "until the court rules on"
_LIMIT_CLAUSE = re.compile(
    _NOT_CLOSE + r"\b(?:before|until|till)\s+"
    r"((?:(?!\b(?:and|but|or|that|which|who|when)\b)[^,;\"“”])*)$", re.IGNORECASE)
# A date that moved: the old one after "from" is the thing's, the new one after "to" dates it
_MOVED = re.compile(rf"\b(?:{MOVED_VERBS})\b[^.;]*\s(?:from|to|until)\s+$", re.IGNORECASE)
_CLOSED_RELATIVE = re.compile(r",\s*(?:which|who|whom|whose)\b[^,]*,", re.IGNORECASE)
_LAST_WORD = re.compile(r"([\w’'.-]+)\s*$")
_NEXT_WORD = re.compile(r"^\s*([A-Za-z][\w-]*)")
_HAPPENINGS = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in NEWS_DAY_HAPPENINGS) + r")\b", re.IGNORECASE
)
_SUBORDINATOR = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in SUBORDINATORS) + r")\b", re.IGNORECASE
)
_PHRASE_END = re.compile(
    r"[,;:.!?()“”\"]|\b(?:that|which|who|was|were|is|are|has|have|had|when|with|and|but|"
    r"as|in|on|at|to|for|from|by)\b"
)

# How strongly a date belongs to the sentence's main verb; below _QUOTED it does not date it.
_REPORTING, _OPENER, _ADVERBIAL, _QUOTED = 6, 5, 4, 3
# Below: _WHEN dates the when-clause after it ("in the 1990s, when an audit found ..."),
# _SUBORDINATE a subordinate clause's verb, _BOUND a state's limit ("since 1990"), _MODIFIER a
# noun ("the 2019 ruling", "the cracks found last week").
_WHEN, _BOUND, _SUBORDINATE, _MODIFIER = 2, 1, 0, -1


@dataclass(frozen=True, slots=True)
class _Placed:
    mention: Mention
    start: int  # offsets relative to the sentence
    end: int
    role: int
    possessor: str  # "Japan’s" in "Japan’s 1910-1945 occupation"
    adjective: bool = False  # "first-quarter" in "first-quarter net profit"
    # a date of a thing that moved: "from" its old date, "to" its new one ("postponed the talks
    # from Monday to Tuesday"); the new one dates it, and both stay in its title; "planned":
    # the date a thing was planned for ("a debate scheduled for Tuesday"), kept in the title
    kept: str = ""

    @property
    def is_range(self) -> bool:
        return bool(self.mention.value_end)


def extract_events(article: Article, mentions: Sequence[Mention], config: Config) -> list[Event]:
    """Candidate events of one article, in the order the article tells them."""
    placeable = sorted(
        (m for m in mentions if m.first is not None and m.last is not None
         and m.type in (DATE, TIME)),
        key=lambda m: (m.start, m.end),
    )
    found: list[Event] = []
    news: Event | None = None
    starts = [m.start for m in placeable]
    people = Antecedents(article.text)
    stamp: Mention | None = None  # a live blog's entry time ("05:02 BST") for its first line
    for sentence in bounded(sentences(article.paragraphs), placeable):
        first = bisect_left(starts, sentence.start)
        last = bisect_left(starts, sentence.end, first)
        placed = [_place(sentence, m) for m in placeable[first:last] if m.end <= sentence.end]
        if _STAMP.fullmatch(sentence.text) and any(
                p.mention.type == TIME for p in placed):
            stamp = next(p.mention for p in placed if p.mention.type == TIME)
            continue  # the time heading an entry is no event of its own
        main = _main(placed) if not _CONDITIONAL.match(sentence.text) else None
        dated: tuple[_Placed, Clause, str] | None = None
        before = len(found)
        if sentence.index == 0 and main is not None and _background(article, main):
            # an explainer opening with "12 March 2024 – The bridge is closed": the article's
            # news is at its dateline, and the lead is an event of its own
            news = _news_event(article, None, None, config)
            found.extend([news, _event(article, sentence, main, config)])
        elif sentence.index == 0:
            news = _news_event(article, sentence, main, config)
            found.append(news)
        elif main is not None:
            twin = _twin_date(sentence, placed, main)  # "in 2020 and 2021", "and again in"
            found.append(_event(article, sentence, main, config,
                                twin.end if twin is not None else None,
                                [p.start for p in placed if p is not main]))
            if twin is not None:
                found.append(_again(found[-1], twin, article, sentence, config))
        elif (dated := _dated_clause(sentence, placed)) is not None:
            found.extend(_clause_events(article, sentence, placed, dated, config))
        elif stamp is not None:
            found.append(_stamped(article, sentence, stamp, config))
        elif news is not None and _news_day_happening(sentence) and not any(
                p.is_range for p in placed):  # "closed from Monday to Wednesday": its period
            found.append(_on_news_day(article, sentence, news, config))
        stamp = None
        if len(found) > before:
            # a second happening the sentence dates otherwise, in a clause of its own:
            # "... returned to work on Thursday, ending a strike that began on 19 February"
            taken = {e.value for e in found[before:]}  # (7am and 11pm that day are two)
            rest = sorted((p for p in placed if p.mention.value not in taken
                           and (dated is None or p is not dated[0])),
                          key=lambda p: p.adjective)  # "report fourth-quarter results in
            # February": February, not the adjective
            while (other := _dated_clause(sentence, rest)) is not None:
                added = _clause_events(article, sentence, placed, other, config)
                found.extend(added)
                if other[0].role != _MODIFIER:
                    break
                # "signed in 2015 and ratified in 2016": each participle of an aside at its
                # own date
                values = {e.value for e in added}
                rest = [p for p in rest if p is not other[0] and p.role == _MODIFIER
                        and not p.adjective and p.mention.value not in values]
        found.extend(_period(article, sentence, p, main, config) for p in placed if p.is_range)
        for event in found[before:]:
            if event is not news and (named := resolve(event.title, sentence.text,
                                                       people)) != event.title:
                event.title = named  # "He will be sentenced": "Halvorsen will be sentenced"
                event.id = base_id(event)
        people.after(sentence.text)
    if news is None:  # a headline and a dateline, nothing else
        found.insert(0, _news_event(article, None, None, config))
    return found


#: No news sentence is this long; a longer "sentence" is text without full stops (a copied
#: table, a transcript) and is read in pieces, so that the work stays linear in its length.
LONGEST_SENTENCE = 1000
_PIECE_BREAK = re.compile(r"[,;:]\s+|\s+")


def bounded(found: list[Sentence], mentions: Sequence[Mention]) -> list[Sentence]:
    """The sentences, any longer than LONGEST_SENTENCE cut into pieces at a comma or a space
    that is not inside a mention."""
    if all(len(s.text) <= LONGEST_SENTENCE for s in found):
        return found
    inside = sorted((m.start, m.end) for m in mentions)
    out: list[Sentence] = []
    for sentence in found:
        text, begin = sentence.text, 0
        while len(text) - begin > LONGEST_SENTENCE:
            cut = _cut_at(text, sentence.start, begin, inside)
            out.append(Sentence(text[begin:cut].rstrip(" ,;:"), sentence.start + begin, len(out)))
            begin = cut
        out.append(Sentence(text[begin:], sentence.start + begin, len(out)))
    return out


def _cut_at(text: str, offset: int, begin: int, inside: list[tuple[int, int]]) -> int:
    """Where to end a piece of ``text`` that starts at ``begin``: the last break before the
    limit (a comma first) that is not inside a mention; the limit itself if there is none."""
    limit = begin + LONGEST_SENTENCE
    breaks = [m for m in _PIECE_BREAK.finditer(text, begin + LONGEST_SENTENCE // 2, limit)
              if not _within(inside, offset + m.start())]
    commas = [m for m in breaks if m.group()[0] in ",;:"]
    chosen = (commas or breaks)[-1:] if (commas or breaks) else []
    return chosen[0].end() if chosen else limit


def _within(spans: list[tuple[int, int]], at: int) -> bool:
    """Is ``at`` strictly inside one of the sorted, non-overlapping ``spans``?"""
    i = bisect_right(spans, (at, at)) - 1
    return i >= 0 and spans[i][0] < at < spans[i][1]


#: How far before a date the patterns that end at it look (a sentence may be 1,000 characters).
_TAIL = 240


def _place(sentence: Sentence, mention: Mention) -> _Placed:
    start, end = mention.start - sentence.start, mention.end - sentence.start
    # a relative clause set off by commas and closed before the date is not the date's clause:
    # "The union, which was founded in 1921, said it would vote next week"
    before = _CLOSED_RELATIVE.sub(",", sentence.text[:start])
    tail = before[-_TAIL:]  # what the patterns anchored at the date's start need to see
    after = sentence.text[end:]
    last = _LAST_WORD.search(before)
    last_word = last.group(1) if last is not None else ""
    possessive = last_word.lower().endswith(("'s", "’s"))
    possessor = ""
    lead_word = (mention.text.split() or [""])[0].lower()
    opening = OPENING_PARTICIPLE.match(sentence.text)
    linked = last_word.lower()  # (a quick look before the patterns that end in these)
    moved = linked in ("from", "to", "until") and _MOVED.search(tail) is not None
    if moved and linked == "from" and _FROM_TO.match(sentence.text, end):
        role = _MODIFIER  # "postponed the talks from Monday to Tuesday": the talks' old day
    elif opening is not None and end <= opening.end("phrase"):
        role = _MODIFIER  # "Born in 1950 in Lagos, Adeyemi moved ...": the birth's date
    elif _AHEAD_OF.search(tail):
        role = _MODIFIER  # "ahead of talks in Belem in November": the talks' date
    elif (aside := _APPOSITIVE_BEFORE.search(tail)) and after.lstrip().startswith(",") \
            and not has_verb(aside.group()):
        role = _MODIFIER  # "the storm, the third this month, would make landfall": the storm's
    elif _IF_ASIDE.search(tail):
        role = _MODIFIER  # "The bill, if passed in June, would raise taxes": a condition
    elif _TARGET.search(tail) or _FORECAST.search(tail) or _FIGURE_FOR.search(tail):
        role = _MODIFIER  # "cut its forecast for 2025 on Monday": the forecast's year
    elif _AS_DID.search(tail):
        role = _MODIFIER  # "twice as fast as it did in the 1990s": what it is compared with
    elif (base := _COMPARISON.search(tail)) and not reports_happening(base.group()):
        role = _MODIFIER  # "rose to $4.2 billion from $3.6 billion a year earlier": the base
    elif (last_word.lower() in DETERMINERS or possessive) and _NEXT_WORD.match(after):
        role = _MODIFIER
        possessor = last_word if possessive else ""
    elif lead_word in ("the", "a", "an") and _noun_next(after):
        role = _MODIFIER  # "weeks before the spring festival": the festival's season
    elif after.startswith(("'s ", "’s ")) and not mention.text.endswith(("'s", "’s")):
        role = _MODIFIER  # "the toll from Sunday's earthquake rose on Monday": the quake's
    elif is_participle_modifier(sentence.text, start, end):
        role = _MODIFIER
    elif _REPORTED.search(tail):
        role = _REPORTING
    elif _OPENING.match(before):
        role = _OPENER
    elif _NOT_UNTIL.search(tail):
        role = _ADVERBIAL  # "It was not until 2021 that the company admitted it": then
    elif last_word.lower() in BOUNDS or lead_word in BOUNDS or _BOUND_BEFORE.search(tail):
        role = _BOUND
    elif _LIMIT_BEFORE.search(tail) and "T" not in mention.value:
        role = _BOUND  # "warned of empty shelves before Easter": not when they warned
    elif (limit := _LIMIT_CLAUSE.search(tail)) and not reports_happening(limit.group(1)):
        role = _BOUND  # "would rebuild the schools before the school year starts in June"
    elif _subordinate(before) or relative_clause(sentence.text, start, end):
        role = _SUBORDINATE
    elif open_quote(before, len(before)) is not None:
        role = _QUOTED
    else:
        role = _ADVERBIAL
    if role in (_QUOTED, _SUBORDINATE, _BOUND) and precedes_when(sentence.text, end):
        role = _WHEN
    adjective = "-" in mention.text and _ADJECTIVE_AFTER.match(after) is not None
    kept = ""
    if moved:
        kept = "from" if role == _MODIFIER and linked == "from" else "to"
    elif linked in ("for", "on") and _PLANNED_FOR.search(tail):
        kept = "planned"
        if role > _MODIFIER and _CALLED_OFF.match(after):
            role = _MODIFIER  # "A march planned for Saturday was banned": not banned then
    elif linked in ("for", "on") and PLANNED_FOR.search(tail) and _BUT_CALLED_OFF.match(after):
        # "Sentencing had been set for Sept. 6 but was delayed": a day that did not happen
        kept, role = "planned", min(role, _MODIFIER)
    return _Placed(mention, start, end, role, possessor, adjective, kept)


# "A debate scheduled for Tuesday was cancelled": the date the thing was planned for stays in
# the title, as it tells which thing
_PLANNED_FOR = re.compile(r"(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )(?<!\bbe )"
                          rf"(?<!\bbeen )\b(?:{PLANNED})\s+(?:for|on)\s+$")


# The verb after a planned thing's date that stops or moves it ("..., was called off")
_CALLED_OFF = re.compile(rf"[\s,]*(?:(?:now|later|since|also|then)\s+)?{CALLED_OFF}\b",
                         re.IGNORECASE)
_BUT_CALLED_OFF = re.compile(rf"[^.;]*?\b(?:but|before\s+being|only\s+to\s+be)\s+"
                             rf"(?:(?:it|they|that|this)\s+)?{CALLED_OFF}\b", re.IGNORECASE)
_FROM_TO = re.compile(r"\s+(?:to|until|till)\s", re.IGNORECASE)


def _noun_next(after: str) -> bool:
    """Does a noun follow the date directly ("the spring festival"), not a verb ("the third
    quarter rose") or a clause word?"""
    word = _NEXT_WORD.match(after)
    if word is None or after[:1] != " ":
        return False
    lower = word.group(1).lower()
    return word.group(1).islower() and not (
        lower in _NOT_NOUNS or lower in PRONOUNS or reports_happening(lower)
        or lower.endswith("ly"))  # ("in the early 2000s she advised": a clause's subject)


_NOT_NOUNS = frozenset({
    "that", "which", "who", "when", "and", "or", "but", "as", "is", "are", "was", "were", "will",
    "would", "has", "have", "had", "to", "of", "in", "on", "at", "for", "from", "with", "by",
    "after", "before", "than", "so", "can", "could", "may", "might", "should", "must", "did",
    "does", "do", "rose", "fell", "grew", "saw", "ended", "began", "starts", "begins", "ends",
    "outside", "inside", "near", "into", "onto", "during", "over", "under", "across", "against",
    "through", "toward", "towards", "around", "behind", "beside", "along", "amid", "among",
    "despite", "without", "within", "beyond", "until", "since",
})


# What ends an "until" clause before the date: a closing quote, "and that", ", and", ", but"
_UNTIL_CLOSED = re.compile(r"[”\"]|\band\s+that\b|,\s*(?:and|but)\s", re.IGNORECASE)


def _subordinate(before: str) -> bool:
    """Is the date after ``before`` in a subordinate clause? "after"/"before"/"until" open one
    only when a verb follows ("after the vote was held on", "until he was ousted in"), not as
    prepositions ("shortly before 9pm on", "until early on")."""
    reduced = REDUCED_RELATIVE.match(before)
    for match in _SUBORDINATOR.finditer(before):
        if reduced is not None and match.start() < reduced.start("verb"):
            continue  # "A warning issued shortly after the quake was lifted at": the
            # participle's time, then the sentence's own verb
        rest = before[match.end():]
        comma = rest.rfind(",")
        if comma != -1 and has_verb(rest[comma + 1:]):
            continue  # closed by a comma, the main verb after it: "The strike, the longest
            # since 2011, began on"
        word = match.group().lower()
        if word in ("who", "which", "that") and before[:match.start()].rstrip()[-1:] != "," \
                and main_verb_follows(rest):
            continue  # "Two agents who paid bribes will be sentenced on": the main verb's
        if word == "until" and _UNTIL_CLOSED.search(rest):
            continue  # "would stay “until the tests are finished” and that buses would run"
        if word not in ("after", "before", "until"):
            return True
        if has_verb(before[match.end():]):
            return True
    return False


def _main(placed: list[_Placed]) -> _Placed | None:
    """The date the sentence's main verb refers to: the strongest tie, then one that is not
    an adjective ("first-quarter profit ... on Thursday": Thursday), then the first."""
    candidates = [p for p in placed if not p.is_range and p.role >= _QUOTED]
    if not candidates:
        return None
    # ("The talks planned for Friday will open on Monday": Monday, not the day once planned)
    best = max(candidates, key=lambda p: (p.role, p.kept != "planned", not p.adjective,
                                          -p.start))
    if best.role == _REPORTING and best.mention.first is not None:
        # "Olsen died at her home on Saturday, her family said on Monday": what was reported
        # happened on a day of its own, before the saying; that is the event's ("costs had
        # doubled in 2022", told on Monday, is background to the statement)
        before = [p for p in candidates if p.role == _ADVERBIAL and not p.adjective
                  and p.mention.precision in ("day", "time") and p.mention.last is not None
                  and p.mention.last < best.mention.first]
        if before:
            return before[0]
    return best


def _news_day_happening(sentence: Sentence) -> bool:
    if sentence.index > NEWS_DAY_SENTENCES:
        return False
    match = _HAPPENINGS.search(sentence.text)
    if match is None:
        return False
    before = sentence.text[: match.start()]
    return before.count("“") <= before.count("”") and before.count('"') % 2 == 0


#: A lead dated further than this from its dateline tells background, not the article's news.
BACKGROUND = 31


def _background(article: Article, main: _Placed) -> bool:
    m = main.mention
    day = article.published.date()
    return m.first is not None and m.last is not None and (
        (day - m.last).days > BACKGROUND or (m.first - day).days > BACKGROUND)


def _news_event(article: Article, sentence: Sentence | None, main: _Placed | None,
                config: Config) -> Event:
    # The dateline's clock time is when the article was published, not when the news
    # happened: the event gets a clock time only from its own text ("at 3 p.m."); the
    # publication time stays on the source.
    day = article.published.date()
    if main is not None:
        event = _at_mention(main.mention)
    else:
        event = _at(day.isoformat(), None, day, day, "day", None)
    event.title = headline_title(article.title) or (
        title_of(sentence.text) if sentence is not None else article.path)
    return _finish(event, article, sentence, config)


def _event(article: Article, sentence: Sentence, main: _Placed, config: Config,
           phrase_end: int | None = None, others: Sequence[int] = ()) -> Event:
    """The event the sentence's main verb reports at ``main``; the date phrase to leave out of
    its title runs to ``phrase_end`` when a second date is joined to it ("in 2020 and 2021");
    ``others`` are where the sentence's other dates start."""
    event = _at_mention(main.mention)
    end = phrase_end or main.end
    second = second_verb(sentence.text, main.start, main.end) \
        if main.role == _ADVERBIAL else None
    if second is not None:  # "It promised investment, but closed a machine two years later"
        clause, subject = second
        event.title = title_of(*_prefixed(subject, sentence.text[clause.start:clause.end],
                                          (main.start - clause.start, end - clause.start)))
    elif main.role in (_ADVERBIAL, _QUOTED):  # the title comes from the date's own clause
        for dates in (others, None):
            # a second verb without a date of its own stays in the title when the title holds
            # it whole ("will visit Paris on Monday and meet officials")
            clause = title_clause(sentence.text, main.start, end, dates)
            event.title = title_of(sentence.text[clause.start:clause.end],
                                   None if main.kept else (main.start - clause.start,
                                                            end - clause.start))
            if not event.title.endswith("…"):
                break
        # a thing that moved keeps its dates: "Officials postponed the talks from Monday to
        # Tuesday", on Tuesday
    else:
        # "The deal was announced on Monday and is expected to close in the third quarter":
        # the clause after, with a date of its own, is another happening's
        stop = clause_end(sentence.text, end, others) if main.role == _REPORTING else None
        event.title = title_of(sentence.text[:stop] if stop is not None else sentence.text,
                               None if main.kept else (main.start, end))
    return _finish(event, article, sentence, config)


_AND_AGAIN = re.compile(r"\s*,?\s*and\s+(?:again\s+)?(?:(?:in|on|at)\s+)?")


def _twin_date(sentence: Sentence, placed: list[_Placed], main: _Placed) -> _Placed | None:
    """A second date joined to the main one by "and", of the same kind: "In 2020 and 2021, the
    festival was cancelled", "The government fell in 2019 and again in 2021"."""
    for p in placed:
        if p.start >= main.end and not p.is_range and p.mention.precision == \
                main.mention.precision and _AND_AGAIN.fullmatch(sentence.text, main.end, p.start) \
                and coordinate_clause(sentence.text, p.start, p.end) is None:
            return p  # (", and in 2020 the rise continued" opens a clause of its own)
    return None


def _again(event: Event, twin: _Placed, article: Article, sentence: Sentence,
           config: Config) -> Event:
    """The same happening at the joined date."""
    again = _at_mention(twin.mention)
    again.title = event.title
    return _finish(again, article, sentence, config)


_PLURALS = frozenset({"police", "people", "children", "men", "women", "they", "we", "you",
                      "troops", "staff", "crew", "cattle"})


def _was(noun: str) -> str:
    """"The lawsuit was", "The bodies were": a noun with the past of "be" that agrees."""
    head = noun.split()[-1] if noun.split() else ""
    plural = head.lower() in _PLURALS or (
        head[:1].islower() and head.endswith("s") and not head.endswith(("ss", "us", "is")))
    return f"{noun} {'were' if plural else 'was'}"


def _one_participle(text: str, clause: Clause, placed: _Placed) -> Clause:
    """The part of a participle aside that holds the date, when it joins two ("signed in 2015
    and ratified in 2016": "signed in 2015", "ratified in 2016")."""
    start, end = clause.start, clause.end
    for match in AND_PARTICIPLE.finditer(text, clause.start, clause.end):
        if match.end() <= placed.start:
            start = match.end()
        elif match.start() >= placed.end:
            end = match.start()
            break
    return Clause(start, end)


def _dated_clause(sentence: Sentence, placed: list[_Placed]
                  ) -> tuple[_Placed, Clause, str] | None:
    """A date that belongs to a subordinate clause reporting a happening, that clause, and the
    noun a relative clause tells of ("" for other clauses)."""
    opening = OPENING_PARTICIPLE.match(sentence.text)
    for p in placed:
        if p.is_range or p.kept == "from":
            continue
        noun = ""
        if opening is not None and p.end <= opening.end("phrase"):
            # "Born in 1950 in Lagos, Adeyemi ...": "Adeyemi was born in Lagos"
            return p, Clause(opening.start("phrase"), opening.end("phrase")), \
                _was(opening.group("subject"))
        if p.role == _WHEN:
            clause = when_clause(sentence.text, p.end)
        elif p.role == _SUBORDINATE:
            relative = relative_clause(sentence.text, p.start, p.end)
            clause = subordinate_clause(sentence.text, p.start, p.end)
            if relative is not None and (clause is None or relative[0].start > clause.start):
                clause, noun = relative  # the innermost clause holding the date
        elif p.role == _MODIFIER and p.kept != "planned" and (
                aside := participle_aside(sentence.text, p.start, p.end)
                or reduced_relative(sentence.text, p.start, p.end)
                or object_participle(sentence.text, p.start, p.end)):
            # (the day a thing was planned for is no happening: "The summit, planned for
            # April, was called off")
            clause, noun = _one_participle(sentence.text, aside[0], p), _was(aside[1])
            # "The lawsuit, filed in 2022, ..."
        elif p.role in (_ADVERBIAL, _OPENER):  # beside the main clause: "..., but X did Y"
            clause = coordinate_clause(sentence.text, p.start, p.end)
            if clause is None and (verb := second_verb(sentence.text, p.start, p.end)):
                clause, noun = verb  # "... and released him on Sunday": the subject's
        else:
            continue
        if clause is not None:
            return p, clause, noun
    return None


def _clause_events(article: Article, sentence: Sentence, placed: list[_Placed],
                   dated: tuple[_Placed, Clause, str], config: Config) -> list[Event]:
    """The event of a clause the date ``dated`` belongs to, and the same happening at a second
    date joined to it ("which had been cited in May and again last month")."""
    at, clause, noun = dated
    twin = _twin_date(sentence, placed, at)
    if twin is None or twin.end > clause.end:
        return [_clause_event(article, sentence, at, clause, noun, config)]
    event = _clause_event(article, sentence, at, clause, noun, config, twin.end)
    return [event, _again(event, twin, article, sentence, config)]


def _clause_event(article: Article, sentence: Sentence, placed: _Placed, clause: Clause,
                  noun: str, config: Config, phrase_end: int | None = None) -> Event:
    event = _at_mention(placed.mention)
    # "The minister" + "took office in January": the relative clause told of its noun;
    # "the Senate passed on Monday" + "the bill": its object
    body = sentence.text[clause.start:clause.end]
    inside = clause.start <= placed.start and placed.end <= clause.end
    end = phrase_end or placed.end
    span = (placed.start - clause.start, end - clause.start) if inside and not placed.kept \
        else None
    if noun.endswith(" was"):  # "Born in 1950 in Lagos" of "Adeyemi": "Adeyemi was born ..."
        text, span = _prefixed(noun, body[:1].lower() + body[1:], span)
    elif noun and object_relative(body):
        text = f"{body} {_lower_determiner(noun)}"
    elif noun:
        text, span = _prefixed(noun, body, span)
    else:
        text = body
    event.title = title_of(text, span)
    return _finish(event, article, sentence, config)


def _lower_determiner(noun: str) -> str:
    """"The bill" as an object: "the bill"; a name stays as it is."""
    first = noun.split()[0]
    return noun[:1].lower() + noun[1:] if first.lower() in DETERMINERS else noun


# A sentence about what would happen if: "If the bill passes in June, ...", "Had the vote taken
# place in May, ...", "Should talks fail on Friday, ...": its dates date nothing that happened
_CONDITIONAL = re.compile(r"^\W*(?:If|Unless|Should|Had|Were)\s+[a-z]")
# A line that is only a clock time, a zone and perhaps a day: "05:02 BST", "22:00 (Thursday)"
_STAMP = re.compile(r"\W*\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?(?:\s+[A-Z]{2,5})?"
                    r"(?:,?\s*\(?\s*[A-Z][a-z]+\s*\)?)?\W*")


def _stamped(article: Article, sentence: Sentence, stamp: Mention, config: Config) -> Event:
    """The first sentence of a live blog's entry, at the entry's time."""
    event = _at_mention(stamp)
    event.title = title_of(sentence.text)
    return _finish(event, article, sentence, config)


def _on_news_day(article: Article, sentence: Sentence, news: Event, config: Config) -> Event:
    event = _at(news.value, None, news.first, news.first, news.precision, None)
    if news.value_end or news.last != news.first:
        event = _at(news.first.isoformat(), None, news.first, news.first, "day", None)
    event.title = title_of(sentence.text)
    return _finish(event, article, sentence, config)


def _period(article: Article, sentence: Sentence, placed: _Placed, main: _Placed | None,
            config: Config) -> Event:
    event = _at_mention(placed.mention, clock=False)
    event.kind = "period"
    text = sentence.text
    relative = relative_clause(text, placed.start, placed.end)
    phrase = _GERUND.search(text, 0, placed.start) if main is not None else None
    if placed.role == _MODIFIER:
        after = text[placed.end:]
        stop = _PHRASE_END.search(after, 1)
        noun = _period_name(clean(after[: stop.start()] if stop is not None else after))
        event.title = title_of(f"{placed.possessor} {noun}".strip())
    elif relative is not None:  # "Berg, who led the council from 2012 to 2019, ..."
        clause, noun = relative
        body = text[clause.start:clause.end]
        span = (placed.start - clause.start, placed.end - clause.start)
        event.title = title_of(body, span) if object_relative(body) else title_of(
            *_prefixed(noun, body, span))
    elif phrase is not None and not _PHRASE_BREAK.search(text, phrase.start(), placed.start):
        # the sentence's verb is dated otherwise ("was found guilty on Wednesday of accepting
        # bribes between 2015 and 2018"): the period is what the gerund phrase says
        begin = phrase.start("g")
        event.title = title_of(text[begin:placed.end],
                               (placed.start - begin, placed.end - begin))
    else:  # the clause it is in: "... found that heat waves between 2010 and 2019 were ..."
        clause = title_clause(text, placed.start, placed.end)
        event.title = title_of(text[clause.start:clause.end],
                               (placed.start - clause.start, placed.end - clause.start))
    return _finish(event, article, sentence, config)


# The last "-ing" word before a range, after a preposition, opening the phrase the range ends:
# "of accepting bribes from a developer between 2015 and 2018" (an "-ing" word inside the
# phrase does not open another: "for taking bribes for harbour dredging contracts")
_GERUND = re.compile(r"\b(?:of|for|by|in|from|after|while|over) (?P<g>[a-z]{3,}ing\b)"
                     r"(?!.*\b(?:of|for|by|in|from|after|while|over) [a-z]{3,}ing\b)", re.DOTALL)
_PHRASE_BREAK = re.compile(r"[,;:]\s|[()]")


def _period_name(phrase: str) -> str:
    """The name in the words after a period's years: up to its head noun, and an "of" phrase
    right after it ("Soviet period still colour politics" -> "Soviet period")."""
    words = phrase.split()
    for i, word in enumerate(words):
        if word.lower() in PERIOD_HEADS:
            end = i + 1
            if end < len(words) and words[end].lower() == "of":
                end = min(len(words), end + 4)
            return " ".join(words[:end])
    return phrase


def _at(value: str, value_end: str | None, first: date, last: date, precision: str,
        time: str | None) -> Event:
    return Event(id="", value=value, value_end=value_end, first=first, last=last,
                 precision=precision, title="", time=time)


def _at_mention(m: Mention, *, clock: bool = True) -> Event:
    """An untitled event at a placed mention's date (and clock time, unless ``clock`` is off)."""
    assert m.first is not None and m.last is not None
    return _at(m.value, m.value_end, m.first, m.last, m.precision, m.time if clock else None)


def _prefixed(prefix: str, body: str, span: tuple[int, int] | None
              ) -> tuple[str, tuple[int, int] | None]:
    """``body`` told of ``prefix`` ("Police" + "released him on Sunday"), with the date's span
    moved along."""
    shift = len(prefix) + 1
    return f"{prefix} {body}", (span[0] + shift, span[1] + shift) if span else None


def _finish(event: Event, article: Article, sentence: Sentence | None, config: Config) -> Event:
    text = sentence.text if sentence is not None else article.title
    event.summary = summary_of(text)
    event.tags = _tags(article, text, config)
    event.sources = [Source(
        path=article.path, title=article.title, published=article.published, url=article.url,
        quote=text, offset=sentence.start if sentence is not None else None,
        agency=article.agency, author=article.author,
    )]
    event.id = base_id(event)
    return event


def _tags(article: Article, text: str, config: Config) -> list[str]:
    tags = set(article.tags)
    lowered = text.casefold()
    for tag, words in config.tags.items():
        for word in words:
            if re.search(r"(?<!\w)" + re.escape(word.casefold()) + r"(?!\w)", lowered):
                tags.add(tag)
                break
    return sorted(tags)
