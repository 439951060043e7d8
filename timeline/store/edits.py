"""Hand edits: which fields of an event or of one of its sources a person changed, bringing the
other fields up to date with extraction, and the conflict messages when extraction moved under
an edit."""

from __future__ import annotations

from timeline.model import Event, Source
from timeline.store.records import (
    FIELDS,
    SOURCE_FIELDS,
    Ledger,
    SourcePrint,
    fingerprint,
    source_edits,
    source_print,
    source_values,
)


def edited(event: Event, ledger: Ledger) -> list[str]:
    """The field groups of an extracted event a person changed; all of them when the ledger
    does not know what extraction wrote."""
    if ledger.fp is None:
        return list(FIELDS)
    current = fingerprint(event)
    return [name for name, old, new in zip(FIELDS, ledger.fp, current, strict=True) if old != new]


def apply(event: Event, target: Event, name: str) -> None:
    """Set one field group of ``event`` to extraction's value in ``target``."""
    if name == "when":
        event.value, event.value_end, event.time, event.kind = (
            target.value, target.value_end, target.time, target.kind)
        event.first, event.last, event.precision = target.first, target.last, target.precision
    elif name == "title":
        event.title = target.title
    elif name == "summary":
        event.summary = target.summary
    else:
        event.tags = list(target.tags)


def show(name: str, value: str) -> str:
    """A field group's value as a conflict message shows it."""
    if name == "when":
        start, end, time, _kind = value.split("|")
        return repr(start + (f"..{end}" if end else "") + (f" {time}" if time else ""))
    if name == "tags":
        return "[" + ", ".join(value.split("\n")) + "]" if value else "[]"
    return _short(value)


def _short(value: str) -> str:
    return repr(value if len(value) <= 60 else value[:57] + "...")


def update_source(source: Source, new: Source, sfp: SourcePrint | None, *,
                  known: bool) -> str | None:
    """Bring ``source`` (as the store holds it) up to date with ``new`` (as extraction reports
    it now), keeping every field a person edited since extraction wrote ``sfp``.

    ``known`` is False for a source the build did not write (a person added it): then every
    field stays as the person wrote it. Returns a conflict message when extraction changed a
    field the person had edited, else None.
    """
    if not known:
        return None
    if same_source(source, new):
        source.published = new.published  # the same time, in the article's named zone ("EET")
        return None  # nothing to bring up to date, and nothing extraction moved under an edit
    new_values = source_values(new)
    edits = source_edits(source, sfp)
    new_prints = source_print(new).split(".")
    old_prints = sfp.split(".") if sfp is not None else new_prints
    moved = []
    for index, name in enumerate(SOURCE_FIELDS):
        if name not in edits:
            _apply_source(source, new, name)
        elif index < len(old_prints) and new_prints[index] != old_prints[index]:
            moved.append((name, new_values[index]))
    if not moved:
        return None
    detail = "; ".join(f"{name} now extracted as {_source_value(name, value)}"
                       for name, value in moved)
    return (f"the article changed after its source entry {source.path} was edited by hand; "
            f"your {', '.join(n for n, _ in moved)} kept ({detail})")


def same_source(a: Source, b: Source) -> bool:
    """Whether two sources agree in every field a person may edit."""
    return (a.quote == b.quote and a.offset == b.offset and a.title == b.title
            and a.url == b.url and a.published == b.published and a.agency == b.agency
            and a.author == b.author and a.published.utcoffset() == b.published.utcoffset())


def _source_value(name: str, value: str) -> str:
    if name == "quote":
        value = value.split("|", 1)[1]
    return _short(value) if value else "nothing"


def _apply_source(source: Source, new: Source, name: str) -> None:
    if name == "quote":
        source.quote, source.offset = new.quote, new.offset
    else:
        setattr(source, name, getattr(new, name))


def snapshot(event: Event, ledger: Ledger | None) -> tuple[object, ...]:
    """Everything of an event and its bookkeeping that a write would show."""
    sources = tuple((s.path, s.title, s.published, s.url, s.quote, s.offset, s.agency, s.author)
                    for s in event.sources)
    fields = (event.value, event.value_end, event.time, event.kind, event.title, event.summary,
              tuple(event.tags), event.hidden, sources)
    book = None if ledger is None else (ledger.fp, ledger.src, ledger.sfp, ledger.rejected,
                                        ledger.kind)
    return (*fields, book)
