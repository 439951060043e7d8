"""The Jinja environment: the project's templates/ over the built-in theme, strict and escaped.

A file in the project's ``templates/`` replaces the built-in file of the same name (templates and
static files alike). Undefined names are errors, and every template error becomes a RenderError
naming the template file and line.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
import jinja2.bccache
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined

import timeline
from timeline.errors import Problem, RenderError

STATIC = "static"

#: Templates the built-in theme no longer has, and what to do with a project's copy of one:
#: such a copy would otherwise be ignored without a word, so the build stops and says so.
RETIRED = {
    "_livereload.html": "the built-in theme no longer has this partial: timeline serve adds its "
                        "live-reload script to the pages it serves by itself. Delete this file.",
}


def builtin_dir() -> Path:
    """The built-in theme: inside the installed package, or at the root of a source checkout."""
    package = Path(timeline.__file__).parent
    installed = package / "templates"
    return installed if installed.is_dir() else package.parent / "templates"


class CompiledTemplates(jinja2.BytecodeCache):
    """Compiled templates kept in memory and shared by every Theme of the process.

    ``timeline serve`` plans the site again, with a new Theme, at every change; without this
    each plan would compile its templates again (tens of milliseconds for a page). A template is
    found by its name and file and used only while its source is the same (Jinja checks a
    checksum of the source); every Theme has the same settings, so the code fits them all.
    """

    def __init__(self) -> None:
        self._codes: dict[str, tuple[str, object]] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        hit = self._codes.get(bucket.key)
        if hit is not None and hit[0] == bucket.checksum:
            bucket.code = hit[1]  # type: ignore[assignment]

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.code is not None:
            self._codes[bucket.key] = (bucket.checksum, bucket.code)


_COMPILED = CompiledTemplates()


class Theme:
    """Templates and static files, looked up in the project's folder first, then the theme."""

    def __init__(self, overrides: Path | None, filters: Mapping[str, Callable[..., Any]]) -> None:
        self.dirs = [d for d in (overrides, builtin_dir()) if d is not None and d.is_dir()]
        if overrides is not None and overrides.is_dir():
            _check_retired(overrides)
        self.env = Environment(
            loader=ChoiceLoader([FileSystemLoader(str(d)) for d in self.dirs]),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,
            bytecode_cache=_COMPILED,
        )
        self.env.filters.update(filters)
        self._templates: dict[str, jinja2.Template] = {}
        self._globals: dict[str, Any] = {}

    def static_files(self) -> dict[str, bytes]:
        """Every file under static/ of the theme, overridden file by file by the project's."""
        files: dict[str, bytes] = {}
        for folder in reversed(self.dirs):
            root = folder / STATIC
            if not root.is_dir():
                continue
            for path in sorted(root.rglob("*")):
                if path.is_file() and not path.name.startswith("."):
                    files[f"{STATIC}/{path.relative_to(root).as_posix()}"] = path.read_bytes()
        return files

    def render(self, name: str, context: Mapping[str, Any]) -> str:
        """``name`` rendered with the environment's globals and ``context``.

        Does what ``Template.render`` does, except that the globals are copied from one plain
        dict instead of Jinja's chained mappings, which costs more than small templates do.
        """
        with template_errors(self, name):
            template = self._templates.get(name)
            if template is None:
                template = self._templates[name] = self.env.get_template(name)
                self._globals = {**self.env.globals}
            # Loaded templates have no globals of their own: env.globals (copied once) is all.
            ctx = template.new_context({**self._globals, **context}, shared=True)
            try:
                return "".join(template.root_render_func(ctx))
            except Exception:
                self.env.handle_exception()  # re-raises, its traceback in template lines

    def where(self, name: str) -> str:
        """The file a template name resolves to, as a message shows it."""
        for folder in self.dirs:
            if (folder / name).is_file():
                return str(folder / name)
        return name


def _check_retired(overrides: Path) -> None:
    problems = [Problem(str(overrides / name), why) for name, why in sorted(RETIRED.items())
                if (overrides / name).is_file()]
    if problems:
        raise RenderError(f"{overrides} holds a template the theme no longer uses", problems)


@contextmanager
def template_errors(theme: Theme, name: str) -> Iterator[None]:
    try:
        yield
    except jinja2.TemplateSyntaxError as exc:
        where = exc.filename or theme.where(exc.name or name)
        raise RenderError(f"template error in {where}",
                          [Problem(where, exc.message or "syntax error", exc.lineno)]) from None
    except jinja2.TemplateNotFound as exc:
        raise RenderError(f"template not found: {exc.name}",
                          [Problem(theme.where(name), f"no template named {exc.name!r}")]) from None
    except (jinja2.TemplateError, TypeError, ValueError, AttributeError, KeyError) as exc:
        path, line = _template_frame(exc.__traceback__, theme)
        if path is None and not isinstance(exc, jinja2.TemplateError):
            raise
        where = path or theme.where(name)
        message = str(exc) if isinstance(exc, jinja2.TemplateError) else \
            f"{type(exc).__name__}: {exc}"
        raise RenderError(f"template error in {where}", [Problem(where, message, line)]) from None


def _template_frame(tb: TracebackType | None, theme: Theme) -> tuple[str | None, int | None]:
    """The innermost traceback frame that runs template code: (file, line)."""
    found: tuple[str | None, int | None] = (None, None)
    roots = [str(d) for d in theme.dirs]
    for frame, line in traceback.walk_tb(tb):
        filename = frame.f_code.co_filename
        if any(filename.startswith(root) for root in roots):
            found = (filename, line)
    return found
