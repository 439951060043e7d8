"""timeline: turn a folder of news articles into a browsable static timeline of events."""

__version__ = "0.1.0"
