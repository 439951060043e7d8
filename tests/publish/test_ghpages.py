"""Where GitHub Pages serves a site: remote URLs, CNAME files, base_url."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.errors import PublishError
from timeline.ghpages import implied_cname, normal_base_url, pages_url, read_cname, site_url

# (remote URL, Pages URL or None, note)
REMOTES = [
    ("https://github.com/ana-ruiz/ferry-strike.git", "https://ana-ruiz.github.io/ferry-strike/",
     "https with .git"),
    ("https://github.com/ana-ruiz/ferry-strike", "https://ana-ruiz.github.io/ferry-strike/",
     "https without .git"),
    ("https://github.com/ana-ruiz/ferry-strike/", "https://ana-ruiz.github.io/ferry-strike/",
     "trailing slash"),
    ("https://x-access-token:abc@github.com/ana-ruiz/ferry-strike.git",
     "https://ana-ruiz.github.io/ferry-strike/", "credentials are not part of the URL"),
    ("git@github.com:ana-ruiz/ferry-strike.git", "https://ana-ruiz.github.io/ferry-strike/",
     "scp-like ssh"),
    ("github.com:ana-ruiz/ferry-strike", "https://ana-ruiz.github.io/ferry-strike/",
     "scp-like without a user"),
    ("ssh://git@github.com/ana-ruiz/ferry-strike.git", "https://ana-ruiz.github.io/ferry-strike/",
     "ssh URL"),
    ("ssh://git@github.com:22/ana-ruiz/ferry-strike.git",
     "https://ana-ruiz.github.io/ferry-strike/", "ssh URL with a port"),
    ("git://github.com/ana-ruiz/ferry-strike.git", "https://ana-ruiz.github.io/ferry-strike/",
     "git protocol"),
    ("https://GitHub.com/Ana-Ruiz/Ferry-Strike.git", "https://ana-ruiz.github.io/Ferry-Strike/",
     "the owner's host is lower case, the repository keeps its case"),
    ("https://github.com/ana-ruiz/ana-ruiz.github.io.git", "https://ana-ruiz.github.io/",
     "a user site is served at the root"),
    ("git@github.com:Ana-Ruiz/ana-ruiz.GitHub.io.git", "https://ana-ruiz.github.io/",
     "a user site, whatever the case"),
    ("https://github.com/harbour-desk/timeline.v2.git", "https://harbour-desk.github.io/timeline.v2/",
     "dots in the repository name"),
    ("https://gitlab.com/ana-ruiz/ferry-strike.git", None, "not GitHub"),
    ("https://github.example.com/ana-ruiz/ferry-strike.git", None, "GitHub Enterprise"),
    ("/srv/git/ferry-strike.git", None, "a local path"),
    ("file:///srv/git/ferry-strike.git", None, "a file URL"),
    ("https://github.com/ana-ruiz", None, "no repository"),
    ("https://github.com/ana-ruiz/ferry-strike/tree/main", None, "a page, not a repository"),
]


def test_remote_rows_are_unique() -> None:
    assert len({row[0] for row in REMOTES}) == len(REMOTES)


@pytest.mark.parametrize(("remote", "expected", "note"), REMOTES, ids=[r[2] for r in REMOTES])
def test_pages_url(remote: str, expected: str | None, note: str) -> None:
    assert pages_url(remote) == expected, note


# (file text, domain or the error message, note)
CNAMES = [
    ("timeline.harbour-watch.org\n", "timeline.harbour-watch.org", "a domain"),
    ("\n  Timeline.Harbour-Watch.ORG  \n\n", "timeline.harbour-watch.org", "blank lines, case"),
    ("", "CNAME:1: the file is empty; expected one domain such as timeline.example.org",
     "empty"),
    ("https://timeline.harbour-watch.org/\n",
     "CNAME:1: expected a bare domain such as 'timeline.harbour-watch.org', got "
     "'https://timeline.harbour-watch.org/'", "a URL"),
    ("a.example.org\nb.example.org\n",
     "CNAME:2: expected one domain only; GitHub Pages serves one", "two domains"),
    ("harbour watch\n", "CNAME:1: 'harbour watch' is not a domain name", "not a name"),
]


def test_cname_rows_are_unique() -> None:
    assert len({row[0] for row in CNAMES}) == len(CNAMES)


@pytest.mark.parametrize(("text", "expected", "note"), CNAMES, ids=[r[2] for r in CNAMES])
def test_read_cname(tmp_path: Path, text: str, expected: str, note: str) -> None:
    (tmp_path / "CNAME").write_text(text, encoding="utf-8")
    if expected.startswith("CNAME:"):
        with pytest.raises(PublishError) as caught:
            read_cname(tmp_path)
        assert str(caught.value).splitlines()[0] == expected, note
    else:
        assert read_cname(tmp_path) == expected, note


def test_no_cname_file(tmp_path: Path) -> None:
    assert read_cname(tmp_path) is None


ORIGIN = ["git@github.com:ana-ruiz/ferry-strike.git"]


@pytest.mark.parametrize(("explicit", "cname", "remotes", "expected"), [
    ("https://news.example.org/ferries/", None, ORIGIN, "https://news.example.org/ferries/"),
    ("", "ferries.example.org", ORIGIN, "https://ferries.example.org/"),
    ("https://ferries.example.org/", "ferries.example.org", ORIGIN,
     "https://ferries.example.org/"),
    ("", None, ORIGIN, "https://ana-ruiz.github.io/ferry-strike/"),
    ("", None, ["/srv/git/x.git", *ORIGIN], "https://ana-ruiz.github.io/ferry-strike/"),
    ("", None, ["/srv/git/x.git"], ""),
    ("", None, [], ""),
], ids=["base_url wins", "CNAME before origin", "base_url agreeing with CNAME", "origin",
        "the first URL on github.com", "nothing tells", "no remote"])
def test_site_url(explicit: str, cname: str | None, remotes: list[str], expected: str) -> None:
    assert site_url(explicit=explicit, cname=cname, remote_urls=remotes) == expected


@pytest.mark.parametrize("explicit", ["https://other.example.org/",
                                      "https://ferries.example.org/archive/"])
def test_base_url_that_contradicts_cname_is_refused(explicit: str) -> None:
    with pytest.raises(PublishError, match="does not match the CNAME file"):
        site_url(explicit=explicit, cname="ferries.example.org")


@pytest.mark.parametrize(("url", "expected"), [
    ("https://ferries.example.org/", "ferries.example.org"),
    ("https://ferries.example.org/archive/", None),
    ("https://ana-ruiz.github.io/ferry-strike/", None),
    ("https://ana-ruiz.github.io/", None),
    ("http://localhost:8000/", None),
    ("http://127.0.0.1/", None),
])
def test_implied_cname(url: str, expected: str | None) -> None:
    assert implied_cname(url) == expected


@pytest.mark.parametrize(("given", "expected"), [
    ("https://example.org/tl", "https://example.org/tl/"),
    (" https://example.org/ ", "https://example.org/"),
])
def test_normal_base_url(given: str, expected: str) -> None:
    assert normal_base_url(given) == expected


@pytest.mark.parametrize("given", ["example.org/tl", "ftp://example.org/", "/tl/",
                                   "https://example.org/?q=1"])
def test_bad_base_url_is_refused(given: str) -> None:
    with pytest.raises(PublishError, match="expected an absolute http"):
        normal_base_url(given)
