"""The ``timeline`` command: a thin shell over the library.

Each command parses its options, loads the project, calls one library function and turns a
``TimelineError`` into a clean message on stderr with a non-zero exit code.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import click

from timeline import __version__
from timeline.config import Project, load_project
from timeline.errors import Problem, TimelineError

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


def _problem_lines(problems: Iterable[Problem], label: str, colour: str) -> None:
    for problem in problems:
        click.secho(f"{label}: {problem}", fg=colour, err=True)


@cli.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--title", help="Title of the timeline (default: from the folder name).")
@reports_errors
def init(directory: Path, title: str | None) -> None:
    """Create a project in DIRECTORY with example articles, ready to build."""
    from timeline.init import init as init_project

    created = init_project(directory, title=title)
    click.echo(f"Created {directory}/ ({len(created)} files). Next:")
    click.echo(f"  cd {directory} && timeline build")


@cli.command()
@project_option
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path),
              help="Write the site here instead of the configured site folder.")
@click.option("-q", "--quiet", is_flag=True, help="Print problems only.")
@reports_errors
def build(project_dir: Path, output: Path | None, quiet: bool) -> None:
    """Read the articles, update the event store and build the site.

    Articles that cannot be read are listed and skipped; the others are built, and the command
    exits with status 1 at the end.
    """
    from timeline.build import build as run_build

    project = open_project(project_dir)
    with _ProgressBar(enabled=not quiet) as progress:
        report = run_build(project, progress=progress, site_dir=output)
    _problem_lines(report.warnings, "warning", "yellow")
    if not quiet:
        merged = report.merge
        changes = f", {merged.summary()}" if merged is not None else ""
        written = len(report.site.written) if report.site is not None else 0
        site = project.relative(output or project.site_dir)
        click.echo(
            f"Read {len(report.articles)} article(s): {len(report.events)} event(s){changes}; "
            f"site/ {written} file(s) written to {site}/"
        )
        for event_id, message in merged.conflicts if merged is not None else ():
            click.secho(f"conflict: {event_id}: {message}", fg="yellow", err=True)
    if report.problems:
        _problem_lines(report.problems, "skipped", "red")
        click.secho(f"Error: {len(report.problems)} article(s) could not be read; "
                    "the rest were built.", fg="red", err=True)
        sys.exit(1)


class _ProgressBar:
    """A progress bar on stderr once a build reads more than a few dozen files."""

    THRESHOLD = 30

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.bar: Any = None
        self.shown = 0

    def __enter__(self) -> _ProgressBar:
        return self

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled or total <= self.THRESHOLD:
            return
        if self.bar is None:
            self.bar = click.progressbar(length=total, label="Reading articles", file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(done - self.shown)
        self.shown = done

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


@cli.command()
@project_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list, for scripts.")
@click.option("--from", "start", type=click.DateTime(["%Y-%m-%d"]), metavar="DATE",
              help="Only events that end on or after DATE (YYYY-MM-DD).")
@click.option("--to", "end", type=click.DateTime(["%Y-%m-%d"]), metavar="DATE",
              help="Only events that start on or before DATE (YYYY-MM-DD).")
@click.option("--tag", help="Only events with this tag.")
@click.option("--all", "include_hidden", is_flag=True, help="Include hidden events.")
@reports_errors
def events(project_dir: Path, as_json: bool, start: datetime | None, end: datetime | None,
           tag: str | None, include_hidden: bool) -> None:
    """Print the events in the store, in date order."""
    from timeline.events import events as query

    found = query(open_project(project_dir), start=start.date() if start else None,
                  end=end.date() if end else None, tag=tag, include_hidden=include_hidden)
    if as_json:
        click.echo(json.dumps([e.to_json() for e in found], ensure_ascii=False, indent=2))
        return
    for event in found:
        when = event.first.isoformat()
        if event.last != event.first:
            when += f"..{event.last.isoformat()}"
        sources = len(event.sources)
        click.echo(f"{when:<22} {event.title}  [{event.id}] ({sources} source"
                   f"{'' if sources == 1 else 's'})")


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


# --- timeline serve ------------------------------------------------------------------------------

@cli.command("serve")
@project_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default lets only this machine in.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port).")
@click.option("--open", "open_browser", is_flag=True, help="Open the site in a web browser.")
@click.option("--poll", is_flag=True,
              help="Look for changes by polling, for file systems without change events.")
@click.option("--no-livereload", "no_livereload", is_flag=True,
              help="Do not reload open pages or show build problems in them.")
@click.option("-w", "--watch", "watch", multiple=True,
              type=click.Path(exists=True, path_type=Path), metavar="PATH",
              help="Also rebuild when PATH changes (may be given more than once).")
@reports_errors
def serve_command(project_dir: Path, host: str, port: int, open_browser: bool, poll: bool,
                  no_livereload: bool, watch: tuple[Path, ...]) -> None:
    """Preview the site: build it in memory, serve it, and rebuild and reload on every change.

    Watches the articles, the event store, templates/ and timeline.yaml. A change rebuilds only
    what it touches and updates the store as `timeline build` would; the site/ folder is left
    alone. Problems are shown in the browser until fixed. Ctrl-C stops the server.
    """
    from timeline.serve import serve

    serve(open_project(project_dir), host=host, port=port, open_browser=open_browser,
          poll=poll, livereload=not no_livereload, watch=watch, echo=click.echo)
