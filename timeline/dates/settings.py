"""What the date normalizer needs to know about a project: its zone, locale and abbreviations."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from timeline.config import DATE_ORDERS, Config


@dataclass(frozen=True)
class DateSettings:
    """How to read dates the text leaves open.

    ``timezone``: the IANA zone of datelines that name none. ``date_order``: how to read numeric
    dates such as 03/04/2022. ``timezones``: abbreviations the project fixes, e.g.
    ``{"IST": "Asia/Kolkata"}``; an ambiguous abbreviation not listed here is read with a warning.
    """

    timezone: str = "UTC"
    date_order: str = "MDY"
    language: str = "en"
    timezones: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        if self.date_order not in DATE_ORDERS:
            raise ValueError(f"date_order must be one of {', '.join(DATE_ORDERS)}, "
                             f"got {self.date_order!r}")
        upper = {str(k).upper(): str(v) for k, v in self.timezones.items()}
        object.__setattr__(self, "timezones", MappingProxyType(upper))

    def __hash__(self) -> int:
        return hash((self.timezone, self.date_order, self.language,
                     tuple(sorted(self.timezones.items()))))

    @classmethod
    def from_config(cls, config: Config) -> DateSettings:
        return cls(timezone=config.timezone, date_order=config.date_order,
                   language=config.language, timezones=dict(config.timezones))


DEFAULT_SETTINGS = DateSettings()
