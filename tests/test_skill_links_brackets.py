"""A skill's link keeps its own brackets (an attacker's walk, twentieth round).

"https://en.wikipedia.org/wiki/Kubernetes_(software) overview" was saved as the link
".../wiki/Kubernetes_" with the note "(software) overview", and
"https://docs.example.com/api?filter[tag]=k8s&page=2" as ".../api?filter": `o` opened the
wrong page. A link now takes brackets it opens and closes; one that closes nothing ends it.
"""

from __future__ import annotations

import pytest

from bounceback_tui.domain.skills import ResourceInput, parse_resources


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        (
            "https://en.wikipedia.org/wiki/Kubernetes_(software) overview",
            ResourceInput(
                url="https://en.wikipedia.org/wiki/Kubernetes_(software)", note="overview"
            ),
        ),
        (
            "https://docs.example.com/api?filter[tag]=k8s&page=2 filtered list",
            ResourceInput(
                url="https://docs.example.com/api?filter[tag]=k8s&page=2", note="filtered list"
            ),
        ),
        (
            "Course (https://x.org/c_(d)) good",
            ResourceInput(url="https://x.org/c_(d)", note="Course ( ) good"),
        ),
        (
            "example.org/course (free)",
            ResourceInput(url="https://example.org/course", note="(free)"),
        ),
    ],
)
def test_a_links_own_brackets_stay_with_it(typed: str, kept: ResourceInput) -> None:
    assert parse_resources(typed) == (kept,)


def test_a_bracket_that_closes_nothing_ends_the_link() -> None:
    assert parse_resources("(see https://x.org/a).") == (
        ResourceInput(url="https://x.org/a", note="(see )."),
    )
    assert parse_resources("https://a.org/x] and more") == (
        ResourceInput(url="https://a.org/x", note="] and more"),
    )
