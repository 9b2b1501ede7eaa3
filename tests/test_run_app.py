"""How the app is started: the garbage collector is held off during startup, then restored."""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths


class StandInApp:
    """The app as run_app meets it, without running: each test says what it ends with."""

    crash = None
    return_code = 0
    said_on_leaving: str | None = None
    store_lacks = None

    def __init__(self, paths: DataPaths, **kwargs: object) -> None:
        pass

    def run(self) -> None:
        return None

    def discard_demo_store(self) -> None:
        pass

    def close_store(self) -> None:
        pass

    def store_found_damaged(self) -> bool:
        return False


class NoBackup:
    """The daily backup, not taken."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        pass

    def start(self) -> None:
        pass

    def finish(self) -> None:
        pass


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


def test_a_store_refused_at_launch_and_then_replaced_opens_without_the_refused_ones_reads(
    monkeypatch: pytest.MonkeyPatch, opened_paths: DataPaths
) -> None:
    """The refusal can come after the quick check and Today's prefetch were made (the
    prefetch checks an up-to-date store's identity, store/launch_open.py): once the person
    has chosen a way out, the app starts on the new store without them."""
    import sqlite3

    import bounceback_tui.ui.app as app_module
    from bounceback_tui.commands import run_app as run_app_module
    from bounceback_tui.commands import store_problem

    from .damage_fixtures import fold_wal

    fold_wal(opened_paths.database)
    data = bytearray(opened_paths.database.read_bytes())
    data[100:4096] = b"\x13\x37" * ((4096 - 100) // 2)  # the schema's page, header kept
    opened_paths.database.write_bytes(bytes(data))
    ways_out: list[str] = []

    def start_fresh(paths: DataPaths, problem: Exception) -> bool:
        ways_out.append(str(problem))
        store_problem._start_fresh(paths)
        return True

    made: list[dict[str, object]] = []

    class FakeApp(StandInApp):
        def __init__(self, paths: DataPaths, **kwargs: object) -> None:
            made.append(kwargs)

    monkeypatch.setattr(run_app_module, "resolve_store_problem", start_fresh)
    monkeypatch.setattr(run_app_module, "DailyBackup", NoBackup)
    monkeypatch.setattr(app_module, "BouncebackApp", FakeApp)
    assert run_app_module.run_app(opened_paths) == 0
    assert len(ways_out) == 1 and "cannot be read" in ways_out[0]
    assert [(kwargs["today"], kwargs["store_check"]) for kwargs in made] == [(None, None)]
    with sqlite3.connect(opened_paths.database) as conn:  # the fresh store
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()


def test_what_quitting_kept_is_said_on_the_terminal_after_the_app(
    monkeypatch: pytest.MonkeyPatch, opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    """Quitting over the new application's form keeps its typing as a draft without asking
    (ui/kit/quit_guard.py); the line after the app says so, and which key brings it back."""
    import bounceback_tui.ui.app as app_module
    from bounceback_tui.commands import run_app as run_app_module

    class QuitOverADraft(StandInApp):
        said_on_leaving = "The new application you were adding is kept as a draft."

    monkeypatch.setattr(run_app_module, "DailyBackup", NoBackup)
    monkeypatch.setattr(app_module, "BouncebackApp", QuitOverADraft)
    assert run_app_module.run_app(opened_paths) == 0
    assert capsys.readouterr().out.endswith(
        "bounceback-tui: The new application you were adding is kept as a draft.\n"
    )
