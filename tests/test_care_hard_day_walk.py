"""A new user's walk through a hard day (twenty-second round).

- "Talk it through" left out the person kept in Settings ("Mum", 07700 900123), though the
  "If you are struggling" screen lists her; and it was a toast that went after 20 seconds,
  with the number a person was reaching for. It is a small screen now, closed with Escape.
- The low-day offer came back on the same day: rough, okay, rough showed it again. It is
  made once a day, and the store remembers it, so another launch that day knows too.
- When the two minutes of breathing were over, the box still said "Esc stop" and the key
  bar "Stop"; the key closes then, and both say so.
- "If you are struggling" with nobody kept said "Settings (,) or [care] in settings.toml"
  (a file name, to someone on a hard day), and its wrapped line lost its indent.
"""

from __future__ import annotations

from datetime import timedelta

from bounceback_tui import clock
from bounceback_tui.domain.check_in import CheckInInput
from bounceback_tui.domain.people import validate_contact
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_edits
from bounceback_tui.services.care_settings import CareSettings, save_care
from bounceback_tui.services.check_ins import save_check_in
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from tests.screen_text import flat, screen_lines, screen_text
from tests.ui_harness import app_on, settle_workers, toasts


def _keep_mum(paths: DataPaths) -> None:
    save_care(paths.settings_file, CareSettings("GB", "Mum", "07700 900123"))


async def _check_in(pilot, moves: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    """`c` on Today, the mood chosen with ``moves`` in its opened list, then save."""
    await pilot.press("c")
    await settle_workers(pilot)
    await pilot.press("space", *moves, "enter")
    await settle_workers(pilot)
    await pilot.press("ctrl+s")
    await settle_workers(pilot)


def _mood_today(app: BouncebackApp) -> int | None:
    from bounceback_tui.services.check_ins import get_check_in

    found = get_check_in(app.db, clock.today())
    return None if found is None else found[0].mood


ROUGH = ("down",)  # from the blank prompt, 1 · rough
OKAY_FROM_ROUGH = ("down", "down")  # the list opens on the mood saved: 1, then 3 · okay
ROUGH_FROM_OKAY = ("up", "up")


# -- 1. Talk it through names the person kept in Settings, and stays -------------------------


async def test_talk_it_through_names_the_person_kept_in_settings_and_stays(
    opened_paths: DataPaths,
) -> None:
    from bounceback_tui.ui.care.low_day import LowDayScreen

    _keep_mum(opened_paths)
    async with app_on(opened_paths, size=(100, 30), notifications=True) as (app, pilot, _):
        await settle_workers(pilot)
        await _check_in(pilot, ROUGH)
        assert isinstance(app.screen, LowDayScreen)
        await pilot.press("down", "down", "enter")  # "Talk it through with someone close"
        await settle_workers(pilot)
        shown = flat(screen_text(app))
        assert "Mum 07700 900123" in shown
        assert "People (6)" in shown  # nobody in People yet: where to keep them
        assert not any("Mum" in said for said in toasts(app))  # a screen, not a toast
        assert focus_problem(app) is None
        await pilot.pause(0.3)
        assert "Mum 07700 900123" in flat(screen_text(app))  # it stays
        await pilot.press("escape")
        await settle_workers(pilot)
        assert "Mum" not in screen_text(app)
        assert not isinstance(app.screen, LowDayScreen)
        assert focus_problem(app) is None


async def test_talk_it_through_lists_mum_first_then_the_people_kept_in_people(
    opened_paths: DataPaths, db: Database
) -> None:
    _keep_mum(opened_paths)
    person = validate_contact(
        {"name": "Priya", "kind": "support", "phone": "07700 900456"}, clock.today()
    )
    people_edits.add_contact(db, person)
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _):
        await settle_workers(pilot)
        await _check_in(pilot, ROUGH)
        await pilot.press("down", "down", "enter")
        await settle_workers(pilot)
        lines = [flat(line.strip(" │▎▊")) for line in screen_lines(app)]
        assert "Mum 07700 900123" in lines
        assert "Priya 07700 900456" in lines
        assert lines.index("Mum 07700 900123") < lines.index("Priya 07700 900456")
        assert "People (6)" not in flat(screen_text(app))
        assert focus_problem(app) is None


# -- 2. The offer is made once a day ------------------------------------------------------


async def test_rough_okay_rough_offers_once_and_a_later_launch_knows(
    opened_paths: DataPaths,
) -> None:
    from bounceback_tui.ui.care.low_day import LowDayScreen

    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _):
        await settle_workers(pilot)
        await _check_in(pilot, ROUGH)
        assert isinstance(app.screen, LowDayScreen)
        await pilot.press("escape")  # not now
        await settle_workers(pilot)
        await _check_in(pilot, OKAY_FROM_ROUGH)
        assert _mood_today(app) == 3
        assert not isinstance(app.screen, LowDayScreen)
        await _check_in(pilot, ROUGH_FROM_OKAY)
        assert _mood_today(app) == 1
        assert not isinstance(app.screen, LowDayScreen), "offered a second time today"
        assert "Thank you for saying how today is" not in screen_text(app)
        assert focus_problem(app) is None
    # Another launch the same day: the okay then rough again offers nothing.
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _):
        await settle_workers(pilot)
        await _check_in(pilot, OKAY_FROM_ROUGH)
        await _check_in(pilot, ROUGH_FROM_OKAY)
        assert _mood_today(app) == 1
        assert not isinstance(app.screen, LowDayScreen), "offered again after a new launch"
        assert focus_problem(app) is None


def test_the_offer_is_remembered_by_day_in_the_store(db: Database) -> None:
    today = clock.today()
    first = save_check_in(db, today, CheckInInput(1, ""), offer_care=True)
    assert first.offer is not None and first.offer.show_crisis_link
    assert save_check_in(db, today, CheckInInput(3, ""), offer_care=True).offer is None
    assert save_check_in(db, today, CheckInInput(1, ""), offer_care=True).offer is None
    # The next day is a day of its own.
    tomorrow = save_check_in(db, today + timedelta(days=1), CheckInInput(2, ""), offer_care=True)
    assert tomorrow.offer is not None and not tomorrow.offer.show_crisis_link
    # A 2 and then a 1 that day still leads to help, once.
    later = save_check_in(db, today + timedelta(days=1), CheckInInput(1, ""), offer_care=True)
    assert later.offer is not None and later.offer.help_only
    again = save_check_in(db, today + timedelta(days=1), CheckInInput(1, ""), offer_care=True)
    assert again.offer is None
    # A check-in saved without the offer (another window's test helper, the CLI) makes none.
    day_after = today + timedelta(days=2)
    assert save_check_in(db, day_after, CheckInInput(1, "")).offer is None
    assert save_check_in(db, day_after, CheckInInput(1, ""), offer_care=True).offer is not None


async def test_what_the_offer_holds_is_in_the_palette_on_any_day(opened_paths: DataPaths) -> None:
    from tests.palette_fixtures_ui import choose, search

    _keep_mum(opened_paths)
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _):
        await settle_workers(pilot)
        found = await search(app, pilot, "call someone")
        assert found[0].split(" | ")[0] == "Talk it through with someone close"
        await pilot.press("escape")
        await settle_workers(pilot)
        await choose(app, pilot, "talk it through")
        assert "Mum 07700 900123" in flat(screen_text(app))
        assert focus_problem(app) is None
        await pilot.press("escape")
        await settle_workers(pilot)
        assert app.screen is app.screen_stack[0]
        assert focus_problem(app) is None


# -- 3. The end of the breathing says the key closes ---------------------------------------


async def test_after_two_minutes_the_breathing_box_and_bar_say_close(
    opened_paths: DataPaths,
) -> None:
    from bounceback_tui.ui.care.low_day import BreathingScreen

    now = [1000.0]
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _):
        await settle_workers(pilot)
        app.push_screen(BreathingScreen(clock=lambda: now[0]))
        await settle_workers(pilot)
        during = screen_text(app)
        assert "Esc Stop" in during
        now[0] += 121
        app.screen.tick()
        await settle_workers(pilot)
        after = screen_text(app)
        assert "Two minutes. Well done for taking them." in after
        assert "Esc Close" in after
        assert "Esc Stop" not in after
        bar = screen_lines(app)[-1]
        assert "Close" in bar and "Stop" not in bar
        assert focus_problem(app) is None
        await pilot.press("escape")
        await settle_workers(pilot)
        assert not isinstance(app.screen, BreathingScreen)
        assert focus_problem(app) is None


# -- 4. "If you are struggling" with nobody kept --------------------------------------------


async def test_struggling_with_nobody_kept_points_to_settings_in_plain_words(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _):
        await settle_workers(pilot)
        await pilot.press("question_mark")
        await settle_workers(pilot)
        await pilot.press("h")
        await settle_workers(pilot)
        text = screen_text(app)
        assert "Settings (,)" in flat(text)
        assert "settings.toml" not in text
        assert "[care]" not in text
        lines = screen_lines(app)
        (first,) = [n for n, line in enumerate(lines) if "Think of one person" in line]
        indent = lines[first].index("Think")
        wrapped = lines[first + 1]
        # The wrapped line starts under "Think", not at the box's edge.
        assert wrapped[:indent].strip(" │▎▊") == "", wrapped
        assert wrapped[indent] != " ", wrapped
        assert focus_problem(app) is None
