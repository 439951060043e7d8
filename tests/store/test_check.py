"""`timeline check`: configuration, articles and store validated, every problem listed, nothing
written; the store's JSON Schema agrees with the loader."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from store_helpers import build, candidate

from timeline.cli import cli
from timeline.config import Project
from timeline.store.schema import schema_path, schema_problems
from timeline.store.shards import parse

ARTICLE = """Harbour budget approved
11:20 CET, March 14, 2023
OSLO (Nordwire) – The council approved the harbour budget on Tuesday.
"""


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def run_check(root: Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["check", "-C", str(root)])
    return result.exit_code, result.output


def test_a_good_project_passes(project: Project) -> None:
    (project.articles_dir).mkdir(parents=True)
    (project.articles_dir / "budget.txt").write_text(ARTICLE, encoding="utf-8")
    build(project, {"content/articles/budget.txt": [
        candidate("content/articles/budget.txt", "The council approved the budget on Tuesday.")]})
    code, output = run_check(project.root)
    assert (code, output) == (
        0, "checked timeline.yaml, 1 article(s) and 1 store file(s): no problems\n")


def test_every_problem_is_listed_with_its_place_and_nothing_is_written(
        project: Project) -> None:
    build(project, {"content/articles/budget.txt": [
        candidate("content/articles/budget.txt", "The council approved the budget on Tuesday.")]})
    (project.root / "timeline.yaml").write_text("title: Test\ntimezone: Mars/Olympus\n",
                                                encoding="utf-8")
    project.articles_dir.mkdir(parents=True)
    (project.articles_dir / "undated.txt").write_text("A headline\nno dateline here\n", "utf-8")
    day = project.events_dir / "2023/03/14.yaml"
    day.write_text(day.read_text("utf-8").replace("  date: 2023-03-14", "  date: soon")
                   .replace("    offset: 0", "    offset: -4"), encoding="utf-8")
    before = tree(project.root)
    code, output = run_check(project.root)
    assert code == 1
    lines = output.splitlines()
    assert lines[-1] == ("checked timeline.yaml, 1 article(s) and 1 store file(s): "
                         "4 problem(s)")
    assert any(line.startswith("error: timeline.yaml:2: timezone: unknown time zone")
               for line in lines)
    assert any(line.startswith("error: content/articles/undated.txt:2: no usable dateline")
               for line in lines)
    assert "error: content/events/2023/03/14.yaml:16:9: events[0].date: cannot place 'soon'" \
        in output
    assert "content/events/2023/03/14.yaml:24:13: events[0].sources[0].offset: expected a " \
           "character offset" in output
    assert tree(project.root) == before


def test_the_schema_is_published_in_docs() -> None:
    assert schema_path().name == "store.schema.json"
    assert schema_path().is_file()


GOOD = """\
events:
- id: 2023-03-14-budget
  date: 2023-03-14
  title: Budget approved
  sources:
  - path: content/articles/a.txt
    published: 2023-03-14T11:20:00+01:00
    quote: The council approved the budget.
ledger:
  2023-03-14-budget: {fp: 0011aabb.0011aabb.0011aabb.0011aabb, src: ["content/articles/a.txt#1"]}
"""

BROKEN = [
    # (change to GOOD, note)
    (("  title: Budget approved\n", ""), "an event without a title"),
    (("  date: 2023-03-14\n", "  date: [2023]\n"), "a date that is a list"),
    (("  date: 2023-03-14\n", "  date: next week\n"), "a date that is not TimeML"),
    (("  title: Budget approved\n", "  title: Budget approved\n  colour: red\n"),
     "an unknown field"),
    (("  title: Budget approved\n", "  title: Budget approved\n  hidden: maybe\n"),
     "hidden that is not true or false"),
    (("  title: Budget approved\n", "  title: Budget approved\n  kind: era\n"), "an unknown kind"),
    (("  title: Budget approved\n", "  title: Budget approved\n  origin: robot\n"),
     "an unknown origin"),
    (("  title: Budget approved\n", "  title: Budget approved\n  time: noon\n"), "a bad time"),
    (("- id: 2023-03-14-budget\n", "- id: budget day\n"), "an id with a space"),
    (("    published: 2023-03-14T11:20:00+01:00\n", ""), "a source without published"),
    (("    published: 2023-03-14T11:20:00+01:00\n", "    published: yesterday\n"),
     "published that is not a date"),
    (("    quote: The council approved the budget.\n",
      "    quote: The council approved the budget.\n    offset: -1\n"), "a negative offset"),
    (("{fp: 0011aabb.0011aabb.0011aabb.0011aabb,", "{fp: 12,"), "a damaged ledger line"),
    (("events:\n", "events: 3\nevent:\n"), "events that is not a list"),
]


@pytest.mark.parametrize(("change", "note"), BROKEN, ids=[row[1] for row in BROKEN])
def test_the_schema_and_the_loader_reject_the_same_files(change: tuple[str, str],
                                                          note: str) -> None:
    old, new = change
    assert old in GOOD
    text = GOOD.replace(old, new, 1)
    _shard, problems = parse("2023/03/14.yaml", text)
    assert problems, f"loader accepts {note}"
    assert schema_problems("2023/03/14.yaml", text), f"schema accepts {note}"


def test_broken_table_has_no_duplicate_rows() -> None:
    assert len({row[1] for row in BROKEN}) == len(BROKEN)


def test_a_good_file_passes_both() -> None:
    assert parse("2023/03/14.yaml", GOOD)[1] == []
    assert schema_problems("2023/03/14.yaml", GOOD) == []
