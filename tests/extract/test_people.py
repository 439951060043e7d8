"""Titles say who "he" or "she" is when the sentences before it made that plain, and only then."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from extract_helpers import article, mention

from timeline.config import Config
from timeline.extract import extract_events
from timeline.extract.people import surnames

CET = timezone(timedelta(hours=1))
PUBLISHED = datetime(2023, 6, 14, 16, 5, tzinfo=CET)  # a Wednesday
LEAD = "Former Newport mayor Dafydd Halvorsen was found guilty of bribery."

CASES = [
    # (sentences after the lead, the dated one's phrase and value, expected title, note)
    (["Halvorsen, 61, showed no emotion.", "He will be sentenced on July 7."],
     ("July 7", "2023-07-07"), "Halvorsen will be sentenced",
     "the surname opening the sentence before is who 'he' is"),
    (["Judge Mair Pritchard said the case was serious.", "She adjourned the case on Friday."],
     ("Friday", "2023-06-16"), "Pritchard adjourned the case",
     "a name after a title is someone 'she' can be"),
    (["Halvorsen, 61, showed no emotion.", "Cardiff Crown Court heard the case.",
      "He was jailed on Friday."], ("Friday", "2023-06-16"), "He was jailed",
     "another name in between: 'he' is no longer sure"),
    (["Halvorsen, 61, showed no emotion.", "He left by a side door.",
      "She was arrested on Friday."], ("Friday", "2023-06-16"), "She was arrested",
     "'she' is not the man 'he' was"),
    (["Halvorsen, 61, showed no emotion.", "The jury had deliberated for nine hours.",
      "The verdict was unanimous.", "The court was adjourned.", "He left on Friday."],
     ("Friday", "2023-06-16"), "He left", "three sentences later 'he' is too far from the name"),
    (["Halvorsen, 61, showed no emotion.", "The jury had deliberated for nine hours.",
      "He was driven away on Friday."], ("Friday", "2023-06-16"), "Halvorsen was driven away",
     "a sentence about something unnamed in between keeps who 'he' is"),
    (["Halvorsen, 61, showed no emotion.", "On Friday he was driven away."],
     ("Friday", "2023-06-16"), "Halvorsen was driven away",
     "'he' after an opening date is the sentence's subject too"),
    (["Halvorsen, 61, showed no emotion.", "Born in Bergen in 1962, he studied law in Oslo."],
     ("1962", "1962"), "Halvorsen was born in Bergen",
     "'he' after an opening participle is the person the sentences before were about"),
    (["Halvorsen was 19 when he entered the council in 1981."], ("1981", "1981"),
     "Halvorsen entered the council", "a clause's 'he' is the person its sentence opens with"),
    (["Halvorsen, 61, showed no emotion.",
      "Halvorsen's brother, Erik Halvorsen Lie, was jailed in 2019.",
      "He will give evidence on Friday."], ("Friday", "2023-06-16"),
     "Lie will give evidence",
     "after a possessive subject, 'he' is the person named in the commas"),
    (["Born in Bergen in 1962, Halvorsen moved to Oslo as a child.",
      "He set up a law practice in 1991."], ("1991", "1991"), "Halvorsen set up a law practice",
     "the subject after an opening participle is who 'he' is next"),
    (["Halvorsen, 61, showed no emotion.", "His lawyer said he would appeal on Friday."],
     ("Friday", "2023-06-16"), "Halvorsen would appeal",
     "'His lawyer said he ...': the person's own people tell what they did"),
    (["Halvorsen, 61, showed no emotion.", "Her lawyer said he would appeal on Friday."],
     ("Friday", "2023-06-16"), "Her lawyer said he would appeal",
     "'Her' is someone else than 'he'"),
    (["Halvorsen said Judge Mair Pritchard was fair when he left court on Friday."],
     ("Friday", "2023-06-16"), "He left court",
     "two people in the sentence: 'he' is not sure"),
]


@pytest.mark.parametrize(("body", "dated", "title", "note"), CASES,
                         ids=[row[3] for row in CASES])
def test_he_or_she_in_a_title_is_named_when_plain(body: list[str], dated: tuple[str, str],
                                                  title: str, note: str) -> None:
    story = article("Halvorsen found guilty", PUBLISHED, [LEAD, *body])
    events = extract_events(story, [mention(story.text, *dated)], Config())
    assert [e.title for e in events if e.value == dated[1]] == [title], note


@pytest.mark.parametrize(("first", "second", "dated", "title", "note"), [
    ("Harborline Shipping raised its forecast.", "It will report results on July 7.",
     ("July 7", "2023-07-07"), "Harborline Shipping will report results",
     "an organisation's name opening the sentence before"),
    ("The council voted to close the pool.", "It closed the library on Friday.",
     ("Friday", "2023-06-16"), "The council closed the library", "'the' and a noun"),
    ("Mair Pritchard praised the plan.", "It will start on July 7.", ("July 7", "2023-07-07"),
     "It will start", "a two-word name may be a person's: 'It' stays"),
    ("Harborline Shipping raised its forecast.", "It was a good week for shareholders on Friday.",
     ("Friday", "2023-06-16"), "It was a good week for shareholders",
     "an expletive 'It was' stays"),
    ("Harborline Shipping raised its forecast.", "It was a good year, and on Friday it paid out.",
     ("Friday", "2023-06-16"), "Harborline Shipping paid out",
     "a clause after ', and' that opens with its date is the date's; its 'it' the thing"),
    ("The company filed for bankruptcy.", "It was bought by a rival on Friday.",
     ("Friday", "2023-06-16"), "The company was bought by a rival",
     "a passive with its agent is the thing's"),
    ("The company filed for bankruptcy.", "It was announced on Friday that the plant would close.",
     ("Friday", "2023-06-16"), "It was announced that the plant would close",
     "'It was announced that' is no thing"),
    ("Norland Foods cut its forecast. Norland will report results on Feb. 5.",
     "It completed the purchase of a rival on Friday.", ("Friday", "2023-06-16"),
     "Norland completed the purchase of a rival",
     "a name the article shortens to its first word is an organisation's"),
    ("Rita Okonkwo praised the plan. Okonkwo will report on Feb. 5.",
     "It will start on July 7.", ("July 7", "2023-07-07"), "It will start",
     "one shortened to its last word is a person's"),
    ("The company filed for bankruptcy.", "Two months later, it was sold to a rival.",
     ("Two months later", "2023-08"), "The company was sold to a rival",
     "'it' after a short opening phrase"),
])
def test_it_in_a_title_is_the_thing_the_sentence_before_opened_with(
        first: str, second: str, dated: tuple[str, str], title: str, note: str) -> None:
    story = article("Results", PUBLISHED, [LEAD, first, second])
    events = extract_events(story, [mention(story.text, *dated)], Config())
    assert [e.title for e in events if e.value == dated[1]] == [title], note


def test_it_inside_a_relative_clause_is_the_noun_the_clause_tells_of() -> None:
    text = ("Firefighters were battling a wildfire that has burned 2,000 hectares since it "
            "broke out on Sunday.")
    story = article("Wildfire", PUBLISHED, [LEAD, text])
    events = extract_events(story, [mention(story.text, "Sunday", "2023-06-11")], Config())
    assert [e.title for e in events if e.value == "2023-06-11"] == ["The wildfire broke out"]


@pytest.mark.parametrize(("first", "second", "dated", "title", "note"), [
    ("Dock workers walked out over pay.", "They will vote on the offer on July 7.",
     ("July 7", "2023-07-07"), "Dock workers will vote on the offer",
     "a plural subject opening the sentence before"),
    ("Protesters gathered outside parliament.", "They marched to the palace on Friday.",
     ("Friday", "2023-06-16"), "Protesters marched to the palace",
     "a capitalised plural alone"),
    ("Hundreds of residents fled the town.", "They returned on Friday.",
     ("Friday", "2023-06-16"), "Hundreds of residents returned", "'hundreds of'"),
    ("Police arrested two men.", "They were released on Friday.", ("Friday", "2023-06-16"),
     "They were released", "in the passive 'They' may be the object before: it stays"),
    ("Jones scored twice.", "They won the final on Friday.", ("Friday", "2023-06-16"),
     "They won the final", "a name in 's' is no plural"),
    ("The news broke overnight.", "They said nothing on Friday.", ("Friday", "2023-06-16"),
     "They said nothing", "a singular noun in 's'"),
    ("Rescue teams reached the village.", "The next day, they found two survivors.",
     ("The next day", "2023-06-20"), "Rescue teams found two survivors",
     "'they' after a short opening phrase"),
])
def test_they_in_a_title_is_the_group_the_sentence_before_opened_with(
        first: str, second: str, dated: tuple[str, str], title: str, note: str) -> None:
    story = article("Strike", PUBLISHED, [LEAD, first, second])
    events = extract_events(story, [mention(story.text, *dated)], Config())
    assert [e.title for e in events if e.value == dated[1]] == [title], note


def test_the_named_title_gives_the_event_its_id() -> None:
    story = article("Halvorsen found guilty", PUBLISHED,
                    [LEAD, "Halvorsen, 61, showed no emotion.", "He will be sentenced on July 7."])
    (event,) = [e for e in extract_events(story, [mention(story.text, "July 7", "2023-07-07")],
                                          Config()) if e.value == "2023-07-07"]
    assert event.id == "2023-07-07-halvorsen-will-be-sentenced"
    assert event.summary == "He will be sentenced on July 7."  # the quote is left as written


def test_people_are_full_names_the_text_also_uses_alone() -> None:
    text = ("Judge Mair Pritchard heard Dafydd Halvorsen's case at Cardiff Crown Court. "
            "Halvorsen's lawyers spoke. The court rose.")
    assert surnames(text) == {"Halvorsen"}
