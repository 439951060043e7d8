"""``publish``: build the site for its public URL, check its links, put it on GitHub Pages.

The site is committed to the ``gh-pages`` branch with ghp-import (as ``mkdocs gh-deploy``
does), with a ``.nojekyll`` file and the project's CNAME, on top of what that branch holds on
the remote, then pushed. Everything that can refuse refuses before anything is committed: not a
git repository, uncommitted changes to the project's inputs, an unknown remote, articles the
build skipped, a broken internal link.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from timeline import __version__
from timeline.build import BuildReport, Progress, build
from timeline.config import CONFIG_FILE, Project
from timeline.errors import Problem, PublishError
from timeline.ghpages import CNAME_FILE, implied_cname, normal_base_url, read_cname, site_url
from timeline.linkcheck import check_links

#: How many changed files a refusal names before it says "and N more".
SHOWN_CHANGES = 5


@dataclass(slots=True)
class PublishReport:
    url: str  # where the site is served, "" when nothing tells
    build: BuildReport
    files: int  # files in the built site
    remote: str = ""
    branch: str = ""
    message: str = ""
    source: str = ""  # the commit the site was built from
    commit: str = ""  # the new commit on the branch; "" on a dry run or a build only
    cname: str | None = None
    pushed: bool = False
    warnings: list[str] = field(default_factory=list)


def publish(project: Project, *, remote: str = "origin", branch: str = "gh-pages",
            message: str | None = None, force: bool = False, no_history: bool = False,
            dry_run: bool = False, allow_dirty: bool = False, build_only: bool = False,
            base_url: str | None = None, progress: Progress | None = None) -> PublishReport:
    """Build ``project`` for its public URL, check its links, commit site/ to ``branch`` and
    push it to ``remote``.

    ``message`` may name ``{sha}`` (the source commit) and ``{version}`` (timeline's); the
    default names both. ``force`` pushes with --force; ``no_history`` makes the commit the
    branch's only one (and so pushes with --force). ``dry_run`` does everything but commit and
    push. ``build_only`` builds and checks without git at all, for a CI job that deploys the
    site itself. ``base_url`` overrides the URL the site is built for.
    """
    cname = read_cname(project.root)
    explicit = normal_base_url(base_url) if base_url else project.config.base_url
    if build_only:
        url = site_url(explicit=explicit, cname=cname)
        built = _build_checked(project, url, progress)
        return PublishReport(url, built, _count_files(project.site_dir))

    repo = _Repo.find(project.root)
    repo.check_branch(branch)
    source = repo.head()
    changes = repo.changes(_inputs(project))
    if changes and not allow_dirty:
        shown = ", ".join(changes[:SHOWN_CHANGES])
        more = f" and {len(changes) - SHOWN_CHANGES} more" if len(changes) > SHOWN_CHANGES else ""
        raise PublishError(f"uncommitted changes to {shown}{more}: commit them so the published "
                           "site matches a commit, or pass --allow-dirty")
    url = site_url(explicit=explicit, cname=cname, remote_urls=repo.remote_urls(remote))
    cname = cname or (implied_cname(explicit) if explicit else None)
    report = PublishReport(url, BuildReport(), 0, remote, branch, source=source, cname=cname)

    remote_cname = repo.fetch_cname(remote, branch)
    if remote_cname and cname and remote_cname != cname:
        report.warnings.append(f"{remote}/{branch} has the CNAME {remote_cname}; this publish "
                               f"replaces it with {cname}")
    elif remote_cname and not cname:
        report.warnings.append(
            f"{remote}/{branch} has a CNAME ({remote_cname}) that the project lacks; this publish "
            f"removes it. Add a {CNAME_FILE} file to the project to keep the custom domain.")

    report.build = _build_checked(project, url, progress)
    report.files = _count_files(project.site_dir)
    if report.build.store_written:
        report.warnings.append(
            f"the build updated {len(report.build.store_written)} file(s) of the event store "
            f"under {project.relative(project.events_dir)}/; commit them so the next publish "
            "starts from a clean tree")
    report.message = _message(message, source, dirty=bool(changes))
    if dry_run:
        return report
    report.commit = repo.import_site(project.site_dir, remote=remote, branch=branch,
                                     message=report.message, cname=cname,
                                     no_history=no_history)
    repo.push(remote, branch, force=force or no_history)
    report.pushed = True
    return report


def _build_checked(project: Project, url: str, progress: Progress | None) -> BuildReport:
    """Build for ``url``; refuse when an article was skipped or a link leads nowhere."""
    built = build(project, progress=progress, base_url=url)
    if built.problems:
        raise PublishError(f"the build skipped {len(built.problems)} article(s); fix them before "
                           "publishing (nothing was published)", built.problems)
    site = project.site_dir
    broken = check_links(site, base_url=url)
    if broken:
        prefix = project.relative(site)
        raise PublishError(
            f"{len(broken)} broken link(s) in the built site (nothing was published)",
            [Problem(f"{prefix}/{b.page}", f"{b.link}: {b.reason}", b.line) for b in broken])
    return built


def _message(message: str | None, source: str, *, dirty: bool) -> str:
    short = source[:12]
    if message is None:
        extra = " with uncommitted changes" if dirty else ""
        return f"Publish the site built from {short}{extra} with timeline {__version__}"
    return message.replace("{sha}", short).replace("{version}", __version__)


def _inputs(project: Project) -> list[Path]:
    """What the site is built from: articles, event store, templates, settings, CNAME."""
    return [project.articles_dir, project.events_dir, project.templates_dir,
            project.root / CONFIG_FILE, project.root / CNAME_FILE]


def _count_files(site: Path) -> int:
    return sum(len(names) for _dir, _dirs, names in os.walk(site))


class _Repo:
    """The git repository a project lives in, driven through the git command."""

    def __init__(self, top: Path) -> None:
        self.top = top

    @classmethod
    def find(cls, path: Path) -> _Repo:
        try:
            top = _git(path, "rev-parse", "--show-toplevel", what="")
        except PublishError:
            raise PublishError(
                f"{path} is not inside a git repository: publish commits the site to a branch "
                "of the project's repository; run `git init` and commit the project first"
            ) from None
        return cls(Path(top))

    def run(self, *args: str, what: str | None = None) -> str:
        return _git(self.top, *args, what=what)

    def check_branch(self, branch: str) -> None:
        try:
            self.run("check-ref-format", "--branch", branch, what="")
        except PublishError:
            raise PublishError(f"--branch: {branch!r} is not a valid branch name") from None
        head = _git(self.top, "symbolic-ref", "--quiet", "HEAD", ok=(0, 1))
        if head == f"refs/heads/{branch}":
            raise PublishError(f"the {branch} branch is checked out here; switch to the branch "
                               "that holds the project, then publish")

    def head(self) -> str:
        sha = _git(self.top, "rev-parse", "--verify", "--quiet", "HEAD^{commit}", ok=(0, 1))
        if not sha:
            raise PublishError("the repository has no commit yet: commit the project, then "
                               "publish (the published commit names the one it was built from)")
        return sha

    def changes(self, paths: Sequence[Path]) -> list[str]:
        """Uncommitted changes (untracked files too) under ``paths``, relative to the top."""
        top = self.top.resolve()
        inside = [os.path.relpath(p.resolve(), top) for p in paths
                  if p.resolve().is_relative_to(top)]
        if not inside:
            return []
        out = _git(self.top, "status", "--porcelain=v1", "-z", "--untracked-files=all", "--",
                   *inside, what="git status", strip=False)
        entries = [e for e in out.split("\0") if e]
        names: list[str] = []
        skip = False
        for entry in entries:
            if skip:  # the source path of a rename
                skip = False
                continue
            names.append(entry[3:])
            skip = entry[0] in "RC"
        return names

    def remote_urls(self, remote: str) -> list[str]:
        """The remote's URL as configured, then as git uses it (after ``insteadOf``)."""
        try:
            used = self.run("remote", "get-url", remote, what="")
        except PublishError:
            raise PublishError(f"no git remote named {remote!r}: add one with `git remote add "
                               f"{remote} URL`, or name another with --remote") from None
        configured = _git(self.top, "config", "--get", f"remote.{remote}.url", ok=(0, 1))
        return [url for url in (configured, used) if url]

    def fetch_cname(self, remote: str, branch: str) -> str | None:
        """Fetch ``remote``'s ``branch`` (if it has one) so the new commit goes on top of it;
        return the CNAME it holds."""
        tracking = f"refs/remotes/{remote}/{branch}"
        listed = self.run("ls-remote", "--heads", remote, f"refs/heads/{branch}",
                          what=f"reaching {remote}")
        if not listed.strip():
            _git(self.top, "update-ref", "-d", tracking, ok=(0, 1))  # a stale tracking ref
            return None
        self.run("fetch", "--quiet", "--no-tags", remote, f"+refs/heads/{branch}:{tracking}",
                 what=f"fetching {remote}/{branch}")
        text = _git(self.top, "show", f"{tracking}:{CNAME_FILE}", ok=(0, 128))
        return text.strip().lower() or None

    def import_site(self, site: Path, *, remote: str, branch: str, message: str,
                    cname: str | None, no_history: bool) -> str:
        """Commit the site folder to ``branch`` with ghp-import; return the new commit."""
        import ghp_import  # type: ignore[import-untyped]

        ref = f"refs/heads/{branch}"
        before = _git(self.top, "rev-parse", "--verify", "--quiet", ref, ok=(0, 1))
        said = io.StringIO()
        try:
            # ghp-import runs git in the current directory, so it runs from the repository.
            with contextlib.chdir(self.top), contextlib.redirect_stdout(_Text(said)):
                ghp_import.ghp_import(str(site), mesg=message, remote=remote, branch=branch,
                                      nojekyll=True, cname=cname, no_history=no_history,
                                      push=False)
        except ghp_import.GhpError as exc:
            raise PublishError(f"committing the site to {branch} failed: {exc.message}") from None
        after = _git(self.top, "rev-parse", "--verify", "--quiet", ref, ok=(0, 1))
        if not after or after == before:
            why = said.getvalue().strip() or "git fast-import made no commit"
            raise PublishError(f"committing the site to {branch} failed: {why}")
        return after

    def push(self, remote: str, branch: str, *, force: bool) -> None:
        args = ["push", "--quiet", *(["--force"] if force else []), remote,
                f"refs/heads/{branch}:refs/heads/{branch}"]
        self.run(*args, what=f"pushing {branch} to {remote}")


class _Text(io.TextIOBase):
    """A stdout for ghp-import, which writes bytes to it when fast-import fails."""

    def __init__(self, sink: io.StringIO) -> None:
        self.sink = sink

    def write(self, data: str | bytes) -> int:
        text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
        return self.sink.write(text)


def _git(cwd: Path, *args: str, what: str | None = None, ok: Sequence[int] = (0,),
         strip: bool = True) -> str:
    """Run git in ``cwd``; its stdout (stripped), or PublishError with git's own reason.

    Exit codes in ``ok`` other than 0 give "" (a query that found nothing).
    """
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True,
                              check=False, stdin=subprocess.DEVNULL)
    except FileNotFoundError:
        raise PublishError("git is not installed (or not on PATH); publish needs it") from None
    if done.returncode == 0:
        return done.stdout.strip() if strip else done.stdout
    if done.returncode in ok:
        return ""
    reason = _reason(done.stderr) or f"exit status {done.returncode}"
    raise PublishError(f"{what or 'git ' + args[0]} failed: {reason}")


def _reason(stderr: str) -> str:
    """git's own explanation, on one line: its error, fatal and rejected lines."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    keep = [line for line in lines
            if line.startswith(("error:", "fatal:", "!")) or "rejected" in line]
    return "; ".join(keep or lines[-1:])
