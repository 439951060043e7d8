"""Properties: the YAML the store writes reads back exactly; merge is idempotent and does not
depend on the order articles are read."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta, timezone

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_helpers import candidate

from timeline.model import Event, Source
from timeline.store import Store, merge
from timeline.store.files import render_shards
from timeline.store.records import Ledger
from timeline.store.schema import schema_problems
from timeline.store.shards import parse, render
from timeline.store.yamlform import load, scalar
from timeline.timeml import range_span

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.text())
def test_any_text_reads_back_as_written(text: str) -> None:
    document = f"key: {scalar(text)}\n"
    assert load(document) == {"key": text}
    assert yaml.safe_load(document) == {"key": text}  # and so does any YAML reader


words = st.sampled_from(["harbour", "budget", "storm", "ferry", "council", "Lund", "Oslo",
                         "vote", "bridge", "yes", "null", "1910", "2022-05-10", "#", ": ", "“"])
sentences = st.lists(words, min_size=1, max_size=8).map(" ".join)
values = st.sampled_from(["2023-03-14", "2023-03", "2023", "199", "2023-W11", "2023-Q1",
                          "2023-03-14T15:00", "1939"])
zones = st.sampled_from([UTC, timezone(timedelta(hours=9)),
                         timezone(timedelta(hours=-5, minutes=-30))])


@st.composite
def events(draw: st.DrawFn) -> Event:
    value = draw(values)
    value_end = draw(st.sampled_from([None, None, "1945", "2024"]))
    span = range_span(value, value_end)
    assert span is not None
    if value_end and span[:2] == range_span(value, None)[:2]:  # type: ignore[index]
        value_end = None
    span = range_span(value, value_end)
    assert span is not None
    sources = [
        Source(path=f"content/articles/{draw(st.sampled_from('abc'))}.txt",
               title=draw(sentences), published=datetime(2023, 3, 14, 11, 20,
                                                         tzinfo=draw(zones)),
               url=draw(st.sampled_from([None, "https://example.org/a?b=1#c"])),
               quote=draw(st.text(max_size=40)), offset=draw(st.none() | st.integers(0, 999)),
               agency=draw(st.sampled_from([None, "Nordwire"])))
        for _ in range(draw(st.integers(0, 2)))
    ]
    return Event(
        id=draw(st.from_regex(r"[0-9a-z][0-9a-z-]{0,20}", fullmatch=True)), value=value,
        value_end=value_end, first=span[0], last=span[1], precision=span[2],
        title=draw(sentences), time=draw(st.sampled_from([None, "17:48:00+09:00"])),
        summary=draw(st.text(max_size=60)), tags=sorted(set(draw(st.lists(words, max_size=3)))),
        origin=draw(st.sampled_from(["extracted", "manual"])), sources=sources,
        hidden=draw(st.booleans()), kind=draw(st.sampled_from(["event", "period"])),
    )


@FAST
@given(st.lists(events(), max_size=4, unique_by=lambda e: e.id))
def test_a_shard_reads_back_as_written_and_meets_the_schema(found: list[Event]) -> None:
    ledger = {e.id: Ledger(fp=("0" * 8, "1" * 8, "2" * 8, "3" * 8), src=("a.txt#1",))
              for e in found if e.origin == "extracted"}
    text = render("2023/03/14.yaml", found, ledger)
    shard, problems = parse("2023/03/14.yaml", text)
    assert problems == []
    assert shard.events == found
    assert shard.ledger == ledger
    assert render("2023/03/14.yaml", shard.events, shard.ledger) == text
    assert schema_problems("2023/03/14.yaml", text) == []


# --- merge ---------------------------------------------------------------------------------

PHRASES = [
    "The council approved the harbour budget", "Councillors approved the harbour budget",
    "A storm closed the northern ferry route", "Lund met Virtanen in Oslo",
    "Police arrested two men near the bridge", "The 1939-1944 rift still shapes ties",
    "Fishermen protested new quotas in Bergen", "Lund and Virtanen met in Oslo",
]
DAYS = [date(2023, 3, 13), date(2023, 3, 14), date(2023, 3, 16)]


@st.composite
def corpora(draw: st.DrawFn) -> dict[str, list[Event]]:
    articles: dict[str, list[Event]] = {}
    for number in range(draw(st.integers(1, 5))):
        path = f"content/articles/{number}.txt"
        published = datetime(2023, 3, 14, 8 + draw(st.integers(0, 3)), tzinfo=UTC)
        found = []
        for index, phrase in enumerate(draw(st.lists(st.sampled_from(PHRASES), max_size=4,
                                                      unique=True))):
            day = draw(st.sampled_from(DAYS))
            found.append(candidate(path, f"{phrase} on {day:%A}.", day.isoformat(),
                                   offset=index * 50, published=published,
                                   tags=tuple(draw(st.lists(st.sampled_from(["x", "y"]),
                                                            max_size=1)))))
        articles[path] = found
    return articles


def built(extracted: dict[str, list[Event]], store: Store | None = None) -> Store:
    store = store if store is not None else Store()
    merge(store, extracted)
    return store


def shuffled(extracted: dict[str, list[Event]], seed: int) -> dict[str, list[Event]]:
    rng = random.Random(seed)
    paths = list(extracted)
    rng.shuffle(paths)
    return {p: rng.sample(extracted[p], len(extracted[p])) for p in paths}


@FAST
@given(corpora(), st.integers(0, 1000))
def test_merge_does_not_depend_on_the_order_articles_are_read(
        extracted: dict[str, list[Event]], seed: int) -> None:
    assert render_shards(built(extracted)) == render_shards(built(shuffled(extracted, seed)))


@FAST
@given(corpora(), corpora())
def test_merge_is_idempotent(first: dict[str, list[Event]],
                             second: dict[str, list[Event]]) -> None:
    store = built(first)
    merge(store, second)
    once = render_shards(store)
    report = merge(store, second)
    assert (report.added, report.updated, report.removed, report.conflicts) == ([], [], [], [])
    assert render_shards(store) == once
