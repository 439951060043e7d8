"""The static site: the built-in theme (or the project's overrides) applied to the events.

``render_site`` returns every file of the site as bytes and writes nothing; the build writes them.
``plan_site`` gives the same site as a plan of pages that can be rendered one by one, which is
what ``timeline serve`` uses to redo only the pages a change touches.
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline.config import Project
from timeline.model import Article, Event
from timeline.render.parallel import default_jobs
from timeline.render.plan import Page, SitePlan, changed_articles, changed_events, changed_pages
from timeline.render.plan import plan_site as plan_site

__all__ = ["Page", "SitePlan", "changed_articles", "changed_events", "changed_pages",
           "plan_site", "render_site"]


def render_site(project: Project, events: Sequence[Event],
                articles: Sequence[Article]) -> dict[str, bytes]:
    """Every file of the site: {relative path with forward slashes: bytes}.

    Pure: reads the theme and the project's templates/ overrides, writes nothing. ``events`` are
    the store's events (hidden ones are left out); ``articles`` those read this build. Raises
    RenderError naming template file and line when a template fails. (``timeline serve`` adds
    its live-reload script when it serves a page, so these bytes are what ``build`` writes.)
    """
    plan = plan_site(project, events, articles)
    return plan.render(jobs=default_jobs())
