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
