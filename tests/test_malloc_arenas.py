"""The C allocator's arenas are capped once the first screen is up (ui/kit/malloc_arenas.py)."""

from __future__ import annotations

import sys

import pytest

from bounceback_tui.ui.kit import malloc_arenas


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")
def test_the_cap_is_set_on_linux() -> None:
    assert malloc_arenas.share_malloc_arenas()


def test_elsewhere_nothing_is_done(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(malloc_arenas.sys, "platform", "darwin")
    assert not malloc_arenas.share_malloc_arenas()


def _resident_mb() -> float:
    import os
    from pathlib import Path

    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1_000_000


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_pages_freed_in_the_middle_of_the_heap_go_back() -> None:
    """What a closed screen frees lies under what lives on (a toast, a cache entry): ``free``
    keeps it, ``give_back_freed`` hands it back."""
    blocks = [bytes(4_000) + bytes([i % 256]) for i in range(6_000)]  # ~24 MB from malloc
    survivor = bytes(4_000) + b"!"  # above them: the heap cannot shrink from the top
    del blocks
    freed = _resident_mb()
    assert malloc_arenas.give_back_freed()
    assert freed - _resident_mb() >= 12
    assert survivor.endswith(b"!")


def test_giving_back_elsewhere_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    malloc_arenas._malloc_trim.cache_clear()
    monkeypatch.setattr(malloc_arenas.sys, "platform", "darwin")
    try:
        assert not malloc_arenas.give_back_freed()
    finally:
        malloc_arenas._malloc_trim.cache_clear()


def test_a_closed_screens_collection_gives_the_pages_back(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from bounceback_tui.ui.kit import closed_screens

    calls: list[str] = []
    monkeypatch.setattr(closed_screens, "give_back_freed", lambda: calls.append("trim") or True)
    was_on = gc.isenabled()
    gc.enable()
    try:
        closed_screens.collect_closed()
    finally:
        if not was_on:
            gc.disable()
    assert calls == ["trim"]
