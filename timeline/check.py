"""``check``: validate the configuration, the articles and the event store, writing nothing.

Every problem is collected, each with file, line and what was expected, so one run lists all
that needs fixing before a build.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from timeline.articles import read_articles
from timeline.config import CONFIG_FILE, Config, Project, load_project
from timeline.errors import ConfigError, Problem
from timeline.store.schema import validate_store


@dataclass(slots=True)
class CheckReport:
    articles: int = 0
    store_files: int = 0
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        checked = (f"checked {CONFIG_FILE}, {self.articles} article(s) and "
                   f"{self.store_files} store file(s)")
        if self.ok:
            return f"{checked}: no problems"
        return f"{checked}: {len(self.problems)} problem(s)"


def check(root: Path | str = ".") -> CheckReport:
    """Check the project in ``root``. A broken timeline.yaml is reported, and the articles and
    store are then checked at their default places."""
    report = CheckReport()
    try:
        project = load_project(root)
    except ConfigError as exc:
        if not (Path(root) / CONFIG_FILE).is_file():
            raise
        report.problems.extend(exc.problems or [Problem(CONFIG_FILE, str(exc))])
        project = Project(Path(root).resolve(), Config())
    read = read_articles(project)
    report.articles = len(read.articles) + len({p.path for p in read.problems})
    report.problems.extend(read.problems)
    report.warnings.extend(read.warnings)
    report.store_files, found = validate_store(project)
    report.problems.extend(found)
    return report
