"""Checking store files against the published JSON Schema (docs/store.schema.json).

The loader validates events itself, faster and with messages written for people; the schema is
the contract for other tools, and ``timeline check`` applies both.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import timeline
from timeline.config import Project
from timeline.errors import Problem
from timeline.store.core import Store
from timeline.store.files import assemble, read_shards, shard_files
from timeline.store.yamlform import load, problem_at

SCHEMA_NAME = "store.schema.json"


def schema_path() -> Path:
    """The schema: inside the installed package, or in docs/ of a source checkout."""
    package = Path(timeline.__file__).parent
    installed = package / "store" / SCHEMA_NAME
    return installed if installed.is_file() else package.parent / "docs" / SCHEMA_NAME


@cache
def schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(schema_path().read_text(encoding="utf-8"))
    return data


def schema_problems(shown: str, text: str) -> list[Problem]:
    """What the JSON Schema finds wrong with one store file (already known to be YAML)."""
    from jsonschema import Draft202012Validator  # only `timeline check` needs it

    validator = Draft202012Validator(schema())
    found = []
    for error in sorted(validator.iter_errors(load(text)), key=lambda e: list(e.absolute_path)):
        path = tuple(error.absolute_path)
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
        found.append(problem_at(shown, text, path,
                                f"{where or 'file'}: {error.message} (store schema)"))
    return found


def validate_store(project: Project) -> tuple[int, list[Problem]]:
    """Check every store file without writing anything (not even the cache): the number of
    files and every problem, each with file, line and column."""
    shards, texts, problems = read_shards(project, cache=None)
    assemble(Store(), shards, texts, project, problems)
    seen = {(p.path, p.line) for p in problems}
    for rel in shard_files(project.events_dir):
        shown = project.relative(project.events_dir / rel)
        data = texts.get(rel)
        if data is None or any(p.path == shown and p.message.startswith("YAML error")
                               for p in problems):
            continue
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        for problem in schema_problems(shown, text):
            if (problem.path, problem.line) not in seen:
                problems.append(problem)
    return len(texts), sorted(problems, key=lambda p: (p.path, p.line or 0, p.column or 0))
