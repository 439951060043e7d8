"""The extractor on articles in the shape of a wire clipping, with hand-made mentions."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta, timezone

import pytest
from extract_helpers import article, mention
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.config import Config
from timeline.dates import find_mentions
from timeline.extract import LONGEST_SENTENCE, bounded, extract_events
from timeline.extract.sentences import sentences
from timeline.model import Article, Event, Mention

CET = timezone(timedelta(hours=1))
PUBLISHED = datetime(2023, 3, 14, 11, 20, tzinfo=CET)  # a Tuesday

NORDIC = [
    "OSLO (Nordwire) – Norway will send two more coastguard ships to patrol the Arctic with "
    "Finland, Norwegian Foreign Minister Kari Lund said on Tuesday after her first meeting with "
    "Aino Virtanen, Finland's new prime minister.",
    "Virtanen was sworn in at a time when fuel prices and fishing quotas dominate Nordic "
    "politics.",
    "The 1939-1944 wartime rift between the two countries is rarely mentioned in public now.",
    "Lund told reporters that Virtanen wanted their ministers to meet every few months.",
    "“The north is safer when we plan together,” Lund said after the swearing-in in Helsinki.",
    "On Monday, Peter Hall, the British envoy to Oslo, said he saw Lund’s visit to Helsinki as "
    "“timely” because it would ease the strain on Norway's own coastguard.",
]


def nordic() -> tuple[Article, list[Mention]]:
    story = article("Norway says Finland keen to deepen Arctic cooperation", PUBLISHED, NORDIC,
                    url="https://example.org/nordic")
    text = story.text
    return story, [
        mention(text, "Tuesday", "2023-03-14"),
        mention(text, "1939-1944", "1939", "1944"),
        mention(text, "Monday", "2023-03-13"),
    ]


def by_day(events: list[Event]) -> dict[str, list[Event]]:
    found: dict[str, list[Event]] = {}
    for event in events:
        found.setdefault(event.first.isoformat(), []).append(event)
    return found


def test_a_wire_story_gives_the_events_an_editor_would_list() -> None:
    story, mentions = nordic()
    events = extract_events(story, mentions, Config())
    days = by_day(events)
    # the lead statement, on the dateline's day, titled by the headline; the dateline's clock
    # time is when the story was filed, not when Norway spoke: it stays on the source
    lead = days["2023-03-14"][0]
    assert lead.title == "Norway says Finland keen to deepen Arctic cooperation"
    assert lead.time is None
    assert lead.sources[0].published.isoformat() == "2023-03-14T11:20:00+01:00"
    assert lead.summary.startswith("Norway will send two more coastguard ships")
    # the swearing-in has no date of its own: it is the news of that day
    sworn = days["2023-03-14"][1]
    assert sworn.title == "Virtanen was sworn in"
    assert sworn.time is None
    # "On Monday" is the day before the dateline
    (remark,) = days["2023-03-13"]
    assert remark.title == "Peter Hall said he saw Lund’s visit to Helsinki as “timely”"
    # the background period
    (period,) = [e for e in events if e.kind == "period"]
    assert (period.first.year, period.last.year, period.precision) == (1939, 1944, "year")
    assert period.title == "Wartime rift"
    # undated reported speech and quotes are not events
    assert len(events) == 4


def test_every_event_has_one_source_quoting_the_article_at_its_offset() -> None:
    story, mentions = nordic()
    for event in extract_events(story, mentions, Config()):
        (source,) = event.sources
        assert source.offset is not None
        assert story.text[source.offset: source.offset + len(source.quote)] == source.quote
        assert (source.path, source.published, source.url, source.agency) == (
            story.path, PUBLISHED, "https://example.org/nordic", "Nordwire")
        assert not source.quote.startswith("OSLO")


def test_an_article_without_dates_in_its_body_still_has_its_news_at_the_dateline() -> None:
    story = article("Harbour reopens", PUBLISHED, ["The harbour reopened to ferries."],
                    time_known=False)
    (event,) = extract_events(story, [], Config())
    assert (event.value, event.time, event.title) == ("2023-03-14", None, "Harbour reopens")


def test_a_lead_with_its_own_earlier_date_is_dated_by_it() -> None:
    text = "The mayor resigned on Sunday, officials said."
    story = article("Mayor quits", PUBLISHED, [text])
    (event,) = extract_events(story, [mention(text, "Sunday", "2023-03-12")], Config())
    assert (event.value, event.time) == ("2023-03-12", None)


def test_a_lead_months_from_the_dateline_is_background_and_the_news_is_at_the_dateline(
        ) -> None:
    text = "12 March 2022 – The bridge is closed after inspectors find cracks."
    story = article("Explainer: how the dispute unfolded", PUBLISHED, [text])
    events = extract_events(story, [mention(text, "12 March 2022", "2022-03-12")], Config())
    assert [(e.value, e.title) for e in events] == [
        ("2023-03-14", "Explainer: how the dispute unfolded"),
        ("2022-03-12", "The bridge is closed")]


def test_undated_sentences_far_from_the_lead_are_not_events() -> None:
    body = ["The council met.", "Nothing was decided.", "A vote is expected.", "More later.",
            "The old mayor died peacefully."]
    story = article("Council meets", PUBLISHED, body)
    events = extract_events(story, [], Config())
    assert [e.summary for e in events] == ["The council met."]


def test_tags_come_from_the_article_and_the_configured_words() -> None:
    story, mentions = nordic()
    config = Config(tags={"arctic": ["Arctic"], "uk": ["British envoy"]})
    events = extract_events(story, mentions, config)
    assert events[0].tags == ["arctic"]
    assert by_day(events)["2023-03-13"][0].tags == ["uk"]


def test_a_range_not_modifying_a_noun_is_a_period_titled_by_its_sentence() -> None:
    text = "From 2010 to 2015 Lund served as ambassador to Canada."
    story = article("Profile", PUBLISHED, ["Lund returned home.", text])
    shifted = mention(story.text, "From 2010 to 2015", "2010", "2015")
    events = extract_events(story, [shifted], Config())
    (period,) = [e for e in events if e.kind == "period"]
    assert period.title == "Lund served as ambassador to Canada"


def test_a_period_in_a_reported_clause_is_titled_by_that_clause() -> None:
    text = "The study found that heat waves between 2010 and 2019 were twice as frequent."
    story = article("Heat", PUBLISHED, ["Rain eased on Tuesday.", text])
    events = extract_events(story, [mention(story.text, "between 2010 and 2019", "2010",
                                            "2019")], Config())
    (period,) = [e for e in events if e.kind == "period"]
    assert period.title == "Heat waves were twice as frequent"


def test_a_period_reported_on_a_day_is_titled_by_the_clause_after_that() -> None:
    text = ("Harbor Logistics said on Tuesday that net profit fell 18% in the three months to "
            "September, hurt by weaker freight rates.")
    story = article("Profit falls", PUBLISHED, ["Rain eased on Tuesday.", text])
    events = extract_events(story, [
        mention(story.text, "Tuesday", "2023-03-14", occurrence=1),
        mention(story.text, "the three months to September", "2022-07", "2022-09")], Config())
    (period,) = [e for e in events if e.kind == "period"]
    assert period.title == "Net profit fell 18%, hurt by weaker freight rates"


def test_a_period_that_is_the_subject_stays_in_its_title() -> None:
    text = "The 12 months through June were the warmest such period, the agency said."
    story = article("Heat", PUBLISHED, ["Rain eased on Tuesday.", text])
    events = extract_events(story, [mention(story.text, "The 12 months through June",
                                            "2022-07", "2023-06")], Config())
    (period,) = [e for e in events if e.kind == "period"]
    assert period.title == "The 12 months through June were the warmest such period"


def test_a_run_of_days_near_the_lead_is_its_period_not_a_news_day_happening() -> None:
    text = "Schools in the valley were closed from Monday to Wednesday after the floods."
    story = article("Floods", PUBLISHED, ["Rain eased on Tuesday.", text])
    events = extract_events(story, find_mentions(story.text, PUBLISHED), Config())
    assert [(e.kind, e.title, str(e.first), str(e.last)) for e in events[1:]] == [
        ("period", "Schools in the valley were closed", "2023-03-13", "2023-03-15")]


@pytest.mark.parametrize(
    ("sentence", "found", "title"),
    [
        ("Former mayor Dafydd Halvorsen was found guilty on Wednesday of accepting bribes from "
         "a developer between 2015 and 2018.",
         [("Wednesday", "2023-03-15"), ("between 2015 and 2018", "2015", "2018")],
         "Accepting bribes from a developer"),
        ("A former mayor was jailed on Friday for taking bribes in exchange for harbour "
         "dredging contracts between 2015 and 2018.",
         [("Friday", "2023-03-10"), ("between 2015 and 2018", "2015", "2018")],
         "Taking bribes in exchange for harbour dredging contracts"),
        ("Berg, who led the council from 2012 to 2019, praised the deal on Wednesday.",
         [("from 2012 to 2019", "2012", "2019"), ("Wednesday", "2023-03-15")],
         "Berg led the council"),
    ],
)
def test_a_range_beside_the_sentences_own_date_is_titled_by_its_own_phrase(
        sentence: str, found: list[tuple[str, ...]], title: str) -> None:
    story = article("Profile", PUBLISHED, ["Lund returned home.", sentence])
    mentions = [mention(story.text, *row) for row in found]
    events = extract_events(story, mentions, Config())
    (period,) = [e for e in events if e.kind == "period"]
    assert period.title == title


@pytest.mark.parametrize(
    ("sentence", "years", "title"),
    [
        ("Memories of the 1940-1991 Soviet period still colour politics in both capitals.",
         "1940-1991", "Soviet period"),
        ("The bridge, built during the 1958-1961 expansion of the port, carries 40,000 cars.",
         "1958-1961", "Expansion of the port"),
        ("Scars of the 1992-1995 siege remain visible downtown.", "1992-1995", "Siege"),
        ("Ties still bear the legacy of Norway’s 1940-1945 occupation.", "1940-1945",
         "Norway’s occupation"),
    ],
)
def test_a_named_period_ends_with_its_head_noun(sentence: str, years: str, title: str) -> None:
    story = article("History", PUBLISHED, ["The city remembered.", sentence])
    first, last = years.split("-")
    events = extract_events(story, [mention(story.text, years, first, last)], Config())
    (period,) = [e for e in events if e.kind == "period"]
    assert period.title == title


# --- which date the main verb refers to ------------------------------------------------------

MAIN_DATE = [
    # (sentence, [(phrase, value)], expected value, note)
    ("The minister said on Wednesday that talks would resume on Friday.",
     [("Wednesday", "2023-03-15"), ("Friday", "2023-03-17")], "2023-03-15",
     "reported speech is the statement, dated by its verb"),
    ("Talks will resume on Friday, the minister told reporters on Wednesday.",
     [("Friday", "2023-03-17"), ("Wednesday", "2023-03-15")], "2023-03-15",
     "attribution after the content still dates the statement"),
    ("On Monday, the court upheld the 2019 ruling.",
     [("Monday", "2023-03-13"), ("2019", "2019")], "2023-03-13",
     "an opening date beats a date that modifies a noun"),
    ("Rescuers reached the village on Sunday.", [("Sunday", "2023-03-12")], "2023-03-12",
     "a lone adverbial date"),
    ("The bank lifted rates in May, after a cut in January.",
     [("May", "2022-05"), ("January", "2022-01")], "2022-05",
     "the first adverbial date belongs to the main verb"),
    ("“We will sign in June,” he said.", [("June", "2023-06")], "2023-06",
     "a date in a quote is used when there is nothing better"),
    ("Saar took office at a time when both are cutting gas use before next winter.",
     [("next winter", "2023-WI")], "2023-03-14",
     "a date in a subordinate clause does not date the main verb: news day instead"),
    ("Councillors said the city had ignored warnings since the 1990s.", [("the 1990s", "199")],
     None, "'since' bounds a state: no event"),
    ("Traders fear the spring festival will be quiet.", [("spring", "2023-SP")], None,
     "a date modifying a noun does not date the sentence"),
    ("Whitlock said the cracks found last week were a warning.", [("last week", "2023-W10")],
     None, "a date after a participle describes the noun, not the statement: no event"),
    ("Net profit rose to 4.2 billion crowns in March from 3.6 billion a year earlier.",
     [("March", "2023-03"), ("a year earlier", "2022-03")], "2023-03",
     "the base of a comparison does not date the sentence"),
    ("Profit rose to $4 million from $3 million a year earlier.",
     [("a year earlier", "2022")], None, "nor does it make an event on its own"),
    ("The bank reported an 18% rise in first-quarter net profit on Tuesday.",
     [("first-quarter", "2023-Q1"), ("Tuesday", "2023-03-14")], "2023-03-14",
     "a date used as an adjective loses to the verb's"),
    ("Olsen died at her home on Saturday, her family said on Monday.",
     [("Saturday", "2023-03-11"), ("Monday", "2023-03-13")], "2023-03-11",
     "a day reported as gone by before the saying is the happening's"),
    ("The bridge will reopen on Friday, the ministry said on Monday.",
     [("Friday", "2023-03-17"), ("Monday", "2023-03-13")], "2023-03-13",
     "a plan reported: the day it was announced"),
    ("Officials told a council hearing in Tallinn on Monday that costs had doubled in 2022.",
     [("Monday", "2023-03-13"), ("2022", "2022")], "2023-03-13",
     "who a statement was made to sits between the verb and its date"),
]


@pytest.mark.parametrize(("sentence", "found", "expected", "note"), MAIN_DATE,
                         ids=[row[3] for row in MAIN_DATE])
def test_the_main_verbs_date_wins(sentence: str, found: list[tuple[str, str]],
                                  expected: str | None, note: str) -> None:
    story = article("Headline", PUBLISHED, ["The lead says nothing dated.", sentence])
    text = story.text
    mentions = [mention(text, phrase, value) for phrase, value in found]
    events = extract_events(story, mentions, Config())
    dated = [e for e in events if e.summary == sentence]
    assert [e.value for e in dated] == ([expected] if expected else []), note


def test_main_date_table_has_no_duplicate_rows() -> None:
    assert len({row[0] for row in MAIN_DATE}) == len(MAIN_DATE)


# --- an event's title and its date come from the same clause ---------------------------------

SAME_CLAUSE = [
    # (sentence, [(phrase, value)], [(value, title)] of its events, note)
    ("Marsh said the leaks detected last month were “a problem we should have fixed in the "
     "1980s,” when a first audit called for new pipes.",
     [("last month", "2023-02"), ("the 1980s", "198")],
     [("198", "A first audit called for new pipes")],
     "the participle's date is not the statement's; the decade dates the when-clause"),
    ("“Nobody has seen crowds like this since the stadium opened in 1974,” said steward Aldo "
     "Ferri.", [("1974", "1974")], [("1974", "The stadium opened")],
     "a year in a since-clause inside a quote dates that clause, not the quote"),
    ("Ruiz told reporters the ban would stay “until the tests are finished” and that extra "
     "buses would run on the coast road from Friday.", [("Friday", "2023-03-17")],
     [("2023-03-17", "Extra buses would run on the coast road")],
     "the date of the second reported clause titles by that clause"),
    ("The water board said it would open two more reservoirs from Friday, pumping day and "
     "night.", [("Friday", "2023-03-17")],
     [("2023-03-17", "The water board said it would open two more reservoirs")],
     "a reported clause starting with a pronoun keeps who said it"),
    ("Rescuers said the ferry sank on Sunday.", [("Sunday", "2023-03-12")],
     [("2023-03-12", "The ferry sank")], "a dated reported happening drops the attribution"),
    ("Divers found the hull on Sunday, and salvage crews began lifting it at dawn.",
     [("Sunday", "2023-03-12")], [("2023-03-12", "Divers found the hull")],
     "the clause after ', and' is another happening"),
    ("Workers repaired the pier on Monday and are now painting it.",
     [("Monday", "2023-03-13")], [("2023-03-13", "Workers repaired the pier")],
     "a second verb after 'and' is not dated by the first one's date"),
    ("Flights resumed, two days after the volcano erupted on Saturday.",
     [("Saturday", "2023-03-11")], [("2023-03-11", "The volcano erupted")],
     "an undated main verb: the dated after-clause is the event"),
    ("Inspectors said the leaks found on Monday were small.", [("Monday", "2023-03-13")], [],
     "the participle's date is not the statement's, and nothing else is dated"),
    ("Prices have risen since the plant closed in 2019 and a new one is planned.",
     [("2019", "2019")], [("2019", "The plant closed")],
     "a since-clause with a happening, not a bound"),
    ("The minister said on Wednesday that talks would resume on Friday.",
     [("Wednesday", "2023-03-15"), ("Friday", "2023-03-17")],
     [("2023-03-15", "The minister said that talks would resume on Friday")],
     "the statement's own date: the whole statement"),
    ("Dockers went back to work on Tuesday, ending a strike that began on 19 February.",
     [("Tuesday", "2023-03-14"), ("19 February", "2023-02-19")],
     [("2023-03-14", "Dockers went back to work"), ("2023-02-19", "A strike began")],
     "a relative clause dated otherwise is a second happening, told of its noun"),
    ("The union, which was founded in 1921, said it would hold a vote next week.",
     [("1921", "1921"), ("next week", "2023-W12")],
     [("2023-W12", "The union said it would hold a vote"), ("1921", "The union was founded")],
     "a closed relative clause leaves the main clause its date and leaves the title"),
    ("Police said the driver, who was arrested on Sunday, had been released.",
     [("Sunday", "2023-03-12")], [("2023-03-12", "The driver was arrested")],
     "a relative clause with the only date: its noun and verb"),
    ("Berg, who took office in January, praised the deal on Wednesday.",
     [("January", "2023-01"), ("Wednesday", "2023-03-15")],
     [("2023-03-15", "Berg praised the deal"), ("2023-01", "Berg took office")],
     "a name told of by a relative clause"),
    ("The bill, which the Senate passed on Monday, raises contributions.",
     [("Monday", "2023-03-13")], [("2023-03-13", "The Senate passed the bill")],
     "a relative clause with a subject of its own: its noun is the object"),
    ("Opposition lawmakers, who blocked two earlier versions in 2021, said it would hurt.",
     [("2021", "2021")], [("2021", "Opposition lawmakers blocked two earlier versions")],
     "a short subject without a determiner before ', who'"),
    ("Congress approved the overhaul, ending a debate that began when protests erupted in "
     "October 2019.", [("October 2019", "2019-10")], [("2019-10", "Protests erupted")],
     "the innermost clause holding the date titles it"),
    ("Pension funds lost 9% of their value in 2022, the worst year since the crisis.",
     [("2022", "2022")], [("2022", "Pension funds lost 9% of their value")],
     "an aside about the date after it is not the news"),
    ("Lava from the eruption that began on Monday breached a barrier on Wednesday.",
     [("Monday", "2023-03-13"), ("Wednesday", "2023-03-15")],
     [("2023-03-15", "Lava from the eruption that began on Monday breached a barrier"),
      ("2023-03-13", "The eruption began")],
     "a relative clause without commas ends where the main verb comes"),
    ("The eruption is the fifth since December 18, when the first fissure opened.",
     [("December 18", "2022-12-18")], [("2022-12-18", "The first fissure opened")],
     "a bound followed by ', when' dates the when-clause"),
    ("The eruption began shortly before 9pm on Monday, the Met Office said.",
     [("9pm on Monday", "2023-03-13T21:00")], [("2023-03-13T21:00", "The eruption began")],
     "'before' with no verb after it is a preposition, not a subordinate clause"),
    ("Traders said it came at the worst time, weeks before the spring festival.",
     [("the spring", "2023-SP")], [], "a season before a noun names the noun's time"),
    ("Profit in the third quarter rose 5%.", [("the third quarter", "2023-Q3")],
     [("2023-Q3", "Profit rose 5%")], "a date before a verb is still the verb's"),
    ("Work began in 1978, but Hungary suspended its part in May 1989.",
     [("1978", "1978"), ("May 1989", "1989-05")],
     [("1978", "Work began"), ("1989-05", "Hungary suspended its part")],
     "a coordinated clause with a subject and a date of its own is its own happening"),
    ("Police arrested the activist on Friday and released him on Sunday.",
     [("Friday", "2023-03-10"), ("Sunday", "2023-03-12")],
     [("2023-03-10", "Police arrested the activist"), ("2023-03-12", "Police released him")],
     "a second verb of the same subject with its own date is its own happening"),
    ("The strike, the longest at the port since 2011, began on Thursday.",
     [("2011", "2011"), ("Thursday", "2023-03-09")], [("2023-03-09", "The strike began")],
     "a 'since' inside a closed aside does not make the main verb's date subordinate"),
    ("Retailers warned of empty shelves before Easter.", [("Easter", "2023-04-09")], [],
     "a bare 'before' date is a limit, not when the thing happened"),
    ("The union said the strike would last until at least next Tuesday.",
     [("next Tuesday", "2023-03-21")], [], "'until at least' is a bound like 'until'"),
    ("Officials said the plan, first drawn up in the 1990s, was approved by the board last May.",
     [("the 1990s", "199"), ("last May", "2022-05")],
     [("2022-05", "The plan was approved by the board"), ("199", "The plan was first drawn up")],
     "a participle aside leaves the title; its date is its own happening's, not the approval's"),
    ('Now we read that 900 jobs will go," said union leader Tomas Eklund at 7 a.m.',
     [("7 a.m", "2023-03-14T07:00")], [("2023-03-14T07:00", "Now we read that 900 jobs will go")],
     "a quote closed from the sentence before: the date after it is the speaker's"),
    ("Halvorsen, 61, who led the council in 2012, showed no emotion.", [("2012", "2012")],
     [("2012", "Halvorsen led the council")], "an age after the name is not the noun"),
    ("During the trial, the court heard that the developer, Ashgrove Estates, had won approval "
     "for 1,200 homes in 2016.", [("2016", "2016")],
     [("2016", "Ashgrove Estates had won approval for 1,200 homes")],
     "'heard that' opens what the court heard"),
    ("The firm promised new investment, but closed the older machine in 2013.",
     [("2013", "2013")], [("2013", "The firm closed the older machine")],
     "the only date in a second verb phrase titles by that phrase and the subject"),
    ("Paula Grant said container rates, which peaked in early 2022, had fallen since.",
     [("early 2022", "2022")], [("2022", "Container rates peaked")],
     "a bare noun after 'said' is what a relative clause tells of"),
    ("Revenue for the quarter ended Sept. 30 declined 6% to $3.9 billion.",
     [("the quarter", "2023-Q3"), ("Sept. 30", "2022-09-30")],
     [("2023-Q3", "Revenue declined 6% to $3.9 billion")],
     "'ended Sept. 30' goes with the quarter it ends"),
    ("The lawsuit, filed in 2022, alleges that the company hid the risks.",
     [("2022", "2022")], [("2022", "The lawsuit was filed")],
     "a participle aside in commas is its noun's own happening"),
    ("The drug was approved on Tuesday, more than a decade after trials began in 2013.",
     [("Tuesday", "2023-03-14"), ("2013", "2013")],
     [("2023-03-14", "The drug was approved"), ("2013", "Trials began")],
     "the span before 'after' leaves the title with its clause"),
    ("The ceasefire, agreed late on Monday, largely held through Tuesday.",
     [("Monday", "2023-03-13"), ("Tuesday", "2023-03-14")],
     [("2023-03-13", "The ceasefire was agreed")],
     "'late' between a participle and its date; 'through Tuesday' is a bound"),
    ("The government fell in 2019 and again in 2021.", [("2019", "2019"), ("2021", "2021")],
     [("2019", "The government fell"), ("2021", "The government fell")],
     "'and again in' is the same happening a second time"),
    ("In 2020 and 2021, the festival was cancelled.", [("2020", "2020"), ("2021", "2021")],
     [("2020", "The festival was cancelled"), ("2021", "The festival was cancelled")],
     "two dates joined by 'and' give the happening at each"),
    ("If the bill passes in June, the tax will take effect in January.",
     [("June", "2023-06"), ("January", "2024-01")], [],
     "a conditional sentence dates nothing that happened"),
    ("Had the vote taken place in May, the outcome might have been different.",
     [("May", "2022-05")], [], "nor does a counterfactual one"),
    ("It was not until 2021 that the company admitted the fault.", [("2021", "2021")],
     [("2021", "The company admitted the fault")], "'not until' dates what happened then"),
    ("The last time the river rose this high was in 1998.", [("1998", "1998")],
     [("1998", "The river rose this high")], "'the last time X was in Y': X in Y"),
    ("The museum, closed since 2020, will reopen on Saturday.",
     [("2020", "2020"), ("Saturday", "2023-03-18")], [("2023-03-18", "The museum will reopen")],
     "a participle aside with 'since' closes before the main verb"),
    ("Born in 1950 in Lagos, Adeyemi moved to London in 1975.",
     [("1950", "1950"), ("1975", "1975")],
     [("1975", "Adeyemi moved to London"), ("1950", "Adeyemi was born in Lagos")],
     "an opening participle phrase is its subject's own happening"),
    ("Halvorsen was arrested in January and charged in February.",
     [("January", "2023-01"), ("February", "2023-02")],
     [("2023-01", "Halvorsen was arrested"), ("2023-02", "Halvorsen was charged")],
     "a second participle shares the first one's 'was'"),
    ("The minister said schools would reopen before the school year starts in June.",
     [("June", "2023-06")], [], "a date in a 'before' clause with no past verb is a limit"),
    ("Okafor said the closure would last “until the survey is done” and that buses would run "
     "from Wednesday.", [("Wednesday", "2023-03-15")], [("2023-03-15", "Buses would run")],
     "an 'until' clause ends where the next clause begins"),
    ("A tsunami warning issued shortly after the quake was lifted at 6:15 a.m.",
     [("6:15 a.m", "2023-03-14T06:15")], [("2023-03-14T06:15", "A tsunami warning was lifted")],
     "a participle and its time before the sentence's own verb"),
    ("The minister resigned after the report was published on Monday.",
     [("Monday", "2023-03-13")], [("2023-03-13", "The report was published")],
     "a verb that needs no object is the main verb: the after-clause is dated"),
    ("The death toll from Sunday's earthquake rose to 31 on Monday.",
     [("Sunday", "2023-03-12"), ("Monday", "2023-03-13")],
     [("2023-03-13", "The death toll from Sunday's earthquake rose to 31")],
     "a possessive date names its noun's time, not the verb's"),
    ("Officials told Sala on Monday that costs had doubled.", [("Monday", "2023-03-13")],
     [("2023-03-13", "Officials told Sala that costs had doubled")],
     "'that' after a date opens what was said, not a relative clause"),
    ("The truce, brokered by Qatar on Tuesday, is due to last until Sunday.",
     [("Tuesday", "2023-03-14"), ("Sunday", "2023-03-19")],
     [("2023-03-14", "The truce was brokered by Qatar")],
     "an agent between a participle aside and its date"),
    ("The bodies, found in a ditch on Monday, were identified on Wednesday.",
     [("Monday", "2023-03-13"), ("Wednesday", "2023-03-15")],
     [("2023-03-15", "The bodies were identified"),
      ("2023-03-13", "The bodies were found in a ditch")],
     "a place between; 'found' in an aside opens no reported clause; 'were' for a plural"),
    ("The company raised its forecast on Wednesday and will report results on May 4.",
     [("Wednesday", "2023-03-08"), ("May 4", "2023-05-04")],
     [("2023-03-08", "The company raised its forecast"),
      ("2023-05-04", "The company will report results")],
     "a second verb of the subject in the future, with its own date"),
    ("The company completed the purchase in January and will close two terminals by the end "
     "of the second quarter.", [("January", "2023-01"), ("the second quarter", "2023-Q2")],
     [("2023-01", "The company completed the purchase")],
     "'by the end of' a period is a deadline, no happening"),
    ("In 2019 the firm bought a ferry, and in 2021 it added a second boat.",
     [("2019", "2019"), ("2021", "2021")],
     [("2019", "The firm bought a ferry"), ("2021", "It added a second boat")],
     "a coordinated clause opening with its own date is an event of its own"),
    ("Prices rose in 2019, and in 2020 the rise continued.",
     [("2019", "2019"), ("2020", "2020")],
     [("2019", "Prices rose"), ("2020", "The rise continued")],
     "a date after ', and' that opens a clause is no twin of the first"),
    ("She retired in March 2015 but still sails most weekends.", [("March 2015", "2015-03")],
     [("2015-03", "She retired")], "', but still' opens another clause"),
    ("On her 75th birthday, last August, the council named the new pier.",
     [("last August", "2022-08")], [("2022-08", "The council named the new pier")],
     "an opening phrase the date glosses goes with it"),
    ("A study published Wednesday in the journal Nature found that heat waves were twice as "
     "frequent as in the 1980s.", [("Wednesday", "2023-03-08"), ("the 1980s", "198")],
     [("2023-03-08", "A study was published in the journal Nature")],
     "a reduced relative's own date titles its noun's happening; 'as in' a decade compares"),
    ("Police were deployed on Friday in the run-up to the vote on Sunday.",
     [("Friday", "2023-03-10"), ("Sunday", "2023-03-19")],
     [("2023-03-10", "Police were deployed")],
     "a date after 'in the run-up to' a noun is the noun's, and the phrase leaves the title"),
    ("Ministers must submit targets by February, ahead of talks in Belem in November.",
     [("February", "2024-02"), ("November", "2023-11")], [],
     "'ahead of' talks in a month: the talks' date, no happening of the sentence"),
    ("The bar, which had been cited in May and again last month, reopened on Sunday.",
     [("May", "2022-05"), ("last month", "2023-02"), ("Sunday", "2023-03-12")],
     [("2023-03-12", "The bar reopened"), ("2022-05", "The bar had been cited"),
      ("2023-02", "The bar had been cited")],
     "a relative clause's happening at each of two dates joined by 'and again'"),
    ("Polls open at 7am on Thursday, and the count begins at 11pm.",
     [("7am on Thursday", "2023-03-16T07:00"), ("11pm", "2023-03-16T23:00")],
     [("2023-03-16T07:00", "Polls open"), ("2023-03-16T23:00", "The count begins")],
     "a date after ', and' with a subject and a verb of its own titles that clause"),
    ("The company cut its forecast for 2024 on Monday.",
     [("2024", "2024"), ("Monday", "2023-03-13")],
     [("2023-03-13", "The company cut its forecast for 2024")],
     "a year a forecast is for is no date of the sentence"),
    ("The bridge opened in 1961 and carries 40,000 vehicles a day.", [("1961", "1961")],
     [("1961", "The bridge opened")], "a present state after 'and' leaves the title"),
    ("Protesters gathered the day after Christmas outside the ministry.",
     [("the day after Christmas", "2022-12-26")],
     [("2022-12-26", "Protesters gathered outside the ministry")],
     "a preposition after a date opening with 'the' is no noun the date modifies"),
    ("Officials postponed the talks from Wednesday to Friday.",
     [("Wednesday", "2023-03-15"), ("Friday", "2023-03-17")],
     [("2023-03-17", "Officials postponed the talks from Wednesday to Friday")],
     "a thing that moved is at its new date, and its title keeps both"),
    ("Two shipping agents who paid the bribes will be sentenced on Dec. 12.",
     [("Dec. 12", "2023-12-12")],
     [("2023-12-12", "Two shipping agents who paid the bribes will be sentenced")],
     "a modal after a relative clause without commas is the main verb's"),
    ("Turnout in the last regional election, in 2020, was 61 percent.", [("2020", "2020")],
     [("2020", "Turnout in the last regional election was 61 percent")],
     "a date set off by commas takes its commas with it"),
    ("A televised debate scheduled for Tuesday was cancelled after the candidate fell ill.",
     [("Tuesday", "2023-03-14")],
     [("2023-03-14", "A televised debate scheduled for Tuesday was cancelled")],
     "the day a thing was scheduled for stays in its title"),
    ("The governing party has held the province since 1996, but it lost two by-elections "
     "last year.", [("1996", "1996"), ("last year", "2022")],
     [("2022", "The governing party lost two by-elections")],
     "', but it' opens the date's clause, its 'it' the sentence's subject"),
    ("Rebels have controlled the town since 2014, but they lost the airport in March.",
     [("2014", "2014"), ("March", "2023-03")], [("2023-03", "Rebels lost the airport")],
     "', but they': the sentence's plural subject"),
    ("The company will hold an investor day on Dec. 4 and report fourth-quarter results in "
     "February.", [("Dec. 4", "2023-12-04"), ("fourth-quarter", "2023-Q4"),
                   ("February", "2024-02")],
     [("2023-12-04", "The company will hold an investor day"),
      ("2024-02", "The company will report fourth-quarter results")],
     "a bare verb after 'and' shares 'will', and its date is its own"),
    ("Born in Bergen in 1936, she studied in Copenhagen and opened a practice in 1968.",
     [("1936", "1936"), ("1968", "1968")],
     [("1968", "She studied in Copenhagen and opened a practice"),
      ("1936", "She was born in Bergen")],
     "an opening participle before a pronoun subject is the birth's, the verb's date its own"),
    ("Officials moved the vote to Friday.", [("Friday", "2023-03-17")],
     [("2023-03-17", "Officials moved the vote to Friday")],
     "no dangling 'to' where the new date was"),
    ("The match, delayed from Saturday to Sunday, ended 2-1.",
     [("Saturday", "2023-03-11"), ("Sunday", "2023-03-12")],
     [("2023-03-12", "The match was delayed from Saturday to Sunday")],
     "a participle aside with a moved date: one event, at the new date"),
    ("The concert, originally scheduled for June 4, was cancelled on Friday.",
     [("June 4", "2023-06-04"), ("Friday", "2023-03-10")],
     [("2023-03-10", "The concert was cancelled")],
     "the day a thing was planned for does not date its cancelling"),
    ("The summit, planned for April, was called off.", [("April", "2023-04")], [],
     "nor is the plan an event at the day it was planned for"),
    ("The talks planned for Friday will open on Monday instead.",
     [("Friday", "2023-03-17"), ("Monday", "2023-03-20")],
     [("2023-03-20", "The talks planned for Friday will open instead")],
     "the main verb's own date beats the day once planned"),
    ("The minister will visit Paris on Monday and meet officials from the port authority.",
     [("Monday", "2023-03-20")],
     [("2023-03-20", "The minister will visit Paris and meet officials from the port authority")],
     "a second verb without a date of its own is the same happening's"),
    ("Police arrested two men on Sunday and seized weapons.", [("Sunday", "2023-03-12")],
     [("2023-03-12", "Police arrested two men and seized weapons")],
     "a second past verb without a date of its own"),
    ("The mediator met both sides on Monday and said she expected talks to resume.",
     [("Monday", "2023-03-13")], [("2023-03-13", "The mediator met both sides")],
     "a statement after 'and' is not part of the happening"),
    ("The governor flew to the flooded district on Monday afternoon and promised 500 million "
     "pesos in aid to rebuild every school.", [("Monday afternoon", "2023-03-13TAF")],
     [("2023-03-13TAF", "The governor flew to the flooded district")],
     "a second verb that would not fit in the title whole is left out"),
    ("Sentencing had been set for Sept. 6 but was delayed after the defence asked for time.",
     [("Sept. 6", "2023-09-06")], [],
     "a day a thing was set for, then called off, is no happening"),
    ("The crack was spotted by a maintenance crew at about 4:30 p.m. on Monday.",
     [("4:30 p.m. on Monday", "2023-03-13T16:30")],
     [("2023-03-13T16:30", "The crack was spotted by a maintenance crew")],
     "'at about' goes with its clock time"),
    ("A report published that June found no structural concerns.",
     [("that June", "2022-06")], [("2022-06", "A report was published")],
     "'that June' after a participle is the participle's date"),
    ("Chief executive Dana Whitfield, who took over last July, praised the staff.",
     [("last July", "2022-07")], [("2022-07", "Dana Whitfield took over")],
     "a verb's particle 'over' stays in the title"),
    ("The club ended a run of 14 games without a win that stretched back to early October.",
     [("early October", "2022-10")], [], "'stretched back to' a date is a limit, like 'since'"),
    ("The company now expects earnings of $2.80 to $2.95 a share for 2023, down from $3.30.",
     [("2023", "2023")], [], "the year a forecast figure is for is no happening"),
    ("Ministers confirmed the money, ending years of doubt over a project first promised in "
     "2014.", [("2014", "2014")], [],
     "a participle after a preposition's object is background, not the sentence's date"),
    ("Voters heard from Joan Pryor of the Hull Chamber of Commerce, who first campaigned for "
     "the line in 2012.", [("2012", "2012")],
     [("2012", "Joan Pryor first campaigned for the line")],
     "'who' after a person of an organisation tells of the person"),
    ("She taught in Leeds for years, and in the early 2000s she advised cities on their "
     "waterfronts.", [("the early 2000s", "200")],
     [("200", "She advised cities on their waterfronts")],
     "a clause after ', and' that opens with its date titles that date"),
    ("Researchers compared aerial photographs taken in 1936 with satellite images.",
     [("1936", "1936")], [("1936", "Aerial photographs were taken")],
     "a participle that is no simple past after the verb's object dates that object"),
    ("Police recovered paintings stolen in 2019 from a museum in Oslo.", [("2019", "2019")],
     [("2019", "Paintings were stolen from a museum in Oslo")],
     "... with the place it happened at"),
    ("The glacier is losing ice twice as fast as it did in the 1990s.",
     [("the 1990s", "199")], [], "what a rate is compared with is no happening"),
    ("Solheim, a former judge who took office in 2019, has said he wants a new government.",
     [("2019", "2019")], [("2019", "Solheim took office")],
     "a relative clause after an appositive tells of the name the appositive is of"),
    ("Voters backed the party, a group that was founded in 2015.", [("2015", "2015")],
     [("2015", "The party was founded")],
     "a passive in a relative clause is one verb, not the main clause's"),
    ("The bridge, a landmark that opened in 1932, will close on Friday.",
     [("1932", "1932"), ("Friday", "2023-03-17")],
     [("2023-03-17", "The bridge will close"), ("1932", "The bridge opened")],
     "the main clause resumes after the relative aside"),
    ("1997: Engineers first propose a dam on the Sorrel.", [("1997", "1997")],
     [("1997", "Engineers first propose a dam on the Sorrel")],
     "a timeline's line: the year before the colon dates it and leaves the title"),
    ("The plant ran from 1950 until it closed in 2009.", [("1950", "1950"), ("2009", "2009")],
     [("1950", "The plant ran"), ("2009", "The plant closed")],
     "an 'until' clause with its own date is its own happening, out of the first's title"),
    ("The union stayed out until the operator raised its offer on Sunday.",
     [("Sunday", "2023-03-12")], [("2023-03-12", "The operator raised its offer")],
     "a date in an 'until' clause dates that clause"),
    ("About 1,200 workers walked out after the operator offered a 4% pay rise for 2023 and "
     "nothing for 2024.", [("2023", "2023"), ("2024", "2024")], [],
     "the years a pay rise is for are no happenings"),
    ("They remain top, two points clear of Castlegate, who play Dunmore on Tuesday night.",
     [("Tuesday night", "2023-03-21TNI")], [("2023-03-21TNI", "Castlegate play Dunmore")],
     "a relative clause with a plan of its own date is its noun's happening"),
    ("The union, which will vote on Friday, rejected the offer.",
     [("Friday", "2023-03-17")], [("2023-03-17", "The union will vote")],
     "'which will' and a date"),
    ("Profit for the six months ended June 30 fell 4%.", [("June 30", "2022-06-30")],
     [("2022-06-30", "Profit fell 4%")], "a period's end date: the phrase leaves the title"),
    ("Net income for the three months to Dec. 31 was $412 million.",
     [("Dec. 31", "2022-12-31")], [("2022-12-31", "Net income was $412 million")],
     "'for the three months to' a day leaves the title whole"),
    ("Party leader Jon Berg, 47, a former judge, resigned on Monday.",
     [("Monday", "2023-03-13")], [("2023-03-13", "Party leader Jon Berg resigned")],
     "an age and an appositive after a name with its role both leave the title"),
    ("With 98% of ballots counted, the alliance had 41.2% of the vote, the commission said at "
     "1:45 a.m.", [("1:45 a.m.", "2023-03-14T01:45")],
     [("2023-03-14T01:45", "The alliance had 41.2% of the vote")],
     "an opening 'With ... counted,' is circumstance"),
    ("Hanne Vik, who in 1962 became the first woman to captain a ferry, died on Thursday.",
     [("1962", "1962"), ("Thursday", "2023-03-09")],
     [("2023-03-09", "Hanne Vik died"), ("1962", "Hanne Vik became the first woman to captain "
                                                 "a ferry")],
     "a relative clause whose date comes before its verb"),
    ("The mayor was elected in 2015 and re-elected four years later.",
     [("2015", "2015"), ("four years later", "2019")],
     [("2015", "The mayor was elected"), ("2019", "The mayor was re-elected")],
     "a hyphenated second verb with its own date"),
    ("According to police, the fire started at about 2 a.m. on Sunday.",
     [("2 a.m. on Sunday", "2023-03-12T02:00")], [("2023-03-12T02:00", "The fire started")],
     "'According to police,' opening the sentence is its source, not its news"),
    ("The bill, if passed in June, would raise taxes.", [("June", "2023-06")], [],
     "a date in a condition set off by commas is no happening"),
    ("The line, which carried 40,000 passengers a day before it closed in 2019, will reopen "
     "next spring.", [("2019", "2019"), ("next spring", "2024-SP")],
     [("2024-SP", "The line will reopen"), ("2019", "The line closed")],
     "a thousands comma inside a relative clause; its 'it' is the clause's noun"),
    ("Officials said the storm, the third this month, would make landfall early Friday.",
     [("this month", "2023-03"), ("early Friday", "2023-03-17")],
     [("2023-03-17", "The storm would make landfall")],
     "a date ending an appositive set off by commas is its noun's"),
    ("The agreement, signed in 2015 and ratified in 2016, expires next year.",
     [("2015", "2015"), ("2016", "2016"), ("next year", "2024")],
     [("2024", "The agreement expires"), ("2015", "The agreement was signed"),
      ("2016", "The agreement was ratified")],
     "two participles in one aside, each at its own date, and the main verb at its own"),
    ("The deal, worth $2bn, was announced on Monday and is expected to close in the third "
     "quarter.", [("Monday", "2023-03-13"), ("the third quarter", "2023-Q3")],
     [("2023-03-13", "The deal was announced"),
      ("2023-Q3", "The deal is expected to close")],
     "'and is expected to' with a date of its own is another happening"),
]


@pytest.mark.parametrize(("sentence", "found", "expected", "note"), SAME_CLAUSE,
                         ids=[row[3] for row in SAME_CLAUSE])
def test_title_and_date_come_from_the_same_clause(
        sentence: str, found: list[tuple[str, str]], expected: list[tuple[str, str]],
        note: str) -> None:
    story = article("Headline", PUBLISHED, ["The lead says nothing dated.", sentence])
    mentions = [mention(story.text, phrase, value) for phrase, value in found]
    events = extract_events(story, mentions, Config())
    got = [(e.value, e.title) for e in events if e.summary == sentence and e.kind == "event"]
    assert got == expected, note


def test_same_clause_table_has_no_duplicate_rows() -> None:
    assert len({row[0] for row in SAME_CLAUSE}) == len(SAME_CLAUSE)


def test_a_byline_before_the_lead_is_not_the_lead() -> None:
    story = article("Bridge reopens after six months", PUBLISHED, [
        "By Lena Marsh", "KESTREL BAY (Harbour Wire) – The bridge reopened to cars on Tuesday."])
    events = extract_events(story, [mention(story.text, "Tuesday", "2023-03-14")], Config())
    (event,) = events
    assert event.title == "Bridge reopens after six months"  # a headline is not cut
    assert event.sources[0].quote == "The bridge reopened to cars on Tuesday."


def test_a_day_number_ends_a_sentence() -> None:
    story = article("Headline", PUBLISHED, ["She will be sworn in on Jan. 2. She has promised "
                                            "a special session. Mark J. Holloway agreed."])
    assert [s.text for s in sentences(story.paragraphs)] == [
        "She will be sworn in on Jan. 2.", "She has promised a special session.",
        "Mark J. Holloway agreed."]


def test_a_clock_time_ends_a_sentence_before_a_new_one() -> None:
    story = article("Headline", PUBLISHED, [
        "The advisory was lifted at 7:10 p.m. Waves of 40 cm were seen. Polls close at 8 p.m. "
        "Tuesday in most states, and at 9 p.m. EST in the rest. Polls closed at 8 p.m. Eastern "
        "in Maine."])
    assert [s.text for s in sentences(story.paragraphs)] == [
        "The advisory was lifted at 7:10 p.m.", "Waves of 40 cm were seen.",
        "Polls close at 8 p.m. Tuesday in most states, and at 9 p.m. EST in the rest.",
        "Polls closed at 8 p.m. Eastern in Maine."]


def test_sentences_keep_abbreviations_and_quotes_together() -> None:
    story = article("H", PUBLISHED, [
        "SEOUL (AP) – The U.S. envoy met Mr. Park on Jan. 5 in Seoul. He left “soon after.” "
        "Talks went on."])
    found = [s.text for s in sentences(story.paragraphs)]
    assert found == ["The U.S. envoy met Mr. Park on Jan. 5 in Seoul.", "He left “soon after.”",
                     "Talks went on."]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120),
                min_size=0, max_size=5),
       st.lists(st.tuples(st.integers(0, 400), st.integers(1, 20)), max_size=4))
def test_any_text_gives_events_whose_quotes_are_at_their_offsets(
        paragraphs: list[str], spans: list[tuple[int, int]]) -> None:
    paragraphs = [p.replace("\n", " ") for p in paragraphs if p.strip()]
    story = article("Headline", PUBLISHED, paragraphs)
    text = story.text
    mentions = [Mention(start, min(start + length, len(text)), text[start:start + length],
                        "DATE", "2023-03-13", first=PUBLISHED.date(), last=PUBLISHED.date())
                for start, length in spans if start < len(text)]
    events = extract_events(story, mentions, Config())
    assert events and events[0].title == "Headline"
    for event in events:
        (source,) = event.sources
        if source.offset is not None:
            assert text[source.offset: source.offset + len(source.quote)] == source.quote
        if any(c.isalnum() for c in source.quote):
            assert event.title.strip(), source.quote
        assert event.first <= event.last


def test_years_later_in_a_profile_is_a_dated_event() -> None:
    story = article("Veteran named minister", PUBLISHED, [
        "Berg was named minister on Tuesday.",
        "Berg entered parliament in 2006. Four years later, she became the party's leader."])
    events = extract_events(story, find_mentions(story.text, PUBLISHED), Config())
    assert [(e.value, e.title) for e in events][1:] == [
        ("2006", "Berg entered parliament"), ("2010", "She became the party's leader")]


def test_a_semicolon_parts_two_dated_statements() -> None:
    story = article("Court case", PUBLISHED, [
        "The lead says nothing dated.",
        "The case went to court in 1993; the court ruled in September 1997 that both erred."])
    events = extract_events(story, find_mentions(story.text, PUBLISHED), Config())
    assert [(e.value, e.title, e.summary) for e in events][1:] == [
        ("1993", "The case went to court", "The case went to court in 1993"),
        ("1997-09", "The court ruled that both erred",
         "the court ruled in September 1997 that both erred.")]


def test_a_semicolon_inside_a_quote_does_not_part_it() -> None:
    story = article("Quote", PUBLISHED, [
        "The lead says nothing dated.", "“We tried in 1993; we failed,” Ruiz said on Monday."])
    found = [s.text for s in sentences(story.paragraphs)]
    assert found[1] == "“We tried in 1993; we failed,” Ruiz said on Monday."


def test_text_without_full_stops_is_read_in_pieces_that_keep_every_date() -> None:
    # a copied table or transcript: one "sentence" of 60,000 characters
    rows = [f"the council met on {day} March and voted in {1900 + i % 90} while"
            for i, day in zip(range(1500), itertools.cycle(range(1, 29)), strict=False)]
    story = article("Minutes", PUBLISHED, ["The lead says nothing dated.", " ".join(rows)])
    mentions = find_mentions(story.text, PUBLISHED)
    pieces = [s for s in bounded(sentences(story.paragraphs), mentions) if s.index > 0]
    assert len(pieces) > 50
    assert all(len(p.text) <= LONGEST_SENTENCE for p in pieces)
    assert all(story.text[p.start:p.end] == p.text for p in pieces)
    # no date is cut in two: each lies whole in one piece
    for m in mentions[1:]:
        assert any(p.start <= m.start and m.end <= p.end for p in pieces), m.text
    events = extract_events(story, mentions, Config())
    assert len(events) > 50


def test_a_live_blogs_entry_is_dated_by_the_time_heading_it() -> None:
    paragraphs = ["The count went on through the night.", "05:02 BST",
                  "Labour has passed the 326 seats needed for a majority.", "01:30 BST",
                  "Rishi Sunak held his seat. He said the verdict was sobering.",
                  "22:00 BST (Thursday)", "Polls have closed."]
    story = article("Election results as they happened", PUBLISHED, paragraphs)
    mentions = [mention(story.text, "05:02 BST", "2023-03-14T05:02", type_="TIME"),
                mention(story.text, "01:30 BST", "2023-03-14T01:30", type_="TIME"),
                mention(story.text, "22:00 BST", "2023-03-13T22:00", type_="TIME")]
    events = extract_events(story, mentions, Config())
    assert [(e.value, e.title) for e in events[1:]] == [
        ("2023-03-14T05:02", "Labour has passed the 326 seats needed for a majority"),
        ("2023-03-14T01:30", "Rishi Sunak held his seat"),
        ("2023-03-13T22:00", "Polls have closed"),
    ]


def test_a_live_blog_that_opens_with_an_entry_time_dates_that_entry() -> None:
    paragraphs = ["22:55 CET", "The coastguard says it has rescued 14 people from a ferry.",
                  "21:40 CET", "Rail operator DB has cancelled all long-distance trains."]
    story = article("Storm: live updates", PUBLISHED, paragraphs)
    mentions = [mention(story.text, "22:55 CET", "2023-03-13T22:55", type_="TIME"),
                mention(story.text, "21:40 CET", "2023-03-13T21:40", type_="TIME")]
    events = extract_events(story, mentions, Config())
    assert [(e.value, e.title) for e in events] == [
        ("2023-03-14", "Storm: live updates"),
        ("2023-03-13T22:55", "The coastguard says it has rescued 14 people from a ferry"),
        ("2023-03-13T21:40", "Rail operator DB has cancelled all long-distance trains"),
    ]
