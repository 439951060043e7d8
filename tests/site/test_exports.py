"""Feeds and exports open in the programs they are for."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest

from timeline.config import Project
from timeline.model import Article, Event
from timeline.render import render_site

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def site(project: Project, events: list[Event], articles: list[Article]) -> dict[str, bytes]:
    return render_site(project, events, articles)


def test_atom_feed_is_valid_xml_with_absolute_links(site: dict[str, bytes]) -> None:
    feed = ET.fromstring(site["feed.xml"])
    entries = feed.findall(f"{ATOM}entry")
    assert 0 < len(entries) <= 50
    # Newest reports first: both royalty events come from the article of 17 May 2023.
    titles = [e.findtext(f"{ATOM}title") for e in entries]
    assert titles[:2] == ["January 2024: Copper royalty takes effect",
                          "17 May 2023, 17:05 CLT: Senate passes copper royalty"]
    entry = entries[1]
    link = entry.find(f"{ATOM}link")
    assert link is not None
    assert link.get("href") == "https://example.github.io/tl/events/royalty-passes/"
    content = entry.findtext(f"{ATOM}content") or ""
    assert '<a href="https://example.org/bill">the bill</a>' in content
    assert "<script>" not in content
    assert feed.findtext(f"{ATOM}updated") == "2023-05-17T22:40:00Z"


def test_icalendar_has_the_dated_events(site: dict[str, bytes]) -> None:
    text = site["events.ics"].decode()
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    unfolded = text.replace("\r\n ", "")
    assert "UID:strike-ends@timeline\r\nDTSTAMP:" in unfolded
    assert "DTSTART:20230302T223000Z" in unfolded  # 18:30 at -04:00
    assert "DTSTART;VALUE=DATE:20230212\r\nDTEND;VALUE=DATE:20230303" in unfolded  # the strike
    assert "UID:royalty-talks@timeline" not in unfolded  # a month is no calendar date
    assert "SUMMARY:Copper rises 2% in London" in unfolded
    assert unfolded.count("BEGIN:VEVENT") == unfolded.count("END:VEVENT") == 26


def test_csv_has_a_row_per_event(site: dict[str, bytes], events: list[Event]) -> None:
    rows = list(csv.DictReader(io.StringIO(site["events.csv"].decode())))
    assert len(rows) == len([e for e in events if not e.hidden])
    strike = next(r for r in rows if r["id"] == "strike-ends")
    assert strike["tags"] == "chile;mining;labour" and strike["sources"] == "2"
    assert strike["time"] == "18:30:00-04:00"


def test_csv_cells_never_run_as_formulas(project: Project, articles: list[Article]) -> None:
    from site_sample import event
    text = render_site(project, [event("f", "2023-01-01", "=HYPERLINK(1)")], articles)
    assert "'=HYPERLINK(1)" in text["events.csv"].decode()


def test_timelinejs_json_has_events_with_dates_at_their_precision(
        site: dict[str, bytes]) -> None:
    doc = json.loads(site["timelinejs.json"])
    assert doc["title"]["text"]["headline"] == "Copper & Drought"
    by_id = {e["unique_id"]: e for e in doc["events"]}
    assert by_id["strike-ends"]["start_date"] == {
        "year": 2023, "month": 3, "day": 2, "hour": 18, "minute": 30,
        "display_date": "2 March 2023, 18:30 CLT"}
    assert by_id["royalty-in-force"]["start_date"] == {"year": 2024, "month": 1,
                                                       "display_date": "January 2024"}
    assert by_id["state-mine"]["end_date"] == {"year": 1989}
    assert by_id["strike-ends"]["group"] == "chile"
    assert "Sources:" in by_id["strike-ends"]["text"]["text"]
