"""HTML to readable plain text, with the standard library's HTMLParser.

Job descriptions arrive as HTML (sometimes HTML that was escaped once more, as in
Greenhouse's ``content``). The person reads them in a terminal and in a form, so:
paragraphs and headings become blank-line separated blocks, list items become
"• " lines, ``<br>`` a line break, entities their characters, and scripts, styles
and comments disappear. No tag or entity survives.

The work is bounded, as the 5 MB cap bounds the bytes: at most MAX_MARKUP characters of a
description and MAX_ELEMENTS of its tags are read, and a description cut there ends in "…".
A 4 MB JSON-LD description of 400,000 ``<li>a</li>`` took about 9 seconds of reading, and
``--timeout 3`` then blamed the site (an attacker's walk); the app's keys lagged meanwhile.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from bounceback_tui.importers.posting import clean_block

# Elements that start and end a paragraph-like block.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "summary",
        "table", "ul",
    }
)  # fmt: skip
# Elements that end a line but not a paragraph.
_LINES = frozenset({"tr", "caption", "li"})
# Elements whose content is never text for a person.
_SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "object"})
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "source", "area", "col"})

# Ten times what the form keeps of a posting's text (100,000 characters), and far more tags
# than a real posting has; either takes well under a second to read.
MAX_MARKUP = 1_000_000
MAX_ELEMENTS = 20_000

_PARAGRAPH = "\x00P"  # markers, replaced once all text is in
_LINE = "\x00L"


class _Enough(Exception):
    """MAX_ELEMENTS were read: the rest of the description is left unread."""


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._elements = 0
        self._skipping: list[str] = []
        self._pre = 0
        self._bullet_pending = False  # an <li> opened, its text not seen yet
        self._in_item = 0  # inside <li>: blocks break lines, not paragraphs

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._elements += 1
        if self._elements > MAX_ELEMENTS:
            raise _Enough
        if tag in _SKIPPED:
            self._skipping.append(tag)
            return
        if self._skipping:
            return
        if tag == "br":
            self.parts.append(_LINE)
        elif tag == "li":
            self.parts.append(_LINE + "• ")
            self._bullet_pending = True
            self._in_item += 1
        elif tag in ("td", "th"):
            self.parts.append(" ")
        elif tag in _BLOCKS:
            # <li><p>text</p></li> keeps its bullet on the text's line.
            if not self._bullet_pending:
                self.parts.append(_LINE if self._in_item else _PARAGRAPH)
            if tag == "pre":
                self._pre += 1
        elif tag in _LINES:
            self.parts.append(_LINE)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._skipping:
            if tag == self._skipping[-1]:
                self._skipping.pop()
            return
        if tag in _BLOCKS:
            self.parts.append(_LINE if self._bullet_pending or self._in_item else _PARAGRAPH)
            if tag == "pre" and self._pre:
                self._pre -= 1
        elif tag in _LINES:
            self.parts.append(_LINE)
            self._bullet_pending = False
            if tag == "li" and self._in_item:
                self._in_item -= 1

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        if data.strip():
            self._bullet_pending = False
        if self._pre:
            self.parts.append(data.replace("\n", _LINE))
        else:
            self.parts.append(data)


_ESCAPED_TAG = re.compile(r"&lt;/?[a-zA-Z][^&]{0,200}?&gt;")


def html_to_text(markup: str | None) -> str | None:
    """Readable text from an HTML fragment or page; None when nothing readable is left."""
    if not markup:
        return None
    cut = len(markup) > MAX_MARKUP
    markup = markup[:MAX_MARKUP]
    if "<" not in markup:
        if not _ESCAPED_TAG.search(markup):
            return _ended(_plain(markup), cut)
        # HTML escaped once more (Greenhouse's `content`, some JSON-LD): undo that first.
        markup = html.unescape(markup)
    collector = _TextCollector()
    try:
        collector.feed(markup)
        collector.close()
    except _Enough:
        cut = True
    except (AssertionError, ValueError):  # pragma: no cover - HTMLParser is lenient
        return _ended(clean_block(re.sub(r"<[^>]*>", " ", markup)), cut)
    return _ended(_layout("".join(collector.parts)), cut)


def _ended(text: str | None, cut: bool) -> str | None:
    """The text, ending in "…" when the description was cut off before its end."""
    return f"{text}…" if cut and text else text


def _plain(text: str) -> str | None:
    """Text that holds no tags: decode entities, keep its line breaks, tidy the spaces."""
    text = html.unescape(text).replace("\xa0", " ").replace("\r\n", "\n").replace("\r", "\n")
    lines = [re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.split("\n")]
    return clean_block(re.sub(r"\n{3,}", "\n\n", "\n".join(lines)))


def _layout(raw: str) -> str | None:
    raw = raw.replace("\xa0", " ").replace("\r", "")
    paragraphs: list[str] = []
    for block in raw.split(_PARAGRAPH):
        lines = []
        for line in block.replace("\n", " ").split(_LINE):
            line = re.sub(r"[ \t\f\v]+", " ", line).strip()
            if line and line != "•":
                lines.append(line)
        if lines:
            paragraphs.append("\n".join(lines))
    return clean_block("\n\n".join(paragraphs))
