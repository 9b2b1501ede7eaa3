"""The first launch: a welcome that offers the tour and the demo data (in a separate,
throw-away store), once; the tour's next, back and skip; the palette's "Take the tour"."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from textual.widgets import ContentSwitcher, Static

from bounceback_tui.paths import DataPaths, demo_paths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.screens.tour import TOUR, TourScreen, WelcomeScreen
from tests.built_stores import store_once
from tests.palette_fixtures_ui import enter_query, settle
from tests.quiet import until_drained

SIZE = (100, 30)
DATA_TABLES = (
    "application",
    "stage_change",
    "rejection",
    "recovery_step",
    "thought_record",
    "skill",
    "check_in",
)


def _counts(database: Path) -> dict[str, int]:
    with sqlite3.connect(database) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in DATA_TABLES}


def _settings(database: Path) -> dict[str, object]:
    with sqlite3.connect(database) as conn:
        return {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM setting")}


def _pane(app: BouncebackApp) -> str | None:
    return app.query_one("#panes", ContentSwitcher).current


def _tour_text(app: BouncebackApp) -> str:
    screen = app.screen
    assert isinstance(screen, TourScreen)
    return "\n".join(
        str(screen.query_one(f"#tour-{part}", Static).render())
        for part in ("step", "title", "keys")
    )


async def _settle(app: BouncebackApp, pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.pause()
    await app.workers.wait_for_complete()
    await until_drained(pilot)


# -- the welcome ------------------------------------------------------------------------


async def test_the_first_launch_offers_the_tour_and_the_demo(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths, welcome=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        await pilot.press("escape")  # start with my own, empty store
        await pilot.pause()
        assert not isinstance(app.screen, WelcomeScreen)
        assert _pane(app) == "today"
    assert _settings(opened_paths.database) == {"tour_seen": True}
    assert _counts(opened_paths.database) == dict.fromkeys(DATA_TABLES, 0)

    second = BouncebackApp(opened_paths, welcome=True)
    async with second.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not isinstance(second.screen, WelcomeScreen)


async def test_a_store_with_data_is_not_a_first_launch(opened_paths: DataPaths) -> None:
    store_once(opened_paths, fill_demo, 5)
    app = BouncebackApp(opened_paths, welcome=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not isinstance(app.screen, WelcomeScreen | TourScreen)


async def test_tests_and_screenshots_are_not_welcomed(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)  # welcome is asked for by the command line only
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not isinstance(app.screen, WelcomeScreen)


def test_the_command_line_asks_for_the_welcome(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bounceback_tui.commands import run_app as run_app_module

    seen: list[BouncebackApp] = []
    monkeypatch.setattr(BouncebackApp, "run", lambda self, *a, **k: seen.append(self))
    monkeypatch.setattr(run_app_module, "BACKUP_DELAY_S", 0)
    assert run_app_module.run_app(opened_paths) == 0
    assert seen and seen[0]._offer_welcome


# -- the tour ---------------------------------------------------------------------------


def test_the_tour_has_a_page_for_every_pane_in_the_tab_bar() -> None:
    """A pane added to the registry (People, issue 19) gets its page in the tour, in the
    tab bar's order; the tour said "1 of 5" and skipped People before."""
    from bounceback_tui.ui.panes import PANES

    assert [page.pane_id for page in TOUR] == [spec.id for spec in PANES]


async def test_the_tour_goes_through_the_six_panes(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths, welcome=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TourScreen)
        assert "Tour · 1 of 6" in _tour_text(app)
        assert "Today: your daily home" in _tour_text(app)
        assert _pane(app) == "today"
        # Back on the first page does nothing.
        await pilot.press("left")
        await pilot.pause()
        assert "Tour · 1 of 6" in _tour_text(app)
        for number, pane in enumerate(
            ["pipeline", "recovery", "reframe", "skills", "people"], start=2
        ):
            await pilot.press("right")
            await pilot.pause()
            assert f"Tour · {number} of 6" in _tour_text(app)
            assert _pane(app) == pane  # the pane itself shows behind the box
        assert "People: who your search involves" in _tour_text(app)
        await pilot.press("b")
        await pilot.pause()
        assert "Tour · 5 of 6" in _tour_text(app)
        assert _pane(app) == "skills"
        await pilot.press("n", "n")  # forward, then Done on the last page
        await pilot.pause()
        assert not isinstance(app.screen, TourScreen)
        assert _pane(app) == "today"  # back where it started
    assert _settings(opened_paths.database)["tour_seen"] is True


async def test_skip_ends_the_tour_where_it_started(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await pilot.pause()
        app.action_tour()
        await pilot.pause()
        await pilot.press("right", "right")
        await pilot.pause()
        assert _pane(app) == "recovery"
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, TourScreen)
        assert _pane(app) == "recovery"


async def test_the_buttons_work_too(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        app.action_tour()
        await pilot.pause()
        await pilot.click("#tour-next")
        await pilot.pause()
        assert "Tour · 2 of 6" in _tour_text(app)
        await pilot.click("#tour-back")
        await pilot.pause()
        assert "Tour · 1 of 6" in _tour_text(app)
        await pilot.click("#tour-skip")
        await pilot.pause()
        assert not isinstance(app.screen, TourScreen)


@pytest.mark.parametrize("size", [(50, 16), (80, 24)])
async def test_the_tour_buttons_fit_a_narrow_terminal_whole(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    # At 50 columns the third button read "Skip th": three of Textual's 16-cell buttons and
    # their gaps did not fit the box (sixteenth round's walk).
    from tests.screen_text import screen_text

    app = BouncebackApp(opened_paths)
    async with app.run_test(size=size) as pilot:
        app.action_tour()
        await pilot.pause()
        box = app.screen.query_one("#tour-box").content_region
        for button in app.screen.query("#tour-buttons Button"):
            assert box.contains_region(button.region), button.id
        assert "Skip the tour" in screen_text(app)


async def test_a_page_taller_than_a_short_terminal_scrolls_with_the_list_keys(
    opened_paths: DataPaths,
) -> None:
    """A stranger's walk (sixteenth round): at 50x16 the page's text showed a scroll bar, but
    Down, PageDown, End and j moved nothing; its keys and its end were out of reach."""
    from textual.containers import VerticalScroll

    from tests.screen_text import screen_text

    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(50, 16)) as pilot:
        app.action_tour()
        await pilot.pause()
        text = app.screen.query_one("#tour-text", VerticalScroll)
        assert text.max_scroll_y > 0
        assert "every key of the pane you are on" not in screen_text(app)
        await pilot.press("end")
        await pilot.pause()
        assert text.scroll_y == text.max_scroll_y
        assert "every key of the pane you are on" in screen_text(app)
        await pilot.press("home", "j")
        await pilot.pause()
        assert text.scroll_y == 1
        await pilot.press("n")  # the next page opens at its top
        await pilot.pause()
        assert "Tour · 2 of 6" in screen_text(app)
        assert text.scroll_y == 0


async def test_a_page_cut_short_says_there_is_more_below(opened_paths: DataPaths) -> None:
    """A newcomer's walk: at 60x20 the last page stopped after "n  schedule an interview";
    its `m` and the tour's end came only with Down, and nothing said so. The box's edge says
    "↓ more" while the page goes on below, and not once its end is in sight."""
    from tests.screen_text import screen_lines, screen_text

    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(60, 20)) as pilot:
        app.action_tour()
        await _settle(app, pilot)
        assert not any("↓ more" in line for line in screen_lines(app))  # the first page fits
        await pilot.press(*"nnnnn")
        await _settle(app, pilot)
        assert "Tour · 6 of 6" in screen_text(app)
        assert "write a message to them" not in screen_text(app)
        assert [line for line in screen_lines(app) if "↓ more" in line] == [
            "╰" + "─" * 49 + " ↓ more ─╯"
        ]
        await pilot.press("end")
        await _settle(app, pilot)
        assert "write a message to them" in screen_text(app)
        assert not any("↓ more" in line for line in screen_lines(app))


async def test_the_palette_reopens_the_tour(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await enter_query(pilot, "take the tour")
        await settle(pilot.app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, TourScreen)


async def test_the_tour_names_the_keys_in_use(opened_paths: DataPaths) -> None:
    opened_paths.config_dir.mkdir(parents=True, exist_ok=True)
    opened_paths.settings_file.write_text('[keymap]\n"pipeline.add" = "n"\n')
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        app.action_tour()
        await pilot.pause()
        await pilot.press("right")
        await pilot.pause()
        keys = _tour_text(app)
        assert "n  add an application" in keys
        assert "a  add an application" not in keys


def test_every_key_the_tour_names_exists_with_that_default() -> None:
    from bounceback_tui.ui.binding_catalogue import binding_inventory
    from bounceback_tui.ui.keymap_docs import doc_key

    defaults = {entry.id: [doc_key(k) for k in entry.keys] for entry in binding_inventory()}
    assert [page.pane_id for page in TOUR] == [
        "today",
        "pipeline",
        "recovery",
        "reframe",
        "skills",
        "people",
    ]
    for page in TOUR:
        assert len(page.keys) == 3
        for key in page.keys:
            assert key.binding_id in defaults, key.binding_id
            assert key.default in defaults[key.binding_id], key


# -- the demo store ---------------------------------------------------------------------


async def test_the_demo_opens_in_a_separate_store(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths, welcome=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("d")
        await _settle(app, pilot)
        assert app.demo
        demo = app.paths
        assert demo.data_dir != opened_paths.data_dir
        assert opened_paths.data_dir not in demo.data_dir.parents
        # Obvious on screen, and the tour runs over the demo data.
        assert "DEMO" in app.title
        assert app.has_class("-demo")
        assert isinstance(app.screen, TourScreen)
        assert "practice store" in _tour_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert _counts(demo.database)["application"] == 60
        # Every pane reads the demo store.
        await pilot.press("2")
        await pilot.pause()
        assert not app.current_pane.query_one("#pipeline-empty").display
        # Changing something in the demo changes the demo store only.
        app.theme = "nord"
        await pilot.pause()
        assert _settings(demo.database)["theme"] == "nord"
    # The real store: still empty; only the fact that the welcome was answered.
    assert _counts(opened_paths.database) == dict.fromkeys(DATA_TABLES, 0)
    assert _settings(opened_paths.database) == {"tour_seen": True}


async def test_leaving_the_demo_returns_to_the_real_store_and_removes_it(
    opened_paths: DataPaths,
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        app.action_open_demo()
        await _settle(app, pilot)
        assert app.demo
        demo = app.paths
        assert demo.database.exists()
        app.theme = "gruvbox"  # tried in the demo, saved there only
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await enter_query(pilot, "leave the demo")
        await settle(pilot.app, pilot)
        await pilot.press("enter")
        await _settle(app, pilot)
        assert not app.demo
        assert app.paths == opened_paths
        assert app.theme == "textual-dark"  # the real store's theme, not the demo's
        assert app.title == "bounceback"
        assert not demo.database.exists()
        assert app.current_pane.query_one("#today-empty").display


def test_quitting_on_the_demo_throws_it_away(opened_paths: DataPaths) -> None:
    from bounceback_tui.services.demo_store import prepare_demo_store

    demo = demo_paths(opened_paths)
    prepare_demo_store(demo, opened_paths)
    app = BouncebackApp(demo, demo=True)
    app._real_paths = opened_paths
    app.discard_demo_store()
    assert not demo.database.exists()
    assert opened_paths.database.exists()


def test_the_demo_folder_is_never_the_real_one(tmp_path: Path) -> None:
    from bounceback_tui.paths import resolve_paths

    real = resolve_paths(tmp_path / "data")
    assert demo_paths(real).data_dir != real.data_dir
    # Someone who keeps their real store where the demo would go gets a fresh folder.
    inside = resolve_paths(demo_paths(real).data_dir)
    fresh = demo_paths(inside).data_dir  # a temporary folder, made empty: the test's to remove
    try:
        assert fresh != inside.data_dir and fresh.is_dir()
    finally:
        fresh.rmdir()


def test_the_demo_store_refuses_the_real_folder(opened_paths: DataPaths) -> None:
    from bounceback_tui.services.demo_store import prepare_demo_store

    with pytest.raises(ValueError):
        prepare_demo_store(opened_paths, opened_paths)
    assert _counts(opened_paths.database)["application"] == 0


def test_the_demo_store_starts_with_the_tour_seen(opened_paths: DataPaths) -> None:
    from bounceback_tui.services.demo_store import prepare_demo_store

    demo = demo_paths(opened_paths)
    summary = prepare_demo_store(demo, opened_paths)
    assert summary.applications == 60
    assert _settings(demo.database).get("tour_seen") is True


async def test_the_key_bar_and_the_button_say_the_same_on_every_page(
    opened_paths: DataPaths,
) -> None:
    """ux11: on the last page the button said "Done" and the key bar "→ Next"."""
    from textual.widgets import Button
    from textual.widgets._footer import FooterKey

    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        app.action_tour()
        await _settle(app, pilot)
        for page in range(len(TOUR)):
            screen = app.screen
            assert isinstance(screen, TourScreen)
            button = str(screen.query_one("#tour-next", Button).label)
            bar = [key.description for key in screen.query(FooterKey) if key.action == "next"]
            assert bar == [button], f"page {page + 1}"
            assert button == ("Done" if page == len(TOUR) - 1 else "Next")
            if page < len(TOUR) - 1:
                await pilot.press("right")
                await _settle(app, pilot)
        await pilot.press("right")  # the last page's key does what the bar says: done
        await _settle(app, pilot)
        assert not isinstance(app.screen, TourScreen)


@pytest.mark.parametrize("size", [(60, 20), (80, 16), (40, 10)])
async def test_the_welcomes_and_the_tours_buttons_stay_in_sight_in_a_small_terminal(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    # At 60x20 the demo's first page (its note, then Today's text and keys) was taller than
    # the terminal: the box was cut at the top and bottom, and the focused Next button was
    # out of sight (the random walk at 60x20, seed 7272, at its first key). The text scrolls
    # now; the buttons stay under it.
    from tests.monkey.checks import focus_dead_end

    app = BouncebackApp(opened_paths, welcome=True)
    async with app.run_test(size=size) as pilot:
        # Laid out, and scrolled to the focused button after that, not one pause later:
        # under load the welcome's first layout had not come yet (no region at all).
        await until_drained(pilot)
        assert isinstance(app.screen, WelcomeScreen)
        assert focus_dead_end(app) is None  # at 40x10 it was out of sight too
        await pilot.press("t")
        await _settle(app, pilot)
        for _ in range(len(TOUR)):
            assert isinstance(app.screen, TourScreen)
            assert focus_dead_end(app) is None, _tour_text(app)
            assert app.focused is app.screen.query_one("#tour-next")
            await pilot.press("right")
            await _settle(app, pilot)
        assert not isinstance(app.screen, TourScreen)


async def test_the_demo_chosen_in_the_palette_over_the_welcome_answers_it(
    opened_paths: DataPaths,
) -> None:
    # Seen in a walk: ctrl+p "demo" over the first launch's welcome loaded the demo, and
    # the welcome stayed over it offering "Try it with demo data" and "Start with my own,
    # empty store" (whose escape then left the demo data on screen).
    app = BouncebackApp(opened_paths, welcome=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await enter_query(pilot, "demo")
        await settle(pilot.app, pilot)
        await pilot.press("enter")
        await _settle(app, pilot)
        await _settle(app, pilot)
        assert app.demo
        assert not any(isinstance(s, WelcomeScreen) for s in app.screen_stack)
        assert app.focused is not None
    # Answered: the next launch goes straight in, and the demo left the real store as it was.
    assert _settings(opened_paths.database) == {"tour_seen": True}
    assert _counts(opened_paths.database) == dict.fromkeys(DATA_TABLES, 0)
