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
