"""The store's YAML dialect: a loader that keeps dates as text, and an emitter of plain, stable,
diff-friendly YAML that this loader (and any YAML 1.1 or 1.2 reader) reads back exactly.

The loader resolves only ``true``/``false``, ``null`` and decimal integers; everything else is a
string, so ``date: 2022-05-10``, ``time: 17:48`` and ``date: 0700`` arrive as written.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

import yaml

from timeline.errors import Problem
from timeline.yamlio import SafeLoader


class StoreLoader(SafeLoader):  # type: ignore[misc]
    """The safe (C when available) loader with a small, predictable set of implicit types."""

    yaml_implicit_resolvers: ClassVar[dict[str, Any]] = {}


StoreLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$"),
    list("yYnNtTfFoO"),
)
StoreLoader.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""],
)
StoreLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"), list("-+0123456789"),
)

# Words any YAML reader may take for something other than text, and numbers: always quoted.
_SPECIAL = re.compile(
    r"^(?:y|Y|n|N|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|"
    r"~|null|Null|NULL|=|<<|[-+]?[0-9][0-9_:.,eExXoObB+-]*|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN))$"
)
_PLAIN = re.compile(
    r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]"
    r"[^\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]*$"
)
_ESCAPES = {
    ord('"'): '\\"', ord("\\"): "\\\\", ord("\n"): "\\n", ord("\t"): "\\t", ord("\r"): "\\r",
    **{c: f"\\x{c:02x}" for c in [*range(0x20), *range(0x7F, 0xA0)] if c not in (9, 10, 13)},
    0x2028: "\\L", 0x2029: "\\P", 0xFEFF: "\\ufeff",
}


def scalar(text: str) -> str:
    """``text`` as a YAML scalar: plain when that reads back as the same string, else quoted."""
    if (
        _PLAIN.fullmatch(text) and not _SPECIAL.fullmatch(text) and ": " not in text
        and " #" not in text and not text.endswith((" ", ":"))
    ):
        return text
    return quoted(text)


def quoted(text: str) -> str:
    return '"' + text.translate(_ESCAPES) + '"'


_DATE_PLAIN = re.compile(r"^[0-9][0-9A-Za-z-]*$")


def date_scalar(value: str) -> str:
    """A TimeML value; plain when it reads back as the same text (2022-05-10, 1910, 2022-Q1)."""
    if re.fullmatch(r"[1-9][0-9]*", value) or (
        _DATE_PLAIN.fullmatch(value) and not re.fullmatch(r"[0-9]+", value)
    ):
        return value
    return quoted(value)


def load(text: str) -> Any:
    return yaml.load(text, Loader=StoreLoader)  # safe loader with fewer implicit types


def locate(text: str, path: tuple[str | int, ...]) -> tuple[int | None, int | None]:
    """The 1-based line and column of the node at ``path`` (keys and list indexes)."""
    try:
        node = yaml.compose(text, Loader=StoreLoader)
    except yaml.YAMLError:
        return None, None
    found = node
    for step in path:
        child = None
        if isinstance(found, yaml.MappingNode) and isinstance(step, str):
            for key, value in found.value:
                if isinstance(key, yaml.ScalarNode) and key.value == step:
                    child = value
                    break
        elif (isinstance(found, yaml.SequenceNode) and isinstance(step, int)
              and 0 <= step < len(found.value)):
            child = found.value[step]
        if child is None:
            break
        found = child
    if found is None:
        return None, None
    return found.start_mark.line + 1, found.start_mark.column + 1


def problem_at(rel: str, text: str, path: tuple[str | int, ...], message: str) -> Problem:
    line, column = locate(text, path)
    return Problem(rel, message, line, column)
