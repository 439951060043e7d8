"""Writing the rendered pages to the site folder.

Only files whose bytes changed are written, and not one of them replaces its old version until
all of them are on disk: every changed page is first written to a temporary file beside its
target, and only then are they renamed into place, each rename atomic; new files, which replace
nothing, are written directly. A failure while staging
(a full disk, an exception) leaves the old site whole. Files no longer built are removed last.
Unchanged files keep their bytes, inode and time. Dot-folders such as a ``.git`` inside the
site folder are never touched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from timeline.errors import TimelineError
from timeline.yamlio import FILE_MODE


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
    staged: list[tuple[str, Path]] = []
    created: list[Path] = []  # new files: they replace nothing, so they need no staging
    made: list[Path] = []
    try:
        for name in sorted(pages):
            data = pages[name]
            target = site_dir / name
            state = _state(target, data)
            if state == "same":
                report.unchanged += 1
                continue
            made.extend(_make_parents(target.parent))
            if state == "missing":
                created.append(target)
                with open(target, "xb") as handle:
                    handle.write(data)
            else:
                fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                           dir=target.parent)
                staged.append((tmp, target))
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                os.chmod(tmp, FILE_MODE)
            report.written.append(name)
    except BaseException:
        for path in [Path(tmp) for tmp, _target in staged] + created:
            path.unlink(missing_ok=True)
        for folder in reversed(made):
            _remove_if_empty(folder)
        raise
    for tmp, target in staged:
        os.replace(tmp, target)
    report.removed = _remove_stale(site_dir, pages)
    return report


def _make_parents(folder: Path) -> list[Path]:
    """Create ``folder`` and its missing parents; return the ones created, outermost first."""
    missing: list[Path] = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for created in reversed(missing):
        created.mkdir()
    return list(reversed(missing))


def _remove_if_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not empty, or already gone
        folder.rmdir()


def _remove_stale(site_dir: Path, pages: Mapping[str, bytes]) -> list[str]:
    removed: list[str] = []
    folders: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(site_dir):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        here = Path(dirpath)
        if here != site_dir:
            folders.append(here)
        for filename in filenames:
            rel = (here / filename).relative_to(site_dir).as_posix()
            if rel not in pages and not filename.startswith("."):
                (here / filename).unlink()
                removed.append(rel)
    for folder in sorted(folders, key=lambda f: len(f.parts), reverse=True):
        _remove_if_empty(folder)
    return sorted(removed)


def _state(path: Path, data: bytes) -> str:
    """"same" when ``path`` holds exactly ``data``, "missing" when there is no such file,
    "changed" otherwise."""
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return "same"
    except FileNotFoundError:
        return "missing"
    except OSError:
        pass
    return "changed"


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
