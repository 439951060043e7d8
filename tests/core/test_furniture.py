"""Page furniture is dropped; the article's own paragraphs are kept."""

from __future__ import annotations

import pytest

from timeline.furniture import is_block_label, is_headline_like, split_furniture

BODY = [
    "OSLO (Reuters) – Norway and Iceland agreed on Thursday to share the mackerel quota, "
    "the fisheries minister said.",
    "The dispute dates back to the 2009-2014 mackerel war.",
    "“We have found a fair balance,” she told reporters.",
]


def kept(lines: list[str]) -> list[str]:
    keep, _ = split_furniture(lines)
    return [line for line, k in zip(lines, keep, strict=True) if k]


def test_seed_shaped_sidebar_is_dropped_and_body_kept() -> None:
    sidebar = [
        '"Business" POPULAR ARTICLE',
        "-",
        "Shipping Rates Climb as Canal Delays Persist",
        "-",
        "Central Bank Holds Rates; Governor Signals Caution on Inflation",
        "NX ACCESS RANKING",
        "- Streaming Giants Court Viewers Abroad; ‘Niche’ Shows Find Fans",
        "- Typhoon to Reach Southern Islands on Thursday; Agency Urges Caution",
    ]
    keep, dropped = split_furniture(BODY + sidebar)
    assert kept(BODY + sidebar) == BODY
    assert dropped == sidebar
    assert keep[: len(BODY)] == [True] * len(BODY)


def test_prose_after_a_sidebar_is_article_again() -> None:
    lines = ["MOST READ", "Ferry Strike Ends After Two Days",
             "The ministry said on Friday that talks would resume in the spring."]
    assert kept(lines) == [lines[2]]


def test_a_hard_wrapped_lead_after_a_sidebar_is_kept_whole() -> None:
    # the lead's first lines end mid-sentence: they are prose even before the full stop
    lead = ["VILNIUS (Balticwire) – Two rail operators said on Monday they would add night",
            "trains between Vilnius and Riga from Friday, after a strike closed the line",
            "for three days."]
    lines = ["MOST READ", "1. Storm warning lifted for the coast", "2. Council budget approved",
             *lead, "Advertisement", "The strike was the first since 2019."]
    assert kept(lines) == [*lead, "The strike was the first since 2019."]


def test_sentence_case_headlines_in_a_block_stay_dropped() -> None:
    lines = ["RELATED", "Storm warning lifted for the northern coast on Sunday",
             "Council budget approved after a long night of talks", *BODY]
    assert kept(lines) == BODY


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("-", True),
        ("—", True),
        ("• • •", True),
        ("Advertisement", True),
        ("Share this article", True),
        ("© 2024 Example News. All rights reserved.", True),
        ("- Council Approves Cycle Lanes on Shore Road", True),
        ("- The council approved the cycle lanes on Tuesday.", False),
        ("Prices rose 3% in May, the statistics office said.", False),
        ("He said: “It is over.”", False),
        ("(END)", True),
        ("Reporting by Lise Dahl; Editing by Anna Reid", True),
        ("Reporters said the talks ended late.", False),
        ("Photo: Residents inspect a collapsed house in Glan, November 17, 2024. REUTERS/Ana "
         "Cruz", True),
        ("Firefighters work at the scene on Monday. (AP Photo/Jae Hong)", True),
        ("Picture: Getty Images", True),
        ("(Adds government reaction in paragraphs 5-6)", True),
        ("(Corrects spelling of minister's name in paragraph 3)", True),
        ("Our Standards: The Thomson Reuters Trust Principles.", True),
        ("(Adds 2 points) The index rose on Monday.", False),
        ("The photo agency said the picture was taken on Monday.", False),
        ("Reuters photographer Ana Cruz was injured on Monday.", False),
    ],
)
def test_single_lines(line: str, dropped: bool) -> None:
    assert kept([line]) == ([] if dropped else [line])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('"World" POPULAR ARTICLE', True),
        ("NX ACCESS RANKING", True),
        ("Related Articles", True),
        ("MOST READ", True),
        ("The most read story of the year was about the floods.", False),
        ("Prime Minister Meets Ranking Officials in Seoul on Monday.", False),
    ],
)
def test_block_labels(line: str, expected: bool) -> None:
    assert is_block_label(line) is expected


def test_headline_like_needs_title_case_and_no_full_stop() -> None:
    assert is_headline_like("Coral Reef Kept Safe by Volunteer Divers")
    assert not is_headline_like("The reef was kept safe by rangers.")
    assert not is_headline_like("the reef was kept safe by rangers")
