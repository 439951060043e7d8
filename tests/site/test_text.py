"""Markdown, slugs and search words on any text: property tests."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.render.text import markdown, plain, slugify, words

TRICKY = st.sampled_from(["<script>", "</p>", "[x](javascript:alert(1))", "[y](JaVaScRiPt:z)",
                          "[z]( java\tscript:x)", "<img src=x onerror=1>", "&amp;", "**", "`",
                          "\n\n", "# ", "> ", "- ", "1. ", '"', "'", "data:text/html,x",
                          "[d](data:text/html;base64,PHNjcmlwdD4=)", "<a href='javascript:x'>"])
TEXT = st.lists(st.one_of(st.text(max_size=20), TRICKY), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_markdown_never_lets_html_or_script_links_through(text: str) -> None:
    html = str(markdown(text)).lower()
    assert "<script" not in html and "<img" not in html
    for href in re.findall(r'href="([^"]*)"', html):
        cleaned = "".join(ch for ch in href if not ch.isspace())
        assert not cleaned.startswith(("javascript:", "data:", "vbscript:")), href


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_slugs_are_safe_file_names(text: str) -> None:
    slug = slugify(text)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug) and len(slug) <= 80


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_plain_text_and_words_take_any_text(text: str) -> None:
    assert "\n" not in plain(text)
    assert all(w == w.lower() and w.isalnum() for w in words(text))
