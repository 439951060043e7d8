"""Writing the rendered pages to the site folder.

The new site is assembled beside the old one: unchanged files are hard-linked (their bytes and
times stay as they were), changed ones written; only when it is complete does it take the old
one's place. A build that fails before that point leaves the old site whole.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from timeline.errors import TimelineError


@dataclass(slots=True)
class WriteReport:
    written: list[str] = field(default_factory=list)  # new or changed files
    removed: list[str] = field(default_factory=list)  # files of the old site no longer built
    unchanged: int = 0


def write_site(site_dir: Path, pages: Mapping[str, bytes], *,
               protect: Sequence[Path] = ()) -> WriteReport:
    """Make ``site_dir`` hold exactly ``pages`` ({relative posix path: bytes}).

    ``protect`` lists the project root and its input folders: the site folder may not be or hold
    any of them, and outside the root it may only replace a built site, so a mistaken
    ``paths: {site: .}`` cannot wipe a project.
    """
    site_dir = site_dir.resolve()
    if protect:
        _check_site_dir(site_dir, [p.resolve() for p in protect])
    for name in pages:
        _check_relative(name)

    report = WriteReport()
    old = site_dir if site_dir.is_dir() else None
    staging = site_dir.with_name(f".{site_dir.name}.new")
    retired = site_dir.with_name(f".{site_dir.name}.old")
    for leftover in (staging, retired):
        if leftover.exists():
            shutil.rmtree(leftover)
    staging.mkdir(parents=True)
    try:
        for name in sorted(pages):
            data = pages[name]
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            previous = old / name if old is not None else None
            if previous is not None and _same_bytes(previous, data):
                try:
                    os.link(previous, target)
                except OSError:
                    shutil.copy2(previous, target)
                report.unchanged += 1
            else:
                target.write_bytes(data)
                report.written.append(name)
        if old is not None:
            report.removed = sorted(
                p.relative_to(old).as_posix() for p in old.rglob("*")
                if p.is_file() and p.relative_to(old).as_posix() not in pages
            )
            os.replace(old, retired)
        os.replace(staging, site_dir)
    except BaseException:
        if not site_dir.exists() and retired.exists():
            os.replace(retired, site_dir)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(retired, ignore_errors=True)
    return report


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        if path.stat().st_size != len(data):
            return False
        return path.read_bytes() == data
    except OSError:
        return False


def _check_relative(name: str) -> None:
    pure = PurePosixPath(name)
    if pure.is_absolute() or ".." in pure.parts or not pure.parts or "\\" in name:
        raise TimelineError(f"refusing to write {name!r} outside the site folder")


def _check_site_dir(site_dir: Path, protect: Sequence[Path]) -> None:
    root = protect[0]
    for path in protect:
        if path.is_relative_to(site_dir):
            raise TimelineError(
                f"the site folder {site_dir} holds {path}; set paths: site: in timeline.yaml to a "
                "folder of its own such as 'site'"
            )
    if not site_dir.is_relative_to(root) and site_dir.exists() and any(site_dir.iterdir()):
        marker = site_dir / "index.html"
        if not marker.exists():
            raise TimelineError(
                f"the site folder {site_dir} is outside the project and holds files that are not a "
                "built site; refusing to replace it"
            )
