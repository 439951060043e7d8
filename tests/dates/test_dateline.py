"""Datelines as news sites print them, to aware datetimes in their own zone."""

from __future__ import annotations

import pytest

from timeline.dates import DateSettings, find_dateline, parse_dateline
from timeline.errors import DateError

PARSE_CASES = [
    # (text, default_year, expected ISO datetime, expected time_known, note)
    ("17:48 JST, May 10, 2022", None, "2022-05-10T17:48:00+09:00", True, "time zone then date"),
    ("Posted: 01:15 JST, Wednesday, June 15, 2022", None, "2022-06-15T01:15:00+09:00", True,
     "label and weekday"),
    ("Tue 14 Mar 2023 09.30 GMT", None, "2023-03-14T09:30:00+00:00", True,
     "day-month order, dotted time"),
    ("Sept. 30, 2024, 6:00 PM ET", None, "2024-09-30T18:00:00-04:00", True,
     "ET follows daylight saving time"),
    ("Jan. 12, 2024, 6:00 PM ET", None, "2024-01-12T18:00:00-05:00", True, "ET in winter"),
    ("Tue, 14 Mar 2023 09:30:00 +0000", None, "2023-03-14T09:30:00+00:00", True, "RFC 2822"),
    ("PARIS (AP) — Nov. 19, 2024", None, "2024-11-19T00:00:00+00:00", False,
     "a wire lead's place and agency before the date"),
    ("KYIV, Ukraine (Reuters) - Nov 19, 2024 10:15 GMT", None, "2024-11-19T10:15:00+00:00",
     True, "a place with its country"),
    ("2022-05-10T17:48:00+09:00", None, "2022-05-10T17:48:00+09:00", True, "ISO 8601"),
    ("2022-05-10", None, "2022-05-10T00:00:00+00:00", False, "ISO date only"),
    ("2021-11-03T08:15:00Z", None, "2021-11-03T08:15:00+00:00", True, "ISO with Z"),
    ("May 10, 2022", None, "2022-05-10T00:00:00+00:00", False, "date without time"),
    ("  March 3, 2023 ", None, "2023-03-03T00:00:00+00:00", False, "surrounding blanks"),
    ("Jan 3", 2023, "2023-01-03T00:00:00+00:00", False, "year from the caller"),
    ("10 mai 2022 17h48", None, "2022-05-10T17:48:00+00:00", True, "French, via dateparser"),
    ("Dienstag, 10. Mai 2022", None, "2022-05-10T00:00:00+00:00", False,
     "German, via dateparser"),
    ("08:05 KST, Oct. 2, 2023", None, "2023-10-02T08:05:00+09:00", True, "Korean time"),
    ("Posted : 2023-10-02 08:05", None, "2023-10-02T08:05:00+00:00", True,
     "a label with a space before its colon, an ISO day and a clock"),
    ("2023年10月2日 8時05分", None, "2023-10-02T08:05:00+00:00", True,
     "Japanese, in the project's zone"),
    ("2023年10月2日(月) 午後8時05分", None, "2023-10-02T20:05:00+00:00", True,
     "Japanese with the weekday and the afternoon"),
    ("2023년 10월 2일 오후 8:05", None, "2023-10-02T20:05:00+00:00", True, "Korean"),
    ("2023年10月2日", None, "2023-10-02T00:00:00+00:00", False, "a CJK day without a time"),
    ("Published : Oct. 2, 2023 - 08:05 Updated : Oct. 2, 2023 - 09:40", None,
     "2023-10-02T08:05:00+00:00", True, "published and updated on one line: the published"),
    ("Updated Oct. 2, 2023 at 9:40 a.m. EDT|Published Oct. 2, 2023 at 8:05 a.m. EDT", None,
     "2023-10-02T08:05:00-04:00", True, "the published time, wherever it stands"),
    ("Tue 14 Mar 2023 09.30 GMT Last modified on Tue 14 Mar 2023 11.05 GMT", None,
     "2023-03-14T09:30:00+00:00", True, "'Last modified' after the time: the first"),
    ("April 9, 2024 2:41 PM GMT+2 Updated 2 hours ago", None, "2024-04-09T14:41:00+02:00",
     True, "an update time relative to the reader's clock is left out"),
    ("02.10.2023 08:05", None, "2023-10-02T08:05:00+00:00", True, "a dotted day first"),
    ("02.10.2023, 08:05 Uhr", None, "2023-10-02T08:05:00+00:00", True,
     "German 'Uhr' after the clock"),
    ("October 2, 2023 / 8:05 AM / CBS News", None, "2023-10-02T08:05:00+00:00", True,
     "the outlet's name after a slash"),
    ("Oct. 2, 2023 | Reuters", None, "2023-10-02T00:00:00+00:00", False,
     "the outlet's name after a bar"),
    ("Oct. 2, 2023 • 8:05 AM", None, "2023-10-02T08:05:00+00:00", True, "a bullet between"),
    ("Mon 02 Oct 2023 // 08:05", None, "2023-10-02T08:05:00+00:00", True, "two slashes"),
    ("Published: 2 Oct 2023 08:05 (GMT+9)", None, "2023-10-02T08:05:00+09:00", True,
     "an offset from GMT in parentheses"),
    ("2 October 2023 • 3 min read", None, "2023-10-02T00:00:00+00:00", False,
     "a reading time after the date"),
    ("Oct. 2, 2023 | 4 min read", None, "2023-10-02T00:00:00+00:00", False,
     "a reading time after a bar"),
    ("11:20 PM EST, Feb 1, 2024", None, "2024-02-01T23:20:00-05:00", True,
     "EST is a fixed offset"),
    ("Sun 8 Nov 2020 22.41 AEST", None, "2020-11-08T22:41:00+10:00", True,
     "AEST is +10:00, and 22 is one hour, not 2"),
    ("22:41 AEDT, 8 November 2020", None, "2020-11-08T22:41:00+11:00", True, "AEDT"),
    ("Sat 4 Mar 2023 19.05 ACDT", None, "2023-03-04T19:05:00+10:30", True, "ACDT"),
    ("Sat 4 Mar 2023 19.05 AWST", None, "2023-03-04T19:05:00+08:00", True, "AWST"),
    ("Fri 7 Jul 2023 06.00 NZST", None, "2023-07-07T06:00:00+12:00", True, "NZST"),
    ("Fri 7 Jul 2023 06.00 NZDT", None, "2023-07-07T06:00:00+13:00", True,
     "a daylight abbreviation says its own offset whatever the date"),
    ("Jul 4, 2023 10:00 CEST", None, "2023-07-04T10:00:00+02:00", True, "CEST"),
    ("Jan 4, 2023 10:00 EET", None, "2023-01-04T10:00:00+02:00", True, "EET"),
    ("Jul 4, 2023 10:00 WEST", None, "2023-07-04T10:00:00+01:00", True, "WEST"),
    ("09:15 HKT, June 1, 2023", None, "2023-06-01T09:15:00+08:00", True, "Hong Kong"),
    ("09:15 WITA, June 1, 2023", None, "2023-06-01T09:15:00+08:00", True,
     "central Indonesia (not WIT)"),
    ("09:15 WIT, June 1, 2023", None, "2023-06-01T09:15:00+09:00", True, "eastern Indonesia"),
    ("09:15 NPT, June 1, 2023", None, "2023-06-01T09:15:00+05:45", True, "Nepal"),
    ("09:15 MSK, June 1, 2012", None, "2012-06-01T09:15:00+04:00", True,
     "Moscow time follows the history of its zone"),
    ("June 1, 2023, 9:15 AM PT", None, "2023-06-01T09:15:00-07:00", True, "PT in summer"),
    ("Dec. 1, 2023, 9:15 AM PT", None, "2023-12-01T09:15:00-08:00", True, "PT in winter"),
    ("June 1, 2023, 9:15 AM MT", None, "2023-06-01T09:15:00-06:00", True, "MT"),
    ("June 1, 2023, 9:15 AM CT", None, "2023-06-01T09:15:00-05:00", True, "CT"),
    ("June 1, 2023, 9:15 AM AKDT", None, "2023-06-01T09:15:00-08:00", True, "Alaska"),
    ("June 1, 2023, 9:15 AM HST", None, "2023-06-01T09:15:00-10:00", True, "Hawaii"),
    ("June 1, 2023, 9:15 AM ART", None, "2023-06-01T09:15:00-03:00", True, "Argentina"),
    ("June 1, 2023, 9:15 AM CLT", None, "2023-06-01T09:15:00-04:00", True, "Chile"),
    ("June 1, 2023, 9:15 AM COT", None, "2023-06-01T09:15:00-05:00", True, "Colombia"),
    ("June 1, 2023, 9:15 AM VET", None, "2023-06-01T09:15:00-04:00", True, "Venezuela"),
    ("June 1, 2023, 9:15 AM SAST", None, "2023-06-01T09:15:00+02:00", True, "South Africa"),
    ("June 1, 2023, 9:15 AM WAT", None, "2023-06-01T09:15:00+01:00", True, "West Africa"),
]


@pytest.mark.parametrize(("text", "default_year", "expected", "expected_time", "note"),
                         PARSE_CASES)
def test_parse_dateline(text: str, default_year: int | None, expected: str,
                        expected_time: bool, note: str) -> None:
    found = parse_dateline(text, default_year=default_year)
    assert found.when.isoformat() == expected
    assert found.time_known is expected_time
    assert found.warnings == ()


def test_dateline_span_is_the_dateline_as_printed() -> None:
    found = parse_dateline("  17:48 JST, May 10, 2022\n")
    assert (found.text, found.start, found.end) == ("17:48 JST, May 10, 2022", 2, 25)


def test_zone_of_the_project_for_datelines_without_one() -> None:
    found = parse_dateline("May 10, 2022", DateSettings(timezone="Asia/Tokyo"))
    assert found.when.isoformat() == "2022-05-10T00:00:00+09:00"


def test_ambiguous_abbreviation_is_read_with_a_warning() -> None:
    found = parse_dateline("09:00 IST, Jan 5, 2021")
    assert found.when.isoformat() == "2021-01-05T09:00:00+05:30"
    assert len(found.warnings) == 1
    assert "IST" in found.warnings[0] and "timezones:" in found.warnings[0]


@pytest.mark.parametrize(("project", "dateline", "expected"), [
    ("Europe/London", "Mon 3 Jul 2023 08.00 BST", "2023-07-03T08:00:00+01:00"),
    ("Asia/Dhaka", "Mon 3 Jul 2023 08.00 BST", "2023-07-03T08:00:00+06:00"),
    ("Asia/Shanghai", "10:00 CST, Jan 5, 2021", "2021-01-05T10:00:00+08:00"),
])
def test_an_ambiguous_abbreviation_means_the_projects_zone_when_it_is_one_of_its_places(
        project: str, dateline: str, expected: str) -> None:
    found = parse_dateline(dateline, DateSettings(timezone=project))
    assert found.when.isoformat() == expected
    assert found.warnings == ()


def test_configured_abbreviation_wins_and_is_not_warned_about() -> None:
    settings = DateSettings(timezones={"IST": "Europe/Dublin"})
    found = parse_dateline("09:00 IST, Jul 5, 2021", settings)
    assert found.when.isoformat() == "2021-07-05T09:00:00+01:00"
    assert found.warnings == ()


@pytest.mark.parametrize(("text", "expected", "expected_warning", "note"), [
    ("Mon 3 Jul 2023 08.00 BST", "2023-07-03T08:00:00+01:00", "BST", "British Summer Time"),
    ("10:00 CST, Jan 5, 2021", "2021-01-05T10:00:00-06:00", "CST", "US Central"),
    ("10:00 AST, Jan 5, 2021", "2021-01-05T10:00:00-04:00", "AST", "Atlantic"),
    ("10:00 GST, Jan 5, 2021", "2021-01-05T10:00:00+04:00", "GST", "Gulf"),
    ("Sun 8 Nov 2020 22.41 XYZT", "2020-11-08T22:41:00+00:00", "unknown zone abbreviation XYZT",
     "an unknown abbreviation is read in the project's zone, and named"),
])
def test_zones_read_with_a_warning(text: str, expected: str, expected_warning: str,
                                   note: str) -> None:
    found = parse_dateline(text)
    assert found.when.isoformat() == expected
    assert len(found.warnings) == 1 and expected_warning in found.warnings[0]


def test_unknown_abbreviation_falls_back_to_the_project_zone() -> None:
    found = parse_dateline("Sun 8 Nov 2020 22.41 XYZT", DateSettings(timezone="Asia/Tokyo"))
    assert found.when.isoformat() == "2020-11-08T22:41:00+09:00"
    assert "XYZT" in found.warnings[0] and "Asia/Tokyo" in found.warnings[0]


def test_english_datelines_never_reach_dateparser(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("dateparser was asked")

    monkeypatch.setattr("timeline.dates.dateline._dateparser", refuse)
    for text, default_year, expected, _, _ in PARSE_CASES:
        if text.startswith(("10 mai", "Dienstag")):
            continue
        assert parse_dateline(text, default_year=default_year).when.isoformat() == expected
    with pytest.raises(DateError, match="could not read 'Tokyo time'"):
        parse_dateline("May 10, 2022 17:48 Tokyo time")


def test_weekday_that_disagrees_with_the_date_is_warned_about() -> None:
    found = parse_dateline("Posted: 01:15 JST, Tuesday, June 15, 2022")
    assert found.when.isoformat() == "2022-06-15T01:15:00+09:00"
    assert found.warnings == ("the dateline says Tuesday but 2022-06-15 is a Wednesday",)


@pytest.mark.parametrize(("text", "expected_message", "note"), [
    ("", "expected a dateline such as", "empty"),
    ("Finland says Estonia wants talks", "expected a dateline such as", "a headline"),
    ("Jan 3", "has no year", "no year and none given"),
    ("Feb 30, 2022", "names no real day", "impossible day"),
    ("2022年2月30日", "names no real day", "impossible day, Japanese"),
    ("13/05/2022", r"names no real day .* date_order in timeline.yaml \(now MDY\)",
     "a day-first date read month first says which setting decides"),
])
def test_parse_dateline_errors(text: str, expected_message: str, note: str) -> None:
    with pytest.raises(DateError, match=expected_message):
        parse_dateline(text)


FIND_CASES = [
    # (text, default_year, expected date text, expected ISO, note)
    ("WASHINGTON, March 3, 2023 (Reuters) - The Treasury said", None, "March 3, 2023",
     "2023-03-03T00:00:00+00:00", "wire lead"),
    ("LONDON, Jan 3 (Reuters) - Shares fell", 2023, "Jan 3", "2023-01-03T00:00:00+00:00",
     "wire lead without year"),
    ("SANTIAGO, Chile, Aug. 9, 2021 (AP) _ Officials", None, "Aug. 9, 2021",
     "2021-08-09T00:00:00+00:00", "city and country"),
    ("May 4, 2020 - The port reopened", None, "May 4, 2020", "2020-05-04T00:00:00+00:00",
     "date first"),
]


@pytest.mark.parametrize(("text", "default_year", "expected_text", "expected", "note"),
                         FIND_CASES)
def test_find_dateline(text: str, default_year: int | None, expected_text: str, expected: str,
                       note: str) -> None:
    found = find_dateline(text, default_year=default_year)
    assert found is not None
    assert found.text == expected_text
    assert text[found.start:found.end] == expected_text
    assert found.when.isoformat() == expected


@pytest.mark.parametrize(("text", "note"), [
    ("TOKYO (Reuters) – Japan and South Korea agreed", "a lead without a date"),
    ("The talks resumed on May 4, 2020 in Geneva.", "a date inside a sentence"),
    ("LONDON, Jan 3 (Reuters) -", "no year to be had"),
])
def test_find_dateline_none(text: str, note: str) -> None:
    assert find_dateline(text) is None


NEWS_ZONES = [
    "AEST", "AEDT", "ACST", "ACDT", "AWST", "NZST", "NZDT", "HKT", "SGT", "PHT", "WIB", "WITA",
    "WIT", "ICT", "KST", "JST", "PKT", "NPT", "MSK", "EET", "EEST", "CET", "CEST", "WET", "WEST",
    "GMT", "UTC", "Z", "BST", "IST", "CST", "AST", "GST", "EST", "EDT", "CDT", "MST", "MDT",
    "PST", "PDT", "AKST", "AKDT", "HST", "ART", "BRT", "CLT", "COT", "PET", "VET", "SAST", "EAT",
    "WAT", "CAT", "ET", "CT", "MT", "PT",
]


@pytest.mark.parametrize("abbr", NEWS_ZONES)
def test_zone_table_covers_the_abbreviations_news_sites_print(abbr: str) -> None:
    found = parse_dateline(f"June 1, 2023, 9:15 AM {abbr}")
    assert not any("unknown" in w for w in found.warnings)
    assert (found.warnings != ()) == (abbr in ("BST", "IST", "CST", "AST", "GST"))
