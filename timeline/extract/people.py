"""Who "he" or "she" is, for titles: "He will be sentenced on July 7" is titled "Halvorsen will
be sentenced" when the sentences just before it were about Halvorsen.

A person is a name the article gives in full ("Dafydd Halvorsen") and later by the surname alone
("Halvorsen, 61, who ..."); institutions are not named that way ("Cardiff Crown Court", then
"the court"). A sentence whose subject is such a surname, or a full name ending in it, makes it
the antecedent, and so does a name after a title ("Judge Mair Pritchard"); it stays so for two
sentences more, as a reader would still know who "he" is, unless another name opens a sentence.
Once "he" has been used for someone, "she" is not them.
"""

from __future__ import annotations

import re

from timeline.extract.clauses import OPENING_PARTICIPLE
from timeline.extract.words import DETERMINERS, PRONOUNS, TITLE_WORDS

#: Sentences after the one naming a person in which "he" or "she" still refers to them.
REACH = 2

# A run of capitalised words: a full name ("Dafydd Halvorsen") or a name alone ("Halvorsen")
_RUNS = re.compile(r"\b[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*")
# The subject opening a sentence: capitalised words, then a comma or a lower-case verb
_SUBJECT = re.compile(r"^[\"“‘]?((?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]*)(?=,|\s+[a-z])")
_PRONOUN = re.compile(r"^(?:He|She)\b")
# The person's own people saying what happened to them: "Her family said she", "His lawyer
# says that he"
_KIN_SAID = re.compile(r"^(Her|His)\s+(?:[a-z-]+\s+){1,2}(?:said|says|announced|confirmed)"
                       r"\s+(?:that\s+)?(he|she)\s+(?=[a-z])")
# After a possessive subject, the person it names in commas: "[Soller's] brother-in-law, Piet
# Arnesen," (a full name: one word may be a company's)
_KIN_NAMED = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+"
                        r"((?:[A-Z][\w’'-]*\s+){1,3}[A-Z][\w’'-]*),")
_AUXILIARY = r"(?:has|had|have|was|were|is|are|will|would)\b"
# The subject opening a sentence that "It" in the next can stand for: a name of two or more
# words ("Harborline Shipping", "The European Commission"; one word may be a person's) or
# "the company", before a verb in the past, a modal or "said"
_THING = re.compile(r"^((?:The\s+)?(?:[A-Z][\w&’'.-]*\s+){0,4}[A-Z][\w&’'-]*"
                    r"|The\s+(?:(?!" + _AUXILIARY + r")[a-z-]+\s+){0,2}(?!" + _AUXILIARY
                    + r")[a-z]+)"
                    r"(?=\s+(?:[a-z]+ed|said|says|will|would|has|had|was|is|won|lost|cut|set|"
                    r"sold|made|took|began|became|paid|fell|rose|grew|ran|led|held|kept|"
                    r"stood|went|came|left|saw|met|spent|built|stayed|remained)\b)")
#: Last words that make a name an organisation's, not a person's ("Anna Berg said ... It")
_ORGANISATIONS = frozenset({
    "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "company", "group", "ltd",
    "ltd.", "plc", "llc", "holdings", "bank", "shipping", "airlines", "airways", "motors",
    "energy", "partners", "capital", "industries", "international", "systems", "council",
    "commission", "ministry", "agency", "service", "authority", "board", "party", "union",
    "university", "court", "government", "department", "office", "institute", "foundation",
    "association", "federation", "league", "club", "fund", "exchange", "police", "army",
    "navy", "parliament", "assembly", "senate", "congress", "committee", "organisation",
    "organization", "network", "media", "press", "railways", "port", "hospital", "trust",
})
#: Participles "It was" opens a sentence about no thing with: "It was announced that ..."
_EXPLETIVE = frozenset({"announced", "decided", "reported", "believed", "expected", "feared",
                        "thought", "said", "agreed", "understood", "known", "estimated",
                        "claimed", "alleged", "hoped", "learned", "learnt", "confirmed",
                        "rumoured", "rumored", "suggested", "assumed", "considered", "felt",
                        "noted", "argued", "revealed", "shown", "found", "planned", "proposed",
                        "recommended", "suspected", "ruled", "determined"})
# "It" doing something, not an expletive "It was", "It is expected", "It will be"
_IT = re.compile(r"^(It)\s+(?:(?!(?:is|was|'s|’s|seems|seemed|appears|appeared|remains|"
                 r"remained|took|takes|has\s+been|had\s+been|(?:will|would|could|may|might|"
                 r"should|must)\s+(?:not\s+)?be)\b)[a-z]"
                 # a passive with its agent or object phrase is the thing's own: "It was bought
                 # by a rival" ("It was announced that ..." is no thing)
                 r"|(?:was|is|has\s+been|had\s+been)\s+(?!(?:" + "|".join(sorted(_EXPLETIVE))
                 + r")\b)[a-z]+(?:ed|en|wn|ld|ught|ut)\s+(?:by|to|for|in|at|from|off|out|"
                 r"up|down|back|over)\b(?!\s+(?:be|have|do|make|say|see)\b))")
# The plural subject opening a sentence that "They" in the next can stand for: "Protesters",
# "The dock workers", "Hundreds of residents", before a verb in the past, a modal or "said"
_GROUP = re.compile(r"^((?:(?:The|Both|All|Many|Most|Some|Several|Two|Three|Four|Five|Six|"
                    r"(?:Hundreds|Thousands|Dozens|Scores)\s+of(?:\s+the)?)\s+)?"
                    r"(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*)"
                    r"(?=\s+(?:[a-z]+ed|said|say|will|would|have|had|were|are|won|lost|cut|set|"
                    r"sold|made|took|began|became|paid|fell|rose|grew|met|held|left|went|"
                    r"gathered|marched)\b)")
# "They" doing something; in the passive ("They were released") it is as often the object
# of the sentence before ("Police arrested two men ... They were released")
_THEY = re.compile(r"^(They)\s+(?!(?:were|are|have\s+been|had\s+been|will\s+be|would\s+be)"
                   r"\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ld|ught|ung|ut)\b)[a-z]")
#: Endings of capitalised plurals that are no names: "Protesters", "Officials", "Residents"
_PLURAL_ENDINGS = ("ers", "ors", "ists", "ents", "ants", "ians", "ees", "ives", "ials", "els",
                   "ics", "ies", "ages", "ites", "ards", "ains", "ens")
#: Plural heads that do not end in "s", and words in "s" that are no plural
_PLURAL_HEADS = frozenset({"police", "people", "children", "men", "women", "staff", "crew",
                           "troops", "cattle", "families"})
_NOT_PLURAL = frozenset({"news", "series", "species", "politics", "economics", "analysis",
                         "status", "crisis", "bus", "gas", "press", "this", "its", "his",
                         "reuters", "yes", "always", "perhaps", "thus", "afterwards"})
_POSSESSIVE = re.compile(r"(?:'s|’s)$")
#: Capitalised sentence openers that name nobody: "The court", "Its lawyers", "In March"
_NOT_NAMES = DETERMINERS | {"in", "on", "at", "after", "before", "during", "when", "while",
                            "but", "and", "as", "for", "under", "with", "from", "by", "between",
                            "since", "until", "over", "throughout", "within"}
#: Capitalised words opening a run that are no name's first word ("The", "In", "It")
_NOT_FIRST = _NOT_NAMES | PRONOUNS | {"to"}


def surnames(text: str) -> frozenset[str]:
    """The last words of full names that the text also uses alone."""
    return _names(text)[0]


def _names(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The surnames of people (the last words of names of two words or more that the text also
    uses alone) and the short names of organisations (the first words of such names used
    alone, not as a surname): people are shortened to their last word, organisations to their
    first ("Rita Okonkwo" ... "Okonkwo"; "Norland Foods" ... "Norland")."""
    lasts: set[str] = set()
    firsts: set[str] = set()
    alone: set[str] = set()
    for run in _RUNS.finditer(text):
        words = run.group().split()
        if len(words) > 1:
            lasts.add(_POSSESSIVE.sub("", words[-1]))
            if words[0].lower() not in _NOT_FIRST:
                firsts.add(words[0])
        else:
            alone.add(_POSSESSIVE.sub("", words[0]))
    people = frozenset(lasts & alone)
    return people, frozenset((firsts & alone) - people)


class Antecedents:
    """Feed it the article's sentences in order; ``name()`` is who "he" or "she" is now."""

    def __init__(self, text: str) -> None:
        self.people, self.short = _names(text)
        self.current: str | None = None
        self.pronoun: str | None = None  # the pronoun already used for them
        self.age = 0
        #: what "It" opening the next sentence is: the thing the last sentence opened with
        self.thing: str | None = None
        #: what "They" opening the next sentence is: the group the last sentence opened with
        self.group: str | None = None

    def after(self, sentence: str) -> None:
        """Take in ``sentence`` once its events have been titled."""
        self.thing = _opening_thing(sentence, self.short)
        self.group = _opening_group(sentence, self.people)
        opening = OPENING_PARTICIPLE.match(sentence)
        if opening is not None:  # "Born in Zagreb in 1936, Kolar moved ...": Kolar
            sentence = sentence[opening.start("subject"):]
        subject = _SUBJECT.match(sentence)
        words = subject.group(1).split() if subject is not None else []
        last = _POSSESSIVE.sub("", words[-1]) if words else ""
        pronoun = _PRONOUN.match(sentence)
        named = _KIN_NAMED.match(sentence, subject.end()) if (
            subject is not None and _POSSESSIVE.search(words[-1])) else None
        if named is not None:
            # "Soller's brother-in-law, Piet Arnesen, was convicted": the one in the commas
            self.current, self.age, self.pronoun = named.group(1).split()[-1], 0, None
        elif last in self.people or (len(words) >= 2 and words[0].lower() in TITLE_WORDS):
            self.current, self.age, self.pronoun = last, 0, None  # "Judge Mair Pritchard"
        elif pronoun is not None:
            if self.current is not None and self.pronoun is None:
                self.pronoun = pronoun.group()  # "he" is now known to be "he", not "she"
        elif words and words[0].lower() not in _NOT_NAMES:
            self.current = None  # someone or something else named: "he" is no longer sure
        else:
            self.age += 1
            if self.age > REACH:
                self.current = None

    def name(self, pronoun: str) -> str | None:
        """Who ``pronoun`` ("He", "She") opening the current sentence is, if known."""
        if self.current is None or (self.pronoun is not None and pronoun != self.pronoun):
            return None
        return self.current


def _opens(sentence: str, pronoun: str) -> bool:
    """Is ``pronoun`` the sentence's subject, first or after a short opening phrase ("Two
    months later, it was bought by a rival", "The next day, they found two survivors")?"""
    return sentence.startswith(pronoun + " ") or re.match(
        rf"[A-Z][^,;:\"“”]{{0,40}},\s+{pronoun.lower()}\s", sentence) is not None


def resolve(title: str, sentence: str, people: Antecedents) -> str:
    """``title`` with an opening "He"/"She" replaced by who it is: the person the sentences
    before were about when the pronoun opens ``sentence`` too, or the person ``sentence``
    opens with when the title is a clause inside it ("Agnes Pryce was 12 when she first
    crossed the Sound" titles the crossing "Pryce first crossed the Sound")."""
    it = _IT.match(title)
    if it is not None and _opens(sentence, "It") and people.thing is not None:
        # "Harborline raised its forecast. It will report results on May 4."
        thing = people.thing
        return thing[:1].upper() + thing[1:] + title[it.end(1):]
    they = _THEY.match(title)
    if they is not None and _opens(sentence, "They") and people.group is not None:
        # "Dock workers walked out on Monday. They will vote on the offer on Friday."
        group = people.group
        return group[:1].upper() + group[1:] + title[they.end(1):]
    if it is not None and not _opens(sentence, "It"):
        # "The party has held it since 1996, but it lost ...": the sentence's own subject;
        # "a wildfire that ... since it broke out": the noun of the clause it is in
        if (own := _opening_thing(sentence)) is not None and " it " in sentence[len(own):]:
            return own + title[it.end(1):]
        if (noun := _relative_noun(sentence, title[it.end(1):].split()[:1])) is not None:
            return f"The {noun}{title[it.end(1):]}"
    if they is not None and not _opens(sentence, "They") and (
            own := _opening_group(sentence, people.people)) is not None and \
            " they " in sentence[len(own):]:
        return own + title[they.end(1):]
    kin = _KIN_SAID.match(title)
    if kin is not None and (kin.group(1) == "Her") == (kin.group(2) == "she") and \
            _opens(sentence, kin.group(1)) and (
                who := people.name(kin.group(2).capitalize())) is not None:
        # "Her family said she died at home on Friday", after sentences about Kolar: "Kolar
        # died at home"
        return f"{who} {title[kin.end():]}"
    pronoun = _PRONOUN.match(title)
    if pronoun is None:
        return title
    opening = OPENING_PARTICIPLE.match(sentence)
    if sentence.startswith(pronoun.group()) or _opens_with(sentence, pronoun.group().lower()) \
            or (opening is not None and opening.group("subject") == pronoun.group().lower()):
        # ... or "Born in Bergen in 1936, she studied ...": the subject after the phrase
        who = people.name(pronoun.group())
    else:
        who = _own_subject(sentence, pronoun.group().lower(), people.people)
    return title if who is None else who + title[pronoun.end():]


def _plural(noun: str, names: frozenset[str]) -> bool:
    """Is ``noun`` ("Dock workers", "The police", "Hundreds of residents") a plural a "They"
    can stand for? Not a name ("Jones", "Reuters") or a singular thing ("The news")."""
    words = noun.split()
    head = words[-1]
    if head.lower() in _PLURAL_HEADS:
        return True
    if head.lower() in _NOT_PLURAL or not head.endswith("s") or head.endswith(("ss", "us")):
        return False
    # capitalised alone, a word in "s" may be a name ("Jones"), unless the article gives it
    # as a surname or it ends as agents' plurals do
    return head[:1].islower() or (len(words) == 1 and head not in names
                                  and head.lower().endswith(_PLURAL_ENDINGS))


def _opening_thing(sentence: str, short: frozenset[str] = frozenset()) -> str | None:
    """The organisation or "the <noun>" ``sentence`` opens with, that an "it" may stand for:
    a name ending in an organisation's word, or one of ``short``, the organisations' names the
    article shortens to their first word ("Norland" for "Norland Foods": ``_names``)."""
    found = _THING.match(sentence)
    if found is None:
        return None
    words = found.group(1).split()
    if len(words) == 1:
        return words[0] if words[0] in short else None
    return found.group(1) if words[0] == "The" or words[-1].lower() in _ORGANISATIONS else None


def _opening_group(sentence: str, names: frozenset[str]) -> str | None:
    """The plural subject ``sentence`` opens with, that a "they" may stand for."""
    found = _GROUP.match(sentence)
    return found.group(1) if found is not None and _plural(found.group(1), names) else None


def _relative_noun(sentence: str, verb: list[str]) -> str | None:
    """The noun a relative clause tells of when the "it" doing ``verb`` stands inside it:
    "battling a wildfire that has burned 2,000 hectares since it broke out" gives "wildfire"."""
    if not verb:
        return None
    found = re.search(r"\b(?:[Aa]|[Aa]n|[Tt]he)\s+((?:[a-z-]+\s+){0,2}?[a-z]+)"
                      # "a fire on Monday that ...", "The line, which ..."
                      r"(?:\s+(?:on|in|at)\s+[A-Z]\w+)?(?:\s+|,\s+(?=which))(?:that|which)\s"
                      r"(?:[^.;,]|,(?=\d))*?\bit\s+" + re.escape(verb[0]) + r"\b", sentence)
    return found.group(1) if found is not None else None


def _opens_with(sentence: str, pronoun: str) -> bool:
    """Is ``pronoun`` the subject after an opening phrase that names nobody ("In 1984 she
    bought ...", "By the late 1970s he was ...")?"""
    at = re.search(rf"\b{pronoun}\b", sentence)
    if at is None or at.start() > 60:
        return False
    before = sentence[:at.start()]
    first = before.split()[0].lower() if before.split() else ""
    names = [run.group() for run in _RUNS.finditer(before)][1:]
    return first in _NOT_NAMES and not names


def _own_subject(sentence: str, pronoun: str, people: frozenset[str]) -> str | None:
    """The surname of the person ``sentence`` opens with, when it is the only person it names
    and ``pronoun`` comes after."""
    subject = _SUBJECT.match(sentence)
    if subject is None:
        return None
    last = _POSSESSIVE.sub("", subject.group(1).split()[-1])
    if last not in people:
        return None
    for run in _RUNS.finditer(sentence, subject.end()):
        words = run.group().split()
        other = _POSSESSIVE.sub("", words[-1])
        if other != last and (other in people or len(words) > 1
                              or words[0].lower() in TITLE_WORDS):
            return None  # someone else named: "he" may be them
    return last if re.search(rf"\b{pronoun}\b", sentence[subject.end():]) else None
