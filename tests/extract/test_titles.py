"""Titles: attribution and the date phrase trimmed, circumstance dropped, capped at a word."""

from __future__ import annotations

import pytest

from timeline.extract.titles import TITLE_LIMIT, title_of

TITLES = [
    # (sentence, date phrase or "", expected title, note)
    ("Ministers agreed to extend the fishing quotas, the fisheries minister said on Friday.",
     "Friday", "Ministers agreed to extend the fishing quotas", "trailing attribution goes"),
    ("On Monday, Ana Ruiz, the Spanish envoy to Rome, said the deal was fair.", "Monday",
     "Ana Ruiz said the deal was fair", "opening date and appositive go"),
    ("The president was sworn in at a time when inflation is rising fast.", "",
     "The president was sworn in", "circumstance clause goes"),
    ("Rescuers reached the flooded village on Sunday after a long night.", "Sunday",
     "Rescuers reached the flooded village", "date phrase and 'after' clause go"),
    ("“We will not back down,” the union leader said.", "",
     "We will not back down", "a quote with its attribution"),
    ("The port expansion approved in May doubles the quay, said the harbour master.", "May",
     "The port expansion approved doubles the quay", "', said X' attribution goes"),
    ("Engineers will begin the survey next week, the transport department said.", "next week",
     "Engineers will begin the survey", "attribution after a date phrase goes too"),
    ("“We have not seen queues like this since the bridge opened in 1961,” said a captain.",
     "1961", "We have not seen queues like this since the bridge opened",
     "a quote loses its marks and its attribution"),
    ("\"Today changes everything for us,\" he said.", "Today",
     "Today changes everything for us", "a date that is a quote's subject stays in it"),
    ("Monday saw the biggest protests in the capital.", "Monday",
     "Monday saw the biggest protests in the capital", "a date that is the subject stays"),
    ("No deaths had been reported as of 9 p.m.", "9 p.m",
     "No deaths had been reported", "'as of' goes with its time"),
    ("Rovers were in the third tier as recently as 2019.", "2019",
     "Rovers were in the third tier", "'as recently as' goes with its date"),
    ("Its first launch, last October, failed 40 seconds after lift-off.", "last October",
     "Its first launch failed", "an offset goes with the happening it is counted from"),
    ("The deal, Smith said on Monday, was fair.", "on Monday", "The deal was fair",
     "', Smith said,' inside the sentence goes"),
    ("The mayor cut a ribbon at 7 a.m. as the first cars crossed.", "7 a.m",
     "The mayor cut a ribbon as the first cars crossed", "an abbreviated time goes whole"),
    ("Earlier this month, the central bank kept its policy unchanged.", "Earlier this month",
     "The central bank kept its policy unchanged", "an opening date before a main clause"),
    ("Pension funds lost 9% of their value in 2022, the worst year since the crash.", "2022",
     "Pension funds lost 9% of their value", "an aside about the date goes"),
    ("Kishida is expected to announce the plan as early as next week.", "next week",
     "Kishida is expected to announce the plan", "'as early as' goes with its date"),
    ("On Monday.", "Monday", "On Monday", "a sentence that is only its date keeps it"),
    ("The port's chief executive, Marit Solberg, said on Wednesday that the plan was public.",
     "Wednesday", "Marit Solberg said that the plan was public",
     "a role then the name in commas: the name says it, the role is not the title"),
    ("Ashgrove's former director, Neil Parry, pleaded guilty last year.", "last year",
     "Neil Parry pleaded guilty", "a role then the name in commas, with any verb"),
    ("In Paris, Jean Dupont, a baker, opened a shop on Monday.", "Monday",
     "In Paris, Jean Dupont, a baker, opened a shop", "a place, then a name with its own aside"),
    ("The strike, the longest at the port in years, began on Thursday.", "Thursday",
     "The strike began", "an aside after a common noun goes"),
    ("Still, many residents remember the 1970s as the mill's golden age.", "the 1970s",
     "Many residents remember the 1970s as the mill's golden age",
     "a decade that is the verb's object stays; a linking 'Still,' goes"),
    ("The decline began in the 1990s, as newsprint demand fell.", "the 1990s",
     "The decline began", "', as' opens a circumstance"),
    ("But prices fell in the 1980s.", "the 1980s", "Prices fell", "an opening 'But' goes"),
    ("The bank raised rates to 5.25% in July 2023, their highest level since 2001.",
     "July 2023", "The bank raised rates to 5.25%", "an aside about the date with 'their' goes"),
    ("On the morning of June 4, soldiers surrounded the square.", "June 4",
     "Soldiers surrounded the square", "'on the morning of' goes with its date"),
    ("Exactly one year ago, the first protests broke out.", "one year ago",
     "The first protests broke out", "a hedge before an opening date goes with it"),
    ("The minister resigned on June 3, days after the report was published.", "June 3",
     "The minister resigned", "', days after ...' goes"),
    ("The suspect, 34, was detained on Sunday near the border.", "Sunday",
     "The suspect was detained near the border", "an age in commas goes"),
    ("Archer had been the favorite for most of the year.", "the year",
     "Archer had been the favorite", "'for most of' goes with its date"),
    ("Police raided the house shortly before dawn on Friday.", "Friday",
     "Police raided the house", "'before dawn' goes with its date"),
    ("The stadium, first built for the 1952 games, reopened on Friday.", "Friday",
     "The stadium reopened", "a participle aside after a noun goes"),
    ("The eruption began shortly before 9pm on Monday, the Met Office said.", "9pm on Monday",
     "The eruption began", "'shortly before' goes with its date; three words are a title"),
    ("Her daughter, Siri, said she died peacefully.", "", "Siri said she died peacefully",
     "a role before a one-word name"),
    ("In Paris, France, officials said two men were arrested.", "",
     "In Paris, France, officials said two men were arrested",
     "an attribution with its clause after it is no trailing one"),
    ("Party leader Jon Berg, 47, a former judge, resigned.", "", "Party leader Jon Berg resigned",
     "an age before an appositive"),
    ("Asked on Monday whether he would resign, the minister said no.", "Monday",
     "The minister said no", "the occasion of a statement goes"),
    ("Speaking in Paris on Tuesday, Ruiz said the deal was fair.", "Tuesday",
     "Ruiz said the deal was fair", "'Speaking in ...,' before a statement goes"),
    ("The deal, worth $2bn, was announced.", "", "The deal was announced",
     "a value set off by commas goes"),
    ("Two days after the vote, the prime minister resigned.", "",
     "The prime minister resigned", "an offset from another happening goes"),
]


@pytest.mark.parametrize(("sentence", "phrase", "expected", "note"), TITLES,
                         ids=[row[3] for row in TITLES])
def test_titles(sentence: str, phrase: str, expected: str, note: str) -> None:
    span = None
    if phrase:
        start = sentence.index(phrase)
        span = (start, start + len(phrase))
    assert title_of(sentence, span) == expected, note


def test_title_table_has_no_duplicate_rows() -> None:
    assert len({row[0] for row in TITLES}) == len(TITLES)


def test_long_titles_are_capped_at_a_word_boundary() -> None:
    sentence = ("Negotiators from eleven coastal states finally reached agreement on a shared "
                "framework for monitoring illegal trawling in international waters")
    title = title_of(sentence)
    assert len(title) <= TITLE_LIMIT + 1
    assert title.endswith("…")
    assert sentence.startswith(title[:-1])
    assert sentence[len(title) - 1] == " "
