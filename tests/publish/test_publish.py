"""`timeline publish` against real git: a bare repository as the remote, no network."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import Result
from publish_helpers import branch_log, clone_branch, commit_all, fresh_copy, git, timeline

from timeline import __version__
from timeline.linkcheck import check_links

FIXTURES = Path(__file__).parent / "fixtures"
GITHUB_ORIGIN = "https://github.com/Reporter-Desk/harbour-timeline.git"
PAGES_URL = "https://reporter-desk.github.io/harbour-timeline/"


def publish(root: Path, *args: str) -> Result:
    return timeline("publish", "-C", str(root), *args)


def local_branch(root: Path, branch: str = "gh-pages") -> bool:
    return bool(git(root, "branch", "--list", branch).strip())


# --- the first publish of a project whose origin is on github.com ---------------------------------

@dataclass(frozen=True)
class First:
    root: Path
    remote: Path
    result: Result
    source: str  # the project's commit
    clone: Path  # of the gh-pages branch as pushed


@pytest.fixture(scope="module")
def first(committed: Path, tmp_path_factory: pytest.TempPathFactory) -> First:
    """Publish once from a project whose origin names a github.com repository (rewritten by
    git's insteadOf to a local bare repository) and clone what it pushed."""
    where = tmp_path_factory.mktemp("first")
    root, remote = fresh_copy(committed, where)
    git(root, "remote", "set-url", "origin", GITHUB_ORIGIN)
    git(root, "config", f"url.{remote}.insteadOf", GITHUB_ORIGIN)
    result = publish(root)
    assert result.exit_code == 0, result.output
    return First(root, remote, result, git(root, "rev-parse", "HEAD").strip(),
                 clone_branch(remote, where / "clone"))


def test_publish_prints_what_it_pushed_and_the_url_derived_from_origin(first: First) -> None:
    pushed = git(first.clone, "rev-parse", "HEAD").strip()
    files = len(site_files(first.root / "site"))
    assert first.result.stdout.splitlines() == [
        f"Built {files} file(s) into site/; every internal link resolves.",
        f"Pushed {pushed[:12]} to origin/gh-pages: Publish the site built from "
        f"{first.source[:12]} with timeline {__version__}",
        f"The site is at {PAGES_URL}",
    ]
    assert first.result.stderr == ""


def site_files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")
            if p.is_file() and ".git" not in p.relative_to(root).parts}


def test_gh_pages_holds_the_site_and_nojekyll(first: First) -> None:
    site = site_files(first.root / "site")
    assert "index.html" in site
    assert site_files(first.clone) == site | {".nojekyll"}
    assert (first.clone / ".nojekyll").read_bytes() == b""
    assert not (first.clone / "CNAME").exists()


def test_published_site_is_built_for_the_public_url(first: First) -> None:
    index = (first.clone / "index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{PAGES_URL}">' in index
    feed = (first.clone / "feed.xml").read_text(encoding="utf-8")
    assert f'href="{PAGES_URL}feed.xml"' in feed
    # the project's own setting stays as it was
    assert "\nbase_url:" not in (first.root / "timeline.yaml").read_text(encoding="utf-8")


def test_published_links_are_relative_and_resolve(first: First) -> None:
    index = (first.clone / "index.html").read_text(encoding="utf-8")
    assert 'href="static/site.css"' in index
    assert 'href="/' not in index and 'src="/' not in index
    assert check_links(first.clone, base_url=PAGES_URL) == []


def test_commit_message_names_source_commit_and_version(first: First) -> None:
    assert branch_log(first.remote) == [
        f"Publish the site built from {first.source[:12]} with timeline {__version__}"]


# --- history, messages, CNAME ---------------------------------------------------------------------

def test_publishing_again_grows_history_and_no_history_starts_over(
        project: Path, remote: Path, tmp_path: Path) -> None:
    assert publish(project).exit_code == 0
    before = branch_log(remote)
    shutil.copy(FIXTURES / "2024-10-08-ferry-timetable.txt", project / "content" / "articles")
    source = commit_all(project, "Ferry timetable article")

    second = publish(project, "-m", "Site of {sha} (timeline {version})")
    assert second.exit_code == 0, second.output
    assert branch_log(remote) == [f"Site of {source[:12]} (timeline {__version__})", *before]
    assert "the build updated" in second.stderr and "content/events/" in second.stderr
    clone = clone_branch(remote, tmp_path / "clone")
    assert "winter timetable" in (clone / "sources" / "index.html").read_text(encoding="utf-8")

    commit_all(project, "Events of the ferry timetable article")
    third = publish(project, "--no-history")
    assert third.exit_code == 0, third.output
    assert len(branch_log(remote)) == 1


def test_cname_is_published_and_a_remote_cname_the_project_lacks_is_warned(
        project: Path, remote: Path, tmp_path: Path) -> None:
    (project / "CNAME").write_text("Timeline.Harbour-Watch.org\n", encoding="utf-8")
    commit_all(project, "Custom domain")
    result = publish(project)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == "The site is at https://timeline.harbour-watch.org/"
    clone = clone_branch(remote, tmp_path / "clone")
    assert (clone / "CNAME").read_text(encoding="utf-8").strip() == "timeline.harbour-watch.org"

    (project / "CNAME").unlink()
    commit_all(project, "No custom domain")
    dry = publish(project, "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert ("warning: origin/gh-pages has a CNAME (timeline.harbour-watch.org) that the project "
            "lacks; this publish removes it.") in dry.stderr


# --- what pushes nothing --------------------------------------------------------------------------

def test_dry_run_pushes_nothing(project: Path, remote: Path) -> None:
    result = publish(project, "--dry-run")
    assert result.exit_code == 0, result.output
    assert "Dry run: would push site/ to origin/gh-pages" in result.stdout
    assert "nothing was committed or pushed" in result.stdout
    assert branch_log(remote) == []
    assert not local_branch(project)


@pytest.mark.parametrize(("change", "named"), [
    (lambda root: (root / "content" / "articles" / "2024-03-20-survey-finds-corrosion.txt")
     .write_text("Edited\n", encoding="utf-8"),
     "content/articles/2024-03-20-survey-finds-corrosion.txt"),
    (lambda root: shutil.copy(FIXTURES / "2024-10-08-ferry-timetable.txt",
                              root / "content" / "articles"),
     "content/articles/2024-10-08-ferry-timetable.txt"),
    (lambda root: (root / "timeline.yaml").write_text("title: Renamed\n", encoding="utf-8"),
     "timeline.yaml"),
], ids=["edited-article", "new-article", "settings"])
def test_uncommitted_changes_are_refused(project: Path, remote: Path, change: object,
                                         named: str) -> None:
    change(project)  # type: ignore[operator]
    result = publish(project)
    assert result.exit_code == 1
    assert result.stderr == (f"Error: uncommitted changes to {named}: commit them so the "
                             "published site matches a commit, or pass --allow-dirty\n")
    assert branch_log(remote) == []


def test_allow_dirty_publishes_and_says_so(project: Path, remote: Path) -> None:
    (project / "timeline.yaml").write_text("title: Harbour Watch draft\n", encoding="utf-8")
    result = publish(project, "--allow-dirty")
    assert result.exit_code == 0, result.output
    assert "with uncommitted changes" in branch_log(remote)[0]


def test_broken_internal_link_stops_the_publish(project: Path, remote: Path) -> None:
    (project / "templates" / "search.html").write_text(
        '{% extends "base.html" %}{% block main %}\n<h1>Search</h1>\n'
        '<p><a href="{{ root }}archive/index.html">Archive</a></p>\n'
        '<p><a href="{{ root }}index.html#no-such-place">Top</a></p>\n{% endblock %}\n',
        encoding="utf-8")
    commit_all(project, "A search page with broken links")
    result = publish(project)
    assert result.exit_code == 1
    page = (project / "site" / "search" / "index.html").read_text(encoding="utf-8").splitlines()
    archive, top = (next(n for n, line in enumerate(page, 1) if word in line)
                    for word in ("Archive", "Top"))
    assert result.stderr.splitlines() == [
        "Error: 2 broken link(s) in the built site (nothing was published)",
        f"  site/search/index.html:{archive}: ../archive/index.html: no such file "
        "archive/index.html",
        f"  site/search/index.html:{top}: ../index.html#no-such-place: index.html has no element "
        "with id 'no-such-place'",
    ]
    assert branch_log(remote) == []
    assert not local_branch(project)


def test_skipped_article_stops_the_publish(project: Path, remote: Path) -> None:
    (project / "content" / "articles" / "undated.txt").write_text(
        "Harbour board meets\nThe board met to discuss the ferries.\n", encoding="utf-8")
    commit_all(project, "An article without a dateline")
    result = publish(project)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == ("Error: the build skipped 1 article(s); fix them before publishing "
                        "(nothing was published)")
    assert lines[1].startswith("  content/articles/undated.txt:")
    assert branch_log(remote) == []


def test_rejected_push_is_one_clear_line(project: Path, remote: Path) -> None:
    hook = remote / "hooks" / "pre-receive"
    hook.write_text("#!/bin/sh\necho 'pages are frozen this week' >&2\nexit 1\n")
    hook.chmod(0o755)
    result = publish(project)
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line.startswith("Error: pushing gh-pages to origin failed: ")
    assert "pre-receive hook declined" in line
    assert branch_log(remote) == []


# --- refusals before anything is built ------------------------------------------------------------

def test_outside_a_git_repository_is_refused(tmp_path: Path) -> None:
    assert timeline("init", str(tmp_path / "loose")).exit_code == 0
    result = publish(tmp_path / "loose")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {tmp_path / 'loose'} is not inside a git repository")
    assert len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "loose" / "site").exists()


def test_unknown_remote_is_refused(project: Path) -> None:
    result = publish(project, "--remote", "upstream")
    assert result.exit_code == 1
    assert result.stderr == ("Error: no git remote named 'upstream': add one with `git remote add "
                             "upstream URL`, or name another with --remote\n")


def test_publishing_from_the_pages_branch_is_refused(project: Path) -> None:
    git(project, "checkout", "-q", "-b", "gh-pages")
    result = publish(project)
    assert result.exit_code == 1
    assert "the gh-pages branch is checked out here" in result.stderr


def test_build_only_needs_no_git(tmp_path: Path) -> None:
    root = tmp_path / "loose"
    assert timeline("init", str(root)).exit_code == 0
    result = publish(root, "--build-only", "--base-url", "https://example.org/harbour")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == "The site would be at https://example.org/harbour/"
    assert ('<link rel="canonical" href="https://example.org/harbour/">'
            in (root / "site" / "index.html").read_text(encoding="utf-8"))


# --- where the project sits, which remote and branch, how it pushes ------------------------------

def test_project_in_a_subfolder_to_another_remote_and_branch(
        committed: Path, tmp_path: Path) -> None:
    repo = tmp_path / "newsroom"
    shutil.copytree(committed, repo / "stories" / "harbour", symlinks=True,
                    ignore=shutil.ignore_patterns(".git"))
    git(repo, "init", "-q", "-b", "main")
    commit_all(repo, "Newsroom stories")
    mirror = tmp_path / "mirror.git"
    git(tmp_path, "init", "-q", "--bare", str(mirror))
    git(repo, "remote", "add", "mirror", str(mirror))
    project = repo / "stories" / "harbour"

    (project / "timeline.yaml").write_text("title: Harbour draft\n", encoding="utf-8")
    refused = publish(project, "--remote", "mirror")
    assert "uncommitted changes to stories/harbour/timeline.yaml" in refused.stderr
    git(repo, "checkout", "-q", "--", ".")

    result = publish(project, "--remote", "mirror", "--branch", "site")
    assert result.exit_code == 0, result.output
    assert "Pushed " in result.stdout and " to mirror/site: " in result.stdout
    assert result.stdout.splitlines()[-1] == ("The site's URL is unknown: set base_url in "
                                              "timeline.yaml, or add a CNAME file.")
    assert len(branch_log(mirror, "site")) == 1
    assert branch_log(mirror, "gh-pages") == []
    clone = clone_branch(mirror, tmp_path / "clone", "site")
    assert (clone / "index.html").is_file() and (clone / ".nojekyll").is_file()


def test_force_pushes_with_force(project: Path, remote: Path, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """What git is asked to do, seen through a git on PATH that logs its arguments."""
    real = shutil.which("git")
    shims = tmp_path / "bin"
    shims.mkdir()
    log = tmp_path / "git.log"
    (shims / "git").write_text(f'#!/bin/sh\necho "$*" >> {log}\nexec {real} "$@"\n')
    (shims / "git").chmod(0o755)
    monkeypatch.setenv("PATH", f"{shims}:{Path(str(real)).parent}")

    assert publish(project).exit_code == 0
    assert publish(project, "--force").exit_code == 0
    pushes = [line for line in log.read_text().splitlines() if line.startswith("push")]
    assert pushes == ["push --quiet origin refs/heads/gh-pages:refs/heads/gh-pages",
                      "push --quiet --force origin refs/heads/gh-pages:refs/heads/gh-pages"]
    assert len(branch_log(remote)) == 2
