"""Tense cues: is the clause that holds a mention about the past or the future?

News reports what happened, so a weekday or a month without a year is the most recent one
unless the verb of its own clause says otherwise: "will meet on Monday", "is scheduled to close
Monday", "said it would put ferries on the crossing from Wednesday" (the reporting verb "said" is
past; the verb group that governs the date, "would put", is not). The nearest verb group before
the mention decides, read as a group: a modal before a verb makes it future ("would put", "will
be held"), "would have" is past again. With no cue before it in its sentence, the first cue after
it counts; weak cues ("until", "from") count only when there is no other.
"""

from __future__ import annotations

import re

from timeline.dates import words

WINDOW = 160
_STRIP = ",;:()[]\"“”‘'`"
#: Where a clause ends: a full stop (unless it ends an abbreviation: "vs.", "U.S."), a question
#: or exclamation mark, a semicolon, a line break.
_END = re.compile(r"(?:[.?!](?:\"|”|''|’|')?|;)[ \t]|\n")
_WORD_REVERSED = re.compile(r"[\w.]+")
_PERFECT = frozenset({"have", "has", "had", "been", "having"})


def _is_past_form(w: str, raw: str) -> bool:
    if w in words.PAST_CUES:
        return True
    return len(w) > 4 and w.endswith("ed") and raw[:1].islower() and w not in words.NOT_PAST


def _governor(tokens: list[str], i: int) -> tuple[str, int] | None:
    """The modal governing the verb at ``tokens[i]`` and its index, looking back over fillers
    ("will not be"), or None."""
    j = i - 1
    while j >= 0 and i - j <= 4:
        w = tokens[j]
        if w in words.MODALS:
            return w, j
        if w not in words.VERB_FILLERS and not w.endswith("ly"):
            return None
        j -= 1
    return None


_PLAN_SET = frozenset({"set", "slated"})  # "a summit set for April"
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "that",
                          "these", "those", "some", "any", "no"})
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "being"})
#: Past verbs of something kept up, after which "through" means "during", not "until":
#: "rescuers worked through Tuesday night" ("classes were canceled through Friday" looks ahead)
_DURING = frozenset({"worked", "fought", "lasted", "continued", "stayed", "waited", "slept",
                     "talked", "negotiated", "battled", "raged", "burned", "partied", "sat",
                     "marched", "danced", "searched", "dug", "struggled", "laboured", "labored"})
#: Words before a verb of plans that make it no present plan: "to meet", "not meet", and a
#: form of "be" before an adjective ("Polls were open from 7am on Sunday").
_NOT_A_PLAN = frozenset({"to", "not", "was", "were", "is", "are", "be", "been"})
_PLAN_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s"})
_STARTING = frozenset({"starting", "beginning", "effective", "covering"})
_RESULTS = frozenset({"earnings", "results", "its", "their", "quarterly", "annual", "profit",
                      "sales", "revenue", "figures", "fourth-quarter", "third-quarter",
                      "second-quarter", "first-quarter", "full-year"})
_BACKWARD = frozenset({"after", "since", "following", "from", "of"})


def _after(tokens: list[str], i: int, kinds: frozenset[str]) -> bool:
    """Does ``tokens[i]`` follow one of ``kinds``, across adverbs ("is now held")?"""
    j = i - 1
    while j >= 0 and (tokens[j].endswith("ly") or tokens[j] in words.VERB_FILLERS):
        j -= 1
    return j >= 0 and tokens[j] in kinds


def _infinitive(tokens: list[str], i: int) -> str:
    """The tense "to" at ``tokens[i]`` lends its infinitive: a plan after "agreed", "is set",
    "expected" ("had been due to" is past again); nothing of its own otherwise ("staged rallies
    to mark the day")."""
    before = tokens[i - 1] if i else ""
    if before not in words.TO_GOVERNORS or (i + 1 < len(tokens) and tokens[i + 1][:1].isdigit()):
        return ""  # "raised its offer to 5.5% on Sunday": a figure, no infinitive
    return "past" if i >= 2 and tokens[i - 2] in ("had", "been") else "future"


def _cue(tokens: list[str], raws: list[str], i: int) -> str:
    """"future", "past", "weak" or "" for the word at ``tokens[i]`` read in its verb group."""
    w = tokens[i]
    before = tokens[i - 1] if i else ""
    if w in words.PLAN_PARTICIPLES or (w in _PLAN_SET and i + 1 < len(tokens)
                                       and tokens[i + 1] in ("for", "to")):
        return "past" if before in ("had", "been") else "future"
    if w in ("plan", "plans") and (before in _DETERMINERS or before.endswith("'s")):
        return ""  # "approved the plan in a vote on Tuesday": a noun
    if w in ("calls", "call") and tokens[i + 1:i + 2] == ["for"] and before not in _DETERMINERS:
        return "future"  # "The plan calls for a vote on Tuesday"
    if w in words.FUTURE_CUES or w.endswith("'ll") or (w == "early" and before == "as"):
        return "future"
    if w == "to":
        return _infinitive(tokens, i)
    if _is_past_form(w, raws[i]) and w not in _PERFECT:
        governed = _governor(tokens, i)
        if governed is not None:
            # "would put", "will be held"; "to be installed" as its "to" is governed
            return "future" if governed[0] != "to" else _infinitive(tokens, governed[1])
        if _after(tokens, i, _PRESENT_BE if w in words.PAST_CUES else _DETERMINERS | _PRESENT_BE):
            return ""  # "a still unspecified date", "the case is heard": not a past verb
        return "past"
    if w in words.WEAK_FUTURE_CUES:
        return "future" if i else "weak"  # "until Friday" opening a sentence is weak
    return ""


def _tokens(segment: str) -> tuple[list[str], list[str]]:
    raws = [t.strip(_STRIP) for t in segment.replace("—", " ").split()]
    # "May" inside a sentence is the month ("heard the case in May, ruled on Monday"), no modal
    return [r.lower().replace("’", "'") if r != "May" or not i else "(may)"
            for i, r in enumerate(raws)], raws


def _own_verb(text: str, end: int) -> str:
    """The tense of a verb written right after the mention, which is then its own: "the
    ministry on Sunday issued a warning", "the envoy on Monday will fly"."""
    m = _NEXT.match(text, end)
    if m is None:
        return ""
    word = m.group(1)
    low = word.lower().replace("’", "'")
    if low in words.MODALS and low != "to":
        return "future"
    if _is_past_form(low, word) and low not in _PERFECT and low not in words.PLAN_PARTICIPLES:
        return "past"
    return ""


_NEXT = re.compile(r"[ \t]+([A-Za-z’']+)\b")


#: Prepositions that keep a verb next to its date: "polls open on Thursday".
_LINKS = frozenset({"on", "at", "in"})


def _abbreviation(text: str, stop: int) -> bool:
    """Is the full stop at ``text[stop]`` the end of an abbreviation ("vs.", "Ala.", "U.S.")?"""
    if text[stop] != ".":
        return False
    # the run of letters, digits and dots that ends the text before it (or its last line),
    # read backwards: a search for it from the left retries at every character
    word = _WORD_REVERSED.match(text[:stop].removesuffix("\n")[::-1])
    if word is None:
        return False
    return is_abbreviation(word.group()[::-1])


def is_abbreviation(token: str) -> bool:
    """Does a full stop after ``token`` end an abbreviation, not a sentence? "S." in "Mark J.
    Holloway", "U.S" in "the U.S. ambassador", "Sept", "vs"."""
    token = token.lower()
    return (len(token) == 1 and token.isalpha()) or token in words.ABBREVIATIONS or (
        "." in token and len(token) <= 6)  # a lone digit ends a date: "on Jan. 2. She ..."


def sentence_ends(text: str, start: int, end: int) -> int:
    """How many sentences end in ``text[start:end]`` (abbreviations aside)."""
    piece = text[start:end]
    return sum(1 for m in _END.finditer(piece) if not _abbreviation(piece, m.start()))


def one_sentence(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` inside one sentence (no full stop, question mark, semicolon or
    line break between, abbreviations aside)?"""
    return sentence_ends(text, start, end) == 0


_MOVED_TO = re.compile(rf"(?i:{words.MOVED_TO})")
_PAST_ON = re.compile(r"(?:^|\s)([a-z]+)\s+(?:(?:out|up|down|off|back|away|over)\s+)?(?:on\s+)?"
                      r"(?:(?:the\s+)?(?:(?:morning|afternoon|evening|night|eve)\s+of|"
                      r"day\s+(?:before|after))\s+"
                      # "was arrested in the early hours of 12 March"
                      r"|in\s+the\s+(?:early|small|wee)\s+hours\s+of\s+)?$", re.IGNORECASE)


_CALLED_OFF = re.compile(rf"\s+{words.CALLED_OFF}\b", re.IGNORECASE)
#: The words whose reading as a plan a noun before them undoes ("the vote on Monday").
_PLAN_WORDS = words.FUTURE_VERBS | words.SCHEDULING_VERBS | {"reports", "report"}
_DIGIT = re.compile(r"\d")
_DEADLINE = re.compile(r"\bdeadlines?\s+(?:is|are|falls|fall|expires|expire|runs|run)\b"
                       r"[^,;]*$", re.IGNORECASE)
_IN_FORCE = re.compile(r"\b(?<!has )(?<!have )(?<!had )comes?\s+into\s+(?:force|effect)\b[^,;]*$",
                       re.IGNORECASE)


def past_on(text: str, start: int) -> bool:
    """Is the mention at ``start`` the day a past verb just before it happened on ("broke out
    on June 4", "ended on the 5th of March", "was arrested on the night of May 2")? Then it is
    a day gone by, however far back."""
    m = _PAST_ON.search(text, max(0, start - 60), start)
    if m is not None and _past_verb(m.group(1)):
        return True
    if text[max(0, start - 3):start].lower() != "on ":
        return False
    m = _PAST_OBJECT_ON.search(text, max(0, start - 60), start)
    return m is not None and _past_verb(m.group(1)) and m.group(1) not in _SAYING and not any(
        w.lower() in _NOT_OBJECT for w in m.group(2).split()[1:])  # ("said the vote on June 4
    # would ...": the vote's day)


def _past_verb(word: str) -> bool:
    return word.islower() and _is_past_form(word, word) and word not in _PERFECT and \
        word not in words.PLAN_PARTICIPLES and word not in _PLAN_SET


#: A past verb, its object (a name or a short noun phrase) and "on" before a day: "The ship
#: left Rotterdam on 3 May", "signed the deal on June 4".
_PAST_OBJECT_ON = re.compile(r"(?<![\w'’-])([a-z]+)\s+((?:the|a|an|its|their|his|her|our|[A-Z])"
                             r"[\w'’-]*\s+(?:[\w'’-]+\s+){0,2})on\s+$")
_SAYING = frozenset({"said", "told", "announced", "reported", "added", "wrote", "warned",
                     "predicted", "forecast", "expected", "promised", "pledged", "vowed",
                     "planned", "scheduled", "set", "asked", "urged", "called", "agreed"})
_NOT_OBJECT = frozenset({"will", "would", "could", "should", "may", "might", "must", "can",
                         "shall", "to", "that", "is", "are", "be", "was", "were", "next", "this",
                         "until", "by", "for", "before", "after"})


def _sentence_cut(left: str) -> int:
    """Where the last sentence that ``left`` ends in begins, 0 if it begins before it."""
    return next((m.end() for m in reversed(list(_END.finditer(left)))
                 if not _abbreviation(left, m.start())), 0)


def sentence_before(text: str, start: int) -> str:
    """The words of the sentence holding ``start`` that come before it (at most ``WINDOW``
    characters of them)."""
    left = text[max(0, start - WINDOW):start]
    return left[_sentence_cut(left):]


def tense(text: str, start: int, end: int) -> str:
    """"past", "future" or "" for the mention at ``text[start:end]``."""
    own = _own_verb(text, end)
    if own and not (words.PLANNED_FOR.search(text, max(0, start - 30), start)
                    and _CALLED_OFF.match(text, end)):
        return own  # ("A march planned for Saturday was banned": the day it was planned for,
        # ahead; "A march planned for Saturday drew thousands" is the day gone by)
    left = text[max(0, start - WINDOW):start]
    cut = _sentence_cut(left)
    tokens, raws = _tokens(left[cut:])
    if raws and (cut > 0 or start <= WINDOW):
        raws[0] = raws[0][:1].lower() + raws[0][1:]  # "Asked on Friday ...": a verb, no name
    if len(tokens) > 1 and tokens[-1] == "on" and tokens[-2] in ("is", "are") and \
            text[end:end + 1] not in ("'", "’"):
        return "future"  # "The concert is on Saturday": a plan ("is on Monday's vote" is not)
    if " into " in left and _IN_FORCE.search(left, cut):
        return "future"  # "The rules come into force on April 6"
    if "eadline" in left and _DEADLINE.search(left, cut):
        return "future"  # "The deadline is midnight on Friday"
    if tokens and tokens[-1] in _STARTING and left.endswith(" "):
        return "future"  # "new rules effective Monday", "starting Monday", "a warning
        # covering Sunday": a span that begins then, which in news is still to come
    if tokens and tokens[-1] in ("to", "until") and _MOVED_TO.search(left, cut) and \
            _right_cue(text, end)[0] != "past":
        # "postponed the talks to Tuesday": the talks' new day is ahead (but "The match,
        # delayed from Saturday to Sunday, ended 2-1" is past)
        return "future"
    if tokens and tokens[-1] == "through" and left[cut:].endswith(" ") and not (
            len(tokens) > 1 and tokens[-2] in _DURING):
        return "future"  # "canceled through Friday": the span runs on to it ("tore through" a
        # window, further back, is not a date's)
    weak = False
    adjacent = True  # only adverbs in "-ly" between tokens[i] and the mention
    for i in range(len(tokens) - 1, -1, -1):
        found = _cue(tokens, raws, i)
        if found == "weak":
            weak = True
        elif found:
            return found
        word = tokens[i]
        # "the vote on Monday", "in a 7-2 vote on Tuesday", "a unanimous vote on Tuesday"
        noun = word in _PLAN_WORDS and i > 0 and (
            tokens[i - 1] in _DETERMINERS or _DIGIT.search(tokens[i - 1]) is not None
            or (i > 1 and tokens[i - 2] in ("a", "an")))
        if tokens[i].endswith("ing") and len(tokens[i]) > 5 and _after(tokens, i, _PRESENT_BE) \
                and tokens[i + 1:i + 2] != ["to"] and not _BACKWARD.intersection(tokens[i:]):
            # "who is visiting Paris on Friday": a plan, in the progressive ("is continuing to
            # try", "is recovering after the crash on Sunday" are not)
            return "future"
        if (tokens[i] in words.PAST_CUES or (tokens[i].endswith("ed") and len(tokens[i]) > 4)) \
                and raws[i][:1].islower() and _after(tokens, i, _PRESENT_BE):
            return "future"  # "Markets are closed on Monday": the present passive schedules
        if tokens[i] in words.FUTURE_VERBS:
            denied = tokens[max(0, i - 2):i]
            if "did" in denied or "didn't" in denied:
                return "past"  # "did not meet on Monday"
            if not noun and not adjacent and i > 0 and tokens[i - 1] not in _NOT_A_PLAN:
                return "future"  # "Voters head to the polls on Sunday": the present of a plan
        if adjacent and tokens[i] in words.FUTURE_VERBS and not noun:
            # "meet Monday", "meet separately Monday": a present verb; after "to", the tense
            # its infinitive has ("had been due to expire Friday" is past)
            return (i > 0 and tokens[i - 1] == "to" and _infinitive(tokens, i - 1)) or "future"
        if tokens[i] in words.SCHEDULING_VERBS and not noun:
            return "future"  # "returns to Madrid on Sunday": its clause is scheduled
        if tokens[i] in ("reports", "report") and not noun and \
                tokens[i + 1:i + 2] and tokens[i + 1] in _RESULTS:
            return "future"  # "Nvidia reports earnings on Wednesday" ("compliance reports by
            # Wednesday" is a noun)
        adjacent = adjacent and (tokens[i].endswith("ly") or tokens[i] in _LINKS)
    found, weak_after = _right_cue(text, end)
    if found:
        return found
    return "future" if weak or weak_after else ""


def _right_cue(text: str, end: int) -> tuple[str, bool]:
    """The first tense cue after the mention in its sentence, and whether a weak one came
    before it."""
    right = text[end:end + WINDOW]
    stop = next((m.start() for m in _END.finditer(right) if not _abbreviation(right, m.start())),
                len(right))
    tokens, raws = _tokens(right[:stop])
    weak = False
    for i in range(len(tokens)):
        if tokens[i] == "planned" and i and tokens[i - 1] not in _PLAN_BE and \
                tokens[i + 1:i + 2] == ["to"]:
            return "past", weak  # "On Friday, the government planned to pay the first claims"
        found = _cue(tokens, raws, i)
        if found == "weak":
            weak = True
        elif found:
            return found, weak
        if i and (tokens[i] in words.SCHEDULING_VERBS or tokens[i] in words.FUTURE_VERBS) \
                and tokens[i - 1] not in _DETERMINERS and tokens[i - 1] not in _NOT_A_PLAN \
                and not tokens[i - 1].endswith("'s") and (
                    raws[i - 1][:1].islower() or not any(raws[:i - 1])):
            return "future", weak  # "Monday: talks begin in Leeds", "Friday the museum opens"
    return "", weak
