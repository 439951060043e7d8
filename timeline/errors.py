"""The one exception family of timeline.

Library code raises these; only the command line turns them into messages and exit codes.
Nothing here imports click.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one input file, located as precisely as we know."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


class TimelineError(Exception):
    """Base of every error timeline reports to a user."""

    def __init__(self, message: str, problems: Iterable[Problem] = ()) -> None:
        super().__init__(message)
        self.problems: tuple[Problem, ...] = tuple(problems)

    def __str__(self) -> str:
        head = super().__str__()
        listed = [f"  {p}" for p in self.problems if str(p) != head]  # not the head again
        return "\n".join([head, *listed])


class ConfigError(TimelineError):
    """timeline.yaml is missing, unreadable or holds a bad value."""


class ArticleError(TimelineError):
    """An article cannot be read: no title, no usable dateline, bad front matter."""

    @classmethod
    def at(cls, path: str | Path, message: str, line: int | None = None,
           column: int | None = None) -> ArticleError:
        problem = Problem(str(path), message, line, column)
        return cls(str(problem), [problem])


class DateError(TimelineError):
    """A date or dateline string cannot be understood."""


class StoreError(TimelineError):
    """The event store holds YAML that cannot be loaded or an event that is not valid."""


class RenderError(TimelineError):
    """A template failed: syntax error, unknown variable, bad filter."""


class PublishError(TimelineError):
    """The site cannot be published: not a git repository, dirty tree, broken links."""

