"""`timeline dates` as a user runs it: exact output through click's CliRunner."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli

FIXTURES = Path(__file__).parent / "fixtures"
ANCHOR = "17:48 JST, May 10, 2022"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["dates", *args])
    return result.exit_code, result.output


def test_text_with_anchor() -> None:
    code, out = run("--anchor", ANCHOR, "Saarela said on Tuesday that the 1910-1945 rule "
                    "still weighs; on Monday at 3 p.m. the envoy spoke.")
    assert code == 0
    assert out.splitlines() == [
        "   16-23    'Tuesday'                        DATE     2022-05-10",
        "   33-42    '1910-1945'                      DATE     1910/1945",
        "   65-81    'Monday at 3 p.m.'               TIME     2022-05-09T15:00  at 15:00:00+09:00",
    ]


def test_explain_shows_rule_anchor_and_tense() -> None:
    code, out = run("--explain", "--anchor", ANCHOR, "They will meet on Friday.")
    assert code == 0
    assert out == ("   18-24    'Friday'                         DATE     2022-05-13  "
                   "[rule=weekday anchor=2022-05-10T17:48:00+09:00 tense=future]\n")


def test_json_output() -> None:
    code, out = run("--json", "in March 2021 and from 2010 to 2015")
    assert code == 0
    assert json.loads(out) == [
        {"start": 3, "end": 13, "text": "March 2021", "type": "DATE", "value": "2021-03"},
        {"start": 18, "end": 35, "text": "from 2010 to 2015", "type": "DATE", "value": "2010",
         "value_end": "2015"},
    ]


def test_nothing_found_says_so() -> None:
    assert run("no dates here") == (0, "no temporal expressions found\n")


def test_batch_prints_one_json_line_per_mention() -> None:
    code, out = run("--batch", str(FIXTURES / "batch.jsonl"))
    assert code == 0
    assert [json.loads(line) for line in out.splitlines()] == [
        {"doc": "chile-1", "start": 25, "end": 31, "text": "Monday", "type": "DATE",
         "value": "2023-03-13"},
        {"doc": "chile-1", "start": 53, "end": 62, "text": "next week", "type": "DATE",
         "value": "2023-W12"},
        {"doc": "wire-2", "start": 23, "end": 30, "text": "January", "type": "DATE",
         "value": "1998-01"},
        {"doc": "wire-2", "start": 52, "end": 58, "text": "Friday", "type": "DATE",
         "value": "1998-02-06"},
    ]


def test_bad_batch_lines_are_all_reported_with_file_and_line() -> None:
    path = FIXTURES / "bad_batch.jsonl"
    code, out = run("--batch", str(path))
    assert code == 1
    assert out.splitlines() == [
        f"Error: {path} has 3 bad line(s)",
        f"  {path}:2:1: not JSON (Expecting value)",
        f"  {path}:3: dct: expected a dateline such as \"17:48 JST, May 10, 2022\", "
        "got 'sometime soon'",
        f'  {path}:4: expected an object {{"doc": id, "dct": dateline, "text": str}}',
    ]


def test_bad_anchor_is_one_clear_line() -> None:
    code, out = run("--anchor", "garbage", "on Monday")
    assert code == 1
    assert out == ('Error: --anchor: expected a dateline such as "17:48 JST, May 10, 2022", '
                   "got 'garbage'\n")


def test_project_settings_are_used(tmp_path: Path) -> None:
    (tmp_path / "timeline.yaml").write_text("date_order: DMY\n", encoding="utf-8")
    code, out = run("-C", str(tmp_path), "--json", "due 03/04/2022")
    assert code == 0
    assert json.loads(out)[0]["value"] == "2022-04-03"


def test_anchor_with_an_unknown_zone_is_warned_about_on_stderr() -> None:
    result = CliRunner().invoke(
        cli, ["dates", "--anchor", "Sun 8 Nov 2020 22.41 XYZT", "on Friday"])
    assert result.exit_code == 0
    assert result.stdout == ("    3-9     'Friday'                         DATE     2020-11-06\n")
    assert result.stderr.startswith("warning: --anchor: unknown zone abbreviation XYZT read as UTC")


def test_batch_timeml_writes_a_range_as_its_two_ends() -> None:
    path = str(FIXTURES / "ranges.jsonl")
    code, out = run("--batch", path)
    assert code == 0
    assert [(r["text"], r["value"], r.get("value_end")) for r in map(json.loads, out.splitlines())
            ] == [("between 1921 and 1968", "1921", "1968"),
                  ("from March to May", "2019-03", "2019-05")]
    code, out = run("--batch", path, "--timeml")
    assert code == 0
    assert [json.loads(line) for line in out.splitlines()] == [
        {"doc": "mill-3", "start": 21, "end": 25, "text": "1921", "type": "DATE", "value": "1921"},
        {"doc": "mill-3", "start": 30, "end": 34, "text": "1968", "type": "DATE", "value": "1968"},
        {"doc": "mill-3", "start": 51, "end": 56, "text": "March", "type": "DATE",
         "value": "2019-03"},
        {"doc": "mill-3", "start": 60, "end": 63, "text": "May", "type": "DATE",
         "value": "2019-05"},
    ]


def test_timeml_needs_batch() -> None:
    code, out = run("--timeml", "in 1990")
    assert code == 2
    assert "--timeml goes with --batch FILE.jsonl" in out


def test_standard_input_is_read_when_no_text_is_given() -> None:
    for args in (["--anchor", ANCHOR], ["--anchor", ANCHOR, "-"]):
        result = CliRunner().invoke(cli, ["dates", *args], input="Envoys met on Monday.\n")
        assert result.exit_code == 0, result.output
        assert result.output == "   14-20    'Monday'                         DATE     2022-05-09\n"


def test_an_article_is_read_as_the_build_reads_it() -> None:
    path = FIXTURES / "ferry-clipping.txt"
    code, out = run("--article", str(path))
    assert code == 0
    # furniture (the most-read list, "Advertisement") is gone, hard-wrapped lines are joined,
    # dates resolve against the article's own dateline, and each carries the line of the file
    # its paragraph starts on
    assert out.splitlines() == [
        f"{path}: dateline '08:40 CET, Wed 6 Mar 2024' = 2024-03-06T08:40:00+01:00",
        "  line 6      51-58    'Tuesday'                        DATE     2024-03-05",
        "  line 6     123-129   'Friday'                         DATE     2024-03-08",
        "  line 6     172-182   'three days'                     DURATION P3D",
        "  line 6     183-192   'last week'                      DATE     2024-W09",
        "  line 9     222-226   '2019'                           DATE     2019",
        "  line 9     237-243   'Sunday'                         DATE     2024-03-03",
        "  line 11    270-284   'the end of May'                 DATE     2024-05",
    ]


def test_article_mentions_as_json_carry_path_and_line() -> None:
    path = FIXTURES / "ferry-clipping.txt"
    code, out = run("--article", str(path), "--json")
    assert code == 0
    rows = json.loads(out)
    assert [(r["path"], r["line"], r["text"], r["value"]) for r in rows][:2] == [
        (str(path), 6, "Tuesday", "2024-03-05"), (str(path), 6, "Friday", "2024-03-08")]


def test_an_article_without_a_dateline_is_an_error_naming_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text("Ferries resume\nNo dateline here.\nCrossings resume on Friday.\n",
                    encoding="utf-8")
    result = CliRunner().invoke(cli, ["dates", "--article", str(path)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {path}:2: no usable dateline")
    assert "dateline" in result.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["--article", "README.md", "some text"], "give one of TEXT, --article FILE or --batch"),
    (["--article", "README.md", "--anchor", ANCHOR], "drop --anchor"),
])
def test_article_usage_errors(args: list[str], message: str) -> None:
    result = CliRunner().invoke(cli, ["dates", *args])
    assert result.exit_code == 2
    assert message in result.output


def test_no_input_at_a_terminal_asks_for_some(tmp_path: Path) -> None:
    # stdin is a real terminal: the command must not sit waiting for typed text
    leader, follower = pty.openpty()
    try:
        done = subprocess.run([sys.executable, "-c", "from timeline.cli import main; main()",
                               "dates"], stdin=follower, capture_output=True, text=True,
                              timeout=60, cwd=tmp_path)
    finally:
        os.close(leader)
        os.close(follower)
    assert done.returncode == 2
    assert "give TEXT to read (or - for standard input)" in done.stderr


def test_an_unreadable_article_is_named_once(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["dates", "--article", str(path)])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {path}:1: the file is empty; expected a headline on the "
                             "first line\n")
