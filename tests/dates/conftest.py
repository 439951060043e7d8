"""The duplicate-row guard for every case table under tests/dates.

Case tables are ``@pytest.mark.parametrize`` lists whose last column is a ``note``. A row whose
input columns (all but ``expected...`` and ``note``) repeat an earlier row of the same table is
almost always a copy-paste slip that hides a missing case, so collection fails on it.
"""

from __future__ import annotations

from typing import Any

import pytest


def _input_of(params: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(repr(v) for k, v in sorted(params.items())
                 if k != "note" and not k.startswith("expected"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    seen: dict[tuple[str, tuple[Any, ...]], str] = {}
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec is None or "note" not in callspec.params:
            continue
        key = (item.nodeid.split("[", 1)[0], _input_of(callspec.params))
        if key in seen:
            raise pytest.UsageError(f"duplicate case table row: {item.nodeid} repeats {seen[key]}")
        seen[key] = item.nodeid
