"""The inputs of a serve session as last read: the configuration, the theme's digest, and each
article file's digest with what came of it (the article and its candidate events, or why it
cannot be read). Reading again touches only the files whose bytes changed."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from timeline.articles import article_paths, read_articles
from timeline.build import extract_all
from timeline.config import CONFIG_FILE, Project, load_project
from timeline.errors import Problem
from timeline.model import Article, Event
from timeline.serve.changes import Changes, file_digest, folder_digest


@dataclass(slots=True)
class Inputs:
    """The inputs as last read: articles by project-relative path and what came of them."""

    project: Project
    config: str | None = None  # digest of timeline.yaml
    theme: str = ""  # digest of the project's templates/
    digests: dict[str, str] = field(default_factory=dict)  # every article file, broken ones too
    articles: dict[str, Article] = field(default_factory=dict)
    candidates: dict[str, list[Event]] = field(default_factory=dict)
    broken: dict[str, list[Problem]] = field(default_factory=dict)

    def copy(self) -> Inputs:
        return replace(self, digests=dict(self.digests), articles=dict(self.articles),
                       candidates=dict(self.candidates), broken=dict(self.broken))

    def read_config(self, changes: Changes, full: bool) -> bool:
        """Load timeline.yaml again when its bytes changed; True when the settings differ."""
        if not (changes.config or full):
            return False
        found = file_digest(self.project.root / CONFIG_FILE)
        if found == self.config and not full:
            return False
        project = load_project(self.project.root)  # raises ConfigError naming file and line
        differs = project != self.project or self.config is None
        self.project, self.config = project, found
        return differs

    def read_theme(self, changes: Changes, full: bool, first: bool) -> bool:
        """Look at templates/ again; True when its files differ (or on the first build)."""
        if not (changes.theme or full):
            return False
        found = folder_digest(self.project.templates_dir)
        differs = found != self.theme or first
        self.theme = found
        return differs

    def read_articles(self, changes: Changes, full: bool,
                      reread: bool) -> tuple[set[str], set[str]]:
        """Read the articles whose bytes changed; return (changed, gone) project paths."""
        project = self.project
        if full or reread or changes.rescan:
            paths = {project.relative(p): p for p in article_paths(project)}
            gone = set(self.digests) - set(paths)
        else:
            paths = {project.relative(p): p for p in changes.articles}
            gone = {rel for rel, p in paths.items() if not p.is_file() and rel in self.digests}
            paths = {rel: p for rel, p in paths.items() if rel not in gone}
        changed: dict[str, Path] = {}
        for rel, path in paths.items():
            found = file_digest(path)
            if found is None:
                if rel in self.digests:
                    gone.add(rel)
                continue
            if reread or found != self.digests.get(rel):
                changed[rel] = path
                self.digests[rel] = found
        for rel in gone:
            for table in (self.digests, self.articles, self.candidates, self.broken):
                table.pop(rel, None)
        if changed:
            read = read_articles(project, [changed[rel] for rel in sorted(changed)])
            extracted, failed = extract_all(project, read.articles)
            problems: dict[str, list[Problem]] = {}
            for problem in [*read.problems, *failed]:
                problems.setdefault(problem.path, []).append(problem)
            for rel in changed:
                for table in (self.articles, self.candidates, self.broken):
                    table.pop(rel, None)
            for article in read.articles:
                if article.path in extracted:
                    self.articles[article.path] = article
                    self.candidates[article.path] = extracted[article.path]
                    if article.digest:
                        self.digests[article.path] = article.digest
            self.broken.update(problems)
        return set(changed), gone
