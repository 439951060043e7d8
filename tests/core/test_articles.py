"""Reading clippings and Markdown articles into Articles."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from timeline.articles import read_article, read_articles
from timeline.config import load_project
from timeline.dates import DateSettings
from timeline.errors import ArticleError

FIXTURES = Path(__file__).parent / "fixtures"
SETTINGS = DateSettings()
EET = timezone(timedelta(hours=2))


def read(tmp_path: Path, name: str, text: str | bytes):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return read_article(path, f"content/articles/{name}", SETTINGS)


def test_seed_shaped_clipping() -> None:
    article, warnings = read_article(FIXTURES / "energy-ties.txt", "energy-ties.txt", SETTINGS)
    assert article.title == "Finland says Estonia keen to deepen energy ties"
    assert article.dateline == "17:05 EET, March 14, 2023"
    assert article.published == datetime(2023, 3, 14, 17, 5, tzinfo=EET)
    assert article.published.utcoffset() == timedelta(hours=2)
    assert (article.place, article.agency) == ("HELSINKI", "Reuters")
    assert len(article.paragraphs) == 7
    assert article.paragraphs[0].text.startswith("HELSINKI (Reuters) – Finland will help Estonia")
    assert article.paragraphs[-1].text.startswith("On Monday, Mark Holloway")
    assert "Heatwave" not in article.text
    assert '"Europe" POPULAR ARTICLE' in article.dropped
    assert len(article.digest) == 64
    assert warnings == []


def test_paragraph_offsets_index_the_text() -> None:
    article, _ = read_article(FIXTURES / "energy-ties.txt", "energy-ties.txt", SETTINGS)
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start:paragraph.end] == paragraph.text
    assert article.paragraphs[1].line == 4


def test_byline_between_headline_and_dateline(tmp_path: Path) -> None:
    article, _ = read(tmp_path, "a.txt",
                      "Port strike ends\nBy Ana Silva\n09:30 GMT, June 3, 2021\n"
                      "LISBON (AFP) – Dockers went back to work on Thursday.\n")
    assert article.published == datetime(2021, 6, 3, 9, 30, tzinfo=UTC)
    assert [p.text for p in article.paragraphs] == [
        "LISBON (AFP) – Dockers went back to work on Thursday."]
    assert article.author == "Ana Silva"


def test_byline_after_the_dateline_is_not_a_paragraph(tmp_path: Path) -> None:
    article, _ = read(tmp_path, "a2.txt",
                      "Port strike ends\nPosted: 09:10 GMT, Monday, September 30, 2024\n"
                      "By Lena Marsh and Ken Ito\n"
                      "LISBON (AFP) – Dockers went back to work on Monday.\n")
    assert article.author == "Lena Marsh and Ken Ito"
    assert [p.text for p in article.paragraphs] == [
        "LISBON (AFP) – Dockers went back to work on Monday."]


def test_wire_lead_carries_the_date(tmp_path: Path) -> None:
    article, _ = read(tmp_path, "b.txt",
                      "Senate passes budget\n"
                      "WASHINGTON, March 3, 2023 (Reuters) - The Senate passed the budget on "
                      "Friday.\n")
    assert article.published.date().isoformat() == "2023-03-03"
    assert not article.time_known
    assert (article.place, article.agency) == ("WASHINGTON", "Reuters")


@pytest.mark.parametrize("mark", ["UPDATE 2-", "EXCLUSIVE-", "RPT-UPDATE 1-", "WRAPUP 3-"])
def test_a_wire_services_mark_leaves_the_headline(tmp_path: Path, mark: str) -> None:
    article, _ = read(tmp_path, "b.txt",
                      f"{mark}Strong quake hits southern islands\n"
                      "MANILA, Nov 17, 2024 (Reuters) - A strong earthquake struck on Sunday.\n")
    assert article.title == "Strong quake hits southern islands"


@pytest.mark.parametrize("byline", ["By THE ASSOCIATED PRESS", "By Staff Reporter",
                                    "By Reuters", "By Our Correspondent"])
def test_a_byline_naming_an_agency_or_desk_names_no_author(tmp_path: Path, byline: str) -> None:
    article, _ = read(tmp_path, "b.txt", f"Court halts exports\n{byline}\n"
                      "THE HAGUE, April 9, 2024 (AP) — A court halted exports on Tuesday.\n")
    assert article.author is None


def test_an_update_note_before_the_lead_leaves_the_wire_lead_first(tmp_path: Path) -> None:
    article, _ = read(tmp_path, "b.txt",
                      "UPDATE 3-Court halts exports\nApril 9, 2024 2:41 PM GMT+2 Updated 2 hours "
                      "ago\n(Adds government reaction in paragraphs 5-6)\nTHE HAGUE, April 9 "
                      "(Reuters) - A court halted exports on Tuesday.\n")
    assert (article.title, article.place, article.agency) == (
        "Court halts exports", "THE HAGUE", "Reuters")
    assert article.published.isoformat() == "2024-04-09T14:41:00+02:00"
    assert article.paragraphs[0].text.startswith("THE HAGUE, April 9 (Reuters)")


def test_a_clipping_with_a_bom_crlf_and_no_break_spaces(tmp_path: Path) -> None:
    article, _ = read(tmp_path, "f.txt", "\ufeffFerry resumes\r\n\r\n10:15\u00a0GMT,\u00a0March"
                      "\u00a03,\u00a02024\r\n\r\nOfficials said on Tuesday\u2009that it runs.\r\n")
    assert article.title == "Ferry resumes"
    assert article.published.isoformat() == "2024-03-03T10:15:00+00:00"
    assert [p.text for p in article.paragraphs] == ["Officials said on Tuesday that it runs."]


def test_hard_wrapped_lines_are_joined(tmp_path: Path) -> None:
    article, _ = read(tmp_path, "c.txt",
                      "Floods recede\n08:00 GMT, July 1, 2021\nThe river fell overnight and\n"
                      "roads reopened on Wednesday.\nSchools stay shut.\n")
    assert [p.text for p in article.paragraphs] == [
        "The river fell overnight and roads reopened on Wednesday.", "Schools stay shut."]


def test_markdown_with_front_matter(tmp_path: Path) -> None:
    article, _ = read(tmp_path, "d.md", """---
title: Ferries fill the gap
date: 2024-03-12T14:40:00+00:00
url: https://example.org/ferries
source: Coastal Times
tags: [transport, ferries]
---
The bridge was closed on **Monday** after [inspectors](https://example.org/i) found
cracks in two supports.

- Extra ferries run from Wednesday.

## Reaction

"We have not seen queues like this," a captain said.
""")
    assert article.title == "Ferries fill the gap"
    assert article.published == datetime(2024, 3, 12, 14, 40, tzinfo=UTC)
    assert (article.url, article.source) == ("https://example.org/ferries", "Coastal Times")
    assert article.tags == ("transport", "ferries")
    assert [p.text for p in article.paragraphs] == [
        "The bridge was closed on Monday after inspectors found cracks in two supports.",
        "Extra ferries run from Wednesday.",
        '"We have not seen queues like this," a captain said.',
    ]
    assert article.paragraphs[0].line == 8


def test_markdown_dateline_string_and_date_only(tmp_path: Path) -> None:
    article, _ = read(tmp_path, "e.md",
                      '---\ntitle: T\ndateline: "17:48 JST, May 10, 2022"\n---\nBody text.\n')
    assert article.published.isoformat() == "2022-05-10T17:48:00+09:00"
    article, _ = read(tmp_path, "f.md", "---\ntitle: T\ndate: 2022-05-10\n---\nBody text.\n")
    assert article.published.date().isoformat() == "2022-05-10"
    assert not article.time_known


@pytest.mark.parametrize(
    ("name", "text", "line", "expected"),
    [
        ("empty.txt", "\n\n", 1, "the file is empty"),
        ("nodate.txt", "Headline\nJust a body with no date.\n", 2, "no usable dateline"),
        ("dayfirst.txt", "Headline\nBy Ana Ruiz\n13/05/2022 17:48\n\nBody.\n", 3,
         "no usable dateline: the dateline '13/05/2022 17:48' names no real day (month must "
         "be in 1..12); numeric dates are read as set by date_order in timeline.yaml"),
        ("nofront.md", "---\ntitle: T\n", 1, "front matter is not closed"),
        ("badyaml.md", "---\ntitle: [T\ndate: 2022-05-10\n---\nx\n", 3, "YAML error"),
        ("nodate.md", "---\ntitle: T\n---\nx\n", 1, "no date"),
        ("notitle.md", "---\ndate: 2022-05-10\n---\nx\n", 1, "no title"),
    ],
)
def test_bad_articles_name_file_line_and_what_was_expected(
        tmp_path: Path, name: str, text: str, line: int, expected: str) -> None:
    with pytest.raises(ArticleError) as caught:
        read(tmp_path, name, text)
    (problem,) = caught.value.problems
    assert problem.path == f"content/articles/{name}"
    assert problem.line == line
    assert expected in problem.message


def test_not_utf8_is_read_with_a_warning(tmp_path: Path) -> None:
    text = "Caf\xe9 reopens\n08:00 GMT, July 1, 2021\nThe caf\xe9 reopened on Thursday.\n"
    article, warnings = read(tmp_path, "latin.txt", text.encode("cp1252"))
    assert article.title == "Café reopens"
    assert [w.line for w in warnings] == [1]


def articles_folder(root: Path) -> Path:
    """A project at ``root`` with one good clipping, 2021/good.txt; its articles folder."""
    (root / "timeline.yaml").write_text("title: T\n")
    folder = root / "content" / "articles"
    (folder / "2021").mkdir(parents=True)
    (folder / "2021" / "good.txt").write_text(
        "Floods recede\n08:00 GMT, July 1, 2021\nRoads reopened on Wednesday.\n")
    return folder


def test_one_broken_article_does_not_stop_the_others(tmp_path: Path) -> None:
    folder = articles_folder(tmp_path)
    (folder / "bad.txt").write_text("No date here\nNothing at all.\n")
    (folder / "README.md").write_text("# Notes about these clippings\n")
    (folder / ".hidden.txt").write_text("x\n")
    result = read_articles(load_project(tmp_path))
    assert [a.path for a in result.articles] == ["content/articles/2021/good.txt"]
    assert [p.path for p in result.problems] == ["content/articles/bad.txt"]


def test_a_page_saved_as_html_or_a_document_is_named_as_not_read(tmp_path: Path) -> None:
    from timeline.build import build

    folder = articles_folder(tmp_path)
    (folder / "2021" / "floods.html").write_text("<html><p>Roads reopened.</p></html>\n")
    (folder / "notes.docx").write_bytes(b"PK")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8")
    (folder / ".saved.html").write_text("x\n")
    expected = [("content/articles/2021/floods.html", "save the page as text"),
                ("content/articles/notes.docx", "save the document as text")]
    for warnings in (read_articles(load_project(tmp_path)).warnings,
                     build(load_project(tmp_path)).warnings):
        found = [(w.path, w.message) for w in warnings if "not read" in w.message]
        assert [(path, message.rsplit("; ", 1)[-1]) for path, message in found] == expected


def test_lines_between_dateline_and_story_are_not_paragraphs(tmp_path: Path) -> None:
    article, _ = read(tmp_path, "d.txt", (
        "Port workers end strike after pay deal\n"
        "Updated 14:05 GMT, Thursday, 7 March 2024\n"
        "Share\nSave\nBy Maria Lund\nBusiness reporter\n"
        "Dock workers returned to work on Thursday after unions accepted a\n"
        "6% pay rise.\n"))
    assert article.author == "Maria Lund"
    assert [(p.line, p.text) for p in article.paragraphs] == [
        (7, "Dock workers returned to work on Thursday after unions accepted a 6% pay rise.")]
    assert article.dropped[:3] == ("Share", "Save", "Business reporter")


@pytest.mark.parametrize("update", [
    "Last modified on Thu 7 Mar 2024 16.40 GMT",
    "Updated: 16:40 GMT, March 7, 2024",
])
def test_an_update_time_under_the_dateline_is_not_the_lead(tmp_path: Path, update: str) -> None:
    article, _ = read(tmp_path, "u.txt", (
        "Port workers end strike after pay deal\nThu 7 Mar 2024 09.30 GMT\n" + update + "\n\n"
        "Dock workers returned to work on Thursday after unions accepted a 6% pay rise.\n"))
    assert article.published.isoformat() == "2024-03-07T09:30:00+00:00"
    assert [p.text for p in article.paragraphs] == [
        "Dock workers returned to work on Thursday after unions accepted a 6% pay rise."]
    assert article.dropped == (update,)


def test_the_papers_name_under_the_dateline_leaves_the_place_lead_first(tmp_path: Path) -> None:
    article, _ = read(tmp_path, "e.txt", (
        "Typhoon batters southern islands\n19:20 JST, October 5, 2023\nThe Harbour Gazette\n"
        "NAHA — The typhoon lashed the islands on Thursday, the prefecture said.\n"))
    assert article.place == "NAHA"
    assert [p.text for p in article.paragraphs] == [
        "NAHA — The typhoon lashed the islands on Thursday, the prefecture said."]
    assert article.dropped == ("The Harbour Gazette",)


def test_a_byline_and_a_dateline_on_one_line(tmp_path: Path) -> None:
    article, _ = read(tmp_path, "f.txt", (
        "City council approves new bus routes\nBy Lena Marsh | May 10, 2022\n"
        "The council approved three new bus routes on Monday.\n"))
    assert (article.author, article.dateline) == ("Lena Marsh", "May 10, 2022")
    assert [p.text for p in article.paragraphs] == [
        "The council approved three new bus routes on Monday."]


def test_a_wire_story_in_capitals_wrapped_mid_phrase_with_credits(tmp_path: Path) -> None:
    article, _ = read(tmp_path, "g.txt", (
        "Floods force thousands from homes\n"
        "By MARTA KOVAC Associated Press\n"
        "May 17, 2023, 4:12 PM\n"
        "SPLIT, Croatia (AP) — Floodwaters forced 10,000 people from their homes in\n"
        "Croatia's Dalmatia region on Wednesday, officials said.\n"
        "___\n"
        "Associated Press writer Ivo Babic in Zagreb contributed to this report.\n"
        "Reporting by Ana Horvat; Editing by Tom Reid\n"))
    assert article.author == "Marta Kovac"
    assert [p.text for p in article.paragraphs] == [
        "SPLIT, Croatia (AP) — Floodwaters forced 10,000 people from their homes in Croatia's "
        "Dalmatia region on Wednesday, officials said."]
    assert article.dropped == (
        "___", "Associated Press writer Ivo Babic in Zagreb contributed to this report.",
        "Reporting by Ana Horvat; Editing by Tom Reid")


@pytest.mark.parametrize("key", ["published", "publishDate", "pubDate", "published_at",
                                 "datePublished"])
def test_front_matter_date_keys_of_other_tools(tmp_path: Path, key: str) -> None:
    article, _ = read(tmp_path, "h.md", f"---\ntitle: Ferries resume\n{key}: 2024-03-07 14:05\n"
                                        "---\nFerries resumed on Thursday.\n")
    assert article.published.isoformat() == "2024-03-07T14:05:00+00:00"


def test_front_matter_without_a_date_names_the_keys_read(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match=r"no date: .*also read: published, publishDate"):
        read(tmp_path, "i.md", "---\ntitle: Ferries resume\n---\nFerries resumed.\n")


@pytest.mark.parametrize("name", ["2023-05-12-floods.txt", "2023/05/12/floods.txt",
                                  "20230512_floods.md"])
def test_an_undated_article_takes_the_day_its_file_name_gives(tmp_path: Path, name: str) -> None:
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    body = ("Floods kill dozens\nNairobi (AFP) - Floods killed 40 people on Friday.\n"
            if name.endswith(".txt") else "---\ntitle: Floods kill dozens\n---\n"
            "Floods killed 40 people on Friday.\n")
    article, warnings = read(tmp_path, name, body)
    assert article.published.isoformat() == "2023-05-12T00:00:00+00:00"
    assert not article.time_known
    missing = "dateline after the headline" if name.endswith(".txt") else "date in the front matter"
    assert [w.message for w in warnings] == [f"no {missing}; dated 2023-05-12 by the file name"]


def test_a_dateline_line_with_a_wire_place_gives_the_place_and_agency(tmp_path: Path) -> None:
    article, _ = read(tmp_path, "w.txt", "Port strike ends\nPARIS (AP) — Nov. 19, 2024\n\n"
                      "Dock workers went back to work on Tuesday.\n")
    assert article.published.date().isoformat() == "2024-11-19"
    assert (article.place, article.agency) == ("PARIS", "AP")
    assert [p.text for p in article.paragraphs] == ["Dock workers went back to work on Tuesday."]


def test_an_impossible_day_in_a_file_name_dates_nothing(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no usable dateline"):
        read(tmp_path, "2023-02-30-floods.txt", "Floods kill dozens\nFloods killed 40 people.\n")


def test_a_byline_at_the_foot_is_the_author(tmp_path: Path) -> None:
    article, _ = read(tmp_path, "j.txt", (
        "Envoys meet in Seoul\nPublished: 10 May. 2022, 17:48\nUpdated: 10 May. 2022, 19:02\n"
        "The envoys met on Tuesday.\nThey will meet again in June.\n"
        "BY MINA SEO [mina.seo@example.com]\n"))
    assert article.author == "Mina Seo"
    assert [p.text for p in article.paragraphs] == [
        "The envoys met on Tuesday.", "They will meet again in June."]
    assert article.dropped == ("Updated: 10 May. 2022, 19:02",
                               "BY MINA SEO [mina.seo@example.com]")


def test_by_and_a_date_at_the_foot_is_a_sentence(tmp_path: Path) -> None:
    article, _ = read(tmp_path, "k.txt", (
        "Floods recede\n08:00 GMT, July 1, 2021\nThe river fell.\nBy Friday Roads Reopened\n"))
    assert article.author is None
    assert [p.text for p in article.paragraphs][-1] == "By Friday Roads Reopened"
