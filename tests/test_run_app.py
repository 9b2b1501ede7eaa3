"""How the app is started: the garbage collector is held off during startup, then restored."""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths


def test_run_app_holds_garbage_collection_until_the_screen_is_up_and_always_restores_it(
    monkeypatch: pytest.MonkeyPatch, data_paths: DataPaths
) -> None:
    import gc

    from bounceback_tui.commands import run_app as run_app_module

    seen: list[bool] = []

    def fake_run(paths: DataPaths) -> int:
        seen.append(gc.isenabled())
        raise RuntimeError("the app fell over")

    monkeypatch.setattr(run_app_module, "_open_and_run", fake_run)
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        run_app_module.run_app(data_paths)
    assert seen == [False]
    assert gc.isenabled()
