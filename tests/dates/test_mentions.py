"""Mentions, one case table per rule family: (text, anchor, mention as printed, value, note).

The default anchor is the dateline "17:48 JST, May 10, 2022", a Tuesday.
"""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from timeline.dates import DateSettings, find_mentions, parse_dateline
from timeline.dates.timex import timex3

TUE = "17:48 JST, May 10, 2022"
FALL_1989 = "Oct. 26, 1989"  # a Thursday in the fourth quarter
TUE_2024 = "March 12, 2024"  # a Tuesday
WED_2024 = "Wednesday, June 12, 2024"


def mention(text: str, anchor: str | None, settings: DateSettings | None = None) -> list[
        tuple[str, str, str | None]]:
    when = parse_dateline(anchor).when if anchor else None
    return [(m.text, m.value, m.value_end) for m in find_mentions(text, when, settings)]


def check(text: str, anchor: str | None, expected_text: str, expected_value: str) -> None:
    found = mention(text, anchor)
    assert (expected_text, expected_value) in [(t, v) for t, v, _ in found], found


ABSOLUTE = [
    ("1997: Engineers first propose a dam on the river.", TUE, "1997", "1997",
     "a year before a colon, as a timeline's lines begin"),
    ("Tomorrow: more rain in the north.", TUE, "Tomorrow", "2022-05-11",
     "a day before a colon"),
    ("The ceasefire begins on Aug. 2 at dawn.", TUE, "Aug. 2", "2022-08-02", "abbreviated month"),
    ("The ceasefire began on Aug. 2 at dawn.", TUE, "Aug. 2", "2021-08-02",
     "a past verb right before a day: the day gone by, however far back"),
    ("He was born on 2 August 2008 in Lima.", TUE, "2 August 2008", "2008-08-02", "day month"),
    ("Polls close on the 5th of May.", TUE, "the 5th of May", "2022-05-05", "the Nth of"),
    ("It opened on March 3, 2023.", TUE, "March 3, 2023", "2023-03-03", "month day year"),
    ("Sales peaked in July 1988 and fell.", TUE, "July 1988", "1988-07", "month year"),
    ("The law took effect in 1990.", TUE, "1990", "1990", "bare year"),
    ("Rates rose in the 1990s.", TUE, "the 1990s", "199", "decade"),
    ("Rates rose in the mid-1980s.", TUE, "the mid-1980s", "198", "decade with edge"),
    ("It was built in the 19th century.", TUE, "the 19th century", "18", "century"),
    ("The budget is due on the last day of March.", "Sun 12 Nov 2023 18.40 GMT",
     "the last day of March", "2024-03-31", "the last day of a month"),
    ("The ban began on the fifth day of March 2021.", TUE, "the fifth day of March 2021",
     "2021-03-05", "an ordinal day of a month"),
    ("He died on the 5th, his family said.", "Sun 12 Nov 2023 18.40 GMT", "the 5th",
     "2023-11-05", "a day alone: of the dateline's month"),
    ("He died on the 25th, his family said.", "Sun 12 Nov 2023 18.40 GMT", "the 25th",
     "2023-10-25", "a day alone, still to come this month, in a past sentence: last month's"),
    ("He fell ill in March. He died on the 5th.", "Sun 12 Nov 2023 18.40 GMT", "the 5th",
     "2023-03-05", "a day alone after a month named: of that month"),
    ("The board meets on the 21st of next month.", "Sun 12 Nov 2023 18.40 GMT",
     "the 21st of next month", "2023-12-21", "a day of next month"),
    ("In the spring of '68, he marched in Paris.", TUE, "the spring of '68", "1968-SP",
     "a season of a two-digit year, which looks back"),
    ("The summer of ’99 was hot.", "Jan. 5, 1998", "The summer of ’99", "1999-SU",
     "a two-digit year a little ahead of the anchor"),
    ("The Easter holiday", TUE, "Easter", "2022-04-17", "Easter is computed"),
    ("They met on Thanksgiving.", TUE, "Thanksgiving", "2021-11-25",
     "a holiday later in the year is last year's in a past sentence"),
    ("Pilgrims filled the square as Easter week began.", "April 17, 2000", "Easter week",
     "2000-W16", "a holiday's week; a past verb does not push a holiday six days off a year "
     "back"),
    ("Shops reopened after Christmas.", "Jan. 4, 2023", "Christmas", "2022-12-25",
     "the nearest one"),
    ("Last Christmas, the shelter housed 200 people.", "Wednesday, Nov. 20, 2024",
     "Last Christmas", "2023-12-25", "'last' before a holiday: the one gone by"),
    ("The shelter will open again next Easter.", "Wednesday, Nov. 20, 2024", "next Easter",
     "2025-04-20", "'next' before a holiday"),
    ("He spoke on Valentine's Day.", "Sun 12 Nov 2023 18.40 GMT", "Valentine's Day",
     "2023-02-14", "a name with an apostrophe; the one gone by in a past sentence, though the "
     "next is nearer"),
    ("Crowds gathered on St. Patrick’s Day.", TUE, "St. Patrick’s Day", "2022-03-17",
     "a curly apostrophe"),
    ("Fireworks were banned on Bonfire Night.", "Sun 12 Nov 2023 18.40 GMT", "Bonfire Night",
     "2023-11-05", "a British named day"),
    ("Wreaths will be laid on Remembrance Sunday.", "Nov. 1, 2023", "Remembrance Sunday",
     "2023-11-12", "the second Sunday of November"),
    ("Pancakes will be sold on Shrove Tuesday.", TUE, "Shrove Tuesday", "2023-02-21",
     "Easter less 47 days, the next one in a future sentence"),
    ("The deal signed 2022-03-01 holds.", TUE, "2022-03-01", "2022-03-01", "ISO date"),
    ("The report due 03/04/2022 was late.", TUE, "03/04/2022", "2022-03-04",
     "numeric dates read month first by default"),
    ("The law took effect on 03/04/2022.", TUE, "03/04/2022", "2022-03-04",
     "a numeric date at the end of a sentence"),
    ("The law took effect on 08.05.2022.", TUE, "08.05.2022", "2022-05-08",
     "dotted numeric dates are day first, as no month-first country writes them"),
    ("Results are due Nov. 15.", FALL_1989, "Nov. 15", "1989-11-15",
     "a month-day without year is the nearest one"),
    ("It was signed in January.", FALL_1989, "January", "1989-01",
     "a month in a past clause is the last one, though the next is nearer"),
    ("The loan runs through January.", FALL_1989, "January", "1990-01",
     "a deadline word looks ahead: the nearest January"),
    ("Talks were held on a summit set for Washington in April.", "March 12, 1999", "April",
     "1999-04", "'set for' is a plan"),
    ("The plant closed in April.", FALL_1989, "April", "1989-04", "April is behind"),
    ("On Saturday, April 25, the paper said", "April 24, 1998", "Saturday, April 25",
     "1998-04-25", "the printed weekday fixes the year"),
    ("It was the worst flood since May.", TUE, "May", "2022-05", "May after a preposition"),
    ("Members voted on the first Tuesday of March.", TUE, "the first Tuesday of March",
     "2022-03-01", "the nth weekday of a month"),
    ("The fair opens on the last Friday in June 2025.", TUE, "the last Friday in June 2025",
     "2025-06-27", "the last weekday in a month and year"),
    ("The board meets on the second Monday of next month.", TUE,
     "the second Monday of next month", "2022-06-13", "of next month"),
    ("The deal was signed on 19/11/2021 in Paris.", TUE, "19/11/2021", "2021-11-19",
     "no month 19: day first, whatever the order set (a dateline says which setting decides)"),
    ("The team will play its first game of next season on Aug. 17.",
     "Wednesday, Nov. 20, 2024", "Aug. 17", "2025-08-17",
     "'will' and its verb before a day: the coming one, however far off"),
    ("The rent cap, which takes effect on Jan. 1, covers 40,000 flats.",
     "Wednesday, May 10, 2023", "Jan. 1", "2024-01-01",
     "a present verb that schedules: the coming day, however far off"),
    ("The ship left Rotterdam on 3 May.", "Wednesday, March 6, 2024", "3 May", "2023-05-03",
     "a past verb and its object before a day: gone by"),
    ("Officials said the vote on June 4 would be delayed.", "Wednesday, March 6, 2024",
     "June 4", "2024-06-04", "not after a saying: 'the vote on June 4' is the vote's day"),
    ("The suspect was arrested in the early hours of 12 March.", "Wednesday, March 6, 2024",
     "12 March", "2023-03-12", "a past verb 'in the early hours of' a day: gone by"),
    ("The filing deadline was extended to Dec. 15.", "Wednesday, March 6, 2024", "Dec. 15",
     "2024-12-15", "a deadline moved to a day: the coming one"),
    ("The new rules come into force on Jan. 1.", "Wednesday, May 10, 2023", "Jan. 1",
     "2024-01-01", "'come into force': ahead"),
    ("The rules, which came into force on Jan. 1, cap rents.", "Wednesday, May 10, 2023",
     "Jan. 1", "2023-01-01", "'came into force': gone by"),
    ("Security was tightened after the U.S. air raid on Aug. 7 was reported.",
     "Wednesday, Aug. 21, 1998", "Aug. 7", "1998-08-07",
     "a bare 'air' or 'run' may be a noun: no schedule"),
    ("The company will not pay the dividend declared on Aug. 2.", "Wednesday, Nov. 20, 2024",
     "Aug. 2", "2024-08-02", "a past participle nearer the day than 'will' decides"),
    ("Officials met the day before July 4 in Denver.", "March 22, 2013", "the day before July 4",
     "2012-07-03", "the day before a date, after a past verb: gone by"),
    ("Results are due in the week after Easter.", "Thursday, March 7, 2024",
     "the week after Easter", "2024-W14", "the week after a day: seven days on"),
    ("The deadline is midnight on Friday, local time.", "Thursday, March 7, 2024",
     "midnight on Friday", "2024-03-08T24:00", "a deadline is ahead"),
    ("Protesters gathered the day after Christmas.", "March 22, 2013",
     "the day after Christmas", "2012-12-26", "the day after a holiday"),
    ("Unions will march on the eve of May 1.", TUE_2024, "the eve of May 1", "2024-04-30",
     "the eve of a day"),
    ("Flu activity peaked by the end of the year.", "March 22, 2013", "the end of the year",
     "2012", "a past end of the year, written early in the next: the year before"),
    ("Flu cases peaked by the end of year.", "March 22, 2013", "the end of year", "2012",
     "'end of year' without its article"),
    ("Sales will recover by the end of the year.", "March 22, 2013", "the end of the year",
     "2013", "a future end of the year: this one"),
    ("The firm said the deal closes by year-end.", "March 22, 2013", "year-end", "2013",
     "the reported clause decides, not 'said'"),
    ("The firm said the deal closed by the end of the year.", "March 22, 2013",
     "the end of the year", "2012", "a past reported clause: the year before"),
    ("Flu cases peaked by the end of the year.", "Oct. 22, 2013", "the end of the year", "2013",
     "late in a year its end may be meant as reached"),
]

RANGES = [
    ("Japan's 1910-1945 occupation of Korea", TUE, "1910-1945", "1910", "1945", "year range"),
    ("from March to May the river rose", TUE, "from March to May", "2022-03", "2022-05",
     "month range"),
    ("Output doubled between 2010 and 2015.", TUE, "between 2010 and 2015", "2010", "2015",
     "between ... and"),
    ("The fair runs Sept. 5-7, 2021.", TUE, "Sept. 5-7, 2021", "2021-09-05", "2021-09-07",
     "day range"),
    ("the 1990-91 season", TUE, "1990-91", "1990", "1991", "two-digit end year"),
    ("record sales in the 2023/24 season", TUE, "2023/24", "2023", "2024",
     "a season or fiscal year written with a slash"),
    ("Fighting eased from mid-2019 until early 2021.", TUE, "from mid-2019 until early 2021",
     "2019", "2021", "a part of the year at either end"),
    ("The summit is on April 24 and 25.", TUE, "April 24 and 25", "2022-04-24", "2022-04-25",
     "two days of one month"),
    ("Heavy rain on 6 and 7 March flooded the valley.", TUE, "6 and 7 March", "2022-03-06",
     "2022-03-07", "two days of one month, day first"),
    ("Prices rose in the November-February period.", "April 25, 2024",
     "the November-February period", "2023-11", "2024-02", "months across a new year"),
    ("The summit runs from March 14 to March 16.", TUE_2024, "from March 14 to March 16",
     "2024-03-14", "2024-03-16", "two full dates after 'from'"),
    ("Flights were cancelled between Feb. 3 and Feb. 6.", TUE_2024,
     "between Feb. 3 and Feb. 6", "2024-02-03", "2024-02-06", "between two full dates"),
    ("The museum is closed from 24 December to 2 January.", "Jan. 10, 2024",
     "from 24 December to 2 January", "2023-12-24", "2024-01-02", "across a new year"),
    ("The festival runs June 3 through June 9.", TUE_2024, "June 3 through June 9",
     "2024-06-03", "2024-06-09", "'through' needs no 'from'"),
    ("Schools shut from Monday to Wednesday.", TUE_2024, "from Monday to Wednesday",
     "2024-03-11", "2024-03-13", "two weekdays: the second the first after the first"),
    ("The summit runs from Monday through Wednesday.", "March 14, 2024",
     "from Monday through Wednesday", "2024-03-18", "2024-03-20",
     "a scheduling verb: next week's Monday to Wednesday"),
    ("He was in office from Sept. 14 to Thursday.", FALL_1989, "from Sept. 14 to Thursday",
     "1989-09-14", "1989-10-26", "a date to a weekday"),
    ("Polls open from 7am to 10pm on Thursday 16 March.", "Fri 10 Mar 2023 09.30 GMT",
     "from 7am to 10pm on Thursday 16 March", "2023-03-16T07:00", "2023-03-16T22:00",
     "hours of the day named after them"),
    ("The curfew runs from 10 p.m. to 5 a.m. Sunday.", "Fri 10 Mar 2023 09.30 GMT",
     "from 10 p.m. to 5 a.m. Sunday", "2023-03-11T22:00", "2023-03-12T05:00",
     "overnight: the first hour is on the day before"),
    ("The rally is set for the weekend of April 1-2.", "March 9, 2023",
     "the weekend of April 1-2", "2023-W13-WE", None, "the weekend of two days: one weekend"),
    ("The airport will be closed from 10pm on Friday until 6am on Monday.",
     "Tue 14 Mar 2023 09.30 GMT", "from 10pm on Friday until 6am on Monday",
     "2023-03-17T22:00", "2023-03-20T06:00", "two clock times with a day each"),
    ("Polls are open between 9 and 11 a.m.", "Tue 14 Mar 2023 09.30 GMT",
     "between 9 and 11 a.m.", "2023-03-14T09:00", "2023-03-14T11:00",
     "a bare hour before a clock: the same half of the day"),
    ("The road is closed from 2 to 4pm on Sunday.", "Tue 14 Mar 2023 09.30 GMT",
     "from 2 to 4pm on Sunday", "2023-03-19T14:00", "2023-03-19T16:00",
     "a bare hour before a clock on a day"),
    ("Polls were open from 7am on Sunday to 8pm on Sunday.", "Tue 14 Mar 2023 09.30 GMT",
     "from 7am on Sunday to 8pm on Sunday", "2023-03-12T07:00", "2023-03-12T20:00",
     "'were open' is past: the Sunday gone by"),
    ("The truce lasted from 0400 GMT to 1600 GMT.", TUE, "from 0400 GMT to 1600 GMT",
     "2022-05-10T04:00", "2022-05-10T16:00", "two four-digit wire clocks"),
    ("Power was cut between 1 a.m. and 3 a.m., the utility said.",
     "Tue 14 Mar 2023 09.30 GMT", "between 1 a.m. and 3 a.m.", "2023-03-14T01:00",
     "2023-03-14T03:00", "two clock times with no day: one span"),
    ("Police said the shop was robbed between 11 p.m. and 2 a.m.", "Tue 14 Mar 2023 09.30 GMT",
     "between 11 p.m. and 2 a.m.", "2023-03-13T23:00", "2023-03-14T02:00",
     "overnight with no day: the second time is on the day after the first"),
    ("The road will be shut between 11 and 2 a.m. on Saturday.", "Tue 14 Mar 2023 09.30 GMT",
     "between 11 and 2 a.m. on Saturday", "2023-03-17T23:00", "2023-03-18T02:00",
     "a bare hour later than a morning end: the evening before"),
    ("Parliament debated the bill in the week beginning 6 March.", "Tue 14 Mar 2023 09.30 GMT",
     "the week beginning 6 March", "2023-W10", None, "the week beginning a day: that week"),
]

RELATIVE = [
    ("Then, a week or so ago, the general chose the day.", TUE, "a week or so ago", "2022-W18",
     "'or so' hedges the count"),
    ("Intel said last week a customer found two flaws.", TUE, "last week", "2022-W18",
     "'a' after the unit is no count that makes it something else"),
    ("the minister said on Tuesday after meeting", TUE, "Tuesday", "2022-05-10",
     "a bare weekday equal to the dateline's is that day"),
    ("On Monday, the ambassador said", TUE, "Monday", "2022-05-09", "past weekday"),
    ("The cabinet will meet on Friday.", TUE, "Friday", "2022-05-13", "future tense"),
    ("Talks are scheduled to resume Thursday.", TUE, "Thursday", "2022-05-12",
     "scheduled to"),
    ("The operator said it had raised its offer to 5.5% on Sunday.", TUE, "Sunday",
     "2022-05-08", "'offer to 5.5%' is a figure, no infinitive that looks ahead"),
    ("The inquiry's report comes out on Friday.", TUE, "Friday", "2022-05-13",
     "'comes out' is the present of a plan"),
    ("The verdict comes on Monday.", TUE, "Monday", "2022-05-16", "so is 'comes'"),
    ("Monday: Talks begin in Leeds.", TUE, "Monday", "2022-05-16",
     "a verb of plans in the present after the day, as a list's line gives it"),
    ("On Friday the museum opens its doors.", TUE, "Friday", "2022-05-13",
     "a present verb of plans after the day and its subject"),
    ("On Friday, Ana Berg, head of the agency, said no.", TUE, "Friday", "2022-05-06",
     "'head' after a name is a noun, no verb of plans"),
    ("Police said Friday the suspect fled.", TUE, "Friday", "2022-05-06", "said Friday"),
    ("The team returns to Madrid on Sunday for a parade.", TUE, "Sunday", "2022-05-15",
     "a present verb further back in its clause schedules the day"),
    ("Asked on Friday whether he would resign, the mayor said no.", TUE, "Friday",
     "2022-05-06", "a sentence opening with a past participle is past, capital and all"),
    ("Two days after the vote on Monday, the mayor resigned.", TUE, "Monday", "2022-05-09",
     "'the vote' is a noun: it does not schedule its Monday"),
    ("The harbour company said it would put three extra ferries on the crossing from Wednesday.",
     TUE_2024, "Wednesday", "2024-03-13",
     "the verb group holding the date (would put), not the reporting verb (said)"),
    ("Lopez said on Friday he will travel to Paris on Thursday.", TUE_2024, "Thursday",
     "2024-03-14", "a future clause after a past reporting verb"),
    ("Lopez said on Friday that he will travel to Paris.", TUE_2024, "Friday",
     "2024-03-08", "the reporting verb's own date stays past"),
    ("Ortiz said the talks, which will resume on Monday, would be hard.", TUE_2024, "Monday",
     "2024-03-18", "a future relative clause"),
    ("The new timetable will apply from Thursday, the operator said.", TUE_2024, "Thursday",
     "2024-03-14", "from <weekday> with a future verb"),
    ("The bridge will be reopened Saturday, engineers said.", TUE_2024, "Saturday",
     "2024-03-16", "a participle governed by a modal is future"),
    ("The bishop is expected to be installed Sunday.", TUE_2024, "Sunday", "2024-03-17",
     "an infinitive after 'expected to' is a plan"),
    ("A plan to shelter the town could not stop the shell that tore through its roof Friday "
     "night.", TUE_2024,
     "Friday night", "2024-03-08TNI", "an irregular past after 'that' is a past verb"),
    ("In January, a week after the vote in Smith vs. Jones County, Ark., a storm flooded "
     "the valley.", FALL_1989, "January", "1989-01",
     "the past verb is read across 'vs.' and a state's abbreviation, far after the month"),
    ("Flights were canceled through Friday, the airline said.", TUE_2024, "Friday",
     "2024-03-15", "'through Friday' runs on to the coming Friday, whatever the verb"),
    ("Schools will stay closed on Monday.", TUE_2024, "Monday", "2024-03-18",
     "'stay' between the modal and the participle"),
    ("The museum remained closed on Monday.", TUE_2024, "Monday", "2024-03-11",
     "'remained closed' is past"),
    ("The shell tore through the wall of the school on Monday.", TUE_2024, "Monday",
     "2024-03-11", "'through' that is not right before the date says nothing"),
    ("The council approved three bus routes on Monday, to start in July.", TUE, "July",
     "2022-07", "a present verb before 'in' schedules, after a past main verb"),
    ("Polls open at 7 a.m. on Thursday.", TUE_2024, "7 a.m. on Thursday", "2024-03-14T07:00",
     "a present verb before 'at' or 'on' schedules"),
    ("The storm is forecast to make landfall Friday afternoon.", TUE_2024, "Friday afternoon",
     "2024-03-15TAF", "'is forecast to' looks ahead"),
    ("The offer had been due to expire Friday evening.", TUE_2024, "Friday evening",
     "2024-03-08TEV", "a plan in the pluperfect is past"),
    ("Until Thursday, police had not named the driver.", TUE_2024, "Thursday", "2024-03-07",
     "'until' opening a sentence yields to the clause's past tense"),
    ("The ministry extended the deadline until Thursday.", TUE_2024, "Thursday", "2024-03-14",
     "a deadline extended until a weekday is ahead"),
    ("Crowds gathered to mark the anniversary on Friday.", TUE_2024, "Friday", "2024-03-08",
     "a purpose infinitive takes the tense of its sentence"),
    ("The suspect was arrested in the early hours of Monday.", TUE_2024, "Monday", "2024-03-11",
     "'early' is not a future cue"),
    ("The rebels said the envoy could not be reached Monday.", TUE_2024, "Monday", "2024-03-11",
     "'could' is as often past as future and counts for nothing"),
    ("The envoy could arrive as early as Thursday.", TUE_2024, "Thursday", "2024-03-14",
     "as early as"),
    ("They met last Wednesday.", TUE, "last Wednesday", "2022-05-04", "last weekday"),
    ("They meet next Tuesday.", TUE, "next Tuesday", "2022-05-17", "next weekday"),
    ("Shares fell yesterday.", TUE, "yesterday", "2022-05-09", "yesterday"),
    ("The vote is tomorrow.", TUE, "tomorrow", "2022-05-11", "tomorrow"),
    ("Protesters gathered tonight.", TUE, "tonight", "2022-05-10TNI", "tonight"),
    ("Officials met this morning.", TUE, "this morning", "2022-05-10TMO", "this morning"),
    ("Firing continued last night.", TUE, "last night", "2022-05-09TNI", "last night"),
    ("Monday night the rally began.", TUE, "Monday night", "2022-05-09TNI", "part of day"),
    ("Prices rose last week.", TUE, "last week", "2022-W18", "last week"),
    ("Exports fell last month.", TUE, "last month", "2022-04", "last month"),
    ("Elections are due next month.", TUE, "next month", "2022-06", "next month"),
    ("Growth slowed earlier this year.", TUE, "earlier this year", "2022", "this year"),
    ("The fund was set up three weeks ago.", TUE, "three weeks ago", "2022-W16",
     "weeks ago"),
    ("He left 10 years ago.", TUE, "10 years ago", "2012", "years ago"),
    ("Rain is expected over the weekend.", TUE, "the weekend", "2022-W19-WE",
     "the coming weekend"),
    ("Over the weekend, hundreds had gathered outside.", "Jan. 2, 2025", "the weekend",
     "2024-W52-WE", "a weekend in a past sentence is the one gone by, even late in the week"),
    ("They will gather at the weekend.", "Jan. 2, 2025", "the weekend", "2025-W01-WE",
     "and in a future one the one to come"),
    ("The agency said the storm would weaken as it moved north over the weekend.",
     "Oct. 5, 2023", "the weekend", "2023-W40-WE",
     "a past verb reported after 'would' still looks ahead"),
    ("Traders squared positions ahead of the weekend.", "Oct. 30, 1989", "the weekend",
     "1989-W44-WE", "'ahead of' looks forward"),
    ("Prices rose in the spring.", TUE, "the spring", "2022-SP", "season"),
    ("Profit fell last summer.", TUE, "last summer", "2021-SU", "last season"),
    ("Ahead of the trip, the ministry on Sunday issued a travel warning.", TUE_2024, "Sunday",
     "2024-03-10", "a verb written right after the weekday is its own and past"),
    ("Ahead of the trip, the minister on Sunday will issue a warning.", TUE_2024, "Sunday",
     "2024-03-17", "a modal right after the weekday makes it the coming one"),
    ("The council approved the plan in a 7-2 vote on Tuesday night.",
     "Wednesday, March 6, 2024", "Tuesday night", "2024-03-05TNI",
     "'the plan' and 'a 7-2 vote' are nouns, no plans"),
    ("The plan calls for a vote on Tuesday.", "Wednesday, March 6, 2024", "Tuesday",
     "2024-03-12", "'calls for' a day: ahead"),
    ("The timetable changes from Sunday.", TUE_2024, "Sunday", "2024-03-17",
     "a present 'changes from' a day: from the coming one"),
    ("On Friday, the government planned to pay the first claims.", TUE_2024, "Friday",
     "2024-03-08", "'planned to' after its subject is a past verb, not a plan word"),
    ("The government is planned to pay the first claims on Friday.", TUE_2024, "Friday",
     "2024-03-15", "a plan: the coming Friday"),
    ("A service planned for Saturday drew hundreds.", TUE_2024, "Saturday", "2024-03-09",
     "the weekday's own verb outweighs the plan word before it"),
    ("A service planned for Saturday was cancelled.", TUE_2024, "Saturday", "2024-03-16",
     "unless it called the plan off: then the day is still to come"),
    ("Stocks closed at 2082.1 on Oct. 27, down 4.5% from the previous Friday.",
     "Oct. 30, 1989", "the previous Friday", "1989-10-20",
     "the previous Friday: before the day the story is at, not before the dateline"),
    ("The blast came at about 10:35 a.m. (0735 GMT) Friday.", "Aug. 8, 1998", "10:35 a.m.",
     "1998-08-07T10:35", "a clock takes the date of the weekday after an aside"),
    ("By mid afternoon, sources said the offensive was over.", TUE, "mid afternoon",
     "2022-05-10TAF", "part of the day the story is at"),
    ("Gains were dashed Friday. Dealers placed orders in the morning.", "Oct. 30, 1989",
     "the morning", "1989-10-27TMO", "the morning of the last day named"),
    ("Oil fell to the level seen in the winter of nineteen ninety-four.", TUE,
     "the winter of nineteen ninety-four", "1994-WI", "a season of a spelled year"),
    ("The case may be heard the week of March 6.", "Feb. 24, 2000", "the week of March 6",
     "2000-W10", "the week of a day"),
    ("The city aims to build 10,000 homes by the end of the decade.", TUE,
     "the end of the decade", "202", "the decade of the dateline, with an edge"),
    ("The index fell 5.39 on Friday. For the week, it dropped 3.8%.", "Oct. 30, 1989",
     "the week", "1989-WXX", "a week of the story the text does not name"),
    ("The offer, advertised in today's editions, expires soon.", TUE, "today", "2022-05-10",
     "today's editions: the day's papers"),
]

CODES = [
    ("Results are expected in H1 2024.", "Sun 12 Nov 2023 18.40 GMT", "H1 2024", "2024-H1",
     "a half by its code"),
    ("Sales fell in Q3 2023.", "Sun 12 Nov 2023 18.40 GMT", "Q3 2023", "2023-Q3",
     "a quarter by its code"),
    ("Profit rose in 3Q23.", "Sun 12 Nov 2023 18.40 GMT", "3Q23", "2023-Q3",
     "number first, two-digit year"),
    ("Profit rose in Q2'22.", "Sun 12 Nov 2023 18.40 GMT", "Q2'22", "2022-Q2",
     "an apostrophe before the year"),
    ("Guidance for Q1 was cut.", "Sun 12 Nov 2023 18.40 GMT", "Q1", "2023-Q1",
     "a quarter without a year: the last one in a past sentence"),
    ("Revenue for FY2023 rose.", "Sun 12 Nov 2023 18.40 GMT", "FY2023", "2023", "a fiscal year"),
    ("Revenue for the full year 2022 was $6.1 billion.", "March 9, 2023",
     "the full year 2022", "2022", "the full year named by its number"),
    ("FY24 guidance was cut.", "Sun 12 Nov 2023 18.40 GMT", "FY24", "2024",
     "a fiscal year, two digits"),
]

QUARTERS = [
    ("Sales this quarter are down 3%.", TUE, "this quarter", "2022-Q2",
     "this quarter, in no quarter's report: the one under way"),
    ("Profit rose in the third quarter, with 2,000 jobs left in the company.", TUE,
     "the third quarter", "2021-Q3", "'left in' without a game's clock is no game"),
    ("Profit rose in the third quarter.", FALL_1989, "the third quarter", "1989-Q3",
     "a past quarter of the year"),
    ("third-quarter profit rose", FALL_1989, "third-quarter", "1989-Q3", "adjective"),
    ("Sales fell in the first quarter.", TUE, "the first quarter", "2022-Q1", "first quarter"),
    ("It will close two terminals by the end of the first quarter.", FALL_1989,
     "the first quarter", "1990-Q1", "a quarter two back, in a future sentence: next year's"),
    ("It expects to report third-quarter results soon.", FALL_1989, "third-quarter", "1989-Q3",
     "the quarter just ended is still to be reported"),
    ("Sales rose in the fourth quarter.", TUE, "the fourth quarter", "2021-Q4",
     "a quarter not begun yet is last year's"),
    ("Sales may rise in the fourth quarter.", TUE, "the fourth quarter", "2022-Q4",
     "unless the sentence looks ahead"),
    ("the third quarter of 1990 will be weak", FALL_1989, "the third quarter of 1990",
     "1990-Q3", "quarter of a year"),
    ("in the 1988 second quarter", FALL_1989, "the 1988 second quarter", "1988-Q2",
     "year before the ordinal"),
    ("It earned $5 million in fiscal 1990.", FALL_1989, "fiscal 1990", "1990", "fiscal year"),
    ("Net profit for the January-March period rose.", "April 25, 2024",
     "the January-March period", "2024-Q1", "three months that make a quarter"),
    ("Sales in the October-December quarter fell.", "April 25, 2024",
     "the October-December quarter", "2023-Q4", "a quarter named by its months, gone by"),
    ("Net rose in the second half of 1988.", FALL_1989, "the second half of 1988", "1988-H2",
     "half"),
    ("Throughput in the first half of March was high.", "March 19, 2025",
     "the first half of March", "2025-03", "half of a month: that month, not the year's half"),
    ("The plant will close in the second half of December 2026.", "March 19, 2025",
     "the second half of December 2026", "2026-12", "half of a month with its year"),
    ("in the current quarter", FALL_1989, "the current quarter", "1989-Q4", "current"),
    ("losses through the first two quarters of 1990", FALL_1989,
     "the first two quarters of 1990", "1990-H1", "the first two quarters: the first half"),
    ("the trend of the last half of the '80s", FALL_1989, "the last half of the '80s", "198",
     "half of a decade: the decade"),
    ("Third-quarter net rose to $5 million from $4 million a year earlier.", FALL_1989,
     "a year earlier", "1988-Q3", "a year earlier in a quarterly report: that quarter"),
    ("Third-quarter net rose. For the nine months, net was $9 million, against $7 million "
     "a year earlier.", FALL_1989, "a year earlier", "1988",
     "after 'the nine months' the comparison is with the year before"),
    ("Third-quarter profit rose. Its bank posted earnings of $2.4 million, compared with a "
     "loss of $3.1 million last year.", FALL_1989, "last year", "1988-Q3",
     "'compared with ... last year' in a quarterly report: that quarter a year back"),
    ("Third-quarter profit rose. Last year the bank was sold.", FALL_1989, "Last year", "1988",
     "'last year' outside a comparison stays the year"),
    ("Third-quarter net rose. For the nine months, net fell. In the year-ago quarter, it lost "
     "money.", FALL_1989, "the year-ago quarter", "1988-Q3", "the year-ago quarter"),
]

NARRATIVE = [
    ("Drones struck the city overnight, officials said.", "Friday, March 8, 2024",
     "overnight", "2024-03-07TNI", "'overnight' in a past clause: the night before"),
    ("The bridge will be closed overnight.", "Friday, March 8, 2024", "overnight",
     "2024-03-08TNI", "'overnight' ahead: the coming night"),
    ("The dam was inspected in March 2019. A report published that June found no cracks.",
     TUE, "that June", "2019-06", "'that June': the story's year, not the dateline's"),
    ("The plant opened in March 2011. The following June, it flooded.", TUE,
     "The following June", "2011-06", "'the following June': the first after the story's date"),
    ("The case began in November 2020. The mayor resigned the following week.", TUE,
     "the following week", "2020-11", "a week after a month the story names: that month"),
    ("In 2019, a crack forced an evacuation. The next day, residents returned.", TUE,
     "The next day", "2019", "a day after a year the story names: that year"),
    ("The gallery reopens in spring after a refit.", "Thursday, Nov. 28, 2024", "spring",
     "2025-SP", "a bare season ahead: the next one"),
    ("The gallery opened in autumn.", "March 3, 2024", "autumn", "2023-FA",
     "a bare season gone by: the last one ('autumn' needs no more than its preposition)"),
    ("The strike began on Oct. 3. By the end of that month, 40 ships waited.", TUE,
     "the end of that month", "2021-10", "that month: the story's"),
    ("The hospital opened in 1974. Five decades on, it is closing.", TUE, "Five decades on",
     "2024", "British 'N units on': later than the story's date"),
    ("The floods were the worst since 2007, when the river burst its banks in July.",
     "Saturday, Nov. 23, 2024", "July", "2007-07", "a month in a when-clause after a year"),
    ("In 1998, when the plant closed on March 3, 400 jobs went.", TUE, "March 3", "1998-03-03",
     "a day in a when-clause after a year"),
    ("He was promoted on May 22, 2015, and the following year he left.", TUE,
     "the following year", "2016", "the year after the last date mentioned"),
    ("Imports totaled $37 million in 2019, a small share of all imports that year.", TUE,
     "that year", "2019", "that year: the last year mentioned"),
    ("The board met in March 2021. The following month, the company put itself up for sale.",
     TUE, "The following month", "2021-04", "the following month"),
    ("She fled in June 2018 and returned later that year.", TUE, "later that year", "2018",
     "later that year"),
    ("The ferry sank on Aug. 3, 2020; divers reached it the next morning.", TUE,
     "the next morning", "2020-08-04TMO", "the next morning: the day after the last day"),
    ("The ferry sank on Aug. 3, 2020; the same day the port closed.", TUE, "the same day",
     "2020-08-03", "the same day"),
    ("Sales fell in the third quarter of 2019, and that quarter was the worst.", TUE,
     "that quarter", "2019-Q3", "that quarter"),
    ("Nothing else happened that year.", TUE, "that year", "2022",
     "no date mentioned before: the dateline's year"),
    ("In 1987 she added a boat. The following spring, a storm sank it.", TUE,
     "The following spring", "1988-SP", "the spring after a year named: the next year's"),
    ("In January 1987 she added a boat. The following spring, a storm sank it.", TUE,
     "The following spring", "1987-SP", "the spring after a January: that year's"),
    ("A storm sank it in spring 1988. That summer she quit.", TUE, "That summer", "1988-SU",
     "that summer: the story's year"),
    ("Pryce rebuilt the business over the next decade.", TUE, "the next decade", "P10Y",
     "over the next decade: ten years, not the calendar decade to come"),
    ("The toll rose to 100 on Sunday, up from 64 a day earlier.", "Sept. 30, 2024",
     "a day earlier", "2024-09-28", "a day earlier than the day last named, not the dateline"),
    ("The storm hit on Thursday. Two days earlier, the governor declared an emergency.",
     "Sept. 30, 2024", "Two days earlier", "2024-09-24", "across sentences, as 'later' is"),
    ("Talks opened on Aug. 3, 2020; a vote is due within the next year.", TUE, "the next year",
     "2023", "'the next year' is reckoned from the dateline"),
    ("Berg entered parliament in 2006. Four years later, she led the party.", TUE,
     "Four years later", "2010", "'N years later' counts from the last date the story named"),
    ("He was detained on Aug. 3, 2020 and freed three days later.", TUE, "three days later",
     "2020-08-06", "days later, from a day"),
    ("Work stopped in May 1989 and was abandoned in October of that year.", TUE,
     "October of that year", "1989-10", "a month of the year the story is at"),
    ("The plant opened in 2001 and closed in March of the following year.", TUE,
     "March of the following year", "2002-03", "a month of the year after"),
    ("The treaty was signed in 1990; a decade later it lapsed.", TUE, "a decade later", "2000",
     "a decade later: that year"),
    ("He was held in May 2012 and freed two days later.", TUE, "two days", "P2D",
     "days later than a month: no day to count from, a duration"),
]

REFERENCES = [
    ("Holders may buy shares at half the then-current market price.", TUE, "then-current",
     "PAST_REF", "'then current': the present of a time gone by"),
    ("The economy is now growing.", TUE, "now", "PRESENT_REF", "now"),
    ("He currently leads the party.", TUE, "currently", "PRESENT_REF", "currently"),
    ("Prices have risen recently.", TUE, "recently", "PAST_REF", "recently"),
    ("The results come out the day after tomorrow.", "Thursday, June 13, 2024",
     "the day after tomorrow", "2024-06-15", "the day after tomorrow"),
    ("He arrived the day before yesterday.", "Thursday, June 13, 2024",
     "the day before yesterday", "2024-06-11", "the day before yesterday"),
    ("The vote is a week from Friday.", "Thursday, June 13, 2024", "a week from Friday",
     "2024-06-21", "a week from the coming Friday"),
    ("Ministers will meet a week on Tuesday.", "Sun 12 Nov 2023 18.40 GMT",
     "a week on Tuesday", "2023-11-21", "British: a week after the coming Tuesday"),
    ("The session begins on Monday week.", "Fri 10 Mar 2023 09.30 GMT", "Monday week",
     "2023-03-20", "British: a week after the coming Monday"),
    ("The tournament starts a fortnight today.", "Sun 12 Nov 2023 18.40 GMT",
     "a fortnight today", "2023-11-26", "British: fourteen days from today"),
    ("The inquiry reports in the new year.", "Sun 12 Nov 2023 18.40 GMT", "the new year",
     "2024", "the new year, said in November: the next one"),
    ("The route will reopen in the new year.", "March 9, 2023", "the new year", "2024",
     "said in March: the next one too"),
    ("Sales should pick up in the new year.", "Jan. 9, 2023", "the new year", "2023",
     "said in January: the one just begun"),
    ("The offer had been due to expire Friday evening.", FALL_1989, "Friday evening",
     "1989-10-20TEV", "'had been due to' is past, though 'expire' schedules"),
    ("The court, which heard the case in May, ruled on Monday.", "March 9, 2023", "Monday",
     "2023-03-06", "the month May before a past verb is no modal"),
    ("Pryce, who turns 76 in August, says she will keep sailing.", "June 16, 2024", "August",
     "2024-08", "'turns' looks ahead"),
    ("Markets are closed on Monday for the holiday.", WED_2024, "Monday", "2024-06-17",
     "the present passive schedules"),
    ("The museum was closed on Monday.", WED_2024, "Monday", "2024-06-10", "the past passive"),
    ("Voters head to the polls on Sunday.", WED_2024, "Sunday", "2024-06-16",
     "a plan's verb in the plural present, further back"),
    ("The minister, who is visiting Paris on Friday, declined to comment.", WED_2024, "Friday",
     "2024-06-14", "the present progressive of a plan"),
    ("He is recovering after the crash on Sunday.", WED_2024, "Sunday", "2024-06-09",
     "the progressive, but the date is of what came before"),
    ("They did not meet on Monday.", WED_2024, "Monday", "2024-06-10", "'did not' is past"),
    ("The match kicks off at 8pm on Saturday.", WED_2024, "8pm on Saturday", "2024-06-15T20:00",
     "'kicks off' schedules"),
    ("Markets reopen at 9:30 a.m. on Monday.", "March 9, 2023", "9:30 a.m. on Monday",
     "2023-03-13T09:30", "a present scheduling verb in the plural"),
    ("Officials expect the count to finish by Thursday evening.", WED_2024,
     "Thursday evening", "2024-06-13TEV", "'expect' looks ahead"),
    ("The talks began a fortnight ago.", WED_2024, "a fortnight ago", "2024-W22",
     "a fortnight: two weeks"),
    ("The company reports earnings on Thursday.", WED_2024, "Thursday", "2024-06-13",
     "'reports earnings': results are scheduled"),
    ("Two members had filed compliance reports by Wednesday.", "Thursday, June 13, 2024",
     "Wednesday", "2024-06-12", "'reports' as a noun schedules nothing"),
    ("The senator faces a vote on Tuesday.", WED_2024, "Tuesday", "2024-06-18",
     "'faces' schedules"),
    ("The concert is on Saturday.", "Thursday, Nov. 28, 2024", "Saturday", "2024-11-30",
     "'is on' a day: what is planned"),
    ("Rescuers worked through Tuesday night.", "Thursday, Nov. 28, 2024", "Tuesday night",
     "2024-11-26TNI", "'worked through': during, in the past"),
    ("Classes were canceled through Friday.", "Thursday, Nov. 28, 2024", "Friday",
     "2024-11-29", "'canceled through': until, ahead"),
    ("The agency issued a warning on Friday covering Sunday.", "Saturday, Nov. 23, 2024",
     "Sunday", "2024-11-24", "what a warning covers is still to come"),
    ("Workers won a new contract effective June 1.", FALL_1989, "June 1", "1990-06-01",
     "'effective' a day: the day it starts, ahead"),
    ("It will matter in the future.", TUE, "the future", "FUTURE_REF", "the future"),
    ("As in the past, they waited.", TUE, "the past", "PAST_REF", "the past"),
    ("The ship was in international waters at the time.", TUE, "at the time", "PAST_REF",
     "at the time, closing its clause"),
    ("At the time, he was mayor.", TUE, "At the time", "PAST_REF", "at the time, opening"),
]

CLOCKS = [
    ("The offer expires at 5pm New York time on Dec. 6.", "Thursday, Nov. 28, 2024",
     "5pm New York time on Dec. 6", "2024-12-06T17:00", "a city's clock, then its day"),
    ("Voters go to the polls on Sunday. Polls open at 7am.", "Friday, Nov. 22, 2024", "7am",
     "2024-11-24T07:00", "a clock ahead, in the sentence after a day ahead: on that day"),
    ("The council met on Monday. It will meet again at 3pm.", "Friday, Nov. 22, 2024", "3pm",
     "2024-11-22T15:00", "after a day gone by, a clock ahead is the dateline's"),
    ("The blast came at 3 p.m. near the port.", TUE, "3 p.m.", "2022-05-10T15:00",
     "clock time on the anchor day"),
    ("Trading halted at 15:00 GMT.", TUE, "15:00 GMT", "2022-05-10T15:00", "24-hour clock"),
    ("The offer expires at 5 p.m. EST Nov. 9.", FALL_1989, "5 p.m. EST Nov. 9",
     "1989-11-09T17:00", "clock and date"),
    ("talks broke off at noon Thursday", TUE, "noon Thursday", "2022-05-05T12:00",
     "noon and weekday"),
    ("He will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.", "April 5, 2000",
     "4 in the morning", "2000-04-06T04:00", "an hour in the morning, dated by the aside"),
    ("The envoy will leave at dawn (6 a.m. EDT Thursday), aides said.", TUE,
     "6 a.m. EDT Thursday", "2022-05-12T06:00", "a clock and weekday in parentheses"),
    ("The eruption began shortly before 9pm local time on Monday.", TUE_2024,
     "9pm local time on Monday", "2024-03-11T21:00", "'9pm' in one word, 'local time'"),
    ("Polls close at 10.30pm.", TUE_2024, "10.30pm", "2024-03-12T22:30", "a dotted clock"),
    ("Polls open at 7 a.m. on Thursday and close at 8 p.m.", TUE_2024, "8 p.m.",
     "2024-03-14T20:00", "a clock time is on the day its sentence named"),
    ("Polls opened on Thursday. The count began at 8 p.m.", TUE_2024, "8 p.m.",
     "2024-03-12T20:00", "in a sentence naming no day, on the dateline's"),
    ("Polls closed at 8 p.m. Eastern.", "Nov. 6, 2024, 1:15 AM ET", "8 p.m. Eastern",
     "2024-11-05T20:00", "a past clock time later than the dateline's was the day before"),
    ("Polls close at 8 p.m. Eastern time.", "Nov. 6, 2024, 1:15 AM ET", "8 p.m. Eastern time",
     "2024-11-06T20:00", "a present one is still to come that day"),
    ("The blast came at 3 p.m. near the port.", "10:05 JST, May 10, 2022", "3 p.m.",
     "2022-05-09T15:00", "later than a morning dateline, in the past: yesterday afternoon"),
    ("The quake struck at 3:42 a.m. (1942 GMT) near the coast.", "06:30 PHT, Nov 17, 2024",
     "3:42 a.m.", "2024-11-17T03:42", "earlier than the dateline: that day"),
    ("Officers arrived shortly after midnight.", "Monday, Aug. 12, 2024, 6:15 AM CT",
     "midnight", "2024-08-11T24:00", "'after midnight' in the past: the midnight gone by"),
    ("The curfew starts at midnight.", "Monday, Aug. 12, 2024, 6:15 AM CT", "midnight",
     "2024-08-12T24:00", "midnight to come: the end of the day"),
    ("The deal was struck just before noon.", "Monday, Aug. 12, 2024, 6:15 AM CT", "noon",
     "2024-08-11T12:00", "'just before noon', later than a morning dateline: the day before"),
    ("The blast was reported (1400 GMT).", TUE, "1400 GMT", "2022-05-10T14:00",
     "a wire clock written as four digits, not the year 1400"),
    ("The truce was extended to 1600 GMT.", TUE, "1600 GMT", "2022-05-10T16:00",
     "a four-digit clock after 'to'"),
    ("The ceasefire expires at 0600 GMT on Saturday.", TUE, "0600 GMT on Saturday",
     "2022-05-14T06:00", "a four-digit clock and a weekday, scheduled by 'expires'"),
    ("Troops crossed at 2330 local time.", TUE, "2330 local time", "2022-05-09T23:30",
     "'local time' after four digits; later than the dateline, in the past"),
]


@pytest.mark.parametrize(("text", "anchor", "expected_text", "expected_value", "note"),
                         ABSOLUTE + RELATIVE + NARRATIVE + QUARTERS + CODES + REFERENCES + CLOCKS)
def test_mention_value(text: str, anchor: str, expected_text: str, expected_value: str,
                       note: str) -> None:
    check(text, anchor, expected_text, expected_value)


@pytest.mark.parametrize(("text", "anchor", "expected_text", "expected_value", "expected_end",
                          "note"), RANGES)
def test_range_is_one_mention(text: str, anchor: str, expected_text: str, expected_value: str,
                              expected_end: str, note: str) -> None:
    assert (expected_text, expected_value, expected_end) in mention(text, anchor)


NOT_DATES = [
    ("Row 1578: the figures for the north.", "1578", "a numbered row before a colon"),
    ("We agreed that we should not leave it.", "we", "pronoun, not Wednesday"),
    ("Prices may fall, and we may see more.", "may", "the modal verb"),
    ("The virus infected 2,000 cases a day.", "2,000", "a quantity"),
    ("Under Article 9 of the constitution", "Article 9", "an article number"),
    ("Tickets cost $17 each.", "$17", "money"),
    ("The Boeing 747 landed.", "Boeing 747", "a model number"),
    ("He bought it at 7-11.", "7-11", "a store"),
    ("At the time he was captured, rebels held the town.", "At the time",
     "the time of a clause, not the story's past"),
    ("It was the largest alliance at the time of its founding.", "at the time", "of a noun"),
    ("The current system has worked well.", "current", "the current system is a thing"),
    ("Smith scored at 10:45 in the fourth quarter.", "10:45", "a game's clock and quarter"),
    ("The Hawks led 21-14 with 2:30 left in the third quarter.", "2:30",
     "time left in a game, and its quarter"),
    ("She crossed the line 4:12 into the second half.", "4:12", "time into a game's half"),
    ("Theresa May said the vote stands.", "May", "a surname"),
    ("Some 2000 troops were sent.", "2000 troops", "a troop count"),
    ("Her future plans are unclear.", "future", "an adjective"),
    ('Baker, speaking on ABC\'s "This Week," said so.', "This Week", "a programme's name"),
    ("That was the news on VOA Today.", "Today", "a name: a capitalised word before Today"),
    ("H2 production is rising.", "H2", "a half's code without its year is hydrogen"),
    ("He lives on the 5th floor.", "the 5th", "an ordinal before a noun"),
    ("Section 230 and HB 1557 were debated.", "1557", "a bill's number"),
    ("The 1600 block of Pennsylvania Avenue was closed.", "1600", "a street block"),
    ("He won, with 1995 ballots spoiled.", "1995", "a count of ballots"),
    ("Cole scored in the 89th minute after Ashby levelled early in the second half.",
     "the second half", "a half of a match"),
    ("The Bears scored two touchdowns in the fourth quarter.", "the fourth quarter",
     "a quarter of a game"),
    ("The 5th Avenue store opened.", "5th", "a street"),
]


@pytest.mark.parametrize(("text", "expected", "note"), [
    ("The meeting was moved from Tuesday to Thursday.",
     [("Tuesday", "2022-05-10", None), ("Thursday", "2022-05-12", None)],
     "a date that moved names two days, not a span; its new day is ahead"),
    ("Officials postponed the talks from Wednesday to Friday.",
     [("Wednesday", "2022-05-11", None), ("Friday", "2022-05-13", None)],
     "the old day is the one just before the new"),
    ("The summit was brought forward from Friday to Wednesday.",
     [("Friday", "2022-05-13", None), ("Wednesday", "2022-05-11", None)],
     "brought forward: the old day is after the new"),
    ("The match, delayed from Saturday to Sunday, ended 2-1.",
     [("Saturday", "2022-05-07", None), ("Sunday", "2022-05-08", None)],
     "a past main verb keeps a moved date in the past"),
    ("The start was moved from 9 a.m. to 11 a.m.",
     [("9 a.m.", "2022-05-10T09:00", None), ("11 a.m.", "2022-05-10T11:00", None)],
     "a time that moved names two times, not a span"),
    ("The kick-off was brought forward from 3pm to 1pm on Saturday.",
     [("3pm", "2022-05-14T15:00", None), ("1pm on Saturday", "2022-05-14T13:00", None)],
     "the old time is on the new time's day"),
    ("Prices fell on March 3 and March 6.",
     [("March 3", "2022-03-03", None), ("March 6", "2022-03-06", None)],
     "'and' without 'between': two days"),
    ("Figures compare the period from June 2 to May 1.",
     [("June 2", "2022-06-02", None), ("May 1", "2022-05-01", None)],
     "an end before the start is no range"),
])
def test_two_dates_that_are_no_range(text: str, expected: list[tuple[str, str, str | None]],
                                     note: str) -> None:
    assert mention(text, TUE) == expected


@pytest.mark.parametrize(("text", "expected_text", "note"), NOT_DATES)
def test_not_a_date(text: str, expected_text: str, note: str) -> None:
    assert mention(text, TUE) == []


@pytest.mark.parametrize("text", [
    "The line was briefly scrapped over the weekend of the 2021 budget.",
    "Talks collapsed in the week of the vote.",
    "Sales fell in the month of the strike.",
])
def test_the_unit_of_a_named_thing_is_not_the_datelines(text: str) -> None:
    """"the weekend of the budget" is that weekend, whenever it was: not this weekend."""
    assert [m[0] for m in mention(text, TUE)] in ([], ["2021"])


def test_seed_shaped_clipping_resolves_in_the_datelines_zone() -> None:
    body = (TUE + "\nSEOUL (Reuters) – The two sides agreed on Tuesday to resume talks, the "
            "minister said.\nOn Monday, the envoy said the 1910-1945 period still weighs.")
    found = {m.text: m for m in find_mentions(body, parse_dateline(TUE).when)}
    assert found["Tuesday"].value == "2022-05-10"
    assert found["Monday"].value == "2022-05-09"
    assert (found["1910-1945"].value, found["1910-1945"].value_end) == ("1910", "1945")
    assert found["1910-1945"].first == date(1910, 1, 1)
    assert found["1910-1945"].last == date(1945, 12, 31)
    assert found["1910-1945"].precision == "year"


def test_relative_mentions_resolve_in_the_anchors_own_zone() -> None:
    # 23:30 on Monday in Tokyo is still Monday there, though it is Monday 14:30 in UTC too;
    # 08:00 JST on Tuesday is Monday 23:00 UTC, and "today" must be Tuesday.
    found = find_mentions("It happened today.", parse_dateline("08:00 JST, May 10, 2022").when)
    assert [m.value for m in found] == ["2022-05-10"]


def test_clock_time_carries_the_anchors_offset_or_the_printed_zone() -> None:
    anchor = parse_dateline(TUE).when
    times = {m.text: m.time for m in find_mentions("at 3 p.m. and at 15:00 GMT", anchor)}
    assert times == {"3 p.m.": "15:00:00+09:00", "15:00 GMT": "15:00:00+00:00"}


@pytest.mark.parametrize(("text", "expected", "note"), [
    ("The museum is closed on Mondays.", ("Mondays", "XXXX-WXX-1"), "a weekday in the plural"),
    ("The festival takes place every August.", ("every August", "XXXX-08"), "every month"),
    ("Each March, the river floods the lower town.", ("Each March", "XXXX-03"), "each month"),
    ("Every May 1, workers march through the capital.", ("Every May 1", "XXXX-05-01"),
     "every day of the year"),
    ("The bar is crowded on Friday nights.", ("Friday nights", "XXXX-WXX-5TNI"),
     "a part of the day in the plural: every Friday night, not the coming one"),
    ("Sunday mornings are quiet in the old town.", ("Sunday mornings", "XXXX-WXX-7TMO"),
     "without 'on'"),
])
def test_a_recurring_day_or_month_is_a_set(text: str, expected: tuple[str, str],
                                           note: str) -> None:
    found = find_mentions(text, parse_dateline(TUE).when)
    assert [(m.text, m.type, m.value) for m in found] == [(expected[0], "SET", expected[1])]


def test_a_citys_time_carries_that_citys_offset() -> None:
    anchor = parse_dateline("Thursday, Nov. 28, 2024").when
    times = {m.text: m.time for m in find_mentions(
        "Bids close at 5pm New York time; trading resumes at 9am London time.", anchor)}
    assert times == {"5pm New York time": "17:00:00-05:00", "9am London time": "09:00:00+00:00"}


def test_other_spaces_are_spaces_and_offsets_hold() -> None:
    anchor = parse_dateline(TUE).when
    text = "Officials said on Tuesday\u2009that ferries would run from 1\u00a0June."
    found = [(m.text, m.value, text[m.start:m.end].translate({0xA0: " ", 0x2009: " "}))
             for m in find_mentions(text, anchor)]
    assert found == [("Tuesday", "2022-05-10", "Tuesday"), ("1 June", "2022-06-01", "1 June")]


def test_a_us_zone_by_its_name_gives_its_offset() -> None:
    anchor = parse_dateline("Nov. 6, 2024, 1:15 AM ET").when
    (m,) = find_mentions("Polls in Nevada close at 10 p.m. Pacific.", anchor)
    assert (m.text, m.time) == ("10 p.m. Pacific", "22:00:00-08:00")


def test_mentions_carry_first_last_precision_rule_and_anchor() -> None:
    anchor = parse_dateline(TUE).when
    (m,) = find_mentions("Exports fell last month.", anchor)
    assert (m.first, m.last, m.precision) == (date(2022, 4, 1), date(2022, 4, 30), "month")
    assert m.rule == "relunit"
    assert m.anchor == "2022-05-10T17:48:00+09:00"


def test_without_anchor_only_absolute_or_underspecified_values() -> None:
    found = mention("On Monday, in May and on March 3, 2023, yesterday", None)
    assert found == [("Monday", "XXXX-WXX-1", None), ("May", "XXXX-05", None),
                     ("March 3, 2023", "2023-03-03", None)]


def test_day_month_order_follows_the_settings() -> None:
    settings = DateSettings(date_order="DMY")
    found = mention("due 03/04/2022", TUE, settings)
    assert found == [("03/04/2022", "2022-04-03", None)]


@pytest.mark.parametrize(("text", "expected", "note"), [
    ("He was seen ten days before the shooting.", ("ten days", "P10D"),
     "before an event the sentence names"),
    ("Three days later, the port reopened.", ("Three days", "P3D"), "later, with no date before"),
    ("A few days after the vote, he quit.", ("A few days", "PXD"), "a vague count"),
    ("A year on from the flood, residents are still waiting.", ("A year", "P1Y"),
     "'on from' an event is 'after' it"),
])
def test_an_offset_from_an_event_is_a_duration(text: str, expected: tuple[str, str],
                                               note: str) -> None:
    anchor = parse_dateline(TUE).when
    assert [(m.text, m.value, m.type) for m in find_mentions(text, anchor)] == [
        (*expected, "DURATION")]


@pytest.mark.parametrize(("text", "expected", "note"), [
    ("The bonds would be redeemed in five years.", ("five years", "2027", "DATE"),
     "'in five years' in a future clause: that year"),
    ("The line will reopen in three weeks.", ("three weeks", "2022-W22", "DATE"),
     "'in three weeks': that week"),
    ("The bridge was built in three years.", ("three years", "P3Y", "DURATION"),
     "in a past clause 'in three years' is how long it took"),
    ("The repairs will take about two days.", ("about two days", "P2D", "DURATION"),
     "a length of time, not 'in'"),
    ("Analysts say the city will one day be the region's port.", ("one day", "FUTURE_REF",
                                                                 "DATE"),
     "'will one day': some day"),
    ("The strike lasted one day.", ("one day", "P1D", "DURATION"), "a day's length"),
    ("She hopes to one day lead the party.", ("one day", "FUTURE_REF", "DATE"),
     "'to one day lead': some day"),
    ("He voiced the hope he one day follow his father into office.",
     ("one day", "FUTURE_REF", "DATE"), "'one day' before a verb: some day"),
])
def test_in_so_many_units_ahead_is_a_date(text: str, expected: tuple[str, str, str],
                                           note: str) -> None:
    anchor = parse_dateline(TUE).when
    assert [(m.text, m.value, m.type) for m in find_mentions(text, anchor)] == [expected]


@pytest.mark.parametrize("text", [
    'He defended the plan on CBS\'s "60 Minutes" on Sunday.',
    "She told 48 Hours that the case was closed on Sunday.",
])
def test_a_programme_named_for_a_length_of_time_is_no_duration(text: str) -> None:
    anchor = parse_dateline(TUE).when
    assert [(m.text, m.type) for m in find_mentions(text, anchor)] == [("Sunday", "DATE")]


def test_a_clock_time_again_in_another_zone_in_parentheses_is_not_a_second_mention() -> None:
    found = mention("The quake struck at 3:42 a.m. (1942 GMT) near the coast.",
                    "06:30 PHT, Nov 17, 2024")
    assert found == [("3:42 a.m.", "2024-11-17T03:42", None)]


def test_durations_and_sets_are_typed_as_such() -> None:
    anchor = parse_dateline(TUE).when
    types = {m.text: (m.type, m.value) for m in find_mentions(
        "The siege lasted three weeks. Ministers meet every week. The market opens every "
        "Friday.", anchor)}
    assert types == {"three weeks": ("DURATION", "P3W"), "every week": ("SET", "P1W"),
                     "every Friday": ("SET", "XXXX-WXX-5")}


@pytest.mark.parametrize(("text", "expected", "note"), [
    ("The company lost money in nine of the past 10 quarters.",
     [("the past 10 quarters", "DURATION", "P10Q")], "quarters as a stretch"),
    ("Three quarters of voters agreed.", [], "a share is no time"),
    ("Rates have fallen in the last few months.", [("the last few months", "DATE", "PAST_REF")],
     "in the last few months: the recent past"),
    ("For the past few weeks we have waited.", [("the past few weeks", "DURATION", "PXW")],
     "for the past few weeks: the stretch"),
    ("Ten years on, the scars remain.", [("Ten years", "DURATION", "P10Y")],
     "'N years on' with no date before it: a stretch"),
    ("The minister said a decision would come within days.", [("days", "DURATION", "PXD")],
     "'within days': some days"),
    ("Troops will arrive within weeks or months.", [("weeks", "DURATION", "PXW")],
     "'within weeks'"),
    ("Sales rose 4% year to date, the company said.", [("year to date", "DATE", "2022")],
     "the year so far"),
    ("Shares have fallen 12% quarter-to-date.", [("quarter-to-date", "DATE", "2022-Q2")],
     "the quarter so far"),
    ("It was the busiest month to date.", [], "'the busiest month to date' is no date"),
])
def test_stretches_of_time_and_the_recent_past(text: str, expected: list[tuple[str, str, str]],
                                               note: str) -> None:
    found = find_mentions(text, parse_dateline(TUE).when)
    assert [(m.text, m.type, m.value) for m in found] == expected, note


@pytest.mark.parametrize(("text", "expected"), [
    ("Sales rose 8% in the 12 months to June.", ("the 12 months to June", "2020-07", "2021-06")),
    ("In the year to March 2024, profits rose.", ("the year to March 2024", "2023-04",
                                                  "2024-03")),
    ("Revenue will grow in the six months to December.", ("the six months to December",
                                                          "2022-07", "2022-12")),
    ("The 12 months through April were the warmest.", ("The 12 months through April",
                                                       "2021-05", "2022-04")),
])
def test_months_to_a_month_are_the_months_ending_with_it(
        text: str, expected: tuple[str, str, str]) -> None:
    (m,) = find_mentions(text, parse_dateline(TUE).when)
    assert (m.text, m.value, m.value_end) == expected


def test_the_year_through_a_day_is_the_year_so_far_not_months_to_the_month() -> None:
    found = [m.text for m in find_mentions("The fund fell 2% this year through Oct. 19.",
                                           parse_dateline(TUE).when)]
    assert found == ["this year", "Oct. 19"]


def test_the_year_ended_a_day_stays_a_period_and_its_end() -> None:
    found = [m.text for m in find_mentions("Profit in the year ended Sept. 30 fell.",
                                           parse_dateline(TUE).when)]
    assert "Sept. 30" in found and not any("ended" in text for text in found)


def test_the_past_decade_is_the_ten_years_to_now() -> None:
    anchor = parse_dateline(TUE).when
    found = {m.text: (m.type, m.value) for m in find_mentions(
        "Over the past decade, emissions fell. In the last decade, prices doubled.", anchor)}
    assert found == {"the past decade": ("DURATION", "P10Y"), "the last decade": ("DATE", "201")}


def test_mentions_are_sorted_and_do_not_overlap() -> None:
    text = "On Monday and by 5 p.m. EST Nov. 9, 1989, last week and the third quarter of 1990."
    found = find_mentions(text, parse_dateline(TUE).when)
    assert [m.text for m in found] == ["Monday", "5 p.m. EST Nov. 9, 1989", "last week",
                                       "the third quarter of 1990"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


@pytest.mark.parametrize(("text", "expected", "note"), [
    ("Output doubled between 2010 and 2015.",
     [("2010", "2010"), ("2015", "2015")], "between ... and: two TIMEX3s"),
    ("Japan's 1910-1945 occupation", [("1910", "1910"), ("1945", "1945")], "hyphenated years"),
    ("from March to May 2021 the river rose", [("March", "2021-03"), ("May 2021", "2021-05")],
     "month range"),
    ("The fair runs Sept. 5-7, 2021.", [("Sept. 5-7, 2021", "2021-09-05")],
     "a day range shares its month: one TIMEX3"),
    ("It rained on Monday.", [("Monday", "2022-05-09")], "not a range: as it is"),
    ("The summit is on April 24 and 25, 2023.",
     [("April 24", "2023-04-24"), ("25, 2023", "2023-04-25")], "two days: two TIMEX3s"),
    ("Heavy rain on 6 and 7 March 2023 flooded the valley.",
     [("6", "2023-03-06"), ("7 March 2023", "2023-03-07")], "two days, day first"),
])
def test_timeml_export_splits_a_range_at_its_written_ends(
        text: str, expected: list[tuple[str, str]], note: str) -> None:
    found = find_mentions(text, parse_dateline(TUE).when)
    rows = timex3(found)
    assert [(r["text"], r["value"]) for r in rows] == expected
    assert all(text[int(str(r["start"])):int(str(r["end"]))] == r["text"] for r in rows)
    assert all("value_end" not in r for r in rows)
