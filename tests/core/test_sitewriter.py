"""Writing the site: only changed files, the old site whole until the new one is complete."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from timeline.errors import TimelineError
from timeline.sitewriter import write_site


def test_writes_pages_and_removes_stale_files(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_site(site, {"index.html": b"one", "events/a/index.html": b"a", "old.html": b"x"})
    report = write_site(site, {"index.html": b"two", "events/a/index.html": b"a"})
    assert (site / "index.html").read_bytes() == b"two"
    assert not (site / "old.html").exists()
    assert report.written == ["index.html"]
    assert report.removed == ["old.html"]
    assert report.unchanged == 1


def test_unchanged_files_keep_their_inode_and_time(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_site(site, {"a.html": b"same", "b.html": b"old"})
    before = os.stat(site / "a.html")
    write_site(site, {"a.html": b"same", "b.html": b"new"})
    after = os.stat(site / "a.html")
    assert (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)


def test_a_failure_midway_leaves_the_old_site_whole(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_site(site, {"index.html": b"old", "page.html": b"old"})

    class Exploding(dict[str, bytes]):
        def __getitem__(self, key: str) -> bytes:
            if key == "page.html":
                raise RuntimeError("disk full")
            return super().__getitem__(key)

    with pytest.raises(RuntimeError):
        write_site(site, Exploding({"index.html": b"new", "page.html": b"new"}))
    assert (site / "index.html").read_bytes() == b"old"
    assert (site / "page.html").read_bytes() == b"old"
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*")) == [
        "index.html", "page.html"]


def test_a_failed_first_build_leaves_no_half_site(tmp_path: Path) -> None:
    class Exploding(dict[str, bytes]):
        def __getitem__(self, key: str) -> bytes:
            if key == "z.html":
                raise RuntimeError("disk full")
            return super().__getitem__(key)

    site = tmp_path / "site"
    with pytest.raises(RuntimeError):
        write_site(site, Exploding({"a/index.html": b"new", "z.html": b"new"}))
    assert not site.exists() or not any(site.rglob("*"))


def test_a_git_checkout_inside_the_site_folder_is_left_alone(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_site(site, {"index.html": b"one", "old/page.html": b"x"})
    (site / ".git").mkdir()
    (site / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n")
    report = write_site(site, {"index.html": b"two"})
    assert report.removed == ["old/page.html"]
    assert not (site / "old").exists()
    assert (site / ".git" / "HEAD").exists()


def test_files_get_ordinary_permissions(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_site(site, {"index.html": b"one"})
    mode = (site / "index.html").stat().st_mode & 0o777
    assert mode & 0o044 == 0o044, oct(mode)


@pytest.mark.parametrize("name", ["../escape.html", "/etc/passwd", "a/../../b"])
def test_refuses_paths_outside_the_site(tmp_path: Path, name: str) -> None:
    with pytest.raises(TimelineError, match="outside the site folder"):
        write_site(tmp_path / "site", {name: b"x"})


def test_refuses_a_site_folder_that_holds_the_project(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "keep.txt").write_text("precious")
    with pytest.raises(TimelineError, match="folder of its own"):
        write_site(tmp_path, {"index.html": b"x"}, protect=[tmp_path, tmp_path / "content"])
    assert (tmp_path / "content" / "keep.txt").read_text() == "precious"
