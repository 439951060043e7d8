"""Where GitHub Pages serves a site: from the remote's URL, the project's CNAME or base_url.

Pure functions over strings and one small file; nothing here runs git. ``timeline publish``
uses them to build the site for the URL it will be served at.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

from timeline.errors import Problem, PublishError

CNAME_FILE = "CNAME"

# https://github.com/OWNER/REPO.git, ssh://git@github.com:22/OWNER/REPO, git://github.com/...
_URL_REMOTE = re.compile(
    r"^(?:https?|ssh|git|git\+ssh)://(?:[^@/]+@)?(?:www\.)?github\.com(?::\d+)?/"
    r"(?P<owner>[A-Za-z0-9-]+)/(?P<repo>[A-Za-z0-9._-]+?)(?:\.git)?/?$", re.IGNORECASE)
# git@github.com:OWNER/REPO.git (scp-like syntax)
_SCP_REMOTE = re.compile(
    r"^(?:[^@/]+@)?github\.com:/?(?P<owner>[A-Za-z0-9-]+)/(?P<repo>[A-Za-z0-9._-]+?)"
    r"(?:\.git)?/?$", re.IGNORECASE)
_DOMAIN = re.compile(
    r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$",
    re.IGNORECASE)


def pages_url(remote_url: str) -> str | None:
    """The GitHub Pages URL of the repository ``remote_url`` names, or None off github.com.

    A repository named ``OWNER.github.io`` is served at the root, https://owner.github.io/; any
    other at https://owner.github.io/REPO/.
    """
    remote_url = remote_url.strip()
    match = _URL_REMOTE.match(remote_url) or _SCP_REMOTE.match(remote_url)
    if match is None:
        return None
    owner, repo = match["owner"].lower(), match["repo"]
    if repo in ("", ".", ".."):
        return None
    host = f"{owner}.github.io"
    if repo.lower() == host:
        return f"https://{host}/"
    return f"https://{host}/{repo}/"


def read_cname(root: Path) -> str | None:
    """The custom domain in the project's CNAME file, or None when there is no such file."""
    path = root / CNAME_FILE
    if not path.is_file():
        return None
    lines = [(n, line.strip()) for n, line in
             enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1)
             if line.strip()]
    if not lines:
        raise _cname_error(1, "the file is empty; expected one domain such as "
                              "timeline.example.org")
    if len(lines) > 1:
        raise _cname_error(lines[1][0], "expected one domain only; GitHub Pages serves one")
    number, domain = lines[0]
    if "://" in domain or "/" in domain:
        bare = urlsplit(domain if "://" in domain else f"//{domain}").hostname or domain
        raise _cname_error(number, f"expected a bare domain such as {bare!r}, got {domain!r}")
    if not _DOMAIN.match(domain):
        raise _cname_error(number, f"{domain!r} is not a domain name")
    return domain.lower()


def _cname_error(line: int, message: str) -> PublishError:
    problem = Problem(CNAME_FILE, message, line)
    return PublishError(str(problem), [problem])


def normal_base_url(url: str, what: str = "--base-url") -> str:
    """An absolute http(s) URL with a trailing slash; PublishError for anything else."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise PublishError(f"{what}: expected an absolute http(s) URL such as "
                           f"https://user.github.io/repo/, got {url!r}")
    return url if url.endswith("/") else url + "/"


def site_url(*, explicit: str, cname: str | None, remote_urls: Sequence[str] = ()) -> str:
    """The URL the site will be served at, "" when nothing tells.

    ``explicit`` (``--base-url`` or timeline.yaml's ``base_url``) wins, then the CNAME file's
    domain, then what the first of the remote's URLs on github.com implies. A CNAME and an
    explicit URL must agree: a site with a custom domain is served at that domain's root.
    """
    if explicit:
        if cname is not None:
            parts = urlsplit(explicit)
            if (parts.hostname or "").lower() != cname or parts.path not in ("", "/"):
                raise PublishError(
                    f"base_url {explicit} does not match the CNAME file ({cname}): GitHub Pages "
                    f"serves a site with a custom domain at https://{cname}/; make them agree")
        return explicit
    if cname is not None:
        return f"https://{cname}/"
    return next((url for url in map(pages_url, remote_urls) if url), "")


def implied_cname(url: str) -> str | None:
    """The custom domain an explicit base_url implies: its host when the site is at its root
    and the host is not GitHub's own (``*.github.io``)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if not host or host.endswith(".github.io") or parts.path not in ("", "/"):
        return None
    if not _DOMAIN.match(host):
        return None  # localhost, an IP address: no custom domain to claim
    return host
