"""How long publishing takes beside the build it starts from.

    python benchmarks/bench_publish.py [-n ARTICLES] [--keep DIR]

Writes a synthetic project (benchmarks/make_corpus.py), commits it to a git repository with a
local bare repository as its origin, then times in one run: the first build, the link check of
the built site, `publish --dry-run` (a rebuild, the link check and a fetch) and a real publish
(the same plus the ghp-import commit and the push). Figures that matter are the ratios, measured
in the same run on a noisy machine: the link check against the build, and what committing and
pushing add to a dry run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).parent))

from make_corpus import make_corpus

from timeline.build import build
from timeline.config import load_project
from timeline.init import init
from timeline.linkcheck import check_links
from timeline.publish import publish

T = TypeVar("T")
BASE = "https://bench.github.io/timeline/"


def timed(label: str, action: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - start
    print(f"{label:<34} {seconds:8.2f} s")
    return result, seconds


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--articles", type=int, default=500)
    parser.add_argument("--keep", type=Path, help="build here and keep it (default: a temp dir)")
    args = parser.parse_args()
    os.environ.update({"GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1",
                       "GIT_AUTHOR_NAME": "Bench", "GIT_AUTHOR_EMAIL": "bench@example.org",
                       "GIT_COMMITTER_NAME": "Bench", "GIT_COMMITTER_EMAIL": "bench@example.org"})
    with tempfile.TemporaryDirectory() as temp:
        where = args.keep or Path(temp)
        root = where / "project"
        init(root, title="Bench")
        for example in (root / "content" / "articles").iterdir():
            example.unlink()
        make_corpus(root, args.articles, 1)
        project = load_project(root)
        report, first = timed("build (first)", lambda: build(project, base_url=BASE))
        files = [p for p in project.site_dir.rglob("*") if p.is_file()]
        size = sum(p.stat().st_size for p in files) / 1e6
        print(f"{'site':<34} {len(files):8d} files, {size:.1f} MB, {len(report.events)} events")
        broken, check = timed("link check", lambda: check_links(project.site_dir, base_url=BASE))
        assert not broken, broken[:5]

        git(where, "init", "-q", "--bare", "remote.git")
        git(root, "init", "-q", "-b", "main")
        git(root, "add", "-A")
        git(root, "commit", "-q", "-m", "bench")
        git(root, "remote", "add", "origin", str(where / "remote.git"))
        _, dry = timed("publish --dry-run", lambda: publish(project, base_url=BASE,
                                                            dry_run=True))
        _, real = timed("publish", lambda: publish(project, base_url=BASE))
        print(f"{'link check / first build':<34} {check / first:8.2f}")
        print(f"{'publish / publish --dry-run':<34} {real / dry:8.2f}")
        print(f"{'commit + push (publish - dry run)':<34} {real - dry:8.2f} s")


if __name__ == "__main__":
    sys.exit(main())
