"""HTML to the text a reader sees: for Mastodon statuses and HTML e-mail.

Built on the standard library's ``html.parser``: nothing is fetched or run.
Script, style and head contents are dropped; block elements become line
breaks; a link keeps its target as text when the target is not already what
the link shows ("menu (https://example.org/menu)"); images become their alt
text. The result is for a plain-text view, never for an HTML one.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Contents a reader never sees.
_HIDDEN = frozenset({"script", "style", "head", "title", "template", "noscript", "svg", "object"})
# Elements that start and end on a line of their own.
_BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "header", "footer", "blockquote", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "tr", "hr", "form",
        "address", "figure", "figcaption", "main", "nav", "aside", "dl", "dt", "dd",
    }
)  # fmt: skip
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "wbr", "col", "area", "source"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_WHITESPACE = re.compile(r"\s+")
_BLANK_LINES = re.compile(r"\n{3,}")
# Spaces and line breaks inside <pre> survive the whitespace folding (private-use marks).
_KEPT_SPACE = "\ue000"
_KEPT_BREAK = "\ue001"


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden_depth = 0
        self._pre_depth = 0
        self._links: list[tuple[str | None, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            if tag not in _VOID:
                self._hidden_depth += 1
            return
        if self._hidden_depth:
            return
        values = dict(attrs)
        if tag == "br":
            self.parts.append("\n")
        elif tag == "img":
            alt = (values.get("alt") or "").strip()
            if alt:
                self.parts.append(f"[{alt}]")
        elif tag == "li":
            self.parts.append("\n• ")
        elif tag in ("td", "th"):
            self.parts.append("\t")
        elif tag in _BLOCKS:
            self.parts.append("\n\n" if tag in ("p", "blockquote", "pre") else "\n")
            if tag == "pre":
                self._pre_depth += 1
        elif tag == "a":
            self._links.append((values.get("href"), len(self.parts)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden_depth = max(0, self._hidden_depth - 1)
            return
        if self._hidden_depth:
            return
        if tag == "a" and self._links:
            href, start = self._links.pop()
            self._append_link_target(href, "".join(self.parts[start:]))
        elif tag in _BLOCKS:
            self.parts.append("\n\n" if tag in ("p", "blockquote", "pre") else "\n")
            if tag == "pre":
                self._pre_depth = max(0, self._pre_depth - 1)

    def handle_data(self, data: str) -> None:
        if self._hidden_depth:
            return
        if self._pre_depth:
            self.parts.append(data.replace(" ", _KEPT_SPACE).replace("\n", _KEPT_BREAK))
        else:
            self.parts.append(_WHITESPACE.sub(" ", data))

    def _append_link_target(self, href: str | None, shown: str) -> None:
        target = (href or "").strip()
        if not target or target.startswith(("#", "javascript:", "data:")):
            return
        shown = shown.strip()
        if not shown:
            self.parts.append(target)
            return
        # Mastodon shows "example.org/long…" for https://example.org/long/path, and
        # mentions or hashtags as "@name" or "#tag": those already say where they go.
        bare = re.sub(r"^[a-z]+://(www\.)?", "", target, flags=re.IGNORECASE).rstrip("/")
        bare_shown = re.sub(r"^[a-z]+://(www\.)?", "", shown, flags=re.IGNORECASE)
        bare_shown = bare_shown.rstrip("/…").rstrip(".")
        if shown.startswith(("@", "#")) or (bare_shown and bare.startswith(bare_shown)):
            if bare_shown and bare.startswith(bare_shown) and bare != bare_shown:
                # A shortened URL: show it whole rather than cut.
                self._replace_tail(shown, target)
            return
        self.parts.append(f" ({target})")

    def _replace_tail(self, shown: str, target: str) -> None:
        text = "".join(self.parts)
        index = text.rfind(shown)
        if index >= 0:
            self.parts = [text[:index], target, text[index + len(shown) :]]


def html_to_text(html: str) -> str:
    """The readable text of an HTML fragment or document (see the module docstring)."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    joined = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
    return joined.replace(_KEPT_SPACE, " ").replace(_KEPT_BREAK, "\n")
