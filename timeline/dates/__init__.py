"""The date normalizer: datelines to aware datetimes, and temporal mentions to TimeML values.

``parse_dateline`` reads a dateline as printed, ``find_dateline`` finds one at the start of a
paragraph, and ``find_mentions`` finds every temporal expression in a text and resolves it
against an anchor (the article's dateline). Nothing here reads the clock.
"""

from timeline.dates.dateline import Dateline, find_dateline, parse_dateline
from timeline.dates.mentions import find_mentions
from timeline.dates.settings import DateSettings

__all__ = ["DateSettings", "Dateline", "find_dateline", "find_mentions", "parse_dateline"]
