"""The ``timeline`` command: a thin shell over the library.

Each command parses its options, loads the project, calls one library function and turns a
``TimelineError`` into a clean message on stderr with a non-zero exit code.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from timeline import __version__
from timeline.config import Project, load_project
from timeline.errors import TimelineError

F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(func: F) -> F:
    """Turn a TimelineError raised by the library into one clear message and exit code 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except TimelineError as exc:
            click.secho(f"Error: {exc}", fg="red", err=True)
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


project_option = click.option(
    "-C", "--project", "project_dir", type=click.Path(file_okay=False, path_type=Path),
    default=Path("."), show_default=True, help="The project directory (holds timeline.yaml).",
)


def open_project(project_dir: Path) -> Project:
    return load_project(project_dir)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="timeline")
def cli() -> None:
    """Turn a folder of news articles into a browsable static timeline of events."""


def main(prog_name: str | None = None) -> None:
    cli.main(prog_name=prog_name or "timeline")


# --- timeline dates ------------------------------------------------------------------------------

@cli.command("dates")
@click.argument("text", nargs=-1)
@click.option("--anchor", metavar="DATELINE",
              help='Resolve relative dates against this dateline, e.g. "17:48 JST, May 10, 2022".')
@click.option("--json", "as_json", is_flag=True, help="Print the mentions as JSON.")
@click.option("--explain", is_flag=True, help="Show the rule that fired and the anchor used.")
@click.option("--batch", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              metavar="FILE.jsonl",
              help='Read {"doc", "dct", "text"} lines; print one JSON line per mention.')
@project_option
@reports_errors
def dates_command(text: tuple[str, ...], anchor: str | None, as_json: bool, explain: bool,
                  batch: Path | None, project_dir: Path) -> None:
    """Find the dates in TEXT (or in a JSONL batch) and print their TimeML values."""
    from timeline.config import CONFIG_FILE
    from timeline.dates import DateSettings
    from timeline.dates.command import dates, dates_batch

    if batch is None and not text:
        raise click.UsageError("give TEXT to read, or --batch FILE.jsonl")
    settings = DateSettings()
    if (project_dir / CONFIG_FILE).is_file():
        settings = DateSettings.from_config(open_project(project_dir).config)
    lines = (dates_batch(batch, settings, explain=explain) if batch is not None
             else dates(text, anchor, settings, as_json=as_json, explain=explain))
    for line in lines:
        click.echo(line)
