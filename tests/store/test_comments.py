"""Comments people write in store files survive every rebuild, next to what they annotate."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_helpers import build, by_title, candidate, snapshot

from timeline.config import Project
from timeline.store.parsing import parse
from timeline.store.shards import header_length, render

A, B = "content/articles/a.txt", "content/articles/b.txt"
BUDGET = "Oslo's council approved the harbour budget on Tuesday."
BUDGET_B = "Councillors in Oslo approved the harbour budget on Tuesday, the mayor said."
STORM = "A storm closed the northern ferry route on Tuesday."


def articles(storm: str = STORM, storm_day: str = "2023-03-14") -> dict[str, list]:
    return {
        A: [candidate(A, BUDGET, title="Council approves harbour budget")],
        B: [candidate(B, BUDGET_B, title="Harbour budget approved"),
            candidate(B, storm, storm_day, title=storm.split(" on ")[0], offset=80)],
    }


def day_file(project: Project, rel: str = "2023/03/14.yaml") -> Path:
    return project.events_dir / rel


def insert(path: Path, edits: list[tuple[str, str]]) -> None:
    """Each (line starting with, new text) puts new text in place of that line's start; the
    new text may add lines before it or a comment after it."""
    text = path.read_text(encoding="utf-8")
    for anchor, new in edits:
        assert anchor in text, anchor
        text = text.replace(anchor, new, 1)
    path.write_text(text, encoding="utf-8")


def next_line(text: str, comment: str) -> str:
    lines = text.splitlines()
    return lines[lines.index(comment) + 1]


def line_with(text: str, comment: str) -> str:
    (line,) = [line for line in text.splitlines() if line.endswith(comment)]
    return line


COMMENTED = [
    ("- id: 2023-03-14-a-storm-closed-the-northern-ferry-route",
     "# Storm: checked with the ferry company.\n"
     "- id: 2023-03-14-a-storm-closed-the-northern-ferry-route"),
    ("  title: A storm closed the northern ferry route\n",
     "  # a title of my own soon\n  title: A storm closed the northern ferry route  # short?\n"),
    ("    agency: Nordwire\n    offset: 80\n",
     "    agency: Nordwire  # wire copy\n    offset: 80\n"),
    ("events:\n", "# Week of the harbour vote.\nevents:\n"),
]


def test_comments_survive_a_rebuild_that_rewrites_the_file(project: Project) -> None:
    build(project, articles())
    path = day_file(project)
    insert(path, COMMENTED)
    path.write_text(path.read_text("utf-8") + "# end of the day's notes\n", encoding="utf-8")
    report, written = build(project, articles())  # nothing changed: not even rewritten
    assert (report.changed, written) == ([], [])
    edited = STORM.replace("storm", "gale")
    report, written = build(project, articles(storm=edited))
    assert report.updated and written == [path]
    text = path.read_text("utf-8")
    assert next_line(text, "# Storm: checked with the ferry company.").startswith(
        "- id: 2023-03-14-a-storm-closed-the-northern-ferry-route")
    assert next_line(text, "  # a title of my own soon") == (
        "  title: A gale closed the northern ferry route  # short?")
    assert line_with(text, "  # wire copy").startswith("    agency: Nordwire")
    assert next_line(text, "# Week of the harbour vote.") == "events:"
    assert text.endswith("# end of the day's notes\n")
    again = snapshot(project)
    report, written = build(project, articles(storm=edited))
    assert (report.changed, written, snapshot(project)) == ([], [], again)


def test_comments_below_an_event_and_a_source_stay_below_them(project: Project) -> None:
    build(project, articles())
    path = day_file(project)
    storm_quote = f"    quote: {STORM}\n"
    insert(path, [(storm_quote, storm_quote + "    # the source's last word\n"
                                              "  # the event's last word\n")])
    build(project, articles(storm=STORM.replace("northern", "north")))
    text = path.read_text("utf-8")
    lines = text.splitlines()
    at = lines.index("    # the source's last word")
    assert lines[at - 1] == "    quote: A storm closed the north ferry route on Tuesday."
    assert lines[at + 1] == "  # the event's last word"


def test_comments_move_with_an_event_to_its_new_file(project: Project) -> None:
    build(project, articles())
    insert(day_file(project), COMMENTED[:2])
    build(project, articles(storm_day="2023-03-15"))
    old, new = day_file(project).read_text("utf-8"), day_file(project, "2023/03/15.yaml")
    assert "checked with the ferry company" not in old
    text = new.read_text("utf-8")
    assert next_line(text, "# Storm: checked with the ferry company.").startswith("- id: ")
    assert "  title: A storm closed the northern ferry route  # short?" in text


def test_comments_on_an_event_the_build_removes_are_kept_at_the_end(project: Project) -> None:
    build(project, articles())
    insert(day_file(project), COMMENTED[:2])
    only_a = {A: articles()[A]}
    build(project, only_a)  # b.txt is gone, and with it the storm
    assert "A storm closed the northern ferry route" not in by_title(project)
    text = day_file(project).read_text("utf-8")
    tail = text[text.index("ledger:"):].splitlines()
    assert tail[-4].startswith("# Comments on 2023-03-14-a-storm-closed-the-northern-ferry")
    assert tail[-3:] == ["# Storm: checked with the ferry company.",
                         "  # a title of my own soon", "# short?"]
    report, written = build(project, only_a)
    assert (report.changed, written) == ([], [])


def test_a_file_left_with_only_comments_is_kept(project: Project) -> None:
    build(project, articles(storm_day="2023-03-16"))
    path = day_file(project, "2023/03/16.yaml")
    insert(path, [("- id: ", "# Storm: checked with the ferry company.\n- id: ")])
    build(project, {A: articles()[A]})
    text = path.read_text("utf-8")
    assert "events: []" in text and "# Storm: checked with the ferry company." in text


def test_comments_on_a_source_that_is_gone_stay_with_the_event(project: Project) -> None:
    build(project, articles())
    budget = "    quote: Councillors in Oslo approved"
    insert(day_file(project), [(budget, "    # the mayor's version\n" + budget)])
    build(project, {A: articles()[A], B: articles()[B][1:]})  # b.txt no longer reports it
    text = day_file(project).read_text("utf-8")
    lines = text.splitlines()
    at = lines.index("  # the mayor's version")
    assert lines[at - 1] == f"    quote: {BUDGET}"  # the end of the budget event's block
    assert lines[at + 1] in ("ledger:", "- id: 2023-03-14-a-storm-closed-the-northern-ferry-route")


def test_a_hash_inside_text_is_not_a_comment() -> None:
    event = candidate(A, "Fans chanted #1 as the council met on Tuesday.", title="Vote #2 held")
    event.sources[0].url = "https://example.org/news#live"
    text = render("2023/03/14.yaml", [event], {})
    shard, problems = parse("2023/03/14.yaml", text)
    assert problems == [] and shard.notes is None and shard.events == [event]


def test_a_hash_line_inside_a_block_text_is_text_and_its_header_comment_is_kept(
        project: Project) -> None:
    build(project, articles())
    summary = f"  summary: {STORM}\n"
    insert(day_file(project), [(summary, "  summary: |  # my wording\n    A storm shut the route.\n"
                                         "    # not a comment: part of the summary\n")])
    build(project, articles())
    (event,) = [e for e in by_title(project).values() if e.title.startswith("A storm")]
    assert event.summary == "A storm shut the route.\n# not a comment: part of the summary\n"
    text = day_file(project).read_text("utf-8")
    assert line_with(text, "  # my wording").startswith("  summary: ")


# --- any comment, anywhere between lines, is kept ---------------------------------------------

COMMENT_TEXT = st.text(alphabet=st.sampled_from("abc #:-'\"é"), max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 4), COMMENT_TEXT,
                          st.booleans()), max_size=6))
def test_any_comment_written_anywhere_is_kept(places: list[tuple[int, int, str, bool]]) -> None:
    events = [e for found in articles().values() for e in found]
    for index, event in enumerate(events):
        event.id = f"event-{index}"
    rel = "2023/03/14.yaml"
    text = render(rel, events, {})
    lines = text.split("\n")[:-1]
    first = text[: text.index("events:")].count("\n")
    written = []
    for line_no, indent, comment, beside in places:
        at = first + line_no % (len(lines) - first)
        note = f"# {comment}".rstrip()
        if beside and "#" not in lines[at]:
            lines[at] = f"{lines[at]}  {note}"
        else:
            lines.insert(at, " " * indent + note)
        written.append(note)
    edited = "\n".join(lines) + "\n"
    shard, problems = parse(rel, edited)
    assert problems == [] and shard.events == events
    once = render(rel, shard.events, shard.ledger, shard.notes)
    assert sorted(_comments(once)) == sorted(written)
    again, _ = parse(rel, once)
    assert render(rel, again.events, again.ledger, again.notes) == once


def _comments(text: str) -> list[str]:
    """Every comment after the header, read line by line."""
    found = []
    for line in text[header_length("2023/03/14.yaml", text):].splitlines():
        if line.lstrip().startswith("#"):
            found.append(line.lstrip())
        elif "  #" in line:
            found.append("#" + line.split("  #", 1)[1])
    return found
