"""Rich keeps no cut of a long text (ui/kit/segment_splits.py): the cuts are the same, a
short text with wide characters is still cut from the cache, and a long one is not kept."""

from __future__ import annotations

import gc

from rich.segment import Segment
from rich.style import Style

import bounceback_tui.ui.app  # noqa: F401  (the app patches rich when it loads)
from bounceback_tui.ui.kit import segment_splits
from tests.hostile import hostile_strings


def _cache():  # type: ignore[no-untyped-def]  # rich's lru_cache wrapper (untyped)
    function = vars(Segment)["_split_cells"].__func__
    return getattr(function, "cached", function)


def _kept_texts() -> list[str]:
    """The texts of the halves rich's cache holds now."""
    texts = []
    for held in gc.get_referents(_cache()):
        if isinstance(held, tuple) and held and all(isinstance(x, Segment) for x in held):
            texts.extend(segment.text for segment in held)
    return texts


def test_the_app_patches_rich_once() -> None:
    assert segment_splits._state["patched"]
    assert segment_splits.skip_long_splits()


def test_cutting_a_long_text_keeps_nothing_and_cuts_the_same() -> None:
    long_text = next(s for s in hostile_strings() if len(s) >= 1_000 and not s.isascii())
    segment = Segment(long_text, Style(bold=True))
    _cache().cache_clear()
    halves = [segment.split_cells(cut) for cut in range(1, 400, 7)]
    assert _cache().cache_info().currsize == 0
    assert not [text for text in _kept_texts() if len(text) >= segment_splits.LONG]
    for cut, (before, after) in zip(range(1, 400, 7), halves, strict=True):
        # The halves add up to the text's width, the first as wide as the cut (a wide
        # character cut in two shows as two spaces, as rich does).
        assert before.cell_length == cut
        assert before.cell_length + after.cell_length == segment.cell_length
        assert before.style == after.style == segment.style
        if before.text.endswith(" ") and after.text.startswith(" "):
            continue
        assert before.text + after.text == long_text


def test_a_short_text_with_wide_characters_is_still_cut_from_the_cache() -> None:
    name = "株式会社テスト 佐藤 花子"
    segment = Segment(name)
    _cache().cache_clear()
    first = segment.split_cells(5)
    assert _cache().cache_info().currsize == 1
    assert segment.split_cells(5) is first  # the same halves, from the cache
    before, after = first
    assert before.cell_length == 5
    assert before.cell_length + after.cell_length == segment.cell_length


async def test_a_long_text_in_a_field_leaves_nothing_in_rich_s_cache(opened_paths) -> None:  # type: ignore[no-untyped-def]  # a fixture
    """The walk's case: the hostile text pasted into a field, the cursor moved through it;
    each frame cut it at a new place, and each cut kept it three times."""
    from textual import events
    from textual.widgets import Input

    from bounceback_tui.ui.app import BouncebackApp

    long_text = next(s for s in hostile_strings() if len(s) >= 1_000 and not s.isascii())
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2", "a")  # the Pipeline's add form, its first field focused
        await pilot.pause()
        assert isinstance(app.focused, Input)
        _cache().cache_clear()
        app.post_message(events.Paste(long_text))
        await pilot.pause()
        for key in ("home", "right", "right", "end", "left", "left"):
            await pilot.press(key)
        await pilot.pause()
        # The box keeps what its save takes (this round: it stops at the limit).
        assert len(app.focused.value) >= 200 and long_text.startswith(app.focused.value)
        assert not [text for text in _kept_texts() if len(text) >= segment_splits.LONG]
