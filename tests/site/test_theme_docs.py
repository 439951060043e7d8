"""The README's table of templates tells the truth: every template of the theme is in it, every
name a template reads is documented for it, and every documented name is one the renderer gives."""

from __future__ import annotations

import re
from pathlib import Path

import jinja2
import jinja2.defaults
import jinja2.meta
import pytest

from timeline.config import Config, Project
from timeline.render.pages import Renderer
from timeline.render.site import Site

ROOT = Path(__file__).resolve().parents[2]
THEME = ROOT / "templates"
README = (ROOT / "README.md").read_text(encoding="utf-8")
RENDER_SOURCE = "\n".join(p.read_text(encoding="utf-8")
                          for p in (ROOT / "timeline" / "render").glob("*.py"))


def table() -> dict[str, tuple[set[str], bool]]:
    """Template name -> the names the README says it gets, and whether it gets those of the
    templates above too ("as above": the parts, which get their includer's names)."""
    start = README.index("| template | renders | gets |")
    rows = README[start:README.index("\n\n", start)].splitlines()[2:]
    found: dict[str, tuple[set[str], bool]] = {}
    for row in rows:
        names, _renders, gets = row.strip("|").split("|")
        # `name` at the top level of the column; words inside parentheses explain them.
        depth, top = 0, ""
        for ch in gets:
            depth += ch == "("
            top += ch if depth == 0 else ""
            depth -= ch == ")"
        documented = set(re.findall(r"`(\w+)`", top)) - {"timeline"}
        for name in re.findall(r"`([\w.]+\.(?:html|xml))`", names):
            found[name] = (documented, "as above" in gets)
    return found


TABLE = table()
TEMPLATES = sorted(p.name for p in THEME.iterdir() if p.is_file())


def test_every_template_of_the_theme_is_in_the_table_and_no_other() -> None:
    assert sorted(TABLE) == TEMPLATES


def globals_() -> set[str]:
    renderer = Renderer(Project(Path("/nonexistent"), Config()),
                        Site(Project(Path("/nonexistent"), Config()), [], []))
    return set(renderer.theme.env.globals) | {"loop", "super", "self", "varargs", "kwargs"}


@pytest.mark.parametrize("name", TEMPLATES)
def test_a_template_reads_only_names_documented_for_it(name: str) -> None:
    env = jinja2.Environment()
    ast = env.parse((THEME / name).read_text(encoding="utf-8"))
    source = (THEME / name).read_text(encoding="utf-8")
    # names the template sets itself (Jinja counts one set inside an {% if %} as read)
    read = jinja2.meta.find_undeclared_variables(ast) - set(re.findall(r"{%-? set (\w+)", source))
    every = set().union(*(v for v, _ in TABLE.values()))
    documented, above = TABLE[name]
    allowed = documented | TABLE["base.html"][0] | globals_()
    if above or name in ("index.html", "year.html", "tag.html"):  # the parts and their users
        allowed |= every
    assert read - allowed == set(), f"{name} reads names the README does not give it"


@pytest.mark.parametrize("name", sorted(n for n, (_, above) in TABLE.items() if not above))
def test_every_documented_name_is_one_the_renderer_gives(name: str) -> None:
    for var in TABLE[name][0]:
        given = re.search(rf'\b{var}=|"{var}"', RENDER_SOURCE)
        assert given, f"README says {name} gets {var!r}; the renderer never passes it"


def test_every_template_function_is_in_the_readme() -> None:
    functions = globals_() - set(jinja2.defaults.DEFAULT_NAMESPACE) - {
        "loop", "super", "self", "varargs", "kwargs", "site", "plain"}
    missing = {name for name in functions if f"`{name}(" not in README}
    assert missing == set(), "template functions the README does not name"
