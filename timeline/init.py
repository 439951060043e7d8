"""``init``: a new project with a working example, ready for ``timeline build``."""

from __future__ import annotations

import shutil
from pathlib import Path

import timeline
from timeline.config import CONFIG_FILE
from timeline.errors import TimelineError

CONFIG_TEMPLATE = """\
# Settings of this timeline. Every key is optional; see the README for all of them.
title: {title}
description: Events drawn from the articles in content/articles.

# Where the site will be published, for absolute links in feeds; relative links work without it.
# base_url: https://USER.github.io/REPO/

# The zone of datelines that name none, and how to read numeric dates such as 03/04/2022.
timezone: UTC
date_order: MDY

# Zone abbreviations that mean different places (IST, CST, BST...) are read as you say here.
# timezones:
#   IST: Asia/Kolkata
"""

GITIGNORE = """\
# Built and derived files: rebuilt by `timeline build`, never committed.
/site/
/.timeline-cache/
"""

TEMPLATES_README = """\
# Theme overrides

A file here replaces the built-in template of the same name (for example `base.html` or
`static/site.css`); every other page keeps the built-in one. Run `timeline build` to see it.
"""


def example_articles() -> Path:
    """The example articles shipped with timeline: in the wheel, or at the checkout's root."""
    package = Path(timeline.__file__).parent
    for candidate in (package / "example" / "articles", package.parent / "content" / "articles"):
        if candidate.is_dir():
            return candidate
    raise TimelineError("the example articles are missing from this installation of timeline")


def init(directory: Path, *, title: str | None = None) -> list[Path]:
    """Create a project in ``directory`` (made if needed) and return the files created.

    An existing project is never touched: if ``directory`` holds a timeline.yaml, nothing is
    written. Other files already there stay as they are.
    """
    config = directory / CONFIG_FILE
    if config.exists():
        raise TimelineError(f"{config} exists: {directory} is already a timeline project")
    examples = example_articles()
    created: list[Path] = []

    def write(path: Path, text: str) -> None:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            created.append(path)

    name = title or _title_from(directory)
    write(config, CONFIG_TEMPLATE.format(title=_yaml_text(name)))
    write(directory / ".gitignore", GITIGNORE)
    write(directory / "templates" / "README.md", TEMPLATES_README)
    for source in sorted(examples.rglob("*")):
        if source.is_file() and not source.name.startswith("."):
            target = directory / "content" / "articles" / source.relative_to(examples)
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
                created.append(target)
    (directory / "content" / "events").mkdir(parents=True, exist_ok=True)
    return created


def _title_from(directory: Path) -> str:
    stem = directory.resolve().name.replace("-", " ").replace("_", " ").strip()
    return stem.title() if stem else "Timeline"


def _yaml_text(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
