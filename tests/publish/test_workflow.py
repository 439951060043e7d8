"""`timeline publish --workflow`: a GitHub Actions workflow for the Pages flow."""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
import yaml
from publish_helpers import git, timeline

from timeline import __version__
from timeline.config import load_project
from timeline.errors import PublishError
from timeline.workflow import DISTRIBUTION, install_spec, render_workflow, write_workflow

WORKFLOW = Path(".github/workflows/pages.yml")


GIT = "git+https://example.org/tl.git@v1"


def make_repo(root: Path, project: str = ".", branch: str = "main") -> Path:
    """A git repository at ``root`` holding a timeline project in ``project``."""
    assert timeline("init", str(root / project)).exit_code == 0
    git(root, "init", "-q", "-b", branch)
    return root / project


def load(path: Path) -> dict[Any, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def steps(data: dict[Any, Any], job: str) -> list[dict[str, Any]]:
    return list(data["jobs"][job]["steps"])


def uses(data: dict[Any, Any]) -> list[str]:
    return [s["uses"].split("@")[0] for job in data["jobs"] for s in steps(data, job)
            if "uses" in s]


def test_workflow_names_the_pages_actions_permissions_and_concurrency(tmp_path: Path) -> None:
    root = make_repo(tmp_path)
    result = timeline("publish", "--workflow", "--install", GIT, "-C", str(root))
    assert result.exit_code == 0, result.output
    assert result.stdout == ("Wrote .github/workflows/pages.yml. Commit and push it, then choose "
                             "Settings > Pages > Source: GitHub Actions.\n")
    data = load(root / WORKFLOW)
    assert data["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert data["concurrency"]["group"] == "pages"
    # PyYAML reads the key `on` as True (YAML 1.1); GitHub reads it as "on"
    assert data[True]["push"]["branches"] == ["main"]
    assert uses(data) == ["actions/checkout", "actions/setup-python", "actions/configure-pages",
                          "actions/upload-pages-artifact", "actions/deploy-pages"]
    assert data["jobs"]["deploy"]["needs"] == "build"
    assert data["jobs"]["deploy"]["environment"]["name"] == "github-pages"


def test_the_build_gets_the_base_path_from_configure_pages(tmp_path: Path) -> None:
    data = load(write_workflow(load_project(make_repo(tmp_path)), install=GIT).path)
    build = steps(data, "build")
    configure = next(s for s in build if s.get("uses", "").startswith("actions/configure-pages"))
    run = next(s for s in build if "timeline publish" in s.get("run", ""))
    upload = next(s for s in build if s.get("uses", "").startswith("actions/upload-pages"))
    assert run["env"]["PAGES_BASE_URL"] == f"${{{{ steps.{configure['id']}.outputs.base_url }}}}"
    assert run["run"].strip() == 'timeline publish --build-only --base-url "$PAGES_BASE_URL/"'
    assert "working-directory" not in run
    assert upload["with"]["path"] == "site"
    install = next(s for s in build if "pip install" in s.get("run", ""))
    assert install["run"].strip() == f"python -m pip install {GIT}"


def test_a_project_in_a_subfolder_builds_there(tmp_path: Path) -> None:
    project = make_repo(tmp_path, "stories/ferry strike", branch="trunk")
    report = write_workflow(load_project(project), install=GIT)
    assert report.path == tmp_path / WORKFLOW
    data = load(report.path)
    build = steps(data, "build")
    run = next(s for s in build if "timeline publish" in s.get("run", ""))
    assert run["working-directory"] == "stories/ferry strike"
    upload = next(s for s in build if s.get("uses", "").startswith("actions/upload-pages"))
    assert upload["with"]["path"] == "stories/ferry strike/site"
    assert data[True]["push"]["branches"] == ["trunk"]
    install = next(s for s in build if "pip install" in s.get("run", ""))
    assert install["run"].strip() == f"python -m pip install {GIT}"


def test_timelines_own_repository_installs_its_checkout(tmp_path: Path) -> None:
    project = make_repo(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "news-timeline"\n',
                                             encoding="utf-8")
    data = load(write_workflow(load_project(project)).path)
    install = next(s for s in steps(data, "build") if "pip install" in s.get("run", ""))
    assert install["run"].strip() == "python -m pip install ."


def test_an_existing_different_workflow_is_kept_unless_forced(tmp_path: Path) -> None:
    root = make_repo(tmp_path)
    path = root / WORKFLOW
    path.parent.mkdir(parents=True)
    path.write_text("name: hand-written\n", encoding="utf-8")
    result = timeline("publish", "--workflow", "--install", GIT, "-C", str(root))
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {path} exists and differs from the workflow timeline "
                             "writes; pass --force to replace it\n")
    assert path.read_text(encoding="utf-8") == "name: hand-written\n"

    forced = timeline("publish", "--workflow", "--force", "--install", GIT, "-C", str(root))
    assert forced.exit_code == 0
    assert forced.stdout.startswith("Replaced .github/workflows/pages.yml.")
    again = timeline("publish", "--workflow", "--install", GIT, "-C", str(root))
    assert again.exit_code == 0
    assert again.stdout == ".github/workflows/pages.yml is up to date.\n"


def test_outside_a_repository_the_workflow_goes_in_the_project(tmp_path: Path) -> None:
    assert timeline("init", str(tmp_path / "loose")).exit_code == 0
    report = write_workflow(load_project(tmp_path / "loose"), install=GIT)
    assert report.path == tmp_path / "loose" / WORKFLOW
    assert report.written


@pytest.mark.parametrize(("branch", "install"), [("main\nname: x", "timeline"),
                                                 ("main", "timeline\nrm -rf /"),
                                                 ("ma in", "timeline")])
def test_values_that_would_break_the_yaml_are_refused(branch: str, install: str) -> None:
    with pytest.raises(PublishError):
        render_workflow(branch=branch, install=install, working_directory=".", site="site")


def test_install_spec_is_shell_quoted() -> None:
    text = render_workflow(branch="main", install="timeline[extra] >= 0.1 # pinned",
                           working_directory=".", site="site")
    data = yaml.safe_load(text)
    install = next(s for s in data["jobs"]["build"]["steps"] if "pip install" in s.get("run", ""))
    assert install["run"].strip() == "python -m pip install 'timeline[extra] >= 0.1 # pinned'"


@pytest.mark.parametrize(("args", "message"), [
    (["--workflow", "--dry-run"], "--workflow takes only --force and --install"),
    (["--workflow", "-m", "x"], "--workflow takes only --force and --install"),
    (["--install", "timeline"], "--install goes with --workflow"),
])
def test_options_that_do_not_go_together(tmp_path: Path, args: list[str], message: str) -> None:
    result = timeline("publish", *args, "-C", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == f"Error: {message}"


@pytest.mark.parametrize(("direct_url", "expected"), [
    (None, f"{DISTRIBUTION}=={__version__}"),
    ({"url": "https://github.com/you/timeline.git",
      "vcs_info": {"vcs": "git", "commit_id": "1f2e3d4c", "requested_revision": "v0.1.0"}},
     "git+https://github.com/you/timeline.git@1f2e3d4c"),
    ({"url": "https://example.org/dist/news_timeline-0.1.0-py3-none-any.whl",
      "archive_info": {"hashes": {"sha256": "00"}}},
     "https://example.org/dist/news_timeline-0.1.0-py3-none-any.whl"),
])
def test_the_workflow_installs_timeline_from_where_it_came(direct_url: dict[str, Any] | None,
                                                            expected: str) -> None:
    # direct_url is the installed distribution's PEP 610 record: None for an index (PyPI)
    assert install_spec(direct_url, __version__) == expected


@pytest.mark.parametrize("direct_url", [
    {"url": "file:///home/me/timeline", "dir_info": {"editable": True}},
    {"url": "file:///home/me/timeline", "vcs_info": {"vcs": "git", "commit_id": "1f2e3d4c"}},
    {"url": "file:///tmp/news_timeline-0.1.0-py3-none-any.whl", "archive_info": {}},
])
def test_a_timeline_installed_from_a_local_folder_needs_install(
        direct_url: dict[str, Any]) -> None:
    with pytest.raises(PublishError, match=r"GitHub cannot reach.*--install SPEC"):
        install_spec(direct_url, __version__)


def test_without_install_the_running_timeline_decides(tmp_path: Path) -> None:
    root = make_repo(tmp_path)
    result = timeline("publish", "--workflow", "-C", str(root))
    try:
        record = metadata.distribution(DISTRIBUTION).read_text("direct_url.json")
    except metadata.PackageNotFoundError:  # run from a checkout without installing it
        record = None
    direct = json.loads(record) if record else None
    if direct is not None and direct["url"].startswith("file:"):
        # an editable install of a checkout (as the test script makes): GitHub cannot reach it
        assert result.exit_code == 1
        assert f"timeline here was installed from {direct['url'][7:]}," in result.stderr
        assert "--install SPEC" in result.stderr
        assert not (root / WORKFLOW).exists()
    else:
        assert result.exit_code == 0, result.output
        install = next(s for s in steps(load(root / WORKFLOW), "build")
                       if "pip install" in s.get("run", ""))
        spec = install_spec(direct, __version__)
        assert install["run"].strip() == f"python -m pip install {spec}"
