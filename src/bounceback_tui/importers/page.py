"""A posting from a web page: JSON-LD ``JobPosting`` first, then OpenGraph and the title.

One pass of the standard library's HTMLParser collects what is needed: the
JSON-LD scripts, the ``<meta>`` tags (OpenGraph, Twitter, description), the
canonical link and the ``<title>``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from urllib.parse import urlsplit

from bounceback_tui.importers.errors import FetchError
from bounceback_tui.importers.html_text import html_to_text
from bounceback_tui.importers.jsonld import (
    find_job_postings,
    load_blocks,
    own_link,
    pick_posting,
    posting_from_jsonld,
)
from bounceback_tui.importers.posting import Posting, clean_line

_MALFORMED = (
    "The page's job details (its JSON-LD) are malformed, so the posting could not be read; "
    "you can still add it by hand."
)


@dataclass
class PageParts:
    ld_json: list[str] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    title: str = ""
    canonical: str = ""


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts = PageParts()
        self._in_ld = False
        self._ld_buffer: list[str] = []
        self._in_title = False
        self._title: list[str] = []
        self._in_svg = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name.lower(): (value or "") for name, value in attrs}
        if tag == "script" and "ld+json" in attributes.get("type", "").lower():
            self._in_ld = True
            self._ld_buffer = []
        elif tag == "meta":
            key = (attributes.get("property") or attributes.get("name") or "").strip().lower()
            if key and "content" in attributes:
                self.parts.meta.setdefault(key, attributes["content"])
        elif tag == "link" and "canonical" in attributes.get("rel", "").lower().split():
            self.parts.canonical = self.parts.canonical or attributes.get("href", "")
        elif tag == "svg":
            self._in_svg += 1  # an <svg><title> is not the page's title
        elif tag == "title" and not self._in_svg and not self.parts.title:
            self._in_title = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_ld:
            self._in_ld = False
            self.parts.ld_json.append("".join(self._ld_buffer))
        elif tag == "title" and self._in_title:
            self._in_title = False
            self.parts.title = "".join(self._title)
        elif tag == "svg" and self._in_svg:
            self._in_svg -= 1

    def handle_data(self, data: str) -> None:
        if self._in_ld:
            self._ld_buffer.append(data)
        elif self._in_title:
            self._title.append(data)


def read_page(markup: str) -> PageParts:
    parser = _PageParser()
    parser.feed(markup)
    parser.close()
    if parser._in_ld and parser._ld_buffer:  # a page cut off inside its script
        parser.parts.ld_json.append("".join(parser._ld_buffer))
    return parser.parts


def posting_from_html(markup: str, url: str) -> Posting:
    """The posting on a page, or a FetchError saying why there is none."""
    page = read_page(markup)
    documents, malformed = load_blocks(page.ld_json)
    postings, index = find_job_postings(documents)
    meta = page.meta
    site_name = clean_line(meta.get("og:site_name")) or clean_line(meta.get("application-name"))
    if postings:
        posting = posting_from_jsonld(pick_posting(postings, url), index, url)
        if not posting.title:
            posting = replace(posting, title=_title_from_meta(page, site_name)[0])
        if not posting.company:
            posting = replace(posting, company=site_name)
        return posting
    og_title = clean_line(meta.get("og:title")) or clean_line(meta.get("twitter:title"))
    if malformed and not og_title:
        raise FetchError(_MALFORMED)
    return _from_meta(page, url, site_name)


def posting_from_json_document(text: str, url: str) -> Posting:
    """A JSON(-LD) document served on its own: it must hold a JobPosting."""
    documents, malformed = load_blocks([text])
    if malformed:
        raise FetchError(_MALFORMED)
    postings, index = find_job_postings(documents)
    if not postings:
        raise FetchError(f"No job posting was found at {urlsplit(url).hostname or url}.")
    return posting_from_jsonld(pick_posting(postings, url), index, url)


def _from_meta(page: PageParts, url: str, site_name: str | None) -> Posting:
    title, company = _title_from_meta(page, site_name)
    if not title:
        raise FetchError(
            f"No job posting was found at {urlsplit(url).hostname or url}; "
            "the page has no job details or title to read."
        )
    description = (
        page.meta.get("og:description")
        or page.meta.get("twitter:description")
        or page.meta.get("description")
    )
    og_url, og_refused = own_link(page.meta.get("og:url"), url)
    canonical, canonical_refused = own_link(page.canonical, url)
    link = og_url or canonical or url
    return Posting(
        title=title,
        company=company,
        url=link,
        description=html_to_text(description) if description else None,
        link_replaced=link == url and (og_refused or canonical_refused),
    ).finished()


# "Senior Engineer - Acme", "Acme | Senior Engineer", "Senior Engineer at Acme".
_SEPARATORS = (" | ", " - ", " – ", " — ", " · ", " :: ")
_APPLICATION_FOR = re.compile(r"^(?:job application for|apply for|job:)\s+", re.IGNORECASE)


def _title_from_meta(page: PageParts, site_name: str | None) -> tuple[str | None, str | None]:
    """The role and, when the title says it, the company."""
    raw = (
        clean_line(page.meta.get("og:title"))
        or clean_line(page.meta.get("twitter:title"))
        or clean_line(page.title)
    )
    if not raw:
        return None, site_name
    title = _APPLICATION_FOR.sub("", raw)
    if site_name:
        for separator in _SEPARATORS:
            for candidate in (f"{separator}{site_name}", f"{site_name}{separator}"):
                if candidate.casefold() in title.casefold() and len(title) > len(candidate):
                    start = title.casefold().index(candidate.casefold())
                    title = (title[:start] + title[start + len(candidate) :]).strip()
        return title or raw, site_name
    match = re.match(r"^(?P<role>.+?)\s+at\s+(?P<company>[^|–—-]+?)(?:\s*[|–—-].*)?$", title)
    if match:
        return match.group("role").strip(), match.group("company").strip()
    return title, None
