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
from timeline.config import load_project
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
@click.option("--base-url", metavar="URL",
              help="Build for this public URL (feeds, canonical links) instead of base_url.")
@click.option("-q", "--quiet", is_flag=True, help="Print problems only.")
@reports_errors
def build(project_dir: Path, output: Path | None, base_url: str | None, quiet: bool) -> None:
    """Read the articles, update the event store and build the site.

    Articles that cannot be read are listed and skipped; the others are built, and the command
    exits with status 1 at the end.
    """
    from timeline.build import build as run_build
    from timeline.ghpages import normal_base_url

    project = load_project(project_dir)
    with _ProgressBar(enabled=not quiet) as progress:
        report = run_build(project, progress=progress, site_dir=output,
                           base_url=normal_base_url(base_url) if base_url else None)
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

    found = query(load_project(project_dir), start=start.date() if start else None,
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
@click.option("--timeml", is_flag=True,
              help="With --batch: one line per TimeML TIMEX3, a range as its two ends.")
@click.option("--article", "articles", multiple=True, metavar="FILE",
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read this article as the build does, against its own dateline "
                   "(repeatable).")
@project_option
@reports_errors
def dates_command(text: tuple[str, ...], anchor: str | None, as_json: bool, explain: bool,
                  batch: Path | None, timeml: bool, articles: tuple[Path, ...],
                  project_dir: Path) -> None:
    """Find the dates in TEXT, articles or a JSONL batch; print their TimeML values.

    With no TEXT, or TEXT -, the text is read from standard input."""
    from timeline.config import CONFIG_FILE
    from timeline.dates import DateSettings
    from timeline.dates.command import dates, dates_articles, dates_batch

    if [bool(text), batch is not None, bool(articles)].count(True) > 1:
        raise click.UsageError("give one of TEXT, --article FILE or --batch FILE.jsonl")
    if articles and anchor:
        raise click.UsageError("--article reads each article's own dateline; drop --anchor")
    if text == ("-",) or not (text or batch or articles):
        stdin = sys.stdin
        if not text and stdin.isatty():
            raise click.UsageError("give TEXT to read (or - for standard input), "
                                   "--article FILE or --batch FILE.jsonl")
        text = (stdin.read(),)
    settings = DateSettings()
    if (project_dir / CONFIG_FILE).is_file():
        settings = DateSettings.from_config(load_project(project_dir).config)
    def warn(message: str) -> None:
        click.echo(f"warning: {message}", err=True)

    if timeml and batch is None:
        raise click.UsageError("--timeml goes with --batch FILE.jsonl")
    if batch is not None:
        lines = dates_batch(batch, settings, explain=explain, timeml=timeml, warn=warn)
    elif articles:
        lines = dates_articles(articles, settings, as_json=as_json, explain=explain, warn=warn)
    else:
        lines = dates(text, anchor, settings, as_json=as_json, explain=explain, warn=warn)
    for line in lines:
        click.echo(line)


# --- timeline check (issue 4) -------------------------------------------------------------------


@cli.command()
@project_option
@reports_errors
def check(project_dir: Path) -> None:
    """Validate timeline.yaml, the articles and the event store; write nothing.

    Every problem is listed with its file, line and column; the exit status is 1 if there
    are any.
    """
    from timeline.check import check as run_check

    report = run_check(project_dir)
    _problem_lines(report.warnings, "warning", "yellow")
    _problem_lines(report.problems, "error", "red")
    click.echo(report.summary())
    if not report.ok:
        sys.exit(1)


# --- timeline publish ----------------------------------------------------------------------------

@cli.command("publish")
@project_option
@click.option("--remote", default="origin", show_default=True, metavar="NAME",
              help="The git remote to push to; its URL gives the site's URL on github.com.")
@click.option("--branch", default="gh-pages", show_default=True, metavar="NAME",
              help="The branch that holds the published site.")
@click.option("-m", "--message",
              help="Commit message on the branch; {sha} and {version} are filled in "
                   "(default: names the source commit and timeline's version).")
@click.option("--force", is_flag=True,
              help="Push with --force; with --workflow, replace a different workflow file.")
@click.option("--no-history", is_flag=True,
              help="Make the new commit the branch's only one (pushes with --force).")
@click.option("--dry-run", is_flag=True,
              help="Build and check everything, then stop: commit and push nothing.")
@click.option("--allow-dirty", is_flag=True,
              help="Publish even with uncommitted changes to content/, templates/ or settings.")
@click.option("--base-url", metavar="URL",
              help="Build for this URL instead of base_url, the CNAME or the remote's.")
@click.option("--build-only", is_flag=True,
              help="Build for the public URL and check the links, without git (for CI).")
@click.option("--workflow", is_flag=True,
              help="Write .github/workflows/pages.yml for GitHub's Actions flow instead.")
@click.option("--install", metavar="SPEC",
              help="With --workflow: what the workflow pip-installs (default: this "
                   "timeline, from the git commit, URL or PyPI release it was installed from).")
@click.option("-q", "--quiet", is_flag=True, help="Print problems and the URL only.")
@reports_errors
def publish_command(project_dir: Path, remote: str, branch: str, message: str | None,
                    force: bool, no_history: bool, dry_run: bool, allow_dirty: bool,
                    base_url: str | None, build_only: bool, workflow: bool,
                    install: str | None, quiet: bool) -> None:
    """Build for the public URL, check the links and push the site to GitHub Pages.

    The site goes to the gh-pages branch (with .nojekyll and the project's CNAME). With
    --workflow, write a GitHub Actions workflow that builds and deploys it on every push instead.
    """
    if workflow and (dry_run or build_only or no_history or allow_dirty or message or base_url):
        raise click.UsageError("--workflow takes only --force and --install")
    if install and not workflow:
        raise click.UsageError("--install goes with --workflow")
    project = load_project(project_dir)
    if workflow:
        from timeline.workflow import write_workflow

        written = write_workflow(project, force=force, install=install)
        shown = project.relative(written.path)
        if not written.written:
            click.echo(f"{shown} is up to date.")
        else:
            click.echo(f"{'Replaced' if written.replaced else 'Wrote'} {shown}. Commit and push "
                       "it, then choose Settings > Pages > Source: GitHub Actions.")
        return
    from timeline.publish import publish

    with _ProgressBar(enabled=not quiet) as progress:
        report = publish(project, remote=remote, branch=branch, message=message, force=force,
                         no_history=no_history, dry_run=dry_run, allow_dirty=allow_dirty,
                         build_only=build_only, base_url=base_url, progress=progress)
    _problem_lines(report.build.warnings, "warning", "yellow")
    for warning in report.warnings:
        click.secho(f"warning: {warning}", fg="yellow", err=True)
    site = project.relative(project.site_dir)
    if not quiet:
        click.echo(f"Built {report.files} file(s) into {site}/; every internal link resolves.")
        if report.pushed:
            click.echo(f"Pushed {report.commit[:12]} to {report.remote}/{report.branch}: "
                       f"{report.message}")
        elif dry_run and not build_only:
            click.echo(f"Dry run: would push {site}/ to {report.remote}/{report.branch} as "
                       f"\"{report.message}\"; nothing was committed or pushed.")
    if report.url:
        click.echo(f"{'The site would be at' if not report.pushed else 'The site is at'} "
                   f"{report.url}")
    else:
        click.echo("The site's URL is unknown: set base_url in timeline.yaml, or add a CNAME file.")


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
    """Preview the site in a browser; rebuild and reload it on every change.

    The site is built in memory and served under the path of base_url. Watches the articles,
    the event store, templates/ and timeline.yaml; a change rebuilds only what it touches and
    updates the store as `timeline build` would (site/ is left alone). Problems show in the
    browser until fixed. Ctrl-C stops the server.
    """
    from timeline.serve import serve

    serve(load_project(project_dir), host=host, port=port, open_browser=open_browser,
          poll=poll, livereload=not no_livereload, watch=watch, echo=click.echo)
