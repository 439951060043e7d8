"""Cross-source merge on the pair fixtures: the same happening in two articles is one event,
different happenings on the same day stay apart (benchmarks/bench_merge.py prints the figures)."""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import yaml
from click.testing import CliRunner

from timeline.build import build
from timeline.cli import cli
from timeline.config import load_project
from timeline.model import Event
from timeline.store.similar import same_window

ROOT = Path(__file__).resolve().parents[2]


def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_merge", ROOT / "benchmarks" /
                                                  "bench_merge.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_merge"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_fixture_has_enough_pairs_of_both_kinds() -> None:
    pairs = yaml.safe_load((ROOT / "tests/store/fixtures/merge_pairs.yaml").read_text("utf-8"))
    same = [p for p in pairs["pairs"] if p["same"]]
    assert len(pairs["pairs"]) >= 30
    assert len(same) >= 15 and len(pairs["pairs"]) - len(same) >= 15
    assert len({p["note"] for p in pairs["pairs"]}) == len(pairs["pairs"])


def test_merge_precision_and_recall_on_the_pairs() -> None:
    score = bench().score_pairs()
    assert score.precision >= 0.95, score.wrong
    assert score.recall >= 0.85, score.wrong


def test_the_harder_pairs_cover_what_fools_a_merge() -> None:
    pairs = [p for p in bench().load_pairs() if p.get("group") == "harder"]
    notes = " / ".join(p["note"] for p in pairs)
    assert len(pairs) >= 15
    for kind in ("next day", "same day", "week", "month"):
        assert kind in notes, kind
    score = bench().score_pairs(group="harder")
    assert score.precision >= 0.85 and score.recall >= 0.8, score.wrong


def test_the_same_people_a_day_later_are_another_happening_unless_all_else_agrees() -> None:
    merged = bench().merged
    assert not merged({"a": {"date": "2023-05-03", "text": "Nadia Kovac won her quarter-final "
                                                           "at the Madrid Open on Wednesday."},
                       "b": {"date": "2023-05-04", "text": "Nadia Kovac won her semi-final at "
                                                           "the Madrid Open on Thursday."}})
    assert merged({"a": {"date": "2023-05-03", "text": "Nadia Kovac beat Ana Ruiz in the Madrid "
                                                       "Open quarter-final on Wednesday."},
                   "b": {"date": "2023-05-04", "text": "Nadia Kovac beat Ana Ruiz in the "
                                                       "quarter-final of the Madrid Open."}})


def test_an_event_told_in_a_clause_meets_the_plain_report_of_it() -> None:
    pairs = [p for p in bench().load_pairs() if p.get("group") == "clause"]
    assert len(pairs) >= 6 and all("title" in p["a"] for p in pairs)
    score = bench().score_pairs(group="clause")
    assert score.precision == 1.0 and score.recall == 1.0, score.wrong


def test_titles_alone_never_join_reports_a_day_apart() -> None:
    merged = bench().merged
    side = {"title": "A strike began", "headline": "Brastad dock strike enters fourth day",
            "text": "Ships waited off Brastad on Thursday, the fourth day of a strike that began "
                    "on Monday."}
    other = {"title": "A strike began", "headline": "Brastad dockers end strike",
             "text": "Dockers at Brastad voted to end the walkout on Saturday; a strike began "
                     "at the port's grain terminal."}
    assert merged({"a": {**side, "date": "2024-10-07"}, "b": {**other, "date": "2024-10-07"}})
    assert not merged({"a": {**side, "date": "2024-10-07"}, "b": {**other, "date": "2024-10-08"}})


def test_a_strike_told_in_a_clause_and_plainly_by_two_articles_is_one_event(
        tmp_path: Path) -> None:
    articles = tmp_path / "content" / "articles"
    articles.mkdir(parents=True)
    (tmp_path / "timeline.yaml").write_text("title: Brastad\n", encoding="utf-8")
    (articles / "day-four.txt").write_text(
        "Ships queue off Brastad as dock strike enters fourth day\n\n"
        "09:10 CET, October 10, 2024\n\n"
        "More than 30 ships were waiting off Brastad on Thursday, the fourth day of a strike "
        "that began on Monday.\n", encoding="utf-8")
    (articles / "2024-10-13-deal.txt").write_text(
        "Brastad dockers end strike after pay deal\n\n"
        "BRASTAD, Oct 13 (Reuters) - Dockers at Brastad voted on Sunday to accept a pay deal.\n\n"
        "The strike, the longest at the port in two decades, began on Oct. 7 after talks on "
        "automation failed.\n", encoding="utf-8")
    assert build(load_project(tmp_path)).problems == []
    result = CliRunner().invoke(cli, ["events", "--json", "--from", "2024-10-07", "--to",
                                      "2024-10-07", "-C", str(tmp_path)])
    began = [e for e in json.loads(result.output) if "began" in e["title"]]
    assert len(began) == 1, began
    assert sorted(s["path"].rsplit("/", 1)[-1] for s in began[0]["sources"]) == \
        ["2024-10-13-deal.txt", "day-four.txt"]


def test_a_titles_capital_first_word_is_not_a_name_the_reports_share() -> None:
    lyon = {"date": "2024-05-06", "title": "Extra buses will run", "headline": "Lyon metro shut",
            "text": "Officials in Lyon said extra buses will run on Monday."}
    leeds = {"date": "2024-05-06", "title": "Extra buses will run", "headline": "Leeds rail strike",
             "text": "Transport chiefs in Leeds said extra buses will run on Monday."}
    assert not bench().merged({"a": lyon, "b": leeds})
    assert bench().merged({"a": lyon, "b": {**leeds, "headline": "Lyon metro still shut",
                                           "text": leeds["text"].replace("Leeds", "Lyon")}})


def test_the_report_after_the_fact_titles_the_event_it_joins() -> None:
    store = bench().Store()
    before = bench().report("content/articles/a.txt", "2025-01-02",
                            "Fenwick, a former state senator, will be sworn in on Jan. 2.",
                            -24 * 57, title="Fenwick will be sworn in",
                            headline="Fenwick wins governor's race")
    after = bench().report("content/articles/b.txt", "2025-01-02",
                           "Ellen Fenwick was sworn in as governor of Maine on Thursday.", 0,
                           title="Ellen Fenwick was sworn in as governor of Maine",
                           headline="Fenwick sworn in as governor")
    bench().merge(store, {"content/articles/a.txt": [before], "content/articles/b.txt": [after]})
    (event,) = store.events()
    assert event.title == "Ellen Fenwick was sworn in as governor of Maine"
    assert len(event.sources) == 2


def test_a_report_that_morning_of_a_happening_that_evening_does_not_title_it() -> None:
    def at_ten(path: str, text: str, title: str, hours: int) -> Event:
        event = bench().report(path, "2024-07-04", text, hours, title=title)
        event.value, event.precision, event.time = "2024-07-04T22:00", "time", "22:00:00+00:00"
        return event

    store = bench().Store()
    morning = at_ten("content/articles/a.txt", "Polls opened at 7am and will close at 10pm.",
                     "Polls will close", -5)  # published at 07:00
    later = at_ten("content/articles/b.txt", "22:00 Polls have closed.", "Polls have closed",
                   21)  # published at 09:00 the next day
    bench().merge(store, {"content/articles/a.txt": [morning], "content/articles/b.txt": [later]})
    (event,) = store.events()
    assert event.title == "Polls have closed"


def test_clock_times_hours_apart_are_two_happenings() -> None:
    def at(clock: str) -> Event:
        return Event(id="x", value=f"2024-07-04T{clock[:5]}", first=date(2024, 7, 4),
                     last=date(2024, 7, 4), precision="time", title="Polls", time=clock)

    assert not same_window(at("07:00:00+01:00"), at("22:00:00+01:00"))
    assert same_window(at("21:30:00+01:00"), at("22:00:00+01:00"))
    assert same_window(at("22:00:00+00:00"), at("23:00:00+01:00"))  # one moment, two zones
