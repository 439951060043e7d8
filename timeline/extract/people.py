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

from timeline.extract.words import DETERMINERS, TITLE_WORDS

#: Sentences after the one naming a person in which "he" or "she" still refers to them.
REACH = 2

# A run of capitalised words: a full name ("Dafydd Halvorsen") or a name alone ("Halvorsen")
_RUNS = re.compile(r"\b[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*")
# The subject opening a sentence: capitalised words, then a comma or a lower-case verb
_SUBJECT = re.compile(r"^[\"“‘]?((?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]*)(?=,|\s+[a-z])")
_PRONOUN = re.compile(r"^(?:He|She)\b")
_POSSESSIVE = re.compile(r"(?:'s|’s)$")
#: Capitalised sentence openers that name nobody: "The court", "Its lawyers", "In March"
_NOT_NAMES = DETERMINERS | {"in", "on", "at", "after", "before", "during", "when", "while",
                            "but", "and", "as", "for", "under", "with", "from", "by"}


def surnames(text: str) -> frozenset[str]:
    """The last words of full names that the text also uses alone."""
    lasts: set[str] = set()
    alone: set[str] = set()
    for run in _RUNS.finditer(text):
        words = run.group().split()
        if len(words) > 1:
            lasts.add(_POSSESSIVE.sub("", words[-1]))
        else:
            alone.add(_POSSESSIVE.sub("", words[0]))
    return frozenset(lasts & alone)


class Antecedents:
    """Feed it the article's sentences in order; ``name()`` is who "he" or "she" is now."""

    def __init__(self, text: str) -> None:
        self.people = surnames(text)
        self.current: str | None = None
        self.pronoun: str | None = None  # the pronoun already used for them
        self.age = 0

    def after(self, sentence: str) -> None:
        """Take in ``sentence`` once its events have been titled."""
        subject = _SUBJECT.match(sentence)
        words = subject.group(1).split() if subject is not None else []
        last = _POSSESSIVE.sub("", words[-1]) if words else ""
        pronoun = _PRONOUN.match(sentence)
        if last in self.people or (len(words) >= 2 and words[0].lower() in TITLE_WORDS):
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


def resolve(title: str, sentence: str, people: Antecedents) -> str:
    """``title`` with an opening "He"/"She" that opens ``sentence`` too replaced by who it is."""
    pronoun = _PRONOUN.match(title)
    if pronoun is None or not sentence.startswith(pronoun.group()):
        return title
    who = people.name(pronoun.group())
    return title if who is None else who + title[pronoun.end():]
