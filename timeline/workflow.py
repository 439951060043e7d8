"""``write_workflow``: a GitHub Actions workflow that builds and deploys the site to Pages.

The other way to publish (``timeline publish`` pushes a built site to a branch): here GitHub
builds the site on every push, from the committed articles and event store, and deploys it
with actions/configure-pages, actions/upload-pages-artifact and actions/deploy-pages.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import tomllib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from timeline import __version__
from timeline.config import Project
from timeline.errors import PublishError

WORKFLOW_PATH = ".github/workflows/pages.yml"
PYTHON_VERSION = "3.12"

#: The actions the workflow uses, by major version; bump them here.
ACTIONS = {
    "checkout": "actions/checkout@v6",
    "setup-python": "actions/setup-python@v6",
    "configure-pages": "actions/configure-pages@v6",
    "upload-pages-artifact": "actions/upload-pages-artifact@v5",
    "deploy-pages": "actions/deploy-pages@v5",
}

TEMPLATE = """\
# Builds the timeline and deploys it to GitHub Pages on every push to {branch}.
# Written by `timeline publish --workflow` (timeline {version}). To use it, choose
# Settings > Pages > Build and deployment > Source: "GitHub Actions" in the repository.
# A custom domain is set there too (this flow does not read a CNAME file).
name: Publish the timeline to GitHub Pages

on:
  push:
    branches: [{branch}]
  workflow_dispatch:

permissions:
  contents: read
  pages: write
  id-token: write

# One deployment at a time; a newer push waits for the running one instead of cancelling it.
concurrency:
  group: pages
  cancel-in-progress: false

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: {checkout}
      - uses: {setup-python}
        with:
          python-version: "{python}"
      - name: Configure GitHub Pages
        id: pages
        uses: {configure-pages}
      - name: Install timeline
        # `timeline publish --workflow --install SPEC` names another source, e.g. a git URL.
        run: |
          python -m pip install {install}
      - name: Build the site for its public URL and check its links
{working_directory}        env:
          # The site's full URL, base path included: https://USER.github.io/REPO
          PAGES_BASE_URL: ${{{{ steps.pages.outputs.base_url }}}}
        run: |
          timeline publish --build-only --base-url "$PAGES_BASE_URL/"
      - name: Upload the site
        uses: {upload-pages-artifact}
        with:
          path: {site}

  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: ${{{{ steps.deployment.outputs.page_url }}}}
    steps:
      - name: Deploy to GitHub Pages
        id: deployment
        uses: {deploy-pages}
"""


@dataclass(frozen=True, slots=True)
class WorkflowReport:
    path: Path
    written: bool  # False when the file already held exactly this workflow
    replaced: bool = False  # True when a different file was overwritten (with force)


def write_workflow(project: Project, *, force: bool = False, install: str | None = None,
                   branch: str | None = None) -> WorkflowReport:
    """Write ``.github/workflows/pages.yml`` at the top of the project's git repository (or in
    the project when it is in none).

    ``install`` is what pip installs in the workflow (default: this checkout when the
    repository is timeline's own, else the running timeline from where it was installed, see
    ``install_spec``); ``branch`` the branch whose
    pushes publish (default: the current one, else ``main``). An existing different file is
    kept unless ``force``.
    """
    top = _git_top(project.root) or project.root
    workdir = _relative(project.root, top, "the project")
    site = _relative(project.site_dir, top, "the site folder")
    text = render_workflow(
        branch=branch or _current_branch(top) or "main",
        install=install or _default_install(top),
        working_directory="." if workdir == "." else workdir,
        site=site,
    )
    path = top / WORKFLOW_PATH
    replaced = False
    if path.exists():
        old = path.read_text(encoding="utf-8", errors="replace")
        if old == text:
            return WorkflowReport(path, written=False)
        if not force:
            raise PublishError(f"{path} exists and differs from the workflow timeline writes; "
                               "pass --force to replace it")
        replaced = True
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return WorkflowReport(path, written=True, replaced=replaced)


def render_workflow(*, branch: str, install: str, working_directory: str, site: str) -> str:
    """The workflow's text. Paths are relative to the repository's top, with forward slashes."""
    for name, value in (("branch", branch), ("install", install)):
        if not value.strip() or any(c in value for c in "\n\r"):
            raise PublishError(f"workflow {name}: expected one line, got {value!r}")
    if not _plain(branch):
        raise PublishError(f"workflow branch: {branch!r} is not a branch name it can publish")
    workdir = "" if working_directory == "." else \
        f"        working-directory: {_quoted(working_directory)}\n"
    return TEMPLATE.format(
        branch=branch, version=__version__, python=PYTHON_VERSION,
        install=shlex.quote(install), working_directory=workdir, site=_quoted(site),
        **ACTIONS,
    )


def _plain(text: str) -> bool:
    return all(c.isalnum() or c in "-_./" for c in text)


def _quoted(path: str) -> str:
    """A path as a YAML scalar: bare when that is safe, else double-quoted."""
    if (_plain(path) and not path.startswith(("-", "."))) or path == ".":
        return path
    return '"' + path.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _relative(path: Path, top: Path, what: str) -> str:
    try:
        return path.resolve().relative_to(top.resolve()).as_posix()
    except ValueError:
        raise PublishError(f"{what} ({path}) is outside the repository at {top}; the workflow "
                           "can only build what the repository holds") from None


def _git_top(path: Path) -> Path | None:
    out = _git(path, "rev-parse", "--show-toplevel")
    return Path(out) if out else None


def _current_branch(top: Path) -> str | None:
    return _git(top, "symbolic-ref", "--quiet", "--short", "HEAD") or None


def _git(cwd: Path, *args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True,
                              check=False, stdin=subprocess.DEVNULL)
    except FileNotFoundError:
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


#: The name timeline is published under on PyPI ("timeline" there is another project).
DISTRIBUTION = "news-timeline"


def _default_install(top: Path) -> str:
    """This checkout when the repository is timeline's own, else the running timeline from
    where it was installed: the same git commit or archive URL, or the same version from PyPI."""
    try:
        with (top / "pyproject.toml").open("rb") as handle:
            name = tomllib.load(handle).get("project", {}).get("name")
    except (OSError, tomllib.TOMLDecodeError):
        name = None
    if name == DISTRIBUTION:
        return "."
    try:
        direct = metadata.distribution(DISTRIBUTION).read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        direct = None
    return install_spec(json.loads(direct) if direct else None, __version__)


def install_spec(direct_url: dict[str, Any] | None, version: str) -> str:
    """What pip installs on GitHub to get the timeline described by ``direct_url`` (the
    installed distribution's PEP 610 ``direct_url.json``; None when it came from an index)."""
    if direct_url is None:
        return f"{DISTRIBUTION}=={version}"
    url = str(direct_url.get("url", ""))
    vcs = direct_url.get("vcs_info")
    if isinstance(vcs, dict) and vcs.get("vcs") == "git" and not url.startswith("file:"):
        commit = vcs.get("commit_id") or vcs.get("requested_revision")
        return f"git+{url}@{commit}" if commit else f"git+{url}"
    if url.startswith(("https:", "http:")) and "archive_info" in direct_url:
        return url
    where = url.removeprefix("file://") or "a local file"
    raise PublishError(
        f"timeline here was installed from {where}, which GitHub cannot reach; say what the "
        "workflow installs with --install SPEC (a git URL such as "
        "'git+https://github.com/you/timeline@v" + version + "', a wheel's URL, or "
        f"'{DISTRIBUTION}=={version}' once it is on PyPI)")
