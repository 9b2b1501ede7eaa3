"""Textual's caches of a region's small sums, and rich's of cut texts, keep 1,024 answers
(ui/kit/small_caches.py, ui/kit/segment_splits.py): thousands of different questions
leave no more behind, and the answers are the sums themselves."""

from __future__ import annotations

from fractions import Fraction

from rich.segment import Segment
from rich.style import Style
from textual.css.scalar import Scalar, Unit
from textual.geometry import Region, Size

import bounceback_tui.ui.app  # noqa: F401  (the app caps the caches when it loads)
from bounceback_tui.ui.kit import small_caches

ASKED = 3_000  # different questions, each cache
KEPT = 1_024  # answers each cache may keep (docs/performance.md, mem11's round)


def _regions() -> list[Region]:
    return [Region(n % 97, n // 97, 1 + n % 13, 1 + n % 7) for n in range(ASKED)]


def test_the_app_caps_the_caches_once() -> None:
    assert small_caches._state["capped"]
    assert small_caches.cap_small_caches()


def test_a_point_in_a_region_keeps_few_answers_and_answers_right() -> None:
    Region.__contains__.cache_clear()
    for region in _regions():
        x, y, width, height = region
        for point in ((x, y), (x + width, y), (x + width - 1, y + height - 1), (x - 1, y)):
            inside = x <= point[0] < x + width and y <= point[1] < y + height
            assert (point in region) is inside
    assert Region.__contains__.cache_info().currsize <= KEPT


def test_shrink_grow_and_union_keep_few_answers_and_answer_right() -> None:
    for method in (Region.shrink, Region.grow, Region.union):
        method.cache_clear()
    regions = _regions()
    for region, other in zip(regions, reversed(regions), strict=True):
        x, y, width, height = region
        assert region.shrink((1, 2, 3, 4)) == Region(
            x + 4, y + 1, max(0, width - 6), max(0, height - 4)
        )
        assert region.grow((1, 2, 3, 4)) == Region(x - 4, y - 1, width + 6, height + 4)
        left = min(x, other.x)
        top = min(y, other.y)
        right = max(x + width, other.x + other.width)
        bottom = max(y + height, other.y + other.height)
        assert region.union(other) == Region(left, top, right - left, bottom - top)
    for method in (Region.shrink, Region.grow, Region.union):
        assert method.cache_info().currsize <= KEPT


def test_a_scalars_size_keeps_few_answers_and_answers_right() -> None:
    Scalar.resolve.cache_clear()
    for n in range(ASKED):
        cells = Scalar(float(n % 50), Unit.CELLS, Unit.WIDTH)
        percent = Scalar(float(n % 100), Unit.PERCENT, Unit.WIDTH)
        size = Size(40 + n // 50, 10)
        assert cells.resolve(size, size) == Fraction(n % 50)
        assert percent.resolve(size, size) == Fraction(n % 100) * size.width / 100
    assert Scalar.resolve.cache_info().currsize <= KEPT


def test_cut_names_with_wide_characters_keep_few_cuts_and_cut_right() -> None:
    cache = vars(Segment)["_split_cells"].__func__.cached
    cache.cache_clear()
    style = Style(italic=True)
    for n in range(ASKED):
        name = f"佐藤 花子 {n}"  # two wide characters, then narrow ones
        before, after = Segment(name, style).split_cells(3)
        # The wide character cut in two (藤) shows as two spaces, one each side, as rich does.
        assert (before.text, after.text) == ("佐 ", f"  花子 {n}")
        assert before.style == after.style == style
    assert cache.cache_info().currsize <= KEPT
