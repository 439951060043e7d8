"""Loading ``timeline.yaml`` into a validated, immutable ``Project``.

Every problem in the file is collected and reported at once, each with its line.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timeline.errors import ConfigError, Problem
from timeline.yamlio import YAMLProblem, key_lines, parse_yaml

CONFIG_FILE = "timeline.yaml"

DEFAULT_PATHS = {
    "articles": "content/articles",
    "events": "content/events",
    "templates": "templates",
    "site": "site",
    "cache": ".timeline-cache",
}

DATE_ORDERS = ("MDY", "DMY", "YMD")


@dataclass(frozen=True, slots=True)
class Config:
    title: str = "Timeline"
    description: str = ""
    base_url: str = ""  # absolute URL the site is published at, "" when unknown
    timezone: str = "UTC"  # zone for datelines that name none
    language: str = "en"
    date_order: str = "MDY"  # how to read 03/04/2022
    #: Abbreviations whose zone the project fixes, e.g. {"IST": "Asia/Kolkata"}.
    timezones: Mapping[str, str] = field(default_factory=dict)
    paths: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_PATHS))
    tags: Mapping[str, list[str]] = field(default_factory=dict)  # tag -> words that imply it


@dataclass(frozen=True, slots=True)
class Project:
    root: Path
    config: Config

    def path(self, name: str) -> Path:
        return self.root / self.config.paths[name]

    @property
    def articles_dir(self) -> Path:
        return self.path("articles")

    @property
    def events_dir(self) -> Path:
        return self.path("events")

    @property
    def templates_dir(self) -> Path:
        return self.path("templates")

    @property
    def site_dir(self) -> Path:
        return self.path("site")

    @property
    def cache_dir(self) -> Path:
        return self.path("cache")

    def relative(self, path: Path) -> str:
        """A path as messages and the store show it: relative to the project, forward slashes."""
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()


_STRING_KEYS = ("title", "description", "base_url", "timezone", "language", "date_order")


def load_project(root: Path | str = ".") -> Project:
    """Read ``timeline.yaml`` in ``root``; raise ConfigError listing every problem."""
    root = Path(root)
    config_path = root / CONFIG_FILE
    if not config_path.is_file():
        raise ConfigError(
            f"{config_path}: no {CONFIG_FILE} here; run `timeline init DIR` to create a project "
            "or pass --project DIR"
        )
    text = config_path.read_text(encoding="utf-8")
    try:
        raw = parse_yaml(text, CONFIG_FILE)
    except YAMLProblem as exc:
        raise ConfigError(f"{CONFIG_FILE} is not valid YAML", [exc.problem]) from exc
    return Project(root.resolve(), parse_config(raw, key_lines(text)))


def parse_config(raw: Any, lines: Mapping[str, int] | None = None) -> Config:
    lines = lines or {}
    problems: list[Problem] = []

    def problem(key: str, message: str) -> None:
        problems.append(Problem(CONFIG_FILE, f"{key}: {message}", lines.get(key)))

    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{CONFIG_FILE} is not valid",
                          [Problem(CONFIG_FILE, "expected a mapping of settings", 1)])
    known = {*_STRING_KEYS, "timezones", "paths", "tags"}
    for key in raw:
        if key not in known:
            problem(str(key), f"unknown setting; expected one of {', '.join(sorted(known))}")

    values: dict[str, Any] = {}
    for key in _STRING_KEYS:
        if key in raw and raw[key] is not None:
            if not isinstance(raw[key], str):
                problem(key, f"expected text, got {type(raw[key]).__name__}")
            else:
                values[key] = raw[key].strip()

    zone = values.get("timezone")
    if zone is not None and not _valid_zone(zone):
        problem("timezone", f"unknown time zone {zone!r}; expected an IANA name such as "
                            "'Asia/Tokyo' or 'UTC'")
    order = values.get("date_order")
    if order is not None:
        values["date_order"] = order.upper()
        if values["date_order"] not in DATE_ORDERS:
            problem("date_order", f"expected one of {', '.join(DATE_ORDERS)}, got {order!r}")
    base_url = values.get("base_url")
    if base_url:
        if not base_url.startswith(("http://", "https://")):
            problem("base_url", f"expected an absolute http(s) URL, got {base_url!r}")
        values["base_url"] = base_url if base_url.endswith("/") else base_url + "/"

    zones = raw.get("timezones") or {}
    if not isinstance(zones, dict):
        problem("timezones", "expected a mapping such as {IST: Asia/Kolkata}")
        zones = {}
    for abbr, name in zones.items():
        if not isinstance(name, str) or not _valid_zone(name):
            problem("timezones", f"{abbr}: unknown time zone {name!r}")
    values["timezones"] = {str(k).upper(): str(v) for k, v in zones.items()}

    paths = dict(DEFAULT_PATHS)
    given = raw.get("paths") or {}
    if not isinstance(given, dict):
        problem("paths", "expected a mapping such as {articles: content/articles}")
        given = {}
    for key, value in given.items():
        if key not in DEFAULT_PATHS:
            problem("paths", f"unknown path {key!r}; expected one of {', '.join(DEFAULT_PATHS)}")
        elif not isinstance(value, str) or not value.strip():
            problem("paths", f"{key}: expected a relative path")
        else:
            paths[key] = value.strip()
    values["paths"] = paths

    tags = raw.get("tags") or {}
    if not isinstance(tags, dict) or not all(
        isinstance(v, list) and all(isinstance(w, str) for w in v) for v in tags.values()
    ):
        problem("tags", "expected a mapping of tag to a list of words, e.g. {korea: [Seoul]}")
        tags = {}
    values["tags"] = {str(k): list(v) for k, v in tags.items()}

    if problems:
        raise ConfigError(f"{CONFIG_FILE} has {len(problems)} problem(s)", problems)
    return Config(**values)


def _valid_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True
