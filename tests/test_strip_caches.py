"""Textual's drawn lines make their caches when first used (ui/kit/strip_caches.py): a
line that is never cropped, styled or cut keeps no empty caches, and one that is caches as
before."""

from __future__ import annotations

import gc

import pytest
from rich.segment import Segment
from rich.style import Style
from textual.cache import FIFOCache
from textual.strip import Strip

import bounceback_tui.ui.app  # noqa: F401  (the app makes the caches lazy when it loads)
from bounceback_tui.ui.kit import strip_caches


def _caches(strip: Strip) -> list[FIFOCache]:  # type: ignore[type-arg]
    return [o for o in gc.get_referents(strip) if type(o) is FIFOCache]


def test_the_app_makes_a_lines_caches_lazy() -> None:
    # Done when the app loads, with this Textual's Strip (the one the module knows).
    assert strip_caches._state["lazy"]
    assert strip_caches.lazy_strip_caches()


def test_a_new_line_keeps_no_caches_until_one_is_used() -> None:
    line = Strip([Segment("hello", Style(bold=True)), Segment(" world")], 11)
    assert _caches(line) == []
    piece = line.crop(0, 5)
    assert piece.text == "hello"
    assert line.crop(0, 5) is piece  # cached, as Textual's own
    assert len(_caches(line)) == 1
    assert _caches(piece) == []
    parts = line.divide([5, 11])
    assert [part.text for part in parts] == ["hello", " world"]
    assert line.divide([5, 11]) is parts
    assert len(_caches(line)) == 2


def test_the_caches_keep_their_sizes_and_other_names_still_fail() -> None:
    line = Strip([Segment("x" * 40)], 40)
    pieces = [line.crop(n, n + 1) for n in range(20)]
    assert [piece.text for piece in pieces] == ["x"] * 20
    assert len(line._crop_cache) == 16  # Textual's own size for this cache
    with pytest.raises(AttributeError):
        line.no_such_thing  # type: ignore[attr-defined]  # noqa: B018
